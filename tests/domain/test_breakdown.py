"""The generated cost breakdown and total: figures, 大写, and agreement with what the checks read back."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from gridbudget_gui.domain.breakdown import (
    arithmetic_text,
    breakdown_line,
    breakdown_text,
    numbered_line,
    read_breakdown_line,
    read_factors,
    stated_amounts,
    total_line,
    typed_arithmetic_text,
)
from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import CostItem, Document, Factor
from gridbudget_gui.domain.money import to_money
from gridbudget_gui.domain.numbers import MAX_MAGNITUDE


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


# --- reading back what is written ---------------------------------------------------------------------

NAMES = st.text(alphabet="工资保险终端电瓶车费用培训月份人共其他(（）)-0123456789", max_size=12).map(str.strip)
UNITS = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(["", "人", "元", "个", "辆", "万元", "月", "次"]),
    st.text(alphabet="人元个月/辆天次年", max_size=5),
).filter(lambda unit: not unit.startswith("/"))  # a colleague's 4500/辆 is read as 4500 元/辆
VALUES = st.decimals(min_value=-99999, max_value=99999, places=2, allow_nan=False) | st.integers(0, 9999).map(Decimal)
NOTES = st.text(alphabet="缺个月工资，与年区财政局下拨金额基本持平。1230（）()元", max_size=20).map(str.strip)


@st.composite
def cost_items(draw: st.DrawFn) -> CostItem:
    factors = [Factor(draw(VALUES), draw(UNITS)) for _ in range(draw(st.integers(0, 3)))]
    item = CostItem(draw(NAMES), factors, draw(VALUES.map(to_money)), draw(NOTES))
    if factors:
        item.recompute()
    return item


@settings(max_examples=300, deadline=None)
@given(item=cost_items(), number=st.integers(1, 999_999))
@example(
    item=CostItem("1-9月份工资", [Factor(Decimal(158), "人"), Factor(Decimal(11), "个月")], note="缺1个月"), number=1
)
@example(item=CostItem("共享单车", [], Decimal("80000")), number=5)
@example(item=CostItem("工资", [Factor(Decimal("4500.00"), "元/辆")]), number=12)
def test_a_written_line_reads_back(item: CostItem, number: int) -> None:
    """For any cost line: write it, read it, and the number, name, factors, amount and note come back."""
    assume(abs(item.amount) <= MAX_MAGNITUDE)
    # 2021.12月… is read as a date, not as line 2021 (the one form a written line cannot give back).
    assume(not (1900 <= number <= 2199 and re.match(r"(0?[1-9]|1[0-2])月", item.name)))
    if item.factors:
        item.recompute()
    line = breakdown_line(number, item)
    read = read_breakdown_line(line)
    assert read is not None, line
    got_number, got = read
    assert got_number == number
    assert got.name == item.name, line
    assert [(f.value, f.unit) for f in got.factors] == [(f.value, f.unit) for f in item.factors], line
    assert got.amount == item.amount, line
    assert got.note == item.note, line


def test_a_remark_with_figures_does_not_count_as_the_line_amount() -> None:
    notes = "1.工资：158人×2580元×11个月=4,484,040.00元；（另有补贴500元）\n2.保险：63200元；\n3.杂项开支"
    assert stated_amounts(notes) == [(1, Decimal("4484040.00")), (2, Decimal("63200.00")), (3, None)]


def test_numbered_lines_and_dates() -> None:
    assert numbered_line("（2）保险：63200元") == (2, "保险：63200元")
    assert numbered_line("１２、保险") == (12, "保险")
    assert numbered_line("1.12月份采购") == (1, "12月份采购")
    assert numbered_line("2021.12月完成采购") is None  # a date, not line 2021
    assert numbered_line("2021.13月") == (2021, "13月")
    assert numbered_line("1000.0月：共0.00元；") == (1000, "0月：共0.00元；")
    assert numbered_line("10000.工资：共5元；") == (10000, "工资：共5元；")  # a long table's lines all count
    assert numbered_line("保险：63200元") is None


def test_an_empty_inserted_line_is_left_out_of_the_breakdown() -> None:
    """A line inserted and left empty gave 2.：共0.00元；; it is not a line of the breakdown."""
    lump = CostItem("印刷费", [], Decimal("300.00"))
    document = Document(cost_items=[CostItem(), lump, CostItem(), CostItem(note="待补")])
    assert breakdown_text(document).splitlines() == [
        "1.印刷费：共300.00元；",
        "2.：共0.00元；（待补）",  # a note is content: that line stays
        "合计：300.00元（大写：叁佰元整）。",
    ]
    assert [item.is_empty for item in document.cost_items] == [True, False, True, False]


def test_the_printed_arithmetic_reads_back_into_its_factors(example_document: Document) -> None:
    for item in example_document.cost_items:
        printed = typed_arithmetic_text(item)
        if item.is_lump_sum:
            assert (printed, read_factors(printed)) == ("共", None)
            continue
        factors = read_factors(printed)
        assert factors is not None
        assert [(f.value, f.unit, f.expression) for f in factors] == [
            (f.value, f.unit, f.expression) for f in item.factors
        ]
    assert typed_arithmetic_text(example_document.cost_items[0]) == "158（45×4-22）人×2580元×11个月"


@pytest.mark.parametrize(
    ("text", "factors"),
    [
        ("１５８人 x 2,580元 * 11个月", [("158", "人", ""), ("2580", "元", ""), ("11", "个月", "")]),
        ("158（45×4−22）人×400元/年", [("158", "人", "45*4-22"), ("400", "元/年", "")]),
        ("8辆＊4500.00/辆", [("8", "辆", ""), ("4500.00", "元/辆", "")]),
        ("12（12）个月×5元", [("12", "个月", ""), ("5", "元", "")]),  # a plain figure in brackets: nothing typed
        ("8辆（含备用）×4500元", None),  # a remark in brackets, not arithmetic
        ("10（12）人×5元", None),  # the bracket does not give the figure before it
        ("按实际发生结算", None),
        ("共", None),
        ("5×", None),
        ("（5人×3元", None),
    ],
)
def test_read_factors(text: str, factors: list[tuple[str, str, str]] | None) -> None:
    read = read_factors(text)
    expected = None if factors is None else [Factor(Decimal(v), u, e) for v, u, e in factors]
    assert (read if read is None else [(f.value, f.unit, f.expression) for f in read]) == (
        expected if expected is None else [(f.value, f.unit, f.expression) for f in expected]
    )
