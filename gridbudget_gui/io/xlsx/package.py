"""A small SpreadsheetML writer: the few parts our workbook needs, every formula with its computed value.

Why not openpyxl or XlsxWriter: openpyxl cannot store a formula's computed value through its public API
(it writes ``<v>`` only for plain cells), so every preview that does not calculate (WeChat, DingTalk,
Explorer, pandas, a bureau's import script) saw no amount; XlsxWriter can, but took 1.3 s for the
100,000 cells of a 10,000-line declaration. The XML here is written as text, one string per cell, with
the elements in the order ECMA-376 requires; the result is read by Excel, WPS, LibreOffice and openpyxl
(tests/io/test_xlsx_write.py round-trips it through LibreOffice and openpyxl).
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import IO
from xml.sax.saxutils import escape, quoteattr

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_ROWS_PER_WRITE = 2000
_WHOLE_ROW = 0
"""The key under which a row put whole keeps its cells' XML (no column is numbered 0)."""
_SEALED_IN_MEMORY = 16 * 1024 * 1024
"""Sealed rows beyond this go to a temporary file: a 100,000-line declaration's cost table is 80 MB of XML."""
_COPY_CHUNK = 1024 * 1024

BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4}


@lru_cache(maxsize=1024)
def column_letter(column: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def ref(row: int, column: int, absolute: bool = False) -> str:
    """A cell reference: C12, or $C$12."""
    if absolute:
        return f"${column_letter(column)}${row}"
    return f"{column_letter(column)}{row}"


def sheet_ref(sheet: str, first: str, last: str | None = None) -> str:
    """'项目申报书'!$C$3 or a block of it."""
    quoted = "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!{first}" + (f":{last}" if last else "")


def _absolute(cell: str) -> str:
    """C12 → $C$12."""
    letters = cell.rstrip("0123456789")
    return f"${letters}${cell[len(letters) :]}"


@dataclass(frozen=True)
class Style:
    """A cell's look: font (body, label, title, heading), alignment, border and number format."""

    font: str = "body"
    align: str = "left"  # left (wrapped, centred vertically), top, centre, right, none
    border: bool = True
    fmt: str = "General"


_FONTS = {
    "body": '<font><sz val="11"/><name val="宋体"/><charset val="134"/></font>',
    "label": '<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font>',
    "title": '<font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font>',
    "heading": '<font><sz val="12"/><name val="宋体"/><charset val="134"/></font>',
}
_ALIGN = {
    "left": '<alignment horizontal="left" vertical="center" wrapText="1"/>',
    "top": '<alignment horizontal="left" vertical="top" wrapText="1"/>',
    "centre": '<alignment horizontal="center" vertical="center" wrapText="1"/>',
    "right": '<alignment horizontal="right" vertical="center"/>',
    "none": "",
}
_BORDERS = (
    "<border><left/><right/><top/><bottom/><diagonal/></border>",
    "<border>"
    + "".join(f'<{side} style="thin"><color rgb="FF000000"/></{side}>' for side in ("left", "right", "top", "bottom"))
    + "<diagonal/></border>",
)


class Styles:
    """The workbook's cell formats, numbered as they are first used."""

    def __init__(self) -> None:
        self.ids: dict[Style, int] = {Style(align="none", border=False): 0}
        self.formats: dict[str, int] = {}
        self.differential: list[str] = []
        """Number formats that conditional formats switch to (the dxfs), by index."""
        self._attributes: dict[int, tuple[Style, str]] = {}  # by id(): hashing a Style each cell was 10% of a save

    def attribute(self, style: Style) -> str:
        """The ``s="N"`` attribute of a cell in ``style``."""
        known = self._attributes.get(id(style))
        if known is None or known[0] is not style:
            known = self._attributes[id(style)] = (style, f' s="{self.id(style)}"')
        return known[1]

    def id(self, style: Style) -> int:
        """The cellXfs index of ``style``."""
        found = self.ids.get(style)
        if found is None:
            found = self.ids[style] = len(self.ids)
            self._format_number(style.fmt)
        return found

    def differential_id(self, fmt: str) -> int:
        """The dxf index of a conditional format that shows numbers in ``fmt``."""
        if fmt not in self.differential:
            self.differential.append(fmt)
        return self.differential.index(fmt)

    def _format_number(self, fmt: str) -> int:
        """The numFmtId of ``fmt``, a custom one numbered as first used."""
        if fmt in BUILTIN_FORMATS:
            return BUILTIN_FORMATS[fmt]
        if fmt not in self.formats:
            self.formats[fmt] = 164 + len(self.formats)
        return self.formats[fmt]

    def xml(self) -> str:
        """xl/styles.xml."""
        differential = [
            f'<dxf><numFmt numFmtId="{self._format_number(fmt)}" formatCode={quoteattr(fmt)}/></dxf>'
            for fmt in self.differential
        ]
        fonts = list(_FONTS)
        formats = "".join(
            f'<numFmt numFmtId="{number}" formatCode={quoteattr(code)}/>' for code, number in self.formats.items()
        )
        xfs = []
        for style in self.ids:
            number = BUILTIN_FORMATS.get(style.fmt, self.formats.get(style.fmt, 0))
            align = _ALIGN[style.align]
            xfs.append(
                f'<xf numFmtId="{number}" fontId="{fonts.index(style.font)}" fillId="0" borderId="{int(style.border)}"'
                f' xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">{align}</xf>'
            )
        return (
            f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(self.formats)}">{formats}</numFmts>' if self.formats else "")
            + f'<fonts count="{len(fonts)}">{"".join(_FONTS.values())}</fonts>'
            + '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            + '<fill><patternFill patternType="gray125"/></fill></fills>'
            + f'<borders count="2">{"".join(_BORDERS)}</borders>'
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            + f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            + (f'<dxfs count="{len(differential)}">{"".join(differential)}</dxfs>' if differential else "")
            + "</styleSheet>"
        )


def _number(value: Decimal | int) -> str:
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _escape(text: str) -> str:
    """``xml.sax.saxutils.escape``, skipped for the many texts with nothing to escape."""
    return escape(text) if "&" in text or "<" in text or ">" in text else text


def _text(text: str) -> str:
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() or "\n" in text else ""
    return f"<t{space}>{_escape(text)}</t>"


def text_body(text: str) -> str:
    """What follows a text cell's reference and style: the text inline, or a styled blank when empty."""
    return f' t="inlineStr"><is>{_text(text)}</is></c>' if text else "/>"


def number_body(value: Decimal | int | None) -> str:
    """What follows a number cell's reference and style, or a styled blank for None."""
    return f"><v>{_number(value)}</v></c>" if value is not None else "/>"


def cell_xml(column: int, row: int, style: str, body: str) -> str:
    """One cell's XML from its style attribute (Styles.attribute) and body (text_body, number_body…)."""
    return f'<c r="{column_letter(column)}{row}"{style}{body}'


def formula_body(formula: str, value: Decimal | int | str) -> str:
    """What follows a formula cell's reference and style: the formula and the value it computes to."""
    body = _escape(formula.removeprefix("="))
    if isinstance(value, str):
        return f' t="str"><f>{body}</f><v>{_escape(value)}</v></c>'
    return f"><f>{body}</f><v>{_number(value)}</v></c>"


@dataclass
class Sheet:
    """One worksheet: cells as XML text by row, merges, validations and print settings."""

    name: str
    widths: list[float]
    styles: Styles
    hidden: bool = False
    rows: dict[int, dict[int, str]] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    validations: list[str] = field(default_factory=list)
    conditional: list[str] = field(default_factory=list)
    print_rows: tuple[int, int] | None = None
    print_area: tuple[int, int] | None = None  # last row, last column
    landscape: bool = False
    footer: str = ""
    header: str = ""
    frozen_rows: int = 0
    """Rows kept in view while the rest scrolls (a list's heading row)."""
    auto_filter: str | None = None
    """The block with filter buttons on its first row, such as A1:Q7."""
    _covers: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    _sealed: IO[bytes] | None = None  # the XML of the rows above _sealed_below, UTF-8, spilled to disk when long
    _sealed_below: int = 1
    _sealed_extent: tuple[int, int] = (1, 1)  # the last row and column of the sealed rows
    _whole_last_column: int = 1  # the last column of the rows put whole

    def _open_row(self, row: int) -> None:
        if row < self._sealed_below:
            raise ValueError(f"第 {row} 行已经写出，不能再改")  # a writer's mistake: the cell would be lost

    def _put(self, row: int, column: int, style: Style | None, rest: str) -> None:
        self._open_row(row)
        sid = self.styles.attribute(style) if style is not None else ""
        cells = self.rows.get(row)
        if cells is None:
            cells = self.rows[row] = {}
        elif _WHOLE_ROW in cells:
            raise ValueError(f"第 {row} 行已整行写出")  # a writer's mistake: the cell would come out of order
        cells[column] = f'<c r="{column_letter(column)}{row}"{sid}{rest}'

    def put_whole_row(self, row: int, cells: str, last_column: int) -> None:
        """A row's cells as finished XML, in column order (``cell_xml``), up to ``last_column``: the fast
        way for the lines of a long table. Nothing else may be put in that row, nor merged over it."""
        self._open_row(row)
        if row in self.rows:
            raise ValueError(f"第 {row} 行已有单元格")
        self.rows[row] = {_WHOLE_ROW: cells}
        self._whole_last_column = max(self._whole_last_column, last_column)

    def text(self, row: int, column: int, text: str, style: Style | None = None) -> None:
        """A text cell (never a formula, whatever it starts with); an empty text leaves a styled blank."""
        self._put(row, column, style, text_body(text))

    def number(self, row: int, column: int, value: Decimal | int | None, style: Style | None = None) -> None:
        """A number cell, or a styled blank for None."""
        self._put(row, column, style, number_body(value))

    def formula(
        self, row: int, column: int, formula: str, value: Decimal | int | str, style: Style | None = None
    ) -> None:
        """A formula with its computed value, so programs that do not calculate still see it."""
        self._put(row, column, style, formula_body(formula, value))

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int, style: Style | None) -> None:
        """Merge a block; its covered cells take ``style`` so the block's borders are drawn all round.

        The covered cells are written when the sheet is saved, where no cell of their own was put: a
        100,000-line declaration covers 700,000 cells, which held as strings took half of a save's memory.
        """
        if (first_row, first_col) == (last_row, last_col):
            return
        self._open_row(first_row)
        self.merges.append(f"{ref(first_row, first_col)}:{ref(last_row, last_col)}")
        blank = (self.styles.attribute(style) if style is not None else "") + "/>"
        self._covers.append((first_row, first_col, last_row, last_col, blank))

    def validation(self, sqref: str, source: str, *, error: str = "") -> None:
        """A drop-down list (warning only: a value outside the list stays possible)."""
        message = f" error={quoteattr(error)}" if error else ""
        self.validations.append(
            f'<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1"{message}'
            f' sqref="{sqref}"><formula1>{escape(source)}</formula1></dataValidation>'
        )

    def conditional_format(self, sqref: str, formula: str, fmt: str) -> None:
        """Show the numbers of ``sqref`` in ``fmt`` where ``formula`` (relative to the block's top-left cell)
        holds; Excel, WPS and LibreOffice apply it as they show and print, the cell's own format otherwise."""
        priority = len(self.conditional) + 1
        self.conditional.append(
            f'<conditionalFormatting sqref="{sqref}"><cfRule type="expression"'
            f' dxfId="{self.styles.differential_id(fmt)}" priority="{priority}">'
            f"<formula>{escape(formula.removeprefix('='))}</formula></cfRule></conditionalFormatting>"
        )

    def _rows_with_covers(self, below: int | None = None) -> Iterator[tuple[int, dict[int, str]]]:
        """Each row's cells in row order up to ``below`` (excluded), the blanks under merged blocks added
        where the row has none."""
        end = below if below is not None else max([0, *self.rows, *(block[2] for block in self._covers)]) + 1
        covers = sorted(self._covers, key=lambda block: block[0])  # stable: the first merge's style wins
        numbers = {row for row in self.rows if row < end}
        for first_row, _, last_row, _, _ in covers:
            numbers.update(range(max(first_row, self._sealed_below), min(last_row + 1, end)))
        active: list[tuple[int, int, int, int, str]] = []
        waiting = 0
        for row in sorted(numbers):
            while waiting < len(covers) and covers[waiting][0] <= row:
                active.append(covers[waiting])
                waiting += 1
            if active:
                active = [block for block in active if block[2] >= row]
            cells = self.rows.get(row, {})
            if active:
                if _WHOLE_ROW in cells:
                    raise ValueError(f"第 {row} 行整行写出，不能再合并单元格")
                cells = dict(cells)
                for first_row, first_col, _, last_col, blank in active:
                    for column in range(first_col, last_col + 1):
                        if column not in cells and (row, column) != (first_row, first_col):
                            cells[column] = f'<c r="{column_letter(column)}{row}"{blank}'
            yield row, cells

    def _rows_xml(self, below: int | None = None) -> Iterator[str]:
        """The ``<row>`` elements up to ``below`` (excluded), a few thousand rows per piece."""
        heights = self.heights
        parts: list[str] = []
        for count, (row, cells) in enumerate(self._rows_with_covers(below), start=1):
            height = heights.get(row)
            parts.append(
                f'<row r="{row}" ht="{height:g}" customHeight="1">' if height is not None else f'<row r="{row}">'
            )
            parts.extend(cells[column] for column in sorted(cells))
            parts.append("</row>")
            if count % _ROWS_PER_WRITE == 0:
                yield "".join(parts)
                parts.clear()
        yield "".join(parts)

    def seal(self, below: int) -> None:
        """The rows above ``below`` are complete: keep them as UTF-8 XML, a third of the memory their
        cells took (a 100,000-line declaration). A cell or merge put there afterwards is refused."""
        if below <= self._sealed_below:
            return
        last_row, last_col = self._sealed_extent
        for row in [row for row in self.rows if row < below]:
            if self.rows[row]:
                last_row, last_col = max(last_row, row), max(last_col, self._whole_last_column, *self.rows[row])
        for _, _, cover_last_row, cover_last_col, _ in self._covers:
            last_row, last_col = max(last_row, min(cover_last_row, below - 1)), max(last_col, cover_last_col)
        if self._sealed is None:
            self._sealed = tempfile.SpooledTemporaryFile(max_size=_SEALED_IN_MEMORY)  # noqa: SIM115 - closed in write_xml
        for piece in self._rows_xml(below):
            self._sealed.write(piece.encode())
        for row in [row for row in self.rows if row < below]:
            del self.rows[row]
        self._covers = [block for block in self._covers if block[2] >= below]
        self._sealed_below, self._sealed_extent = below, (last_row, last_col)

    def write_xml(self, stream: IO[bytes], selected: bool) -> None:
        """Write xl/worksheets/sheetN.xml to ``stream``, a few thousand rows at a time, and let go of the
        cells written (a sheet is written once)."""
        sealed_row, sealed_col = self._sealed_extent
        last_row = max([sealed_row, *self.rows, *(block[2] for block in self._covers)])
        last_col = max(
            [sealed_col, *(max(cells) for cells in self.rows.values() if cells), *(b[3] for b in self._covers)]
        )
        if any(_WHOLE_ROW in cells for cells in self.rows.values()):
            last_col = max(last_col, self._whole_last_column)
        parts = [
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">',
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
            f'<dimension ref="A1:{ref(last_row, last_col)}"/>',
            f'<sheetViews><sheetView showGridLines="0"{' tabSelected="1"' if selected else ""} workbookViewId="0">'
            + (
                f'<pane ySplit="{self.frozen_rows}" topLeftCell="A{self.frozen_rows + 1}"'
                ' activePane="bottomLeft" state="frozen"/>'
                if self.frozen_rows
                else ""
            )
            + "</sheetView></sheetViews>",
            '<sheetFormatPr defaultRowHeight="14.4"/>',
        ]
        if self.widths:
            parts.append("<cols>")
            parts.extend(
                f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(self.widths, start=1)
            )
            parts.append("</cols>")
        parts.append("<sheetData>")
        stream.write("".join(parts).encode())
        parts.clear()
        if self._sealed is not None:
            self._sealed.seek(0)
            shutil.copyfileobj(self._sealed, stream, _COPY_CHUNK)
        for text in self._rows_xml():
            stream.write(text.encode())
        self.close()
        parts.append("</sheetData>")
        if self.auto_filter:
            parts.append(f'<autoFilter ref="{self.auto_filter}"/>')
        if self.merges:
            parts.append(f'<mergeCells count="{len(self.merges)}">')
            parts.extend(f'<mergeCell ref="{block}"/>' for block in self.merges)
            parts.append("</mergeCells>")
        parts.extend(self.conditional)
        if self.validations:
            parts.append(
                f'<dataValidations count="{len(self.validations)}">{"".join(self.validations)}</dataValidations>'
            )
        if not self.hidden:
            # A wider left margin (2.5 cm) leaves room to bind the printed form, as official forms do.
            parts.append('<printOptions horizontalCentered="1"/>')
            parts.append('<pageMargins left="0.98" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
            orientation = "landscape" if self.landscape else "portrait"
            parts.append(f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>')
            if self.footer or self.header:
                header = f"<oddHeader>{escape('&C' + self.header)}</oddHeader>" if self.header else ""
                footer = f"<oddFooter>{escape('&C' + self.footer)}</oddFooter>" if self.footer else ""
                parts.append(f"<headerFooter>{header}{footer}</headerFooter>")
        parts.append("</worksheet>")
        stream.write("".join(parts).encode())

    def close(self) -> None:
        """Let go of the rows kept for writing (their temporary file too), written or not."""
        if self._sealed is not None:
            self._sealed.close()
            self._sealed = None
        self.rows.clear()

    def xml(self, selected: bool) -> str:
        """xl/worksheets/sheetN.xml as text; like write_xml, it lets go of the cells (a sheet is written once)."""
        buffer = io.BytesIO()
        self.write_xml(buffer, selected)
        return buffer.getvalue().decode()


@dataclass(frozen=True)
class Attachment:
    """A part of our own in the package, written last so that it can name the parts before it."""

    part: str
    content_type: str
    relationship: str
    body: Callable[[], list[bytes]]
    """The part's bulk, made in a thread while the sheets are compressed (zlib lets go of the GIL then)."""
    tail: Callable[[list[zipfile.ZipInfo]], bytes]
    """The part's end, given the parts written before it."""


class Package:
    """A workbook: sheets, defined names, and the zip they are saved in."""

    def __init__(self) -> None:
        self.styles = Styles()
        self.sheets: list[Sheet] = []
        self.names: dict[str, str] = {}

    def sheet(self, name: str, widths: list[float], *, hidden: bool = False) -> Sheet:
        """Add a sheet."""
        sheet = Sheet(name, widths, self.styles, hidden=hidden)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        """Let go of every sheet's rows (a package that failed to build or save included)."""
        for sheet in self.sheets:
            sheet.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def define(self, name: str, target: str) -> None:
        """A workbook-wide defined name."""
        self.names[name] = target

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name={quoteattr(sheet.name)} sheetId="{i}"{' state="hidden"' if sheet.hidden else ""}'
            f' r:id="rId{i}"/>'
            for i, sheet in enumerate(self.sheets, start=1)
        )
        names = [f"<definedName name={quoteattr(n)}>{escape(t)}</definedName>" for n, t in sorted(self.names.items())]
        for index, sheet in enumerate(self.sheets):
            if sheet.print_area is not None:
                last_row, last_col = sheet.print_area
                target = sheet_ref(sheet.name, "$A$1", ref(last_row, last_col, absolute=True))
                names.append(
                    f'<definedName name="_xlnm.Print_Area" localSheetId="{index}">{escape(target)}</definedName>'
                )
            if sheet.auto_filter:
                start, _, end = sheet.auto_filter.partition(":")
                target = sheet_ref(sheet.name, _absolute(start), _absolute(end) if end else None)
                names.append(
                    f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
                    f"{escape(target)}</definedName>"
                )
            if sheet.print_rows is not None:
                first, last = sheet.print_rows
                target = sheet_ref(sheet.name, f"${first}", f"${last}")
                names.append(
                    f'<definedName name="_xlnm.Print_Titles" localSheetId="{index}">{escape(target)}</definedName>'
                )
        return (
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{''.join(names)}</definedNames>" if names else "")
            # Excel, WPS and LibreOffice calculate everything again on opening; the stored values are for previews.
            + '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
        )

    def save(self, stream: IO[bytes], attachment: Attachment | None = None) -> None:
        """Write the package as a zip to ``stream``, with ``attachment`` as its last part."""
        count = len(self.sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        types = (
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + (
                f'<Override PartName="/{attachment.part}" ContentType="{attachment.content_type}"/>'
                if attachment is not None
                else ""
            )
            + '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            f"{overrides}</Types>"
        )
        root_rels = (
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
            + (
                f'<Relationship Id="rId3" Type="{attachment.relationship}" Target="{attachment.part}"/>'
                if attachment is not None
                else ""
            )
            + "</Relationships>"
        )
        book_rels = (
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, count + 1)
            )
            + f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        )
        app = (
            f'{_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>GridBudget</Application></Properties>"
        )
        with (
            ThreadPoolExecutor(max_workers=1) as helper,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        ):
            body = helper.submit(attachment.body) if attachment is not None else None
            archive.writestr("[Content_Types].xml", types)
            archive.writestr("_rels/.rels", root_rels)
            archive.writestr("docProps/app.xml", app)
            archive.writestr("xl/workbook.xml", self._workbook())
            archive.writestr("xl/_rels/workbook.xml.rels", book_rels)
            for index, sheet in enumerate(self.sheets, start=1):
                with archive.open(f"xl/worksheets/sheet{index}.xml", "w") as part:
                    sheet.write_xml(part, index == 1)
            archive.writestr("xl/styles.xml", self.styles.xml())
            if attachment is not None and body is not None:
                infos = archive.infolist()
                with archive.open(attachment.part, "w") as part:
                    for piece in body.result():
                        part.write(piece)
                    part.write(attachment.tail(infos))
