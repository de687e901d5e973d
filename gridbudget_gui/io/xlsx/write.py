"""Save a declaration as a printable, living workbook: two form sheets with live formulas and drop-downs."""

from __future__ import annotations

import io
from copy import copy
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Border
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from gridbudget_gui import __version__
from gridbudget_gui.domain.breakdown import breakdown_text
from gridbudget_gui.domain.dates import to_chinese
from gridbudget_gui.domain.document import (
    ATTRIBUTES,
    PERIOD_LABELS,
    PERIODS,
    SOURCE_KEYS,
    TERMS,
    CostItem,
    Document,
    Indicator,
)
from gridbudget_gui.domain.messages import describe_place
from gridbudget_gui.domain.money import money_in_words
from gridbudget_gui.domain.rules.length import CELL_LIMIT, cell_length, first_overlong
from gridbudget_gui.domain.schemes import UnknownSchemeError, get_scheme, ordered_matrix
from gridbudget_gui.io.atomic import atomic_write
from gridbudget_gui.io.cells import formula_value
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.fastwrite import save_fast

FACTOR_WORDS = "一二三四五六七八九十"


def factor_columns(document: Document) -> int:
    """How many factor (value, unit) column pairs the cost table needs: the longest line, at least one."""
    return max([1, *(len(item.factors) for item in document.cost_items)])


def number_format(value: Decimal) -> str:
    """A display format that shows ``value`` with the places it was typed with (4500.00 stays 4500.00)."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


class _SheetWriter:
    """Small helpers over one worksheet: styled text, numbers, merges and anchors."""

    def __init__(self, workbook: Workbook, sheet: Worksheet, widths: list[float]) -> None:
        self.workbook = workbook
        self.sheet = sheet
        self.widths = widths
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        self.last = len(widths)
        self._styles: dict[tuple[str, str], StyleArray] = {}

    def style(self, cell: Cell, kind: str, fmt: str = "General") -> None:
        """Give ``cell`` one of our few styles; copying a cached style array is ~50× faster than
        assigning font, border and alignment, which openpyxl hashes on every assignment."""
        key = (kind, fmt)
        cached = self._styles.get(key)
        if cached is not None:
            cell._style = StyleArray(cached)  # what copy() does, without the copy module's dispatch
            return
        cell.font = lay.LABEL_FONT if kind in ("label", "label-number") else lay.BODY_FONT
        cell.alignment = {
            "centre": lay.CENTRE,
            "label": lay.CENTRE,
            "number": lay.RIGHT,
            "label-number": lay.RIGHT,
        }.get(kind, lay.WRAP_LEFT)
        cell.border = lay.BORDER
        cell.number_format = fmt
        self._styles[key] = copy(cell._style)

    def cell(self, row: int, column: int) -> Cell:
        """The cell at (row, column), made when new: ``Worksheet.cell`` without its checks, which cost
        a tenth of a 10,000-line save (our rows and columns are always in range)."""
        sheet = self.sheet
        cell: Cell | None = sheet._cells.get((row, column))
        if cell is None:
            cell = sheet._cells[(row, column)] = Cell(sheet, row=row, column=column)
            sheet._current_row = max(sheet._current_row, row)  # as Worksheet._add_cell keeps it, for append()
        return cell

    def width(self, first: int, last: int) -> float:
        """The width of columns first..last together."""
        return sum(self.widths[first - 1 : last])

    def text(self, row: int, column: int, text: str, *, bold: bool = False, align: str = "left") -> Cell:
        """Put user or label text in a cell; text that starts with = stays text, never a formula."""
        text = lay.clean_text(text)
        kind = "label" if bold else "centre" if align == "centre" else "text"
        style = self._styles.get((kind, "General"))
        if style is not None and (row, column) not in self.sheet._cells:
            cell = self._new_cell(row, column, style)
            if text:
                cell._value, cell.data_type = cell.check_string(text), "s"  # what cell.value = text checks
            return cell
        cell = self.cell(row, column)
        if text:
            cell.value = text
            cell.data_type = "s"
        self.style(cell, kind)
        return cell

    def number(self, row: int, column: int, value: Decimal | str | None, fmt: str = lay.MONEY_FORMAT) -> Cell:
        """Put a number or a formula in a cell, right-aligned in ``fmt``."""
        style = self._styles.get(("number", fmt))
        if style is not None and (row, column) not in self.sheet._cells:
            cell = self._new_cell(row, column, style)
        else:
            cell = self.cell(row, column)
            self.style(cell, "number", fmt)
        cell.value = value
        return cell

    def _new_cell(self, row: int, column: int, style: StyleArray) -> Cell:
        """A new empty cell with a copy of a cached style, its slots set directly: ``Cell()`` builds a
        default style first and the style is then replaced; the cost table makes 100,000 of these."""
        cell: Cell = Cell.__new__(Cell)
        cell.parent, cell._style = self.sheet, StyleArray(style)
        cell.row, cell.column, cell._value, cell.data_type = row, column, None, "n"
        cell._hyperlink = cell._comment = None
        self.sheet._cells[(row, column)] = cell
        self.sheet._current_row = max(self.sheet._current_row, row)
        return cell

    def box(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Merge a block; every covered cell takes the anchor's style, so the block's borders are drawn.

        Not ``Worksheet.merge_cells``: it scans every earlier merge for overlap and re-formats the edge
        borders cell by cell, which made 2,000 indicator rows take ~28 s. Our blocks never overlap.
        """
        if (first_row, first_col) == (last_row, last_col):
            return
        sheet = self.sheet
        anchor = sheet.cell(row=first_row, column=first_col)
        block = MergedCellRange(sheet, f"{anchor.coordinate}:{get_column_letter(last_col)}{last_row}")
        sheet.merged_cells.ranges.add(block)
        for row in range(first_row, last_row + 1):
            for column in range(first_col, last_col + 1):
                if (row, column) != (first_row, first_col):
                    covered = MergedCell(sheet, row, column)
                    covered._style = StyleArray(anchor._style)
                    sheet._cells[row, column] = covered

    def anchor(
        self, key: str, first_row: int, first_col: int, last_row: int | None = None, last_col: int | None = None
    ) -> None:
        """Name a cell or block so the reader finds it again after rows were inserted elsewhere."""
        ref = f"{quote_sheetname(self.sheet.title)}!${get_column_letter(first_col)}${first_row}"
        if last_row is not None and last_col is not None:
            ref += f":${get_column_letter(last_col)}${last_row}"
        name = lay.name_for(key)
        self.workbook.defined_names[name] = DefinedName(name, attr_text=ref)

    def field(self, row: int, label: str, key: str, value: str) -> int:
        """A label (first two columns) and its value across the rest of the row; returns the next row."""
        self.text(row, 1, label, bold=True, align="centre")
        self.box(row, 1, row, 2)
        self.text(row, 3, value)
        self.box(row, 3, row, self.last)
        self.anchor(key, row, 3)
        self.sheet.row_dimensions[row].height = lay.row_height([(value, self.width(3, self.last))])
        return row + 1

    def title(self, row: int, text: str, size_font: bool = True) -> int:
        """A centred title across the sheet; returns the next row."""
        cell = self.sheet.cell(row=row, column=1, value=text)
        cell.font = lay.TITLE_FONT if size_font else lay.LABEL_FONT
        cell.alignment = lay.CENTRE
        self.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.last)
        self.sheet.row_dimensions[row].height = 30 if size_font else 20
        return row + 1

    def print_setup(self, last_row: int, title_rows: str | None) -> None:
        """A4 portrait, one page wide, page numbers in the footer, a print area and repeated header rows."""
        sheet = self.sheet
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = sheet.ORIENTATION_PORTRAIT
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        sheet.page_margins.top = sheet.page_margins.bottom = 0.75
        sheet.oddFooter.center.text = lay.FOOTER
        sheet.print_area = f"A1:{get_column_letter(self.last)}{last_row}"
        if title_rows:
            sheet.print_title_rows = title_rows
        sheet.sheet_view.showGridLines = False


def fit_in_cell(text: str, what: str) -> str:
    """Generated text cut at a line end to fit one cell, saying so, rather than cut mid-line by openpyxl;
    its last line (the total, for the breakdown) is kept."""
    if cell_length(text) <= CELL_LIMIT:
        return text
    *lines, last = text.split("\n")
    # The note's count is at most as long as the number of lines, so reserve that much room for it.
    size = cell_length(last) + len(f"……（{what}以下 {len(lines):,} 行从略：超出 Excel 单元格上限）") + 2
    kept: list[str] = []
    for line in lines:
        size += cell_length(line) + 1
        if size > CELL_LIMIT:
            break
        kept.append(line)
    note = f"……（{what}以下 {len(lines) - len(kept):,} 行从略：超出 Excel 单元格上限）"
    return "\n".join([*kept, note, last])


def build_workbook(document: Document) -> Workbook:
    """The whole workbook for ``document``, not yet saved."""
    workbook = Workbook()
    declaration = workbook.active
    assert declaration is not None
    declaration.title = lay.DECLARATION_SHEET
    targets = workbook.create_sheet(lay.TARGETS_SHEET)
    meta = workbook.create_sheet(lay.META_SHEET)
    lists = _write_meta(workbook, meta, document)
    refs = _write_declaration(workbook, declaration, document)
    _write_targets(workbook, targets, document, refs, lists)
    workbook.active = 0
    return workbook


def write_xlsx(document: Document, path: Path) -> None:
    """Save ``document`` as our workbook at ``path``, atomically; raise DocumentError on failure."""
    path = Path(path)
    overlong = first_overlong(document)
    if overlong is not None:  # refuse rather than lose the end of someone's text without a word
        where, size = overlong
        raise DocumentError(
            path,
            f"{describe_place(where)}有 {size:,} 个字符，超过 Excel 单元格上限 {CELL_LIMIT:,} 个，"
            "无法完整保存为 xlsx；请缩短该内容，或另存为 JSON",
        )
    try:
        workbook = build_workbook(document)
    except (ValueError, TypeError) as problem:  # openpyxl refuses a value: name it rather than crash
        raise DocumentError(path, f"无法生成 Excel 文件：{problem}") from problem

    # Zipped in memory first (a 10,000-line workbook is about 600 KB): a disk that fails mid-write then
    # fails in our own write, never inside openpyxl's zip writer, which would leave its ZipFile open.
    packed = io.BytesIO()
    try:
        save_fast(workbook, packed)  # workbook.save(stream), with the rows written ~3× faster
    except MemoryError as problem:
        raise DocumentError(path, "保存失败：内存不足") from problem
    except (OSError, ValueError, TypeError) as problem:
        raise DocumentError(path, f"无法生成 Excel 文件：{problem}") from problem

    def write(stream: BinaryIO) -> None:
        stream.write(packed.getbuffer())

    atomic_write(path, write)


def _write_meta(workbook: Workbook, meta: Worksheet, document: Document) -> dict[str, str]:
    """The hidden sheet: format id and version, scheme, typed arithmetic, and the drop-down lists."""
    meta.sheet_state = "hidden"
    rows = [("format", lay.WORKBOOK_FORMAT), ("version", lay.WORKBOOK_VERSION), ("scheme", document.scheme)]
    rows.append(("program", f"GridBudget {__version__}"))
    for index, (key, value) in enumerate(rows, start=1):
        meta.cell(row=index, column=1, value=key)
        meta.cell(row=index, column=2, value=value).data_type = "s" if isinstance(value, str) else "n"
    workbook.defined_names[lay.name_for("format")] = DefinedName(
        lay.name_for("format"), attr_text=f"{quote_sheetname(meta.title)}!$B$1"
    )
    # Column D: the arithmetic as the user typed it, so 45×4−22 comes back as typed, not as its formula.
    meta.cell(row=1, column=4, value="expressions")
    typed = dict.fromkeys(f.expression for item in document.cost_items for f in item.factors if f.expression)
    for row, expression in enumerate(typed, start=2):
        meta.cell(row=row, column=4).value = lay.clean_text(expression)
        meta.cell(row=row, column=4).data_type = "s"
    lists: dict[str, str] = {}
    try:
        scheme = get_scheme(document.scheme)
    except UnknownSchemeError:
        return lists
    for column, key, names in (
        (6, "level1", scheme.level1_names()),
        (7, "level2", [name for group in scheme.groups for name in group.level2_names()]),
    ):
        letter = get_column_letter(column)
        for index, name in enumerate(names, start=1):
            meta.cell(row=index, column=column, value=name)
        lists[key] = f"{quote_sheetname(meta.title)}!${letter}$1:${letter}${max(1, len(names))}"
    return lists


def _write_declaration(workbook: Workbook, sheet: Worksheet, document: Document) -> dict[str, str]:
    """项目申报书 with its cost table; returns references the other sheet points at."""
    pairs = factor_columns(document)
    widths = [6.0, 24.0, *([9.0, 6.5] * pairs), 15.0, 18.0]
    w = _SheetWriter(workbook, sheet, widths)
    amount_col, note_col = 3 + 2 * pairs, 4 + 2 * pairs
    project, unit = document.project, document.unit
    row = w.title(1, "项目申报书")
    name_row = row
    row = w.field(row, "项目名称", "project.name", project.name)
    row = w.field(row, "年度", "year", "")
    year_cell = sheet.cell(row=row - 1, column=3)
    if document.year is not None:
        year_cell.value = document.year
        year_cell.number_format = "0"
    year_cell.alignment = lay.WRAP_LEFT

    basis = project.basis or [""]
    w.text(row, 1, "立项依据", bold=True, align="centre")
    w.box(row, 1, row + len(basis) - 1, 2)
    for offset, document_title in enumerate(basis):
        w.text(row + offset, 3, document_title)
        w.box(row + offset, 3, row + offset, w.last)
        sheet.row_dimensions[row + offset].height = lay.row_height([(document_title, w.width(3, w.last))])
    w.anchor("project.basis", row, 3, row + len(basis) - 1, 3)
    row += len(basis)

    unit_name_row = row
    for label, key, value in (
        ("单位名称", "unit.name", unit.name),
        ("组织机构代码", "unit.code", unit.code),
        ("地址", "unit.address", unit.address),
        ("联系电话", "unit.phone", unit.phone),
        ("法定代表人", "unit.legal_representative", unit.legal_representative),
        ("经费来源", "unit.funding_source", unit.funding_source),
        ("单位概况", "unit.profile", unit.profile),
        ("项目基本概况", "project.overview", project.overview),
        ("项目实施内容", "project.content", project.content),
    ):
        row = w.field(row, label, key, value)

    # The cost table (测算明细): one row per line, the amount a live product of its factor cells.
    row = w.title(row, "测算明细", size_font=False)
    header = ["序号", "支出内容"]
    for index in range(pairs):
        header += [f"因素{FACTOR_WORDS[index] if index < len(FACTOR_WORDS) else index + 1}", "单位"]
    header += ["金额（元）", "备注"]
    for column, label in enumerate(header, start=1):
        w.text(row, column, label, bold=True, align="centre")
    header_row = row
    w.anchor("cost.header", row, 1, row, w.last)
    row += 1
    first_line = row
    for number, item in enumerate(document.cost_items or [CostItem()], start=1):
        _write_cost_line(w, row, number if document.cost_items else 0, item, pairs, amount_col, note_col)
        row += 1
    last_line = row - 1
    w.anchor("cost.lines", first_line, 1, last_line, w.last)

    amount_letter = get_column_letter(amount_col)
    w.text(row, 1, "合计", bold=True, align="centre")
    w.box(row, 1, row, 2)
    total = document.cost_total
    w.text(row, 3, f"大写：{money_in_words(total)}")
    w.box(row, 3, row, amount_col - 1)
    total_cell = w.number(row, amount_col, f"=SUM({amount_letter}{first_line}:{amount_letter}{last_line})")
    w.style(total_cell, "label-number", lay.MONEY_FORMAT)
    w.text(row, note_col, "")
    w.anchor("cost.total", row, amount_col)
    total_ref = f"{quote_sheetname(sheet.title)}!${amount_letter}${row}"
    row += 1
    row = w.field(row, "测算说明", "cost.breakdown", fit_in_cell(breakdown_text(document), "测算说明"))
    for label, key, value in (
        ("资金安排情况", "project.funding_arrangement", project.funding_arrangement),
        ("项目实施计划", "project.schedule", project.schedule),
        ("项目实施成效", "project.outcomes", project.outcomes),
    ):
        row = w.field(row, label, key, value)
    # Repeating the cost header on every page only helps when the table itself spans pages.
    w.print_setup(row - 1, f"{header_row}:{header_row}" if len(document.cost_items) > 30 else None)
    sheet.freeze_panes = None
    return {
        "name": f"{quote_sheetname(sheet.title)}!$C${name_row}",
        "unit": f"{quote_sheetname(sheet.title)}!$C${unit_name_row}",
        "total": total_ref,
    }


def _write_cost_line(
    w: _SheetWriter, row: int, number: int, item: CostItem, pairs: int, amount_col: int, note_col: int
) -> None:
    """One line of the cost table."""
    sheet = w.sheet
    w.style(w.number(row, 1, Decimal(number) if number else None, "0"), "centre", "0")
    w.text(row, 2, item.name)
    for index in range(pairs):
        value_col = 3 + 2 * index
        if index < len(item.factors):
            factor = item.factors[index]
            formula = lay.formula_for(factor.expression, factor.value) if factor.expression else None
            if factor.expression and not factor.value and formula_value(factor.expression) is None:
                w.text(row, value_col, factor.expression)  # text typed in a factor cell stays text, not 0
            else:
                w.number(row, value_col, formula or factor.value, number_format(factor.value))
            w.text(row, value_col + 1, factor.unit, align="centre")
        else:
            w.text(row, value_col, "")
            w.text(row, value_col + 1, "")
    product = item.product()
    if not number:
        w.number(row, amount_col, None)  # the empty line of an empty table, ready for typing
    elif product is not None and product == item.amount:
        cells = "*".join(f"{get_column_letter(3 + 2 * i)}{row}" for i in range(len(item.factors)))
        w.number(row, amount_col, f"=ROUND({cells},2)")
    else:
        # A lump sum, or a declared amount that differs from its factors: keep the figure the user gave.
        w.number(row, amount_col, item.amount)
    w.text(row, note_col, item.note)
    sheet.row_dimensions[row].height = lay.row_height(
        [(item.name, w.widths[1]), (item.note, w.widths[note_col - 1])]
        + [(f.unit, w.widths[3 + 2 * i]) for i, f in enumerate(item.factors[:pairs])]
    )


def _write_targets(
    workbook: Workbook, sheet: Worksheet, document: Document, refs: dict[str, str], lists: dict[str, str]
) -> None:
    """项目绩效目标表: project facts, funding with a live 总投入, goals, the two indicator matrices, signatures."""
    w = _SheetWriter(workbook, sheet, [11.0, 12.0, 15.0, 12.0, 11.0, 12.0, 15.0, 12.0])
    project = document.project
    row = w.title(1, "项目绩效目标表")
    year = f"（{document.year}年度）" if document.year is not None else ""
    row = w.title(row, year, size_font=False)
    # The name and the unit are formulas pointing at 项目申报书: one truth, and they follow an edit there.
    w.text(row, 1, "项目名称", bold=True, align="centre")
    w.box(row, 1, row, 2)
    w.text(row, 3, "")
    sheet.cell(row=row, column=3).value = f"={refs['name']}"
    w.box(row, 3, row, 8)
    row += 1
    for left, right in (
        (("主管部门及代码", "project.department", project.department), ("实施单位", "", "")),
        (("项目属性", "project.attribute", project.attribute), ("项目期", "project.term", project.term)),
        (
            ("项目负责人", "project.manager.name", project.manager.name),
            ("联系电话", "project.manager.phone", project.manager.phone),
        ),
    ):
        w.text(row, 1, left[0], bold=True, align="centre")
        w.box(row, 1, row, 2)
        w.text(row, 3, left[2])
        w.box(row, 3, row, 4)
        w.anchor(left[1], row, 3)
        w.text(row, 5, right[0], bold=True, align="centre")
        w.text(row, 6, right[2])
        w.box(row, 6, row, 8)
        if right[1]:
            w.anchor(right[1], row, 6)
        else:
            sheet.cell(row=row, column=6).value = f"={refs['unit']}"
        sheet.row_dimensions[row].height = lay.row_height([(left[2], w.width(3, 4)), (right[2], w.width(6, 8))])
        row += 1
    for letter, choices in (("C", ATTRIBUTES), ("F", TERMS)):
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        validation.errorStyle = "warning"
        sheet.add_data_validation(validation)
        validation.add(f"{letter}{row - 2}")
    row = w.field(row, "项目概况", "project.summary", project.summary)
    row = w.field(row, "项目立项依据", "project.basis_kind", project.basis_kind)

    w.text(row, 1, "资金来源（元）", bold=True, align="centre")
    w.box(row, 1, row, 2)
    for column, label in enumerate(
        ("总投入", "中央财政", "省级财政", "市本级财政", "县（市）区级财政", "其他"), start=3
    ):
        w.text(row, column, label, bold=True, align="centre")
    sheet.row_dimensions[row].height = 30
    row += 1
    for period in PERIODS:
        funding = document.funding.row(period)
        w.text(row, 1, f"{PERIOD_LABELS[period]}资金来源", bold=True, align="centre")
        w.box(row, 1, row, 2)
        for offset, key in enumerate(SOURCE_KEYS):
            w.number(row, 4 + offset, funding.get(key))
        if funding.total == funding.sources_sum():
            w.number(row, 3, f"=SUM(D{row}:H{row})")
        else:
            w.number(row, 3, funding.total)  # a stated total that disagrees stays visible for the checks
        w.anchor(f"funding.{period}", row, 3, row, 8)
        sheet.row_dimensions[row].height = 22
        row += 1

    goals = document.goals
    w.text(row, 1, "总体目标", bold=True, align="centre")
    w.box(row, 1, row + 1, 2)
    w.text(row, 3, "中期目标", bold=True, align="centre")
    w.box(row, 3, row, 5)
    w.text(row, 6, "年度目标", bold=True, align="centre")
    w.box(row, 6, row, 8)
    row += 1
    w.text(row, 3, goals.mid_term).alignment = lay.WRAP_TOP
    w.box(row, 3, row, 5)
    w.anchor("goals.mid_term", row, 3)
    w.text(row, 6, goals.annual).alignment = lay.WRAP_TOP
    w.box(row, 6, row, 8)
    w.anchor("goals.annual", row, 6)
    sheet.row_dimensions[row].height = lay.row_height([(goals.mid_term, w.width(3, 5)), (goals.annual, w.width(6, 8))])
    row += 1

    level1_cells: list[str] = []
    level2_cells: list[str] = []
    for period in PERIODS:
        row = _write_matrix(w, row, period, document, level1_cells, level2_cells)
    for key, cells in (("level1", level1_cells), ("level2", level2_cells)):
        if key in lists and cells:
            validation = DataValidation(type="list", formula1=lists[key], allow_blank=True)
            validation.errorStyle = "warning"  # a group from another scheme stays possible, with a warning
            validation.error = "不在当前指标体系中"
            sheet.add_data_validation(validation)
            validation.sqref = " ".join(cells)

    row = w.field(row, "单位已有的保障项目实施的制度措施", "project.safeguards", project.safeguards)
    row = w.field(row, "预算绩效说明", "project.budget_notes", project.budget_notes)
    signatures = document.signatures
    row += 1
    for column, label, key, value in (
        (1, "单位负责人：", "signatures.unit_head", signatures.unit_head),
        (4, "填报人：", "signatures.preparer", signatures.preparer),
        (6, "填报日期：", "signatures.date", to_chinese(signatures.date)),
    ):
        label_cell = sheet.cell(row=row, column=column, value=label)
        label_cell.font = lay.LABEL_FONT
        label_cell.alignment = lay.RIGHT
        value_cell = w.text(row, column + 1, value)
        value_cell.border = Border()  # the signature line is written on, not boxed
        w.anchor(key, row, column + 1)
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    sheet.merge_cells(start_row=row, start_column=7, end_row=row, end_column=8)
    sheet.row_dimensions[row].height = 24
    w.print_setup(row, None)


def _write_matrix(
    w: _SheetWriter, row: int, period: str, document: Document, level1_cells: list[str], level2_cells: list[str]
) -> int:
    """One indicator matrix (中期 or 年度), stacked under the other; returns the next row."""
    sheet = w.sheet
    indicators = ordered_matrix(document.indicators.matrix(period), document.scheme)
    w.text(row, 1, f"{PERIOD_LABELS[period]}绩效指标", bold=True, align="centre")
    for column, label in ((2, "一级指标"), (3, "二级指标"), (4, "三级指标"), (7, "指标值")):
        w.text(row, column, label, bold=True, align="centre")
    w.box(row, 4, row, 6)
    w.box(row, 7, row, 8)
    header = row
    row += 1
    first = row
    for indicator in indicators or [Indicator()]:
        values = (indicator.level1, indicator.level2, indicator.name, indicator.value)
        w.text(row, 2, values[0], align="centre")
        w.text(row, 3, values[1], align="centre")
        w.text(row, 4, values[2])
        w.box(row, 4, row, 6)
        w.text(row, 7, values[3], align="centre")
        w.box(row, 7, row, 8)
        sheet.row_dimensions[row].height = lay.row_height(
            [(values[0], w.widths[1]), (values[1], w.widths[2]), (values[2], w.width(4, 6)), (values[3], w.width(7, 8))]
        )
        row += 1
    last = row - 1
    w.box(header, 1, last, 1)
    w.anchor(f"indicators.{period}", first, 2, last, 8)
    level1_cells.append(f"B{first}:B{last}")
    level2_cells.append(f"C{first}:C{last}")
    return row
