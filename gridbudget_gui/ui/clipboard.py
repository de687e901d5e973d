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


class _TableReader(HTMLParser):
    """Collects the cells of the first ``<table>``, rows by ``<tr>``, cells by ``<td>``/``<th>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.spans: list[list[tuple[int, int]]] = []  # (colspan, rowspan) of each cell
        self.depth = 0  # nested tables are read as text of the cell that holds them
        self.done = False
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if tag == "table":
            self.depth += 1
        elif self.depth != 1:
            if tag == "br" and self.cell is not None:
                self.cell.append("\n")
        elif tag == "tr":
            self._close_cell()
            self.rows.append([])
            self.spans.append([])
        elif tag in ("td", "th"):
            self._close_cell()
            if not self.rows:
                self.rows.append([])
                self.spans.append([])
            found = dict(attrs)
            self.spans[-1].append((_span(found.get("colspan")), _span(found.get("rowspan"))))
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self._close_cell()
                self.done = True
        elif self.depth == 1 and tag in ("td", "th", "tr"):
            self._close_cell()

    def handle_data(self, data: str) -> None:
        if self.cell is not None and not self.done:
            self.cell.append(data)

    def finish(self) -> None:
        """Keep the last cell of HTML cut off before its ``</table>``."""
        self._close_cell()

    def _close_cell(self) -> None:
        if self.cell is not None:
            lines = "".join(self.cell).split("\n")
            self.rows[-1].append("\n".join(re.sub(r"[ \t\r\n\xa0]+", " ", line).strip() for line in lines))
            self.cell = None


def _span(value: str | None) -> int:
    try:
        span = int(value or "1")
    except ValueError:
        return 1
    return span if 1 <= span <= MAX_SPAN else 1


def parse_html_table(text: str) -> Grid:
    """The grid of the first table in clipboard HTML; merged cells (colspan, rowspan) leave empty cells
    beside and below their text, as Excel pastes them. An empty grid when there is no table."""
    reader = _TableReader()
    reader.feed(text)
    reader.close()
    reader.finish()
    grid: Grid = []
    pending: dict[tuple[int, int], str] = {}  # cells a rowspan reaches into
    for r, (cells, spans) in enumerate(zip(reader.rows, reader.spans, strict=True)):
        row: list[str] = []
        column = 0
        for cell, (colspan, rowspan) in zip(cells, spans, strict=True):
            while (r, column) in pending:
                row.append(pending.pop((r, column)))
                column += 1
            row += [cell] + [""] * (colspan - 1)
            for below in range(1, rowspan):
                for offset in range(colspan):
                    pending[(r + below, column + offset)] = ""
            column += colspan
        while (r, column) in pending:
            row.append(pending.pop((r, column)))
            column += 1
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    return [row + [""] * (width - len(row)) for row in grid if width]
