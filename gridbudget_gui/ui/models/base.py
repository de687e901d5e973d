"""What the table models share: highlighting cells that have findings, and undoable row operations."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.editing import (
    InsertRows,
    MoveRows,
    RemoveRows,
    ReplaceRows,
    RowOperation,
    SetFields,
    runs,
    table_rows,
    touched_places,
)
from gridbudget_gui.domain.findings import Finding, Severity
from gridbudget_gui.domain.messages import render
from gridbudget_gui.domain.place import Place, PlaceError, TableName
from gridbudget_gui.domain.schemes import is_skeleton_row
from gridbudget_gui.ui.language import interface_language
from gridbudget_gui.ui.session import DocumentSession

ERROR_BRUSH = QBrush(QColor("#f8c9c4"))
WARNING_BRUSH = QBrush(QColor("#fbe3a6"))
INFO_BRUSH = QBrush(QColor("#dbe9f7"))
READ_ONLY_BRUSH = QBrush(QColor("#f1f1ef"))
TODO_BRUSH = QBrush(QColor("#e4ecf7"))
"""A cell of a row still to fill in (the skeleton of a new declaration): to do, not an error."""
TODO_RULES = frozenset(("indicator.name-empty", "indicator.value-empty", "indicator.cost-empty"))
"""What a skeleton row lacks: its name and its value. Other findings on it are real problems."""

Index = QModelIndex | QPersistentModelIndex


def finding_brush(findings: Sequence[Finding]) -> QBrush | None:
    """The background for a cell with these findings: red for errors, amber for warnings."""
    severities = {finding.severity for finding in findings}
    if Severity.ERROR in severities:
        return ERROR_BRUSH
    if Severity.WARNING in severities:
        return WARNING_BRUSH
    if Severity.INFO in severities:
        return INFO_BRUSH
    return None


def is_todo(finding: Finding, document: Document) -> bool:
    """True for a blank still to fill in a skeleton row (groups chosen, name and value empty): "to do".

    ``check`` of a file counts it as the error it is; the window shows a new declaration's skeleton as a
    list of rows to complete rather than as a wall of red.
    """
    if finding.rule not in TODO_RULES:
        return False
    where = finding.where
    if where.table is None or where.row is None:
        return False
    rows = table_rows(document, where.table)
    return where.row < len(rows) and is_skeleton_row(rows[where.row])


def finding_text(finding: Finding) -> str:
    """The finding in words, in the interface language."""
    return render(finding, interface_language())


def finding_tooltip(findings: Sequence[Finding]) -> str:
    """The tooltip listing the findings of a cell, one per line."""
    return "\n".join(f"• {finding_text(finding)}" for finding in findings)


class RowListModel(QAbstractTableModel):
    """A table over a list of row objects in the document; rows are inserted, removed and moved by undo commands.

    As in a spreadsheet, a blank row always follows the last line. It is not a row of the document: typing
    into it inserts a line (one undo step) and a new blank row appears below.
    """

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, session: DocumentSession, list_path: str) -> None:
        super().__init__()
        self.session = session
        self.list_path = list_path
        """The JSON path of the list (``cost_items``, ``indicators.annual``), for findings and re-checks."""
        table = Place.parse(list_path).table
        if table is None:
            raise ValueError(f"not a table: {list_path}")
        self.table: TableName = table
        """The table the domain operations of this model edit."""
        self._blank: Any = None
        """The empty row object the blank row at the bottom shows (never changed: edits insert a copy)."""
        session.findingsChanged.connect(self._refresh_highlights)

    # The list is looked up on every call so that a replaced document is followed.
    def rows(self) -> list[Any]:
        """The list of row objects this model shows."""
        raise NotImplementedError

    def new_row(self) -> Any:
        """A fresh empty row object."""
        raise NotImplementedError

    def copy_row(self, row: Any) -> Any:
        """An independent copy of a row object."""
        return row.copy()

    def row_label(self, row: int) -> str:
        """A short name of a row for undo texts."""
        return self.tr("第{row}行").format(row=row + 1)

    def line_count(self) -> int:
        """The number of document rows (the blank row at the bottom is not one)."""
        return len(self.rows())

    def is_blank_row(self, row: int) -> bool:
        """True for the blank row at the bottom, where typing adds a line."""
        return row == len(self.rows())

    def row_at(self, row: int) -> Any:
        """The row object shown in ``row``: a document row, or an empty one for the blank row at the bottom."""
        rows = self.rows()
        if row < len(rows):
            return rows[row]
        if self._blank is None:
            self._blank = self.new_row()
        return self._blank

    def field_path(self, row: int, column: int) -> str:
        """The JSON path a cell shows, for finding lookup."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Number of rows in the list, and the blank row at the bottom."""
        return 0 if parent.isValid() else len(self.rows()) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (translated: HEADERS are marked under the model's class name), and row numbers 1…n."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
            return None
        return "*" if self.is_blank_row(section) else str(section + 1)

    def finding_data(self, index: Index, role: int) -> Any:
        """Background and tooltip for a cell with findings, or None."""
        findings = self.session.findings_at(self.field_path(index.row(), index.column()))
        if not findings:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if all(is_todo(finding, self.session.document) for finding in findings):
                return TODO_BRUSH
            return finding_brush(findings)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_tooltip(findings)
        return None

    def _refresh_highlights(self) -> None:
        if not (self.session.findings_moved and self.rowCount() and self.columnCount()):
            return
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
        last = self.columnCount() - 1
        rows = _moved_rows(self.session.moved_places, self.table)
        if rows is None:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last), roles)
            return
        for row in sorted(rows):  # a few rows: repaint those, not the whole table (one frame at 100,000 lines)
            if row < self.rowCount():
                self.dataChanged.emit(self.index(row, 0), self.index(row, last), roles)

    def rows_swapped(self, removed: Sequence[Any], added: Sequence[Any]) -> None:
        """Hook: an operation took ``removed`` rows out of the table and put ``added`` rows in."""

    def apply(self, operation: RowOperation) -> RowOperation:
        """Apply a domain operation on this table with the model's signals and ONE re-check; return its inverse.

        A contiguous range is announced as such (rows inserted, removed, moved, changed); rows removed or
        inserted in several places at once reset the model, one signal instead of one per range.
        """
        document, parent = self.session.document, QModelIndex()
        removed: Sequence[Any] = ()
        added: Sequence[Any] = ()
        changed: tuple[int, int] | None = None  # rows whose values changed in place: (first, last)
        inverse: RowOperation
        if isinstance(operation, InsertRows):
            spans = runs(operation.positions)
            if len(spans) == 1:
                first, count = spans[0]
                inverse = self._inserted(first, count, lambda: operation.apply(document))
            else:
                self.beginResetModel()
                inverse = operation.apply(document)
                self.endResetModel()
            added = operation.rows
        elif isinstance(operation, RemoveRows):
            spans = runs(operation.indexes)
            if len(spans) == 1:
                first, count = spans[0]
                self.beginRemoveRows(parent, first, first + count - 1)
                inverse = operation.apply(document)
                self.endRemoveRows()
            else:
                self.beginResetModel()
                inverse = operation.apply(document)
                self.endResetModel()
            removed = inverse.rows
        elif isinstance(operation, MoveRows):
            start, count, to = operation.start, operation.count, operation.to
            if count and start != to:
                self.beginMoveRows(parent, start, start + count - 1, parent, to + count if to > start else to)
                inverse = operation.apply(document)
                self.endMoveRows()
            else:
                inverse = operation.apply(document)
        elif isinstance(operation, ReplaceRows):
            # Views (and Qt's model tester) want an insertion or removal that changes no other row: the
            # rows replaced in place and the rows added or taken away are told, and applied, as two steps.
            start, old_count, new_count = operation.start, operation.count, len(operation.rows)
            common = min(old_count, new_count)
            removed = tuple(self.rows()[start : start + old_count])
            added = operation.rows
            ReplaceRows(operation.table, start, common, operation.rows[:common]).apply(document)
            if common:
                self.dataChanged.emit(self.index(start, 0), self.index(start + common - 1, self.columnCount() - 1))
            if new_count > old_count:
                extra = InsertRows.at(operation.table, start + common, operation.rows[common:])
                self._inserted(start + common, new_count - old_count, lambda: extra.apply(document))
            elif new_count < old_count:
                self.beginRemoveRows(parent, start + common, start + old_count - 1)
                RemoveRows(operation.table, tuple(range(start + common, start + old_count))).apply(document)
                self.endRemoveRows()
            inverse = ReplaceRows(operation.table, start, new_count, removed)
        else:
            old = self.rows()[operation.row]
            inverse = operation.apply(document)
            removed, added = (old,), (self.rows()[operation.row],)
            changed = (operation.row, operation.row)
        if changed is not None:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[1], self.columnCount() - 1))
        self.rows_swapped(removed, added)
        self.session.changed(touched_places(operation))
        return inverse

    def _inserted(self, first: int, count: int, insert: Callable[[], Any]) -> Any:
        """Run ``insert`` (``count`` rows at ``first``) inside the model's insertion signals; return its result."""
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        result = insert()
        self.endInsertRows()
        return result

    def push_operation(self, operation: RowOperation, text: str) -> None:
        """Do ``operation`` as one undo step."""
        self.session.push(RowOperationCommand(self, operation, text))

    # Undoable operations -------------------------------------------------------------------------

    def edit_row(self, row: int, change: Callable[[Any], None], text: str) -> None:
        """Change one row through an undo command: ``change`` edits a copy; the fields it changed are set.

        On the blank row at the bottom, the changed empty row is inserted as a new line instead.
        """
        if self.is_blank_row(row):
            line = self.new_row()
            change(line)
            if _plain(dataclasses.astuple(line)) != _plain(dataclasses.astuple(self.new_row())):
                self.push_operation(InsertRows.at(self.table, row, [line]), text)
            return
        old = self.rows()[row]
        new = self.copy_row(old)
        change(new)
        changes = {
            field.name: getattr(new, field.name)
            for field in dataclasses.fields(old)
            if _plain(getattr(new, field.name)) != _plain(getattr(old, field.name))
        }
        if changes:
            self.push_operation(SetFields.of(self.table, row, **changes), text)

    def insert_rows(self, row: int, items: Sequence[Any], text: str = "") -> None:
        """Insert copies of ``items`` before ``row`` as one undo step."""
        text = text or self.tr("插入行")
        self.push_operation(InsertRows.at(self.table, row, [self.copy_row(item) for item in items]), text)

    def remove_rows(self, rows: Sequence[int], text: str = "") -> None:
        """Remove the given rows (any ranges) as one undo step."""
        if rows:
            self.push_operation(RemoveRows.of(self.table, rows), text or self.tr("删除行"))

    def move_row(self, row: int, target: int) -> None:
        """Move ``row`` to position ``target`` as one undo step."""
        if row != target and 0 <= target < self.line_count() and row < self.line_count():
            up = QCoreApplication.translate("RowListModel", "上移行")
            text = up if target < row else QCoreApplication.translate("RowListModel", "下移行")
            self.push_operation(MoveRows(self.table, row, 1, target), text)

    def replace_rows(self, items: Sequence[Any], text: str) -> None:
        """Replace all rows with copies of ``items`` as one undo step (copy 年度 → 中期, paste…)."""
        new = tuple(self.copy_row(item) for item in items)
        self.push_operation(ReplaceRows(self.table, 0, self.line_count(), new), text)

    # Pasting ------------------------------------------------------------------------------------

    def paste_targets(self, left: int, width: int) -> list[Any]:
        """What each of ``width`` pasted columns fills: the view's columns from ``left``, None past the end."""
        return [left + i if left + i < self.columnCount() else None for i in range(width)]

    def paste_row(self, item: Any, cells: list[tuple[Any, str]]) -> list[str]:
        """Write pasted texts into ``item`` (a copy); return the cells that could not be read, described."""
        raise NotImplementedError

    def paste(self, top: int, left: int, grid: Sequence[Sequence[str]]) -> list[str]:
        """Paste a block of cell texts at (``top``, ``left``) as one undo step, adding rows past the end.

        Returns the cells that could not be read, as "第3行 数量1“abc”"; the model keeps them visibly
        (the cost table writes them into the line's note) instead of dropping them.
        """
        if not grid or not grid[0]:
            return []
        top = min(max(top, 0), self.line_count())
        # Blank lines falling on the blank row and beyond add nothing (Delete over a range that covers it).
        while len(grid) > len(self.rows()) - top and not any(text.strip() for text in grid[-1]):
            grid = grid[:-1]
        if not grid:
            return []
        targets = self.paste_targets(left, len(grid[0]))
        rows = self.rows()
        covered = min(len(grid), len(rows) - top)
        new: list[Any] = []
        problems: list[str] = []
        for offset, line in enumerate(grid):
            row = top + offset
            item = self.copy_row(rows[row]) if row < len(rows) else self.new_row()
            cells = [(target, text) for target, text in zip(targets, line, strict=False) if target is not None]
            unread = self.paste_row(item, cells)
            unread += [
                self.tr("第{column}列“{text}”（超出表格）").format(column=left + column + 1, text=text)
                for column, (target, text) in enumerate(zip(targets, line, strict=False))
                if target is None and text.strip()
            ]
            problems += [self.tr("第{row}行 ").format(row=row + 1) + u for u in unread]
            new.append(item)
        text = self.tr("粘贴{count}行").format(count=len(grid))
        self.push_operation(ReplaceRows(self.table, top, covered, tuple(new)), text)
        return problems


MOVED_ROWS_LIMIT = 64
"""Beyond this many places with changed findings, the whole table is repainted at once."""


def _moved_rows(places: set[str], table: TableName) -> set[int] | None:
    """The rows of ``table`` whose findings changed, or None when the whole table must be repainted."""
    if len(places) > MOVED_ROWS_LIMIT:
        return None
    rows: set[int] = set()
    for where in places:
        try:
            place = Place.parse(where)
        except PlaceError:
            return None
        if place.table == table:
            if place.row is None:
                return None
            rows.add(place.row)
    return rows


def _plain(value: Any) -> Any:
    """A value to compare fields by: a list of factors by their contents, not their identity."""
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.astuple(value)
    return value


class RowOperationCommand(QUndoCommand):
    """One domain operation as an undo step: redo applies it, undo applies the inverse it returned."""

    def __init__(self, model: RowListModel, operation: RowOperation, text: str) -> None:
        super().__init__(text)
        self.model = model
        self._forward: RowOperation = operation
        self._backward: RowOperation | None = None

    def redo(self) -> None:
        """Apply the operation (again), keeping its inverse."""
        self._backward = self.model.apply(self._forward)

    def undo(self) -> None:
        """Apply the inverse, keeping the operation that redoes it."""
        assert self._backward is not None
        self._forward = self.model.apply(self._backward)
