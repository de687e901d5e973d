"""Fixtures for driving the window the way a user does: a window on the example, typing into cells."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from gridbudget_gui.app import make_application
from gridbudget_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The editor, shown, with the example open.

    Unless a test answers the Save/Discard/Cancel box itself, it is answered Discard: pytest-qt closes
    the window before fixtures are torn down, and a real box would wait for a click forever.
    """
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    make_application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_example()
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    # Only the keyboard shortcuts need this: Qt fires a window's shortcuts only while it is the active one.
    # Tests of where the cursor is ask the window (window.focusWidget()), never the application, so they
    # hold whichever window the platform activated.
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win.close()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, anything else as an input-method commit.

    WORKAROUND: ``qtbot.keyClicks`` with Chinese aborts the whole process (an assert in Qt's qasciikey.cpp).
    """
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def edit_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor with F2, replace the text and press Enter, as a user does."""
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    if not isinstance(editor, QLineEdit):
        editor = view.indexWidget(index) or view.window().focusWidget()
    assert isinstance(editor, QLineEdit), f"no line editor opened on ({row}, {column}): {editor!r}"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an item editor on Enter through a queued call: let the event loop run it.
    QApplication.processEvents()
