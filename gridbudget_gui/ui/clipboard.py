"""Cell ranges as the spreadsheets put them on the clipboard: tab-separated text, and an HTML table.

Pure functions, no Qt: Excel, WPS and LibreOffice write a range as rows ending in CRLF (the last one
too), cells separated by tabs, and a cell that holds a tab, a line break or a quote in double
quotes with its quotes doubled. Reading accepts LF and CR line ends as well. A clipboard that holds
only HTML (a table copied from a web page or an online system) is read by its first table.
"""

from __future__ import annotations

import csv
import html
import io
import re
from html.parser import HTMLParser

Grid = list[list[str]]


def parse_tsv(text: str) -> Grid:
    """The rectangular grid of cells in clipboard text (short rows padded with empty cells)."""
    if not text:
        return []
    rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect="excel-tab")]
    rows = [row if row else [""] for row in rows]
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]


def _quoted(cell: str) -> str:
    if any(ch in cell for ch in '\t\r\n"'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def format_tsv(grid: Grid) -> str:
    """The grid as Excel writes it: tabs between cells, CRLF after every row, quoting where needed."""
    return "".join("\t".join(_quoted(cell) for cell in row) + "\r\n" for row in grid)


def format_html(grid: Grid) -> str:
    """The grid as an HTML table, which keeps line breaks inside cells when pasted into Excel or WPS."""
    body = "".join(
        "<tr>"
        + "".join(
            "<td>" + html.escape(cell).replace("\n", '<br style="mso-data-placement:same-cell">') + "</td>"
            for cell in row
        )
        + "</tr>"
        for row in grid
    )
    return f'<html><head><meta charset="utf-8"></head><body><table border="1">{body}</table></body></html>'


def tile(grid: Grid, rows: int, columns: int) -> Grid:
    """Repeat ``grid`` to fill ``rows`` × ``columns`` when it fits a whole number of times (Excel does the same)."""
    height, width = len(grid), len(grid[0]) if grid else 0
    if not height or not width or rows % height or columns % width or (rows, columns) == (height, width):
        return grid
    return [[grid[r % height][c % width] for c in range(columns)] for r in range(rows)]


MAX_SPAN = 100
"""A colspan or rowspan beyond this is a page's layout trick, not a budget table: it counts as 1."""

_BLOCKS = frozenset(("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"))
_HIDDEN = frozenset(("script", "style", "template", "head", "title"))
_SPACE = re.compile(r"[ \t\r\n\f\xa0]+")
_SPACES = re.compile(r" {2,}")
_LEADING_DIGITS = re.compile(r"\s*([0-9]+)")  # HTML's integers are ASCII; \d would take ٢ as 2


class _Table:
    """One ``<table>`` being read: its rows of (text, colspan, rowspan) cells."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.nested: list[_Table] = []

    def open_row(self) -> None:
        self.close_cell()
        self.rows.append([])

    def open_cell(self, span: tuple[int, int]) -> None:
        self.close_cell()
        if not self.rows:
            self.rows.append([])
        self.cell, self.span = [], span

    def close_cell(self) -> None:
        if self.cell is not None:
            lines = [_SPACES.sub(" ", line).strip() for line in "".join(self.cell).split("\n")]
            while lines and not lines[0]:
                lines.pop(0)
            while lines and not lines[-1]:
                lines.pop()
            self.rows[-1].append(("\n".join(lines), *self.span))
            self.cell = None

    def grid(self) -> Grid:
        """The cells on a grid: merged cells leave empty cells beside and below their text."""
        grid: Grid = []
        pending: set[tuple[int, int]] = set()  # places a rowspan reaches into
        for r, cells in enumerate(self.rows):
            row: list[str] = []
            for text, colspan, rowspan in cells:
                while (r, len(row)) in pending:
                    pending.discard((r, len(row)))
                    row.append("")
                for below in range(1, rowspan):
                    pending.update((r + below, len(row) + offset) for offset in range(colspan))
                row += [text] + [""] * (colspan - 1)
            while (r, len(row)) in pending:
                pending.discard((r, len(row)))
                row.append("")
            grid.append(row)
        width = max((len(row) for row in grid), default=0)
        return [row + [""] * (width - len(row)) for row in grid] if width else []


class _TableReader(HTMLParser):
    """Reads every ``<table>`` of clipboard HTML, the way a browser lays the text out in cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []  # the top-level tables, in order
        self.open: list[_Table] = []  # the tables being read, innermost last
        self.hidden = 0  # inside <script>, <style>…: not text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "table":
            table = _Table()
            if self.open:
                self.open[-1].nested.append(table)
                self._text(" ")  # the nested table's text stays readable in the outer cell
            else:
                self.tables.append(table)
            self.open.append(table)
        elif not self.open:
            return
        elif tag == "tr":
            self.open[-1].open_row()
        elif tag in ("td", "th"):
            found = dict(attrs)
            self.open[-1].open_cell((_span(found.get("colspan")), _span(found.get("rowspan"))))
        elif tag == "br":
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "table":
            if self.open:  # a stray </table> before any table changes nothing
                self.open.pop().close_cell()
                self._text("\n")
        elif not self.open:
            return
        elif tag in ("td", "th"):
            self.open[-1].close_cell()
            self._text(" ")
        elif tag == "tr":
            self.open[-1].close_cell()
            self._text("\n")
        elif tag in _BLOCKS or tag == "br":  # </p>, </div>… end a line, as a browser shows them; so does </br>
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self._text(_SPACE.sub(" ", data))  # the HTML source's own line breaks are only spaces

    def _text(self, text: str) -> None:
        """Add text to the innermost open cell, and to every cell that holds it."""
        for table in self.open:
            if table.cell is not None:
                table.cell.append(text)

    def finish(self) -> None:
        """Keep the cells of HTML cut off before its ``</table>``."""
        while self.open:
            self.open.pop().close_cell()


def _span(value: str | None) -> int:
    """A colspan/rowspan as a browser reads it ("2px" is 2); nonsense and layout tricks count as 1."""
    match = _LEADING_DIGITS.match(value or "")
    span = int(match[1]) if match else 1
    return span if 1 <= span <= MAX_SPAN else 1


def parse_html_table(text: str) -> Grid:
    """The grid of the first table with content in clipboard HTML; a page's layout table (one cell holding
    a table) is looked through. Merged cells (colspan, rowspan) leave empty cells beside and below their
    text, as Excel pastes them. An empty grid when there is no table."""
    reader = _TableReader()
    reader.feed(text)
    reader.close()
    reader.finish()
    for top in reader.tables:
        table = top
        while len(table.rows) == 1 and len(table.rows[0]) == 1 and table.nested:
            table = table.nested[0]  # a wrapper: the data is the table inside its only cell
        grid = table.grid()
        if any(cell for row in grid for cell in row):
            return grid
    return []
