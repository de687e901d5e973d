"""A plain grid of cell values, the same for .xlsx (openpyxl) and .xls (xlrd), so one form parser serves both."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate

CellValue = object
"""A cell as the libraries give it: text, int, float, Decimal, date, datetime or None."""

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


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


def cell_text(value: CellValue, fmt: str = "") -> str:
    """A cell value as the text a user sees: 45 not 45.0, dates as ISO, Excel's _x000D_ escapes undone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        number = to_decimal(value)
        if number is None:
            return ""
        if "%" in fmt:
            return format((number * 100).normalize(), "f") + "%"
        return format(number, "f")
    text = str(value)
    if "_x" in text:
        text = _ESCAPE.sub(_unescape, text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unescape(match: re.Match[str]) -> str:
    code = int(match[1], 16)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate cannot be saved as UTF-8


def to_decimal(value: object) -> Decimal | None:
    """A number cell as an exact Decimal (floats through their shortest repr); None if it is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def formula_value(formula: str) -> Decimal | None:
    """The value of a formula that is plain arithmetic (=45*4-22); None for anything else."""
    try:
        return evaluate(formula.lstrip("="))
    except ExpressionError:
        return None


def grid_from_worksheet(sheet: Worksheet, cached: Worksheet | None = None) -> Grid:
    """A Grid from an openpyxl worksheet; formulas take their cached value from ``cached`` when given."""
    grid = Grid(sheet.title)
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=") and cell.data_type != "s"):
                computed = formula_value(str(value))
                if computed is not None:
                    value = computed
                elif cached is not None:
                    value = cached.cell(row=cell.row, column=cell.column).value
                else:
                    value = None
                if value is None:
                    continue
            elif not isinstance(value, (str, int, float, Decimal, datetime.date)):
                continue  # ArrayFormula, DataTableFormula and friends: nothing a form field can use
            grid.cells[(cell.row, cell.column)] = value
            if cell.number_format and cell.number_format != "General":
                grid.formats[(cell.row, cell.column)] = cell.number_format
    for block in sheet.merged_cells.ranges:
        grid.merged.append((block.min_row, block.min_col, block.max_row, block.max_col))
    return grid.finish()
