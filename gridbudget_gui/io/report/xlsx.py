"""``check FOLDER --report OUT.xlsx`` (one row per finding, filterable) and ``summary`` (汇总表).

The 汇总表 has one row per declaration, sorted by unit, and a total row computed by formula (so a figure
corrected by hand adds up again); its second sheet lists every indicator with its project. Texts from the
files are written as text, never as formulas, and without the control characters a workbook cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gridbudget_gui.domain.aspects import aspect_word
from gridbudget_gui.domain.document import PERIOD_LABELS
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.messages import describe_place, render, severity_word
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.report.batch import FileResult

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CELL_LIMIT = 32_767
_MONEY = "#,##0.00"
_BOLD = Font(bold=True)


def _text(value: str) -> str:
    return _CONTROL.sub("", value)[:_CELL_LIMIT]


def _put(sheet: Worksheet, row: int, column: int, value: object) -> None:
    """One cell; a text is always a text (a value starting with = stays text, not a formula)."""
    if isinstance(value, str):
        cell = sheet.cell(row, column, _text(value))
        cell.data_type = "s"
    else:
        cell = sheet.cell(row, column, value)
        if isinstance(value, Decimal):
            cell.number_format = _MONEY


def _header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        _put(sheet, 1, column, title)
        sheet.cell(1, column).font = _BOLD
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _save(workbook: Workbook, path: Path) -> None:
    buffer = BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()

    atomic_write_bytes(path, data)


_FINDING_TITLES = {
    "zh": ("文件", "单位", "项目", "严重程度", "审核方面", "规则", "位置", "问题"),
    "en": ("File", "Unit", "Project", "Severity", "Aspect", "Rule", "Where", "Finding"),
}
_UNREADABLE = {"zh": "无法读取", "en": "could not be read"}


def write_xlsx_report(results: Sequence[FileResult], path: Path, lang: str = "zh") -> None:
    """One row per finding (and one per file that could not be read, with the reason), with a filter."""
    lang = "en" if lang == "en" else "zh"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "审核结果" if lang == "zh" else "Findings"
    _header(sheet, _FINDING_TITLES[lang], (28, 24, 30, 8, 10, 30, 28, 70))
    row = 2
    for result in results:
        unit = result.facts.unit if result.facts else ""
        project = result.facts.project if result.facts else ""
        if result.error is not None:
            values = (str(result.path), "", "", _UNREADABLE[lang], "", "", "", result.error)
            for column, value in enumerate(values, start=1):
                _put(sheet, row, column, value)
            row += 1
            continue
        for finding in result.findings:
            values = (
                str(result.path),
                unit,
                project,
                severity_word(finding.severity, lang),
                aspect_word(finding.aspect, lang),
                finding.rule,
                describe_place(finding.where, lang),
                render(finding, lang),
            )
            for column, value in enumerate(values, start=1):
                _put(sheet, row, column, value)
            row += 1
    sheet.auto_filter.ref = f"A1:H{max(row - 1, 1)}"
    _save(workbook, path)


_SUMMARY_TITLES = (
    "单位",
    "项目名称",
    "预算年度",
    "项目属性",
    "年度总投入（元）",
    "中央财政",
    "省级财政",
    "市级财政",
    "县（市）区级财政",
    "其他资金",
    "测算合计（元）",
    "测算行数",
    "年度指标数",
    "错误",
    "警告",
    "文件",
    "功能分类",
    "已填经济分类行数",
    "政府采购（元）",
    "监控时点",
    "执行率",
    "监控预警",
)
_MONEY_COLUMNS = range(5, 12)  # 年度总投入 … 测算合计
_SUMMED_COLUMNS = range(5, 16)  # and the counts


def write_summary(results: Sequence[FileResult], path: Path) -> None:
    """The 汇总表: one row per declaration sorted by unit, a total row by formula, and a sheet of indicators."""
    readable = [result for result in results if result.facts is not None]
    readable.sort(key=lambda result: (result.facts.unit, result.facts.project, str(result.path)))  # type: ignore[union-attr]
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "汇总表"
    _header(sheet, _SUMMARY_TITLES, (30, 36, 9, 12, 16, 12, 12, 12, 16, 12, 16, 9, 9, 7, 7, 40, 10, 9, 16, 12, 9, 10))
    row = 2
    for result in readable:
        facts = result.facts
        assert facts is not None
        counts = result.counts
        values: tuple[object, ...] = (
            facts.unit,
            facts.project,
            facts.year if facts.year is not None else "",
            facts.attribute,
            facts.annual_total,
            *facts.sources,
            facts.cost_total,
            facts.cost_lines,
            sum(1 for indicator in facts.indicators if indicator.period == "annual"),
            counts[Severity.ERROR],
            counts[Severity.WARNING],
            str(result.path),
            facts.function_class,
            facts.classified_lines,
            facts.procurement_total,
            *facts.monitoring,
        )
        for column, value in enumerate(values, start=1):
            _put(sheet, row, column, value)
        row += 1
    last = row - 1
    _put(sheet, row, 1, "合计")
    sheet.cell(row, 1).font = _BOLD
    _put(sheet, row, 2, f"{len(readable)} 个项目")
    for column in _SUMMED_COLUMNS:
        letter = get_column_letter(column)
        cell = sheet.cell(row, column, f"=SUM({letter}2:{letter}{last})" if last >= 2 else 0)
        cell.font = _BOLD
        if column in _MONEY_COLUMNS:
            cell.number_format = _MONEY
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(_SUMMARY_TITLES))}{max(last, 1)}"
    unreadable = [result for result in results if result.error is not None]
    if unreadable:
        row += 2
        _put(sheet, row, 1, "无法读取的文件")
        sheet.cell(row, 1).font = _BOLD
        for result in unreadable:
            row += 1
            _put(sheet, row, 1, str(result.path))
            _put(sheet, row, 2, result.error or "")
    _indicator_sheet(workbook, readable)
    _save(workbook, path)


def _indicator_sheet(workbook: Workbook, results: Sequence[FileResult]) -> None:
    sheet = workbook.create_sheet("全部指标")
    _header(
        sheet, ("单位", "项目名称", "期间", "一级指标", "二级指标", "三级指标", "指标值"), (30, 36, 6, 12, 16, 36, 20)
    )
    row = 2
    for result in results:
        facts = result.facts
        assert facts is not None
        for indicator in facts.indicators:
            values = (
                facts.unit,
                facts.project,
                PERIOD_LABELS[indicator.period],
                indicator.level1,
                indicator.level2,
                indicator.name,
                indicator.value,
            )
            for column, value in enumerate(values, start=1):
                _put(sheet, row, column, value)
            row += 1
    sheet.auto_filter.ref = f"A1:G{max(row - 1, 1)}"
