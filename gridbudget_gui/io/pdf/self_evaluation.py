"""The year-end 项目支出绩效自评表 as an A4 PDF: money block, goals, the 年度 indicators with scores, 总分, signatures.

The layout follows a real 自评表 (docs/form.md "The year after"); every figure is the domain's (``domain.scoring``), so
the PDF, the window and ``gridbudget evaluate`` print the same scores.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.labels import SELF_EVALUATION_MONEY_HEADER, year_line
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.scoring import Evaluation, evaluate, grouped, score_text, two_places
from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, FRAME_WIDTH, PAD, build_pdf, paragraph, title
from gridbudget_gui.io.pdf.tables import Cell, Command, balanced_widths, cell, form_table, merged_table, run_ids
from gridbudget_gui.io.pdf.targets import signature_block
from gridbudget_gui.io.pdf.write import save_rendered

TITLE = "项目支出绩效自评表"
_MONEY_SHARES = (0.17, 0.16, 0.16, 0.16, 0.09, 0.12, 0.14)
MONEY_WIDTHS = [FRAME_WIDTH * share for share in _MONEY_SHARES]
INDICATOR_HEADER = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度\n指标值",
    "实际\n完成值",
    "分值",
    "得分",
    "偏差原因\n分析及\n改进措施",
)
_LEVEL_CHARACTERS = (5, 6)
"""一级 and 二级 columns as wide as their longest label up to this many characters (满意度指标, 社会效益指标), so a
label is never broken inside a word (数量指|标); a longer one wraps."""


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
    score = "" if execution.score is None else two_places(execution.score)
    rows: list[list[Cell]] = [
        list(SELF_EVALUATION_MONEY_HEADER),
        [
            "年度资金总额",
            _money(document.funding.annual.total),
            _money(execution.budget),
            _money(execution.spent),
            two_places(execution.weight),
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


def _fitted(texts: list[str], characters: int | None = None) -> float:
    """A column as wide as its widest text (up to ``characters`` characters of body text), with its padding."""
    widest = max((stringWidth(text, FONT, BODY_SIZE) for text in texts), default=0.0)
    return (widest if characters is None else min(widest, characters * BODY_SIZE)) + 2 * PAD + 1


def indicator_widths(texts: list[list[str]]) -> list[float]:
    """The eight columns' widths from their texts (header first): 一级 and 二级 fitted to their labels, 分值 and
    得分 to their figures, the four texts sharing the rest by content."""
    fixed = {index: _fitted(texts[index], characters) for index, characters in enumerate(_LEVEL_CHARACTERS)}
    for index in (5, 6):
        fixed[index] = _fitted(texts[index])
    return balanced_widths(texts, fixed, FRAME_WIDTH)


def _indicators(document: Document, evaluation: Evaluation) -> Flowable:
    annual = document.indicators.annual
    items = grouped(evaluation, annual)
    body: list[tuple[str, ...]] = []
    for item in items:
        row = annual[item.row]
        weight = row.weight if item.problem == "weight" else two_places(item.weight)
        body.append((row.level1, row.level2, row.name, row.value, row.actual, weight, score_text(item), row.deviation))
    total_label = f"等级：{evaluation.grade_text}"
    note = evaluation.incomplete_note or (evaluation.reason if evaluation.total is None else "")
    texts = [[header, *(values[column] for values in body)] for column, header in enumerate(INDICATOR_HEADER)]
    texts[6].append(evaluation.total_text)
    texts[7].append(total_label)
    widths = indicator_widths(texts)
    header: list[Cell] = [cell(text, width, "CENTER") for text, width in zip(INDICATOR_HEADER, widths, strict=True)]
    rows: list[list[Cell]] = [
        [
            cell(text, width, "CENTER" if column in (0, 1, 3, 4) else "LEFT")
            for column, (text, width) in enumerate(zip(values, widths, strict=True))
        ]
        for values in body
    ]
    rows.append(
        [
            cell("总分" + (f"（{note}）" if note else ""), sum(widths[:5]), "CENTER"),
            "",
            "",
            "",
            "",
            two_places(evaluation.weights_total),
            evaluation.total_text,
            cell(total_label, widths[7], "CENTER"),
        ]
    )
    last = len(rows) - 1
    runs = {0: [*run_ids([values[0] for values in body]), -1]}

    def styled(start: int, stop: int, offset: int) -> list[Command]:
        commands: list[Command] = [
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, offset), (1, -1), "CENTER"),
            ("VALIGN", (0, offset), (1, -1), "MIDDLE"),
            ("ALIGN", (3, offset), (4, -1), "CENTER"),
            ("ALIGN", (5, offset), (6, -1), "RIGHT"),
        ]
        if stop > last:  # 总分 across the first five columns
            at = offset + last - start
            commands += [("SPAN", (0, at), (4, at)), ("ALIGN", (0, at), (4, at), "CENTER")]
        return commands

    # Paged row by row: a group longer than a page carries its 一级 cell onto the next (a ReportLab span
    # cannot be split across pages).
    return merged_table(widths, [header], rows, runs, styled)


def self_evaluation_story(document: Document) -> list[Flowable]:
    """The flowables of the 自评表."""
    evaluation = evaluate(document)
    year = year_line(document.year)
    return [
        title(TITLE),
        paragraph(year, "year"),
        Spacer(1, 4 * mm),
        _header(document),
        _money_block(document, evaluation),
        _goals(document),
        _indicators(document, evaluation),
        Spacer(1, 4 * mm),
        KeepTogether([signature_block(document, seal_height=40 * mm, date=document.execution.date)]),
    ]


def render_self_evaluation_pdf(document: Document) -> bytes:
    """The 自评表 as PDF bytes."""
    return build_pdf(self_evaluation_story(document), f"{document.project.name} {TITLE}", document.signatures.preparer)


def write_self_evaluation_pdf(document: Document, path: Path) -> None:
    """Write the 自评表 to ``path`` as PDF, atomically; raise DocumentError on failure."""
    save_rendered(Path(path), lambda: render_self_evaluation_pdf(document))
