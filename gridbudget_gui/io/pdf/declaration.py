"""The 项目申报书 pages: title, the ruled field table, and the cost breakdown with its total in 大写."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from gridbudget_gui.domain.breakdown import typed_arithmetic_text
from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.labels import COST_COLUMNS, printed
from gridbudget_gui.domain.money import format_money, money_in_words
from gridbudget_gui.io.pdf.grid import HANG, FormGrid, GridCell, numbered_lines
from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, FRAME_WIDTH, PAD, title
from gridbudget_gui.io.pdf.system import system_tables
from gridbudget_gui.io.pdf.tables import (
    Cell,
    Command,
    PagedTable,
    TableSpec,
    balanced_widths,
    cell,
    form_table,
    money_cell,
    split_tall_row,
)

LABEL_WIDTH = 27 * mm
SUBLABEL_WIDTH = 30 * mm
VALUE_WIDTH = FRAME_WIDTH - LABEL_WIDTH
COST_HEADER = [COST_COLUMNS[key] for key in ("number", "name", "basis", "amount", "note")]


def declaration_title(document: Document) -> str:
    """The title line, as the real forms start: unit, year and project, e.g. …呈贡分中心2021年全面推进…项目."""
    name = document.project.name.strip()
    year = f"{document.year}年" if document.year else ""
    suffix = "" if name.endswith("项目") else "项目"
    return f"{document.unit.name.strip()}{year}{name}{suffix}"


def _fields_before_unit(document: Document) -> Flowable:
    project = document.project
    grid = FormGrid([LABEL_WIDTH, VALUE_WIDTH])
    grid.add(GridCell(0, 0, printed("project.name"), "CENTER", label=True), GridCell(1, 1, project.name))
    basis = numbered_lines(project.basis, VALUE_WIDTH - 2 * PAD - HANG)
    grid.add(GridCell(0, 0, printed("project.basis"), "CENTER", label=True), GridCell(1, 1, "", lines=basis))
    return grid.flowable()


def _unit_block(document: Document) -> Flowable:
    """项目实施单位: five short sub-fields under one label (a small table that is never split)."""
    unit = document.unit
    value_width = VALUE_WIDTH - SUBLABEL_WIDTH
    fields = [
        (printed("unit.name"), unit.name),
        (printed("unit.code"), unit.code),
        (printed("unit.address"), unit.address),
        (printed("unit.phone"), unit.phone),
        (printed("unit.legal_representative"), unit.legal_representative),
    ]
    rows: list[list[Cell]] = [
        ["项目实施单位" if index == 0 else "", sublabel, cell(value, value_width)]
        for index, (sublabel, value) in enumerate(fields)
    ]
    commands: list[Command] = [
        ("SPAN", (0, 0), (0, -1)),
        ("ALIGN", (0, 0), (1, -1), "CENTER"),
    ]
    return form_table(rows, [LABEL_WIDTH, SUBLABEL_WIDTH, value_width], commands, split_in_row=False)


def _text_fields(document: Document, fields: list[tuple[str, str]]) -> Flowable:
    grid = FormGrid([LABEL_WIDTH, VALUE_WIDTH])
    for label, text in fields:
        grid.add(GridCell(0, 0, label, "CENTER", label=True), GridCell(1, 1, text))
    return grid.flowable()


def basis_text(item: CostItem) -> str:
    """The 测算依据 cell: 158（45×4-22）人×2580元×11个月, or 共80,000.00元 for a lump sum."""
    if item.is_lump_sum:
        return f"共{format_money(item.amount)}元"
    return typed_arithmetic_text(item)


def cost_widths(document: Document, bases: list[str] | None = None) -> list[float]:
    """The cost table's columns: 序号 and 金额 as wide as their longest figure, the texts balanced by content
    (``bases``: each written line's 测算依据, when the caller has them already)."""
    items = document.written_cost_items
    if bases is None:
        bases = [basis_text(item) for item in items]
    figures = [format_money(document.cost_total), *(format_money(item.amount) for item in items)]
    number_width = max(11 * mm, stringWidth(str(len(items)), FONT, BODY_SIZE) + 2 * PAD + 2)
    amount_width = max(24 * mm, max(stringWidth(text, FONT, BODY_SIZE) for text in figures) + 2 * PAD + 2)
    columns = [
        [COST_HEADER[0]],
        [COST_HEADER[1], *(item.name for item in items)],
        [COST_HEADER[2], *bases],
        [COST_HEADER[3]],
        [COST_HEADER[4], *(item.note for item in items)],
    ]
    for column in (0, 3):
        columns[column] = columns[column] + [""] * len(items)
    # 合计（大写） spans 金额 and 备注 and reads best on one line.
    words = stringWidth(f"人民币{money_in_words(document.cost_total)}", FONT, BODY_SIZE) + 2 * PAD + 2
    # A figure of the 测算依据 with its unit (共80,000.00元) is never cut in two.
    figure = max(
        (stringWidth(found, FONT, BODY_SIZE) for basis in bases for found in _FIGURE.findall(basis)), default=0
    )
    least = {4: words - amount_width, 2: min(figure + BODY_SIZE + 2 * PAD + 0.5 * BODY_SIZE, FRAME_WIDTH / 4)}
    return balanced_widths(columns, {0: number_width, 3: amount_width}, FRAME_WIDTH, least)


_FIGURE = re.compile(r"[0-9][0-9,.]*[^0-9,.×（）()\s]?")
"""A figure of a 测算依据 and the character after it (its unit's first one)."""


def _cost_row(number: int, item: CostItem, basis: str, widths: list[float]) -> list[Cell]:
    return [
        cell(str(number), widths[0], "CENTER"),
        cell(item.name, widths[1]),
        cell(basis, widths[2]),
        money_cell(format_money(item.amount), widths[3]),
        cell(item.note, widths[4]),
    ]


def cost_table(document: Document) -> PagedTable:
    """The 测算明细 table: one row per cost line, then 合计 in figures and in 大写."""
    items = document.written_cost_items
    bases = [basis_text(item) for item in items]
    widths = cost_widths(document, bases)
    rows: list[list[Cell]] = []
    keep_first = frozenset({0, 3})
    for number, (item, basis) in enumerate(zip(items, bases, strict=True), start=1):
        rows += split_tall_row(_cost_row(number, item, basis, widths), keep_first=keep_first)
    total = document.cost_total
    figures_row = len(rows)
    rows.append(["合计（小写）", "", "", money_cell(format_money(total), widths[3]), ""])
    words_width = widths[3] + widths[4]
    rows.append(["合计（大写）", "", "", cell(f"人民币{money_in_words(total)}", words_width), ""])
    header = [[cell(text, width, "CENTER") for text, width in zip(COST_HEADER, widths, strict=True)]]

    def commands(start: int, stop: int, offset: int) -> list[Command]:
        result: list[Command] = [
            ("ALIGN", (0, 0), (-1, offset - 1), "CENTER"),
            ("ALIGN", (0, offset), (0, -1), "CENTER"),
            ("ALIGN", (3, offset), (3, -1), "RIGHT"),
        ]
        for row, first_col, last_col in ((figures_row, 0, 2), (figures_row + 1, 0, 2), (figures_row + 1, 3, 4)):
            if start <= row < stop:
                at = offset + row - start
                result.append(("SPAN", (first_col, at), (last_col, at)))
        if start <= figures_row + 1 < stop:
            at = offset + figures_row + 1 - start
            result.append(("ALIGN", (3, at), (3, at), "LEFT"))
        return result

    spec = TableSpec(
        widths=widths,
        rows=rows,
        header=lambda start: header,
        commands=commands,
        # 合计 never under a bare header: it keeps the last three lines with it; nor the header over one line.
        keep_with_next={0, *range(max(figures_row - 3, 0), figures_row + 1)},
    )
    spec.measure()
    return PagedTable(spec)


def declaration_story(document: Document) -> list[Flowable]:
    """The flowables of the 项目申报书 part."""
    project, unit = document.project, document.unit
    content = f"{project.content.strip()}\n测算明细如下：" if project.content.strip() else "测算明细如下："
    middle = [
        ("经费来源", unit.funding_source),
        ("单位概况", unit.profile),
        ("项目基本概况", project.overview),
        ("项目实施内容", content),
    ]
    closing = [
        ("资金安排情况", project.funding_arrangement),
        ("项目实施计划", project.schedule),
        ("项目实施成效", project.outcomes),
    ]
    return [
        title(declaration_title(document)),
        Spacer(1, 2 * mm),
        title("项目申报书", "subtitle"),
        Spacer(1, 6 * mm),
        _fields_before_unit(document),
        _unit_block(document),
        _text_fields(document, middle),
        cost_table(document),
        *system_tables(document),
        _text_fields(document, closing),
    ]
