"""Every sheet of a workbook read without a Python call per cell: values by calamine, the rest by a scan.

python-calamine (Rust) reads every value of a sheet, shared strings and dates included, into rows of
Python objects. It gives no formulas and no number formats, so the sheet's XML bytes are scanned with
``re`` (C speed) for the few things the reader needs beyond the values:

- the formula of every cell that has one (our amounts are ``=ROUND(C20*E20,2)``, arithmetic a user typed
  is ``=45*4-22``), shared formulas translated as openpyxl translates them;
- the number format of the cells whose format changes what a number reads as: a percentage (``%``) or
  decimal places (``#,##0.00`` makes 4500 the factor 4500.00); every other cell reads as "General";
- the sheet's extent and its number of cells, before calamine allocates its rectangle of values.

The scan reads only what it can read exactly. When a sheet is written in a way it does not know (cells
without a reference, a namespace prefix, attributes in an unusual order around a formula, a DOCTYPE),
when its rectangle would be far larger than its cells (a stray cell at XFD1048576), or when calamine
fails, ``ScanRefusedError`` is raised and the caller reads the workbook with expat (sheetxml.py), which is
slower but reads anything and refuses what is hostile with its own clear cause.
tests/io/test_xlsx_fastio.py compares the two readers cell by cell on every test workbook.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from python_calamine import CalamineWorkbook

from gridbudget_gui.io.xlsx.book import Book, BookSheet
from gridbudget_gui.io.xlsx.sheetxml import CellBudget, RawCell, SheetParts, TooManyCellsError

AREA_MIN = 2_000_000
AREA_PER_CELL = 50
"""calamine holds a sheet as a full rectangle of values: it may span at most 50 positions for every cell
the sheet holds (at least 2,000,000, about 64 MB); a sparser sheet is read by expat."""

_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_FORMULA_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*+><f((?: [^>]*?)?)(?:/>|>([^<]*)</f>)')
"""A cell whose first child is its formula (every writer puts ``<f>`` before ``<v>``): its reference's
letters and digits, the formula's attributes and text. Each match is one ``<f>``, ``<f …>`` or ``<f/>``."""
_BLANK_TEXT = re.compile(rb"<t(?: [^>]*)?>(?:\s|&#(?:x[0-9a-fA-F]+|[0-9]+);)+</t>")
"""A text of white space only, which calamine reads as an empty cell."""
_ERROR = re.compile(rb'<c r="([A-Z]{1,3}[0-9]{1,7})"[^>]*? t="e"[^>]*>(?:<f[^>]*?(?:/>|>[^<]*</f>))?<v>([^<]*)</v>')
_CELL_TAG = re.compile(rb"<c[\s/>]")
"""A cell's tag, whatever follows its name (a reference, another attribute, a line break)."""
_ATTRIBUTE = re.compile(rb'([a-zA-Z]+)="([^"<>]*)"')
_STYLE_NOT_SECOND = re.compile(rb'<c r="[^"]*" (?!s=")[^>]* s="')
_TYPES = {str: "s", float: "n", int: "n", bool: "b"}


_XML_ESCAPES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"))


def _unescape(text: str) -> str:
    """The text of an XML element whose bytes hold ``&``: the five named entities, then character references."""
    if "&#" in text:
        return html.unescape(text)
    for escaped, plain in _XML_ESCAPES:
        if escaped in text:
            text = text.replace(escaped, plain)
    return text.replace("&amp;", "&")


_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")


def _escaped(text: str) -> str:
    """A text as it stands in the XML for what reads it next (io/cells.py undoes Excel's ``_xHHHH_`` escapes):
    calamine has undone them already, so a ``_x0041_`` typed as such (stored ``_x005F_x0041_``) is escaped
    again rather than read twice into an A."""
    return _ESCAPE.sub(lambda found: "_x005F" + found[0], text)


def _blank_text(data: bytes) -> bool:
    """True when the XML holds a text of white space only (one pass, whether it holds texts or not)."""
    return _BLANK_TEXT.search(data) is not None


class ScanRefusedError(Exception):
    """The scan cannot read this workbook exactly: read it with expat instead."""


def _relevant(number_format: str) -> bool:
    """A format that changes how a number reads back: a percentage, or decimal places."""
    return "%" in number_format or "." in number_format


_RELEASED: list[object] = []
"""The values of a row read and let go (ScannedSheet.release)."""


class ScannedSheet:
    """One sheet's values (calamine), formulas, relevant number formats and merged blocks (1-based)."""

    def __init__(
        self,
        title: str,
        rows: list[list[Any]],
        formulas: dict[tuple[int, int], object],
        formats: dict[tuple[int, int], str],
        merges: list[tuple[int, int, int, int]],
    ) -> None:
        self.title = title
        self.rows = rows
        self.formulas = formulas
        self.merges = merges
        self.cell_formats = formats
        """The relevant formats by (row, column)."""
        self.max_row = len(rows)
        self.max_col = max((len(row) for row in rows), default=0)

    def value(self, row: int, column: int) -> object:
        """The value calamine read at (row, column): for a formula, the value stored with it; None if empty."""
        if 0 < row <= len(self.rows):
            cells = self.rows[row - 1]
            if cells is _RELEASED:
                raise RuntimeError(f"row {row} of {self.title} read again after it was released")
            if 0 < column <= len(cells):
                value = cells[column - 1]
                if type(value) is str and "_x" in value:
                    return _escaped(value)
                return None if value == "" else value
        return None

    def release(self, row: int) -> None:
        """Let a row's values go once read (a 100,000-line declaration's cost lines hold 100 MB of them);
        reading it again is a mistake of the reader, refused loudly rather than read as empty."""
        self.rows[row - 1] = _RELEASED

    def raw(self, row: int, column: int) -> RawCell | None:
        """(value, data type, number format) as sheetxml reads a cell; None when the cell is empty."""
        if self.formulas:
            formula = self.formulas.get((row, column))
            if formula is not None:
                if type(formula) is bytes:
                    formula = self._unescaped(row, column, formula)
                return formula, "f", self.number_format(row, column)
        if 0 < row <= len(self.rows):
            cells = self.rows[row - 1]
            if cells is _RELEASED:
                raise RuntimeError(f"row {row} of {self.title} read again after it was released")
            value = cells[column - 1] if 0 < column <= len(cells) else ""
        else:
            return None
        kind = _TYPES.get(type(value))
        if kind == "s":  # a text reads the same whatever its format (io/cells.py's cell_text)
            if "_x" in value:
                value = _escaped(value)
            return (value, kind, "General") if value != "" else None
        if kind == "n":
            if type(value) is float and value.is_integer():
                value = int(value)  # openpyxl reads "45" as an int, as the writer wrote it
            return value, kind, self.number_format(row, column)
        if kind is None:
            kind = "d" if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)) else "s"
        return value, kind, self.number_format(row, column)

    def number_format(self, row: int, column: int) -> str:
        """The cell's number format when it changes how a number reads back; "General" otherwise."""
        return self.cell_formats.get((row, column), "General") if self.cell_formats else "General"

    def items(self) -> Iterator[tuple[tuple[int, int], RawCell]]:
        """Every non-empty cell, by (row, column)."""
        for row_index, cells in enumerate(self.rows, start=1):
            if cells is _RELEASED:
                raise RuntimeError(f"row {row_index} of {self.title} read again after it was released")
            for column_index, value in enumerate(cells, start=1):
                if value != "" or (row_index, column_index) in self.formulas:
                    raw = self.raw(row_index, column_index)
                    if raw is not None:
                        yield (row_index, column_index), raw
        for (row, column), found in list(self.formulas.items()):
            if row > len(self.rows) or column > len(self.rows[row - 1]):
                formula = self._unescaped(row, column, found) if type(found) is bytes else found
                yield (row, column), (formula, "f", "General")

    def formula(self, row: int, column: int) -> object:
        """The formula at (row, column) as sheetxml reads it (``=…``, array, data table); None if it has none."""
        formula = self.formulas.get((row, column))
        if type(formula) is bytes:
            return self._unescaped(row, column, formula)
        return formula

    def _unescaped(self, row: int, column: int, escaped: bytes) -> str:
        """A formula as the XML text the scan found, decoded and unescaped when first read (the one pass keeps
        each formula's bytes: most are never read one by one, and the 500 breakdown formulas of a 10,000-line
        declaration are 5 MB of ``&amp;``)."""
        formula = "=" + _unescape(escaped.decode()) if b"&" in escaped else "=" + escaped.decode()
        self.formulas[(row, column)] = formula
        return formula

    def parts(self) -> SheetParts:
        """The sheet as sheetxml's SheetParts (cells, merged refs, formulas' stored values)."""
        cells = dict(self.items())
        merges = [f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}" for r1, c1, r2, c2 in self.merges]
        cached: dict[tuple[int, int], object] = {}
        for row, column in self.formulas:
            value = self.value(row, column)
            if value is not None:
                cached[(row, column)] = int(value) if isinstance(value, float) and value.is_integer() else value
        return SheetParts(cells, merges, cached)


class ScannedBook:
    """A workbook's sheets read by calamine and the scan, beside its Book (names, styles, sheet parts)."""

    def __init__(self, path: Path, book: Book, budget: CellBudget | None) -> None:
        self.book = book
        self.budget = budget
        try:
            self.calamine = CalamineWorkbook.from_path(str(path))
        except Exception as problem:  # calamine's own errors, or a zip it cannot read: expat says why
            raise ScanRefusedError(str(problem)) from problem
        if book.strings_part is not None:  # calamine parses it; a DTD belongs to an attack, which expat names
            strings = book.archive.read(book.strings_part)
            if _DOCTYPE.search(strings, 0, 1 << 16) or _BLANK_TEXT.search(strings):
                raise ScanRefusedError("DOCTYPE or a blank text in the shared strings")
        formats = book.styles.number_formats
        self.relevant = [str(index).encode() for index, code in enumerate(formats) if _relevant(code)]
        self.codes = {index: formats[int(index)] for index in self.relevant}
        """The relevant number formats by style id, as the sheet's XML writes it."""
        self.sheets: dict[str, ScannedSheet] = {}

    def sheet(self, sheet: BookSheet) -> ScannedSheet:
        """The scanned sheet, read once; ScanRefusedError when it cannot be read exactly this way."""
        if sheet.title not in self.sheets:
            self.sheets[sheet.title] = self._scan(sheet)
        return self.sheets[sheet.title]

    def _scan(self, sheet: BookSheet) -> ScannedSheet:
        data = self.book.archive.read(sheet.part)
        # A DTD can only stand before the root element; one anywhere else is not XML, which calamine refuses.
        if _DOCTYPE.search(data, 0, 1 << 16) or b"<sheetData" not in data or _blank_text(data):
            raise ScanRefusedError("DOCTYPE, a blank text or an unknown form of sheet")
        count = data.count(b'<c r="')
        if self.budget is not None:
            self.budget.left -= count
            if self.budget.left < 0:
                raise TooManyCellsError(f"单元格超过 {self.budget.limit:,} 个")
        try:
            formulas, formats = self._one_pass(data, count)
        except _UnusualSheetError:
            formulas, formats = self._careful(data, count)
        errors = _ERROR.findall(data) if b't="e"' in data else []
        del data  # 85 MB at 100,000 lines: let it go before calamine makes its rows
        try:
            values = self.calamine.get_sheet_by_name(sheet.title)
            merges = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1) for (r1, c1), (r2, c2) in values.merged_cell_ranges or []]
            rows = values.to_python(skip_empty_area=False)
            del values
        except Exception as problem:
            raise ScanRefusedError(str(problem)) from problem
        _put_errors(errors, rows)
        return ScannedSheet(sheet.title, rows, formulas, formats, merges)

    def _one_pass(self, data: bytes, count: int) -> tuple[dict[tuple[int, int], object], dict[tuple[int, int], str]]:
        """Formulas and relevant formats in one pass over the cells (``_cell_pattern``), with what proves it saw them
        all: every cell of the sheet inside ``<sheetData>`` with its reference first, every ``<f>`` there one
        the pass read; _UnusualSheetError when the sheet needs the careful passes (``_careful``)."""
        start, end = data.find(b"<sheetData"), data.rfind(b"</sheetData>")
        if end < start or _STYLE_NOT_SECOND.search(data, 0, 1 << 16):
            raise _UnusualSheetError
        for tag in (b"<c ", b"<c>", b"<f ", b"<f>", b"<f/>"):  # cells and formulas outside <sheetData>
            if data.find(tag, 0, start) >= 0 or data.find(tag, end) >= 0:
                raise _UnusualSheetError
        digits = _last_row_digits(data, end)
        if 26 * (10**digits) > max(AREA_MIN, AREA_PER_CELL * count):
            raise _UnusualSheetError
        cells = _cell_pattern(self.relevant, digits).findall(data, start, end)
        odd = [cell for cell in cells if cell[0] or cell[8]]
        if odd:
            if [cell for cell in odd if cell[8]]:
                raise ScanRefusedError("cells without a reference")
            raise _UnusualSheetError  # a reference with two letters or more digits than the last row
        # A cell is (_, letter, row, relevant style, <f…> and text when styled, <f…> and text otherwise, _).
        codes = self.codes
        formats = {(int(cell[2]), cell[1][0] - 64): codes[cell[3]] for cell in cells if cell[3]}
        found: dict[tuple[int, int], object] = {
            (int(cell[2]), cell[1][0] - 64): cell[5] if cell[4] else cell[7] for cell in cells if cell[4] or cell[6]
        }
        seen = len([cell for cell in cells if cell[4] or cell[6]])
        if len(found) != seen:
            raise ScanRefusedError("a second formula in one cell")
        # Inside <sheetData> only a cell's formula starts with "<f" (and a rich text's <family>, rarely).
        if data.count(b"<f", start, end) != seen:
            tags = data.count(b"<f>", start, end) + data.count(b"<f ", start, end) + data.count(b"<f/>", start, end)
            if tags != seen:
                raise ScanRefusedError("a formula outside a cell the scan knows")
        special = [
            (tag[2:], cell[5] if cell[4] else cell[7], (int(cell[2]), cell[1][0] - 64))
            for cell in cells
            if b"t=" in (tag := cell[4] or cell[6])
        ]
        if special:  # shared, array, data table: read now, in the sheet's order
            _special_formulas(found, special)
        return found, formats

    def _careful(self, data: bytes, count: int) -> tuple[dict[tuple[int, int], object], dict[tuple[int, int], str]]:
        """Formulas and relevant formats by separate passes that read any sheet the scan knows (slower)."""
        if len(_CELL_TAG.findall(data)) != count:
            raise ScanRefusedError("cells without a reference")
        _check_extent(data, count)
        return _formulas(data), self._formats(data)

    def _formats(self, data: bytes) -> dict[tuple[int, int], str]:
        """The relevant number format of each cell that has one, by its reference."""
        if not self.relevant:
            return {}
        ids = b"|".join(self.relevant)
        # Every writer we know puts s right after r; when one does not, the slower pattern finds it anyway.
        between = rb"[^>]*? " if _STYLE_NOT_SECOND.search(data, 0, 1 << 16) else b" "
        pattern = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"' + between + rb's="(' + ids + rb')"[ />]')
        return {_place(letters, digits): self.codes[style] for letters, digits, style in pattern.findall(data)}


def _put_errors(errors: list[tuple[bytes, bytes]], rows: list[list[Any]]) -> None:
    """Put the error values (#DIV/0!, stored alone or with a formula) that calamine leaves empty."""
    for ref, text in errors:
        row, column = coordinate_to_tuple(ref.decode())
        if row > len(rows) or column > len(rows[row - 1]):
            raise ScanRefusedError("an error value outside the sheet's values")
        rows[row - 1][column - 1] = text.decode()


def _check_extent(data: bytes, count: int) -> None:
    """Refuse a sheet whose rectangle of values would be far larger than its cells."""
    last_row = data.rfind(b'<row r="')
    digits = 1
    if last_row >= 0:
        end = data.find(b'"', last_row + 8)
        digits = max(1, end - last_row - 8)
    # Any reference with two or more letters, or a row with more digits than the last row, is unusual.
    unusual = re.compile(rb'<c r="(?:[A-Z]{2}|[A-Z][0-9]{%d})' % (digits + 1))
    allowed = max(AREA_MIN, AREA_PER_CELL * count)
    if unusual.search(data) is None and 26 * (10**digits) <= allowed:
        return
    refs = re.findall(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"', data)
    if not refs:
        return
    rows = max(int(row) for _, row in refs)
    columns = max(coordinate_to_tuple(letters.decode() + "1")[1] for letters in {letters for letters, _ in refs})
    if rows * columns > allowed:
        raise ScanRefusedError("the sheet's rectangle is far larger than its cells")


class _UnusualSheetError(Exception):
    """The one pass cannot vouch for this sheet (a wide or sparse one, cells outside ``<sheetData>``, styles
    not right after the reference): the careful passes read it."""


_FORMULA = rb"(<f(?: [^>]*?)?)(?:/>|>([^<]*)</f>)"
"""A formula element: its tag with attributes, and its text (b"" for ``<f/>``)."""


def _cell_pattern(relevant: list[bytes], digits: int) -> re.Pattern[bytes]:
    """One pattern for the cells the reader needs beyond their values, tried at every ``<c``: a cell whose style
    is one of the ``relevant`` ids (with its formula, if any), a cell with a formula, a reference with two
    letters or more than ``digits`` digits (the rectangle must be counted), and a cell without a reference
    right after its name (``<c>``, ``<c s="1" r="A1">``, a line break before the ``r``)."""
    ids = b"|".join(relevant) or rb"(?!)"
    return re.compile(
        rb'<c(?: r="(?:([A-Z]{2}|[A-Z][0-9]{%d})|([A-Z])([0-9]{1,7})"'
        rb'(?: s="(%s)"[^>]*+>(?:%s)?|[^>]*+>%s))|(>|/>|[\t\n\r]| (?!r=")))' % (digits + 1, ids, _FORMULA, _FORMULA)
    )


def _last_row_digits(data: bytes, end: int) -> int:
    """The number of digits of the last row's number (1 when the sheet has no row)."""
    last_row = data.rfind(b'<row r="', 0, end)
    if last_row < 0:
        return 1
    return max(1, data.find(b'"', last_row + 8) - last_row - 8)


def _column(letters: bytes) -> int:
    """The column number of a reference's letters (b"C" → 3), remembered."""
    column: int = coordinate_to_tuple(letters.decode() + "1")[1]
    _COLUMNS[letters] = column
    return column


def _place(letters: bytes, digits: bytes) -> tuple[int, int]:
    """(row, column) of a reference's letters and digits."""
    return int(digits), _COLUMNS.get(letters) or _column(letters)


_COLUMNS: dict[bytes, int] = {}


def _formulas(data: bytes) -> dict[tuple[int, int], object]:
    """Every formula of the sheet by (row, column), as sheetxml reads it (``=…``, array, data table); the text
    of one that holds ``&`` stays as its XML bytes until ScannedSheet reads it."""
    cells = _FORMULA_CELL.findall(data)
    # Each match is an <f> element, so when "<f" occurs no more often than the matches (one pass, where the
    # exact count takes three) no <f> stands outside them.
    if data.count(b"<f") != len(cells):
        tags = data.count(b"<f>") + data.count(b"<f ") + data.count(b"<f/>")
        if len(cells) != tags:
            raise ScanRefusedError("a formula outside a cell the scan knows")
    found: dict[tuple[int, int], object] = {
        (int(digits), _COLUMNS.get(letters) or _column(letters)): "=" + body.decode()
        for letters, digits, _, body in cells
    }
    if len(found) != len(cells):
        raise ScanRefusedError("a second formula in one cell")
    # The few of a kind (shared, array, data table: LibreOffice's aca="false" is no kind) or with escapes.
    _special_formulas(
        found,
        [
            (attributes, body, _place(letters, digits))
            for letters, digits, attributes, body in cells
            if b"t=" in attributes or b"&" in body
        ],
    )
    return found


def _special_formulas(found: dict[tuple[int, int], object], cells: list[tuple[bytes, bytes, tuple[int, int]]]) -> None:
    """Read into ``found`` the formulas of a kind (shared, array, data table) and those holding ``&``, given in
    the sheet's order as (the ``<f>``'s attributes, its text, place); a plain one holding ``&`` stays bytes."""
    shared: dict[str | None, Translator] = {}
    for attributes, body, place in cells:
        if b"t=" not in attributes:
            found[place] = body  # a plain formula holding "&": unescaped when read (ScannedSheet._unescaped)
            continue
        text = body.decode()
        if "&" in text:
            text = _unescape(text)
        found[place] = "=" + text
        attrs = {key.decode(): value.decode() for key, value in _ATTRIBUTE.findall(attributes)}
        kind = attrs.get("t")
        if kind == "array":
            found[place] = ArrayFormula(ref=attrs.get("ref"), text="=" + text)
        elif kind == "shared":
            coordinate = f"{get_column_letter(place[1])}{place[0]}"
            index = attrs.get("si")
            if index in shared:
                found[place] = shared[index].translate_formula(coordinate)
            elif text:
                shared[index] = Translator("=" + text, coordinate)
        elif kind == "dataTable":
            found[place] = DataTableFormula(**attrs)
