"""Find (Ctrl+F): search every form field and table cell of the declaration and jump to each match."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from gridbudget_gui.ui.fields import TextBox
from gridbudget_gui.ui.jump import jump_to
from gridbudget_gui.ui.navigation import Navigator, Page

if TYPE_CHECKING:  # the tables' module is imported with the pages after the first (main_window.finish_pages)
    from gridbudget_gui.ui.table_page import GridView


@dataclass(frozen=True)
class Match:
    """One place that contains the searched text: a form field (``path``) or a table cell."""

    page: Page
    path: str = ""
    table: str = ""
    row: int = -1
    column: int = -1


def _tables(navigator: Navigator) -> list[tuple[Page, str, QAbstractItemModel, GridView]]:
    indicators = navigator.indicators_page
    return [
        (Page.COSTS, "cost", navigator.cost_page.model, navigator.cost_page.table.view),
        (Page.FUNDING, "funding", navigator.funding_page.model, navigator.funding_page.view),
        (Page.INDICATORS, "annual", indicators.models["annual"], indicators.tables["annual"].view),
        (Page.INDICATORS, "mid_term", indicators.models["mid_term"], indicators.tables["mid_term"].view),
    ]


def find_matches(navigator: Navigator, text: str) -> list[Match]:
    """Every field and cell whose text contains ``text`` (ignoring case), in page order."""
    needle = text.casefold()
    if not needle:
        return []
    found: list[Match] = []
    for path, widget in navigator.binder.widgets.items():
        if needle in _widget_text(widget).casefold():
            found.append(Match(navigator.page_of(widget) or Page.BASICS, path=path))
    for page, table, model, _view in _tables(navigator):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if value is not None and needle in str(value).casefold():
                    found.append(Match(page, table=table, row=row, column=column))
    return sorted(found, key=lambda match: match.page.number)  # stable: keeps the order within a page


def _widget_text(widget: QLineEdit | TextBox | QComboBox) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, TextBox):
        return widget.toPlainText()
    return widget.text()


def show_match(navigator: Navigator, match: Match, text: str) -> None:
    """Show the page of ``match`` and put the cursor on it, with the found text selected in a field."""
    if match.path:
        jump_to(navigator, match.path)
        widget = navigator.binder.widget_for(match.path)
        if isinstance(widget, QLineEdit):
            start = widget.text().casefold().find(text.casefold())
            widget.setSelection(start, len(text))
        elif isinstance(widget, TextBox):
            cursor = widget.document().find(text)
            if not cursor.isNull():
                widget.setTextCursor(cursor)
        return
    navigator.page(match.page)
    for _page, table, model, view in _tables(navigator):
        if table == match.table:
            if table in ("annual", "mid_term"):
                tabs = navigator.indicators_page.tabs
                tabs.setCurrentWidget(navigator.indicators_page.tables[table])
            index = model.index(match.row, match.column)
            view.setCurrentIndex(index)
            view.scrollTo(index)
            view.setFocus()


class FindBar(QWidget):
    """The bar under the pages: type and press Enter to go to the first match, F3 / Shift+F3 for the next / previous.

    Each jump puts the cursor on the match (the found text selected in a field), ready to edit it.
    """

    closed = Signal()

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.matches: list[Match] = []
        self.position = -1
        self._searched = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("查找所有字段和表格…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.textChanged.connect(self._text_changed)
        previous = QPushButton(self.tr("上一个"), self)
        previous.setToolTip(self.tr("上一个匹配（Shift+F3）"))
        previous.clicked.connect(self.find_previous)
        following = QPushButton(self.tr("下一个"), self)
        following.setToolTip(self.tr("下一个匹配（Enter 或 F3）"))
        following.clicked.connect(self.find_next)
        self.status = QLabel(self)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("关闭查找（Esc）"))
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit, self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel(self.tr("查找："), self))
        row.addWidget(self.edit, 1)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(self.status)
        row.addWidget(close)

    def open_bar(self) -> None:
        """Show the bar with its text selected, ready to type."""
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the page."""
        self.hide()
        self.closed.emit()

    def forget(self) -> None:
        """Drop the matches: the document changed, the next search starts afresh."""
        self._searched = ""

    def _text_changed(self, _text: str) -> None:
        self._searched = ""
        self.status.clear()

    def _search(self) -> bool:
        text = self.edit.text()
        if text != self._searched:
            self.matches = find_matches(self.navigator, text)
            self.position = -1
            self._searched = text
        if not self.matches:
            self.status.setText(self.tr("没有找到") if text else "")
            return False
        return True

    def find_next(self) -> None:
        """Jump to the next match (wrapping around)."""
        self._step(1)

    def find_previous(self) -> None:
        """Jump to the previous match (wrapping around)."""
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self._search():
            return
        self.position = (self.position + step) % len(self.matches)
        text = self.edit.text()
        show_match(self.navigator, self.matches[self.position], text)
        self.status.setText(self.tr("第 {n} 个，共 {total} 个").format(n=self.position + 1, total=len(self.matches)))
