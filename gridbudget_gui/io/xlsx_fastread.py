"""openpyxl's workbook loader with faster string reading: the shared-string table (what LibreOffice and
Excel write) and inline strings (what openpyxl writes, so our own files).

openpyxl turns every ``<si>`` into a ``Text`` object, and every formatted run in it into a full font
object, only to join the text; LibreOffice writes a font run around most strings, so a 10,000-line
declaration it re-saved spent more than half of its opening there. Here the text of the runs is joined
directly, by expat handlers: the same strings (tests/io/test_xlsx_fastio.py compares the two on every
test workbook), and a document type is refused as defusedxml refuses it, so an entity bomb stays out.
"""

from __future__ import annotations

from typing import IO, Any

from openpyxl import Workbook
from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

from gridbudget_gui.io.xlsx_sheetxml import parse

_NS = SHEET_MAIN_NS + "}"  # expat's names: namespace}tag
_SI, _EXPAT_T, _EXPAT_R = _NS + "si", _NS + "t", _NS + "r"
_T, _R = f"{{{_NS}t", f"{{{_NS}r"  # ElementTree's names: {namespace}tag


class _StringTable:
    """expat handlers that join the text of each ``<si>``: its direct ``<t>``, and each run's first ``<t>``."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.depth = 0
        self.si_depth = -1  # depth of the open <si>, -1 outside one
        self.parts: list[str] = []
        self.child = ""  # the tag of the <si>'s open child
        self.run_has_text = False
        self.text: list[str] | None = None  # the <t> being read; ElementTree's .text stops at a child

    def start(self, tag: str, _attrs: dict[str, str]) -> None:
        depth, self.depth = self.depth, self.depth + 1
        if self.text is not None:
            self._end_text()
        if self.si_depth < 0:
            if tag == _SI:
                self.si_depth, self.parts = depth, []
        elif depth == self.si_depth + 1:
            self.child = tag
            if tag == _EXPAT_T:
                self.text = []
            elif tag == _EXPAT_R:
                self.run_has_text = False
        elif depth == self.si_depth + 2 and tag == _EXPAT_T and self.child == _EXPAT_R and not self.run_has_text:
            self.run_has_text = True
            self.text = []

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.text is not None:
            self._end_text()
        if self.depth == self.si_depth:
            self.strings.append("".join(self.parts).replace("x005F_", ""))
            self.si_depth = -1

    def characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _end_text(self) -> None:
        assert self.text is not None
        self.parts.append("".join(self.text))
        self.text = None


def read_string_table(source: IO[bytes]) -> list[str]:
    """The shared strings as plain text: what ``openpyxl.reader.strings.read_string_table`` returns."""
    table = _StringTable()
    parse(source, table.start, table.end, table.characters)
    return table.strings


class _Reader(ExcelReader):  # type: ignore[misc]
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


_RUN_T = f"{_R}/{_T}"


def inline_text(element: Any) -> str | None:
    """The plain text of an inline-string cell: what openpyxl's ``Text.from_tree(is).content`` gives.

    openpyxl builds a Text object (and a font object per run) for every inline string just to read
    its text; openpyxl itself writes every string inline, so our own 10,000-line files paid ~1 s here.
    """
    child = element.find(INLINE_STRING)
    if child is None:
        return None
    snippets = [plain.text or "" for plain in child.findall(_T)[:1]]
    snippets += [run.text or "" for run in child.findall(_RUN_T)]
    return "".join(snippets)


def _parse_cell(self: WorkSheetParser, element: Any) -> dict[str, Any]:
    if element.get("t") != "inlineStr" or self.rich_text or element.find(FORMULA_TAG) is not None:
        parsed: dict[str, Any] = _openpyxl_parse_cell(self, element)
        return parsed
    cell = _openpyxl_parse_cell_without_text(self, element)
    text = inline_text(element)
    if text is not None:
        cell["data_type"], cell["value"] = "s", text
    return cell


def _openpyxl_parse_cell_without_text(self: WorkSheetParser, element: Any) -> dict[str, Any]:
    """openpyxl's own parse of the cell's place and style, with the inline string left out."""
    coordinate = element.get("r")
    style_id = element.get("s", 0)
    if coordinate:
        row, column = coordinate_to_tuple(coordinate)
        self.col_counter = column
    else:
        self.col_counter += 1
        row, column = self.row_counter, self.col_counter
    return {
        "row": row,
        "column": column,
        "value": None,
        "data_type": "inlineStr",
        "style_id": int(style_id) if style_id else 0,
    }


_openpyxl_parse_cell = WorkSheetParser.parse_cell
WorkSheetParser.parse_cell = _parse_cell
