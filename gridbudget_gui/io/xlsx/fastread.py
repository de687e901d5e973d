"""The shared-string table, read by expat (what LibreOffice and Excel write).

openpyxl turns every ``<si>`` into a ``Text`` object, and every formatted run in it into a full font
object, only to join the text; LibreOffice writes a font run around most strings, so a 10,000-line
declaration it re-saved spent more than half of its opening there. Here the text of the runs is joined
directly, by expat handlers: the same strings (tests/io/test_xlsx_fastio.py compares the two on every
test workbook), with entity definitions refused as defusedxml refuses them, so an entity bomb stays out.
A string nested in a string is refused rather than read in another order.
"""

from __future__ import annotations

from typing import IO

from gridbudget_gui.io.xlsx.sheetxml import SHEET_NS, RichText, parse

_NS = SHEET_NS
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
