"""openpyxl's workbook loader with a faster shared-string table (what LibreOffice and Excel write).

openpyxl turns every ``<si>`` into a ``Text`` object, and every formatted run in it into a full font
object, only to join the text; LibreOffice writes a font run around most strings, so a 10,000-line
declaration it re-saved spent more than half of its opening there. Here the text of the runs is joined
directly, by expat handlers: the same strings (tests/io/test_xlsx_fastio.py compares the two on every
test workbook), with entity definitions refused as defusedxml refuses them, so an entity bomb stays out.
A string nested in a string is refused rather than read in another order.
"""

from __future__ import annotations

import contextlib
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHEET_MAIN_NS

from gridbudget_gui.io.xlsx.sheetxml import RichText, parse

_NS = SHEET_MAIN_NS + "}"  # expat's names: namespace}tag
_SI, _T, _R = _NS + "si", _NS + "t", _NS + "r"


class _StringTable:
    """expat handlers that read each ``<si>`` as openpyxl's ``Text.content`` does (see ``RichText``)."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.depth = 0
        self.si_depth = -1  # depth of the open <si>, -1 outside one
        self.rich = RichText()
        self.child = ""  # the tag of the <si>'s open child
        self.text: list[str] | None = None  # the <t> being read; ElementTree's .text stops at a child
        self.target = ""  # "plain" or "run"

    def start(self, tag: str, _attrs: dict[str, str]) -> None:
        depth, self.depth = self.depth, self.depth + 1
        if self.text is not None:
            self._end_text()
        if tag == _SI:
            if self.si_depth >= 0:  # openpyxl would list the inner string first: every index after shifts
                raise ValueError("共享字符串表中的字符串里又嵌套了字符串")
            self.si_depth, self.rich = depth, RichText()
        elif self.si_depth < 0:
            return
        elif depth == self.si_depth + 1:
            self.child = tag
            if tag == _T:
                self.text, self.target = [], "plain"
        elif depth == self.si_depth + 2 and tag == _T and self.child == _R:
            self.text, self.target = [], "run"

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.text is not None:
            self._end_text()
        if self.depth == self.si_depth + 1 and tag == _R:
            self.rich.end_run()
        elif self.depth == self.si_depth:
            self.strings.append(self.rich.content().replace("x005F_", ""))
            self.si_depth = -1

    def characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _end_text(self) -> None:
        assert self.text is not None
        text, self.text = "".join(self.text), None
        if self.target == "plain":
            self.rich.plain = text  # a later <t> replaces an earlier one, as in openpyxl
        else:
            self.rich.run = text


def read_string_table(source: IO[bytes]) -> list[str]:
    """The shared strings as plain text: what ``openpyxl.reader.strings.read_string_table`` returns."""
    table = _StringTable()
    parse(source, table.start, table.end, table.characters)
    return table.strings


class _FoundError(Exception):
    """Stops the scan for ``<dimension>``: the element was found, or the cells began without one."""


def _dimension(source: IO[bytes]) -> tuple[int, int, int, int] | None:
    """The ``<dimension>`` a sheet states before its cells, as openpyxl's ``parse_dimensions`` returns it."""
    found: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == _NS + "dimension":
            found.append(attrs.get("ref", ""))
            raise _FoundError
        if tag == _NS + "sheetData":
            raise _FoundError

    with contextlib.suppress(_FoundError):
        parse(source, start, lambda _tag: None, lambda _text: None)
    if not found:
        return None
    try:
        bounds = range_boundaries(found[0])
    except (ValueError, TypeError):
        return None
    return bounds if None not in bounds else None


class _ReadOnlySheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """openpyxl's read-only sheet, whose size is read without parsing the cells.

    openpyxl looks for ``<dimension>`` by building every element up to the end of ``<sheetData>``
    when the element is missing: seconds and hundreds of MB for a big sheet that states no size.
    """

    def _get_size(self) -> None:
        with self._get_source() as source:
            dimensions = _dimension(source)
        if dimensions is not None:
            self._min_column, self._min_row, self._max_column, self._max_row = dimensions


class _Reader(ExcelReader):  # type: ignore[misc]
    def read_worksheets(self) -> None:
        if not self.read_only:
            super().read_worksheets()
            return
        for sheet, rel in self.parser.find_sheets():  # openpyxl's read-only branch, with the sheet above
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            worksheet = _ReadOnlySheet(self.wb, sheet.name, rel.target, self.shared_strings)
            worksheet.sheet_state = sheet.state
            self.wb._sheets.append(worksheet)

    def read_strings(self) -> None:
        if self.rich_text:
            super().read_strings()
            return
        part = self.package.find(SHARED_STRINGS)
        if part is not None:
            with self.archive.open(part.PartName[1:]) as source:
                self.shared_strings = read_string_table(source)


def load_workbook(
    source: Any, *, read_only: bool = False, data_only: bool = False, rich_text: bool = False
) -> Workbook:
    """``openpyxl.load_workbook`` with the faster shared-string table."""
    reader = _Reader(source, read_only=read_only, data_only=data_only, rich_text=rich_text)
    reader.read()
    return reader.wb
