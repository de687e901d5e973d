"""Ruled tables for the PDF: cells that wrap the CJK way, and a long table that pages in linear time.

reportlab's own ``Table`` re-measures every remaining row each time it splits, which is quadratic: a
10,000-line cost table took over 10 s. ``PagedTable`` measures each row once and builds one small
``Table`` per page, with the header row repeated and the level-1 labels carried over.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.textsplit import wordSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, FRAME_HEIGHT, LEADING, PAD, markup, styles

type Cell = str | Paragraph
"""A table cell: plain text, wrapped here into lines (fast), or a paragraph."""

Command = tuple[Any, ...]
"""A reportlab TableStyle command."""

RULE = 0.6
"""Line width of the ruled grid, in points."""

BASE_COMMANDS: list[Command] = [
    ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, LEADING),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("TOPPADDING", (0, 0), (-1, -1), PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ("GRID", (0, 0), (-1, -1), RULE, colors.black),
]

_ALIGN_STYLE = {"LEFT": "body", "CENTER": "center", "RIGHT": "number"}


MAX_ROW_LINES = 30
"""A table row of more lines is cut into several rows (see ``split_tall_row``), so that it fits a page."""


def wrap_lines(text: str, width: float, size: float = BODY_SIZE) -> list[str]:
    """``text`` broken into lines no wider than ``width``, the CJK way (any character, 避头点 kept)."""
    lines: list[str] = []
    for source in text.split("\n"):
        if not source or stringWidth(source, FONT, size) <= width:
            lines.append(source)
            continue
        lines.extend(str(line).rstrip() for _, line in wordSplit(source, [width], FONT, size))
    return lines


def cell(text: str, width: float, align: str = "LEFT", style: str | None = None) -> Cell:
    """A cell for ``text`` in a column ``width`` wide: plain text wrapped here, or a paragraph in ``style``.

    Plain strings draw several times faster than paragraphs, which is what keeps 10,000 cost lines fast.
    """
    text = text.strip("\n")
    if style is not None:
        return Paragraph(markup(text), styles()[style])
    if "\n" not in text and stringWidth(text, FONT, BODY_SIZE) <= width - 2 * PAD:
        return text
    # Leave room for a closing punctuation mark that hangs past the line end (标点悬挂).
    return "\n".join(wrap_lines(text, width - 2 * PAD - 0.5 * BODY_SIZE))


def split_tall_row(row: list[Cell], keep_first: frozenset[int] = frozenset()) -> list[list[Cell]]:
    """A row of plain-text cells cut into rows of at most ``MAX_ROW_LINES`` lines each.

    Columns in ``keep_first`` (the number, the amount) are printed on the first of them only.
    """
    lines = {column: value.split("\n") for column, value in enumerate(row) if isinstance(value, str)}
    count = max([1, *(len(parts) for parts in lines.values())])
    if count <= MAX_ROW_LINES:
        return [row]
    rows: list[list[Cell]] = []
    for first in range(0, count, MAX_ROW_LINES):
        piece: list[Cell] = []
        for column, value in enumerate(row):
            if column in keep_first or not isinstance(value, str):
                piece.append(value if first == 0 else "")
            else:
                piece.append("\n".join(lines[column][first : first + MAX_ROW_LINES]))
        rows.append(piece)
    return rows


def money_cell(text: str, width: float, size: float = BODY_SIZE, padding: float = PAD) -> Cell:
    """A right-aligned amount that stays on one line, in a smaller size if the column is too narrow."""
    inner = width - 2 * padding
    natural = stringWidth(text, FONT, size)
    if natural <= inner:
        return text
    fitted = max(5.0, size * inner / natural - 0.1)
    style = styles()["number"].clone("number_fit", fontSize=fitted, leading=LEADING)
    return Paragraph(text, style)


def cell_height(value: Cell, width: float) -> float:
    """The height a cell needs in a column ``width`` wide, padding included."""
    if isinstance(value, Paragraph):
        _, height = value.wrap(width - 2 * PAD, 1e9)
        return float(height) + 2 * PAD
    lines = value.count("\n") + 1
    return lines * LEADING + 2 * PAD


def row_height(row: Sequence[Cell], widths: Sequence[float]) -> float:
    """The height of a row: its tallest cell."""
    return max(cell_height(value, width) for value, width in zip(row, widths, strict=True))


def form_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    commands: Sequence[Command] = (),
    *,
    split_in_row: bool = True,
    grid: bool = True,
    heights: Sequence[float | None] | None = None,
) -> Table:
    """A small ruled table whose rows may break across pages (long texts in its cells split).

    With ``grid=False`` only the outer box is ruled and ``commands`` draw the inner lines.
    """
    table = Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        rowHeights=list(heights) if heights is not None else None,
        splitInRow=1 if split_in_row else 0,
        splitByRow=1,
    )
    base = BASE_COMMANDS if grid else [*BASE_COMMANDS[:-1], ("BOX", (0, 0), (-1, -1), RULE, colors.black)]
    table.setStyle(TableStyle([*base, *commands]))
    return table


@dataclass
class TableSpec:
    """What ``PagedTable`` lays out: rows measured once, and hooks for headers and spans per page."""

    widths: list[float]
    rows: list[list[Cell]]
    header: Callable[[int], list[list[Cell]]]
    """The header rows of a page whose first body row is the given index."""
    commands: Callable[[int, int, int], list[Command]] = lambda start, stop, offset: []
    """Extra style commands for body rows start…stop-1, whose first row is table row ``offset``."""
    prepare: Callable[[int, int], list[list[Cell]]] | None = None
    """The cells of body rows start…stop-1 as printed on one page (e.g. with span labels moved)."""
    keep_with_next: set[int] = field(default_factory=set)
    """Body rows that must not end a page (such as the total in figures, above the total in words)."""
    grid: bool = True
    """Rule every cell; without it only the box is ruled and ``commands`` draw the inner lines."""
    lead_in: Callable[[int], float] = lambda start: 0.0
    """Extra space above the first body row of a page starting at the given index (top padding)."""
    heights: list[float] = field(default_factory=list)
    _offsets: list[float] = field(default_factory=list)

    def measure(self, heights: list[float] | None = None) -> None:
        """Measure every row once (call after filling ``rows``), or take the given heights."""
        self.heights = heights if heights is not None else [row_height(row, self.widths) for row in self.rows]
        self._offsets = [0.0, *itertools.accumulate(self.heights)]

    def span(self, start: int, stop: int) -> float:
        """The height of body rows start…stop-1."""
        return self._offsets[stop] - self._offsets[start]

    def fitting(self, start: int, height: float) -> int:
        """How many body rows from ``start`` fit in ``height``."""
        limit = self._offsets[start] + height + 1e-6
        return bisect.bisect_right(self._offsets, limit) - 1 - start


class PagedTable(Flowable):  # type: ignore[misc]
    """A long ruled table, split page by page from its measured rows, repeating the header on each page."""

    def __init__(self, spec: TableSpec, start: int = 0) -> None:
        super().__init__()
        self.spec = spec
        self.start = start
        self._table: Table | None = None

    def _header(self) -> tuple[list[list[Cell]], float]:
        rows = self.spec.header(self.start)
        height = sum(row_height(row, self.spec.widths) for row in rows)
        return rows, height + self.spec.lead_in(self.start)

    def _build(self, stop: int, exact_heights: bool = True) -> Table:
        spec = self.spec
        header = spec.header(self.start)
        body = spec.prepare(self.start, stop) if spec.prepare else spec.rows[self.start : stop]
        heights: list[float] | None = None
        lead_in = spec.lead_in(self.start)
        if exact_heights:
            heights = [row_height(row, spec.widths) for row in header] + spec.heights[self.start : stop]
            heights[len(header)] += lead_in
        table = Table(
            header + body,
            colWidths=spec.widths,
            rowHeights=heights,
            repeatRows=len(header),
            splitInRow=0 if exact_heights else 1,
        )
        base = BASE_COMMANDS if spec.grid else [*BASE_COMMANDS[:-1], ("BOX", (0, 0), (-1, -1), RULE, colors.black)]
        commands = spec.commands(self.start, stop, len(header))
        if lead_in:
            first = len(header)
            commands.append(("TOPPADDING", (0, first), (-1, first), lead_in))
        table.setStyle(TableStyle([*base, *commands]))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The size of the whole remaining table."""
        _, header_height = self._header()
        self.width = sum(self.spec.widths)
        self.height = header_height + self.spec.span(self.start, len(self.spec.rows))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The rows that fit on this page as one table, and the rest as another PagedTable."""
        spec = self.spec
        total = len(spec.rows)
        _, header_height = self._header()
        count = spec.fitting(self.start, avail_height - header_height)
        while count > 0 and self.start + count < total and (self.start + count - 1) in spec.keep_with_next:
            count -= 1
        if count <= 0:
            if header_height + spec.heights[self.start] > FRAME_HEIGHT - 1:
                # One row taller than a page: let reportlab split inside its cells.
                oversized = self._build(self.start + 1, exact_heights=False)
                rest = [PagedTable(spec, self.start + 1)] if self.start + 1 < total else []
                return [oversized, *rest]
            return []
        if self.start + count >= total:
            return [self._build(total)]
        return [self._build(self.start + count), PagedTable(spec, self.start + count)]

    def draw(self) -> None:
        """Draw the remaining rows (they fit: the frame checked the height from ``wrap``)."""
        table = self._build(len(self.spec.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
