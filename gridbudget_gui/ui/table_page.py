"""A table with the row buttons every list in the declaration needs: insert, duplicate, delete, move."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.ui.clipboard import format_html, format_tsv, parse_html_table, parse_tsv, tile
from gridbudget_gui.ui.models.base import RowListModel
from gridbudget_gui.ui.models.funding import FundingModel

_GRID_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Delete,
)


def clipboard_grid() -> list[list[str]]:
    """The clipboard's cells: its text as the spreadsheets write it, else the first table of its HTML."""
    mime = QApplication.clipboard().mimeData()
    if mime is None:
        return []
    if mime.hasText() and mime.text():
        return parse_tsv(mime.text())
    return parse_html_table(mime.html()) if mime.hasHtml() else []


def edit_focused(operation: str) -> None:
    """Edit → Cut/Copy/Paste (``cut``, ``copy``, ``paste``): the focused table takes ranges, a text field its text."""
    focus = QApplication.focusWidget()
    while focus is not None and not isinstance(focus, (GridView, QLineEdit, QPlainTextEdit)):
        focus = focus.parentWidget()
    if isinstance(focus, GridView):
        if operation in ("cut", "copy"):
            focus.copy_cells()
        if operation == "cut":
            focus.clear_cells()
        if operation == "paste":
            focus.paste_cells()
    elif isinstance(focus, (QLineEdit, QPlainTextEdit)):
        getattr(focus, operation)()


class GridView(QTableView):
    """A table that behaves like a spreadsheet: Enter moves down, Tab moves right, ranges copy and paste.

    Copy puts the selected range on the clipboard as tab-separated text and as an HTML table, which
    Excel, WPS and LibreOffice all read; paste reads their tab-separated text back, as one undo step.
    """

    messageRequested = Signal(str)
    """A message for the status bar (what was pasted, or which pasted cells could not be read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self._typed_cell: tuple[int, int] | None = None
        """The cell just typed into when the edit inserted its line (the blank row moved down under it)."""

    def selected_block(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) around the selected cells, or the current cell; None when there is none."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() is not None else []
        if not indexes:
            current = self.currentIndex()
            if not current.isValid():
                return None
            return current.row(), current.column(), current.row(), current.column()
        rows = [index.row() for index in indexes]
        columns = [index.column() for index in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_cells(self) -> None:
        """Put the selected range on the clipboard as TSV and HTML (cells outside the selection are empty)."""
        block = self.selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        model = self.model()
        selection = self.selectionModel()
        grid = [
            [
                str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
                if selection.isSelected(model.index(row, column)) or (top, left) == (bottom, right)
                else ""
                for column in range(left, right + 1)
            ]
            for row in range(top, bottom + 1)
        ]
        mime = QMimeData()
        mime.setText(format_tsv(grid))
        mime.setHtml(format_html(grid))
        QApplication.clipboard().setMimeData(mime)
        self.messageRequested.emit(
            self.tr("已复制 {rows} 行 × {columns} 列").format(rows=len(grid), columns=len(grid[0]))
        )

    def paste_cells(self, text: str | None = None) -> None:
        """Paste a range (the clipboard's, or ``text``) at the selection, as one undo step."""
        model = self.model()
        if not isinstance(model, (RowListModel, FundingModel)):
            return
        grid = parse_tsv(text) if text is not None else clipboard_grid()
        if not grid:
            return
        end = model.line_count() if isinstance(model, RowListModel) else model.rowCount()
        block = self.selected_block() or (end, 0, end, 0)
        top, left, bottom, right = block
        grid = tile(grid, bottom - top + 1, right - left + 1)
        problems = model.paste(top, left, grid)
        last_row = min(top + len(grid), model.rowCount()) - 1
        last_column = min(left + len(grid[0]), model.columnCount()) - 1
        if last_row >= top and last_column >= left:
            self.setCurrentIndex(model.index(top, left))
            self.selectionModel().select(
                QItemSelection(model.index(top, left), model.index(last_row, last_column)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        if problems:
            message = self.tr("{count} 个单元格无法识别，原文保留在该行备注中并标为〔未识别〕：{cells}")
            self.messageRequested.emit(message.format(count=len(problems), cells="；".join(problems)))
        else:
            message = self.tr("已粘贴 {rows} 行 × {columns} 列")
            self.messageRequested.emit(message.format(rows=len(grid), columns=len(grid[0])))

    def clear_cells(self) -> None:
        """Empty the selected cells, as one undo step (Delete, as in Excel)."""
        block = self.selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        self.paste_cells(format_tsv([[""] * (right - left + 1) for _ in range(bottom - top + 1)]))

    def move_by(self, rows: int, columns: int) -> None:
        """Make the cell ``rows`` down and ``columns`` right of the current one current (clamped to the table)."""
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        row = min(max(current.row() + rows, 0), model.rowCount() - 1)
        column = min(max(current.column() + columns, 0), model.columnCount() - 1)
        self.setCurrentIndex(model.index(row, column))

    def event(self, event: QEvent) -> bool:
        """Claim Ctrl+C/X/V and Delete from the window's actions while no cell editor is open."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and any(event.matches(key) for key in _GRID_KEYS)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Copy, paste and clear ranges; Enter moves down (Shift+Enter up), as in Excel."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if (
            event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()  # Ctrl+Tab belongs to the tab widget around the table (年度/中期 indicators)
        elif not editing and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_cells()
        elif not editing and event.matches(QKeySequence.StandardKey.Cut):
            self.copy_cells()
            self.clear_cells()
        elif not editing and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_cells()
        elif not editing and event.matches(QKeySequence.StandardKey.Delete):
            self.clear_cells()
        elif not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_by(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1, 0)
        else:
            super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Chinese typed on a selected cell opens its editor and goes into it, as a Latin key press does."""
        was_editing = self.state() == QAbstractItemView.State.EditingState
        super().inputMethodEvent(event)
        editor = self.focusWidget()
        # WORKAROUND: QAbstractItemView opens the editor on an input-method commit but forwards only key
        # presses to it, so the first word an IME commits (培训费) was dropped.
        opened = not was_editing and self.state() == QAbstractItemView.State.EditingState
        if opened and event.commitString() and isinstance(editor, QLineEdit):
            editor.insert(event.commitString())

    def commitData(self, editor: QWidget) -> None:
        """Commit an edit; a line created by typing into the blank row keeps the cursor on it, not below it."""
        current = self.currentIndex()
        super().commitData(editor)
        moved = self.currentIndex()
        if current.isValid() and moved.isValid() and moved.row() != current.row():
            # Inserting the new line moved the cursor (and the editor) down with the blank row.
            self._typed_cell = (current.row(), current.column())

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After Enter commits an edit, go to the cell below, as in Excel; Tab goes right, then to the next row."""
        typed, self._typed_cell = self._typed_cell, None
        if typed is None:
            super().closeEditor(editor, hint)
            if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
                self.move_by(1, 0)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        model = self.model()
        row, column = typed
        self.setCurrentIndex(model.index(row, column))
        hints = QAbstractItemDelegate.EndEditHint
        if hint == hints.SubmitModelCache:
            self.move_by(1, 0)
        elif hint in (hints.EditNextItem, hints.EditPreviousItem):
            step = 1 if hint == hints.EditNextItem else -1
            position = min(
                max(row * model.columnCount() + column + step, 0), model.rowCount() * model.columnCount() - 1
            )
            target = model.index(*divmod(position, model.columnCount()))
            self.setCurrentIndex(target)
            if model.flags(target) & Qt.ItemFlag.ItemIsEditable:
                self.edit(target)


class RowTable(QWidget):
    """A QTableView over a RowListModel, with buttons and shortcuts for its rows."""

    def __init__(self, model: RowListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = GridView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.buttons = QHBoxLayout()
        for text, tip, shortcut, slot in (
            (self.tr("插入行"), self.tr("在当前行之前插入一行"), "Ctrl+Shift+=", self.insert_row),
            (self.tr("复制行"), self.tr("复制当前行，插在它后面"), "Ctrl+D", self.duplicate_row),
            (self.tr("删除行"), self.tr("删除选中的行"), "Ctrl+-", self.delete_rows),
            (self.tr("上移"), self.tr("把当前行上移一行"), "Alt+Up", lambda: self.move_current(-1)),
            (self.tr("下移"), self.tr("把当前行下移一行"), "Alt+Down", lambda: self.move_current(1)),
        ):
            button = QPushButton(text, self)
            button.setToolTip(f"{tip}（{QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)}）")
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
        # By the selection's ranges, not selectedIndexes(): 1,000 selected lines are 11,000 indexes to make.
        ranges = self.view.selectionModel().selection()
        parts = (ranges.at(i) for i in range(ranges.size()))
        rows = sorted({row for part in parts for row in range(part.top(), part.bottom() + 1)})
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return rows

    def insert_row(self) -> None:
        """Insert an empty row before the current one (or at the end)."""
        row = self.current_row()
        row = self.model.line_count() if row < 0 else min(row, self.model.line_count())
        self.model.insert_rows(row, [self.model.new_row()])
        self.focus_cell(row, 0)

    def duplicate_row(self) -> None:
        """Copy the current row below itself."""
        row = self.current_row()
        if 0 <= row < self.model.line_count():
            self.model.insert_rows(
                row + 1, [self.model.rows()[row]], self.tr("复制{row}").format(row=self.model.row_label(row))
            )
            self.focus_cell(row + 1, self.view.currentIndex().column())

    def delete_rows(self) -> None:
        """Delete the selected rows."""
        rows = [row for row in self.selected_rows() if row < self.model.line_count()]
        if rows:
            column = max(self.view.currentIndex().column(), 0)
            self.model.remove_rows(
                rows,
                self.tr("删除{count}行").format(count=len(rows))
                if len(rows) > 1
                else self.tr("删除{row}").format(row=self.model.row_label(rows[0])),
            )
            if self.model.rowCount():
                self.focus_cell(min(rows[0], self.model.rowCount() - 1), column)

    def move_current(self, step: int) -> None:
        """Move the current row up (−1) or down (+1)."""
        row = self.current_row()
        target = row + step
        if 0 <= row < self.model.line_count() and 0 <= target < self.model.line_count():
            column = self.view.currentIndex().column()
            self.model.move_row(row, target)
            self.focus_cell(target, column)

    def focus_cell(self, row: int, column: int) -> None:
        """Make a cell current, visible and focused."""
        index = self.model.index(row, max(column, 0))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.view.setFocus()
