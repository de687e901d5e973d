"""Save a declaration as a printable, living workbook: two form sheets whose restated numbers are formulas.

Every number or text the sheet restates (amounts, 合计, 大写, the 测算说明 lines, 总投入, the project name on
the 绩效目标表) is a formula of the cells it restates, so an edit in Excel, WPS or LibreOffice keeps the
sheet consistent; every formula also carries the value the program computed (package.py), so previews
that do not calculate show the same numbers. Long texts span as many rows as they need, each under
Excel's 409-point row limit, so nothing is cut when printed.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from gridbudget_gui import __version__
from gridbudget_gui.domain.breakdown import breakdown_line, total_line
from gridbudget_gui.domain.dates import to_chinese
from gridbudget_gui.domain.document import (
    INDICATOR_EXTRA_FIELDS,
    PERIOD_LABELS,
    PERIODS,
    SOURCE_KEYS,
    TERMS,
    CostItem,
    Document,
    Indicator,
)
from gridbudget_gui.domain.labels import COST_COLUMNS, INDICATOR_COLUMNS, factor_labels, printed
from gridbudget_gui.domain.money import money_in_words
from gridbudget_gui.domain.place_words import describe_place
from gridbudget_gui.domain.rules.length import CELL_LIMIT, first_overlong
from gridbudget_gui.domain.schemes import UnknownSchemeError, get_scheme, ordered_matrix
from gridbudget_gui.domain.targets import shown_field
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.cells import formula_value
from gridbudget_gui.io.document_file import DocumentError, collector_paused
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.formulas import line_formula, total_formula, words_formula
from gridbudget_gui.io.xlsx.package import (
    Package,
    Sheet,
    Style,
    cell_xml,
    column_letter,
    formula_body,
    number_body,
    ref,
    sheet_ref,
    text_body,
)
from gridbudget_gui.io.xlsx.system import write_system

MAX_FORMULA = 7000
"""Characters of one 测算说明 formula; Excel's limit is 8,192."""

TEXT = Style()
TOP = Style(align="top")
CENTRE = Style(align="centre")
LABEL = Style(font="label", align="centre")
TITLE = Style(font="title", align="centre", border=False)
HEADING = Style(font="heading", align="centre", border=False)
PLAIN_LEFT = Style(align="left", border=False)
PLAIN_RIGHT = Style(font="body", align="right", border=False)
PLAIN_LABEL = Style(font="label", align="right", border=False)
NUMBER_CENTRE = Style(align="centre", fmt="0")


@lru_cache(maxsize=64)  # one Style object per format: the package looks styles up by identity first
def money(fmt: str = lay.MONEY_FORMAT) -> Style:
    """A right-aligned number in ``fmt``."""
    return Style(align="right", fmt=fmt)


def factor_columns(document: Document) -> int:
    """How many factor (value, unit) column pairs the cost table needs: the longest line, at least one."""
    return max([1, *(len(item.factors) for item in document.cost_items)])


def number_format(value: Decimal) -> str:
    """A display format that shows ``value`` with the places it was typed with (4500.00 stays 4500.00)."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


def is_money_unit(unit: str) -> bool:
    """True for a factor counted in money (元, 元/辆, 万元): its cell shows decimals as money does."""
    return "元" in unit


def factor_format(value: Decimal, unit: str) -> str:
    """A factor cell's format. Typed with places, those places (4500.00); a whole amount of money with
    thousands separators (2,580), and a whole quantity as General, so that 8.5 typed over 8 in Excel or
    LibreOffice shows 8.5, not 9 (the money shows 2,580.50 through FACTOR_DECIMALS' conditional format)."""
    fmt = number_format(value)
    if fmt == "#,##0" and not is_money_unit(unit):
        return "General"
    return fmt


FACTOR_DECIMALS = 'AND(ISNUMBER({value}),MOD({value},1)<>0,ISNUMBER(FIND("元",{unit})))', "#,##0.00"
"""The conditional format of the factor cells: money with a fraction shows its cents (2580.5 → 2,580.50)
where the cell's own format (#,##0) would round it."""


SEAL_EVERY = 1000
"""Rows of a long table after which the sheet keeps what was written as XML (package.Sheet.seal)."""

LINES_PER_ROW = math.floor((lay.MAX_ROW_HEIGHT - 6) / lay.LINE_HEIGHT)
"""Wrapped lines one row can show (27)."""


def split_text(text: str, width: float) -> tuple[list[str], list[int]]:
    """Cut ``text`` into pieces that each fit one row of ``width`` units; returns the pieces and the
    indices of pieces that continue a paragraph (joined without a line break when read back)."""
    if lay.wrapped_lines(text, width) <= LINES_PER_ROW:
        return [text], []
    usable = max(width - 1.5, 2.0)
    budget = int(usable * LINES_PER_ROW)  # display units per piece
    pieces: list[str] = []
    glued: list[int] = []
    current: list[str] = []
    lines = 0
    for whole in text.split("\n"):
        paragraph = whole
        need = lay.wrapped_lines(paragraph, width)
        if current and lines + need <= LINES_PER_ROW:
            current.append(paragraph)
            lines += need
            continue
        if current:
            pieces.append("\n".join(current))
            current, lines = [], 0
        first = True
        while lay.wrapped_lines(paragraph, width) > LINES_PER_ROW:
            # Cut a paragraph longer than a row at the last character that still fits.
            size, cut = 0, 0
            for index, ch in enumerate(paragraph):
                size += lay.display_width(ch)
                if size > budget - usable:  # a line's worth of slack for wrapping at word ends
                    cut = index
                    break
            cut = max(cut, 1)
            if not first:
                glued.append(len(pieces))
            pieces.append(paragraph[:cut])
            paragraph, first = paragraph[cut:], False
        if not first:
            glued.append(len(pieces))
        current, lines = [paragraph], lay.wrapped_lines(paragraph, width)
    if current:
        pieces.append("\n".join(current))
    return pieces, glued


@dataclass
class FormWriter:
    """Cells of one sheet with the workbook's anchors and the meta sheet's notes of split texts."""

    package: Package
    sheet: Sheet
    glued: dict[str, list[int]] = field(default_factory=dict)

    @property
    def last(self) -> int:
        """The sheet's last column."""
        return len(self.sheet.widths)

    def width(self, first: int, last: int) -> float:
        """The width of columns first..last together."""
        return sum(self.sheet.widths[first - 1 : last])

    def text(self, row: int, column: int, text: str, style: Style = TEXT) -> None:
        """User or label text; text that starts with = stays text."""
        self.sheet.text(row, column, lay.clean_text(text), style)

    def box(self, first_row: int, first_col: int, last_row: int, last_col: int, style: Style = TEXT) -> None:
        """Merge a block, its covered cells bordered like the anchor."""
        self.sheet.merge(first_row, first_col, last_row, last_col, style)

    def anchor(self, key: str, first_row: int, first_col: int, last_row: int = 0, last_col: int = 0) -> None:
        """Name a cell or block so the reader finds it again after rows were inserted elsewhere."""
        first = ref(first_row, first_col, absolute=True)
        last = ref(last_row, last_col, absolute=True) if last_row and last_col else None
        self.package.define(lay.name_for(key), sheet_ref(self.sheet.name, first, last))

    def height(self, row: int, texts: list[tuple[str, float]], minimum: float = 20.0) -> None:
        """A row tall enough for its wrapped texts (never above Excel's 409 points), and for what
        another block in the same row already needs."""
        self.sheet.heights[row] = max(lay.row_height(texts, minimum), self.sheet.heights.get(row, 0.0))

    def title(self, row: int, text: str, style: Style = TITLE, height: float = 30) -> int:
        """A centred title across the sheet; returns the next row."""
        self.text(row, 1, text, style)
        self.box(row, 1, row, self.last, style)
        self.sheet.heights[row] = height
        return row + 1

    def long_text(self, row: int, column: int, last_col: int, key: str, text: str, style: Style = TEXT) -> int:
        """A text over as many rows as it needs (column..last_col each); returns the number of rows."""
        pieces, glued = split_text(text, self.width(column, last_col))
        for offset, piece in enumerate(pieces):
            self.text(row + offset, column, piece, style)
            self.box(row + offset, column, row + offset, last_col, style)
            self.height(row + offset, [(piece, self.width(column, last_col))])
        if glued:
            self.glued[key] = glued
        self.anchor(key, row, column, row + len(pieces) - 1, column)
        return len(pieces)

    def field(self, row: int, label: str, key: str, value: str) -> int:
        """A label (first two columns) and its value across the rest, over as many rows as the value
        needs; returns the next row."""
        count = self.long_text(row, 3, self.last, key, value)
        self.text(row, 1, label, LABEL)
        self.box(row, 1, row + count - 1, 2, LABEL)
        return row + count

    def print_setup(self, last_row: int, title_rows: tuple[int, int] | None) -> None:
        """A4, one page wide, page numbers in the footer, a print area and repeated header rows."""
        self.sheet.print_area = (last_row, self.last)
        self.sheet.print_rows = title_rows
        self.sheet.footer = lay.FOOTER


def build_package(document: Document) -> Package:
    """The whole workbook for ``document``, not yet saved."""
    package = Package()
    pairs = factor_columns(document)
    declaration = package.sheet(lay.DECLARATION_SHEET, [6.0, 24.0, *([9.0, 6.5] * pairs), 15.0, 18.0])
    extra = _extra_columns(document)
    targets = package.sheet(lay.TARGETS_SHEET, [11.0, 12.0, 15.0, 12.0, 11.0, 12.0, 15.0, 12.0] + [12.0] * len(extra))
    meta = package.sheet(lay.META_SHEET, [], hidden=True)
    glued: dict[str, list[int]] = {}
    try:
        refs = _write_declaration(FormWriter(package, declaration, glued), document, pairs)
        lists = _write_meta(package, meta, document)
        _write_targets(FormWriter(package, targets, glued), document, refs, lists, extra)
        for offset, (key, indices) in enumerate(sorted(glued.items()), start=1):
            meta.text(offset, 9, key)
            meta.text(offset, 10, ",".join(map(str, indices)))
        write_system(meta, document)
    except BaseException:
        package.close()
        raise
    return package


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
    # Zipped in memory first (a 10,000-line workbook is about 600 KB): a disk that fails mid-write then
    # fails in our own write, never inside the zip writer.
    packed = io.BytesIO()
    try:
        with collector_paused(), build_package(document) as package:
            package.save(packed)
    except MemoryError as problem:
        raise DocumentError(path, "保存失败：内存不足") from problem
    except (OSError, ValueError, TypeError) as problem:
        raise DocumentError(path, f"无法生成 Excel 文件：{problem}") from problem

    atomic_write_bytes(path, packed)


def _write_meta(package: Package, meta: Sheet, document: Document) -> dict[str, str]:
    """The hidden sheet: format id and version, scheme, typed arithmetic, the drop-down lists and the
    texts split over rows (column I the field, J the pieces that continue a paragraph)."""
    rows: list[tuple[str, str | int]] = [
        ("format", lay.WORKBOOK_FORMAT),
        ("version", lay.WORKBOOK_VERSION),
        ("scheme", document.scheme),
        ("program", f"GridBudget {__version__}"),
    ]
    for index, (key, value) in enumerate(rows, start=1):
        meta.text(index, 1, key)
        if isinstance(value, str):
            meta.text(index, 2, value)
        else:
            meta.number(index, 2, value)
    package.define(lay.name_for("format"), sheet_ref(meta.name, "$B$1"))
    # Column D: the arithmetic as the user typed it, so 45×4−22 comes back as typed, not as its formula.
    meta.text(1, 4, "expressions")
    typed = dict.fromkeys(f.expression for item in document.cost_items for f in item.factors if f.expression)
    for row, expression in enumerate(typed, start=2):
        meta.text(row, 4, lay.clean_text(expression))
    lists: dict[str, str] = {}
    try:
        scheme = get_scheme(document.scheme)
    except UnknownSchemeError:
        return lists
    for column, key, names in (
        (6, "level1", scheme.level1_names()),
        (7, "level2", [name for group in scheme.groups for name in group.level2_names()]),
    ):
        for index, name in enumerate(names, start=1):
            meta.text(index, column, name)
        letter = column_letter(column)
        lists[key] = sheet_ref(meta.name, f"${letter}$1", f"${letter}${max(1, len(names))}")
    return lists


def _write_declaration(w: FormWriter, document: Document, pairs: int) -> dict[str, str]:
    """项目申报书 with its cost table; returns references the other sheet points at."""
    sheet = w.sheet
    amount_col, note_col = 3 + 2 * pairs, 4 + 2 * pairs
    project, unit = document.project, document.unit
    row = w.title(1, "项目申报书")
    name_row = row
    row = w.field(row, printed("project.name"), "project.name", project.name)
    w.text(row, 1, "年度", LABEL)
    w.box(row, 1, row, 2, LABEL)
    sheet.number(row, 3, document.year, Style(fmt="0"))
    w.box(row, 3, row, w.last)
    w.anchor("year", row, 3)
    sheet.heights[row] = 20
    row += 1

    basis = project.basis or [""]
    w.text(row, 1, printed("project.basis"), LABEL)
    w.box(row, 1, row + len(basis) - 1, 2, LABEL)
    for offset, document_title in enumerate(basis):
        w.text(row + offset, 3, document_title)
        w.box(row + offset, 3, row + offset, w.last)
        w.height(row + offset, [(document_title, w.width(3, w.last))])
    w.anchor("project.basis", row, 3, row + len(basis) - 1, 3)
    row += len(basis)

    unit_name_row = row
    for key, value in (
        ("unit.name", unit.name),
        ("unit.code", unit.code),
        ("unit.address", unit.address),
        ("unit.phone", unit.phone),
        ("unit.legal_representative", unit.legal_representative),
        ("unit.funding_source", unit.funding_source),
        ("unit.profile", unit.profile),
        ("project.overview", project.overview),
        ("project.content", project.content),
    ):
        row = w.field(row, printed(key), key, value)

    # The cost table (测算明细): one row per line, the amount a live product of its factor cells.
    row = w.title(row, "测算明细", LABEL, 20)
    header = [COST_COLUMNS["number"], COST_COLUMNS["name"]]
    for index in range(pairs):
        header += factor_labels(index)
    header += [COST_COLUMNS["amount"], COST_COLUMNS["note"]]
    for column, label in enumerate(header, start=1):
        w.text(row, column, label, LABEL)
    header_row = row
    w.anchor("cost.header", row, 1, row, w.last)
    row += 1
    first_line = row
    items = document.written_cost_items
    cost_rows = _CostRows(w, pairs, amount_col, note_col)
    for number, item in enumerate(items or [CostItem()], start=1):
        cost_rows.write(row, number if items else 0, item)
        row += 1
        if number % SEAL_EVERY == 0:
            sheet.seal(row)
    last_line = row - 1
    w.anchor("cost.lines", first_line, 1, last_line, w.last)
    formula, fmt = FACTOR_DECIMALS
    sheet.conditional_format(
        " ".join(f"{column_letter(3 + 2 * i)}{first_line}:{column_letter(3 + 2 * i)}{last_line}" for i in range(pairs)),
        formula.format(value=f"C{first_line}", unit=f"D{first_line}"),
        fmt,
    )

    amount = column_letter(amount_col)
    total_row = row
    w.text(row, 1, "合计", LABEL)
    w.box(row, 1, row, 2, LABEL)
    total = document.cost_total
    total_ref = ref(row, amount_col, absolute=True)
    words_ref = ref(row, 3, absolute=True)
    sheet.formula(row, 3, f'="大写："&{words_formula(total_ref)}', f"大写：{money_in_words(total)}", TEXT)
    w.box(row, 3, row, amount_col - 1)
    sheet.formula(row, amount_col, f"=SUM({amount}{first_line}:{amount}{last_line})", total, money())
    w.text(row, note_col, "")
    w.anchor("cost.total", row, amount_col)
    sheet.heights[row] = 22
    row += 1
    row = _write_breakdown(w, row, document, first_line, amount_col, note_col, total_ref, words_ref)
    for key, value in (
        ("project.funding_arrangement", project.funding_arrangement),
        ("project.schedule", project.schedule),
        ("project.outcomes", project.outcomes),
    ):
        row = w.field(row, printed(key), key, value)
    # Repeating the cost header on every page only helps when the table itself spans pages.
    w.print_setup(row - 1, (header_row, header_row) if len(items) > 30 else (1, 1))
    return {
        "name": sheet_ref(sheet.name, f"$C${name_row}"),
        "unit": sheet_ref(sheet.name, f"$C${unit_name_row}"),
        "total": sheet_ref(sheet.name, total_ref),
        "total_row": str(total_row),
    }


def _write_breakdown(
    w: FormWriter,
    row: int,
    document: Document,
    first_line: int,
    amount_col: int,
    note_col: int,
    total_ref: str,
    words_ref: str,
) -> int:
    """测算说明: each cost line restated by a formula of its cells, a few lines per row (each row under
    409 points and each formula under Excel's length limit); returns the next row."""
    width = w.width(3, w.last)
    first = row
    formulas: list[str] = []
    texts: list[str] = []
    lines = size = 0

    def end_row() -> None:
        """Write the row the lines so far make, and start the next one."""
        nonlocal row, formulas, texts, lines, size
        value = "\n".join(texts)
        w.sheet.formula(row, 3, "=" + "&CHAR(10)&".join(formulas), value, TEXT)
        w.box(row, 3, row, w.last)
        w.height(row, [(value, width)])
        row, formulas, texts, lines, size = row + 1, [], [], 0, 0

    for index, item in enumerate(document.written_cost_items):
        formula = line_formula(item, first_line + index, amount_col, note_col)
        text = lay.clean_text(breakdown_line(index + 1, item))
        need = lay.wrapped_lines(text, width)
        if texts and (lines + need > LINES_PER_ROW or size + len(formula) > MAX_FORMULA):
            end_row()
        formulas.append(formula)
        texts.append(text)
        lines += need
        size += len(formula) + 12
    # The total line (合计 and 大写) ends the last row, or gets its own when that row is full.
    total_text = total_line(document)
    if texts and lines + lay.wrapped_lines(total_text, width) > LINES_PER_ROW:
        end_row()
    formulas.append(total_formula(total_ref, words_ref))
    texts.append(total_text)
    end_row()
    w.text(first, 1, "测算说明", LABEL)
    w.box(first, 1, row - 1, 2, LABEL)
    w.anchor("cost.breakdown", first, 3, row - 1, 3)
    w.sheet.seal(row)
    return row


class _CostRows:
    """Writes the lines of the cost table, one row of cells each (the table may have 100,000 lines): the
    styles, widths and column letters are looked up once per table, not once per cell."""

    def __init__(self, w: FormWriter, pairs: int, amount_col: int, note_col: int) -> None:
        self.w, self.sheet, self.pairs = w, w.sheet, pairs
        self.amount_col, self.note_col = amount_col, note_col
        self.attribute = w.package.styles.attribute
        widths = w.sheet.widths
        self.name_width, self.note_width = widths[1], widths[note_col - 1]
        self.unit_widths = [widths[3 + 2 * index] for index in range(pairs)]
        self.factor_styles: dict[tuple[int, bool], str] = {}  # by the places of the value, and money or not
        self.unit_bodies: dict[str, str] = {}

    def write(self, row: int, number: int, item: CostItem) -> None:
        """One line of the cost table, its cells in column order."""
        attribute = self.attribute  # styles are numbered as first used: keep the order of the cells
        cells = [cell_xml(1, row, attribute(NUMBER_CENTRE), number_body(number or None))]
        text = attribute(TEXT)
        cells.append(cell_xml(2, row, text, text_body(lay.clean_text(item.name))))
        texts = [(item.name, self.name_width), (item.note, self.note_width)]
        factors = item.factors
        for index in range(self.pairs):
            value_col = 3 + 2 * index
            if index < len(factors):
                factor = factors[index]
                value, expression = factor.value, factor.expression
                style, figure = self._factor_style(value, factor.unit)
                formula = lay.formula_for(expression, value) if expression else None
                if expression and not value and formula_value(expression) is None:
                    # Text typed in a factor cell stays text, not 0.
                    cells.append(cell_xml(value_col, row, text, text_body(lay.clean_text(expression))))
                elif formula:
                    cells.append(cell_xml(value_col, row, style, formula_body(formula, value)))
                else:
                    cells.append(cell_xml(value_col, row, style, f"><v>{figure}</v></c>"))
                cells.append(cell_xml(value_col + 1, row, attribute(CENTRE), self._unit_body(factor.unit)))
                texts.append((factor.unit, self.unit_widths[index]))
            else:
                cells.append(cell_xml(value_col, row, text, "/>"))
                cells.append(cell_xml(value_col + 1, row, text, "/>"))
        amount_style = attribute(money())
        if not number:
            body = "/>"  # the empty line of an empty table, ready for typing
        elif factors and item.product() == item.amount:
            factor_cells = "*".join(f"{column_letter(3 + 2 * i)}{row}" for i in range(len(factors)))
            body = formula_body(f"=ROUND({factor_cells},2)", item.amount)
        else:
            # A lump sum, or a declared amount that differs from its factors: keep the figure the user gave.
            body = number_body(item.amount)
        cells.append(cell_xml(self.amount_col, row, amount_style, body))
        cells.append(cell_xml(self.note_col, row, text, text_body(lay.clean_text(item.note))))
        self.sheet.put_whole_row(row, "".join(cells), self.note_col)
        self.w.height(row, texts)

    def _factor_style(self, value: Decimal, unit: str) -> tuple[str, str]:
        """The style attribute that shows ``value`` with the places it was typed with (factor_format),
        and the figure a number cell stores (number_body's): one formatting of the value serves both."""
        text = format(value, "f")
        whole, point, fraction = text.partition(".")
        key = (len(fraction), is_money_unit(unit))
        found = self.factor_styles.get(key)
        if found is None:
            found = self.factor_styles[key] = self.attribute(money(factor_format(value, unit)))
        figure = (whole + point + fraction).rstrip("0").rstrip(".") if point else whole
        return found, figure or "0"

    def _unit_body(self, unit: str) -> str:
        """A unit cell's body; the few units of a table are made once."""
        body = self.unit_bodies.get(unit)
        if body is None:
            body = self.unit_bodies[unit] = text_body(lay.clean_text(unit))
        return body


EXTRA_COLUMNS: tuple[tuple[str, str], ...] = tuple((key, INDICATOR_COLUMNS[key]) for key in INDICATOR_EXTRA_FIELDS)
"""The indicator columns beside 指标值 (the 一体化 system's, the self-evaluation's and the 运行监控's), by field."""


def _extra_columns(document: Document) -> list[tuple[str, str]]:
    """The extra indicator columns that any indicator fills, in the form's order."""
    indicators = [*document.indicators.mid_term, *document.indicators.annual]
    return [(key, label) for key, label in EXTRA_COLUMNS if any(getattr(i, key) for i in indicators)]


ATTRIBUTE_CODES = {"新增项目": "001", "延续性项目": "002"}


def attribute_text(attribute: str) -> str:
    """项目属性 with its code, as the form, the PDF and the workbook print it: 002 延续性项目."""
    code = ATTRIBUTE_CODES.get(attribute.strip())
    return f"{code} {attribute.strip()}" if code else attribute


def _write_targets(
    w: FormWriter,
    document: Document,
    refs: dict[str, str],
    lists: dict[str, str],
    extra: list[tuple[str, str]],
) -> None:
    """项目绩效目标表: heading, project facts, funding with a live 总投入, goals, the indicator matrices,
    the execution block when filled, signatures and the seal box."""
    sheet = w.sheet
    form = 8  # the form's own columns; the extra indicator columns follow
    project = document.project
    row = w.title(1, "项目绩效目标表")
    year = f"（{document.year}年度）" if document.year is not None else ""
    row = w.title(row, year, HEADING, 20)
    # The heading line: the unit that seals the form, and the unit of the amounts.
    sheet.formula(
        row, 1, f'="填报单位（盖章）："&{refs["unit"]}', f"填报单位（盖章）：{document.unit.name}", PLAIN_LEFT
    )
    w.box(row, 1, row, 5, PLAIN_LEFT)
    w.text(row, 6, "金额单位：元", PLAIN_RIGHT)
    w.box(row, 6, row, w.last, PLAIN_RIGHT)
    sheet.heights[row] = 20
    heading_end = row
    row += 1
    # The name and the unit are formulas pointing at 项目申报书: one truth, and they follow an edit there.
    w.text(row, 1, "项目名称", LABEL)
    w.box(row, 1, row, 2, LABEL)
    sheet.formula(row, 3, f"={refs['name']}", lay.clean_text(project.name), TEXT)
    w.box(row, 3, row, form)
    w.height(row, [(project.name, w.width(3, form))])
    row += 1
    for left, right in (
        ((printed("project.department"), "project.department", project.department), ("实施单位", "", "")),
        (
            (printed("project.attribute"), "project.attribute", attribute_text(project.attribute)),
            (printed("project.term"), "project.term", project.term),
        ),
        (
            (printed("project.manager.name"), "project.manager.name", project.manager.name),
            (printed("project.manager.phone"), "project.manager.phone", project.manager.phone),
        ),
    ):
        w.text(row, 1, left[0], LABEL)
        w.box(row, 1, row, 2, LABEL)
        w.text(row, 3, left[2])
        w.box(row, 3, row, 4)
        w.anchor(left[1], row, 3)
        w.text(row, 5, right[0], LABEL)
        if right[1]:
            w.text(row, 6, right[2])
            w.anchor(right[1], row, 6)
            right_text = right[2]
        else:
            right_text = lay.clean_text(document.unit.name)
            sheet.formula(row, 6, f"={refs['unit']}", right_text, TEXT)
        w.box(row, 6, row, form)
        w.height(row, [(left[2], w.width(3, 4)), (right_text, w.width(6, form))])
        row += 1
    attributes = [attribute_text(a) for a in ATTRIBUTE_CODES]
    sheet.validation(f"C{row - 2}", '"' + ",".join(attributes) + '"')
    sheet.validation(f"F{row - 2}", '"' + ",".join(TERMS) + '"')
    row = _field(w, row, printed("project.summary"), "project.summary", project.summary, form)
    row = _field(w, row, printed("project.basis_kind"), "project.basis_kind", project.basis_kind, form)

    w.text(row, 1, "资金来源（元）", LABEL)
    w.box(row, 1, row, 2, LABEL)
    for column, label in enumerate(
        ("总投入", "中央财政", "省级财政", "市本级财政", "县（市）区级财政", "其他"), start=3
    ):
        w.text(row, column, label, LABEL)
    sheet.heights[row] = 30
    row += 1
    for period in PERIODS:
        funding = document.funding.row(period)
        w.text(row, 1, f"{PERIOD_LABELS[period]}资金来源", LABEL)
        w.box(row, 1, row, 2, LABEL)
        for offset, key in enumerate(SOURCE_KEYS):
            amount = funding.get(key)
            # The official form, the screen and the PDF leave a source blank when it gives nothing.
            sheet.number(row, 4 + offset, amount if amount else None, money())
        if funding.total == funding.sources_sum():
            sheet.formula(row, 3, f"=SUM(D{row}:H{row})", funding.total, money())
        else:
            sheet.number(row, 3, funding.total, money())  # a stated total that disagrees stays for the checks
        w.anchor(f"funding.{period}", row, 3, row, 8)
        sheet.heights[row] = 22
        row += 1

    goals = document.goals
    w.text(row, 3, "中期目标", LABEL)
    w.box(row, 3, row, 5, LABEL)
    w.text(row, 6, "年度目标", LABEL)
    w.box(row, 6, row, form, LABEL)
    goals_head = row
    row += 1
    mid = w.long_text(row, 3, 5, "goals.mid_term", goals.mid_term, TOP)
    annual = w.long_text(row, 6, form, "goals.annual", goals.annual, TOP)
    for offset in range(max(mid, annual)):  # the shorter side's rows stay boxed
        for column, last, count in ((3, 5, mid), (6, form, annual)):
            if offset >= count:
                w.text(row + offset, column, "", TOP)
                w.box(row + offset, column, row + offset, last, TOP)
    w.text(goals_head, 1, "总体目标", LABEL)
    w.box(goals_head, 1, row + max(mid, annual) - 1, 2, LABEL)
    row += max(mid, annual)

    level1_cells: list[str] = []
    level2_cells: list[str] = []
    for period in PERIODS:
        row = _write_matrix(w, row, period, document, level1_cells, level2_cells, extra)
    for key, cells in (("level1", level1_cells), ("level2", level2_cells)):
        if key in lists and cells:
            # A group from another scheme stays possible, with a warning.
            sheet.validation(" ".join(cells), lists[key], error="不在当前指标体系中")

    execution = document.execution
    if not execution.is_empty:
        w.text(row, 1, "预算执行情况", LABEL)
        w.box(row, 1, row + 1, 2, LABEL)
        for offset, (label, key, value) in enumerate(
            (
                ("全年预算数（元）", "execution.budget", execution.budget),
                ("全年执行数（元）", "execution.spent", execution.spent),
                ("分值", "execution.weight", execution.weight),
                ("得分", "execution.score", execution.score),
            )
        ):
            at, column = row + offset // 2, 3 + 3 * (offset % 2)
            w.text(at, column, label, LABEL)
            if isinstance(value, str):
                w.text(at, column + 1, value, CENTRE)
            else:
                sheet.number(at, column + 1, value, money())
            w.box(at, column + 1, at, column + 2 if column == 3 else form, CENTRE)
            w.anchor(key, at, column + 1)
            sheet.heights[at] = 22
        row += 2

    row = _field(w, row, printed("project.safeguards"), "project.safeguards", project.safeguards, form)
    row = _field(w, row, printed("project.budget_notes"), "project.budget_notes", project.budget_notes, form)
    signatures = document.signatures
    row += 1
    for column, key, value in (
        (1, "signatures.unit_head", signatures.unit_head),
        (4, "signatures.preparer", signatures.preparer),
        (6, "signatures.date", to_chinese(signatures.date)),
    ):
        w.text(row, column, f"{printed(key)}：", PLAIN_LABEL)
        w.text(row, column + 1, value, PLAIN_LEFT)  # the signature line is written on, not boxed
        w.anchor(key, row, column + 1)
    w.box(row, 2, row, 3, PLAIN_LEFT)
    w.box(row, 7, row, 8, PLAIN_LEFT)
    sheet.heights[row] = 24
    row += 1
    # The seal box: room for the unit's stamp, as on the official form.
    w.text(row, 6, "单位（盖章）", Style(align="top"))
    w.box(row, 6, row + 3, form, Style(align="top"))
    for offset in range(4):
        sheet.heights[row + offset] = 22
    row += 4
    sheet.landscape = bool(extra)
    w.print_setup(row - 1, (1, heading_end))


def _field(w: FormWriter, row: int, label: str, key: str, value: str, last: int) -> int:
    """A label and its value over the form's columns (not the extra indicator columns)."""
    count = w.long_text(row, 3, last, key, value)
    w.text(row, 1, label, LABEL)
    w.box(row, 1, row + count - 1, 2, LABEL)
    return row + count


def _write_matrix(
    w: FormWriter,
    row: int,
    period: str,
    document: Document,
    level1_cells: list[str],
    level2_cells: list[str],
    extra: list[tuple[str, str]],
) -> int:
    """One indicator matrix (中期 or 年度), stacked under the other, one merged 一级指标 cell per group;
    returns the next row."""
    sheet = w.sheet
    indicators = ordered_matrix(document.indicators.matrix(period), document.scheme)
    w.text(row, 1, f"{PERIOD_LABELS[period]}绩效指标", LABEL)
    for column, key in ((2, "level1"), (3, "level2"), (4, "name"), (7, "value")):
        w.text(row, column, INDICATOR_COLUMNS[key], LABEL)
    w.box(row, 4, row, 6, LABEL)
    w.box(row, 7, row, 8, LABEL)
    for offset, (_, label) in enumerate(extra):
        w.text(row, 9 + offset, label, LABEL)
    sheet.heights[row] = 30 if extra else 20
    header = row
    row += 1
    first = row
    rows = indicators or [Indicator()]
    w.box(header, 1, header + len(rows), 1, LABEL)
    for index, indicator in enumerate(rows):
        if index and index % SEAL_EVERY == 0:
            sheet.seal(row)
        values = (indicator.level1, indicator.level2, indicator.name, indicator.value)
        starts = index == 0 or not indicator.level1 or indicator.level1 != rows[index - 1].level1
        if starts:
            w.text(row, 2, values[0], CENTRE)
            end = index
            while end + 1 < len(rows) and indicator.level1 and rows[end + 1].level1 == indicator.level1:
                end += 1
            w.box(row, 2, row + end - index, 2, CENTRE)
        w.text(row, 3, values[1], CENTRE)
        w.text(row, 4, values[2])
        w.box(row, 4, row, 6)
        w.text(row, 7, values[3], CENTRE)
        w.box(row, 7, row, 8, CENTRE)
        texts = [(values[1], w.sheet.widths[2]), (values[2], w.width(4, 6)), (values[3], w.width(7, 8))]
        for offset, (key, _) in enumerate(extra):
            text = shown_field(indicator, key)  # 计算符号/计量单位 as the window shows them, on every row
            w.text(row, 9 + offset, text, CENTRE if key in ("operator", "unit", "weight", "score") else TEXT)
            texts.append((text, w.sheet.widths[8 + offset]))
        w.height(row, texts)
        row += 1
    last = row - 1
    w.anchor(f"indicators.{period}", first, 2, last, w.last)
    level1_cells.append(f"B{first}:B{last}")
    level2_cells.append(f"C{first}:C{last}")
    return row
