"""Edits of the document's tables as operations: each applies in one pass and returns its exact inverse.

The tables are the lists ``cost_items``, ``indicators.mid_term`` and ``indicators.annual``. An operation
names its table and what to do: insert rows at positions, remove a set of rows, move a block, replace a
range of rows (paste, fill, clear, copy a matrix) or set fields of one row. ``apply(document)`` does it
and returns the operation that undoes it, so undo is "apply the inverse" and redo is "apply the inverse
of the inverse". A whole range is one pass over the list (the list is rebuilt once), so removing 1,000
of 10,000 rows costs what one pass costs, not 1,000 of them.

Rows are treated as values: no operation changes a row object. A changed row is a new object (made with
``dataclasses.replace``), and an operation keeps the row objects it took out, so undoing it puts the very
same objects back. Code that wants to change a row builds a new one and applies an operation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from gridbudget_gui.domain.document import CostItem, Document, Indicator
from gridbudget_gui.domain.place import Place, TableName

Row = CostItem | Indicator
TABLES: tuple[TableName, ...] = ("cost_items", "indicators.mid_term", "indicators.annual")


class EditError(ValueError):
    """An operation that does not fit the table it is applied to (an index out of range…)."""


def table_rows(document: Document, table: TableName) -> list[Any]:
    """The list of row objects of ``table`` in ``document`` (the document's own list, not a copy)."""
    if table == "cost_items":
        return document.cost_items
    if table in TABLES:
        return document.indicators.matrix(table.split(".", 1)[1])
    raise EditError(f"not a table: {table!r}")


def table_place(table: TableName) -> Place:
    """The place of a whole table, as the checker and the views are told about it."""
    return Place.parse(table)


def row_place(table: TableName, row: int) -> Place:
    """The place of one row of a table."""
    return table_place(table).child(row)


def runs(indexes: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted distinct ``indexes`` grouped into contiguous runs, as (first index, count)."""
    result: list[tuple[int, int]] = []
    for index in sorted(set(indexes)):
        if result and result[-1][0] + result[-1][1] == index:
            result[-1] = (result[-1][0], result[-1][1] + 1)
        else:
            result.append((index, 1))
    return result


@dataclass(frozen=True, eq=False)
class InsertRows:
    """Put ``rows`` into a table; ``positions`` (ascending) are the indexes the rows have afterwards."""

    table: TableName
    positions: tuple[int, ...]
    rows: tuple[Any, ...]

    @classmethod
    def at(cls, table: TableName, position: int, rows: Sequence[Any]) -> InsertRows:
        """Insert a block of ``rows`` before ``position``."""
        return cls(table, tuple(range(position, position + len(rows))), tuple(rows))

    def apply(self, document: Document) -> RemoveRows:
        """Insert the rows (one pass over the list); return the removal that undoes it."""
        rows = table_rows(document, self.table)
        size = len(rows) + len(self.rows)
        if len(self.positions) != len(self.rows) or any(
            not 0 <= b < size or (a >= b) for a, b in zip((-1, *self.positions), self.positions, strict=False)
        ):
            raise EditError(f"insert positions {self.positions[:5]}… do not fit {len(rows)} rows")
        result: list[Any] = []
        taken = 0
        for position, row in zip(self.positions, self.rows, strict=True):
            step = position - len(result)
            result += rows[taken : taken + step]
            taken += step
            result.append(row)
        result += rows[taken:]
        rows[:] = result
        return RemoveRows(self.table, self.positions)


@dataclass(frozen=True, eq=False)
class RemoveRows:
    """Take the rows at ``indexes`` (ascending, distinct) out of a table."""

    table: TableName
    indexes: tuple[int, ...]

    @classmethod
    def of(cls, table: TableName, indexes: Iterable[int]) -> RemoveRows:
        """The removal of ``indexes`` in any order, repeats ignored."""
        return cls(table, tuple(sorted(set(indexes))))

    def apply(self, document: Document) -> InsertRows:
        """Remove the rows (one pass over the list); return the insertion that puts the same objects back."""
        rows = table_rows(document, self.table)
        if any(not 0 <= b < len(rows) or a >= b for a, b in zip((-1, *self.indexes), self.indexes, strict=False)):
            raise EditError(f"remove indexes {self.indexes[:5]}… do not fit {len(rows)} rows")
        removed = tuple(rows[index] for index in self.indexes)
        result: list[Any] = []
        kept_from = 0
        for index in self.indexes:
            result += rows[kept_from:index]
            kept_from = index + 1
        result += rows[kept_from:]
        rows[:] = result
        return InsertRows(self.table, self.indexes, removed)


@dataclass(frozen=True, eq=False)
class MoveRows:
    """Move the block of ``count`` rows at ``start`` so that it begins at index ``to`` afterwards."""

    table: TableName
    start: int
    count: int
    to: int

    def apply(self, document: Document) -> MoveRows:
        """Move the block; return the move back."""
        rows = table_rows(document, self.table)
        if self.count < 0 or not (0 <= self.start <= len(rows) - self.count and 0 <= self.to <= len(rows) - self.count):
            raise EditError(f"cannot move {self.count} rows from {self.start} to {self.to} in {len(rows)}")
        block = rows[self.start : self.start + self.count]
        rest = rows[: self.start] + rows[self.start + self.count :]
        rows[:] = rest[: self.to] + block + rest[self.to :]
        return MoveRows(self.table, self.to, self.count, self.start)


@dataclass(frozen=True, eq=False)
class ReplaceRows:
    """Replace the ``count`` rows at ``start`` by ``rows`` (as many or not: a paste may add rows at the end)."""

    table: TableName
    start: int
    count: int
    rows: tuple[Any, ...]

    def apply(self, document: Document) -> ReplaceRows:
        """Put the new rows in place of the old; return the replacement that puts the old objects back."""
        rows = table_rows(document, self.table)
        if self.count < 0 or not 0 <= self.start <= len(rows) - self.count:
            raise EditError(f"cannot replace {self.count} rows at {self.start} in {len(rows)}")
        old = tuple(rows[self.start : self.start + self.count])
        rows[self.start : self.start + self.count] = self.rows
        return ReplaceRows(self.table, self.start, len(self.rows), old)


@dataclass(frozen=True, eq=False)
class SetFields:
    """Set fields of one row (``name``, ``amount``, ``factors``…) to the given values: a new row object."""

    table: TableName
    row: int
    changes: tuple[tuple[str, Any], ...]

    @classmethod
    def of(cls, table: TableName, row: int, **changes: Any) -> SetFields:
        """Set the keyword fields of row ``row``."""
        return cls(table, row, tuple(changes.items()))

    def apply(self, document: Document) -> ReplaceRows:
        """Replace the row by a copy with the new values; return the replacement that puts the old object back."""
        rows = table_rows(document, self.table)
        if not 0 <= self.row < len(rows):
            raise EditError(f"no row {self.row} in {len(rows)}")
        old = rows[self.row]
        names = {field.name for field in dataclasses.fields(old)}
        unknown = [name for name, _ in self.changes if name not in names]
        if unknown:
            raise EditError(f"{type(old).__name__} has no field {unknown[0]!r}")
        rows[self.row] = dataclasses.replace(old, **dict(self.changes))
        return ReplaceRows(self.table, self.row, 1, (old,))


RowOperation = InsertRows | RemoveRows | MoveRows | ReplaceRows | SetFields
"""An edit of one table; ``apply(document)`` does it and returns its inverse."""


def touched_places(operation: RowOperation) -> list[Place]:
    """What the checker is told after ``operation``: the row for a one-row change in place, else the table."""
    if isinstance(operation, SetFields):
        return [row_place(operation.table, operation.row)]
    if isinstance(operation, ReplaceRows) and operation.count == len(operation.rows) == 1:
        return [row_place(operation.table, operation.start)]
    return [table_place(operation.table)]
