"""``check FOLDER --report OUT.xlsx`` (one row per finding, filterable) and ``summary`` (汇总表).

The 汇总表 is a reviewer's sheet: one row per project (a project sent as xlsx, docx and json counted once, its
copies named), sorted by year and unit, a total row per year computed by formula (so a figure corrected by
hand adds up again) and carrying its value (previews in WeChat or DingTalk do not calculate), 项目属性 written
one way, the 自评表 and unreadable files listed apart with the reason; A4 landscape, one page wide, the heading
row on every page. Its second sheet lists every indicator with its project. Texts from the files are written
as text, never as formulas, and without the control characters a workbook cannot hold.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
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
from gridbudget_gui.domain.messages import render, severity_word
from gridbudget_gui.domain.place_words import describe_place
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.report.batch import SOURCES, Facts, FileResult
from gridbudget_gui.io.xlsx.layout import FOOTER, row_height
from gridbudget_gui.io.xlsx.package import Package, Sheet, Style, column_letter

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
    "备注",
    "功能分类",
    "已填经济分类行数",
    "政府采购（元）",
    "监控时点",
    "执行率",
    "监控预警",
)
_SUMMARY_WIDTHS = (
    *(22.0, 28.0, 7.0, 11.0, 14.0, 11.0, 11.0, 11.0, 14.0, 11.0, 14.0, 6.0, 6.0, 6.0, 6.0, 20.0, 24.0),
    *(9.0, 7.0, 13.0, 11.0, 8.0, 9.0),  # the budget system's columns (docs/system.md)
)
_MONEY_COLUMNS = range(5, 12)  # 年度总投入 … 测算合计
_SUMMED_COLUMNS = range(5, 16)  # and the counts
_HEAD = Style(font="label", align="centre")
_CELL = Style()
_COUNT = Style(align="right", fmt="0")
_MONEY_CELL = Style(align="right", fmt=_MONEY)
_TOTAL_LABEL = Style(font="label", align="left")
_NOTE = Style(align="none", border=False)  # one line running on over the empty cells beside it
_SECTION = Style(font="label", align="none", border=False)


@dataclass
class _Project:
    """One project of the 汇总表: the file counted, and the other files that hold the same project."""

    counted: FileResult
    copies: list[FileResult]

    @property
    def facts(self) -> Facts:
        """The counted file's figures."""
        assert self.counted.facts is not None
        return self.counted.facts

    def note(self) -> str:
        """备注: the copies named, and a warning when their figures differ."""
        if not self.copies:
            return ""
        names = "、".join(copy.path.name for copy in self.copies)
        text = f"同一项目另有 {names}，只计一次"
        if any(_figures(copy.facts) != _figures(self.facts) for copy in self.copies if copy.facts is not None):
            text += "；各文件金额不一致，请核对"
        return text


def _figures(facts: Facts | None) -> tuple[object, ...]:
    assert facts is not None
    return (facts.annual_total, facts.sources, facts.cost_total)


def _project_key(facts: Facts) -> tuple[str, str, int | None] | None:
    """What makes two files one project: unit, name and year, written alike (spaces and full-width forms aside)."""
    unit, name = (re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)) for text in (facts.unit, facts.project))
    return (unit, name, facts.year) if name else None


def _projects(declarations: Sequence[FileResult]) -> list[_Project]:
    """Each project once, in the order of the files; the same project from another file (its xlsx, docx and
    json) is one of its copies. A JSON (the program's own file) is counted before the others of its project."""
    preference = sorted(declarations, key=lambda r: r.path.suffix.lower() != ".json")
    projects: dict[object, _Project] = {}
    for result in preference:
        assert result.facts is not None
        key = _project_key(result.facts) or result.path
        if key in projects:
            projects[key].copies.append(result)
        else:
            projects[key] = _Project(result, [])
    return sorted(
        projects.values(), key=lambda p: (p.facts.year or 0, p.facts.unit, p.facts.project, str(p.counted.path))
    )


def summary_notes(results: Sequence[FileResult]) -> list[str]:
    """What the 汇总表 did beside adding up, in one line each: years kept apart, copies counted once, 自评表 set aside."""
    declarations = [r for r in results if r.facts is not None and not r.self_evaluation]
    projects = _projects(declarations)
    notes = []
    years = sorted({p.facts.year for p in projects if p.facts.year is not None})
    if len(years) > 1:
        notes.append(f"汇总的申报书属于 {len(years)} 个年度（{'、'.join(map(str, years))}），已按年度分别合计，未相加")
    for project in projects:
        if project.copies:
            notes.append(f"{project.counted.path.name}：{project.note()}")
    for result in results:
        if result.self_evaluation:
            notes.append(f"{result.path.name}：这是绩效自评表，不是申报书，未计入汇总")
    return notes


def write_summary(results: Sequence[FileResult], path: Path) -> list[str]:
    """The 汇总表: one row per project by year and unit, totals by formula with their values, the files not
    counted, and a sheet of indicators; A4 landscape, one page wide. Returns summary_notes."""
    declarations = [r for r in results if r.facts is not None and not r.self_evaluation]
    projects = _projects(declarations)
    package = Package()
    try:
        sheet = package.sheet("汇总表", list(_SUMMARY_WIDTHS))
        last = _summary_sheet(sheet, projects, results)
        _reviewer_print(sheet, last, len(_SUMMARY_TITLES), "项目汇总表")
        _indicator_sheet(package, [p.counted for p in projects])
        packed = BytesIO()
        package.save(packed)
    finally:
        package.close()
    atomic_write_bytes(path, packed)
    return summary_notes(results)


def _reviewer_print(sheet: Sheet, last_row: int, last_col: int, title: str) -> None:
    """A4 landscape, one page wide, the heading row on every page, the title above and page numbers below."""
    sheet.landscape = True
    sheet.print_rows = (1, 1)
    sheet.print_area = (max(last_row, 1), last_col)
    sheet.header = title
    sheet.footer = FOOTER
    sheet.frozen_rows = 1


def _put_row(sheet: Sheet, row: int, values: Sequence[object]) -> None:
    """One row of a list: texts as texts (never formulas), money and counts right-aligned; tall enough for
    its wrapped texts."""
    texts = []
    for column, value in enumerate(values, start=1):
        if isinstance(value, Decimal):
            sheet.number(row, column, value, _MONEY_CELL)
        elif isinstance(value, int):
            sheet.number(row, column, value, _COUNT)
        else:
            text = _text(str(value))
            sheet.text(row, column, text, _CELL)
            texts.append((text, sheet.widths[column - 1]))
    sheet.heights[row] = row_height(texts, 18.0)


def _shown_paths(results: Sequence[FileResult]) -> dict[Path, str]:
    """Each file as the 汇总表 names it: its path below the folder all the files share."""
    paths = [result.path for result in results]
    try:
        common = Path(os.path.commonpath([path.absolute() for path in paths])) if paths else None
    except ValueError:  # paths on different drives
        common = None
    shown = {}
    for path in paths:
        try:
            shown[path] = str(path.absolute().relative_to(common)) if common and len(paths) > 1 else path.name
        except ValueError:
            shown[path] = str(path)
    return shown


def _summary_sheet(sheet: Sheet, projects: Sequence[_Project], results: Sequence[FileResult]) -> int:
    """The 汇总表's rows; returns the last row written."""
    shown = _shown_paths(results)
    for column, title in enumerate(_SUMMARY_TITLES, start=1):
        sheet.text(1, column, title, _HEAD)
    sheet.heights[1] = 30
    row = 2
    years = sorted({p.facts.year for p in projects}, key=lambda year: year or 0)
    for year in years:
        first = row
        group = [p for p in projects if p.facts.year == year]
        for project in group:
            facts, counts = project.facts, project.counted.counts
            _put_row(
                sheet,
                row,
                (
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
                    shown[project.counted.path],
                    project.note(),
                    facts.function_class,
                    facts.classified_lines,
                    facts.procurement_total,
                    *facts.monitoring,
                ),
            )
            row += 1
        label = "合计" if len(years) == 1 else (f"{year}年合计" if year is not None else "年度不明合计")
        _total_row(sheet, row, first, [p.facts for p in group], [p.counted for p in group], label)
        row += 1
    if not projects:
        _total_row(sheet, row, row, [], [], "合计")
        row += 1
    sheet.auto_filter = f"A1:{column_letter(len(_SUMMARY_TITLES))}{row - 1}"
    if len(years) > 1:
        row += 1
        sheet.text(row, 1, f"注：以上申报书属于 {len(years)} 个年度，已按年度分别合计，未相加。", _NOTE)
    row = _attribute_block(sheet, row + 2, projects)
    return _files_apart(sheet, row, projects, results, shown)


def _total_row(
    sheet: Sheet, row: int, first: int, facts: Sequence[Facts], counted: Sequence[FileResult], label: str
) -> None:
    """A total by formula over rows first..row-1, each with the value it computes (previews do not calculate)."""
    sheet.text(row, 1, label, _TOTAL_LABEL)
    sheet.text(row, 2, f"{len(facts)} 个项目", _TOTAL_LABEL)
    sheet.heights[row] = 22
    values: list[Decimal | int] = [
        sum((f.annual_total for f in facts), Decimal(0)),
        *(sum((f.sources[i] for f in facts), Decimal(0)) for i in range(len(SOURCES))),
        sum((f.cost_total for f in facts), Decimal(0)),
        sum(f.cost_lines for f in facts),
        sum(sum(1 for i in f.indicators if i.period == "annual") for f in facts),
        sum(r.counts[Severity.ERROR] for r in counted),
        sum(r.counts[Severity.WARNING] for r in counted),
    ]
    for column, value in zip(_SUMMED_COLUMNS, values, strict=True):
        letter = column_letter(column)
        style = _MONEY_CELL if column in _MONEY_COLUMNS else _COUNT
        if row > first:
            sheet.formula(row, column, f"=SUM({letter}{first}:{letter}{row - 1})", value, style)
        else:
            sheet.number(row, column, value, style)
    for column in (3, 4, 16, 17):
        sheet.text(row, column, "", _CELL)


def _attribute_block(sheet: Sheet, row: int, projects: Sequence[_Project]) -> int:
    """项目数 and 年度总投入 by 项目属性 (and year, when there are several); returns the next free row."""
    groups: dict[tuple[int | None, str], list[Facts]] = {}
    for project in projects:
        groups.setdefault((project.facts.year, project.facts.attribute), []).append(project.facts)
    if not groups:
        return row
    several = len({year for year, _ in groups}) > 1
    for column, title in enumerate(("按项目属性", "预算年度" if several else "", "项目数", "", "年度总投入（元）"), 1):
        if title:
            sheet.text(row, column, title, _HEAD)
    row += 1
    for (year, attribute), facts in sorted(groups.items(), key=lambda item: (item[0][0] or 0, item[0][1])):
        sheet.text(row, 1, attribute or "（未填）", _CELL)
        if several:
            sheet.text(row, 2, str(year) if year is not None else "", _CELL)
        sheet.number(row, 3, len(facts), _COUNT)
        sheet.number(row, 5, sum((f.annual_total for f in facts), Decimal(0)), _MONEY_CELL)
        row += 1
    return row + 1


def _files_apart(
    sheet: Sheet, row: int, projects: Sequence[_Project], results: Sequence[FileResult], shown: dict[Path, str]
) -> int:
    """The files not added up, with the reason: copies of a project, 自评表, files that could not be read."""
    apart: list[tuple[str, str]] = []
    for project in projects:
        apart += [(shown[c.path], f"与 {shown[project.counted.path]} 为同一项目，只计一次") for c in project.copies]
    apart += [(shown[r.path], "这是绩效自评表，不是申报书，未计入汇总") for r in results if r.self_evaluation]
    unreadable = [(shown[r.path], r.error or "") for r in results if r.error is not None]
    for title, rows in (("未计入汇总的文件", apart), ("无法读取的文件", unreadable)):
        if not rows:
            continue
        sheet.text(row, 1, title, _SECTION)
        row += 1
        for file, reason in rows:
            sheet.text(row, 1, _text(file), _CELL)
            sheet.text(row, 2, _text(reason), _CELL)
            sheet.merge(row, 2, row, 11, _CELL)
            sheet.heights[row] = row_height([(file, sheet.widths[0]), (reason, sum(sheet.widths[1:11]))], 18.0)
            row += 1
        row += 1
    return row - 1


def _indicator_sheet(package: Package, results: Sequence[FileResult]) -> None:
    titles = ("单位", "项目名称", "期间", "一级指标", "二级指标", "三级指标", "指标值")
    sheet = package.sheet("全部指标", [26.0, 32.0, 6.0, 12.0, 16.0, 36.0, 20.0])
    for column, title in enumerate(titles, start=1):
        sheet.text(1, column, title, _HEAD)
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
            _put_row(sheet, row, values)
            row += 1
    sheet.auto_filter = f"A1:G{max(row - 1, 1)}"
    _reviewer_print(sheet, row - 1, len(titles), "全部指标")
