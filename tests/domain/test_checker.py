"""The rule engine: incremental checking after random edits equals checking from scratch, and stays local."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gridbudget_gui.domain import checker as checker_module
from gridbudget_gui.domain.checker import Checker, check_document, count_by_severity, sort_findings
from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator, Project
from gridbudget_gui.domain.findings import Finding, Severity
from gridbudget_gui.io.json import document_from_dict
from gridbudget_gui.resources import example_path

EXAMPLE = json.loads(example_path().read_text(encoding="utf-8"))


def fresh_example() -> Document:
    return document_from_dict(copy.deepcopy(EXAMPLE)).document


def as_json(findings: list[Finding]) -> list[str]:
    return sorted(json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True) for f in findings)


# --- random edits: each changes the document and returns the paths it touched ---------------------------

Edit = Callable[[Document, st.DataObject], list[str]]
NUMBERS = st.sampled_from(["0", "-1", "1", "8", "11", "12", "13", "24", "158", "2580", "4500.00", "0.5"])
UNITS = st.sampled_from(["人", "元", "个月", "月", "元/月", "月份", "辆", ""])
NAMES = st.sampled_from(["1-9月份工资", "1-11月份工资", "1至12月补贴", "", "人身意外险", "3-2月"])
EXPRESSIONS = st.sampled_from(["", "45*4-22", "1/0", "2×3", "abc", "158"])
MONEY = st.sampled_from(["0", "-5", "80000", "5345800", "16037400", "1"])
VALUES = st.sampled_from(
    [
        "",
        "≥95%",
        "≧120%",
        "45个",
        "得到提升",
        "≤534.58万元",
        "≤1603.74万元",
        "100人",
        "-5%",
        "2022年12月底前",
        "XX个",
        "50个",
    ]
)
LEVELS = st.sampled_from(
    [
        ("产出指标", "数量指标"),
        ("产出指标", "成本指标"),
        ("成本指标", "经济成本指标"),
        ("满意度指标", "服务对象满意度指标"),
        ("x", "y"),
    ]
)
SECTIONS = st.sampled_from(["total", "central", "provincial", "municipal", "county", "other"])
PERIODS = st.sampled_from(["mid_term", "annual"])


def _line(document: Document, data: st.DataObject) -> int | None:
    if not document.cost_items:
        return None
    return data.draw(st.integers(0, len(document.cost_items) - 1))


def edit_factor(document: Document, data: st.DataObject) -> list[str]:
    i = _line(document, data)
    if i is None or not document.cost_items[i].factors:
        return []
    item = document.cost_items[i]
    j = data.draw(st.integers(0, len(item.factors) - 1))
    factor = item.factors[j]
    part = data.draw(st.sampled_from(["value", "unit", "expression"]))
    if part == "value":
        factor.value = Decimal(data.draw(NUMBERS))
        if data.draw(st.booleans()):
            item.recompute()
    elif part == "unit":
        factor.unit = data.draw(UNITS)
    else:
        factor.expression = data.draw(EXPRESSIONS)
    return [f"cost_items[{i}].factors[{j}].{part}"]


def edit_line(document: Document, data: st.DataObject) -> list[str]:
    i = _line(document, data)
    if i is None:
        return []
    item = document.cost_items[i]
    field = data.draw(st.sampled_from(["name", "amount", "note", "factors"]))
    if field == "name":
        item.name = data.draw(NAMES)
    elif field == "amount":
        item.amount = Decimal(data.draw(MONEY)).quantize(Decimal("0.01"))
    elif field == "note":
        item.note = "x"
    else:
        item.factors = [] if item.factors else [Factor(Decimal(12), "个月"), Factor(Decimal(100), "元")]
        item.recompute()
    return [f"cost_items[{i}].{field}"]


def insert_line(document: Document, data: st.DataObject) -> list[str]:
    at = data.draw(st.integers(0, len(document.cost_items)))
    factors = [Factor(Decimal(data.draw(NUMBERS)), data.draw(UNITS)) for _ in range(data.draw(st.integers(0, 3)))]
    item = CostItem(data.draw(NAMES), factors, Decimal("100.00"))
    if data.draw(st.booleans()):
        item.recompute()
    document.cost_items.insert(at, item)
    return ["cost_items"]


def delete_line(document: Document, data: st.DataObject) -> list[str]:
    i = _line(document, data)
    if i is None:
        return []
    REMOVED.append(document.cost_items.pop(i))
    return ["cost_items"]


def move_line(document: Document, data: st.DataObject) -> list[str]:
    i = _line(document, data)
    if i is None:
        return []
    item = document.cost_items.pop(i)
    document.cost_items.insert(data.draw(st.integers(0, len(document.cost_items))), item)
    return ["cost_items"]


REMOVED: list[CostItem] = []  # lines taken out earlier, which a later edit may put back changed


def replace_line(document: Document, data: st.DataObject) -> list[str]:
    """A line object replaced in place: a new one, another line of the list, or one removed earlier."""
    i = _line(document, data)
    if i is None:
        return []
    choice = data.draw(st.sampled_from(["new", "other", "removed"]))
    if choice == "removed" and REMOVED:
        item = data.draw(st.sampled_from(REMOVED))
        item.amount = Decimal(data.draw(MONEY)).quantize(Decimal("0.01"))  # changed while out of the list
    elif choice == "other":
        item = document.cost_items[data.draw(st.integers(0, len(document.cost_items) - 1))]
    else:
        item = CostItem(data.draw(NAMES), [Factor(Decimal(data.draw(NUMBERS)), data.draw(UNITS))], Decimal("7.00"))
    REMOVED.append(document.cost_items[i])
    document.cost_items[i] = item
    return [f"cost_items[{i}]"]


def edit_funding(document: Document, data: st.DataObject) -> list[str]:
    period, key = data.draw(PERIODS), data.draw(SECTIONS)
    document.funding.row(period).set(key, Decimal(data.draw(MONEY)))
    return [f"funding.{period}.{key}"]


def edit_indicator(document: Document, data: st.DataObject) -> list[str]:
    period = data.draw(PERIODS)
    rows = document.indicators.matrix(period)
    action = data.draw(st.sampled_from(["value", "levels", "name", "insert", "delete"]))
    if action == "insert" or not rows:
        level1, level2 = data.draw(LEVELS)
        rows.insert(data.draw(st.integers(0, len(rows))), Indicator(level1, level2, "新指标", data.draw(VALUES)))
        return [f"indicators.{period}"]
    i = data.draw(st.integers(0, len(rows) - 1))
    if action == "delete":
        del rows[i]
        return [f"indicators.{period}"]
    if action == "value":
        rows[i].value = data.draw(VALUES)
        return [f"indicators.{period}[{i}].value"]
    if action == "name":
        rows[i].name = data.draw(st.sampled_from(["", "五进网格社区覆盖个数", "新指标"]))
        return [f"indicators.{period}[{i}].name"]
    rows[i].level1, rows[i].level2 = data.draw(LEVELS)
    return [f"indicators.{period}[{i}].level1", f"indicators.{period}[{i}].level2"]


def switch_scheme(document: Document, data: st.DataObject) -> list[str]:
    document.scheme = data.draw(st.sampled_from(["classic", "2021", "unknown"]))
    return ["scheme"]


def edit_general(document: Document, data: st.DataObject) -> list[str]:
    path, value = data.draw(
        st.sampled_from(
            [
                ("unit.code", "12530121MB01852288"),
                ("unit.code", "12530121MB01852289"),
                ("unit.phone", "123"),
                ("project.manager.phone", "0871-63123456"),
                ("signatures.date", "2021-02-30"),
                ("signatures.date", "2021-01-01"),
                ("signatures.preparer", ""),
                ("project.name", ""),
                ("unit.name", ""),
                ("project.funding_arrangement", "安排5345800元"),
                ("project.funding_arrangement", "安排100元"),
                ("project.budget_notes", "1.工资：4484040元；\n2.保险：1元；"),
                ("project.funding_arrangement", "安" * 32_768),  # longer than an Excel cell
                ("project.budget_notes", "说" * 32_768),
                ("goals.annual", "目" * 32_768),
                ("goals.annual", "覆盖45个社区，培训158人。"),  # read against the 年度 indicators
                ("project.term", "2020-2021年"),  # the 中期 时效 dates are read against its end
            ]
        )
    )
    section, name = path.rsplit(".", 1)
    target: object = document
    for part in section.split("."):
        target = getattr(target, part)
    setattr(target, name, value)
    return [path]


def edit_year(document: Document, data: st.DataObject) -> list[str]:
    document.year = data.draw(st.sampled_from([None, 2020, 2021]))
    return ["year"]


def replace_project(document: Document, data: st.DataObject) -> list[str]:
    """A whole-section replacement (paste, undo of a reset): the project with a different arrangement text."""
    arrangement = data.draw(st.sampled_from(["安排5345800元", "安排1元", ""]))
    document.project = Project(name=document.project.name, funding_arrangement=arrangement)
    return ["project"]


EDITS: list[Edit] = [
    edit_factor,
    edit_factor,
    edit_line,
    replace_line,
    insert_line,
    delete_line,
    move_line,
    edit_funding,
    edit_indicator,
    edit_indicator,
    switch_scheme,
    edit_general,
    edit_year,
    replace_project,
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_incremental_findings_equal_full_check(data: st.DataObject) -> None:
    REMOVED.clear()  # per example: hypothesis replays an example and must draw the same things
    document = fresh_example()
    checker = Checker(document)
    assert as_json(checker.findings()) == as_json(check_document(document))
    for _ in range(data.draw(st.integers(1, 20), label="edits")):
        edit = data.draw(st.sampled_from(EDITS), label="edit")
        for path in edit(document, data):
            checker.touch(path)
        assert as_json(checker.findings()) == as_json(check_document(document)), edit.__name__
        assert checker.cost_total == document.cost_total, edit.__name__  # kept by differences, never drifts


def test_touch_all_forgets_everything() -> None:
    document = fresh_example()
    checker = Checker(document)
    checker.findings()
    document.cost_items[0].name = "1-11月份工资"
    document.unit.code = ""
    checker.touch_all()
    assert as_json(checker.findings()) == as_json(check_document(document))


def test_unknown_path_rechecks_everything() -> None:
    document = fresh_example()
    checker = Checker(document)
    checker.findings()
    document.unit.code = ""
    checker.touch("something.new")
    assert "unit.code-missing" in {f.rule for f in checker.findings()}


# --- locality: one touched line re-runs one line's rules ---------------------------------------------


@pytest.fixture
def counted_lines(monkeypatch: pytest.MonkeyPatch) -> list[CostItem]:
    """Replace check_line in the checker with a spy; the list collects every line it was called for."""
    calls: list[CostItem] = []
    real = checker_module.check_line

    def spy(item: CostItem) -> list[tuple[Severity, str, str, str]]:
        calls.append(item)
        return real(item)

    monkeypatch.setattr(checker_module, "check_line", spy)
    return calls


def _big_document() -> Document:
    document = fresh_example()
    template = document.cost_items[1]
    document.cost_items = [template.copy() for _ in range(200)]
    return document


def test_touching_one_line_rechecks_only_that_line(counted_lines: list[CostItem]) -> None:
    document = _big_document()
    checker = Checker(document)
    checker.findings()
    assert len(counted_lines) == 200
    counted_lines.clear()

    document.cost_items[7].factors[1].value = Decimal(401)
    document.cost_items[7].recompute()
    checker.touch("cost_items[7].factors[1].value")
    findings = checker.findings()
    assert counted_lines == [document.cost_items[7]]
    assert as_json(findings) == as_json(check_document(document))


def test_insert_move_delete_recheck_only_new_lines(counted_lines: list[CostItem]) -> None:
    document = _big_document()
    checker = Checker(document)
    checker.findings()
    counted_lines.clear()

    new = CostItem("新增", [Factor(Decimal(13), "个月")], Decimal(13))
    document.cost_items.insert(3, new)
    checker.touch("cost_items")
    findings = checker.findings()
    assert counted_lines == [new]
    assert ("cost.months-over-year", "cost_items[3].factors[0].value") in {(f.rule, f.path) for f in findings}

    counted_lines.clear()
    document.cost_items.insert(0, document.cost_items.pop(3))
    del document.cost_items[100]
    checker.touch("cost_items")
    findings = checker.findings()
    assert counted_lines == []
    # The cached finding follows its line to its new place.
    assert ("cost.months-over-year", "cost_items[0].factors[0].value") in {(f.rule, f.path) for f in findings}
    assert as_json(findings) == as_json(check_document(document))


def test_an_edit_to_a_clean_line_walks_no_other_line(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _big_document()
    checker = Checker(document)
    checker.findings()
    walked = []
    monkeypatch.setattr(type(document), "cost_total", property(lambda doc: walked.append("sum") or Decimal(0)))
    document.cost_items[7].factors[1].value += 1
    document.cost_items[7].recompute()
    checker.touch("cost_items[7].factors[1].value")
    findings = checker.findings()
    assert walked == []  # the total moved by the line's difference
    monkeypatch.undo()
    assert checker.cost_total == document.cost_total
    assert as_json(findings) == as_json(check_document(document))


def test_a_line_replaced_by_one_removed_earlier_is_checked_afresh() -> None:
    document = fresh_example()
    bad, good = CostItem("负数", [], Decimal("-5.00")), CostItem("正数", [], Decimal("10.00"))
    document.cost_items = [bad, good]
    checker = Checker(document)
    checker.findings()
    del document.cost_items[1]
    checker.touch("cost_items")
    checker.findings()
    document.cost_items[0] = good
    checker.touch("cost_items[0]")
    assert as_json(checker.findings()) == as_json(check_document(document))
    assert checker.cost_total == Decimal("10.00")


def test_a_removed_line_changed_outside_and_put_back_is_checked_afresh() -> None:
    document = fresh_example()
    line = document.cost_items.pop(1)
    checker = Checker(document)
    checker.findings()
    line.amount = Decimal("-3.00")
    document.cost_items.append(line)
    checker.touch("cost_items")
    assert ("cost.negative", "cost_items[4].amount") in {(f.rule, f.path) for f in checker.findings()}


def test_the_total_followed_by_differences_is_exact_for_huge_amounts() -> None:
    document = fresh_example()
    document.cost_items = [CostItem("巨额", [], Decimal("1e27")), CostItem("零头", [], Decimal("0.60"))]
    checker = Checker(document)
    checker.findings()
    document.cost_items[1].amount = Decimal("1.40")
    checker.touch("cost_items[1].amount")
    checker.findings()
    assert checker.cost_total == document.cost_total == Decimal("1000000000000000000000000001.40")


def test_findings_without_touch_run_nothing_again(counted_lines: list[CostItem]) -> None:
    checker = Checker(_big_document())
    first = checker.findings()
    counted_lines.clear()
    assert checker.findings() == first
    assert counted_lines == []


def test_ten_thousand_lines_check(counted_lines: list[CostItem]) -> None:
    document = fresh_example()
    document.cost_items = [document.cost_items[i % 5].copy() for i in range(10_000)]
    findings = check_document(document)
    assert len(counted_lines) == 10_000
    month_words = [f for f in findings if f.rule == "cost.month-words"]
    assert len(month_words) == 2_000
    assert month_words[-1].path == "cost_items[9995].factors[2].value"


def test_sort_and_count() -> None:
    document = fresh_example()
    document.indicators.annual[0].value = "得到提升"
    document.indicators.annual[1].value = "得到提升"
    findings = sort_findings(check_document(document))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    assert [order[f.severity] for f in findings] == sorted(order[f.severity] for f in findings)
    assert count_by_severity(findings) == {Severity.ERROR: 2, Severity.WARNING: 12, Severity.INFO: 1}
