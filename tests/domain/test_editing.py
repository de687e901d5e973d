"""Table operations: each undoes exactly by its inverse, redoes to the same document, and the checker keeps up."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gridbudget_gui.domain import checker as checker_module
from gridbudget_gui.domain.checker import Checker
from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator
from gridbudget_gui.domain.editing import (
    TABLES,
    EditError,
    InsertRows,
    MoveRows,
    RemoveRows,
    ReplaceRows,
    RowOperation,
    SetFields,
    runs,
    table_rows,
    touched_places,
)
from gridbudget_gui.domain.findings import Finding
from gridbudget_gui.domain.place import Place, TableName
from gridbudget_gui.io.json import document_from_dict, document_to_dict
from gridbudget_gui.resources import example_path

EXAMPLE = json.loads(example_path().read_text(encoding="utf-8"))


def fresh_example() -> Document:
    return document_from_dict(copy.deepcopy(EXAMPLE)).document


def snapshot(document: Document) -> str:
    return json.dumps(document_to_dict(document), ensure_ascii=False, sort_keys=True)


def as_json(findings: list[Finding]) -> list[str]:
    return sorted(json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True) for f in findings)


# --- random operations ---------------------------------------------------------------------------------

AMOUNTS = st.sampled_from(["0.00", "-5.00", "80000.00", "13.00", "4484040.00"])
NAMES = st.sampled_from(["", "人身意外险", "1-11月份工资", "会议费"])
VALUES = st.sampled_from(["", "≥95%", "45个", "得到提升", "-5%"])


def new_row(table: TableName, data: st.DataObject) -> Any:
    if table == "cost_items":
        factors = [Factor(Decimal(data.draw(st.sampled_from(["12", "13", "-1", "158"]))), "个月")]
        item = CostItem(data.draw(NAMES), factors if data.draw(st.booleans()) else [], Decimal(data.draw(AMOUNTS)))
        item.recompute()
        return item
    return Indicator("产出指标", "数量指标", data.draw(NAMES), data.draw(VALUES))


def draw_operation(document: Document, data: st.DataObject) -> RowOperation:
    table = data.draw(st.sampled_from(TABLES))
    size = len(table_rows(document, table))
    kind = data.draw(st.sampled_from(["insert", "remove", "move", "replace", "set"]))
    if kind == "insert" or size == 0:
        count = data.draw(st.integers(1, 5))
        positions = sorted(data.draw(st.sets(st.integers(0, size + count - 1), min_size=count, max_size=count)))
        return InsertRows(table, tuple(positions), tuple(new_row(table, data) for _ in positions))
    if kind == "remove":
        return RemoveRows.of(table, data.draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=8)))
    if kind == "move":
        count = data.draw(st.integers(1, size))
        start = data.draw(st.integers(0, size - count))
        return MoveRows(table, start, count, data.draw(st.integers(0, size - count)))
    if kind == "replace":
        start = data.draw(st.integers(0, size))
        count = data.draw(st.integers(0, size - start))
        rows = tuple(new_row(table, data) for _ in range(data.draw(st.integers(0, 4))))
        return ReplaceRows(table, start, count, rows)
    row = data.draw(st.integers(0, size - 1))
    if table == "cost_items":
        return SetFields.of(table, row, name=data.draw(NAMES), amount=Decimal(data.draw(AMOUNTS)))
    return SetFields.of(table, row, value=data.draw(VALUES))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_undoing_every_operation_gives_back_the_original_and_redo_the_same(data: st.DataObject) -> None:
    document = fresh_example()
    original = snapshot(document)
    objects = {table: list(table_rows(document, table)) for table in TABLES}
    done: list[tuple[RowOperation, str]] = []
    inverses: list[RowOperation] = []
    for _ in range(data.draw(st.integers(1, 12), label="operations")):
        operation = draw_operation(document, data)
        inverses.append(operation.apply(document))
        done.append((operation, snapshot(document)))
    finished = snapshot(document)
    redos: list[RowOperation] = []
    for inverse, (_, after) in zip(reversed(inverses), reversed(done), strict=True):
        assert snapshot(document) == after
        redos.append(inverse.apply(document))
    assert snapshot(document) == original
    for table in TABLES:  # the very same row objects are back, in their places
        assert all(a is b for a, b in zip(table_rows(document, table), objects[table], strict=True))
    for redo, (_, after) in zip(reversed(redos), done, strict=True):
        redo.apply(document)
        assert snapshot(document) == after
    assert snapshot(document) == finished


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_checker_after_operations_equals_a_fresh_check(data: st.DataObject) -> None:
    document = fresh_example()
    checker = Checker(document)
    checker.findings()
    for _ in range(data.draw(st.integers(1, 10), label="operations")):
        operation = draw_operation(document, data)
        if data.draw(st.booleans(), label="undo it"):
            operation.apply(document).apply(document)
        else:
            operation.apply(document)
        for place in touched_places(operation):
            checker.touch(place)
        fresh = Checker(document)
        assert as_json(checker.findings()) == as_json(fresh.findings())
        assert checker.cost_total == fresh.cost_total == document.cost_total


# --- each operation --------------------------------------------------------------------------------------


def lines(*names: str) -> list[CostItem]:
    return [CostItem(name, [], Decimal(index)) for index, name in enumerate(names)]


def names(document: Document) -> str:
    return "".join(item.name for item in document.cost_items)


def test_removing_scattered_rows_and_putting_them_back() -> None:
    document = Document(cost_items=lines(*"abcdefgh"))
    kept = list(document.cost_items)
    inverse = RemoveRows.of("cost_items", [6, 1, 2, 6, 0])
    undo = inverse.apply(document)
    assert names(document) == "defh"
    assert isinstance(undo, InsertRows) and undo.positions == (0, 1, 2, 6)
    redo = undo.apply(document)
    assert names(document) == "abcdefgh" and document.cost_items == kept
    assert isinstance(redo, RemoveRows) and redo.indexes == (0, 1, 2, 6)


def test_inserting_a_block_and_rows_at_final_positions() -> None:
    document = Document(cost_items=lines(*"abc"))
    InsertRows.at("cost_items", 1, lines("x", "y")).apply(document)
    assert names(document) == "axybc"
    InsertRows("cost_items", (0, 6), tuple(lines("p", "q"))).apply(document)
    assert names(document) == "paxybcq"


def test_moving_a_block_both_ways() -> None:
    document = Document(cost_items=lines(*"abcdef"))
    back = MoveRows("cost_items", 1, 2, 3).apply(document)
    assert names(document) == "adebcf"
    back.apply(document)
    assert names(document) == "abcdef"
    MoveRows("cost_items", 4, 1, 0).apply(document)
    assert names(document) == "eabcdf"


def test_replacing_a_range_by_more_or_fewer_rows() -> None:
    document = Document(cost_items=lines(*"abcd"))
    undo = ReplaceRows("cost_items", 3, 1, tuple(lines("x", "y", "z"))).apply(document)
    assert names(document) == "abcxyz"
    assert isinstance(undo, ReplaceRows) and (undo.start, undo.count) == (3, 3)
    undo.apply(document)
    assert names(document) == "abcd"
    ReplaceRows("cost_items", 0, 3, ()).apply(document)
    assert names(document) == "d"


def test_setting_fields_makes_a_new_row_and_leaves_the_old_one_alone() -> None:
    document = Document(indicators=fresh_example().indicators)
    old = document.indicators.annual[0]
    before = (old.level1, old.level2, old.name, old.value)
    undo = SetFields.of("indicators.annual", 0, value="≥99%").apply(document)
    new = document.indicators.annual[0]
    assert new is not old and new.value == "≥99%" and new.name == old.name
    assert (old.level1, old.level2, old.name, old.value) == before
    undo.apply(document)
    assert document.indicators.annual[0].value == before[3]


@pytest.mark.parametrize(
    "operation",
    [
        RemoveRows("cost_items", (1, 1)),
        RemoveRows("cost_items", (4,)),
        InsertRows("cost_items", (0, 9), tuple(lines("x", "y"))),
        InsertRows("cost_items", (2, 1), tuple(lines("x", "y"))),
        MoveRows("cost_items", 2, 2, 3),
        ReplaceRows("cost_items", 3, 2, ()),
        SetFields.of("cost_items", 4, name="x"),
        SetFields.of("cost_items", 0, colour="red"),
    ],
)
def test_an_operation_that_does_not_fit_is_refused_and_changes_nothing(operation: RowOperation) -> None:
    document = Document(cost_items=lines(*"abcd"))
    with pytest.raises(EditError):
        operation.apply(document)
    assert names(document) == "abcd"


def test_runs_group_indexes() -> None:
    assert runs([7, 1, 2, 3, 9, 8, 2]) == [(1, 3), (7, 3)]
    assert runs([]) == []


def test_what_the_checker_is_told() -> None:
    assert touched_places(SetFields.of("cost_items", 3, name="x")) == [Place.cost(3)]
    assert touched_places(ReplaceRows("indicators.annual", 2, 1, (Indicator(),))) == [Place.indicator("annual", 2)]
    assert touched_places(RemoveRows("cost_items", (1, 5))) == [Place.of("cost_items")]


# --- the checker: batches in one pass, single rows without one ------------------------------------------------


def big_document(count: int) -> Document:
    document = fresh_example()
    template = document.cost_items[1]
    document.cost_items = [template.copy() for _ in range(count)]
    return document


def test_removing_a_thousand_lines_and_undoing_rechecks_only_lines_not_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    document = big_document(5_000)
    checker = Checker(document)
    checker.findings()
    calls: list[CostItem] = []
    real = checker_module.check_line
    monkeypatch.setattr(checker_module, "check_line", lambda item: calls.append(item) or real(item))
    undo = RemoveRows.of("cost_items", range(0, 5_000, 5)).apply(document)
    checker.touch(Place.of("cost_items"))
    checker.findings()
    assert calls == []  # the lines left keep their checks
    undo.apply(document)
    checker.touch("cost_items")
    found = checker.findings()
    assert len(calls) == 1_000  # the lines put back, once each
    assert as_json(found) == as_json(Checker(document).findings())
    assert checker.cost_total == document.cost_total


def test_a_row_replaced_in_place_is_patched_without_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    document = big_document(2_000)
    document.cost_items[10].amount = Decimal("-1.00")  # a line with a finding, before and after the edit
    checker = Checker(document)
    checker.findings()
    calls: list[CostItem] = []
    real = checker_module.check_line
    monkeypatch.setattr(checker_module, "check_line", lambda item: calls.append(item) or real(item))
    summed: list[str] = []
    monkeypatch.setattr(Document, "cost_total", property(lambda doc: summed.append("sum") or Decimal(0)))
    for row, amount in ((10, "-7.00"), (11, "-2.00"), (10, "5.00")):
        SetFields.of("cost_items", row, amount=Decimal(amount), factors=[]).apply(document)
        checker.touch(Place.cost(row, "amount"))
        found = checker.findings()
    assert len(calls) == 3 and summed == []  # one line each, no pass over the list, no sum
    monkeypatch.undo()
    assert as_json(found) == as_json(Checker(document).findings())
    assert checker.cost_total == document.cost_total
    assert ("cost.negative", "cost_items[11].amount") in {(f.rule, f.path) for f in found}


def test_a_row_replaced_by_a_line_that_stands_elsewhere_is_seen() -> None:
    document = big_document(10)
    document.cost_items[3] = CostItem("负数", [], Decimal("-5.00"))
    checker = Checker(document)
    checker.findings()
    document.cost_items[7] = document.cost_items[3]  # one object in two rows
    checker.touch(Place.cost(7))
    assert as_json(checker.findings()) == as_json(Checker(document).findings())


def test_touch_takes_places_and_paths_alike() -> None:
    document = fresh_example()
    checker = Checker(document)
    checker.findings()
    document.unit.code = ""
    checker.touch(Place.of("unit", "code"))
    by_place = as_json(checker.findings())
    document.unit.code = "12530121MB01852288"
    checker.touch("unit.code")
    checker.findings()
    document.unit.code = ""
    checker.touch("unit.code")
    assert as_json(checker.findings()) == by_place == as_json(Checker(document).findings())
    checker.touch("not a path [")  # anything unreadable: everything again
    assert as_json(checker.findings()) == by_place
