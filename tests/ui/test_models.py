"""Every table model passes Qt's own model tester, through edits, inserts, moves and removals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import CostItem, Indicator
from gridbudget_gui.ui.models.cost import CostTableModel, split_quantity
from gridbudget_gui.ui.models.findings import FindingsModel
from gridbudget_gui.ui.models.funding import FundingModel
from gridbudget_gui.ui.models.indicators import IndicatorTableModel
from gridbudget_gui.ui.session import DocumentSession

# Warning, not Fatal: pytest-qt fails the test on any warning of the qt.modeltest category and shows it,
# where Fatal would abort the whole run at the first one.
WARN = QAbstractItemModelTester.FailureReportingMode.Warning


def failures_reported(qtlog) -> list[str]:  # type: ignore[no-untyped-def]
    """What the model testers reported (each failure is a warning starting with FAIL!)."""
    return [record.message for record in qtlog.records if record.message.startswith("FAIL!")]


class BrokenModel(QAbstractTableModel):
    """A model that breaks the rules once asked to: it announces a change of cells that do not exist."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None

    def misbehave(self) -> None:
        self.dataChanged.emit(QModelIndex(), QModelIndex())


@pytest.mark.no_qt_log  # pytest-qt would fail this test on the tester's warning: it is caught here instead
def test_the_model_tester_watches_changes_made_after_it_was_attached() -> None:
    seen: list[str] = []
    model = BrokenModel()
    tester = QAbstractItemModelTester(model, WARN)
    previous = qInstallMessageHandler(lambda _kind, _context, message: seen.append(message))
    try:
        model.misbehave()
    finally:
        qInstallMessageHandler(previous)
    assert tester.model() is model
    assert any(message.startswith("FAIL!") for message in seen), seen


def test_models_pass_the_model_tester_through_edits(qtbot: QtBot, qtlog, example_document) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(example_document)
    cost = CostTableModel(session)
    funding = FundingModel(session)
    annual = IndicatorTableModel(session, "annual")
    findings = FindingsModel(session)
    # Kept in a local until the end: a tester checks only while it is alive.
    testers = [QAbstractItemModelTester(model, WARN) for model in (cost, funding, annual, findings)]
    cost.setData(cost.index(0, 1), "45*4-20")
    cost.insert_rows(2, [CostItem("会议费")])
    cost.move_row(2, 0)
    assert cost.factor_pairs == 4  # the longest line has three factors, plus one spare pair
    cost.setData(cost.index(0, 7), "1")  # typed into the spare pair of an empty line: its first factor
    assert len(example_document.cost_items[0].factors) == 1 and cost.factor_pairs == 4
    assert example_document.cost_items[3].name == "信息采集终端"
    cost.setData(cost.index(3, 7), "2")  # a 4th factor on a line of three → a 5th pair appears
    assert cost.factor_pairs == 5 and cost.columnCount() == 15  # with 经济分类科目 and 政府采购 after 备注
    session.undo_stack.undo()
    assert cost.factor_pairs == 4
    cost.remove_rows([0, 1])
    funding.setData(funding.index(0, 2), "100")
    annual.insert_rows(0, [Indicator("产出指标", "数量指标", "培训人数", "≥100人")])
    annual.move_row(0, 3)
    annual.remove_rows([3])
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert findings.rowCount() == 12  # the example's findings, as before the edits
    assert failures_reported(qtlog) == []
    del testers  # they watched every change above


def test_split_quantity_reads_the_unit_typed_after_a_number() -> None:
    assert split_quantity("158人") == ("158", "人")
    assert split_quantity("4,500.00元/辆") == ("4,500.00", "元/辆")
    assert split_quantity("45*4-22") == ("45*4-22", None)
    assert split_quantity("(45*4-22)人") == ("(45*4-22)", "人")
    assert split_quantity("１２个月") == ("１２", "个月")
