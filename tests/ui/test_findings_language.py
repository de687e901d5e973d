"""The findings speak the interface language: the Problems panel, the cell tooltips and the total's tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import Document
from gridbudget_gui.ui.language import install_language, interface_language
from gridbudget_gui.ui.models.cost import CostTableModel
from gridbudget_gui.ui.models.findings import FindingsModel
from gridbudget_gui.ui.pages import CostPage
from gridbudget_gui.ui.session import DocumentSession

Tooltip = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The interface in English for one test, Chinese again afterwards."""
    install_language(qapp, "en")
    try:
        yield
    finally:
        install_language(qapp, "zh_CN")


def _panel(model: FindingsModel) -> list[tuple[str, str, str, str]]:
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_the_problems_panel_is_chinese_by_default(qtbot: QtBot, example_document: Document) -> None:
    assert interface_language() == "zh_CN"
    model = FindingsModel(DocumentSession(example_document))
    assert ("警告", "“信息采集终端”按 24 个月计算，超过一个预算年度的12个月",
            "测算明细 › 第 3 行 › 数量3", "可行性") in _panel(model)  # fmt: skip
    assert [model.headerData(n, Qt.Orientation.Horizontal) for n in range(4)] == ["级别", "问题", "位置", "审核方面"]
    row = next(n for n, finding in enumerate(model._findings) if finding.rule == "cost.months-over-year")
    assert "cost.months-over-year" in model.data(model.index(row, 1), Tooltip)  # the rule id, for the curious


def test_the_problems_panel_and_the_tooltips_are_english_in_an_english_interface(
    qtbot: QtBot, example_document: Document, english: None
) -> None:
    example_document.cost_items[1].amount += 1  # so that the total disagrees with the funding
    session = DocumentSession(example_document)
    model = FindingsModel(session)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Problem"
    rows = _panel(model)
    assert ("Warning", "“信息采集终端” is reckoned over 24 months, more than the 12 months of a budget year",
            "Cost breakdown › Row 3 › Quantity 3", "Feasibility") in rows  # fmt: skip
    assert ("Error", "The cost indicator “全年“五进网格”精细化经费成本” has no target",
            "Indicators › Annual › Row 4 › Target", "Completeness") in rows  # fmt: skip
    assert model.data(model.index(0, 1), Tooltip).startswith(rows[0][1])
    cost = CostTableModel(session)
    months = cost.data(cost.index(2, 5), Tooltip)  # the third factor (months) of line 3
    assert months == "• “信息采集终端” is reckoned over 24 months, more than the 12 months of a budget year"
    amount = cost.data(cost.index(1, cost.amount_column), Tooltip)
    assert amount.startswith("• “人身意外险”: the amount 63,201.00 yuan differs from the product of the factors")
    page = CostPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.total.toolTip().startswith("The cost breakdown totals 5,345,801.00 yuan")
