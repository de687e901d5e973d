"""Rules on an indicator matrix: required groups, empty and duplicate rows, percentages, the cost indicator."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from gridbudget_gui.domain.document import PERIOD_LABELS, Document, Indicator
from gridbudget_gui.domain.findings import Finding, error, info, warning
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.rules.length import check_lengths
from gridbudget_gui.domain.schemes import Scheme
from gridbudget_gui.domain.targets import parse_target


def check_matrix(document: Document, period: str, scheme: Scheme) -> list[Finding]:
    """The findings on the 中期 or 年度 indicator matrix under ``scheme``."""
    rows = document.indicators.matrix(period)
    base = f"indicators.{period}"
    label = PERIOD_LABELS[period]
    if not rows:
        return [error("indicator.matrix-empty", base, f"{label}绩效指标表是空的")]
    findings: list[Finding] = []
    findings += _group_findings(rows, base, label, scheme)
    findings += _row_findings(rows, base, scheme)
    findings += _cost_findings(document, period, rows, base, label, scheme)
    findings += check_lengths(rows, base)
    quantitative = sum(1 for row in rows if parse_target(row.value).is_quantitative)
    if quantitative * 2 < len(rows):
        findings.append(
            info(
                "indicator.mostly-qualitative",
                base,
                f"{label}指标中定量指标只有 {quantitative} 个（共 {len(rows)} 个），应以定量指标为主",
            )
        )
    return findings


def _group_findings(rows: list[Indicator], base: str, label: str, scheme: Scheme) -> list[Finding]:
    findings: list[Finding] = []
    present = {(row.level1, row.level2) for row in rows}
    level1_present = {level1 for level1, _ in present}
    for group in scheme.groups:
        if group.required and group.name not in level1_present:
            findings.append(error("indicator.level1-missing", base, f"{label}指标缺少一级指标“{group.name}”"))
            continue
        for sub in group.level2:
            if sub.required and group.name in level1_present and (group.name, sub.name) not in present:
                findings.append(
                    error("indicator.level2-missing", base, f"{label}指标的“{group.name}”缺少二级指标“{sub.name}”")
                )
    return findings


def _row_findings(rows: list[Indicator], base: str, scheme: Scheme) -> list[Finding]:
    findings: list[Finding] = []
    names = Counter((row.level2, row.name.strip()) for row in rows if row.name.strip())
    reported: set[tuple[str, str]] = set()
    for i, row in enumerate(rows):
        where = f"{base}[{i}]"
        group = scheme.group(row.level1)
        if group is None:
            findings.append(
                warning("indicator.unknown-group", f"{where}.level1", f"一级指标“{row.level1}”不在“{scheme.title}”中")
            )
        elif row.level2 not in group.level2_names():
            findings.append(
                warning(
                    "indicator.unknown-group",
                    f"{where}.level2",
                    f"二级指标“{row.level2}”不属于一级指标“{row.level1}”（{scheme.title}）",
                )
            )
        if not row.name.strip():
            findings.append(error("indicator.name-empty", f"{where}.name", "三级指标没有填写名称"))
        key = (row.level2, row.name.strip())
        if names.get(key, 0) > 1 and key not in reported:
            reported.add(key)
            findings.append(
                warning("indicator.duplicate", f"{where}.name", f"指标“{row.name}”重复出现 {names[key]} 次")
            )
        is_cost = scheme.is_cost(row.level1, row.level2)
        if not row.value.strip():
            if is_cost:
                findings.append(error("indicator.cost-empty", f"{where}.value", f"成本指标“{row.name}”没有指标值"))
            else:
                findings.append(error("indicator.value-empty", f"{where}.value", f"指标“{row.name}”没有指标值"))
            continue
        target = parse_target(row.value)
        if target.is_percent and target.number is not None and not 0 <= target.number <= 100:
            findings.append(
                error(
                    "indicator.percent-range", f"{where}.value", f"指标“{row.name}”的百分比 {target.number}% 超出 0–100"
                )
            )
        if row.level1 == scheme.satisfaction_level1 and not (target.is_percent and target.operator in ("≥", ">")):
            findings.append(
                warning(
                    "indicator.satisfaction-form",
                    f"{where}.value",
                    f"满意度指标“{row.name}”一般应写成“≥某百分比”，如 ≥90%",
                )
            )
    return findings


def _cost_findings(
    document: Document, period: str, rows: list[Indicator], base: str, label: str, scheme: Scheme
) -> list[Finding]:
    cost_rows = [(i, row) for i, row in enumerate(rows) if scheme.is_cost(row.level1, row.level2)]
    if not cost_rows:
        return [error("indicator.cost-missing", base, f"{label}指标没有成本指标")]
    budget = document.funding.row(period).total
    money = [(i, row, parse_target(row.value)) for i, row in cost_rows if row.value.strip()]
    findings: list[Finding] = []
    for i, row, target in money:
        if not target.is_money:
            findings.append(
                warning("indicator.cost-not-money", f"{base}[{i}].value", f"成本指标“{row.name}”应写明金额（元或万元）")
            )
    amounts = [(i, row, t.number) for i, row, t in money if t.is_money and t.number is not None]
    if amounts and budget > 0 and not any(number == budget for _, _, number in amounts):
        i, row, number = amounts[0]
        findings.append(
            warning(
                "indicator.cost-mismatch",
                f"{base}[{i}].value",
                f"成本指标“{row.name}”为 {format_money(Decimal(number))} 元，与{label}预算 {format_money(budget)} 元不一致",
            )
        )
    return findings
