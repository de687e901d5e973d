"""A plain grid of cell values, the same for .xlsx (openpyxl) and .xls (xlrd), so one form parser serves both."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from gridbudget_gui.io.cells import CellValue, cell_text


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

    def finish(self) -> Grid:
        """Index the merged blocks and the extent after the cells were filled in."""
        for block in self.merged:
            r1, c1, r2, c2 = block
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._span[(r, c)] = block
        keys = self.cells.keys()
        self.max_row = max((r for r, _ in keys), default=0)
        self.max_col = max((c for _, c in keys), default=0)
        return self

    def value(self, row: int, col: int) -> CellValue:
        """The value shown at (row, col): a cell inside a merged block shows the block's first cell."""
        block = self._span.get((row, col))
        if block is not None:
            return self.cells.get((block[0], block[1]))
        return self.cells.get((row, col))

    def text(self, row: int, col: int) -> str:
        """The value at (row, col) as text ("" when empty)."""
        return cell_text(self.value(row, col), self.formats.get(self.origin(row, col), ""))

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
