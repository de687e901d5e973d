"""Rules on the budget system's dimensions: 经济分类 per cost line, 政府采购, the 中期 plan by year, 运行监控.

Per line (run with the other line rules, so an edit re-checks only its line):
- ``cost.economic-class-unknown``: a code the bundled list does not have;
- ``cost.economic-class-capital``: a capital good (equipment, vehicles, terminals bought) under 302 商品和服务支出;
- ``cost.economic-class-service``: a service (labour, commissioned work, monthly fees…) under 310 资本性支出;
- ``cost.economic-class-wages``: 工资福利支出 (301) in a project: 在编 staff are paid from the basic budget;
- ``cost.procurement-unmarked``: goods, services or works of ``PROCUREMENT_THRESHOLD`` or more not marked for
  政府采购 (a hint, on lines that carry a 经济分类: a declaration that never entered the system's dimensions is
  not told about them); ``cost.procurement-unknown``: a 品目 other than 货物, 服务, 工程.

On the document: ``funding.years-total`` (the years do not add up to 中期 总投入), ``funding.years-first`` (the
budget year's amount is not 年度 总投入), ``project.function-class-unknown``, and the 运行监控 rules
(``monitoring.*``): a 监控时点 that is not a date or lies outside the budget year, execution behind time progress,
and a red or yellow indicator without a cause and a measure.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from gridbudget_gui.domain.classify import suggest_rule
from gridbudget_gui.domain.codes import (
    CAPITAL_CLASS,
    GOODS_AND_SERVICES_CLASS,
    WAGES_CLASS,
    class_of,
    economic_codes,
    function_codes,
)
from gridbudget_gui.domain.dates import parse_date
from gridbudget_gui.domain.document import MONITORING_CAUSES, PROCUREMENT_KINDS, CostItem, Document
from gridbudget_gui.domain.findings import Finding, error, info, warning
from gridbudget_gui.domain.money import money_sum
from gridbudget_gui.domain.monitoring import ALERT_LABELS, monitor
from gridbudget_gui.domain.place import Place

PROCUREMENT_THRESHOLD = Decimal(300_000)
"""A line of goods, services or works of this many 元 or more should be marked for 政府采购 (a hint, not a
rule of law): 30万元 is the 县（市、区）级 figure a published provincial 集中采购目录及限额标准 uses; provinces set
their own 分散采购限额 (often 100万元 for goods and services), so this is a setting to adjust."""

_CLASS = Place(("economic_class",))
_PROCUREMENT = Place(("procurement",))


def check_line_system(item: CostItem) -> Iterator[Finding]:
    """The findings of one cost line on its 经济分类 and 政府采购, with places relative to the line."""
    name = item.name
    code = item.economic_class.strip()
    codes = economic_codes()
    rule = None
    if code:
        entry = codes.get(code)
        if entry is None:
            yield warning("cost.economic-class-unknown", _CLASS, name=name, code=code, year=codes.year)
        else:
            rule = suggest_rule(item, codes)
            booked, suggested = class_of(code), class_of(rule.code)
            if booked == GOODS_AND_SERVICES_CLASS and suggested == CAPITAL_CLASS:
                yield warning(
                    "cost.economic-class-capital",
                    _CLASS,
                    name=name,
                    code=entry.label,
                    suggested=codes.label(rule.code),
                )
            elif booked == CAPITAL_CLASS and suggested == GOODS_AND_SERVICES_CLASS and rule.procurement != "货物":
                yield warning(
                    "cost.economic-class-service", _CLASS, name=name, code=entry.label, suggested=codes.label(rule.code)
                )
            elif booked == WAGES_CLASS:
                yield warning("cost.economic-class-wages", _CLASS, name=name, code=entry.label)
    kind = item.procurement.strip()
    if kind and kind not in PROCUREMENT_KINDS:
        yield warning("cost.procurement-unknown", _PROCUREMENT, name=name, kind=kind)
    elif not kind and code and item.amount >= PROCUREMENT_THRESHOLD:
        rule = rule or suggest_rule(item, codes)
        if rule.procurement:
            yield info(
                "cost.procurement-unmarked",
                _PROCUREMENT,
                name=name,
                kind=rule.procurement,
                amount=item.amount,
                threshold=PROCUREMENT_THRESHOLD,
            )


def check_system(document: Document) -> list[Finding]:
    """The document's findings on 功能分类, the 中期 plan by year and the 运行监控."""
    return list(_years(document)) + list(_function(document)) + list(_monitoring(document))


def _years(document: Document) -> Iterator[Finding]:
    funding = document.funding
    years = funding.years
    if not years:
        return
    place = Place.of("funding.years")
    total = money_sum(years.values())
    if total != funding.mid_term.total:
        plan = " + ".join(f"{amount:,.2f}" for _year, amount in sorted(years.items()))
        yield error("funding.years-total", place, plan=plan, total=total, mid_term=funding.mid_term.total)
    first_year = str(document.year) if document.year is not None and str(document.year) in years else min(years)
    if years[first_year] != funding.annual.total:
        yield error(
            "funding.years-first", place, year=first_year, amount=years[first_year], annual=funding.annual.total
        )


def _function(document: Document) -> Iterator[Finding]:
    code = document.project.function_class.strip()
    if code and function_codes().get(code) is None:
        yield info("project.function-class-unknown", Place.of("project.function_class"), code=code)


def _monitoring(document: Document) -> Iterator[Finding]:
    block = document.monitoring
    if block.is_empty and not any(row.progress or row.forecast for row in document.indicators.annual):
        return
    if block.as_of:
        date = parse_date(block.as_of)
        if date is None:
            yield error("monitoring.as-of-invalid", Place.of("monitoring.as_of"), text=block.as_of)
            return
        if document.year is not None and date.year != document.year:
            yield warning("monitoring.as-of-year", Place.of("monitoring.as_of"), text=block.as_of, year=document.year)
    report = monitor(document)
    rate, progress, where = report.execution_rate, report.time_progress, Place.of("monitoring.spent")
    if rate is not None and progress is not None:
        label = ALERT_LABELS[report.alert]
        if report.alert == "red":
            yield warning(
                "monitoring.execution-behind", where, variant="red", rate=rate, progress=progress, alert=label
            )
        elif report.alert == "yellow":
            yield warning(
                "monitoring.execution-behind", where, variant="yellow", rate=rate, progress=progress, alert=label
            )
    for row in report.indicators:
        cause = row.cause.strip()
        if row.needs_explanation:
            yield warning(
                "monitoring.cause-missing",
                Place.indicator("annual", row.index, "cause"),
                name=row.name,
                alert=ALERT_LABELS[row.alert],
            )
        elif cause and cause not in MONITORING_CAUSES:
            yield info(
                "monitoring.cause-other",
                Place.indicator("annual", row.index, "cause"),
                name=row.name,
                cause=cause,
                causes=MONITORING_CAUSES,
            )
