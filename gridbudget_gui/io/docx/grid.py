"""Word tables built in one pass, as the official forms are ruled: a real grid, rows that do not split.

python-docx's ``table.cell(row, col)`` walks every cell of the table on each call, so a table filled cell by
cell costs the square of its rows (300 cost lines took over a minute, 10,000 never finished). Here each row
is written once as WordprocessingML text with its cells, properties and runs. python-docx lays out the rest
of the document; each table stands there as a one-line marker paragraph until the document is saved, and
the saved ``word/document.xml`` then gets the table's text in the marker's place (``WordForm``). Parsing
the tables into python-docx's tree and serialising them again would cost five times the writing.

What the form needs and python-docx's cell API does not give is set here as the elements Word defines:
the grid's column widths (``w:tblGrid``; LibreOffice sizes columns by the grid, not by the cells), the
table's width with a fixed layout, header rows repeated on every page (``w:tblHeader``), rows that never
split across pages (``w:cantSplit``) and rows kept with the next (``w:keepNext`` on their paragraphs).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

SONG = "宋体"
NORMAL_SIZE = 10.5
"""五号: the Normal style's size in pt (form_document)."""
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


def cell_width_cm(text: str, size: float, bold: bool = False) -> float:
    """The width a cell needs to hold ``text`` on one line: its text (a tenth wider in bold) and the padding."""
    return text_width_cm(text, size) * (1.1 if bold else 1.0) + 2 * CELL_MARGIN_CM + 0.05


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


def _run_properties(bold: bool, size: float) -> str:
    """A run's properties; nothing for 五号 Song, which the Normal style already is (form_document)."""
    if not bold and size == NORMAL_SIZE:
        return ""
    half_points = round(size * 2)
    return (
        f'<w:rPr><w:rFonts w:ascii="{SONG}" w:hAnsi="{SONG}" w:eastAsia="{SONG}"/>'
        f'{"<w:b/><w:bCs/>" if bold else ""}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
    )


def _paragraph(text: str, align: str, bold: bool, size: float, keep_next: bool) -> str:
    lines = [escape(line) for line in clean_text(text).split("\n")]
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    keep = "<w:keepNext/>" if keep_next else ""
    return (
        f'<w:p><w:pPr>{keep}<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        f'<w:jc w:val="{_ALIGN[align]}"/></w:pPr><w:r>{_run_properties(bold, size)}{body}</w:r></w:p>'
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
        """The whole table as WordprocessingML text (the w: prefix bound by the document it goes into)."""
        total = sum(self.widths)
        margin = round(CELL_MARGIN_CM * TWIPS_PER_CM)
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in self.widths)
        return (
            "<w:tbl><w:tblPr>"
            f'<w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/>'
            f"<w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{margin}" w:type="dxa"/><w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
            ' w:noHBand="1" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(self._rows)}</w:tbl>"
        )


MARKER = "GRIDBUDGET-TABLE-"
"""The text of the paragraph that holds a table's place until the document is saved."""


class WordForm:
    """A python-docx document whose tables stay WordprocessingML text until it is saved."""

    def __init__(self, word: Any) -> None:
        self.word = word
        self._tables: list[WordTable] = []

    def add_table(self, table: WordTable) -> None:
        """Place ``table`` after what the document holds so far."""
        self.word.add_paragraph(f"{MARKER}{len(self._tables)}")
        self._tables.append(table)

    def save(self, stream: BinaryIO, progress: Progress | None = None) -> None:
        """Write the .docx to ``stream``: python-docx's package with each marker paragraph made its table."""
        packed = io.BytesIO()
        self.word.save(packed)
        with zipfile.ZipFile(packed) as source, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                data = source.read(item)
                if item.filename == "word/document.xml":
                    data = self._spliced(data.decode("utf-8"))
                    if progress is not None:
                        progress(1, 1)
                item.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(item, data, compresslevel=1 if len(data) > 1 << 20 else 6)

    def _spliced(self, text: str) -> bytes:
        pieces: list[str] = []
        done = 0
        for number, table in enumerate(self._tables):
            marker = f"<w:p><w:r><w:t>{MARKER}{number}</w:t></w:r></w:p>"
            at = text.find(marker, done)
            if at < 0:
                raise ValueError(f"表格 {number + 1} 的位置丢失")
            pieces += [text[done:at], table.xml()]
            done = at + len(marker)
        pieces.append(text[done:])
        return "".join(pieces).encode("utf-8")
