"""Export the declaration as a Word document: the 申报书 and the 绩效目标表 in the official layout.

A4, 宋体 set as the East Asian font (w:eastAsia, which Word and WPS read for Chinese; the ASCII font
alone leaves Chinese in the theme's font), ruled tables on a real grid whose columns are as wide as their
figures (io/docx/grid.py: one pass per table, so the export grows with the lines), the cost table's header
on every page and its rows never split, 一级指标 merged per group and kept with its rows, the indicators
in the scheme's order as in the PDF and the workbook, the 大写 beside 合计 and page numbers in the footer.
The page-number field and the East Asian font name have no python-docx API and are set as the
WordprocessingML elements they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from gridbudget_gui.domain.breakdown import typed_arithmetic_text
from gridbudget_gui.domain.document import PERIOD_LABELS, PERIODS, SOURCE_KEYS, CostItem, Document, Indicator
from gridbudget_gui.domain.labels import COST_COLUMNS, INDICATOR_COLUMNS, printed, signature_line
from gridbudget_gui.domain.money import format_money, money_in_words
from gridbudget_gui.domain.schemes import ordered_matrix
from gridbudget_gui.domain.targets import shown_field
from gridbudget_gui.io.docx.grid import (
    TEXT_WIDTH_CM,
    Progress,
    WordCell,
    WordForm,
    WordTable,
    cell_width_cm,
    shared_widths,
    text_width_cm,
)
from gridbudget_gui.io.docx.paper import (
    BODY,
    HEI,
    east_asian_fonts,
    form_document,
    save_word,
    word_paragraph,
)
from gridbudget_gui.io.docx.system import system_tables
from gridbudget_gui.io.xlsx.write import EXTRA_COLUMNS, attribute_text

SOURCE_LABELS = ("总投入", "中央财政", "省级财政", "市本级财政", "县（市）区级财政", "其他")


def build_docx(document: Document, progress: Progress | None = None) -> WordForm:
    """The Word document for ``document``, not yet saved; ``progress`` is told how far the cost table is."""
    form = WordForm(form_document())
    _declaration(form, document, progress)
    form.word.add_page_break()
    _targets(form, document)
    east_asian_fonts(form.word)
    return form


def _declaration(form: WordForm, document: Document, progress: Progress | None) -> None:
    word = form.word
    project, unit = document.project, document.unit
    word_paragraph(word, "项目申报书", size=18, bold=True, align="centre", font=HEI)
    fields = [
        (printed("project.name"), project.name),
        ("年度", str(document.year or "")),
        (printed("project.basis"), "\n".join(project.basis)),
        (printed("unit.name"), unit.name),
        (printed("unit.code"), unit.code),
        (printed("unit.address"), unit.address),
        (printed("unit.phone"), unit.phone),
        (printed("unit.legal_representative"), unit.legal_representative),
        (printed("unit.funding_source"), unit.funding_source),
        (printed("unit.profile"), unit.profile),
        (printed("project.overview"), project.overview),
        (printed("project.content"), project.content),
    ]
    _fields(form, fields)
    word_paragraph(word, "测算明细", size=12, bold=True, align="centre", font=HEI, keep_with_next=True)
    form.add_table(cost_table(document, progress))

    system_tables(word, document)
    _fields(
        form,
        [
            ("资金安排情况", project.funding_arrangement),
            ("项目实施计划", project.schedule),
            ("项目实施成效", project.outcomes),
        ],
    )


def lump_sum_text(item: CostItem) -> str:
    """The 测算依据 cell as the PDF prints it: 158（45×4-22）人×2580元×11个月, or 共80,000.00元 for a lump sum."""
    if item.is_lump_sum:
        return f"共{format_money(item.amount)}元"
    return typed_arithmetic_text(item)


_FIGURE = re.compile(r"[0-9][0-9,.]*[^0-9,.×（）()\s]?")
"""A figure of a 测算依据 and the character after it (its unit's first one): never cut in two."""

COST_KEYS = ("number", "name", "basis", "amount", "note")
PROGRESS_EVERY = 256
"""Cost lines between two reports to ``progress`` (each report may stop the export)."""


def cost_widths(document: Document, bases: Sequence[str]) -> list[float]:
    """序号 and 金额 as wide as their widest figure; 支出内容, 测算依据 and 备注 share the rest by their text,
    测算依据 never narrower than its widest figure with its unit."""
    items = document.written_cost_items
    header = [COST_COLUMNS[key] for key in COST_KEYS]
    number = max(cell_width_cm(header[0], BODY), cell_width_cm(str(len(items)), BODY))
    figures = [format_money(item.amount) for item in items]
    amount = max(
        cell_width_cm(header[3], BODY, bold=True),
        cell_width_cm(format_money(document.cost_total), BODY, bold=True),  # 合计 is bold
        *(cell_width_cm(text, BODY) for text in figures),
    )
    step = len(items) // 2000 + 1  # a sample is enough to share the width
    columns = {
        1: [item.name for item in items[::step]],
        2: list(bases[::step]),
        4: [item.note for item in items[::step]],
    }
    wanted = {column: _wanted_width(texts) for column, texts in columns.items()}
    figure = max((cell_width_cm(found, BODY) for basis in bases for found in _FIGURE.findall(basis)), default=0.0)
    least = {
        1: cell_width_cm("支出内容", BODY),
        2: max(figure, cell_width_cm(header[2], BODY)),
        4: cell_width_cm("按年区财政" if any(item.note for item in items) else "备注", BODY),
    }
    return shared_widths({0: number, 3: amount}, wanted, least, TEXT_WIDTH_CM)


def _wanted_width(texts: list[str]) -> float:
    """How much width a column of ``texts`` asks for: its filled cells' mean width, less when few are filled."""
    filled = [min(text_width_cm(text, BODY), 10.0) for text in texts if text.strip()]
    if not filled:
        return 0.3
    return sum(filled) / len(filled) * max(len(filled) / len(texts), 0.3)


def cost_table(document: Document, progress: Progress | None = None) -> WordTable:
    """The 测算明细 table: a header repeated on every page, one unsplit row per cost line, then 合计 and the
    大写 kept with the last lines."""
    items = document.written_cost_items
    bases = [lump_sum_text(item) for item in items]
    widths = cost_widths(document, bases)
    table = WordTable(widths)
    table.row([WordCell(COST_COLUMNS[key], "centre", bold=True) for key in COST_KEYS], header=True, keep_with_next=True)
    kept_from = len(items) - 2  # the last lines go with 合计: it never stands alone on a page
    for index, (item, basis) in enumerate(zip(items, bases, strict=True), start=1):
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, len(items))
        table.row(
            [
                WordCell(str(index), "centre"),
                WordCell(item.name),
                WordCell(basis),
                WordCell(format_money(item.amount), "right"),
                WordCell(item.note),
            ],
            keep_with_next=index >= kept_from,
        )
    total = document.cost_total
    table.row(
        [
            WordCell("合计", "centre", bold=True),
            WordCell(f"大写：{money_in_words(total)}", span=2),
            WordCell(format_money(total), "right", bold=True),
            WordCell(""),
        ]
    )
    if progress is not None:
        progress(len(items), len(items))
    return table


def _fields(form: WordForm, fields: list[tuple[str, str]]) -> None:
    label = min(max(cell_width_cm(text, BODY, bold=True) for text, _ in fields), 3.4)
    table = WordTable([label, TEXT_WIDTH_CM - label])
    for text, value in fields:
        table.row([WordCell(text, "centre", bold=True), WordCell(value)])
    form.add_table(table)


def _targets(form: WordForm, document: Document) -> None:
    word = form.word
    project = document.project
    word_paragraph(word, "项目绩效目标表", size=18, bold=True, align="centre", font=HEI)
    if document.year is not None:
        word_paragraph(word, f"（{document.year}年度）", size=12, align="centre")
    # Two lines, not one: the reader takes the text after 填报单位（盖章）： as the unit's name.
    word_paragraph(word, f"填报单位（盖章）：{document.unit.name}", size=BODY)
    word_paragraph(word, "金额单位：元", size=BODY, align="right")
    table = WordTable([3.0, 5.0, 3.0, 5.0])
    rows = [
        (printed("project.name"), project.name, None, None),
        (printed("project.department"), project.department, "实施单位", document.unit.name),
        (printed("project.attribute"), attribute_text(project.attribute), printed("project.term"), project.term),
        (
            printed("project.manager.name"),
            project.manager.name,
            printed("project.manager.phone"),
            project.manager.phone,
        ),
        (printed("project.summary"), project.summary, None, None),
        (printed("project.basis_kind"), project.basis_kind, None, None),
    ]
    for label, value, right_label, right in rows:
        if right_label is None:
            table.row([WordCell(label, "centre", bold=True), WordCell(value, span=3)])
        else:
            table.row(
                [
                    WordCell(label, "centre", bold=True),
                    WordCell(value),
                    WordCell(right_label, "centre", bold=True),
                    WordCell(right or ""),
                ]
            )
    form.add_table(table)
    form.add_table(_funding(document))
    goals = WordTable([2.8, 6.6, 6.6])
    goals.row(
        [
            WordCell("总体目标", "centre", bold=True, merge="restart"),
            WordCell("中期目标", "centre", bold=True),
            WordCell("年度目标", "centre", bold=True),
        ],
        keep_with_next=True,
    )
    goals.row([WordCell(merge="continue"), WordCell(document.goals.mid_term), WordCell(document.goals.annual)])
    form.add_table(goals)
    matrices = {period: ordered_matrix(document.indicators.matrix(period), document.scheme) for period in PERIODS}
    extras = {period: indicator_extra_columns(matrix) for period, matrix in matrices.items()}
    wide = any(extras.values())
    if wide:  # the 一体化 system's columns beside the value: the matrices on landscape pages, as in the PDF
        turn_page(word, landscape=True)
    for period, matrix in matrices.items():
        form.add_table(_matrix(period, matrix, extras[period], LANDSCAPE_TEXT_WIDTH_CM if wide else TEXT_WIDTH_CM))
    if wide:
        turn_page(word, landscape=False)
    _fields(
        form,
        [
            (printed("project.safeguards"), project.safeguards),
            (printed("project.budget_notes"), project.budget_notes),
        ],
    )
    signatures = document.signatures
    word_paragraph(
        word,
        signature_line(signatures),
    )
    word_paragraph(word, "单位（盖章）", align="right")


FUNDING_SIZE = 8.0
FUNDING_LABEL_SIZE = 9.0


def _funding(document: Document) -> WordTable:
    """资金来源: 中期 and 年度 by source, each column as wide as its widest figure (blank where nothing comes)."""
    texts: dict[str, list[str]] = {}
    for period in PERIODS:
        amounts = document.funding.row(period)
        for key in ("total", *SOURCE_KEYS):
            amount = amounts.get(key)
            texts.setdefault(key, []).append(format_money(amount) if amount or key == "total" else "")
    label = cell_width_cm("年度资金", FUNDING_LABEL_SIZE, bold=True)
    keys = ("total", *SOURCE_KEYS)
    least = {
        column: max(
            cell_width_cm("县（市）", FUNDING_LABEL_SIZE, bold=True),
            *(cell_width_cm(text, FUNDING_SIZE) for text in texts[key]),
        )
        for column, key in enumerate(keys, start=1)
    }
    widths = shared_widths({0: label}, dict.fromkeys(least, 1.0), least, TEXT_WIDTH_CM)
    table = WordTable(widths)
    table.row(
        [
            WordCell("资金来源（元）", "centre", bold=True, size=FUNDING_LABEL_SIZE),
            *(WordCell(text, "centre", bold=True, size=FUNDING_LABEL_SIZE) for text in SOURCE_LABELS),
        ],
        keep_with_next=True,
    )
    for row, period in enumerate(PERIODS):
        table.row(
            [
                WordCell(f"{PERIOD_LABELS[period]}资金来源", "centre", bold=True, size=FUNDING_LABEL_SIZE),
                *(WordCell(texts[key][row], "right", size=FUNDING_SIZE) for key in keys),
            ],
            keep_with_next=row == 0,
        )
    return table


def indicator_extra_columns(indicators: Sequence[Indicator]) -> list[tuple[str, str]]:
    """The indicator columns beside 指标值 that any of ``indicators`` fills, in the form's order."""
    return [(key, label) for key, label in EXTRA_COLUMNS if any(getattr(i, key) for i in indicators)]


LANDSCAPE_TEXT_WIDTH_CM = 29.7 - 2.5 - 2.2
"""A4 across between the margins of a landscape section (turn_page)."""


def turn_page(word: Any, *, landscape: bool) -> None:
    """Start a new page turned across (landscape) or upright, the margins and the footer kept."""
    section = word.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    if landscape:
        section.left_margin, section.right_margin = Cm(2.5), Cm(2.2)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    else:
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.2)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)


def matrix_widths(
    rows: Sequence[Indicator], extra: Sequence[tuple[str, str]], size: float, width: float = TEXT_WIDTH_CM
) -> list[float]:
    """The period column narrow, 一级 and 二级 as wide as a group name's first four characters, the others
    by their text; every column at least as wide as its heading's longest two characters."""
    keys = ("level1", "level2", "name", "value", *(key for key, _ in extra))
    headings = [INDICATOR_COLUMNS[key] for key in keys]
    period = cell_width_cm("年度", size)
    wanted: dict[int, float] = {}
    least: dict[int, float] = {}
    for column, (key, heading) in enumerate(zip(keys, headings, strict=True), start=1):
        texts = [shown_field(row, key) for row in rows] or [""]
        wanted[column] = max(sum(min(text_width_cm(text, size), 8.0) for text in texts) / len(texts), 0.8)
        least[column] = cell_width_cm("一级指标" if key in ("level1", "level2") else heading[:2], size, bold=True)
        if key == "value":
            least[column] = max(least[column], *(cell_width_cm(text, size) for text in texts if len(text) <= 8))
        if key == "name":
            least[column] = max(least[column], cell_width_cm("五进网格社区", size))
    return shared_widths({0: period}, wanted, least, width)


WHOLE_MATRIX_ROWS = 30
"""A matrix of up to this many rows is kept on one page (its header and 一级 with it); a longer one by group."""


def _matrix(period: str, indicators: list[Indicator], extra: list[tuple[str, str]], width: float) -> WordTable:
    """One indicator matrix in the scheme's order: 一级指标 merged per group and kept with its rows on one page
    (a short matrix kept whole: no group starts a page without the matrix's header and period)."""
    rows = indicators or [Indicator()]
    size = 9 if extra else 10.5
    table = WordTable(matrix_widths(rows, extra, size, width))
    headings = (*(INDICATOR_COLUMNS[key] for key in ("level1", "level2", "name", "value")), *(lbl for _, lbl in extra))
    table.row(
        [
            WordCell(f"{PERIOD_LABELS[period]}绩效指标", "centre", bold=True, size=size, merge="restart"),
            *(WordCell(label, "centre", bold=True, size=size) for label in headings),
        ],
        keep_with_next=True,
    )
    whole = len(rows) <= WHOLE_MATRIX_ROWS
    for index, indicator in enumerate(rows):
        first = index == 0 or not indicator.level1 or rows[index - 1].level1 != indicator.level1
        last = index == len(rows) - 1 or not indicator.level1 or rows[index + 1].level1 != indicator.level1
        table.row(
            [
                WordCell(merge="continue"),
                WordCell(indicator.level1, "centre", size=size, merge="restart" if first else "continue"),
                WordCell(indicator.level2, "centre", size=size),
                WordCell(indicator.name, size=size),
                WordCell(indicator.value, "centre", size=size),
                # 计算符号/计量单位 as the window shows them, on every row
                *(WordCell(shown_field(indicator, key), size=size) for key, _ in extra),
            ],
            keep_with_next=not last or (whole and index < len(rows) - 1),
        )
    return table


def write_docx(document: Document, path: Path, progress: Progress | None = None) -> None:
    """Save ``document`` as a Word document at ``path``, atomically; raise DocumentError on failure.

    ``progress`` is told (lines done, lines in all) while the cost table is built; an exception it raises
    stops the export before anything is written."""
    save_word(Path(path), lambda: build_docx(document, progress))
