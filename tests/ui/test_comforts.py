"""Daily comforts: language, shortcuts, Find, recent files, remembered window state, drag-and-drop, About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui import __version__
from gridbudget_gui.app import make_application
from gridbudget_gui.ui import printing
from gridbudget_gui.ui.find import find_matches
from gridbudget_gui.ui.language import install_language, translations_dir
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.navigation import Page
from gridbudget_gui.ui.settings import Settings
from tests.ui.conftest import type_text

Ctrl = Qt.KeyboardModifier.ControlModifier


def menu_titles(window: MainWindow) -> list[str]:
    """The menu bar's titles, as shown."""
    return [action.text() for action in window.menuBar().actions()]


# Language ------------------------------------------------------------------------------------------


def test_chinese_is_the_default_and_qt_dialogs_speak_it_too(window: MainWindow) -> None:
    assert Settings().language == "zh_CN"
    assert menu_titles(window)[0] == "文件(&F)"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_choosing_english_turns_the_menus_english_at_the_next_start(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.menus.language_actions["en"].trigger()
    assert told and "English" in told[0]
    assert Settings().language == "en"
    app = make_application()  # what the next start does: read the setting, install the translators
    try:
        english = MainWindow()
        qtbot.addWidget(english)
        english.open_example()
        titles = menu_titles(english)
        assert titles[:3] == ["&File", "&Edit", "&View"]
        assert english.sidebar.item(1).text() == "Cost breakdown"
        assert english.cost_page.model.headerData(0, Qt.Orientation.Horizontal) == "Expense item"
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert (
            "GridBudget" in english.windowTitle()
            and english.findings_model.headerData(2, Qt.Orientation.Horizontal) == "Where"
        )
        # The findings speak the interface language too: the Problems panel is English.
        problems = english.findings_model
        texts = [problems.data(problems.index(row, 1)) for row in range(problems.rowCount())]
        assert "The cost indicator “全年“五进网格”精细化经费成本” has no target" in texts
    finally:
        install_language(app, "zh_CN")
    assert QApplication.translate("MainWindow", "文件(&F)") == "文件(&F)"


def test_the_english_catalogue_is_complete_and_compiled() -> None:
    ts = (translations_dir() / "gridbudget_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    qm = translations_dir() / "gridbudget_en.qm"
    assert qm.is_file() and qm.stat().st_mtime >= (translations_dir() / "gridbudget_en.ts").stat().st_mtime - 1


# Keyboard ------------------------------------------------------------------------------------------


def test_standard_shortcuts_are_bound() -> None:
    make_application()
    window = MainWindow()
    keys = QKeySequence.StandardKey
    expected = {
        window.menus.new_action: keys.New,
        window.menus.open_action: keys.Open,
        window.menus.save_action: keys.Save,
        window.menus.print_action: keys.Print,
        window.menus.copy_action: keys.Copy,
        window.menus.paste_action: keys.Paste,
        window.menus.find_action: keys.Find,
    }
    for action, key in expected.items():
        assert action.shortcut() == QKeySequence(key), action.text()
    assert window.menus.save_as_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert QKeySequence("Ctrl+Y") in window.menus.redo_action.shortcuts()
    window.close()


def test_shortcuts_trigger_their_actions(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append("open"), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("save"), ("", ""))[1])
    monkeypatch.setattr(printing, "print_document", lambda *a, **k: asked.append("print"))
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_2, Ctrl)
    assert window.stack.currentIndex() == 1
    assert window.focusWidget() is window.cost_page.table.view
    qtbot.keyClick(window.cost_page.table.view, Qt.Key.Key_PageDown, Ctrl)
    assert window.stack.currentIndex() == 2
    focus = window.focusWidget()
    assert focus is not None
    for key, modifiers, what in (
        (Qt.Key.Key_O, Ctrl, "open"),
        (Qt.Key.Key_S, Ctrl, "save"),  # the example has no file yet: Save asks for a name
        (Qt.Key.Key_S, Ctrl | Qt.KeyboardModifier.ShiftModifier, "save"),
        (Qt.Key.Key_P, Ctrl, "print"),
    ):
        asked.clear()
        qtbot.keyClick(window.focusWidget(), key, modifiers)
        assert asked == [what], (key, asked)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Ctrl)
    assert window.find_bar.isVisible() and window.focusWidget() is window.find_bar.edit
    # Ctrl+Z and Ctrl+Y undo and redo an edit made in the table.
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    model = window.cost_page.model
    model.setData(model.index(1, 0), "保险")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Ctrl)
    assert window.session.document.cost_items[1].name == "人身意外险"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Y, Ctrl)
    assert window.session.document.cost_items[1].name == "保险"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Ctrl)  # the Save question is answered Discard
    assert window.session.document.cost_items == []


def test_lines_are_inserted_and_deleted_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(Page.COSTS)
    view = window.cost_page.table.view
    document = window.session.document
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Equal, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert len(document.cost_items) == 6 and document.cost_items[1].name == ""
    qtbot.keyClick(view, Qt.Key.Key_Minus, Ctrl)
    assert len(document.cost_items) == 5 and document.cost_items[1].name == "人身意外险"


# Find ------------------------------------------------------------------------------------------


def test_find_jumps_to_fields_and_cells(window: MainWindow, qtbot: QtBot) -> None:
    matches = find_matches(window, "劳务派遣")
    assert any(match.table == "cost" and (match.row, match.column) == (0, 0) for match in matches)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Ctrl)
    edit = window.find_bar.edit
    type_text(qtbot, edit, "劳务派遣")
    cost_position = next(n for n, m in enumerate(matches) if m.table == "cost")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the first match, then F3 from wherever the cursor went
    for _ in range(cost_position):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F3)
    assert window.stack.currentIndex() == 1
    assert window.cost_page.table.view.currentIndex().row() == 0
    assert window.find_bar.status.text().startswith(f"第 {cost_position + 1} 个")
    # A form field: the project name, with the found text selected.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Ctrl)
    edit.clear()
    type_text(qtbot, edit, "精细化管理")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    name = window.binder.widget_for("project.name")
    assert isinstance(name, QLineEdit)
    assert window.stack.currentIndex() == 0
    assert name.selectedText() == "精细化管理"
    assert window.focusWidget() is name
    qtbot.keyClick(name, Qt.Key.Key_F, Ctrl)
    edit.clear()
    type_text(qtbot, edit, "没有这样的文字")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "没有找到"


# Recent files, window state, drag-and-drop ---------------------------------------------------------


def test_recent_files_and_window_state_persist(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "申报书.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    assert Settings().recent_files[0] == target.resolve()
    window.resize(701, 555)  # within the offscreen screen: restoreGeometry() fits a window to its screen
    window.cost_page.table.view.setColumnWidth(0, 333)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (701, 555)
    again.menus.recent_menu.aboutToShow.emit()
    recent = [action for action in again.menus.recent_menu.actions() if action.text().startswith("&1")]
    assert recent and recent[0].text().endswith("申报书.json")
    recent[0].trigger()
    assert again.session is not None and again.session.path == target
    assert again.cost_page.table.view.columnWidth(0) == 333


def test_a_file_dropped_on_the_window_opens(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "dropped.json"
    window.files.save_to(target)
    window.files.new_document()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    assert window.session is not None and window.session.path == target
    assert window.session.document.cost_items


def test_the_about_box_names_the_version_and_the_licences(window: MainWindow) -> None:
    text = window.menus.about_text()
    assert __version__ in text
    assert "Arphic Public License" in text and "AR PL UMing" in text
    assert "LGPL" in text


def test_ctrl_tab_switches_the_indicator_tabs_from_inside_a_table(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(Page.INDICATORS)
    page = window.indicators_page
    view = page.tables["annual"].view
    assert window.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Tab, Ctrl)
    assert page.tabs.currentWidget() is page.tables["mid_term"]
