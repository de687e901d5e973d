"""A table with the row buttons every list in the declaration needs: insert, duplicate, delete, move."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from gridbudget_gui.ui.models.base import RowListModel


class RowTable(QWidget):
    """A QTableView over a RowListModel, with buttons and shortcuts for its rows."""

    def __init__(self, model: RowListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.buttons = QHBoxLayout()
        for text, tip, shortcut, slot in (
            ("插入行", "在当前行之前插入一行", "Ctrl+Shift+=", self.insert_row),
            ("复制行", "复制当前行，插在它后面", "Ctrl+D", self.duplicate_row),
            ("删除行", "删除选中的行", "Ctrl+-", self.delete_rows),
            ("上移", "把当前行上移一行", "Alt+Up", lambda: self.move_current(-1)),
            ("下移", "把当前行下移一行", "Alt+Down", lambda: self.move_current(1)),
        ):
            button = QPushButton(text, self)
            button.setToolTip(f"{tip}（{shortcut}）")
            button.clicked.connect(slot)
            self.buttons.addWidget(button)
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)

    def current_row(self) -> int:
        """The row of the current cell, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        """The rows that have a selected cell (or the current row)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return rows

    def insert_row(self) -> None:
        """Insert an empty row before the current one (or at the end)."""
        row = self.current_row()
        row = self.model.rowCount() if row < 0 else row
        self.model.insert_rows(row, [self.model.new_row()])
        self.focus_cell(row, 0)

    def duplicate_row(self) -> None:
        """Copy the current row below itself."""
        row = self.current_row()
        if row >= 0:
            self.model.insert_rows(row + 1, [self.model.rows()[row]], f"复制{self.model.row_label(row)}")
            self.focus_cell(row + 1, self.view.currentIndex().column())

    def delete_rows(self) -> None:
        """Delete the selected rows."""
        rows = self.selected_rows()
        if rows:
            column = max(self.view.currentIndex().column(), 0)
            self.model.remove_rows(
                rows, f"删除{len(rows)}行" if len(rows) > 1 else f"删除{self.model.row_label(rows[0])}"
            )
            if self.model.rowCount():
                self.focus_cell(min(rows[0], self.model.rowCount() - 1), column)

    def move_current(self, step: int) -> None:
        """Move the current row up (−1) or down (+1)."""
        row = self.current_row()
        target = row + step
        if row >= 0 and 0 <= target < self.model.rowCount():
            column = self.view.currentIndex().column()
            self.model.move_row(row, target)
            self.focus_cell(target, column)

    def focus_cell(self, row: int, column: int) -> None:
        """Make a cell current, visible and focused."""
        index = self.model.index(row, max(column, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
