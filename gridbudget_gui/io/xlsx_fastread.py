"""openpyxl's workbook loader with faster string reading: the shared-string table (what LibreOffice and
Excel write) and inline strings (what openpyxl writes, so our own files).

openpyxl turns every ``<si>`` into a ``Text`` object, and every formatted run in it into a full font
object, only to join the text; LibreOffice writes a font run around most strings, so a 10,000-line
declaration it re-saved spent more than half of its opening there. Here the text of the runs is joined
directly: the same strings (tests/io/test_xlsx_fastread.py compares the two), parsed with openpyxl's own
``iterparse`` (defusedxml when installed, so an entity bomb is still refused).
"""

from __future__ import annotations

from typing import IO, Any

from openpyxl import Workbook
from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

_SI = f"{{{SHEET_MAIN_NS}}}si"
_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"


def read_string_table(source: IO[bytes]) -> list[str]:
    """The shared strings as plain text: what ``openpyxl.reader.strings.read_string_table`` returns."""
    strings: list[str] = []
    for _, node in iterparse(source):
        if node.tag != _SI:
            continue
        parts: list[str] = []
        for child in node:
            if child.tag == _T:
                parts.append(child.text or "")
            elif child.tag == _R:
                text = child.find(_T)
                if text is not None:
                    parts.append(text.text or "")
        node.clear()
        strings.append("".join(parts).replace("x005F_", ""))
    return strings


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
