"""What has been read of a colleague's form so far (the document, the notes, the cells used), and a label's value
read beside or under it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, info
from gridbudget_gui.domain.place import Place
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import (
    INDICATOR_HEADERS,
    NEIGHBOUR_LABELS,
    goal_period,
    label_key,
    money_label,
    normalise_label,
)
from gridbudget_gui.io.form.lexicon import header_role


@dataclass
class FormReading:
    """One form being read: its sheets, the document filled so far, the import report's notes, the cells used."""

    grids: list[Grid]
    document: Document = field(default_factory=Document)
    notes: list[Finding] = field(default_factory=list)
    used: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    """Per sheet, the cells read as something (every other filled cell is reported as not read)."""
    found: set[str] = field(default_factory=set)
    """The fields and parts whose label or heading was found (project.name, funding.annual, indicators.annual…)."""
    title_year: int | None = None
    titles: list[str] = field(default_factory=list)
    """The title lines above each sheet's first label (市级专项资金绩效目标表, （2021年度））."""
    read: dict[str, dict[str, int]] = field(default_factory=dict)
    """Per sheet, how many fields, funding amounts, cost lines and indicators were read there."""
    content_grid: Grid | None = None
    """The sheet where 项目实施内容 was read: its numbered cost lines are counted there."""
    fallbacks: dict[str, tuple[Grid, int, int, str]] = field(default_factory=dict)
    """Fields named by a weaker label (填报单位, 项目类别): used only when no better label names them."""
    unit_lines: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Per sheet, the rows of its unit lines (金额单位：万元) and the unit each states."""
    matrix_cell: tuple[Grid, tuple[int, int]] | None = None
    """The first indicator heading read: where the scheme the form was read under is noted."""
    cost_part_seen: bool = False
    """True when the file has a cost part (a cost table's headings, 测算明细), with lines or not."""
    public_money: dict[str, tuple[Grid, tuple[int, int], Decimal]] = field(default_factory=dict)
    """Per period, 财政拨款 read with no level (its sheet, cell and amount): the body's level says whose it is."""
    funding_in_wan: bool = False
    """True when the form states its funding in 万元 (a heading, a label, a unit line or the amount itself)."""

    def count(self, grid: Grid, what: str, number: int = 1) -> None:
        """Count items read on a sheet (fields, funding, costs or indicators) for the import report."""
        sheet = self.read.setdefault(grid.name, {"fields": 0, "funding": 0, "costs": 0, "indicators": 0})
        sheet[what] += number

    def use(self, grid: Grid, row: int, col: int) -> None:
        """Mark a cell (its merged block) as read."""
        self.used.setdefault(grid.name, set()).add(grid.origin(row, col))

    def is_label(self, grid: Grid, row: int, col: int) -> bool:
        """True when the cell holds a label or a heading of any part of the form (never a value)."""
        text = grid.text(row, col)
        if not text:
            return False
        label = normalise_label(text)
        return (
            label_key(text) is not None
            or label in INDICATOR_HEADERS
            or header_role(text) is not None
            or label in NEIGHBOUR_LABELS
            or goal_period(text) is not None
            or money_label(text) is not None
        )


def value_right(form: FormReading, grid: Grid, row: int, col: int) -> str:
    """The value of a label: the first filled cell to its right on each row the label spans (a block merged
    over those rows once)."""
    first_row, _, last_row, last_col = grid.span(row, col)
    lines = []
    seen: set[tuple[int, int]] = set()
    for r in range(first_row, last_row + 1):
        for c in grid.columns(r):  # only these can hold a value; every other cell of the row is empty
            if c <= last_col or grid.value(r, c) is None or grid.origin(r, c)[1] <= last_col:
                continue
            if grid.origin(r, c) not in seen and not form.is_label(grid, r, c):
                seen.add(grid.origin(r, c))
                form.use(grid, r, c)
                lines.append(grid.text(r, c).strip())
            break
    return "\n".join(line for line in lines if line)


def heads_a_column(form: FormReading, grid: Grid, row: int, col: int) -> bool:
    """True when the label stands in a row of labels (its right neighbour is one): its value is under it."""
    last_col = grid.span(row, col)[3]
    right = next((c for c in grid.columns(row) if c > last_col and grid.text(row, c).strip()), None)
    return right is not None and form.is_label(grid, row, right)


def note_unread(form: FormReading, grid: Grid, cell: tuple[int, int], where: Place, what: str) -> None:
    """Note a part the reader could not read: checks of it are our failure, never the form's."""
    form.notes.append(info("file.unread", where, cells=grid.where(*cell), what=what))


def value_below(form: FormReading, grid: Grid, row: int, col: int) -> str:
    """The value under a label (中期目标 over its text, 项目实施内容 over a merged block of prose)."""
    _, first_col, last_row, _ = grid.span(row, col)
    below = (last_row + 1, first_col)
    if grid.value(*below) is None or form.is_label(grid, *below) or grid.origin(*below) != below:
        return ""
    form.use(grid, *below)
    return grid.text(*below).strip()
