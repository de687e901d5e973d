"""What the table models share: highlighting cells that have findings, and undoable row operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand

from gridbudget_gui.domain.findings import Finding, Severity
from gridbudget_gui.domain.messages import render
from gridbudget_gui.ui.language import interface_language
from gridbudget_gui.ui.session import DocumentSession

ERROR_BRUSH = QBrush(QColor("#f8c9c4"))
WARNING_BRUSH = QBrush(QColor("#fbe3a6"))
INFO_BRUSH = QBrush(QColor("#dbe9f7"))
READ_ONLY_BRUSH = QBrush(QColor("#f1f1ef"))

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


def finding_text(finding: Finding) -> str:
    """The finding in words, in the interface language."""
    return render(finding, interface_language())


def finding_tooltip(findings: Sequence[Finding]) -> str:
    """The tooltip listing the findings of a cell, one per line."""
    return "\n".join(f"• {finding_text(finding)}" for finding in findings)


class RowListModel(QAbstractTableModel):
    """A table over a list of row objects in the document; rows are inserted, removed and moved by undo commands."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, session: DocumentSession, list_path: str) -> None:
        super().__init__()
        self.session = session
        self.list_path = list_path
        """The JSON path of the list (``cost_items``, ``indicators.annual``), for findings and re-checks."""
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

    def field_path(self, row: int, column: int) -> str:
        """The JSON path a cell shows, for finding lookup."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Number of rows in the list."""
        return 0 if parent.isValid() else len(self.rows())

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
        return str(section + 1)

    def finding_data(self, index: Index, role: int) -> Any:
        """Background and tooltip for a cell with findings, or None."""
        findings = self.session.findings_at(self.field_path(index.row(), index.column()))
        if not findings:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return finding_brush(findings)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_tooltip(findings)
        return None

    def _refresh_highlights(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )

    def row_changed(self, row: int) -> None:
        """Repaint a whole row and re-check it (after an undo command changed it)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.session.changed([f"{self.list_path}[{row}]"])

    # Undoable operations -------------------------------------------------------------------------

    def edit_row(self, row: int, change: Callable[[Any], None], text: str) -> None:
        """Change one row through an undo command: ``change`` edits a copy, which then replaces the row."""
        old = self.copy_row(self.rows()[row])
        new = self.copy_row(old)
        change(new)
        self.session.push(_RowStateCommand(self, row, old, new, text))

    def insert_rows(self, row: int, items: Sequence[Any], text: str = "") -> None:
        """Insert ``items`` before ``row`` as one undo step."""
        text = text or self.tr("插入行")
        self.session.push(_InsertRowsCommand(self, row, [self.copy_row(item) for item in items], text))

    def remove_rows(self, rows: Sequence[int], text: str = "") -> None:
        """Remove the given rows as one undo step."""
        if rows:
            self.session.push(_RemoveRowsCommand(self, sorted(set(rows)), text or self.tr("删除行")))

    def move_row(self, row: int, target: int) -> None:
        """Move ``row`` to position ``target`` as one undo step."""
        if row != target and 0 <= target < self.rowCount():
            self.session.push(_MoveRowCommand(self, row, target))

    def replace_rows(self, items: Sequence[Any], text: str) -> None:
        """Replace all rows with copies of ``items`` as one undo step (copy 年度 → 中期, paste…)."""
        old = [self.copy_row(item) for item in self.rows()]
        new = [self.copy_row(item) for item in items]
        self.session.push(_ReplaceRowsCommand(self, old, new, text))

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
        top = min(max(top, 0), self.rowCount())
        targets = self.paste_targets(left, len(grid[0]))
        rows = self.rows()
        old: list[Any] = []
        new: list[Any] = []
        problems: list[str] = []
        for offset, line in enumerate(grid):
            row = top + offset
            if row < len(rows):
                old.append(self.copy_row(rows[row]))
                item = self.copy_row(rows[row])
            else:
                item = self.new_row()
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
        self.session.push(_PasteCommand(self, top, old, new, text))
        return problems

    def _do_insert(self, row: int, items: Sequence[Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self.rows()[row:row] = [self.copy_row(item) for item in items]
        self.endInsertRows()
        self.session.changed([self.list_path])

    def _do_remove(self, row: int, count: int) -> list[Any]:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        removed = self.rows()[row : row + count]
        del self.rows()[row : row + count]
        self.endRemoveRows()
        self.session.changed([self.list_path])
        return removed

    def _do_replace(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows()[:] = [self.copy_row(item) for item in items]
        self.endResetModel()
        self.session.changed([self.list_path])


class _RowStateCommand(QUndoCommand):
    def __init__(self, model: RowListModel, row: int, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.old, self.new = model, row, old, new

    def _apply(self, state: Any) -> None:
        target = self.model.rows()[self.row]
        fresh = self.model.copy_row(state)
        target.__dict__.update(fresh.__dict__)
        self.model.row_changed(self.row)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class _InsertRowsCommand(QUndoCommand):
    def __init__(self, model: RowListModel, row: int, items: list[Any], text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.items = model, row, items

    def redo(self) -> None:
        self.model._do_insert(self.row, self.items)

    def undo(self) -> None:
        self.model._do_remove(self.row, len(self.items))


class _RemoveRowsCommand(QUndoCommand):
    def __init__(self, model: RowListModel, rows: list[int], text: str) -> None:
        super().__init__(text)
        self.model, self.rows = model, rows
        self.removed: list[tuple[int, Any]] = []

    def redo(self) -> None:
        self.removed = []
        for row in reversed(self.rows):
            self.removed.append((row, self.model._do_remove(row, 1)[0]))

    def undo(self) -> None:
        for row, item in reversed(self.removed):
            self.model._do_insert(row, [item])


class _MoveRowCommand(QUndoCommand):
    def __init__(self, model: RowListModel, row: int, target: int) -> None:
        up = QCoreApplication.translate("RowListModel", "上移行")
        super().__init__(up if target < row else QCoreApplication.translate("RowListModel", "下移行"))
        self.model, self.row, self.target = model, row, target

    def _move(self, source: int, target: int) -> None:
        rows = self.model.rows()
        destination = target + 1 if target > source else target
        self.model.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        rows.insert(target, rows.pop(source))
        self.model.endMoveRows()
        self.model.session.changed([self.model.list_path])

    def redo(self) -> None:
        self._move(self.row, self.target)

    def undo(self) -> None:
        self._move(self.target, self.row)


class _ReplaceRowsCommand(QUndoCommand):
    def __init__(self, model: RowListModel, old: list[Any], new: list[Any], text: str) -> None:
        super().__init__(text)
        self.model, self.old, self.new = model, old, new

    def redo(self) -> None:
        self.model._do_replace(self.new)

    def undo(self) -> None:
        self.model._do_replace(self.old)


class _PasteCommand(QUndoCommand):
    def __init__(self, model: RowListModel, top: int, old: list[Any], new: list[Any], text: str) -> None:
        super().__init__(text)
        self.model, self.top, self.old, self.new = model, top, old, new

    def _restore(self, states: list[Any]) -> None:
        rows = self.model.rows()
        for offset, state in enumerate(states):
            rows[self.top + offset].__dict__.update(self.model.copy_row(state).__dict__)
        if states:
            last = self.top + len(states) - 1
            self.model.dataChanged.emit(
                self.model.index(self.top, 0), self.model.index(last, self.model.columnCount() - 1)
            )
            self.model.session.changed([f"{self.model.list_path}[{row}]" for row in range(self.top, last + 1)])

    def redo(self) -> None:
        self._restore(self.new[: len(self.old)])
        if len(self.new) > len(self.old):
            self.model._do_insert(self.top + len(self.old), self.new[len(self.old) :])

    def undo(self) -> None:
        if len(self.new) > len(self.old):
            self.model._do_remove(self.top + len(self.old), len(self.new) - len(self.old))
        self._restore(self.old)
