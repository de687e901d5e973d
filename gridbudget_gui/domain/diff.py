"""What differs between two declarations (``gridbudget diff A B``), field by field and line by line.

Cost lines and indicators are matched by name, in order (a longest common subsequence of the names, as ``diff``
does with lines): a line inserted in B is one ``added``, not a cascade of ``changed`` below it. Where a run of
lines in A is replaced by a run of as many lines in B, they are paired in order, so a renamed line reads as its
name ``changed`` rather than one removal and one addition. ``where`` indexes B (A for a removal). Values are
texts: money with two places in 元, factors as written (158人 × 2580元 × 11个月), absent values ``None``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any

from gridbudget_gui.domain.document import (
    INDICATOR_EXTRA_FIELDS,
    PERIOD_LABELS,
    PERIODS,
    SOURCE_LABELS,
    CostItem,
    Document,
    Indicator,
)
from gridbudget_gui.domain.money import plain_decimal
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.place_words import FIELD_NAMES
from gridbudget_gui.domain.targets import shown_field


@dataclass(frozen=True)
class Change:
    """One difference: where (a JSON path), kind (added, removed, changed) and the two values."""

    where: str
    kind: str
    a: str | None
    b: str | None

    def to_json(self) -> dict[str, str | None]:
        """The change as in ``diff --json``."""
        return {"where": self.where, "kind": self.kind, "a": self.a, "b": self.b}


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _factors(item: CostItem) -> str:
    return " × ".join(f"{plain_decimal(f.value)}{f.unit}" for f in item.factors)


def _line_summary(item: CostItem) -> str:
    return f"{item.name}（{item.amount:.2f}元）"


def _indicator_summary(row: Indicator) -> str:
    return f"{row.level1}/{row.level2}/{row.name}：{row.value}"


def _compare(changes: list[Change], where: str, a: Any, b: Any) -> None:
    if a != b:
        changes.append(Change(where, "changed", a, b))


def _pairs[Row: (CostItem, Indicator)](
    a: Sequence[Row], b: Sequence[Row], key: Callable[[Row], str]
) -> list[tuple[int | None, int | None]]:
    """Rows of A and B paired by name in order: (i, j), (i, None) removed, (None, j) added."""
    matcher = SequenceMatcher(None, [key(row) for row in a], [key(row) for row in b], autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and a2 - a1 == b2 - b1):
            pairs += list(zip(range(a1, a2), range(b1, b2), strict=True))
        else:
            pairs += [(i, None) for i in range(a1, a2)]
            pairs += [(None, j) for j in range(b1, b2)]
    return pairs


def _cost_changes(a: Document, b: Document) -> list[Change]:
    changes: list[Change] = []
    for i, j in _pairs(a.cost_items, b.cost_items, lambda item: item.name.strip()):
        if j is None:
            assert i is not None
            changes.append(Change(str(Place.cost(i)), "removed", _line_summary(a.cost_items[i]), None))
        elif i is None:
            changes.append(Change(str(Place.cost(j)), "added", None, _line_summary(b.cost_items[j])))
        else:
            old, new = a.cost_items[i], b.cost_items[j]
            _compare(changes, str(Place.cost(j, "name")), old.name, new.name)
            _compare(changes, f"{Place.cost(j)}.factors", _factors(old), _factors(new))
            _compare(changes, str(Place.cost(j, "amount")), _money(old.amount), _money(new.amount))
            _compare(changes, str(Place.cost(j, "note")), old.note, new.note)
            _compare(changes, str(Place.cost(j, "economic_class")), old.economic_class, new.economic_class)
            _compare(changes, str(Place.cost(j, "procurement")), old.procurement, new.procurement)
    return changes


def _indicator_key(row: Indicator) -> tuple[str, str]:
    return row.level1.strip(), row.name.strip()


def _indicator_pairs(rows_a: list[Indicator], rows_b: list[Indicator]) -> list[tuple[int | None, int | None]]:
    """Indicator rows paired by group and name wherever they stand (the workbook writes a matrix in the scheme's
    order: a reorder is not a change); the rows left over paired by name in order, as cost lines are, so a
    renamed row reads as its name changed."""
    waiting: dict[tuple[str, str], list[int]] = {}
    for i, row in enumerate(rows_a):
        waiting.setdefault(_indicator_key(row), []).append(i)
    matched: dict[int, int] = {}
    for j, row in enumerate(rows_b):
        candidates = waiting.get(_indicator_key(row))
        if candidates:
            matched[j] = candidates.pop(0)
    used = set(matched.values())
    left_a = [i for i in range(len(rows_a)) if i not in used]
    left_b = [j for j in range(len(rows_b)) if j not in matched]
    rest = _pairs([rows_a[i] for i in left_a], [rows_b[j] for j in left_b], lambda row: row.name.strip())
    pairs: list[tuple[int | None, int | None]] = [(i, j) for j, i in matched.items()]
    for at_a, at_b in rest:
        pairs.append((None if at_a is None else left_a[at_a], None if at_b is None else left_b[at_b]))
    # In the order of B (a removal where A had it), as the form reads.
    return sorted(pairs, key=lambda pair: (pair[1] if pair[1] is not None else pair[0] or 0, pair[1] is None))


def _indicator_changes(a: Document, b: Document, period: str) -> list[Change]:
    changes: list[Change] = []
    rows_a, rows_b = a.indicators.matrix(period), b.indicators.matrix(period)
    for i, j in _indicator_pairs(rows_a, rows_b):
        if j is None:
            assert i is not None
            changes.append(Change(str(Place.indicator(period, i)), "removed", _indicator_summary(rows_a[i]), None))
        elif i is None:
            changes.append(Change(str(Place.indicator(period, j)), "added", None, _indicator_summary(rows_b[j])))
        else:
            for field in ("level1", "level2", "name", "value", *INDICATOR_EXTRA_FIELDS):
                # 计算符号/计量单位 as the window and every output show them: read from the value when not set.
                old, new = shown_field(rows_a[i], field), shown_field(rows_b[j], field)
                _compare(changes, str(Place.indicator(period, j, field)), old, new)
    return changes


def diff_documents(a: Document, b: Document) -> list[Change]:
    """Every difference between ``a`` and ``b``, in the order of the form."""
    changes: list[Change] = []
    _compare(changes, "year", None if a.year is None else str(a.year), None if b.year is None else str(b.year))
    _compare(changes, "scheme", a.scheme, b.scheme)
    for path in FIELD_NAMES:
        place = Place.parse(path)
        _compare(changes, path, place.get_text(a), place.get_text(b))
    for index in range(max(len(a.project.basis), len(b.project.basis))):
        old = a.project.basis[index] if index < len(a.project.basis) else None
        new = b.project.basis[index] if index < len(b.project.basis) else None
        if old != new:
            kind = "added" if old is None else "removed" if new is None else "changed"
            changes.append(Change(f"project.basis[{index}]", kind, old, new))
    _compare(changes, "project.function_class", a.project.function_class, b.project.function_class)
    changes += _cost_changes(a, b)
    for period in PERIODS:
        for column in SOURCE_LABELS:
            old_amount, new_amount = a.funding.row(period).get(column), b.funding.row(period).get(column)
            _compare(changes, str(Place.funding(period, column)), _money(old_amount), _money(new_amount))
    changes += _years_changes(a, b)
    for period in PERIODS:
        changes += _indicator_changes(a, b, period)
    for field in ("budget", "spent"):
        _compare(
            changes, f"execution.{field}", _money(getattr(a.execution, field)), _money(getattr(b.execution, field))
        )
    for field in ("weight", "score", "date"):
        _compare(changes, f"execution.{field}", getattr(a.execution, field), getattr(b.execution, field))
    _compare(changes, "monitoring.as_of", a.monitoring.as_of or None, b.monitoring.as_of or None)
    _compare(changes, "monitoring.spent", _money(a.monitoring.spent), _money(b.monitoring.spent))
    return changes


def _years_changes(a: Document, b: Document) -> list[Change]:
    """The 中期 plan by year, year by year: a year only in B is ``added``, only in A ``removed``."""
    changes: list[Change] = []
    years_a, years_b = a.funding.years, b.funding.years
    for year in sorted(set(years_a) | set(years_b)):
        old, new = _money(years_a.get(year)), _money(years_b.get(year))
        if old != new:
            kind = "added" if old is None else "removed" if new is None else "changed"
            changes.append(Change(f"funding.years.{year}", kind, old, new))
    return changes


def totals(a: Document, b: Document) -> dict[str, dict[str, str]]:
    """The totals side by side: 合计 of the cost lines and 年度/中期 总投入 (derived, so never listed as changes)."""
    return {
        "cost_total": {"a": f"{a.cost_total:.2f}", "b": f"{b.cost_total:.2f}"},
        "annual_funding": {"a": f"{a.funding.annual.total:.2f}", "b": f"{b.funding.annual.total:.2f}"},
        "mid_term_funding": {"a": f"{a.funding.mid_term.total:.2f}", "b": f"{b.funding.mid_term.total:.2f}"},
    }


def diff_to_json(a: str, b: str, changes: list[Change], sums: dict[str, dict[str, str]]) -> dict[str, object]:
    """The ``diff --json`` object of docs/interface.md, with the totals compared beside the changes."""
    return {"a": a, "b": b, "changes": [change.to_json() for change in changes], "totals": sums}


def format_changes(changes: list[Change]) -> str:
    """The changes as lines for the terminal: 新增 / 删除 / 修改, the place in the form's words (never a JSON key)
    and both values."""
    from gridbudget_gui.domain.place_words import describe_place

    words = {"added": "新增", "removed": "删除", "changed": "修改"}
    lines = []
    for change in changes:
        at = Place.parse(change.where) if not change.where.startswith("funding.years.") else None
        if at is None:  # a year is a JSON key the document's places do not spell
            place = f"中期分年度计划 {change.where.rsplit('.', 1)[1]} 年"
        elif at.row is not None and at.field is None:
            table = "测算明细" if at.table == "cost_items" else f"{PERIOD_LABELS[str(at.steps[1])]}绩效指标"
            place = f"{table}第 {at.row + 1} 行"
        else:
            place = describe_place(change.where).strip("“”")
        if change.kind == "changed":
            lines.append(f"  [{words[change.kind]}] {place}：{change.a or '（空）'} → {change.b or '（空）'}")
        else:
            lines.append(f"  [{words[change.kind]}] {place}：{change.b or change.a}")
    return "\n".join(lines) if lines else "  两份申报书内容相同"
