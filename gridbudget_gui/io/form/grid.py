"""A plain grid of cell values, the same for .xlsx (openpyxl) and .xls (xlrd), so one form parser serves both."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from gridbudget_gui.io.cells import CellValue, cell_text

MAX_MERGED_AREA = 250_000
"""The most cells merged blocks may cover (inside the filled extent): a form merges a few thousand."""


class GridTooLargeError(ValueError):
    """The sheet's merged blocks cover more cells than any form does (built to exhaust memory)."""


@dataclass
class Grid:
    """One sheet as values by (row, column), 1-based, with its merged blocks and number formats."""

    name: str
    cells: dict[tuple[int, int], CellValue] = field(default_factory=dict)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Merged blocks as (first_row, first_col, last_row, last_col)."""
    max_row: int = 0
    max_col: int = 0
    _span: dict[tuple[int, int], tuple[int, int, int, int]] = field(default_factory=dict)
    _rows: list[int] = field(default_factory=list)
    _columns: dict[int, list[int]] = field(default_factory=dict)
    _texts: dict[tuple[int, int], str] = field(default_factory=dict)

    def finish(self) -> Grid:
        """Index the merged blocks and the extent after the cells were filled in.

        Memory and time follow the content, never the range a file claims: a block is cut to the filled
        extent (plus one row and column, so what lies just beyond it still reads as empty), and blocks
        that still cover more than MAX_MERGED_AREA cells are refused with GridTooLargeError.
        """
        keys = self.cells.keys()
        self.max_row = max((r for r, _ in keys), default=0)
        self.max_col = max((c for _, c in keys), default=0)
        clipped = []
        area = 0
        for r1, c1, claimed_r2, claimed_c2 in self.merged:
            r2, c2 = min(claimed_r2, self.max_row + 1), min(claimed_c2, self.max_col + 1)
            if r1 > r2 or c1 > c2:
                continue  # wholly beyond the filled cells, or reversed: nothing a reader could see
            area += (r2 - r1 + 1) * (c2 - c1 + 1)
            if area > MAX_MERGED_AREA:
                raise GridTooLargeError(
                    f"工作表“{self.name[:40]}”的合并单元格范围过大（超过 {MAX_MERGED_AREA:,} 个单元格）"
                )
            clipped.append((r1, c1, r2, c2))
        self.merged = clipped
        for block in clipped:
            r1, c1, r2, c2 = block
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._span[(r, c)] = block
        columns: dict[int, set[int]] = {}
        for r, c in (*keys, *self._span):
            columns.setdefault(r, set()).add(c)
        self._columns = {r: sorted(cs) for r, cs in columns.items()}
        self._rows = sorted(self._columns)
        # The form parser reads each cell's text many times over (labels, funding, goals, indicators…).
        self._texts = {place: cell_text(value, self.formats.get(place, "")) for place, value in self.cells.items()}
        return self

    def rows(self, first: int = 1, stop: int | None = None) -> list[int]:
        """The rows from ``first`` up to (not including) ``stop`` that hold a cell or a merged block, in order."""
        low = bisect.bisect_left(self._rows, first)
        high = len(self._rows) if stop is None else bisect.bisect_left(self._rows, stop)
        return self._rows[low:high]

    def columns(self, row: int) -> list[int]:
        """The columns of ``row`` that hold a cell or a merged block, in order (every other one is empty)."""
        return self._columns.get(row, [])

    def texts(self) -> dict[tuple[int, int], str]:
        """Every filled cell's text by (row, col) (merged blocks by their first cell)."""
        return self._texts

    def value(self, row: int, col: int) -> CellValue:
        """The value shown at (row, col): a cell inside a merged block shows the block's first cell."""
        block = self._span.get((row, col))
        if block is not None:
            return self.cells.get((block[0], block[1]))
        return self.cells.get((row, col))

    def text(self, row: int, col: int) -> str:
        """The value at (row, col) as text ("" when empty)."""
        block = self._span.get((row, col))
        return self._texts.get((block[0], block[1]) if block is not None else (row, col), "")

    def origin(self, row: int, col: int) -> tuple[int, int]:
        """The first cell of the merged block holding (row, col), or (row, col) itself."""
        block = self._span.get((row, col))
        return (block[0], block[1]) if block is not None else (row, col)

    def span(self, row: int, col: int) -> tuple[int, int, int, int]:
        """The merged block holding (row, col), or the cell alone."""
        return self._span.get((row, col), (row, col, row, col))

    def where(self, row: int, col: int) -> str:
        """The cell's address as a user reads it: 项目申报书!C12."""
        return f"{self.name.strip()}!{get_column_letter(col)}{row}"
