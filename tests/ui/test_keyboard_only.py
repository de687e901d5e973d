"""A clerk fills a new declaration from an empty window to a clean check without touching the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gridbudget_gui.app import make_application
from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.io.formats import load_document
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.table_page import GridView
from tests.ui.conftest import type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
FILLED = {
    "经济成本指标": ("培训成本", "≤3万元"),
    "数量指标": ("培训人次", "100人次"),
    "质量指标": ("培训合格率", "≥95%"),
    "时效指标": ("培训完成时间", "2025年6月底前"),
    "经济效益指标": ("网格员业务考核合格率", "≥90%"),
    "服务对象满意度指标": ("参训人员满意度", "≥90%"),
}


def focused(window: MainWindow) -> QWidget:
    """The widget that has the keyboard."""
    widget = QApplication.focusWidget()
    assert widget is not None and window.isAncestorOf(widget)
    return widget


def press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key where the keyboard is."""
    qtbot.keyClick(focused(window), key, modifier)
    QApplication.processEvents()


def tab_to(qtbot: QtBot, window: MainWindow, target: QWidget | None) -> None:
    """Press Tab until ``target`` has the keyboard, as a clerk tabs through a form."""
    assert target is not None
    for _ in range(80):
        if focused(window) is target:
            return
        press(qtbot, window, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached {target!r}")


def type_field(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the focused field and leave it with Tab."""
    type_text(qtbot, focused(window), text)
    press(qtbot, window, Qt.Key.Key_Tab)


def type_cell(qtbot: QtBot, view: GridView, text: str, key: Qt.Key) -> None:
    """Type into the current cell of a table, then press ``key``.

    The first key opens the cell's editor, as in Excel; after Tab the next cell's editor is open already.
    """
    if QApplication.focusWidget() is view:
        type_text(qtbot, view, text[0])
        text = text[1:]
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view and view.isAncestorOf(editor)
    if text:
        type_text(qtbot, editor, text)
    qtbot.keyClick(editor, key)
    QApplication.processEvents()


def test_a_new_declaration_filled_with_the_keyboard_alone_checks_clean(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    make_application()
    window = MainWindow()  # the empty window of a first start: a new declaration on the 2021 scheme
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    document = window.session.document
    assert document.scheme == "2021" and len(document.indicators.annual) == 6

    # 基本信息 (Ctrl+1): the cursor starts in 项目名称.
    press(qtbot, window, Qt.Key.Key_1, Ctrl)
    binder = window.binder
    assert focused(window) is binder.widget_for("project.name")
    type_field(qtbot, window, "社区网格员培训")
    tab_to(qtbot, window, window.info_page.year)
    press(qtbot, window, Qt.Key.Key_A, Ctrl)
    type_field(qtbot, window, "2025")
    for path, text in (("unit.name", "呈贡区城市管理局"), ("unit.code", "12530121MB01852289")):
        tab_to(qtbot, window, binder.widget_for(path))
        type_field(qtbot, window, text)

    # 测算明细 (Ctrl+2): type into the blank row, Tab across, Enter.
    press(qtbot, window, Qt.Key.Key_2, Ctrl)
    view = window.cost_page.table.view
    assert focused(window) is view and view.currentIndex().row() == 0
    for text in ("培训费", "100", "人"):
        type_cell(qtbot, view, text, Qt.Key.Key_Tab)
    type_cell(qtbot, view, "300", Qt.Key.Key_Return)
    assert window.session.cost_total == 30000, window.session.document.cost_items

    # 资金来源 (Ctrl+3): 中期 then 年度, 总投入 and 县（市）区级财政.
    press(qtbot, window, Qt.Key.Key_3, Ctrl)
    funding = window.funding_page.view
    assert focused(window) is funding
    for _ in range(2):
        type_cell(qtbot, funding, "30000", Qt.Key.Key_Tab)
        for _ in range(3):
            press(qtbot, window, Qt.Key.Key_Tab)
        type_cell(qtbot, funding, "30000", Qt.Key.Key_Return)
        press(qtbot, window, Qt.Key.Key_Home)
    assert document.funding.annual.county == document.funding.mid_term.total == 30000

    # 绩效指标 (Ctrl+5): the skeleton rows wait for their names and values; 年度 first, then 中期.
    press(qtbot, window, Qt.Key.Key_5, Ctrl)
    for period in ("annual", "mid_term"):
        table = window.indicators_page.tables[period]
        assert focused(window) is table.view
        rows = window.session.document.indicators.matrix(period)
        press(qtbot, window, Qt.Key.Key_Home, Ctrl)  # the first cell
        for row in range(len(rows)):
            press(qtbot, window, Qt.Key.Key_Right)
            press(qtbot, window, Qt.Key.Key_Right)
            name, value = FILLED[rows[row].level2]
            type_cell(qtbot, table.view, name, Qt.Key.Key_Tab)
            type_cell(qtbot, table.view, value, Qt.Key.Key_Return)
            press(qtbot, window, Qt.Key.Key_Home)
        if period == "annual":
            press(qtbot, window, Qt.Key.Key_Tab, Ctrl)  # the 中期 tab
            press(qtbot, window, Qt.Key.Key_Tab)  # into its table

    # 保障与签字 (Ctrl+6).
    press(qtbot, window, Qt.Key.Key_6, Ctrl)
    for path, text in (
        ("signatures.unit_head", "张三"),
        ("signatures.preparer", "李四"),
        ("signatures.date", "2024-10-20"),
    ):
        tab_to(qtbot, window, binder.widget_for(path))
        type_field(qtbot, window, text)

    assert window.counts.text().startswith("错误 0　警告 0　提示 0")
    # Save (Ctrl+S) and check the file as `check` does.
    target = tmp_path / "社区网格员培训.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(qtbot, window, Qt.Key.Key_S, Ctrl)
    assert target.exists()
    assert check_document(load_document(target).document) == []
