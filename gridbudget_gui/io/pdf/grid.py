"""Label-and-text grids whose texts may run for pages: each wrapped line is its own table row.

reportlab cannot split a paragraph inside a table cell reliably (``splitInRow`` lost lines and raised
LayoutError on a 20,000-character field), so a field's text is wrapped here, one line per row, and the
rows of a field are drawn as one ruled box. A page break can then fall between any two lines; the label
is carried onto the new page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, LEADING, PAD
from gridbudget_gui.io.pdf.tables import RULE, Cell, Command, PagedTable, TableSpec, wrap_lines

HANG = 0.5 * BODY_SIZE
"""Room for a closing punctuation mark hanging past the line end (标点悬挂)."""


class GridCell(NamedTuple):
    """One cell of a field: columns first…last; a label spans the field's rows, a text has a row per line."""

    first: int
    last: int
    text: str
    align: str = "LEFT"
    label: bool = False
    lines: tuple[str, ...] | None = None
    """Pre-wrapped lines (e.g. a numbered list with hanging indents), instead of wrapping ``text``."""


@dataclass
class _Field:
    start: int
    stop: int
    cells: list[GridCell]
    labels: dict[int, list[str]]
    rule_from: int


def numbered_lines(items: list[str], width: float) -> tuple[str, ...]:
    """A numbered list wrapped to ``width``, continuation lines indented under the text (悬挂缩进)."""
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        prefix = f"{number}. "
        indent = " " * round(stringWidth(prefix, FONT, BODY_SIZE) / stringWidth(" ", FONT, BODY_SIZE))
        wrapped = wrap_lines(item, width - stringWidth(prefix, FONT, BODY_SIZE))
        lines.extend((prefix if index == 0 else indent) + line for index, line in enumerate(wrapped))
    return tuple(lines)


class FormGrid:
    """A ruled grid of fields (label cells and text cells) that breaks between any two lines of text."""

    def __init__(self, widths: list[float]) -> None:
        self.widths = widths
        self.rows: list[list[Cell]] = []
        self.heights: list[float] = []
        self.fields: list[_Field] = []
        self._field_of: list[int] = []
        self.keep: set[int] = set()
        self.heading: int | None = None

    def _width(self, cell: GridCell) -> float:
        return sum(self.widths[cell.first : cell.last + 1])

    def add(self, *cells: GridCell, rule_from: int = 0, heading: bool = False) -> None:
        """Add a field; ``rule_from`` is the first column ruled below it (1 leaves the label column open);
        a ``heading`` is printed again at the top of every page the fields after it continue on."""
        texts: dict[int, tuple[str, ...]] = {}
        labels: dict[int, list[str]] = {}
        for cell in cells:
            inner = self._width(cell) - 2 * PAD
            if cell.label:
                labels[cell.first] = wrap_lines(cell.text, inner)
            elif cell.lines is not None:
                texts[cell.first] = cell.lines
            else:
                texts[cell.first] = tuple(wrap_lines(cell.text, inner - HANG))
        count = max([1, *(len(lines) for lines in texts.values()), *(len(lines) for lines in labels.values())])
        start = len(self.rows)
        for index in range(count):
            row: list[Cell] = [""] * len(self.widths)
            for column, lines in texts.items():
                row[column] = lines[index] if index < len(lines) else ""
            self.rows.append(row)
            height = LEADING + (PAD if index == 0 else 0) + (PAD if index == count - 1 else 0)
            self.heights.append(height)
            self._field_of.append(len(self.fields))
        # Keep a label's lines together, and never leave one line of a field alone on a page.
        longest_label = max([1, *(len(lines) for lines in labels.values())])
        self.keep.update(range(start, start + max(longest_label - 1, 1 if count > 2 else 0)))
        if count > 2:
            self.keep.add(start + count - 2)
        if heading:
            self.heading = len(self.fields)
            self.keep.update(range(start, start + count))  # never a heading alone at a page's foot
        self.fields.append(_Field(start, start + count, list(cells), labels, rule_from))

    def _prepare(self, start: int, stop: int) -> list[list[Cell]]:
        rows = [list(row) for row in self.rows[start:stop]]
        for field in self._fields_in(start, stop):
            first = max(field.start, start)
            available = min(field.stop, stop) - first
            for column, lines in field.labels.items():
                # A label carried onto a new page is printed only if it fits in the rows left there.
                if first == field.start or len(lines) <= available:
                    rows[first - start][column] = "\n".join(lines)
        return rows

    def _fields_in(self, start: int, stop: int) -> list[_Field]:
        return self.fields[self._field_of[start] : self._field_of[stop - 1] + 1]

    def _commands(self, start: int, stop: int, offset: int) -> list[Command]:
        commands: list[Command] = [
            ("TOPPADDING", (0, offset), (-1, -1), 0),
            ("BOTTOMPADDING", (0, offset), (-1, -1), 0),
        ]
        if offset:  # the repeated heading: drawn as the field it copies
            heading = self.fields[self.heading] if self.heading is not None else None
            assert heading is not None
            commands.append(("TOPPADDING", (0, 0), (-1, offset - 1), 0))
            commands.append(("BOTTOMPADDING", (0, 0), (-1, offset - 1), 0))
            commands += self._field_commands(heading, 0, offset - 1, True, True)
        for field in self._fields_in(start, stop):
            top = offset + max(field.start, start) - start
            bottom = offset + min(field.stop, stop) - start - 1
            commands += self._field_commands(field, top, bottom, field.start >= start, field.stop <= stop)
        return commands

    @staticmethod
    def _field_commands(field: _Field, top: int, bottom: int, opens: bool, closes: bool) -> list[Command]:
        black = colors.black
        commands: list[Command] = []
        if opens:
            commands.append(("TOPPADDING", (0, top), (-1, top), PAD))
        if closes:
            commands.append(("BOTTOMPADDING", (0, bottom), (-1, bottom), PAD))
            commands.append(("LINEBELOW", (field.rule_from, bottom), (-1, bottom), RULE, black))
        for cell in field.cells:
            if cell.first > 0:
                commands.append(("LINEBEFORE", (cell.first, top), (cell.first, bottom), RULE, black))
            if cell.label:
                commands.append(("SPAN", (cell.first, top), (cell.last, bottom)))
                commands.append(("VALIGN", (cell.first, top), (cell.last, bottom), "MIDDLE"))
                # A spanned label is laid out in its own cell height: undo the zero paddings.
                commands.append(("TOPPADDING", (cell.first, top), (cell.first, top), PAD))
                commands.append(("BOTTOMPADDING", (cell.first, top), (cell.first, top), PAD))
            else:
                commands.append(("VALIGN", (cell.first, top), (cell.last, bottom), "TOP"))
                if cell.last > cell.first:
                    commands += [("SPAN", (cell.first, at), (cell.last, at)) for at in range(top, bottom + 1)]
            commands.append(("ALIGN", (cell.first, top), (cell.last, bottom), cell.align))
        return commands

    def _header(self, start: int) -> list[list[Cell]]:
        """The heading field's rows, repeated on a page that starts after it (总体目标's 中期目标 | 年度目标)."""
        if self.heading is None:
            return []
        heading = self.fields[self.heading]
        if start < heading.stop:
            return []
        return self._prepare(heading.start, heading.stop)

    def _lead_in(self, start: int) -> float:
        # A page that starts inside a field gets the field's top padding again, off the rule.
        return 0.0 if self.fields[self._field_of[start]].start == start else PAD

    def flowable(self, trailer: Flowable | None = None, keep_last: int = 3) -> PagedTable:
        """The grid as a flowable that pages between lines; a ``trailer`` follows with the last
        ``keep_last`` lines of the last field (or all of them, if it has fewer)."""
        if trailer is not None and self.fields:
            last = self.fields[-1]
            self.keep.update(range(max(last.start, last.stop - keep_last), last.stop - 1))
        spec = TableSpec(
            widths=self.widths,
            rows=self.rows,
            header=self._header,
            commands=self._commands,
            prepare=self._prepare,
            keep_with_next=self.keep,
            grid=False,
            lead_in=self._lead_in,
            trailer=trailer,
        )
        spec.measure(self.heights)
        return PagedTable(spec)
