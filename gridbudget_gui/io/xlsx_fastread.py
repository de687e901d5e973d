"""openpyxl's workbook loader with a faster shared-string table (what LibreOffice and Excel write).

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
