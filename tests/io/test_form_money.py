"""A colleague's money read as the form means it (issue 25): 上级 money never taken for the district's own, and a
cost table whose unit nothing states read in the unit the form's own figures show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.messages import render
from gridbudget_gui.io.form.report import separate_unread
from gridbudget_gui.io.formats import load_document


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _funding_form(path: Path, breakdown: str) -> Path:
    return _workbook(
        path,
        [
            ["项目绩效目标表（2021年度）"],
            ["项目名称", "镇域内基础设施建设"],
            ["资金总额及构成", "总额", "100万元", breakdown],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造道路", "≥12公里"],
        ],
    )


def test_upper_level_money_is_in_no_source_and_the_districts_own_is_what_the_form_says(tmp_path: Path) -> None:
    breakdown = "财政拨款：60万元（其中：上级财政资金：20万元；本级财政：40万元）\n二、自有资金：40万元"
    loaded = load_document(_funding_form(tmp_path / "form.xlsx", breakdown))
    annual = loaded.document.funding.annual
    assert (annual.total, annual.county, annual.other) == (Decimal("1000000.00"), Decimal("400000.00"), 400000)
    assert annual.central == annual.provincial == annual.municipal == 0
    upper = [note for note in loaded.notes if note.rule == "file.unread"]
    assert [render(note) for note in upper] == [
        "Sheet!D3：其中上级财政资金 200,000.00 元，原表没有写明来自中央、省级还是市级财政，"
        "本程序的资金来源表没有“上级”一栏，未计入任何来源（总投入照原表读入）"
    ]
    findings = separate_unread(loaded.notes, check_document(loaded.document))
    # 总投入 100万 ≠ 本级 40万 + 自有 40万: the 上级 20万 has no column, which is no fault of the form
    assert not [f for f in findings if f.rule == "funding.total-sources"]
    moved = [f for f in findings if f.rule == "file.unread-check"]
    assert [f.severity for f in moved if "总投入" in render(f)] == [Severity.INFO]


def test_all_upper_level_money_leaves_the_districts_own_column_empty(tmp_path: Path) -> None:
    """宁乡市坝塘镇's form: 财政拨款：6923.3552万元(其中：上级财政资金：6923.3552万元；本级财政：0万元)."""
    breakdown = "财政拨款：60万元（其中：上级财政资金：60万元）"
    annual = load_document(_funding_form(tmp_path / "form.xlsx", breakdown)).document.funding.annual
    assert (annual.total, annual.county) == (Decimal("1000000.00"), 0)


def test_a_part_of_the_districts_money_that_names_no_level_stays_the_districts_own(tmp_path: Path) -> None:
    breakdown = "财政拨款：60万元（其中：一般公共预算：50万元）"
    loaded = load_document(_funding_form(tmp_path / "form.xlsx", breakdown))
    assert loaded.document.funding.annual.county == Decimal("600000.00")
    assert not [note for note in loaded.notes if note.rule == "file.unread"]


def test_an_amount_labelled_upper_level_money_is_in_no_source(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["项目名称", "镇域内基础设施建设"],
            ["年度资金总额（万元）", 100],
            ["其中：上级补助资金（万元）", 70],
            ["其中：本级财政（万元）", 30],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造道路", "≥12公里"],
        ],
    )
    loaded = load_document(path)
    annual = loaded.document.funding.annual
    assert (annual.total, annual.county, annual.municipal) == (Decimal("1000000.00"), Decimal("300000.00"), 0)
    assert ["file.unread"] == [note.rule for note in loaded.notes if "上级" in render(note)]
