"""The budget system's dimensions in the window: the 经济分类 picker and 政府采购 in the cost table, the 建议经济分类
button (one undo step), 支出功能分类 on 基本信息, the years on 资金来源, and the 运行监控 page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.codes import economic_codes
from gridbudget_gui.ui.code_picker import CodePicker, picker_entries
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.monitoring_page import ALERT, CAUSE, DEVIATION, FORECAST, MEASURE, PROGRESS
from gridbudget_gui.ui.navigation import Page
from tests.ui.conftest import edit_cell, type_text


def _pick(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's code picker with F2, type into it and press Enter, as a clerk does."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = view.focusWidget()
    if not isinstance(picker, CodePicker):
        picker = picker.parent() if picker is not None else None
    assert isinstance(picker, CodePicker), picker
    edit = picker.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()


# The completer's popup is a top-level window: the offscreen plugin warns that it cannot raise it or grab keys.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


@POPUP
def test_the_cost_table_shows_code_and_name_and_takes_a_code(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.COSTS)
    model = window.cost_page.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    column = model.economic_column
    assert model.headerData(column, Qt.Orientation.Horizontal) == "经济分类科目"
    assert model.headerData(model.procurement_column, Qt.Orientation.Horizontal) == "政府采购"
    _pick(qtbot, window.cost_page.table.view, 3, column, "30201")
    items = window.session.document.cost_items
    assert items[3].economic_class == "30201"
    assert model.index(3, column).data() == "30201 办公费"
    # The e-bikes as 办公费: the check says so on the cell.
    assert "cost.economic-class-capital" in {f.rule for f in window.session.findings}
    assert model.index(3, column).data(Qt.ItemDataRole.BackgroundRole) is not None
    window.session.undo_stack.undo()
    assert items[3].economic_class == ""
    assert "cost.economic-class-capital" not in {f.rule for f in window.session.findings}


def test_an_empty_code_cell_tells_the_suggestion_and_its_reason(window: MainWindow) -> None:
    model = window.cost_page.model
    tip = model.index(3, model.economic_column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("建议：31099 其他资本性支出——") and "资本性支出" in tip


def test_procurement_takes_only_the_three_kinds(qtbot: QtBot, window: MainWindow) -> None:
    model = window.cost_page.model
    index = model.index(3, model.procurement_column)
    assert model.setData(index, "货物")
    assert window.session.document.cost_items[3].procurement == "货物"
    assert not model.setData(index, "物品")
    assert window.session.document.cost_items[3].procurement == "货物"


def test_the_picker_searches_codes_names_and_initials(qtbot: QtBot, window: MainWindow) -> None:
    entries = picker_entries(economic_codes())
    assert "30226 劳务费　lwf" in entries
    picker = CodePicker(economic_codes())
    qtbot.addWidget(picker)
    completer = picker.completer()
    for typed, expected in (("lwf", "30226 劳务费　lwf"), ("劳务", "30226 劳务费　lwf"), ("3022", "30226 劳务费　lwf")):
        completer.setCompletionPrefix(typed)
        found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
        assert expected in found, (typed, found)
    picker.setCurrentText("30226 劳务费　lwf")
    assert picker.code() == "30226"


def test_the_classify_button_is_one_undo_step_and_keeps_a_given_code(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.COSTS)
    items = window.session.document.cost_items
    items[3].economic_class = "31003"  # given
    buttons = [window.cost_page.table.buttons.itemAt(i).widget() for i in range(window.cost_page.table.buttons.count())]
    button = next(b for b in buttons if b is not None and b.text() == "建议经济分类")
    depth = window.session.undo_stack.count()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [item.economic_class for item in items] == ["30226", "30299", "30207", "31003", "30218"]
    assert window.session.undo_stack.count() == depth + 1
    assert window.cost_page.model.index(0, window.cost_page.model.economic_column).data() == "30226 劳务费"
    window.session.undo_stack.undo()
    assert [item.economic_class for item in items] == ["", "", "", "31003", ""]


@POPUP
def test_function_class_on_the_basics_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.BASICS)
    field = window.info_page.function_class
    field.setFocus()
    field.edit.selectAll()
    type_text(qtbot, field.edit, "2120104")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.session.document.project.function_class == "2120104"
    window.session.undo_stack.undo()
    assert window.session.document.project.function_class == ""


def test_the_years_on_the_funding_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.FUNDING)
    years = window.funding_page.years
    qtbot.mouseClick(years.add, Qt.MouseButton.LeftButton)
    funding = window.session.document.funding
    assert funding.years == {"2021": Decimal("5345800.00"), "2022": Decimal(0), "2023": Decimal(0)}
    assert sorted(years.edits) == ["2021", "2022", "2023"]
    assert "funding.years-total" in {f.rule for f in window.session.findings}
    for year in ("2022", "2023"):
        edit = years.edits[year]
        edit.setFocus()
        edit.selectAll()
        type_text(qtbot, edit, "5345800")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert funding.years["2023"] == Decimal("5345800.00")
    assert not {f.rule for f in window.session.findings} & {"funding.years-total", "funding.years-first"}
    assert "一致" in years.sum.text()
    window.session.undo_stack.undo()
    assert funding.years["2023"] == Decimal(0)


def test_the_monitoring_page_shows_the_seed_check(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.MONITORING)
    page = window.monitoring_page
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for widget, text in ((page.as_of, "2021-07-31"), (page.spent, "2000000")):
        widget.setFocus()
        type_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    monitoring = window.session.document.monitoring
    assert monitoring.as_of == "2021-07-31" and monitoring.spent == Decimal("2000000.00")
    assert page.time_progress.text() == "58.33%"
    assert page.rate.text() == "37.41%"
    assert page.alert.text() == "黄色预警"
    assert "monitoring.execution-behind" in {f.rule for f in window.session.findings}
    edit_cell(qtbot, page.view, 1, PROGRESS, "90%")
    edit_cell(qtbot, page.view, 1, FORECAST, "80%")
    assert page.model.index(1, DEVIATION).data() == "15.79%"
    assert page.model.index(1, ALERT).data() == "黄色预警"
    assert page.model.index(1, CAUSE).data(Qt.ItemDataRole.BackgroundRole) is not None  # cause missing
    page.model.setData(page.model.index(1, CAUSE), "人员保障")
    page.model.setData(page.model.index(1, MEASURE), "增派网格员")
    assert "monitoring.cause-missing" not in {f.rule for f in window.session.findings}
    annual = window.session.document.indicators.annual
    assert (annual[1].progress, annual[1].forecast, annual[1].cause) == ("90%", "80%", "人员保障")
    window.session.undo_stack.undo()
    assert annual[1].measure == ""
