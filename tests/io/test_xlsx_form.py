"""Colleagues' hand-typed workbooks: every field found by its label, whatever the layout's quirks."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from gridbudget_gui.domain.messages import render
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.form.costs import read_cost_line
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx.read import read_xlsx
from tests.conftest import COLLEAGUE_FORM
from tests.io.xlsx_helpers import copy_form, shifted_form


def _expected_without_typed_arithmetic(example_document) -> dict:  # type: ignore[no-untyped-def]
    """The example as the colleague's form holds it: no typed 45*4-22, an abridged 单位概况."""
    expected = document_to_dict(example_document)
    for item in expected["cost_items"]:
        for factor in item["factors"]:
            factor.pop("expression", None)
    return expected


def test_colleague_form_opens_with_every_field(example_document) -> None:
    loaded = read_xlsx(COLLEAGUE_FORM)
    got = document_to_dict(loaded.document)
    expected = _expected_without_typed_arithmetic(example_document)
    assert loaded.foreign is True
    assert got["unit"]["profile"].startswith("贯彻执行国家、省、市")  # the form abridges the seed's text
    got["unit"]["profile"] = expected["unit"]["profile"]
    assert got == expected
    # The only note besides the report: the targets sheet names the unit differently, said, not dropped.
    notes = [(n.rule, n.path) for n in loaded.notes if n.rule != "file.read"]
    assert notes == [("file.unplaced", "绩效目标表!E4"), ("file.guessed", "绩效目标表!C14")]  # and the scheme read
    report = [render(n) for n in loaded.notes if n.rule == "file.read"]
    assert report == [
        "工作表“项目申报书”：读入 14 个栏目、0 项资金、5 行测算明细、0 行绩效指标",
        "工作表“绩效目标表”：读入 16 个栏目、4 项资金、0 行测算明细、22 行绩效指标",
    ]


def test_cost_lines_from_the_numbered_text() -> None:
    items = read_xlsx(COLLEAGUE_FORM).document.cost_items
    assert [(str(f.value), f.unit) for f in items[0].factors] == [("158", "人"), ("2580", "元"), ("11", "个月")]
    assert items[0].amount == Decimal("4484040.00")
    assert items[0].note == "缺1个月工资，与2020年区财政局下拨金额基本持平。"
    assert items[4].is_lump_sum and items[4].amount == Decimal("80000.00")
    assert len(items) == 5


@pytest.mark.parametrize(
    ("line", "factors", "amount"),
    [
        ("培训费：30人×２天×450元/人天=27000元；", [("30", "人"), ("2", "天"), ("450", "元/人天")], "27000.00"),
        ("设备购置 2台*1.5万元/台=3万元", [("2", "台"), ("1.5", "万元/台")], "30000.00"),
        ("印刷费：共1,200.50元。", [], "1200.50"),
        ("其他：5000元", [], "5000.00"),
    ],
)
def test_cost_line_variants(line: str, factors: list[tuple[str, str]], amount: str) -> None:
    item = read_cost_line(line)
    assert item is not None
    assert [(str(f.value), f.unit) for f in item.factors] == factors
    assert item.amount == Decimal(amount)


def test_shifted_form_under_a_title_with_odd_sheet_names(example_document, tmp_path: Path) -> None:
    path = shifted_form(COLLEAGUE_FORM, tmp_path / "shifted.xlsx", rows=3, cols=2)
    loaded = read_xlsx(path)
    assert document_to_dict(loaded.document) == document_to_dict(read_xlsx(COLLEAGUE_FORM).document)
    assert not [n for n in loaded.notes if "附件2" in render(n)]


def test_spread_labels_text_money_and_wan_yuan(tmp_path: Path) -> None:
    def change(workbook: Workbook) -> None:
        declaration, targets = workbook.worksheets
        declaration["A2"] = "项 目 名 称："
        declaration["A5"] = "统一社会信用代码"
        targets["A10"] = "中期资金来源（万元）"
        targets["C10"] = "1,603.74"
        targets["G10"] = "1603.74万元"
        targets["C11"] = "5,345,800.00元"
        targets["G11"] = 5345800
        targets["A11"] = "年度资金来源（元）"
        targets["E16"] = "≥ 95%"
        targets["H15"] = "４５个"
        targets["J30"] = "备忘：请财务再核对一次"

    path = copy_form(COLLEAGUE_FORM, tmp_path / "variant.xlsx", change)
    loaded = read_xlsx(path)
    document = loaded.document
    assert document.project.name == "全面推进“五进网格”精细化管理经费"
    assert document.unit.code == "12530121MB01852289"
    assert document.funding.mid_term.total == Decimal("16037400.00")
    assert document.funding.mid_term.county == Decimal("16037400.00")
    assert document.funding.annual.total == Decimal("5345800.00")
    assert document.indicators.mid_term[1].value == "≥ 95%"  # kept as typed; the checks parse it
    assert document.indicators.annual[0].value == "４５个"
    unplaced = [n for n in loaded.notes if n.rule == "file.unplaced" and n.path.endswith("!J30")]
    assert unplaced and "请财务再核对" in render(unplaced[0])


def test_cost_table_with_its_own_headings(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "申报书 "
    rows = [
        ["附件2"],
        ["项目名称", "", "办公设备更新"],
        ["单位名称", "", "某某街道办事处"],
        ["项目实施内容", "", "更新老旧办公设备。"],
        [],
        ["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）", "备注"],
        [1, "台式电脑", 20, "台", "5,000.00", 10, "含显示器"],
        [2, "打印机", 4, "台", 2500, "1", ""],
        [3, "安装调试", None, None, None, "0.5", "一次性"],
        ["合计", "", "", "", "", 11.5],
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "table.xlsx"
    workbook.save(path)
    document = read_xlsx(path).document
    assert [i.name for i in document.cost_items] == ["台式电脑", "打印机", "安装调试"]
    assert [(str(f.value), f.unit) for f in document.cost_items[0].factors] == [("20", "台"), ("5000.00", "元")]
    assert [i.amount for i in document.cost_items] == [Decimal("100000.00"), Decimal("10000.00"), Decimal("5000.00")]
    assert document.cost_items[2].is_lump_sum
    assert document.cost_items[0].note == "含显示器"
    assert document.project.content == "更新老旧办公设备。"


def test_a_workbook_that_is_not_a_budget_form(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "电话"])
    sheet.append(["张三", "13800000000"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    with pytest.raises(DocumentError, match="不是项目申报表") as raised:
        read_xlsx(path)
    assert str(raised.value).startswith(str(path))
