"""The 项目申报书 pages: title, the ruled field table, and the cost breakdown with its total in 大写."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from gridbudget_gui.domain.breakdown import arithmetic_text
from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.money import format_money, money_in_words
from gridbudget_gui.io.pdf.grid import HANG, FormGrid, GridCell, numbered_lines
from gridbudget_gui.io.pdf.style import FRAME_WIDTH, PAD, title
from gridbudget_gui.io.pdf.tables import (
    Cell,
    Command,
    PagedTable,
    TableSpec,
    cell,
    form_table,
    money_cell,
    split_tall_row,
)

LABEL_WIDTH = 27 * mm
SUBLABEL_WIDTH = 30 * mm
VALUE_WIDTH = FRAME_WIDTH - LABEL_WIDTH
COST_WIDTHS = [11 * mm, 42 * mm, 49 * mm, 30 * mm, FRAME_WIDTH - 132 * mm]
COST_HEADER = ["序号", "支出内容", "测算依据", "金额（元）", "备注"]


def declaration_title(document: Document) -> str:
    """The title line, as the real forms start: unit, year and project, e.g. …呈贡分中心2021年全面推进…项目."""
    name = document.project.name.strip()
    year = f"{document.year}年" if document.year else ""
    suffix = "" if name.endswith("项目") else "项目"
    return f"{document.unit.name.strip()}{year}{name}{suffix}"


def _fields_before_unit(document: Document) -> Flowable:
    project = document.project
    grid = FormGrid([LABEL_WIDTH, VALUE_WIDTH])
    grid.add(GridCell(0, 0, "项目名称", "CENTER", label=True), GridCell(1, 1, project.name))
    basis = numbered_lines(project.basis, VALUE_WIDTH - 2 * PAD - HANG)
    grid.add(GridCell(0, 0, "立项依据", "CENTER", label=True), GridCell(1, 1, "", lines=basis))
    return grid.flowable()


def _unit_block(document: Document) -> Flowable:
    """项目实施单位: five short sub-fields under one label (a small table that is never split)."""
    unit = document.unit
    value_width = VALUE_WIDTH - SUBLABEL_WIDTH
    fields = [
        ("单位名称", unit.name),
        ("组织机构代码", unit.code),
        ("地址", unit.address),
        ("联系电话", unit.phone),
        ("法定代表人", unit.legal_representative),
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


def _cost_row(number: int, item: CostItem) -> list[Cell]:
    widths = COST_WIDTHS
    basis = f"共{format_money(item.amount)}元" if item.is_lump_sum else arithmetic_text(item)
    return [
        cell(str(number), widths[0], "CENTER"),
        cell(item.name, widths[1]),
        cell(basis, widths[2]),
        money_cell(format_money(item.amount), widths[3]),
        cell(item.note, widths[4]),
    ]


def cost_table(document: Document) -> PagedTable:
    """The 测算明细 table: one row per cost line, then 合计 in figures and in 大写."""
    widths = COST_WIDTHS
    rows: list[list[Cell]] = []
    for number, item in enumerate(document.cost_items, start=1):
        rows += split_tall_row(_cost_row(number, item), keep_first=frozenset({0, 3}))
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
        keep_with_next={figures_row},
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
        _text_fields(document, closing),
    ]
