"""The year-end 项目支出绩效自评表 as a Word document, in the PDF's and the workbook's layout.

The conventions are the declaration's (io/docx/write.py): A4, 宋体 as the East Asian font, bordered tables,
一级指标 merged per group, page numbers in the footer. Every figure is ``domain.scoring``'s, so the document,
the window and ``gridbudget evaluate`` print the same scores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.enum.table import WD_ALIGN_VERTICAL

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.labels import (
    SELF_EVALUATION_INDICATOR_HEADER,
    SELF_EVALUATION_MONEY_HEADER,
    signature_line,
    year_line,
)
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.scoring import Evaluation, evaluate, grouped, score_text, two_places
from gridbudget_gui.io.docx.paper import (
    HEI,
    east_asian_fonts,
    form_document,
    save_word,
    word_cell,
    word_paragraph,
    word_table,
)

TITLE = "项目支出绩效自评表"
INDICATOR_WIDTHS = [2.0, 2.3, 2.4, 1.8, 1.7, 1.5, 1.5, 2.8]
"""一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 in cm: 16 cm between the margins; 一级 holds
满意度指标 and 二级 社会效益指标 on one line at 9 pt (no 数量指|标), 分值 and 得分 hold 100.00 and 待打分
(LibreOffice printed 1.2 cm as 10.0|0)."""
SMALL = 9.0


def _money(value: object) -> str:
    return "" if value is None else format_money(value)  # type: ignore[arg-type]


def build_self_evaluation_docx(document: Document) -> Any:
    """The 自评表 as a python-docx document, not yet saved."""
    evaluation = evaluate(document)
    word = form_document()
    word_paragraph(word, TITLE, size=18, bold=True, align="centre", font=HEI)
    word_paragraph(word, year_line(document.year), size=12, align="centre")
    word_paragraph(word, "金额单位：元", align="right")
    _header(word, document)
    _money_block(word, document, evaluation)
    _goals(word, document)
    _indicators(word, document, evaluation)
    signatures = document.signatures
    word_paragraph(word, "")
    word_paragraph(
        word,
        signature_line(signatures, document.execution.date),  # the 自评表's own date
    )
    word_paragraph(word, "单位（盖章）", align="right")
    east_asian_fonts(word)
    return word


def _header(word: Any, document: Document) -> None:
    table = word_table(word, 2, [3.0, 5.0, 3.0, 5.0])
    word_cell(table.cell(0, 0), "项目名称", bold=True, align="centre")
    word_cell(table.cell(0, 1).merge(table.cell(0, 3)), document.project.name)
    word_cell(table.cell(1, 0), "主管部门", bold=True, align="centre")
    word_cell(table.cell(1, 1), document.project.department)
    word_cell(table.cell(1, 2), "实施单位", bold=True, align="centre")
    word_cell(table.cell(1, 3), document.unit.name)


def _money_block(word: Any, document: Document, evaluation: Evaluation) -> None:
    execution = evaluation.execution
    table = word_table(word, 2, [2.6, 2.7, 2.7, 2.7, 1.2, 1.8, 2.3])
    for column, label in enumerate(SELF_EVALUATION_MONEY_HEADER):
        word_cell(table.cell(0, column), label, bold=True, align="centre", size=SMALL)
    rate = "" if execution.rate is None else f"{execution.rate * 100:.2f}%"
    values = (
        _money(document.funding.annual.total or None),
        _money(execution.budget),
        _money(execution.spent),
        two_places(execution.weight),
        rate,
        "" if execution.score is None else two_places(execution.score),
    )
    word_cell(table.cell(1, 0), "年度资金总额", bold=True, align="centre", size=SMALL)
    for column, value in enumerate(values, start=1):
        word_cell(table.cell(1, column), value, align="right", size=8)


def _goals(word: Any, document: Document) -> None:
    table = word_table(word, 2, [2.8, 6.6, 6.6])
    label = table.cell(0, 0).merge(table.cell(1, 0))
    word_cell(label, "年度总体目标", bold=True, align="centre")
    label.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    word_cell(table.cell(0, 1), "预期目标", bold=True, align="centre")
    word_cell(table.cell(0, 2), "实际完成情况", bold=True, align="centre")
    word_cell(table.cell(1, 1), document.goals.annual)
    word_cell(table.cell(1, 2), "")


def _indicators(word: Any, document: Document, evaluation: Evaluation) -> None:
    """The 年度 indicators with scores, one merged 一级指标 cell per group, then 总分 and the grade."""
    annual = document.indicators.annual
    items = grouped(evaluation, annual)
    table = word_table(word, len(items) + 2, INDICATOR_WIDTHS)
    for column, label in enumerate(SELF_EVALUATION_INDICATOR_HEADER):
        word_cell(table.cell(0, column), label, bold=True, align="centre", size=SMALL)
    start = 0
    for index, item in enumerate(items, start=1):
        row = annual[item.row]
        score = score_text(item)
        weight = two_places(item.weight) if item.problem != "weight" else row.weight
        for column, (text, align) in enumerate(
            (
                (row.level2, "centre"),
                (row.name, "left"),
                (row.value, "centre"),
                (row.actual, "centre"),
                (weight, "right"),
                (score, "right"),
                (row.deviation, "left"),
            ),
            start=1,
        ):
            word_cell(table.cell(index, column), text, align=align, size=SMALL)
        level1 = row.level1.strip()
        following = annual[items[index].row].level1.strip() if index < len(items) else None
        if start == 0:
            start = index
        if not level1 or following != level1:
            cell = table.cell(start, 0) if start == index else table.cell(start, 0).merge(table.cell(index, 0))
            word_cell(cell, level1, align="centre", size=SMALL)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            start = 0
    last = len(items) + 1
    note = evaluation.incomplete_note or (evaluation.reason if evaluation.total is None else "")
    label = "总分" + (f"（{note}）" if note else "")
    word_cell(table.cell(last, 0).merge(table.cell(last, 4)), label, bold=True, align="centre", size=SMALL)
    word_cell(table.cell(last, 5), two_places(evaluation.weights_total), align="right", size=SMALL)
    word_cell(table.cell(last, 6), evaluation.total_text, bold=True, align="right", size=SMALL)
    word_cell(table.cell(last, 7), f"等级：{evaluation.grade_text}", bold=True, align="centre", size=SMALL)


def write_self_evaluation_docx(document: Document, path: Path) -> None:
    """Write the 自评表 to ``path`` as a Word document, atomically; raise DocumentError on failure."""
    save_word(Path(path), lambda: build_self_evaluation_docx(document))
