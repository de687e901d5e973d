"""The editor as a clerk uses it: type, see totals and highlights change, undo, save, reopen."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.place import Place
from gridbudget_gui.io.json import document_to_dict, read_json
from gridbudget_gui.ui.jump import jump_to
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.models.base import ERROR_BRUSH, WARNING_BRUSH
from gridbudget_gui.ui.navigation import Page
from tests.ui.conftest import edit_cell, type_text


def background(model: object, row: int, column: int) -> QBrush | None:
    """The highlight of a cell, as the view would paint it."""
    return model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)  # type: ignore[attr-defined]


def rules_of(window: MainWindow) -> set[str]:
    """The rule ids the Problems panel lists."""
    assert window.session is not None
    return {finding.rule for finding in window.session.findings}


def test_example_opens_with_its_findings_and_total(window: MainWindow) -> None:
    assert window.session is not None
    assert window.session.document.cost_total == Decimal("5345800.00")
    assert "5,345,800.00" in window.counts.text()
    assert "伍佰叁拾肆万伍仟捌佰元整" in window.cost_page.total.text()
    assert window.findings_model.rowCount() == 12  # 4 of the arithmetic, 8 of the reviewer's (vague, 3 in a row)
    assert rules_of(window) == {
        "indicator.cost-empty",
        "cost.month-words",
        "cost.months-over-year",
        "indicator.vague-value",
        "indicator.multi-in-row",
    }
    assert window.windowTitle().startswith("全面推进“五进网格”精细化管理经费")  # titled by its project
    assert not window.isWindowModified()


def test_typing_arithmetic_into_a_factor_updates_amount_total_and_highlight(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.COSTS)
    model = window.cost_page.model
    view = window.cost_page.table.view
    months = 1 + 2 * 2  # 数量3 of line 1: 11 个月
    assert background(model, 0, months) is WARNING_BRUSH
    edit_cell(qtbot, view, 0, months, "3*3")
    document = window.session.document
    assert document.cost_items[0].factors[2].value == Decimal(9)
    assert document.cost_items[0].factors[2].expression == "3*3"
    assert model.data(model.index(0, model.amount_column)) == "3,668,760.00"  # 158 × 2580 × 9
    assert background(model, 0, months) is not WARNING_BRUSH  # 1-9月份 now agrees with 9 months
    assert "cost.month-words" not in rules_of(window)
    # The total moved away from 年度 总投入, which is now an error, shown on the total and in the panel.
    assert "4,530,520.00" in window.cost_page.total.text()  # 5,345,800 − 4,484,040 + 3,668,760
    assert "cost.total-funding" in rules_of(window)
    assert model.data(model.index(0, months), Qt.ItemDataRole.EditRole) == "3*3"
    assert "3*3" in model.data(model.index(0, months), Qt.ItemDataRole.ToolTipRole)
    assert window.isWindowModified()
    assert window.menus.undo_action.text() == "撤销 编辑“1-9月份工资及劳务派遣”的数量"


def test_bad_arithmetic_is_kept_as_typed_marked_red_with_its_reason_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.page(Page.COSTS)
    view = window.cost_page.table.view
    model = window.cost_page.model
    edit_cell(qtbot, view, 1, 1, "9**9**9")
    factor = window.session.document.cost_items[1].factors[0]
    assert (factor.value, factor.expression, factor.unit) == (0, "9**9**9", "人")
    assert model.data(model.index(1, 1)) == "9**9**9"
    assert background(model, 1, 1) == ERROR_BRUSH
    assert "乘方" in model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    window.session.undo_stack.undo()
    assert window.session.document.cost_items[1].factors[0].value == Decimal(158)
    assert background(model, 1, 1) is None


def test_filling_the_cost_indicator_clears_the_error_and_undo_brings_it_back(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.INDICATORS)
    page = window.indicators_page
    model = page.models["annual"]
    assert background(model, 3, 3) is ERROR_BRUSH
    view = page.tables["annual"].view
    view.setCurrentIndex(model.index(3, 3))
    view.edit(model.index(3, 3))
    editor = view.focusWidget()
    type_text(qtbot, editor, "≤534.58万元")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.session.document.indicators.annual[3].value == "≤534.58万元"
    assert background(model, 3, 3) is None
    assert model.data(model.index(3, 4)) == "≤ 5345800.00 元"
    errors = [f for f in window.session.findings if f.path == "indicators.annual[3].value"]
    assert errors == []
    window.menus.undo_action.trigger()
    assert background(model, 3, 3) is ERROR_BRUSH
    window.menus.redo_action.trigger()
    assert background(model, 3, 3) is None


def test_a_cost_indicator_that_disagrees_with_the_budget_is_flagged(window: MainWindow, qtbot: QtBot) -> None:
    page = window.indicators_page
    model = page.models["annual"]
    window.page(Page.INDICATORS)
    edit_cell(qtbot, page.tables["annual"].view, 3, 3, "<=6000000")
    # A bare number has no money unit: the rule asks for one.
    assert "indicator.cost-not-money" in rules_of(window)
    model.setData(model.index(3, 3), "≤600万元")
    assert "indicator.cost-mismatch" in rules_of(window)
    assert background(model, 3, 3) is WARNING_BRUSH


def test_insert_move_duplicate_and_delete_lines_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.COSTS)
    table = window.cost_page.table
    model = window.cost_page.model
    document = window.session.document
    table.focus_cell(1, 0)
    table.insert_row()
    assert len(document.cost_items) == 6 and document.cost_items[1].name == ""
    edit_cell(qtbot, table.view, 1, 0, "training")
    edit_cell(qtbot, table.view, 1, 1, "10")
    edit_cell(qtbot, table.view, 1, 2, "people")
    edit_cell(qtbot, table.view, 1, 3, "300")
    assert document.cost_items[1].amount == Decimal("3000.00")
    assert document.cost_total == Decimal("5348800.00")
    table.focus_cell(1, 0)
    table.move_current(1)
    assert document.cost_items[2].name == "training" and document.cost_items[1].name == "人身意外险"
    table.duplicate_row()
    assert [item.name for item in document.cost_items].count("training") == 2
    table.delete_rows()
    assert [item.name for item in document.cost_items].count("training") == 1
    assert model.line_count() == 6
    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert len(document.cost_items) == 5 and document.cost_total == Decimal("5345800.00")
    assert not window.isWindowModified()


def test_typing_a_quantity_with_its_unit_fills_both(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.COSTS)
    view = window.cost_page.table.view
    edit_cell(qtbot, view, 3, 5, "2")  # a third factor for the e-bikes line
    items = window.session.document.cost_items
    assert len(items[3].factors) == 3 and items[3].amount == Decimal("72000.00")
    model = window.cost_page.model
    model.setData(model.index(3, 5), "2年")
    assert items[3].factors[2].unit == "年"
    # Clearing the number removes the factor again.
    edit_cell(qtbot, view, 3, 5, "")
    assert len(items[3].factors) == 2 and items[3].amount == Decimal("36000.00")


def test_funding_edits_recompute_total_and_highlight_the_mismatch(window: MainWindow) -> None:
    model = window.funding_page.model
    model.setData(model.index(1, 4), "5,000,000.00")  # 年度 县区级
    funding = window.session.document.funding.annual
    assert funding.total == Decimal("5000000.00")
    assert "cost.total-funding" in rules_of(window)
    model.setData(model.index(1, 5), "34.58万元")  # 年度 其他
    assert funding.total == Decimal("5345800.00")
    assert "cost.total-funding" not in rules_of(window)
    model.setData(model.index(1, 0), "1")  # a 总投入 typed by hand that disagrees with the sources
    assert background(model, 1, 0) is ERROR_BRUSH


def test_form_fields_commit_with_undo_and_show_findings(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.BASICS)
    code = window.binder.widget_for("unit.code")
    code.setFocus()
    code.selectAll()
    qtbot.keyClicks(code, "12530121MB01852288")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert window.session.document.unit.code == "12530121MB01852288"
    assert "unit.code-invalid" in rules_of(window)
    assert "d2352b" in code.styleSheet() and "无效" in code.toolTip()
    window.menus.undo_action.trigger()
    assert code.text() == "12530121MB01852289" and code.styleSheet() == ""
    name = window.binder.widget_for("project.name")
    name.setFocus()
    name.selectAll()
    type_text(qtbot, name, "网格化管理经费")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.session.document.project.name == "网格化管理经费"


def test_problems_panel_jumps_to_the_cell(window: MainWindow) -> None:
    model = window.findings_model
    row = next(r for r in range(model.rowCount()) if model.finding(r).rule == "cost.months-over-year")
    window.problems.clicked.emit(model.index(row, 1))
    assert window.stack.currentWidget() is window.cost_page
    current = window.cost_page.table.view.currentIndex()
    assert (current.row(), current.column()) == (2, 5)
    row = next(r for r in range(model.rowCount()) if model.finding(r).path == "indicators.mid_term[3].value")
    window.problems.clicked.emit(model.index(row, 1))
    page = window.indicators_page
    assert page.tabs.currentWidget() is page.tables["mid_term"]
    assert page.tables["mid_term"].view.currentIndex().row() == 3


def test_every_kind_of_place_jumps_to_its_page_and_cell(window: MainWindow) -> None:
    cost = window.cost_page.model
    funding = window.funding_page
    indicators = window.indicators_page

    def cell(view: object) -> tuple[int, int]:
        index = view.currentIndex()  # type: ignore[attr-defined]
        return index.row(), index.column()

    for where, page in (
        ("cost_items[2].factors[1].unit", Page.COSTS),
        (Place.cost(1, "note"), Page.COSTS),
        ("cost_total", Page.FUNDING),  # 合计 against the funding is fixed on 资金来源 (issue 26.6)
        ("funding.mid_term.county", Page.FUNDING),
        ("indicators.mid_term[1].name", Page.INDICATORS),
        ("scheme", Page.INDICATORS),
        ("year", Page.BASICS),
        ("goals.annual", Page.GOALS),
        ("project.safeguards", Page.SIGNATURES),
    ):
        window.page(Page.BASICS if page != Page.BASICS else Page.FUNDING)
        jump_to(window, where)
        assert window.stack.currentIndex() == page.number, where
        if where == "cost_items[2].factors[1].unit":
            assert cell(window.cost_page.table.view) == (2, 3)
        elif isinstance(where, Place):
            assert cell(window.cost_page.table.view) == (1, cost.note_column)
        elif where == "funding.mid_term.county":
            assert cell(funding.view) == (0, 4)  # 总投入, 中央, 省级, 市本级, 县区级
        elif where == "indicators.mid_term[1].name":
            assert indicators.tabs.currentWidget() is indicators.tables["mid_term"]
            assert cell(indicators.tables["mid_term"].view) == (1, 2)
    window.page(Page.FUNDING)
    jump_to(window, "not a place!")  # a finding's where that names nothing leaves the window as it is
    assert window.stack.currentIndex() == Page.FUNDING.number


def test_switching_scheme_explains_and_moves_the_cost_indicator(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []

    def answer(_parent: object, _title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = window.indicators_page
    assert page.switch_scheme("2021")
    document = window.session.document
    assert document.scheme == "2021"
    cost = next(row for row in document.indicators.annual if row.name == "全年“五进网格”精细化经费成本")
    assert (cost.level1, cost.level2) == ("成本指标", "经济成本指标")
    assert document.indicators.annual[0] is cost  # the matrix follows the new scheme's order: 成本指标 first
    assert "成本指标“全年“五进网格”精细化经费成本”由“产出指标/成本指标”移到“成本指标/经济成本指标”" in told[0]
    assert "可持续影响指标" not in told[0]  # optional in 2021 too: the row stays where it is
    lasting = next(row for row in document.indicators.annual if row.name.startswith("城市卫生环境"))
    assert lasting.level2 == "可持续影响指标"
    assert "indicator.unknown-group" not in rules_of(window)
    assert page.scheme_box.currentData() == "2021"
    window.menus.undo_action.trigger()  # the switch and the new order are one step
    assert document.scheme == "classic" and document.indicators.annual[3].level1 == "产出指标"
    assert document.indicators.annual[3].name == cost.name
    assert page.scheme_box.currentData() == "classic"


def test_copy_annual_indicators_to_mid_term(window: MainWindow) -> None:
    document = window.session.document
    document_model = window.indicators_page.models["annual"]
    document_model.setData(document_model.index(0, 3), "46个")
    window.indicators_page.copy_matrix("annual", "mid_term")
    assert [i.value for i in document.indicators.mid_term] == [i.value for i in document.indicators.annual]
    assert document.indicators.mid_term[0] is not document.indicators.annual[0]
    window.menus.undo_action.trigger()
    assert document.indicators.mid_term[0].value == "45个"


def test_save_reopen_and_compare(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.page(Page.COSTS)
    edit_cell(qtbot, window.cost_page.table.view, 1, 3, "450")
    target = tmp_path / "申报书.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "GridBudget 文档 (*.json)"))
    assert window.files.save()
    assert not window.isWindowModified() and "申报书.json" in window.windowTitle()
    saved = document_to_dict(window.session.document)
    assert saved["cost_items"][1]["amount"] == "71100.00"
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_path(target, ask=False)
    assert document_to_dict(other.session.document) == saved
    assert document_to_dict(read_json(target).document) == saved


def test_a_failed_save_keeps_the_document_open_and_modified(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    model = window.cost_page.model
    model.setData(model.index(0, 0), "工资")
    assert not window.files.save_to(tmp_path / "missing-folder" / "x.json")
    assert errors and "文件夹不存在" in errors[0] and "x.json" in errors[0]
    assert window.isWindowModified() and window.session.document.cost_items[0].name == "工资"


def test_an_unreadable_file_leaves_the_open_document_alone(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "gridbudget-document", "cost_items": [{"factors": [{"value": "abc"}]}]}', "utf-8")
    before = window.session
    assert not window.open_path(broken, ask=False)
    assert window.session is before
    assert "broken.json" in errors[0] and "abc" in errors[0]


def test_closing_with_changes_asks_and_cancel_keeps_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = window.cost_page.model
    model.setData(model.index(0, 0), "工资")
    asked: list[str] = []

    def cancel(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.close()
    assert window.isVisible() and asked and "未保存" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_a_colleagues_workbook_is_saved_with_save_as(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.session is not None
    window.session.path = tmp_path / "colleague.xlsx"
    window.session.foreign = True
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(True), ("", ""))[1])
    assert not window.files.save()
    assert asked and not (tmp_path / "colleague.xlsx").exists()
