"""The mid-year 项目支出绩效运行监控表 as a Word document, in the PDF's layout (io/pdf/monitoring.py).

Every figure is ``domain.monitoring``'s, so the document, the window and ``gridbudget monitor`` agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.labels import signature_line, year_line
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.monitoring import ALERT_LABELS, monitor
from gridbudget_gui.io.docx.paper import (
    HEI,
    east_asian_fonts,
    form_document,
    save_word,
    word_cell,
    word_paragraph,
    word_table,
)

TITLE = "项目支出绩效运行监控表"
INDICATOR_WIDTHS = [1.2, 1.4, 2.0, 1.5, 1.5, 1.5, 1.3, 1.4, 1.6, 2.6]
"""一级 … 纠偏措施 in cm: 16 cm between the margins."""
MONEY_WIDTHS = [2.6, 2.4, 2.6, 2.4, 2.0, 2.0, 2.0]
SMALL = 8.0


def build_monitoring_docx(document: Document) -> Any:
    """The 运行监控表 as a python-docx document, not yet saved."""
    report = monitor(document)
    word = form_document()
    word_paragraph(word, TITLE, size=18, bold=True, align="centre", font=HEI)
    word_paragraph(word, year_line(document.year), size=12, align="centre")
    as_of = report.as_of.isoformat() if report.as_of is not None else document.monitoring.as_of
    word_paragraph(word, f"监控时点：{as_of}　　金额单位：元", align="right")
    header = word_table(word, 2, [3.0, 5.0, 3.0, 5.0])
    word_cell(header.cell(0, 0), "项目名称", bold=True, align="centre")
    word_cell(header.cell(0, 1).merge(header.cell(0, 3)), document.project.name)
    word_cell(header.cell(1, 0), "主管部门", bold=True, align="centre")
    word_cell(header.cell(1, 1), document.project.department)
    word_cell(header.cell(1, 2), "实施单位", bold=True, align="centre")
    word_cell(header.cell(1, 3), document.unit.name)
    money = word_table(word, 2, MONEY_WIDTHS)
    labels = ("项目资金（元）", "年度预算数", "截至监控时点执行数", "全年预计执行数", "时间进度", "执行率", "预警")
    values = (
        "年度资金总额",
        format_money(report.budget),
        "" if report.spent is None else format_money(report.spent),
        "",
        "" if report.time_progress is None else f"{report.time_progress}%",
        "" if report.execution_rate is None else f"{report.execution_rate}%",
        ALERT_LABELS[report.alert] if report.alert else "",
    )
    for column, (label, value) in enumerate(zip(labels, values, strict=True)):
        word_cell(money.cell(0, column), label, bold=True, align="centre", size=SMALL)
        word_cell(money.cell(1, column), value, align="right" if column else "centre", size=SMALL)
    rows = report.indicators
    table = word_table(word, len(rows) + 1, INDICATOR_WIDTHS)
    titles = ("一级指标", "二级指标", "三级指标", "年度指标值", "截至监控时点完成值", "全年预计完成值", "偏离度")
    for column, label in enumerate((*titles, "预警", "偏差原因", "纠偏措施")):
        word_cell(table.cell(0, column), label, bold=True, align="centre", size=SMALL)
    annual = document.indicators.annual
    for index, item in enumerate(rows, start=1):
        row = annual[item.index]
        texts = (
            row.level1,
            row.level2,
            row.name,
            row.value,
            row.progress,
            row.forecast,
            "" if item.deviation is None else f"{item.deviation}%",
            ALERT_LABELS[item.alert] if item.alert else "",
            row.cause,
            row.measure,
        )
        for column, text in enumerate(texts):
            word_cell(table.cell(index, column), text, align="left" if column in (2, 9) else "centre", size=SMALL)
    signatures = document.signatures
    word_paragraph(word, "")
    word_paragraph(
        word,
        signature_line(signatures),
    )
    word_paragraph(word, "单位（盖章）", align="right")
    east_asian_fonts(word)
    return word


def write_monitoring_docx(document: Document, path: Path) -> None:
    """Write the 运行监控表 to ``path`` as a Word document, atomically; raise DocumentError on failure."""
    save_word(Path(path), lambda: build_monitoring_docx(document))
