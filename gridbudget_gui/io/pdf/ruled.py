"""One page of a long ruled table, drawn directly: the fast path of ``PagedTable`` for plain-text grids.

reportlab's ``Table`` draws each line of each cell with its own ``drawString`` (a text object per line) and
each rule as its own path, after interpreting every style command for every cell: two thirds of the time of a
10,000-line cost table. A page whose cells are all plain text, fully ruled, styled only by ALIGN, SPAN and
TOPPADDING, is drawn here instead with the same geometry as ``Table`` (same cell positions, the same text
origins for LEFT, CENTER and RIGHT with VALIGN MIDDLE), but all its text in one text object and all its rules
in one path. Any other page still goes through ``Table`` (see ``RuledPage.handles``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, LEADING, PAD

Command = tuple[Any, ...]
"""A reportlab TableStyle command."""

_HANDLED = {"ALIGN", "SPAN", "TOPPADDING"}


def _normalised(start: tuple[int, int], stop: tuple[int, int], columns: int, rows: int) -> tuple[int, int, int, int]:
    """A command's cell range as first column, first row, last column, last row (negative indices resolved)."""
    first_column, first_row = start
    last_column, last_row = stop
    if first_column < 0:
        first_column += columns
    if last_column < 0:
        last_column += columns
    if first_row < 0:
        first_row += rows
    if last_row < 0:
        last_row += rows
    return first_column, first_row, last_column, last_row


class RuledPage(Flowable):  # type: ignore[misc]
    """A fully ruled table of plain-text cells with given row heights, drawn as ``Table`` would draw it."""

    @staticmethod
    def handles(rows: Sequence[Sequence[object]], commands: Sequence[Command]) -> bool:
        """Whether ``RuledPage`` can draw these rows and extra style commands (plain text, simple styles)."""
        if any(command[0] not in _HANDLED for command in commands):
            return False
        return all(type(value) is str for row in rows for value in row)

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        heights: Sequence[float],
        commands: Sequence[Command],
        rule: float,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as Table: the frame centres a table narrower than itself
        self.rows = rows
        self.widths = list(widths)
        self.heights = list(heights)
        self.commands = commands
        self.rule = rule
        self.width = sum(self.widths)
        self.height = sum(self.heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The table's size: its columns and its given row heights."""
        return self.width, self.height

    def _positions(self) -> tuple[list[float], list[float]]:
        columns = [0.0]
        for width in self.widths:
            columns.append(columns[-1] + width)
        # Row tops from the bottom up with compensated sums, as Table computes them.
        rows: list[float] = []
        height = compensation = 0.0
        for row_height in reversed(self.heights):
            rows.append(height)
            step = row_height - compensation
            total = height + step
            compensation = (total - height) - step
            height = total
        rows.append(height)
        rows.reverse()
        return columns, rows

    def _styles(self) -> tuple[list[list[str]], list[float], dict[tuple[int, int], tuple[int, int]]]:
        """Each cell's alignment, each row's top padding and the spans (top-left cell → bottom-right cell)."""
        count, columns = len(self.rows), len(self.widths)
        align = [["LEFT"] * columns for _ in range(count)]
        top = [PAD] * count
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for name, start, stop, *args in self.commands:
            first_column, first_row, last_column, last_row = _normalised(start, stop, columns, count)
            if name == "ALIGN":
                value = "CENTER" if args[0] == "CENTRE" else args[0]
                for row in range(first_row, last_row + 1):
                    align[row][first_column : last_column + 1] = [value] * (last_column - first_column + 1)
            elif name == "SPAN":
                spans[(first_row, first_column)] = (last_row, last_column)
            else:  # TOPPADDING, which the pages use for whole rows only
                for row in range(first_row, last_row + 1):
                    top[row] = float(args[0])
        return align, top, spans

    def draw(self) -> None:
        """The cells' text in one text object, then the grid in one path (Table's order: text under rules)."""
        canvas = self.canv
        x_at, y_at = self._positions()
        align, top, spans = self._styles()
        covered: set[tuple[int, int]] = set()
        for (first_row, first_column), (last_row, last_column) in spans.items():
            covered.update(
                (row, column)
                for row in range(first_row, last_row + 1)
                for column in range(first_column, last_column + 1)
                if (row, column) != (first_row, first_column)
            )
        canvas.saveState()
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        text.setFont(FONT, BODY_SIZE, LEADING)
        origin, line_out = text.setTextOrigin, text.textLine
        special = {row for row, _ in spans} | {row for row, _ in covered}
        for row_index, row in enumerate(self.rows):
            spanned = row_index in special
            row_align = align[row_index]
            row_top = y_at[row_index]
            row_bottom = y_at[row_index + 1]
            for column, value in enumerate(row):
                if not value:
                    continue
                bottom, right = row_bottom, x_at[column + 1]
                if spanned:
                    if (row_index, column) in covered:
                        continue
                    last_row, last_column = spans.get((row_index, column), (row_index, column))
                    bottom, right = y_at[last_row + 1], x_at[last_column + 1]
                left = x_at[column]
                lines = value.split("\n") if "\n" in value else (value,)
                # Table's VALIGN MIDDLE: the block of lines centred between the paddings.
                y = bottom + (PAD + (row_top - bottom) - top[row_index] + len(lines) * LEADING) / 2.0 - BODY_SIZE
                how = row_align[column]
                if how == "LEFT":
                    # One origin; each further line one leading lower (T*), as Table places them.
                    origin(left + PAD, y)
                    for line in lines:
                        line_out(line)
                    continue
                for line in lines:
                    if how == "RIGHT":
                        x = right - PAD - stringWidth(line, FONT, BODY_SIZE)
                    else:
                        x = left + (right - left) * 0.5 - 0.5 * stringWidth(line, FONT, BODY_SIZE)
                    origin(x, y)
                    line_out(line)
                    y -= LEADING
        canvas.drawText(text)
        self._draw_rules(canvas, x_at, y_at, spans)
        canvas.restoreState()

    def _draw_rules(
        self, canvas: Any, x_at: list[float], y_at: list[float], spans: dict[tuple[int, int], tuple[int, int]]
    ) -> None:
        """Every cell's border, but not across a span, as one path of separate segments."""
        count, columns = len(self.rows), len(self.widths)
        # A rule between rows r-1 and r is broken where a span covers both; likewise between columns.
        across_rows: dict[int, list[tuple[int, int]]] = {}
        across_columns: dict[int, list[tuple[int, int]]] = {}
        for (first_row, first_column), (last_row, last_column) in spans.items():
            for row in range(first_row + 1, last_row + 1):
                across_rows.setdefault(row, []).append((first_column, last_column))
            for column in range(first_column + 1, last_column + 1):
                across_columns.setdefault(column, []).append((first_row, last_row))
        path = canvas.beginPath()
        for row in range(count + 1):
            y = y_at[row]
            for first, last in _open_runs(columns, across_rows.get(row, [])):
                path.moveTo(x_at[first], y)
                path.lineTo(x_at[last + 1], y)
        for column in range(columns + 1):
            x = x_at[column]
            for first, last in _open_runs(count, across_columns.get(column, [])):
                path.moveTo(x, y_at[first])
                path.lineTo(x, y_at[last + 1])
        canvas.setLineWidth(self.rule)
        canvas.setStrokeColor(colors.black)
        canvas.drawPath(path, stroke=1, fill=0)


def _open_runs(count: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of cells 0…count-1 (first, last) left after taking out the ``blocked`` ranges."""
    if not blocked:
        return [(0, count - 1)] if count else []
    shut = [False] * count
    for first, last in blocked:
        shut[first : last + 1] = [True] * (last - first + 1)
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index in range(count + 1):
        if index < count and not shut[index]:
            if start is None:
                start = index
        elif start is not None:
            runs.append((start, index - 1))
            start = None
    return runs
