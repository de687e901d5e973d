"""The 一体化 system's columns of an indicator matrix: 计算符号 and 计量单位 agree with the value, the others
are shown when used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import Document
from gridbudget_gui.ui.indicators_page import IndicatorsPage
from gridbudget_gui.ui.models.indicators import COLUMN_FIELDS, OPERATOR_COLUMN, UNIT_COLUMN, IndicatorTableModel
from gridbudget_gui.ui.session import DocumentSession

VALUE = COLUMN_FIELDS.index("value")
NOTE = COLUMN_FIELDS.index("note")


def _text(model: IndicatorTableModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def _fields(document: Document, row: int) -> tuple[str, str, str]:
    indicator = document.indicators.annual[row]  # an edit puts a new row object in place
    return indicator.value, indicator.operator, indicator.unit


def test_operator_and_unit_are_read_from_the_value(example_document: Document) -> None:
    model = IndicatorTableModel(DocumentSession(example_document), "annual")
    assert model.headerData(OPERATOR_COLUMN, Qt.Orientation.Horizontal) == "计算符号"
    # a declaration without the columns shows them read from the value
    assert (_text(model, 1, OPERATOR_COLUMN), _text(model, 1, UNIT_COLUMN)) == ("≥", "%")
    assert (_text(model, 6, OPERATOR_COLUMN), _text(model, 6, UNIT_COLUMN)) == ("定性", "")
    assert model.setData(model.index(3, VALUE), "≤534.58万元")
    assert _fields(example_document, 3) == ("≤534.58万元", "≤", "万元")  # the value as typed


def test_choosing_an_operator_or_unit_rewrites_the_figure_in_one_undo_step(example_document: Document) -> None:
    session = DocumentSession(example_document)
    model = IndicatorTableModel(session, "annual")
    assert model.setData(model.index(0, OPERATOR_COLUMN), "≥")
    assert _fields(example_document, 0) == ("≥45个", "≥", "个")
    assert model.setData(model.index(0, UNIT_COLUMN), "户")
    assert _fields(example_document, 0) == ("≥45户", "≥", "户")
    assert model.setData(model.index(0, OPERATOR_COLUMN), ">")
    assert model.setData(model.index(0, OPERATOR_COLUMN), ">=")  # typed: read as the symbol
    assert _fields(example_document, 0) == ("≥45户", "≥", "户")
    assert not model.setData(model.index(0, OPERATOR_COLUMN), "定性")  # a figure is not words
    assert not model.setData(model.index(6, OPERATOR_COLUMN), "≥")  # nor words a figure
    for _ in range(3):
        session.undo_stack.undo()
    assert _fields(example_document, 0) == ("≥45个", "≥", "个")
    session.undo_stack.undo()
    assert _fields(example_document, 0) == ("45个", "", "")


def test_optional_columns_show_when_used_or_asked(qtbot: QtBot, example_document: Document) -> None:
    page = IndicatorsPage(DocumentSession(example_document))
    qtbot.addWidget(page)
    view = page.tables["annual"].view
    assert view.isColumnHidden(NOTE) and not view.isColumnHidden(OPERATOR_COLUMN)
    model = page.models["annual"]
    assert model.setData(model.index(2, NOTE), "工资按月发放")
    assert not view.isColumnHidden(NOTE)
    assert page.tables["mid_term"].view.isColumnHidden(NOTE)  # the other matrix does not use it
    page.all_columns.setChecked(True)
    assert not page.tables["mid_term"].view.isColumnHidden(NOTE)


def test_the_problems_panel_groups_by_aspect(example_document: Document) -> None:
    from gridbudget_gui.ui.models.findings import FindingsModel

    model = FindingsModel(DocumentSession(example_document))
    assert model.headerData(3, Qt.Orientation.Horizontal) == "审核方面"
    worst_first = [model.finding(row).severity.value for row in range(model.rowCount())]
    assert worst_first[:2] == ["error", "error"]
    model.set_grouped(True)
    aspects = [str(model.data(model.index(row, 3))) for row in range(model.rowCount())]
    assert aspects == sorted(aspects, key=["完整性", "相关性", "适当性", "可行性"].index)
    assert aspects[0] == "完整性" and aspects[-1] == "可行性"
    model.set_grouped(False)
    assert [model.finding(row).severity.value for row in range(model.rowCount())] == worst_first
