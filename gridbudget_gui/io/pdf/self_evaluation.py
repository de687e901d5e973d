"""The year-end 项目支出绩效自评表 as an A4 PDF: money block, goals, the 年度 indicators with scores, 总分, signatures.

The layout follows a real 自评表 (FORM.md "The year after"); every figure is the domain's (``domain.scoring``), so
the PDF, the window and ``gridbudget evaluate`` print the same scores.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.labels import SELF_EVALUATION_INDICATOR_HEADER, SELF_EVALUATION_MONEY_HEADER
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.scoring import Evaluation, evaluate, plain
from gridbudget_gui.io.pdf.style import FRAME_WIDTH, build_pdf, paragraph, title
from gridbudget_gui.io.pdf.tables import BASE_COMMANDS, Cell, Command, cell, form_table
from gridbudget_gui.io.pdf.targets import signature_block
from gridbudget_gui.io.pdf.write import save_rendered

TITLE = "项目支出绩效自评表"
_INDICATOR_SHARES = (0.09, 0.1, 0.16, 0.12, 0.12, 0.07, 0.09, 0.25)
INDICATOR_WIDTHS = [FRAME_WIDTH * share for share in _INDICATOR_SHARES]
_MONEY_SHARES = (0.19, 0.15, 0.15, 0.15, 0.09, 0.13, 0.14)
MONEY_WIDTHS = [FRAME_WIDTH * share for share in _MONEY_SHARES]


def _money(value: object) -> str:
    return "" if value is None else format_money(value)  # type: ignore[arg-type]


def _header(document: Document) -> Flowable:
    widths = [FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.8]
    rows: list[list[Cell]] = [
        ["项目名称", cell(document.project.name, widths[1])],
        ["主管部门", cell(document.project.department, widths[1])],
        ["实施单位", cell(document.unit.name, widths[1])],
    ]
    return form_table(rows, widths)


def _money_block(document: Document, evaluation: Evaluation) -> Flowable:
    execution = evaluation.execution
    rate = "" if execution.rate is None else f"{execution.rate * 100:.2f}%"
    score = "" if execution.score is None else str(execution.score)
    rows: list[list[Cell]] = [
        list(SELF_EVALUATION_MONEY_HEADER),
        [
            "年度资金总额",
            _money(document.funding.annual.total),
            _money(execution.budget),
            _money(execution.spent),
            plain(execution.weight),
            rate,
            score,
        ],
    ]
    commands: list[Command] = [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    return form_table(rows, MONEY_WIDTHS, commands)


def _goals(document: Document) -> Flowable:
    widths = [FRAME_WIDTH * 0.14, FRAME_WIDTH * 0.43, FRAME_WIDTH * 0.43]
    rows: list[list[Cell]] = [
        [cell("年度总体目标", widths[0]), "预期目标", "实际完成情况"],
        ["", cell(document.goals.annual, widths[1]), ""],
    ]
    commands: list[Command] = [("SPAN", (0, 0), (0, 1)), ("VALIGN", (0, 0), (0, 1), "MIDDLE")]
    return form_table(rows, widths, commands)


def _indicators(document: Document, evaluation: Evaluation) -> Flowable:
    widths = INDICATOR_WIDTHS
    *short, deviation = SELF_EVALUATION_INDICATOR_HEADER
    header: list[Cell] = [*short, cell(deviation, widths[7])]
    rows: list[list[Cell]] = [header]
    annual = document.indicators.annual
    for item in evaluation.indicators:
        row = annual[item.row]
        score = "" if item.score is None else str(item.score)
        values = (row.level1, row.level2, row.name, row.value, row.actual, plain(item.weight), score, row.deviation)
        rows.append([cell(text, width) for text, width in zip(values, widths, strict=True)])
    rows.append(
        ["总分", "", "", "", "", plain(evaluation.weights_total), str(evaluation.total), f"等级：{evaluation.grade}"]
    )
    last = len(rows) - 1
    table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
    commands: list[Command] = [
        *BASE_COMMANDS,
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (5, 1), (6, -1), "RIGHT"),
        ("SPAN", (0, last), (4, last)),
        ("ALIGN", (0, last), (4, last), "CENTER"),
    ]
    table.setStyle(TableStyle(commands))
    return table


def self_evaluation_story(document: Document) -> list[Flowable]:
    """The flowables of the 自评表."""
    evaluation = evaluate(document)
    year = f"（{document.year}年度）" if document.year else "（　　年度）"
    return [
        title(TITLE),
        paragraph(year, "year"),
        Spacer(1, 4 * mm),
        _header(document),
        _money_block(document, evaluation),
        _goals(document),
        _indicators(document, evaluation),
        Spacer(1, 4 * mm),
        KeepTogether([signature_block(document, seal_height=40 * mm)]),
    ]


def render_self_evaluation_pdf(document: Document) -> bytes:
    """The 自评表 as PDF bytes."""
    return build_pdf(self_evaluation_story(document), f"{document.project.name} {TITLE}", document.signatures.preparer)


def write_self_evaluation_pdf(document: Document, path: Path) -> None:
    """Write the 自评表 to ``path`` as PDF, atomically; raise DocumentError on failure."""
    save_rendered(Path(path), lambda: render_self_evaluation_pdf(document))
