"""File → 与文件比较…: the open declaration against a file, one change per row; double-click shows the place."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import CostItem
from gridbudget_gui.io.json import write_json
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.navigation import Page


def _rows(window: MainWindow) -> list[list[str]]:
    dialog = window.year_actions.compare_dialog
    assert dialog is not None
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_compare_lists_an_inserted_line_and_a_changed_amount_and_jumps_there(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file is last year's state; the open document has one line inserted and one amount changed since.
    before = copy.deepcopy(window.session.document)
    path = tmp_path / "去年.json"
    write_json(before, path)
    document = window.session.document
    document.cost_items.insert(1, CostItem(name="新增宣传费", amount=Decimal(20000)))
    document.cost_items[3].amount += 100  # the old line 3, now line 4, without its factors' product
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert window.year_actions.compare_action.text() == "与文件比较…"
    window.year_actions.compare_action.trigger()
    dialog = window.year_actions.compare_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    rows = _rows(window)
    assert rows[0][:2] == ["测算明细第 2 行", "新增"] and rows[0][3].startswith("新增宣传费")
    assert rows[1][:2] == ["测算明细第 4 行的金额", "修改"]
    assert Decimal(rows[1][3]) - Decimal(rows[1][2]) == 100
    assert len(rows) == 2
    assert "共 2 处不同" in dialog.summary.text() and "测算合计" in dialog.summary.text()
    dialog.table.cellDoubleClicked.emit(1, 0)
    assert window.sidebar.currentRow() == list(Page).index(Page.COSTS)
    cursor = window.cost_page.table.view.currentIndex()
    assert (cursor.row(), cursor.column()) == (3, window.cost_page.model.amount_column)


def test_compare_with_an_unreadable_file_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "坏.json"
    path.write_text("{", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window.year_actions.compare_action.trigger()
    assert shown and "坏.json" in shown[0]
    assert window.year_actions.compare_dialog is None
