"""The generated cost breakdown and total: figures, 大写, and agreement with what the checks read back."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.breakdown import arithmetic_text, breakdown_line, breakdown_text, total_line
from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import CostItem, Document, Factor


def test_line_as_in_the_issue() -> None:
    item = CostItem(
        "工资及劳务派遣费", [Factor(Decimal(158), "人"), Factor(Decimal(2580), "元"), Factor(Decimal(11), "个月")]
    )
    item.recompute()
    assert breakdown_line(1, item) == "1.工资及劳务派遣费：158人×2580元×11个月=4,484,040.00元；"


def test_example_lines(example_document: Document) -> None:
    lines = breakdown_text(example_document).splitlines()
    assert lines == [
        "1.1-9月份工资及劳务派遣费：158人×2580元×11个月=4,484,040.00元；（缺1个月工资，与2020年区财政局下拨金额基本持平。）",
        "2.人身意外险：158人×400元/年=63,200.00元；",
        "3.信息采集终端：158人×180元/月×24月=682,560.00元；",
        "4.新增社区两轮电瓶车：8辆×4500.00元/辆=36,000.00元；",
        "5.按照市级要求统一城市网格化管理形象标志，制作各类网格化管理工作人员工作牌、工作证、工作马甲等：共80,000.00元；",
        "合计：5,345,800.00元（大写：伍佰叁拾肆万伍仟捌佰元整）。",
    ]


def test_lump_sum() -> None:
    item = CostItem("工作牌", [], Decimal("1409.5"))
    assert arithmetic_text(item) == "共"
    assert breakdown_line(3, item) == "3.工作牌：共1,409.50元；"


def test_total_follows_the_lines() -> None:
    document = Document(cost_items=[CostItem("a", [], Decimal("325.04")), CostItem("b", [], Decimal("1000"))])
    assert total_line(document) == "合计：1,325.04元（大写：壹仟叁佰贰拾伍元零肆分）。"
    document.cost_items.pop()
    assert total_line(document) == "合计：325.04元（大写：叁佰贰拾伍元零肆分）。"


def test_generated_notes_agree_with_the_cost_table(clean_document: Document) -> None:
    """Pasting the generated breakdown into 预算绩效说明 leaves nothing for the text checks to report."""
    clean_document.project.budget_notes = breakdown_text(clean_document)
    assert [f for f in check_document(clean_document) if f.rule.startswith("text.")] == []
    clean_document.cost_items[1].factors[1].value = Decimal(500)
    clean_document.cost_items[1].recompute()
    rules = {f.rule for f in check_document(clean_document)}
    assert "text.notes-breakdown" in rules  # the old text now disagrees with line 2
