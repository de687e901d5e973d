"""Rules on an indicator matrix: required groups, empty and duplicate rows, percentages, the cost indicator.

Groups are read as local forms name them (``Scheme.placed``: 进度 is 时效指标). A cost indicator may be the
total (compared with the period's 总投入), a part of it (the parts sum to at most 总投入), a unit cost
(≤2580元/人/月) or a rate (成本控制率≤100%).
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.findings import Finding, error, info, warning
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.rules.length import check_lengths
from gridbudget_gui.domain.rules.reviewer import check_goal_numbers, check_mid_term_pairs, check_rows
from gridbudget_gui.domain.schemes import Scheme
from gridbudget_gui.domain.targets import Target, is_time_target, parse_target


def check_matrix(document: Document, period: str, scheme: Scheme) -> list[Finding]:
    """The findings on the 中期 or 年度 indicator matrix under ``scheme``."""
    rows = document.indicators.matrix(period)
    base = Place.indicator(period)
    if not rows:
        return [error("indicator.matrix-empty", base, period=period)]
    findings: list[Finding] = []
    findings += _group_findings(rows, period, scheme)
    findings += _row_findings(rows, period, scheme)
    findings += _cost_findings(document, period, rows, scheme)
    findings += check_lengths(rows, str(base))
    findings += check_rows(rows, period, scheme, document)
    if period == "annual":
        findings += check_mid_term_pairs(document, scheme)
        findings += check_goal_numbers(document)
    # A date or a deadline (2021年12月底前, 按月支付) is measurable: it counts as quantitative.
    quantitative = sum(1 for row in rows if parse_target(row.value).is_quantitative or is_time_target(row.value))
    if quantitative * 2 < len(rows):
        findings.append(
            info("indicator.mostly-qualitative", base, period=period, quantitative=quantitative, count=len(rows))
        )
    return findings


def _group_findings(rows: list[Indicator], period: str, scheme: Scheme) -> list[Finding]:
    base = Place.indicator(period)
    findings: list[Finding] = []
    present = {placed for placed in (scheme.placed(row.level1, row.level2) for row in rows) if placed is not None}
    level1_present = {level1 for level1, _ in present}
    for group in scheme.groups:
        if group.required and group.name not in level1_present:
            # 满意度: the rules require it, but local practice lets a project go without it
            if group.advisory:
                findings.append(warning("indicator.level1-missing", base, period=period, group=group.name))
            else:
                findings.append(error("indicator.level1-missing", base, period=period, group=group.name))
            continue
        for sub in group.level2:
            if sub.required and group.name in level1_present and (group.name, sub.name) not in present:
                findings.append(error("indicator.level2-missing", base, period=period, group=group.name, sub=sub.name))
    return findings


def _row_findings(rows: list[Indicator], period: str, scheme: Scheme) -> list[Finding]:
    findings: list[Finding] = []
    names = Counter((row.level2, row.name.strip()) for row in rows if row.name.strip())
    reported: set[tuple[str, str]] = set()
    for i, row in enumerate(rows):
        group = scheme.group(row.level1)
        if group is None:
            findings.append(
                warning(
                    "indicator.unknown-group",
                    Place.indicator(period, i, "level1"),
                    variant="level1",
                    level1=row.level1,
                    scheme=scheme.title,
                )
            )
        elif group.level2_named(row.level2) is None:
            findings.append(
                warning(
                    "indicator.unknown-group",
                    Place.indicator(period, i, "level2"),
                    variant="level2",
                    level1=row.level1,
                    level2=row.level2,
                    scheme=scheme.title,
                )
            )
        if not row.name.strip():
            findings.append(error("indicator.name-empty", Place.indicator(period, i, "name")))
        key = (row.level2, row.name.strip())
        if names.get(key, 0) > 1 and key not in reported:
            reported.add(key)
            findings.append(
                warning("indicator.duplicate", Place.indicator(period, i, "name"), name=row.name, count=names[key])
            )
        is_cost = scheme.is_cost(row.level1, row.level2)
        value = Place.indicator(period, i, "value")
        if not row.value.strip():
            if is_cost:
                findings.append(error("indicator.cost-empty", value, name=row.name))
            else:
                findings.append(error("indicator.value-empty", value, name=row.name))
            continue
        target = parse_target(row.value)
        if target.is_percent and target.number is not None and not 0 <= target.number <= 100:
            findings.append(error("indicator.percent-range", value, name=row.name, percent=target.number))
        if scheme.is_satisfaction(row.level1) and not (target.is_percent and target.operator in ("≥", ">")):
            findings.append(warning("indicator.satisfaction-form", value, name=row.name))
    return findings


def _cost_findings(document: Document, period: str, rows: list[Indicator], scheme: Scheme) -> list[Finding]:
    cost_rows = [(i, row) for i, row in enumerate(rows) if scheme.is_cost(row.level1, row.level2)]
    if not cost_rows:
        return [error("indicator.cost-missing", Place.indicator(period), period=period)]
    budget = document.funding.row(period).total
    money = [(i, row, parse_target(row.value)) for i, row in cost_rows if row.value.strip()]
    findings: list[Finding] = []
    for i, row, target in money:
        if not _is_cost_form(target):
            findings.append(warning("indicator.cost-not-money", Place.indicator(period, i, "value"), name=row.name))
    amounts = [
        (i, row, t.number)
        for i, row, t in money
        if t.is_money and t.number is not None and not _UNIT_COST_NAME.search(row.name)
    ]  # a 补助标准 of so much per km or per person is a unit cost, never compared with the budget
    # The only amount is the total; otherwise a row whose name says so (全年…成本, 项目总成本) is.
    totals = amounts if len(amounts) == 1 else [a for a in amounts if _TOTAL_COST.search(a[1].name)]
    parts = [a for a in amounts if a not in totals]
    if totals and budget > 0 and not any(number == budget for _, _, number in totals):
        i, row, number = totals[0]
        findings.append(
            warning(
                "indicator.cost-mismatch",
                Place.indicator(period, i, "value"),
                name=row.name,
                amount=Decimal(number),
                period=period,
                budget=budget,
            )
        )
    summed = sum((number for _, _, number in parts), Decimal(0))
    if len(parts) > 1 and budget > 0 and summed > budget:
        findings.append(
            warning(
                "indicator.cost-mismatch",
                Place.indicator(period, parts[0][0], "value"),
                variant="parts",
                count=len(parts),
                amount=summed,
                period=period,
                budget=budget,
            )
        )
    return findings


_UNIT_COST_NAME = re.compile(r"标准|单价|每|人均|户均|亩均|平均|单位成本|单项|/")
_TOTAL_COST = re.compile(r"总|全年|全部|合计|全额|项目成本|经费成本|年度成本|预算成本")


def _is_cost_form(target: Target) -> bool:
    """An amount (元, 万元), a unit cost (2580元/人/月) or a rate (成本控制率 ≤100%)."""
    return target.number is not None and (
        target.is_money or target.is_percent or target.unit.startswith(("元/", "万元/", "亿元/"))
    )
