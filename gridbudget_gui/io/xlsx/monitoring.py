"""The mid-year 项目支出绩效运行监控表 as a one-sheet workbook (an export, not read back as a declaration).

Written with openpyxl, apart from our declaration's package writer: the layout is the PDF's (io/pdf/monitoring.py),
amounts are numbers in the money format, percentages are texts as the domain rounds them (58.33%), so the sheet,
the window and ``gridbudget monitor`` print the same figures.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.labels import signature_line, year_line
from gridbudget_gui.domain.monitoring import ALERT_LABELS, monitor
from gridbudget_gui.io.atomic import atomic_write_bytes

TITLE = "项目支出绩效运行监控表"
SHEET = "绩效运行监控表"
COLUMN_WIDTHS = (11, 12, 22, 12, 14, 14, 10, 11, 12, 24)
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="center")
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_MONEY = "#,##0.00"


def build_monitoring_workbook(document: Document) -> Workbook:
    """The 运行监控表 as an openpyxl workbook, not yet saved."""
    report = monitor(document)
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = SHEET
    for column, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = len(COLUMN_WIDTHS)
    sheet.cell(1, 1, TITLE).font = Font(size=16, bold=True)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    sheet.cell(1, 1).alignment = _CENTRE
    year = year_line(document.year)
    sheet.cell(2, 1, year).alignment = _CENTRE
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    as_of = report.as_of.isoformat() if report.as_of is not None else document.monitoring.as_of
    row = 3
    for label, value in (
        ("项目名称", document.project.name),
        ("主管部门", document.project.department),
        ("实施单位", document.unit.name),
        ("监控时点", as_of),
    ):
        _box(sheet, row, 1, label, bold=True)
        _box(sheet, row, 2, value)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last)
        row += 1
    money_labels = ("项目资金（元）", "年度预算数", "截至监控时点执行数", "时间进度", "执行率", "预警")
    for column, label in enumerate(money_labels, start=1):
        _box(sheet, row, column, label, bold=True)
    row += 1
    values: tuple[object, ...] = (
        "年度资金总额",
        report.budget,
        report.spent,
        "" if report.time_progress is None else f"{report.time_progress}%",
        "" if report.execution_rate is None else f"{report.execution_rate}%",
        ALERT_LABELS[report.alert] if report.alert else "",
    )
    for column, figure in enumerate(values, start=1):
        boxed = _box(sheet, row, column, figure)
        if column in (2, 3):
            boxed.number_format = _MONEY
    row += 2
    titles = ("一级指标", "二级指标", "三级指标", "年度指标值", "截至监控时点完成值", "全年预计完成值", "偏离度")
    for column, label in enumerate((*titles, "预警", "偏差原因", "纠偏措施"), start=1):
        _box(sheet, row, column, label, bold=True)
    annual = document.indicators.annual
    for item in report.indicators:
        row += 1
        indicator = annual[item.index]
        texts = (
            indicator.level1,
            indicator.level2,
            indicator.name,
            indicator.value,
            indicator.progress,
            indicator.forecast,
            "" if item.deviation is None else f"{item.deviation}%",
            ALERT_LABELS[item.alert] if item.alert else "",
            indicator.cause,
            indicator.measure,
        )
        for column, text in enumerate(texts, start=1):
            _box(sheet, row, column, text)
    signatures = document.signatures
    row += 2
    sheet.cell(
        row,
        1,
        signature_line(signatures),
    )
    sheet.cell(row + 1, last, "单位（盖章）")
    return workbook


def _box(sheet: Worksheet, row: int, column: int, value: object, bold: bool = False) -> Cell:
    cell = sheet.cell(row, column, value)
    cell.border = _BOX
    cell.alignment = _CENTRE if bold else _WRAP
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_monitoring_xlsx(document: Document, path: Path) -> None:
    """Write the 运行监控表 to ``path`` as a workbook, atomically; raise DocumentError on failure."""
    buffer = BytesIO()
    build_monitoring_workbook(document).save(buffer)
    atomic_write_bytes(Path(path), buffer.getvalue())
