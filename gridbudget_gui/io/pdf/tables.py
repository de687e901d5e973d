"""Ruled tables for the PDF: cells that wrap the CJK way, and a long table that pages in linear time.

reportlab's own ``Table`` re-measures every remaining row each time it splits, which is quadratic: a
10,000-line cost table took over 10 s. ``PagedTable`` measures each row once and builds one small
``Table`` per page, with the header row repeated and the level-1 labels carried over.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from gridbudget_gui.io.pdf.linebreak import break_line
from gridbudget_gui.io.pdf.ruled import RuledPage
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
    """``text`` broken into lines no wider than ``width``, the Chinese way (禁则: see io/pdf/linebreak.py)."""
    lines: list[str] = []
    for source in text.split("\n"):
        if not source or stringWidth(source, FONT, size) <= width:
            lines.append(source)
            continue
        lines.extend(break_line(source, width, FONT, size))
    return lines


def cell(text: str, width: float, align: str = "LEFT", style: str | None = None) -> Cell:
    """A cell for ``text`` in a column ``width`` wide: plain text wrapped here, or a paragraph in ``style``.

    Plain strings draw several times faster than paragraphs, which is what keeps 10,000 cost lines fast.
    """
    text = text.strip("\n")
    if style is not None:
        return Paragraph(markup(text), styles()[style])
    # Leave room for a closing punctuation mark that hangs past the line end (标点悬挂).
    inner = width - 2 * PAD - 0.5 * BODY_SIZE
    if "\n" not in text:
        if stringWidth(text, FONT, BODY_SIZE) <= width - 2 * PAD:
            return text
        return "\n".join(break_line(text, inner, FONT, BODY_SIZE))  # too wide for ``inner`` too
    return "\n".join(wrap_lines(text, inner))


def split_tall_row(row: list[Cell], keep_first: frozenset[int] = frozenset()) -> list[list[Cell]]:
    """A row of plain-text cells cut into rows of at most ``MAX_ROW_LINES`` lines each.

    Columns in ``keep_first`` (the number, the amount) are printed on the first of them only.
    """
    if all(not isinstance(value, str) or value.count("\n") < MAX_ROW_LINES for value in row):
        return [row]  # the usual case, checked without splitting every cell
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
    if all(type(value) is str for value in row):  # plain text, the usual case: count the lines
        return (max([value.count("\n") for value in row]) + 1) * LEADING + 2 * PAD
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
    frame_height: float = FRAME_HEIGHT
    """The height of the pages' frame (less on landscape pages)."""
    trailer: Flowable | None = None
    """A block that must follow the last row on the same page (the signatures after the last section)."""
    heights: list[float] = field(default_factory=list)
    _offsets: list[float] = field(default_factory=list)

    def measure(self, heights: list[float] | None = None) -> None:
        """Measure every row once (call after filling ``rows``), or take the given heights."""
        self.heights = heights if heights is not None else [row_height(row, self.widths) for row in self.rows]
        self._offsets = [0.0, *itertools.accumulate(self.heights)]

    @property
    def width(self) -> float:
        """The table's width."""
        return sum(self.widths)

    def span(self, start: int, stop: int) -> float:
        """The height of body rows start…stop-1."""
        return self._offsets[stop] - self._offsets[start]

    def fitting(self, start: int, height: float) -> int:
        """How many body rows from ``start`` fit in ``height``."""
        limit = self._offsets[start] + height + 1e-6
        return bisect.bisect_right(self._offsets, limit) - 1 - start


class _Stack(Flowable):  # type: ignore[misc]
    """The last page's rows with the trailer drawn under them, as one flowable."""

    def __init__(self, table: Flowable, trailer: Flowable) -> None:
        super().__init__()
        self.table = table
        self.trailer = trailer

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Both blocks' height."""
        width, table_height = self.table.wrap(avail_width, avail_height)
        _, trailer_height = self.trailer.wrap(avail_width, avail_height)
        self.width, self.height = width, table_height + trailer_height
        self._table_height = table_height
        return self.width, self.height

    def draw(self) -> None:
        """The table above, the trailer below."""
        self.table.drawOn(self.canv, 0, self.height - self._table_height)
        self.trailer.drawOn(self.canv, 0, 0)


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

    def _build(self, stop: int, exact_heights: bool = True, with_trailer: bool = True) -> Flowable:
        table = self._table_of(stop, exact_heights)
        if with_trailer and stop >= len(self.spec.rows) and self.spec.trailer is not None:
            return _Stack(table, self.spec.trailer)
        return table

    def _table_of(self, stop: int, exact_heights: bool) -> Flowable:
        spec = self.spec
        header = spec.header(self.start)
        rows = header + (spec.prepare(self.start, stop) if spec.prepare else spec.rows[self.start : stop])
        heights: list[float] | None = None
        lead_in = spec.lead_in(self.start)
        commands = spec.commands(self.start, stop, len(header))
        if lead_in:
            first = len(header)
            commands.append(("TOPPADDING", (0, first), (-1, first), lead_in))
        if exact_heights:
            heights = [row_height(row, spec.widths) for row in header] + spec.heights[self.start : stop]
            heights[len(header)] += lead_in
            if spec.grid and RuledPage.handles(rows, commands):
                # Plain text in a full grid: drawn directly, several times faster than a Table.
                return RuledPage(rows, spec.widths, heights, commands, RULE)
        table = Table(
            rows,
            colWidths=spec.widths,
            rowHeights=heights,
            repeatRows=len(header),
            splitInRow=0 if exact_heights else 1,
        )
        base = BASE_COMMANDS if spec.grid else [*BASE_COMMANDS[:-1], ("BOX", (0, 0), (-1, -1), RULE, colors.black)]
        table.setStyle(TableStyle([*base, *commands]))
        return table

    def _trailer_height(self) -> float:
        trailer = self.spec.trailer
        if trailer is None:
            return 0.0
        _, height = trailer.wrap(self.spec.width, self.spec.frame_height)
        return float(height)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The size of the whole remaining table (and the block that must follow it on its page)."""
        _, header_height = self._header()
        self.width = sum(self.spec.widths)
        self.height = header_height + self.spec.span(self.start, len(self.spec.rows)) + self._trailer_height()
        return self.width, self.height

    def _kept_count(self, count: int) -> int:
        """``count`` shortened so that the page does not end on a row kept with the next."""
        spec = self.spec
        total = len(spec.rows)
        while count > 0 and self.start + count < total and (self.start + count - 1) in spec.keep_with_next:
            count -= 1
        return count

    def _chain_fits_a_page(self, header_height: float) -> bool:
        """Whether the rows from ``start`` up to the first that may end a page fit on an empty page."""
        spec = self.spec
        stop = self.start
        while stop < len(spec.rows) - 1 and stop in spec.keep_with_next:
            stop += 1
        needed = spec.span(self.start, stop + 1)
        if stop == len(spec.rows) - 1:
            needed += self._trailer_height()
        return bool(header_height + needed <= spec.frame_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The rows that fit on this page as one table, and the rest as another PagedTable."""
        spec = self.spec
        total = len(spec.rows)
        _, header_height = self._header()
        fitting = spec.fitting(self.start, avail_height - header_height)
        count = fitting
        if spec.trailer is not None and self.start + count >= total:
            # Every row fits but the trailer does not: carry the last rows over with it.
            count = min(count, total - self.start - 1)
        count = self._kept_count(count)
        if count <= 0 and fitting > 0 and not self._chain_fits_a_page(header_height):
            count = min(fitting, total - self.start)  # a chain longer than a page: break it where it must
            if self.start + count >= total:
                return [self._build(total, with_trailer=False), *([spec.trailer] if spec.trailer else [])]
        if count <= 0:
            if header_height + spec.heights[self.start] > spec.frame_height - 1:
                # One row taller than a page: let reportlab split inside its cells.
                oversized = self._build(self.start + 1, exact_heights=False, with_trailer=False)
                rest = [PagedTable(spec, self.start + 1)] if self.start + 1 < total else []
                if not rest and spec.trailer is not None:
                    rest = [spec.trailer]
                return [oversized, *rest]
            return []
        if self.start + count >= total:
            return [self._build(total)]
        return [self._build(self.start + count), PagedTable(spec, self.start + count)]

    def draw(self) -> None:
        """Draw the remaining rows (they fit: the frame checked the height from ``wrap``), then the trailer."""
        trailer_height = self._trailer_height()
        table = self._build(len(self.spec.rows), with_trailer=False)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, trailer_height)
        if self.spec.trailer is not None:
            self.spec.trailer.drawOn(self.canv, 0, 0)


_SAMPLE_ROWS = 200
"""Rows measured when balancing column widths: enough to see a table's texts, cheap at 100,000 lines."""


def _natural(text: str) -> float:
    """The width of the longest line of ``text`` unwrapped, with the cell's padding and the hang."""
    widest = max(float(stringWidth(line, FONT, BODY_SIZE)) for line in text.split("\n"))
    return widest + 2 * PAD + 0.5 * BODY_SIZE


def balanced_widths(
    columns: Sequence[Sequence[str]], fixed: dict[int, float], total: float, minimum: dict[int, float] | None = None
) -> list[float]:
    """Column widths that add up to ``total``: the ``fixed`` ones as given, the others shared by their texts
    (none narrower than its ``minimum``, where given).

    ``columns`` holds each column's texts, the header's first. Columns that fit unwrapped get their natural
    width and a share of what is left; otherwise each millimetre goes where it saves the most printed lines,
    so a long 备注 column is not squeezed to a few characters a line while a short one idles.
    """
    count = len(columns)
    flexible = [index for index in range(count) if index not in fixed]
    rows = len(columns[0]) if columns else 0
    step = max(1, (rows - 1) // _SAMPLE_ROWS) if rows > 1 else 1
    picked = [0, *range(1, rows, step)]
    natural = {index: [_natural(columns[index][row]) for row in picked] for index in flexible}
    room = total - sum(fixed.values())
    # A column is never narrower than its header nor than three characters.
    given = minimum or {}
    least = {
        index: max(natural[index][0], 3 * BODY_SIZE + 2 * PAD + 0.5 * BODY_SIZE, given.get(index, 0.0))
        for index in flexible
    }
    widest = {index: max(*natural[index], least[index]) for index in flexible}
    widths = dict(fixed)
    if sum(widest.values()) <= room:
        spare = room - sum(widest.values())
        weight = sum(widest.values())
        for index in flexible:
            widths[index] = widest[index] + spare * widest[index] / weight
        return [widths[index] for index in range(count)]
    scale = min(1.0, room / sum(least.values()))
    current = {index: least[index] * scale for index in flexible}

    padding = 2 * PAD + 0.5 * BODY_SIZE

    def lines_with(index: int, width: float) -> float:
        # Printed lines of the sampled rows (a row is as tall as its fullest cell), the fractions breaking ties.
        inner = {column: max(current[column] - padding, 1.0) for column in flexible}
        inner[index] = max(width - padding, 1.0)
        whole = 0.0
        for row in range(1, len(picked)):
            needs = [(natural[column][row] - padding) / inner[column] for column in flexible]
            whole += max(-(-need // 1) for need in needs) + 0.001 * sum(needs)
        return whole

    increment = 4.0
    left = room - sum(current.values())
    while left >= increment:
        best = min(
            (index for index in flexible if current[index] < widest[index]),
            key=lambda index: lines_with(index, current[index] + increment),
            default=None,
        )
        if best is None:
            break
        current[best] += increment
        left -= increment
    spread = left / len(flexible)
    for index in flexible:
        widths[index] = current[index] + spread
    return [widths[index] for index in range(count)]


_GLYPH_BLOCKS = 20
_GLYPH_BLOCK_ROWS = 100
"""``frequent_characters`` counts the characters of this many blocks of consecutive rows, spread over each table:
enough to rank them, and blocks rather than every n-th row, which could fall on one kind of line each time."""


def frequent_characters(story: Sequence[Flowable]) -> str:
    """The characters of the story's paged tables other than ASCII, the most frequent first (counted on a
    sample of rows): what ``build_pdf`` numbers first in the embedded font."""
    counts: Counter[str] = Counter()
    for flowable in story:
        if not isinstance(flowable, PagedTable):
            continue
        rows = flowable.spec.rows
        blocks = min(_GLYPH_BLOCKS, max(1, len(rows) // _GLYPH_BLOCK_ROWS))
        for block in range(blocks):
            start = block * len(rows) // blocks
            for row in rows[start : start + _GLYPH_BLOCK_ROWS]:
                for value in row:
                    if isinstance(value, str):
                        counts.update(value)
    return "".join(char for char, _ in counts.most_common() if ord(char) > 127 and not char.isspace())


@dataclass
class MergedRuns:
    """Columns whose equal neighbours merge into one cell per page: a 一级指标 down its group.

    ``runs`` gives, per merged column, each body row's run id (rows of one group share it; -1 merges nothing).
    Every row carries its label, so a group that runs on to the next page shows it again there (the first row
    of each page's part of the run keeps it, the others print blank under the span).
    """

    runs: dict[int, list[int]]

    def prepare(self, rows: list[list[Cell]]) -> Callable[[int, int], list[list[Cell]]]:
        """The ``TableSpec.prepare`` hook: each run's label on the first of its rows on the page only."""

        def prepared(start: int, stop: int) -> list[list[Cell]]:
            result = []
            for index in range(start, stop):
                row = list(rows[index])
                for column, run in self.runs.items():
                    if index > start and run[index] >= 0 and run[index] == run[index - 1]:
                        row[column] = ""
                result.append(row)
            return result

        return prepared

    def commands(self, start: int, stop: int, offset: int) -> list[Command]:
        """SPAN and centre each run's part on the page (the ``TableSpec.commands`` hook)."""
        result: list[Command] = []
        for column, run in self.runs.items():
            index = start
            while index < stop:
                end = index + 1
                while run[index] >= 0 and end < stop and run[end] == run[index]:
                    end += 1
                if end - index > 1:
                    first, last = offset + index - start, offset + end - 1 - start
                    result += [
                        ("SPAN", (column, first), (column, last)),
                        ("VALIGN", (column, first), (column, last), "MIDDLE"),
                    ]
                index = end
        return result


def run_ids(labels: Sequence[str]) -> list[int]:
    """Run ids of a column's labels: consecutive equal non-empty labels share one (产出 产出 效益 → 0 0 1)."""
    ids: list[int] = []
    for index, label in enumerate(labels):
        if not label.strip():
            ids.append(-1)
        elif index and label.strip() == labels[index - 1].strip() and ids[-1] >= 0:
            ids.append(ids[-1])
        else:
            ids.append(max(ids, default=-1) + 1)
    return ids


def merged_table(
    widths: list[float],
    header: list[list[Cell]],
    rows: list[list[Cell]],
    runs: dict[int, list[int]],
    extra: Callable[[int, int, int], list[Command]] = lambda start, stop, offset: [],
    frame_height: float = FRAME_HEIGHT,
) -> PagedTable:
    """A ruled table paged row by row with ``header`` on every page and the ``runs`` columns merged per page."""
    merged = MergedRuns(runs)
    spec = TableSpec(
        widths=widths,
        rows=rows,
        header=lambda start: header,
        commands=lambda start, stop, offset: [*merged.commands(start, stop, offset), *extra(start, stop, offset)],
        prepare=merged.prepare(rows),
        frame_height=frame_height,
    )
    spec.measure()
    return PagedTable(spec)
