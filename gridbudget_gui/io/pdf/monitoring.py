"""The mid-year 项目支出绩效运行监控表 as an A4 PDF: the money line (预算数, 执行数, 时间进度, 执行率, 预警), the 年度
indicators with progress, forecast, 偏离度, alert, cause and measure, then the signatures.

Every figure is the domain's (``domain.monitoring``), so the PDF, the window and ``gridbudget monitor`` agree.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.labels import year_line
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.monitoring import ALERT_LABELS, MonitoringReport, monitor
from gridbudget_gui.io.pdf.style import FRAME_WIDTH, build_pdf, paragraph, title
from gridbudget_gui.io.pdf.tables import BASE_COMMANDS, Cell, Command, cell, form_table
from gridbudget_gui.io.pdf.targets import signature_block
from gridbudget_gui.io.pdf.write import save_rendered

TITLE = "项目支出绩效运行监控表"
_INDICATOR_SHARES = (0.07, 0.08, 0.14, 0.09, 0.09, 0.09, 0.09, 0.1, 0.1, 0.15)
INDICATOR_WIDTHS = [FRAME_WIDTH * share for share in _INDICATOR_SHARES]
_MONEY_SHARES = (0.15, 0.16, 0.16, 0.15, 0.12, 0.12, 0.14)
MONEY_WIDTHS = [FRAME_WIDTH * share for share in _MONEY_SHARES]


def _percent(value: object) -> str:
    return "" if value is None else f"{value}%"


def _header(document: Document, report: MonitoringReport) -> Flowable:
    widths = [FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.8]
    as_of = report.as_of.isoformat() if report.as_of is not None else document.monitoring.as_of
    rows: list[list[Cell]] = [
        ["项目名称", cell(document.project.name, widths[1])],
        ["主管部门", cell(document.project.department, widths[1])],
        ["实施单位", cell(document.unit.name, widths[1])],
        ["监控时点", cell(as_of, widths[1])],
    ]
    return form_table(rows, widths)


def _money_line(report: MonitoringReport) -> Flowable:
    labels = ("项目资金（元）", "年度预算数", "截至监控时点执行数", "全年预计执行数", "时间进度", "执行率", "预警")
    values = (
        "年度资金总额",
        format_money(report.budget),
        "" if report.spent is None else format_money(report.spent),
        "",
        _percent(report.time_progress),
        _percent(report.execution_rate),
        ALERT_LABELS[report.alert] if report.alert else "",
    )
    # The labels wrap to their columns (截至监控时点执行数 is wider than its own); an amount is never broken.
    rows: list[list[Cell]] = [[cell(text, width) for text, width in zip(labels, MONEY_WIDTHS, strict=True)], [*values]]
    commands: list[Command] = [("ALIGN", (1, 1), (-2, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    return form_table(rows, MONEY_WIDTHS, commands)


def _indicators(document: Document, report: MonitoringReport) -> Flowable:
    widths = INDICATOR_WIDTHS
    titles = ["一级指标", "二级指标", "三级指标", "年度指标值", "截至监控时点完成值", "全年预计完成值"]
    titles += ["偏离度", "预警", "偏差原因", "纠偏措施"]
    header: list[Cell] = [cell(text, width) for text, width in zip(titles, widths, strict=True)]
    rows: list[list[Cell]] = [header]
    annual = document.indicators.annual
    for item in report.indicators:
        row = annual[item.index]
        values = (
            row.level1,
            row.level2,
            row.name,
            row.value,
            row.progress,
            row.forecast,
            _percent(item.deviation),
            ALERT_LABELS[item.alert] if item.alert else "",
            row.cause,
            row.measure,
        )
        rows.append([cell(text, width) for text, width in zip(values, widths, strict=True)])
    table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
    commands: list[Command] = [
        *BASE_COMMANDS,
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (6, 1), (6, -1), "RIGHT"),
    ]
    table.setStyle(TableStyle(commands))
    return table


def monitoring_story(document: Document) -> list[Flowable]:
    """The flowables of the 运行监控表."""
    report = monitor(document)
    year = year_line(document.year)
    return [
        title(TITLE),
        paragraph(year, "year"),
        Spacer(1, 4 * mm),
        _header(document, report),
        _money_line(report),
        _indicators(document, report),
        Spacer(1, 4 * mm),
        KeepTogether([signature_block(document, seal_height=40 * mm)]),
    ]


def render_monitoring_pdf(document: Document) -> bytes:
    """The 运行监控表 as PDF bytes."""
    return build_pdf(monitoring_story(document), f"{document.project.name} {TITLE}", document.signatures.preparer)


def write_monitoring_pdf(document: Document, path: Path) -> None:
    """Write the 运行监控表 to ``path`` as PDF, atomically; raise DocumentError on failure."""
    save_rendered(Path(path), lambda: render_monitoring_pdf(document))
