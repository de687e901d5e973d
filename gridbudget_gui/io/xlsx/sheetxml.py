"""Read the cells of one worksheet straight from its XML with expat: what openpyxl's read-only mode gives,
without building an element tree or a cell object per cell.

Opening our own 10,000-line workbook spent about two thirds of its time in openpyxl's sheet parser, which
builds an ElementTree element for every ``<c>``, ``<v>``, ``<f>`` and ``<is>`` only to read a few
attributes and texts. Here expat's callbacks fill plain tuples. The values are converted exactly as
openpyxl's ``WorkSheetParser.parse_cell`` converts them (numbers, dates, booleans, shared and inline strings,
shared and array formulas), rows and cells out of order are dropped or overwritten as
``ReadOnlyWorksheet`` does, and tests/io/test_xlsx_sheetxml.py compares the two on every test workbook,
on hand-written odd sheets and on mutants.

Entity definitions and external entities are refused, as defusedxml refuses them for openpyxl: they are
how XML bombs are built. Known, accepted differences, none of which a spreadsheet program writes: a row
nested in a row is refused (openpyxl reads the inner one); inside ``<is>`` only the spreadsheet namespace's
``<t>`` and ``<r>`` count (openpyxl matches any namespace, and even a ``t`` attribute); and what openpyxl
refuses for a malformed but unused part (``<rPh>`` without its positions, ``s=""``) is read here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import IO, Protocol
from xml.parsers import expat

from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from openpyxl.xml.constants import SHEET_MAIN_NS

RawCell = tuple[object, str, str]
"""A cell's value, data type and number format, as openpyxl's read-only cell reports them."""

SHEET_NS = _NS = SHEET_MAIN_NS + "}"
"""The spreadsheet namespace as expat names its tags: namespace}tag."""
_ROW, _C, _V, _F, _IS, _T, _R = (_NS + tag for tag in ("row", "c", "v", "f", "is", "t", "r"))
_MERGE = _NS + "mergeCell"
_CHUNK = 1 << 16
_NOT_SEEN, _OPEN, _CLOSED = 0, 1, 2


class StyleTables(Protocol):
    """What a workbook's style ids mean for values (book.Styles)."""

    number_formats: list[str]
    date_formats: set[int]
    timedelta_formats: set[int]


class Book(Protocol):
    """The workbook-wide parts a sheet's cells need (book.Book)."""

    @property
    def data_only(self) -> bool:
        """Formulas read as their stored values."""

    @property
    def epoch(self) -> datetime.datetime:
        """The date serial numbers' day zero (1900 or 1904)."""

    @property
    def styles(self) -> StyleTables:
        """The style tables."""

    @property
    def shared_strings(self) -> list[str]:
        """The shared-string table."""


class BookSheet(Protocol):
    """One worksheet whose XML can be streamed (book.BookSheet)."""

    @property
    def book(self) -> Book:
        """The workbook the sheet belongs to."""

    def source(self) -> AbstractContextManager[IO[bytes]]:
        """The sheet's XML."""


class UnsafeXmlError(ValueError):
    """The part defines entities (how XML bombs are built) or refers to external ones; refused, never expanded."""


class RichText:
    """The text of an ``<is>`` or ``<si>`` as openpyxl's ``Text.content`` joins it: the last direct ``<t>``,
    then each ``<r>``'s last ``<t>``; formatting and phonetic runs (``<rPh>``) are left out."""

    __slots__ = ("plain", "run", "runs")

    def __init__(self) -> None:
        self.plain = ""
        self.run = ""  # the open <r>'s text so far
        self.runs: list[str] = []

    def end_run(self) -> None:
        """An ``<r>`` closed: keep its text."""
        self.runs.append(self.run)
        self.run = ""

    def content(self) -> str:
        """The plain text, runs included."""
        return self.plain + "".join(self.runs)


class _Cell:
    """The raw parts of one ``<c>`` while it is being parsed."""

    __slots__ = ("attrs", "formula", "formula_attrs", "inline", "text", "value", "value_seen")

    def __init__(self, attrs: dict[str, str]) -> None:
        self.attrs = attrs
        self.value_seen = False
        self.value: str | None = None  # the first <v>'s text
        self.formula: str | None = None  # the first <f>'s text ("" when it has none)
        self.formula_attrs: dict[str, str] = {}
        self.inline = _NOT_SEEN  # the first <is>: not seen, open, closed
        self.text = RichText()  # the first <is>'s


def _cast_number(value: str) -> float | int:
    """A number's text as openpyxl reads it: a float when it has a point or an exponent, else an int."""
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


class TooManyCellsError(ValueError):
    """The workbook holds more cells than its budget allows (a file built to exhaust memory or time)."""


class CellBudget:
    """How many more ``<c>`` elements the sheets of one workbook may hold, counted as they are parsed.

    Memory and time then follow what the file holds, whatever range it claims; the limit grows with the
    file's size so that a genuinely big declaration still opens.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit

    def spend(self) -> None:
        """One more cell; raise TooManyCellsError past the limit."""
        self.left -= 1
        if self.left < 0:
            raise TooManyCellsError(f"单元格超过 {self.limit:,} 个")


class _SheetParser:
    """expat handlers that collect the rows of one sheet."""

    def __init__(
        self,
        workbook: Book,
        shared_strings: list[str],
        budget: CellBudget | None = None,
        cached: bool = False,
        every_row: bool = False,
    ) -> None:
        self.workbook = workbook
        self.every_row = every_row  # normal mode's way: rows in any order, every cell, the last one written wins
        self.budget = budget
        self.merges: list[str] = []  # the ref of every <mergeCell>: a block is a rectangle, never its cells
        self.cached: dict[tuple[int, int], object] | None = {} if cached else None
        self.shared_strings = shared_strings
        self.data_only: bool = workbook.data_only
        self.date_formats: set[int] = workbook.styles.date_formats
        self.timedelta_formats: set[int] = workbook.styles.timedelta_formats
        self.number_formats: list[str] = workbook.styles.number_formats
        self.cells: dict[tuple[int, int], RawCell] = {}
        self.shared_formulae: dict[str | None, Translator] = {}
        self.path: list[str] = []  # the open elements' tags
        self.row_depth = -1  # depth of the open <row>, -1 outside one
        self.row_counter = 0
        self.next_row = 1  # ReadOnlyWorksheet drops a row whose number is below this
        self.row: list[tuple[int, int, object, str, int]] = []
        self.col_counter = 0
        self.cell: _Cell | None = None
        self.text: list[str] | None = None  # where character data goes now
        self.text_target = ""  # which part of the cell the text belongs to

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.text is not None:
            self._end_text()
        path = self.path
        depth = len(path)
        path.append(tag)
        if self.row_depth < 0:
            if tag == _ROW:
                self._start_row(attrs, depth)
            elif tag == _MERGE:
                self.merges.append(attrs.get("ref", ""))
            return
        if tag == _ROW:
            raise ValueError("工作表的行里又嵌套了行")  # openpyxl reads the inner one first; never guess
        cell = self.cell
        if depth == self.row_depth + 1:
            self.cell = _Cell(attrs)
        elif cell is None:
            return
        elif depth == self.row_depth + 2:
            if tag == _V and not cell.value_seen:
                cell.value_seen = True
                self._begin_text("v")
            elif tag == _F and cell.formula is None:
                cell.formula, cell.formula_attrs = "", attrs
                self._begin_text("f")
            elif tag == _IS and cell.inline == _NOT_SEEN:
                cell.inline = _OPEN
        elif cell.inline == _OPEN and tag == _T:
            if depth == self.row_depth + 3:
                self._begin_text("plain")
            elif depth == self.row_depth + 4 and path[-2] == _R:
                self._begin_text("run")

    def end(self, tag: str) -> None:
        if self.text is not None:
            self._end_text()
        path = self.path
        path.pop()
        depth = len(path) - self.row_depth
        cell = self.cell
        if cell is not None:
            if depth == 1:
                if self.budget is not None:
                    self.budget.spend()
                self.row.append(self._parse_cell(cell))
                self.cell = None
            elif depth == 2 and tag == _IS and cell.inline == _OPEN:
                cell.inline = _CLOSED
            elif depth == 3 and tag == _R and cell.inline == _OPEN:
                cell.text.end_run()
        elif depth == 0:
            self._end_row()

    def characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _begin_text(self, target: str) -> None:
        self.text, self.text_target = [], target

    def _end_text(self) -> None:
        """Close the text being collected: ElementTree's ``.text`` stops at the first child element."""
        assert self.text is not None
        text, self.text = "".join(self.text), None
        cell = self.cell
        assert cell is not None
        if self.text_target == "v":
            cell.value = text
        elif self.text_target == "f":
            cell.formula = text
        elif self.text_target == "plain":
            cell.text.plain = text  # a later <t> replaces an earlier one, as in openpyxl
        else:
            cell.text.run = text

    def _start_row(self, attrs: dict[str, str], depth: int) -> None:
        number = attrs.get("r")
        if number is not None:
            try:
                self.row_counter = int(number)
            except ValueError:
                value = float(number)
                if not value.is_integer():
                    raise ValueError(f"{number} is not a valid row number") from None
                self.row_counter = int(value)
        else:
            self.row_counter += 1
        self.col_counter = 0
        self.row_depth = depth
        self.row = []

    def _end_row(self) -> None:
        """Keep the row as ReadOnlyWorksheet would: once, and only its cells up to the last one's column."""
        self.row_depth = -1
        number, row = self.row_counter, self.row
        if self.every_row:
            for cell_row, column, value, data_type, style_id in row:
                if value is None:
                    self.cells.pop((cell_row, column), None)
                else:
                    self.cells[(cell_row, column)] = (value, data_type, self._number_format(style_id))
            return
        if number < self.next_row:
            return  # a row repeated or out of order: read-only mode never yields it
        self.next_row = number + 1
        if not row:
            return
        last_column = row[-1][1]
        slots = {cell[1]: cell for cell in row if 1 <= cell[1] <= last_column}  # a later duplicate wins
        for cell_row, column, value, data_type, style_id in slots.values():
            if value is not None:
                self.cells[(cell_row, column)] = (value, data_type, self._number_format(style_id))

    def _number_format(self, style_id: int) -> str:
        return self.number_formats[style_id]  # an unknown style is refused, as openpyxl refuses it

    def _parse_cell(self, cell: _Cell) -> tuple[int, int, object, str, int]:
        """openpyxl's ``WorkSheetParser.parse_cell``, step for step."""
        attrs = cell.attrs
        data_type = attrs.get("t", "n")
        coordinate = attrs.get("r")
        style = attrs.get("s", 0)
        style_id = int(style) if style else 0
        value: object = None if data_type == "inlineStr" else (cell.value or None)
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        if not self.data_only and cell.formula is not None:
            if self.cached is not None:  # the value the spreadsheet program computed, as data_only reads it
                computed, _ = self._convert(cell, value, data_type, style_id)
                if computed is not None:
                    self.cached[(row, column)] = computed
            return row, column, self._formula(cell, coordinate), "f", style_id
        value, data_type = self._convert(cell, value, data_type, style_id)
        return row, column, value, data_type, style_id

    def _convert(self, cell: _Cell, value: object, data_type: str, style_id: int) -> tuple[object, str]:
        if isinstance(value, str):
            if data_type == "n":
                number = _cast_number(value)
                value = number
                if style_id in self.date_formats:
                    data_type = "d"
                    try:
                        value = from_excel(number, self.workbook.epoch, timedelta=style_id in self.timedelta_formats)
                    except (OverflowError, ValueError):
                        data_type, value = "e", "#VALUE!"
            elif data_type == "s":
                value = self.shared_strings[int(value)]
            elif data_type == "b":
                value = bool(int(value))
            elif data_type == "str":
                data_type = "s"
            elif data_type == "d":
                value = from_ISO8601(value)
        elif data_type == "inlineStr" and cell.inline != _NOT_SEEN:
            data_type = "s"
            value = cell.text.content()
        return value, data_type

    def _formula(self, cell: _Cell, coordinate: str | None) -> object:
        attrs = cell.formula_attrs
        kind = attrs.get("t")
        value = "=" + (cell.formula or "")
        if kind == "array":
            return ArrayFormula(ref=attrs.get("ref"), text=value)
        if kind == "shared":
            index = attrs.get("si")
            if index in self.shared_formulae:
                return self.shared_formulae[index].translate_formula(coordinate)
            if value != "=":
                self.shared_formulae[index] = Translator(value, coordinate)
        elif kind == "dataTable":
            return DataTableFormula(**attrs)
        return value


def _refuse_entities(*_: object) -> None:
    raise UnsafeXmlError("XML 部件定义了实体，已拒绝解析")


def _refuse_external(*_: object) -> int:
    raise UnsafeXmlError("XML 部件引用了外部实体，已拒绝解析")


def parse(
    source: IO[bytes],
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    characters: Callable[[str], None],
) -> None:
    """Feed an XML part to expat handlers, tags as ``namespace}name``; entity definitions are refused."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    # What defusedxml forbids for openpyxl: entity declarations (bombs) and external entities.
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    while chunk := source.read(_CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def read_sheet(worksheet: BookSheet, budget: CellBudget | None = None) -> dict[tuple[int, int], RawCell]:
    """Every non-empty cell of a worksheet, by (row, column)."""
    return read_sheet_parts(worksheet, budget).cells


class SheetParts:
    """What one sheet holds: its cells, its merged blocks' refs, and formulas' cached values when asked for."""

    def __init__(
        self, cells: dict[tuple[int, int], RawCell], merges: list[str], cached: dict[tuple[int, int], object]
    ) -> None:
        self.cells = cells
        self.merges = merges
        self.cached = cached


def read_sheet_parts(
    worksheet: BookSheet, budget: CellBudget | None = None, cached: bool = False, every_row: bool = False
) -> SheetParts:
    """The cells and merged blocks of a worksheet.

    ``cached`` also keeps formulas' computed values; ``every_row`` reads cells as openpyxl's normal mode
    does (every row whatever its order, the last cell written at a place wins) instead of read-only mode.
    """
    sheet = _SheetParser(worksheet.book, worksheet.book.shared_strings, budget, cached, every_row)
    with worksheet.source() as source:
        parse(source, sheet.start, sheet.end, sheet.characters)
    return SheetParts(sheet.cells, sheet.merges, sheet.cached or {})
