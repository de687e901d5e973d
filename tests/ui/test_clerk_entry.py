"""Typing as in Excel: the blank row at the bottom, Enter and Tab, and nothing typed is ever thrown away."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.ui.help import KEYS
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.models.base import ERROR_BRUSH, TODO_BRUSH
from gridbudget_gui.ui.navigation import Page
from gridbudget_gui.ui.table_page import GridView
from tests.conftest import COLLEAGUE_FORM
from tests.ui.conftest import type_text


def type_in_cell(qtbot: QtBot, view: GridView, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into the current cell with no F2 and no click (the first key opens the editor), then press ``key``."""
    view.setFocus()
    first, rest = text[:1], text[1:]
    type_text(qtbot, view, first)  # as in Excel: typing on a selected cell starts editing it
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit), f"typing did not open an editor: {editor!r}"
    if rest:
        type_text(qtbot, editor, rest)
    qtbot.keyClick(editor, key)
    QApplication.processEvents()


def current(view: GridView) -> tuple[int, int]:
    """The current cell as (row, column)."""
    return view.currentIndex().row(), view.currentIndex().column()


def test_typing_into_the_blank_row_of_a_new_declaration_adds_lines_with_enter_and_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.new_document()
    window.show_page(Page.COSTS)
    view, model = window.cost_page.table.view, window.cost_page.model
    document = window.session.document
    assert document.cost_items == [] and model.rowCount() == 1 and model.line_count() == 0
    assert model.headerData(0, Qt.Orientation.Vertical) == "*"
    view.setCurrentIndex(model.index(0, 0))
    type_in_cell(qtbot, view, "培训费", Qt.Key.Key_Tab)
    assert [item.name for item in document.cost_items] == ["培训费"]
    assert current(view) == (0, 1)  # Tab goes right on the same line, not onto the new blank row
    type_in_cell(qtbot, view, "10", Qt.Key.Key_Tab)
    type_in_cell(qtbot, view, "人", Qt.Key.Key_Tab)
    type_in_cell(qtbot, view, "300", Qt.Key.Key_Return)
    assert document.cost_items[0].amount == Decimal("3000.00")
    assert window.session.undo_stack.count() == 4  # the first keystroke's line is one step, each cell one more
    assert current(view) == (1, 3)  # Enter on the last line goes down to the blank row
    view.setCurrentIndex(model.index(1, 0))
    type_in_cell(qtbot, view, "资料印刷费", Qt.Key.Key_Return)
    assert [item.name for item in document.cost_items] == ["培训费", "资料印刷费"]
    assert model.rowCount() == 3 and current(view) == (2, 0)
    window.session.undo_stack.undo()  # the line typed into the blank row goes away in one step
    assert [item.name for item in document.cost_items] == ["培训费"]


def test_typing_words_into_a_quantity_keeps_them_red_with_the_reason_until_fixed(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page(Page.COSTS)
    view, model = window.cost_page.table.view, window.cost_page.model
    view.setCurrentIndex(model.index(1, 1))
    type_in_cell(qtbot, view, "约十辆")
    factor = window.session.document.cost_items[1].factors[0]
    assert factor.expression == "约十辆" and factor.value == 0
    assert model.data(model.index(1, 1)) == "约十辆"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "约十辆" in model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert any(f.rule == "cost.expression-invalid" for f in window.session.findings)
    view.setCurrentIndex(model.index(1, 1))
    type_in_cell(qtbot, view, "10")
    assert window.session.document.cost_items[1].factors[0].value == 10
    assert not any(f.rule == "cost.expression-invalid" for f in window.session.findings)


def test_an_unusable_amount_is_kept_in_the_note(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(Page.COSTS)
    view, model = window.cost_page.table.view, window.cost_page.model
    lump = next(row for row, item in enumerate(window.session.document.cost_items) if item.is_lump_sum)
    view.setCurrentIndex(model.index(lump, model.amount_column))
    type_in_cell(qtbot, view, "8*")
    assert "8*" in window.session.document.cost_items[lump].note
    assert "8*" in window.statusBar().currentMessage()


def test_delete_over_the_blank_row_adds_no_line_and_the_indicator_table_has_one_too(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page(Page.COSTS)
    table = window.cost_page.table
    lines = len(window.session.document.cost_items)
    table.view.selectAll()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert len(window.session.document.cost_items) == lines
    window.show_page(Page.INDICATORS)
    indicators = window.indicators_page.tables["annual"]
    rows = len(window.session.document.indicators.annual)
    assert indicators.model.rowCount() == rows + 1
    indicators.view.setCurrentIndex(indicators.model.index(rows, 2))
    type_in_cell(qtbot, indicators.view, "培训人次")
    assert window.session.document.indicators.annual[-1].name == "培训人次"


# Colleagues' files ------------------------------------------------------------------------------


def test_save_on_a_colleagues_workbook_proposes_a_new_name_beside_it_and_warns_before_replacing_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "同事的表.xlsx"
    shutil.copy(COLLEAGUE_FORM, original)
    before = original.read_bytes()
    assert window.open_path(original, ask=False)
    assert "同事的表-GridBudget.xlsx" in window.statusBar().currentMessage()
    model = window.cost_page.model
    model.setData(model.index(0, 0), "1-11月份工资及劳务派遣费")
    offered: list[str] = []

    def save_dialog(_parent: object, _title: str, suggestion: str, *_rest: object) -> tuple[str, str]:
        offered.append(suggestion)
        return suggestion, ""  # the clerk presses Enter on what is offered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert window.files.save()
    assert offered == [str(tmp_path / "同事的表-GridBudget.xlsx")]
    assert original.read_bytes() == before and (tmp_path / "同事的表-GridBudget.xlsx").exists()
    # Choosing the colleague's own file by hand is possible, but only past a warning naming it as theirs.
    assert window.open_path(original, ask=False)
    warned: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        warned.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(original), ""))
    model.setData(model.index(0, 0), "改过")
    assert not window.files.save()
    assert warned and "同事的表.xlsx" in warned[0] and "同事" in warned[0]
    assert original.read_bytes() == before


# A new declaration -------------------------------------------------------------------------------


def test_a_new_declaration_starts_on_the_last_scheme_with_its_required_groups_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.files.new_document()
    document = window.session.document
    assert document.scheme == "2021"
    assert [(row.level1, row.level2) for row in document.indicators.annual][:2] == [
        ("成本指标", "经济成本指标"),
        ("产出指标", "数量指标"),
    ]
    model = window.findings_model
    levels = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert levels.count("待填") == 24 and "待填" not in levels[: levels.index("待填")]  # to do comes last
    assert "待填 12 行" in window.counts.text() and "错误 1　" in window.counts.text()  # the project name
    assert window.problems_dock.windowTitle() == f"问题（{len(levels) - 24}）"
    annual = window.indicators_page.models["annual"]
    assert annual.data(annual.index(1, 2), Qt.ItemDataRole.BackgroundRole) == TODO_BRUSH
    # A row filled halfway is a real problem again: its missing value is red.
    annual.setData(annual.index(1, 2), "培训人次")
    assert annual.data(annual.index(1, 3), Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    # The scheme chosen last is the next new declaration's.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.indicators_page.switch_scheme("classic")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.files.new_document()
    assert window.session.document.scheme == "classic"


def test_sorting_the_matrix_in_the_schemes_order_is_one_undo_step(window: MainWindow) -> None:
    page = window.indicators_page
    window.show_page(Page.INDICATORS)
    rows = window.session.document.indicators.annual
    before = list(rows)
    rows_model = page.models["annual"]
    rows_model.move_row(0, len(rows) - 1)  # a 数量 row after the 质量 rows
    steps = window.session.undo_stack.count()
    page.sort_current()
    groups = [(row.level1, row.level2) for row in rows]
    blocks = [group for n, group in enumerate(groups) if n == 0 or groups[n - 1] != group]
    assert len(blocks) == len(set(blocks))  # one block per group
    moved = [row.name for row in rows].index(
        before[0].name
    )  # back in the 数量 block, last in it (stable: it was moved after the others)
    assert groups[moved] == groups[0] and groups[moved + 1] != groups[0]
    assert window.session.undo_stack.count() == steps + 1
    assert [row.level1 for row in rows] == [row.level1 for row in before]
    window.session.undo_stack.undo()
    assert rows[-1] is before[0]  # undo puts back the very rows


# Help ----------------------------------------------------------------------------------------------


def test_f1_shows_the_keyboard_table_and_every_key_in_it_is_real(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.menus.help_window
    assert help_window is not None and help_window.isVisible()
    text = help_window.browser.toPlainText()
    assert "Ctrl+D" in text and "最后一行下面总有一个空行" in text
    bound = {key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()}
    for keys, _what in KEYS:
        for key in keys.split(" / "):
            if key.startswith(("Ctrl+", "F1")) and "…" not in key and key != "Ctrl+Tab":
                assert key in bound, f"the help lists {key}, which no action has"
    window.menus.show_guide()
    assert "原名-GridBudget.xlsx" in help_window.browser.toPlainText()


def test_the_save_changes_box_answers_to_alt_s_and_alt_n(window: MainWindow) -> None:
    box = QMessageBox()
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    assert box.button(buttons.Save).text() == "保存(&S)"
    assert box.button(buttons.Discard).text() == "不保存(&N)"
    assert box.button(buttons.Cancel).text() == "取消"  # Esc


def test_tab_at_the_end_of_a_row_goes_to_the_start_of_the_next(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(Page.COSTS)
    view, model = window.cost_page.table.view, window.cost_page.model
    last = model.columnCount() - 1  # 政府采购, after 备注 and 经济分类科目
    view.setCurrentIndex(model.index(0, last))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert current(view) == (1, 0)
    view.setCurrentIndex(model.index(1, model.note_column))
    type_in_cell(qtbot, view, "备注", Qt.Key.Key_Tab)  # committing with Tab moves on to 经济分类科目
    assert window.session.document.cost_items[1].note == "备注"
    assert current(view) == (1, model.economic_column)
    view.setCurrentIndex(model.index(1, last))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert current(view) == (2, 0)
