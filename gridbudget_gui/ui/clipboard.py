"""Cell ranges as the spreadsheets put them on the clipboard: tab-separated text, and an HTML table.

Pure functions, no Qt: Excel, WPS and LibreOffice write a range as rows ending in CRLF (the last one
too), cells separated by tabs, and a cell that holds a tab, a line break or a quote in double
quotes with its quotes doubled. Reading accepts LF and CR line ends as well.
"""

from __future__ import annotations

import csv
import html
import io

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
