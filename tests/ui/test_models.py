"""Every table model passes Qt's own model tester, through edits, inserts, moves and removals."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import CostItem, Indicator
from gridbudget_gui.ui.models.cost import CostTableModel, split_quantity
from gridbudget_gui.ui.models.findings import FindingsModel
from gridbudget_gui.ui.models.funding import FundingModel
from gridbudget_gui.ui.models.indicators import IndicatorTableModel
from gridbudget_gui.ui.session import DocumentSession

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_models_pass_the_model_tester_through_edits(qtbot: QtBot, example_document) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(example_document)
    cost = CostTableModel(session)
    funding = FundingModel(session)
    annual = IndicatorTableModel(session, "annual")
    findings = FindingsModel(session)
    testers = [QAbstractItemModelTester(model, FATAL) for model in (cost, funding, annual, findings)]
    cost.setData(cost.index(0, 1), "45*4-20")
    cost.insert_rows(2, [CostItem("会议费")])
    cost.move_row(2, 0)
    assert cost.factor_pairs == 4  # the longest line has three factors, plus one spare pair
    cost.setData(cost.index(0, 7), "1")  # typed into the spare pair of an empty line: its first factor
    assert len(example_document.cost_items[0].factors) == 1 and cost.factor_pairs == 4
    assert example_document.cost_items[3].name == "信息采集终端"
    cost.setData(cost.index(3, 7), "2")  # a 4th factor on a line of three → a 5th pair appears
    assert cost.factor_pairs == 5 and cost.columnCount() == 13
    session.undo_stack.undo()
    assert cost.factor_pairs == 4
    cost.remove_rows([0, 1])
    funding.setData(funding.index(0, 2), "100")
    annual.insert_rows(0, [Indicator("产出指标", "数量指标", "培训人数", "≥100人")])
    annual.move_row(0, 3)
    annual.remove_rows([3])
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert findings.rowCount() == 4
    assert len(testers) == 4


def test_split_quantity_reads_the_unit_typed_after_a_number() -> None:
    assert split_quantity("158人") == ("158", "人")
    assert split_quantity("4,500.00元/辆") == ("4,500.00", "元/辆")
    assert split_quantity("45*4-22") == ("45*4-22", None)
    assert split_quantity("(45*4-22)人") == ("(45*4-22)", "人")
    assert split_quantity("１２个月") == ("１２", "个月")
