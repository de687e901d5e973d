"""Row operations in the window: a multi-range delete, a paste and a cell edit are each one undo step and one re-check."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.checker import Checker
from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator
from gridbudget_gui.domain.findings import Finding
from gridbudget_gui.ui.models.cost import CostTableModel
from gridbudget_gui.ui.models.indicators import IndicatorTableModel
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.table_page import RowTable

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def as_json(findings: list[Finding]) -> list[str]:
    return sorted(json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True) for f in findings)


def many_lines(document: Document, count: int) -> Document:
    """The example with ``count`` numbered lines (every seventh one negative, so findings move around)."""
    document.cost_items = [
        CostItem(f"第{n}行", [Factor(Decimal(n % 7 - 1), "人"), Factor(Decimal(100), "元")]) for n in range(count)
    ]
    for item in document.cost_items:
        item.recompute()
    return document


class Rechecks:
    """Counts the session's re-checks (one per ``changed`` call)."""

    def __init__(self, session: DocumentSession) -> None:
        self.count = 0
        session.findingsChanged.connect(self._seen)

    def _seen(self) -> None:
        self.count += 1


def assert_checked_as_fresh(session: DocumentSession) -> None:
    fresh = Checker(session.document)
    assert as_json(session.checker.findings()) == as_json(fresh.findings())
    assert session.cost_total == fresh.cost_total == session.document.cost_total


def select_rows(table: RowTable, rows: list[int]) -> None:
    model, selection = table.model, QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, 2))
    table.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_deleting_a_multi_range_selection_is_one_step_and_undoes_in_one(qtbot: QtBot, example_document) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(many_lines(example_document, 60))
    model = CostTableModel(session)
    QAbstractItemModelTester(model, FATAL, model)  # owned by the model: it lives as long
    table = RowTable(model)
    qtbot.addWidget(table)
    table.show()
    before = list(session.document.cost_items)
    rechecks = Rechecks(session)
    chosen = [2, 3, 4, 10, 11, 30, 59]
    select_rows(table, chosen)
    table.delete_rows()
    assert session.undo_stack.count() == 1 and rechecks.count == 1
    assert model.line_count() == 53
    assert [item.name for item in session.document.cost_items[:4]] == ["第0行", "第1行", "第5行", "第6行"]
    assert_checked_as_fresh(session)

    session.undo_stack.undo()
    assert rechecks.count == 2
    assert all(a is b for a, b in zip(session.document.cost_items, before, strict=True))  # the same lines back
    assert_checked_as_fresh(session)
    session.undo_stack.redo()
    assert model.line_count() == 53 and rechecks.count == 3
    assert_checked_as_fresh(session)


def test_a_contiguous_delete_announces_its_rows(qtbot: QtBot, example_document) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(many_lines(example_document, 40))
    model = CostTableModel(session)
    QAbstractItemModelTester(model, FATAL, model)  # owned by the model: it lives as long
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.remove_rows(list(range(5, 25)))
    assert removed == [(5, 24)] and resets == []  # one signal for the range, the view keeps its place
    model.remove_rows([0, 2])
    assert resets == [True]  # several ranges at once: one reset, not one signal per range


def test_paste_over_and_past_the_end_is_one_step(qtbot: QtBot, example_document) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(many_lines(example_document, 10))
    model = CostTableModel(session)
    QAbstractItemModelTester(model, FATAL, model)  # owned by the model: it lives as long
    rechecks = Rechecks(session)
    before = list(session.document.cost_items)
    grid = [[f"粘贴{n}", "-3", "人", "10", "元"] for n in range(6)]
    model.paste(7, 0, [row + [""] * (model.columnCount() - 5) for row in grid])
    assert model.line_count() == 13 and rechecks.count == 1 and session.undo_stack.count() == 1
    assert [item.name for item in session.document.cost_items[6:]] == ["第6行"] + [f"粘贴{n}" for n in range(6)]
    assert_checked_as_fresh(session)
    assert any(f.rule == "cost.negative" and f.path.startswith("cost_items[12]") for f in session.findings)
    session.undo_stack.undo()
    assert rechecks.count == 2
    assert all(a is b for a, b in zip(session.document.cost_items, before, strict=True))
    assert_checked_as_fresh(session)


def test_a_cell_edit_replaces_the_line_and_undo_puts_the_old_one_back(qtbot: QtBot, example_document) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(example_document)
    model = CostTableModel(session)
    QAbstractItemModelTester(model, FATAL, model)  # owned by the model: it lives as long
    old = session.document.cost_items[1]
    old_state = (old.name, [(f.value, f.unit, f.expression) for f in old.factors], old.amount)
    rechecks = Rechecks(session)
    assert model.setData(model.index(1, 1), "-2")
    new = session.document.cost_items[1]
    assert new is not old and new.factors[0].value == Decimal(-2) and new.amount < 0
    assert (old.name, [(f.value, f.unit, f.expression) for f in old.factors], old.amount) == old_state  # untouched
    assert rechecks.count == 1
    assert any(f.path == "cost_items[1].factors[0].value" for f in session.findings)
    assert_checked_as_fresh(session)
    session.undo_stack.undo()
    assert session.document.cost_items[1] is old
    assert_checked_as_fresh(session)


@pytest.mark.parametrize("period", ["mid_term", "annual"])
def test_indicator_operations_pass_the_model_tester(qtbot: QtBot, example_document, period: str) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession(example_document)
    model = IndicatorTableModel(session, period)
    QAbstractItemModelTester(model, FATAL, model)  # owned by the model: it lives as long
    original = [row.copy() for row in model.rows()]
    model.insert_rows(1, [Indicator("产出指标", "数量指标", f"新{n}", "1个") for n in range(3)])
    model.remove_rows([0, 2, 4])
    model.move_row(0, model.line_count() - 1)
    model.replace_rows([Indicator("效益指标", "社会效益指标", "只有一行", "得到提升")], "复制")
    assert model.line_count() == 1
    model.setData(model.index(0, 3), "≥90%")
    model.paste(0, 0, [["产出指标", "质量指标", "合格率", "100%"]] * 3)
    assert model.line_count() == 3
    assert_checked_as_fresh(session)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert [(r.level1, r.level2, r.name, r.value) for r in model.rows()] == [
        (r.level1, r.level2, r.name, r.value) for r in original
    ]
    assert_checked_as_fresh(session)
