"""Colleagues' files that are not workbooks, read as the same Grid the form reader walks.

An online system's "xls" that is an HTML page, Excel 2003 XML (SpreadsheetML), CSV, OpenDocument (.ods) and a
Word .docx all become one Grid per sheet (a web page or a Word document is one sheet: its paragraphs and
tables one under another). Every reader is bounded: the file's size, the cells it may hold and the repeats
an ODS row may claim are capped, and XML is parsed with defusedxml (no entities, no external references).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from gridbudget_gui.io.cells import CellValue
from gridbudget_gui.io.document_file import DocumentError, read_limited
from gridbudget_gui.io.form.grid import Grid

MAX_TEXT_BYTES = 32 * 1024 * 1024
"""A declaration as a web page, XML or CSV is a few hundred KB; far more is not a form."""

MAX_CELLS = 300_000
"""Filled cells one file may give (a 20,000-line declaration); the xlsx reader allows as many for small files."""

MAX_UNPACKED = 64 * 1024 * 1024
"""What the one XML part read from an .ods or .docx may unpack to."""

MAX_PLACED = 600_000
"""Cells one file may lay out, empty ones included (each takes a place on the grid)."""

MAX_HTML_CELLS = 100_000
"""Cells an HTML page may hold: Python's HTML parser takes ~25 µs a tag, so this is read in ~3 s at most."""

MAX_WORD_TABLES = 2_000
"""Tables one Word document may hold: a declaration has a few dozen; a hundred thousand is an attack."""

MAX_WORD_CELLS = 100_000
"""Table cells one Word document may hold (a 10,000-line cost table): counted in the packed XML before it is
parsed, so a table of a million cells is refused in a fraction of a second."""


class TableTooLargeError(ValueError):
    """The file holds more cells than any declaration."""


class TableBuilder:
    """Rows of cells with row and column spans placed on a Grid, as an HTML or Word table lays them out."""

    def __init__(self, name: str, budget: list[int]) -> None:
        self.grid = Grid(name)
        self.row = 0
        self._taken: set[tuple[int, int]] = set()
        self._budget = budget  # shared by the sheets of one file: [cells left]
        self._placed = 0

    def next_row(self) -> None:
        """Start a new row."""
        self.row += 1

    def add(self, value: CellValue, rowspan: int = 1, colspan: int = 1, col: int | None = None) -> int:
        """Place a cell at the next free column of the current row (or at ``col``); return its column."""
        if col is None:
            col = 1
            while (self.row, col) in self._taken:
                col += 1
        rowspan, colspan = max(1, min(rowspan, 1000)), max(1, min(colspan, 1000))
        self._placed += 1
        if self._placed > MAX_PLACED:
            raise TableTooLargeError(f"单元格超过 {MAX_PLACED:,} 个（含空白单元格）")
        if rowspan > 1 or colspan > 1:
            self.grid.merged.append((self.row, col, self.row + rowspan - 1, col + colspan - 1))
            self._taken.update((self.row + r, col + c) for r in range(rowspan) for c in range(colspan))
        else:
            self._taken.add((self.row, col))
        if value is not None and not (isinstance(value, str) and not value.strip()):
            self._budget[0] -= 1
            if self._budget[0] < 0:
                raise TableTooLargeError(f"单元格超过 {MAX_CELLS:,} 个")
            self.grid.cells[(self.row, col)] = value
        return col + colspan - 1

    def finish(self) -> Grid:
        """The grid, indexed."""
        return self.grid.finish()


def decode_text(data: bytes, declared: str = "") -> str:
    """Bytes as text: a BOM, then the encoding the file declares, then UTF-8, then GB18030 (GBK's superset)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    encodings = [declared] if declared else []
    encodings += ["utf-8", "gb18030"]
    for name in encodings:
        # What Chinese systems label GB2312 is usually GBK, and GB18030 holds both.
        encoding = "gb18030" if name.lower().replace("-", "") in ("gb2312", "gbk", "gb18030", "cp936") else name
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", "replace")


_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""")


class _HtmlTables(HTMLParser):
    """Every table of a page as rows on one grid; text between tables as one-cell rows."""

    def __init__(self, builder: TableBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.depth = 0
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.loose: list[str] = []
        self.skip = 0  # inside <style>, <script>, <head> <title>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag == "table":
            self._flush_loose()
            self.depth += 1
        elif tag == "tr" and self.depth == 1:
            self._close_cell()  # <td> without </td>: the next row ends it, as browsers read it
            self.builder.next_row()
        elif tag in ("td", "th") and self.depth == 1:
            self._close_cell()
            self.cell = []
            self.span = (_span(attributes.get("rowspan")), _span(attributes.get("colspan")))
        elif tag == "br":
            (self.cell if self.cell is not None else self.loose).append("\n")
        elif tag in ("p", "div") and self.cell:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag == "table":
            if self.depth == 1:
                self._close_cell()
            self.depth = max(0, self.depth - 1)
        elif tag in ("td", "th") and self.depth == 1:
            self._close_cell()
        elif tag in ("p", "div", "h1", "h2", "h3") and self.depth == 0:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.depth == 0:
            self.loose.append(data)

    def close(self) -> None:
        """Finish the page: the text after the last table becomes a row too."""
        super().close()
        self._close_cell()
        self._flush_loose()

    def _close_cell(self) -> None:
        if self.cell is not None:
            self.builder.add(_clean("".join(self.cell)), *self.span)
            self.cell = None

    def _flush_loose(self) -> None:
        text = _clean("".join(self.loose))
        self.loose = []
        if text:
            self.builder.next_row()
            self.builder.add(text)


def _span(value: str | None) -> int:
    try:
        return int(value or 1)
    except ValueError:
        return 1


def _clean(text: str) -> str:
    """Cell text as shown: HTML whitespace runs become one space, line breaks stay."""
    lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def read_html(path: Path) -> list[Grid]:
    """The tables of an HTML page (an online system's "xls"), in GBK or UTF-8.

    Its cells are counted (<td, <th) before it is parsed: a page of more than MAX_HTML_CELLS is refused at once.
    """
    data = read_limited(path, MAX_TEXT_BYTES, "预算申报表")
    lowered = data.lower()
    if lowered.count(b"<td") + lowered.count(b"<th") > MAX_HTML_CELLS:
        raise TableTooLargeError(f"单元格超过 {MAX_HTML_CELLS:,} 个")
    del lowered
    declared = _CHARSET.search(data[:4096])
    text = decode_text(data, declared[1].decode("ascii") if declared else "")
    builder = TableBuilder(path.stem or "网页", [MAX_CELLS])
    parser = _HtmlTables(builder)
    parser.feed(text)
    parser.close()
    return [builder.finish()]


SS = "{urn:schemas-microsoft-com:office:spreadsheet}"


def read_spreadsheetml(path: Path) -> list[Grid]:
    """The worksheets of an Excel 2003 XML file (SpreadsheetML)."""
    data = read_limited(path, MAX_TEXT_BYTES, "预算申报表")
    root = ElementTree.fromstring(data, forbid_dtd=True)
    budget = [MAX_CELLS]
    grids = []
    for index, sheet in enumerate(root.iter(f"{SS}Worksheet")):
        builder = TableBuilder(sheet.get(f"{SS}Name") or f"Sheet{index + 1}", budget)
        for table in sheet.iter(f"{SS}Table"):
            for row in table.iter(f"{SS}Row"):
                builder.row = _index(row, builder.row + 1)
                col = 0
                for cell in row.iter(f"{SS}Cell"):
                    col = _index(cell, col + 1)
                    data_node = cell.find(f"{SS}Data")
                    value = _ss_value(data_node) if data_node is not None else None
                    across = _index_attr(cell, "MergeAcross")
                    down = _index_attr(cell, "MergeDown")
                    col = builder.add(value, down + 1, across + 1, col=col)
        grids.append(builder.finish())
    return grids


def _index(node: Any, default: int) -> int:
    value = node.get(f"{SS}Index")
    try:
        return max(1, min(int(value), 1_048_576)) if value else default
    except ValueError:
        return default


def _index_attr(node: Any, name: str) -> int:
    try:
        return max(0, int(node.get(f"{SS}{name}") or 0))
    except ValueError:
        return 0


def _ss_value(node: Any) -> CellValue:
    text = "".join(node.itertext())
    if node.get(f"{SS}Type") == "Number":
        try:
            return Decimal(text.strip())
        except InvalidOperation:
            return text
    return text


def read_csv(path: Path) -> list[Grid]:
    """A CSV file (comma, tab or full-width comma), in UTF-8 or GBK."""
    text = decode_text(read_limited(path, MAX_TEXT_BYTES, "预算申报表"))
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    if sample.count("，") > sample.count(delimiter) and "," not in sample:
        delimiter = "，"
    if text.count(delimiter) + text.count("\n") > MAX_CELLS:  # counted in C before a cell is made
        raise TableTooLargeError(f"单元格超过 {MAX_CELLS:,} 个（含空白单元格）")
    builder = TableBuilder(path.stem or "CSV", [MAX_CELLS])
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        builder.next_row()
        for col, value in enumerate(row, start=1):
            builder.add(value.strip(), col=col)
    return [builder.finish()]


TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _part(path: Path, name: str) -> bytes:
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo(name)
            if info.file_size > MAX_UNPACKED:
                raise DocumentError(path, f"文件中的“{name}”解压后超过 {MAX_UNPACKED // 1024 // 1024} MB，已拒绝打开")
            return package.read(name)
    except KeyError as problem:
        raise DocumentError(path, f"文件缺少必要的部件（{name}），文件可能已损坏") from problem
    except (zipfile.BadZipFile, OSError) as problem:
        raise DocumentError(path, "文件已损坏或不完整（压缩数据无法解开）") from problem


def read_ods(path: Path) -> list[Grid]:
    """The sheets of an OpenDocument spreadsheet (.ods, as LibreOffice and WPS save it)."""
    root = ElementTree.fromstring(_part(path, "content.xml"), forbid_dtd=True)
    budget = [MAX_CELLS]
    grids = []
    for index, table in enumerate(root.iter(f"{TABLE}table")):
        builder = TableBuilder(table.get(f"{TABLE}name") or f"Sheet{index + 1}", budget)
        for row in table.iter(f"{TABLE}table-row"):
            repeat = _count(row.get(f"{TABLE}number-rows-repeated"))
            cells = [c for c in row if c.tag in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")]
            filled = [c for c in cells if _ods_value(c) is not None]
            for _ in range(repeat if filled else 1):  # a repeated empty row claims thousands: one is enough
                builder.row += 1
                col = 1
                for cell in cells:
                    span = _count(cell.get(f"{TABLE}number-columns-repeated"))
                    value = _ods_value(cell) if cell.tag == f"{TABLE}table-cell" else None
                    if value is not None:
                        for offset in range(min(span, 64)):  # a value repeated across columns
                            builder.add(
                                value,
                                _count(cell.get(f"{TABLE}number-rows-spanned")),
                                _count(cell.get(f"{TABLE}number-columns-spanned")),
                                col=col + offset,
                            )
                    col += span
            if not filled and repeat > 1:
                builder.row += repeat - 1
        grids.append(builder.finish())
    return grids


def _count(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def _ods_value(cell: Any) -> CellValue:
    kind = cell.get(f"{OFFICE}value-type")
    if kind in ("float", "currency", "percentage"):
        try:
            return Decimal(cell.get(f"{OFFICE}value") or "")
        except InvalidOperation:
            pass
    paragraphs = [_ods_text(p) for p in cell.iter(f"{TEXT}p")]
    text = "\n".join(paragraphs)
    return text if text.strip() else None


def _ods_text(node: Any) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag == f"{TEXT}s":
            parts.append(" " * _count(child.get(f"{TEXT}c")))
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        elif child.tag == f"{TEXT}tab":
            parts.append("\t")
        else:
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> list[Grid]:
    """A Word document as one grid: each paragraph a one-cell row, each table its rows, in document order.

    The XML is read as a stream: each body paragraph and each row of a body table is placed on the grid as soon
    as it is complete and then dropped, so the cell budgets (MAX_CELLS filled, MAX_PLACED laid out) and
    MAX_WORD_TABLES refuse an attack while it is read, never after.
    """
    _scan_word_part(path)
    builder = TableBuilder(path.stem or "Word", [MAX_CELLS])
    depth = 0  # 1 for <w:body>, 2 for its children, 3 for a body table's rows
    tables = 0
    open_blocks: dict[int, list[int]] = {}
    with _open_part(path, "word/document.xml") as stream:
        for event, node in ElementTree.iterparse(stream, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                if depth or node.tag == f"{W}body":
                    depth += 1
                if depth == 2 and node.tag == f"{W}tbl":
                    tables += 1
                    if tables > MAX_WORD_TABLES:
                        raise TableTooLargeError(f"表格超过 {MAX_WORD_TABLES:,} 个")
                    open_blocks = {}
                continue
            if depth == 0:
                continue
            if depth == 1:
                break  # </w:body>
            if depth == 2:
                if node.tag == f"{W}p" and (text := _word_text(node).strip()):
                    builder.next_row()
                    builder.add(text)
                node.clear()
            elif depth == 3 and node.tag == f"{W}tr":
                _word_row(builder, node, open_blocks)
                node.clear()
            depth -= 1
    return [builder.finish()]


_WORD_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?tc[\s/>]")
_WORD_TABLE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?tbl[\s/>]")


def _scan_word_part(path: Path) -> None:
    """Count the document's tables and table cells in its XML as it unpacks (in C, a megabyte at a time) and
    refuse it past MAX_WORD_TABLES or MAX_WORD_CELLS before anything is parsed."""
    cells = tables = 0
    tail = b""
    with _open_part(path, "word/document.xml") as stream:
        while chunk := stream.read(1 << 20):
            joined = tail + chunk
            cells += len(_WORD_CELL.findall(joined)) - len(_WORD_CELL.findall(tail))
            tables += len(_WORD_TABLE.findall(joined)) - len(_WORD_TABLE.findall(tail))
            if cells > MAX_WORD_CELLS:
                raise TableTooLargeError(f"表格单元格超过 {MAX_WORD_CELLS:,} 个")
            if tables > MAX_WORD_TABLES:
                raise TableTooLargeError(f"表格超过 {MAX_WORD_TABLES:,} 个")
            tail = joined[-64:]


def _word_row(builder: TableBuilder, tr: Any, open_blocks: dict[int, list[int]]) -> None:
    """Place one row of a Word table. A vertically merged cell (<w:vMerge/> without restart) continues the
    block above it: the first cell's rowspan grows, so the reader sees one merged block as in Excel."""
    builder.next_row()
    col = 1
    for tc in tr.findall(f"{W}tc"):
        properties = tc.find(f"{W}tcPr")
        span = 1
        merge = None
        if properties is not None:
            grid_span = properties.find(f"{W}gridSpan")
            span = _count(grid_span.get(f"{W}val")) if grid_span is not None else 1
            v_merge = properties.find(f"{W}vMerge")
            if v_merge is not None:
                merge = v_merge.get(f"{W}val") or "continue"
        if merge == "continue" and col in open_blocks:
            _extend_down(builder, open_blocks[col], col, span)
        else:
            text = "\n".join(_word_text(p) for p in tc.iter(f"{W}p")).strip()
            builder.add(text, 1, span, col=col)
            if span > 1:  # add() recorded the block: it is the last one
                open_blocks[col] = [builder.row, len(builder.grid.merged) - 1]
            else:
                open_blocks[col] = [builder.row, -1]
        col += span


def _open_part(path: Path, name: str) -> Any:
    """A part of a zip package as a stream, refused when it claims to unpack past MAX_UNPACKED."""
    try:
        package = zipfile.ZipFile(path)
        info = package.getinfo(name)
        if info.file_size > MAX_UNPACKED:
            package.close()
            raise DocumentError(path, f"文件中的“{name}”解压后超过 {MAX_UNPACKED // 1024 // 1024} MB，已拒绝打开")
        return _PartStream(package, package.open(name))
    except KeyError as problem:
        raise DocumentError(path, f"文件缺少必要的部件（{name}），文件可能已损坏") from problem
    except (zipfile.BadZipFile, OSError) as problem:
        raise DocumentError(path, "文件已损坏或不完整（压缩数据无法解开）") from problem


class _PartStream(io.RawIOBase):
    """A zip member read at most MAX_UNPACKED bytes (a size field may lie), closing its package with it."""

    def __init__(self, package: zipfile.ZipFile, member: Any) -> None:
        super().__init__()
        self._package, self._member, self._left = package, member, MAX_UNPACKED

    def readable(self) -> bool:
        """A stream to read."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the member; past MAX_UNPACKED the part is refused."""
        data = self._member.read(min(len(buffer), self._left + 1))
        self._left -= len(data)
        if self._left < 0:
            raise TableTooLargeError(f"文件中的部件解压后超过 {MAX_UNPACKED // 1024 // 1024} MB")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        """Close the member and the package."""
        self._member.close()
        self._package.close()
        super().close()


def _extend_down(builder: TableBuilder, block: list[int], col: int, span: int) -> None:
    """Grow the block [first_row, index in grid.merged or -1] of ``col`` down to the current row."""
    grid = builder.grid
    first_row, index = block
    if index < 0:
        block[1] = index = len(grid.merged)
        grid.merged.append((first_row, col, builder.row, col + span - 1))
    r1, c1, _, c2 = grid.merged[index]
    grid.merged[index] = (r1, c1, builder.row, c2)


def _word_text(paragraph: Any) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)
