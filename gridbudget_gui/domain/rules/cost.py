"""Rules on the cost breakdown (测算明细): each line on its own, and the total against the funding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate
from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.findings import Finding, error, warning
from gridbudget_gui.domain.numbers import DIGIT, number_value
from gridbudget_gui.domain.place import COST_ITEMS, Place
from gridbudget_gui.domain.rules.length import SURELY_FITS, line_lengths
from gridbudget_gui.domain.rules.system import check_line_system

LineFinding = Finding
"""A finding on one cost line, its place relative to the line (``amount``, ``factors[1].value``); the checker
places it under ``cost_items[i]``."""

_MONTH_SPAN = re.compile(rf"(?<!\d)({DIGIT}{{1,2}})\s*[-—–~～至到]\s*({DIGIT}{{1,2}})\s*月")
_MONTH_UNIT = re.compile(r"^\s*(个)?月(份)?\s*$")
_AMOUNT = Place(("amount",))


def is_month_count(unit: str) -> bool:
    """True when a factor's unit counts months (月, 个月), as opposed to a rate such as 元/月."""
    return _MONTH_UNIT.match(unit) is not None


def check_line(item: CostItem) -> list[LineFinding]:
    """The findings on one cost line, with places relative to the line."""
    return list(_line_findings(item))


def _factor(j: int, part: str) -> Place:
    return Place(("factors", j, part))


def _line_findings(item: CostItem) -> Iterator[LineFinding]:
    name = item.name
    if not name.strip() and (item.factors or item.amount):
        yield warning("cost.name-empty", Place(("name",)))
    for j, factor in enumerate(item.factors):
        if len(factor.unit) > SURELY_FITS or len(factor.expression) > SURELY_FITS:
            texts = [(_factor(j, "unit"), factor.unit), (_factor(j, "expression"), factor.expression)]
            yield from line_lengths(texts, name)
        if factor.value < 0:
            yield error("cost.negative", _factor(j, "value"), variant="factor", name=name)
        if factor.expression:
            try:
                typed = evaluate(factor.expression)
            except ExpressionError as problem:
                yield error(
                    "cost.expression-invalid",
                    _factor(j, "expression"),
                    name=name,
                    expression=factor.expression,
                    problem=problem.problem,
                )
            else:
                if typed != factor.value:
                    yield warning(
                        "cost.expression-mismatch",
                        _factor(j, "expression"),
                        name=name,
                        expression=factor.expression,
                        result=typed,
                        value=factor.value,
                    )
    product = item.product()
    if product is not None and product != item.amount:
        yield error("cost.amount-mismatch", _AMOUNT, name=name, amount=item.amount, product=product)
    if item.amount < 0:
        yield error("cost.negative", _AMOUNT, variant="amount", name=name)
    elif item.amount == 0 and name.strip():
        yield warning("cost.amount-zero", _AMOUNT, name=name)
    yield from _month_findings(item)
    if item.economic_class or item.procurement:
        yield from check_line_system(item)
    if len(item.name) > SURELY_FITS or len(item.note) > SURELY_FITS:
        yield from line_lengths([(Place(("name",)), item.name), (Place(("note",)), item.note)], name)


def _month_findings(item: CostItem) -> Iterator[LineFinding]:
    months = [(j, f.value) for j, f in enumerate(item.factors) if is_month_count(f.unit)]
    for j, count in months:
        if count > 12:
            yield warning("cost.months-over-year", _factor(j, "value"), name=item.name, months=count)
    span = _MONTH_SPAN.search(item.name)
    if span is None or not months:
        return
    first, last = int(number_value(span[1])), int(number_value(span[2]))
    if not 1 <= first <= last <= 12:
        return
    named = last - first + 1
    for j, count in months:
        if count != named:
            yield warning(
                "cost.month-words",
                _factor(j, "value"),
                name=item.name,
                first=first,
                last=last,
                named=named,
                months=count,
            )


def check_totals(document: Document, total: Decimal | None = None) -> list[Finding]:
    """The cost table as a whole: that it has lines, and that its total (given, or summed) equals 年度 总投入."""
    findings: list[Finding] = []
    if not document.cost_items:
        findings.append(warning("cost.no-lines", COST_ITEMS))
        return findings
    if total is None:
        total = document.cost_total
    annual = document.funding.annual.total
    if total != annual:
        findings.append(
            error("cost.total-funding", Place.of("cost_total"), total=total, annual=annual, difference=total - annual)
        )
    return findings
