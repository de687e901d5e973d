"""Word tables built in one pass, as the official forms are ruled: a real grid, rows that do not split.

python-docx's ``table.cell(row, col)`` walks every cell of the table on each call, so a table filled cell by
cell costs the square of its rows (300 cost lines took over a minute, 10,000 never finished). Here each row
is written once as WordprocessingML text with its cells, properties and runs, and the finished table is
parsed with python-docx's public ``parse_xml`` and placed before the body's section properties: the work
grows with the cells.

What the form needs and python-docx's cell API does not give is set here as the elements Word defines:
the grid's column widths (``w:tblGrid``; LibreOffice sizes columns by the grid, not by the cells), the
table's width with a fixed layout, header rows repeated on every page (``w:tblHeader``), rows that never
split across pages (``w:cantSplit``) and rows kept with the next (``w:keepNext`` on their paragraphs).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

SONG = "宋体"
TWIPS_PER_CM = 567
TEXT_WIDTH_CM = 16.0
"""A4 upright between the margins of ``form_document``: 21 − 2.8 − 2.2 cm."""
CELL_MARGIN_CM = 0.15
"""Left and right padding inside each cell (w:tblCellMar); Word's own default is 0.19 cm."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ALIGN = {"left": "left", "centre": "center", "right": "right"}
Progress = Callable[[int, int], None]
"""Told (rows done, rows in all) while a long table is built; it may raise to stop the export."""


def clean_text(text: str) -> str:
    """``text`` without the control characters Word's XML cannot hold (a pasted one is dropped)."""
    return _NOT_XML.sub("", text)


def text_width_cm(text: str, size: float) -> float:
    """The widest line of ``text`` at ``size`` pt, in cm, measured generously: a CJK character one em, a
    digit or letter 0.64 em (DejaVu Sans, which LibreOffice substitutes for 宋体 on Linux, is that wide;
    宋体's own are 0.5), so a figure measured here fits wherever the form is printed."""
    widest = 0.0
    for line in text.split("\n"):
        ems = 0.0
        for char in line:
            if unicodedata.east_asian_width(char) in "WF":
                ems += 1.0
            elif char in ",.:;'!|il ":
                ems += 0.34
            else:
                ems += 0.64
        widest = max(widest, ems)
    return widest * size / 72 * 2.54


def cell_width_cm(text: str, size: float) -> float:
    """The width a cell needs to hold ``text`` on one line: its text and the padding either side."""
    return text_width_cm(text, size) + 2 * CELL_MARGIN_CM + 0.05


def shared_widths(
    fixed: dict[int, float], wanted: dict[int, float], least: dict[int, float], total: float
) -> list[float]:
    """Column widths in cm filling ``total``: ``fixed`` columns as given, the others shared in proportion to the
    width their text ``wanted`` and never below their ``least`` (a figure or a word that must not be cut)."""
    columns = len(fixed) + len(wanted)
    free = total - sum(fixed.values())
    widths = dict(fixed)
    open_columns = dict(wanted)
    while open_columns:
        weight = sum(max(value, 0.1) for value in open_columns.values())
        share = {c: free * max(value, 0.1) / weight for c, value in open_columns.items()}
        short = {c: least.get(c, 0.0) for c, width in share.items() if width < least.get(c, 0.0)}
        if not short:
            widths.update(share)
            break
        widths.update(short)  # these get their least; the rest is shared again among the others
        free -= sum(short.values())
        for column in short:
            del open_columns[column]
    return [round(widths[column], 3) for column in range(columns)]


@dataclass(frozen=True)
class WordCell:
    """One cell of a row: its text and how it is set; ``span`` grid columns wide; ``merge`` restart or continue
    for a block merged down (w:vMerge)."""

    text: str = ""
    align: str = "left"
    bold: bool = False
    size: float = 10.5
    span: int = 1
    merge: str | None = None
    middle: bool = True


def _run_properties(bold: bool, size: float, font: str = SONG) -> str:
    half_points = round(size * 2)
    return (
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        f'{"<w:b/><w:bCs/>" if bold else ""}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
    )


def _paragraph(text: str, align: str, bold: bool, size: float, keep_next: bool) -> str:
    lines = [escape(line) for line in clean_text(text).split("\n")]
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    keep = "<w:keepNext/>" if keep_next else ""
    return (
        f'<w:p><w:pPr>{keep}<w:spacing w:before="0" w:after="0"/><w:jc w:val="{_ALIGN[align]}"/>'
        f"{_run_properties(bold, size)}</w:pPr>"
        f"<w:r>{_run_properties(bold, size)}{body}</w:r></w:p>"
    )


class WordTable:
    """A bordered table of fixed column ``widths`` (cm) whose rows are written as they come, then placed once."""

    def __init__(self, widths: Sequence[float]) -> None:
        self.widths = [round(width * TWIPS_PER_CM) for width in widths]
        self._rows: list[str] = []

    def row(self, cells: Sequence[WordCell], *, header: bool = False, keep_with_next: bool = False) -> None:
        """Add a row of ``cells``; a ``header`` row is repeated on every page the table runs onto; a row
        ``keep_with_next`` is printed on the same page as the row below it. No row splits across pages."""
        parts = [f"<w:tr><w:trPr><w:cantSplit/>{'<w:tblHeader/>' if header else ''}</w:trPr>"]
        column = 0
        for cell in cells:
            width = sum(self.widths[column : column + cell.span])
            properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
            if cell.span > 1:
                properties += f'<w:gridSpan w:val="{cell.span}"/>'
            if cell.merge == "restart":
                properties += '<w:vMerge w:val="restart"/>'
            elif cell.merge == "continue":
                properties += "<w:vMerge/>"
            if cell.middle:
                properties += '<w:vAlign w:val="center"/>'
            text = "" if cell.merge == "continue" else cell.text
            parts.append(
                f"<w:tc><w:tcPr>{properties}</w:tcPr>"
                f"{_paragraph(text, cell.align, cell.bold, cell.size, keep_with_next)}</w:tc>"
            )
            column += cell.span
        parts.append("</w:tr>")
        self._rows.append("".join(parts))

    def xml(self) -> str:
        """The whole table as WordprocessingML text."""
        total = sum(self.widths)
        margin = round(CELL_MARGIN_CM * TWIPS_PER_CM)
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in self.widths)
        return (
            f"<w:tbl {nsdecls('w')}><w:tblPr>"
            f'<w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/>'
            f"<w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{margin}" w:type="dxa"/><w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
            ' w:noHBand="1" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(self._rows)}</w:tbl>"
        )

    def add_to(self, word: Any) -> Any:
        """Place the table at the end of ``word``'s body (before its section properties); return its element."""
        table = parse_xml(self.xml())
        # The document's root element is public (Document.element); the last section's properties close the
        # body, so the table goes just before them, where python-docx adds its own paragraphs and tables.
        word.element.xpath("./w:body/w:sectPr")[0].addprevious(table)
        return table
