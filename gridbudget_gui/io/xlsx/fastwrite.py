"""Save an openpyxl workbook with the worksheet rows serialised as text rather than element by element.

openpyxl builds an ElementTree element for every cell and serialises it through et_xmlfile; for a
10,000-line declaration (about 120,000 cells) that was two thirds of the save. Here the common cells
(empty, number, text, plain formula; with or without a style) become one string per row, byte for byte
what openpyxl writes (tests/io/test_xlsx_fastwrite.py compares the two). Anything unusual (rich text,
dates, array formulas, comments, hyperlinks) still goes through openpyxl's own cell writer, and when
et_xmlfile no longer has the raw writer this relies on, the whole sheet falls back to openpyxl.
Everything outside ``<sheetData>`` (merges, validations, print settings, defined names) is openpyxl's:
the save is still ``Workbook.save``, with openpyxl's worksheet writer swapped for ours while it runs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from math import isinf, isnan
from typing import IO, Any

from openpyxl import LXML, Workbook
from openpyxl.cell._writer import write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer import excel

_NUMBERS = (int, float, Decimal)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}
)


def _escape(text: str) -> str:
    """Character data escaped as ElementTree does it (only &, < and >)."""
    if "&" in text or "<" in text or ">" in text:
        return text.translate(_ESCAPES)
    return text


def _number_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, _NUMBERS):
        raise TypeError
    if isnan(value) or isinf(value):
        return ""
    return "%.16g" % value  # noqa: UP031  openpyxl's safe_string: % turns a Decimal into a float first


class _FastWorksheetWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's worksheet writer with ``write_rows`` producing each row as one string."""

    def write_rows(self) -> None:
        xf = self.xf.send(True)
        raw = getattr(xf, "_file", None)
        if LXML or not callable(raw):  # not the et_xmlfile writer we know: let openpyxl do it all
            with xf.element("sheetData"):
                for row_idx, row in self.rows():
                    self.write_row(xf, row, row_idx)
            self.xf.send(None)
            return
        sheet = self.ws
        styles = sheet.parent._cell_styles
        dims = sheet.row_dimensions
        style_ids: dict[bytes, str] = {}
        with xf.element("sheetData"):
            for row_idx, row in self.rows():
                parts = [f'<row r="{row_idx}"']
                for key, value in dims.get(row_idx, {}):
                    parts.append(f' {key}="{value.translate(_ATTRIBUTE_ESCAPES)}"')
                parts.append(">")
                for cell in row:
                    style = cell._style
                    styled = style is not None and any(style)
                    value = cell._value
                    if cell._comment is not None:
                        sheet._comments.append(CommentRecord.from_cell(cell))
                    elif value is None and not styled:
                        continue
                    text = None if cell.hyperlink else _cell_xml(cell, value)
                    if text is None:  # unusual: openpyxl writes it (through the same raw stream)
                        raw("".join(parts))
                        parts = []
                        write_cell(xf, sheet, cell, styled)
                        continue
                    if styled:
                        key = style.tobytes()
                        sid = style_ids.get(key)
                        if sid is None:
                            sid = style_ids[key] = f' s="{styles.add(style)}"'
                        parts.append(f'<c r="{cell.coordinate}"{sid}{text}')
                    else:
                        parts.append(f'<c r="{cell.coordinate}"{text}')
                parts.append("</row>")
                raw("".join(parts))
        self.xf.send(None)


def _cell_xml(cell: Any, value: object) -> str | None:
    """The rest of a ``<c`` element after its r and s attributes, or None to leave the cell to openpyxl."""
    kind = cell.data_type
    if kind == "f":
        if not isinstance(value, str):
            return None  # ArrayFormula, DataTableFormula
        return "><f>" + _escape(value[1:]) + "</f><v /></c>" if value else " />"
    if kind == "s":
        if value is None or value == "":
            return ' t="inlineStr" />'
        if not isinstance(value, str):
            return None  # CellRichText
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and stripped != value else ""
        return f' t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
    if kind == "n":
        if value is None or value == "":
            return ' t="n" />'
        try:
            number = _number_text(value)
        except TypeError:
            return None
        return f' t="n"><v>{number}</v></c>' if number else ' t="n"><v /></c>'
    if kind == "b" and isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    return None  # dates, errors and anything new


_LOCK = threading.Lock()


@contextmanager
def fast_rows() -> Iterator[None]:
    """While inside, openpyxl's package writer uses the faster row writer (one save at a time)."""
    with _LOCK:
        excel.WorksheetWriter = _FastWorksheetWriter
        try:
            yield
        finally:
            excel.WorksheetWriter = WorksheetWriter


def save_fast(workbook: Workbook, stream: IO[bytes]) -> None:
    """``workbook.save(stream)`` with the faster row writer."""
    with fast_rows():
        workbook.save(stream)
