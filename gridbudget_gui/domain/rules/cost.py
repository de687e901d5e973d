"""Rules on the cost breakdown (测算明细): each line on its own, and the total against the funding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate
from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.findings import Finding, Severity, error, warning
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.numbers import DIGIT, number_value
from gridbudget_gui.domain.rules.length import SURELY_FITS, line_lengths

LineFinding = tuple[Severity, str, str, str]
"""A finding on one cost line: severity, rule, the path below ``cost_items[i]``, message."""

_MONTH_SPAN = re.compile(rf"(?<!\d)({DIGIT}{{1,2}})\s*[-—–~～至到]\s*({DIGIT}{{1,2}})\s*月")
_MONTH_UNIT = re.compile(r"^\s*(个)?月(份)?\s*$")


def is_month_count(unit: str) -> bool:
    """True when a factor's unit counts months (月, 个月), as opposed to a rate such as 元/月."""
    return _MONTH_UNIT.match(unit) is not None


def check_line(item: CostItem) -> list[LineFinding]:
    """The findings on one cost line, with paths relative to the line."""
    return list(_line_findings(item))


def _line_findings(item: CostItem) -> Iterator[LineFinding]:
    label = f"“{item.name}”" if item.name.strip() else "未命名的支出"
    if not item.name.strip() and (item.factors or item.amount):
        yield Severity.WARNING, "cost.name-empty", ".name", "这一行有金额但没有填写支出内容"
    for j, factor in enumerate(item.factors):
        if len(factor.unit) > SURELY_FITS or len(factor.expression) > SURELY_FITS:
            texts = [(f".factors[{j}].unit", factor.unit), (f".factors[{j}].expression", factor.expression)]
            yield from line_lengths(texts, label)
        if factor.value < 0:
            yield Severity.ERROR, "cost.negative", f".factors[{j}].value", f"{label}的因子不能为负数"
        if factor.expression:
            try:
                typed = evaluate(factor.expression)
            except ExpressionError as problem:
                yield (
                    Severity.WARNING,
                    "cost.expression-invalid",
                    f".factors[{j}].expression",
                    f"{label}的算式“{factor.expression}”无法计算：{problem}",
                )
            else:
                if typed != factor.value:
                    yield (
                        Severity.WARNING,
                        "cost.expression-mismatch",
                        f".factors[{j}].expression",
                        f"{label}的算式“{factor.expression}”得 {typed}，与因子 {factor.value} 不符",
                    )
    product = item.product()
    if product is not None and product != item.amount:
        yield (
            Severity.ERROR,
            "cost.amount-mismatch",
            ".amount",
            f"{label}的金额 {format_money(item.amount)} 元与各因子之积 {format_money(product)} 元不符",
        )
    if item.amount < 0:
        yield Severity.ERROR, "cost.negative", ".amount", f"{label}的金额不能为负数"
    elif item.amount == 0 and item.name.strip():
        yield Severity.WARNING, "cost.amount-zero", ".amount", f"{label}的金额为零"
    yield from _month_findings(item, label)
    if len(item.name) > SURELY_FITS or len(item.note) > SURELY_FITS:
        yield from line_lengths([(".name", item.name), (".note", item.note)], label)


def _month_findings(item: CostItem, label: str) -> Iterator[LineFinding]:
    months = [(j, f.value) for j, f in enumerate(item.factors) if is_month_count(f.unit)]
    for j, count in months:
        if count > 12:
            yield (
                Severity.WARNING,
                "cost.months-over-year",
                f".factors[{j}].value",
                f"{label}按 {count} 个月计算，超过一个预算年度的12个月",
            )
    span = _MONTH_SPAN.search(item.name)
    if span is None or not months:
        return
    first, last = int(number_value(span[1])), int(number_value(span[2]))
    if not 1 <= first <= last <= 12:
        return
    named = last - first + 1
    for j, count in months:
        if count != named:
            yield (
                Severity.WARNING,
                "cost.month-words",
                f".factors[{j}].value",
                f"{label}写的是{first}-{last}月份（{named}个月），但按 {count} 个月计算",
            )


def check_totals(document: Document, total: Decimal | None = None) -> list[Finding]:
    """The cost table as a whole: that it has lines, and that its total (given, or summed) equals 年度 总投入."""
    findings: list[Finding] = []
    if not document.cost_items:
        findings.append(warning("cost.no-lines", "cost_items", "测算明细没有任何支出行"))
        return findings
    if total is None:
        total = document.cost_total
    annual = document.funding.annual.total
    if total != annual:
        findings.append(
            error(
                "cost.total-funding",
                "cost_total",
                f"测算明细合计 {format_money(total)} 元与年度资金来源总投入 {format_money(annual)} 元不符（相差 {format_money(total - annual)} 元）",
            )
        )
    return findings
