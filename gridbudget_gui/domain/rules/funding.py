"""Rules on 资金来源: 总投入 equals the sum of the sources, and 年度 stays within 中期."""

from __future__ import annotations

from gridbudget_gui.domain.document import PERIOD_LABELS, PERIODS, SOURCE_KEYS, SOURCE_LABELS, Document
from gridbudget_gui.domain.findings import Finding, error, warning
from gridbudget_gui.domain.money import format_money


def check_funding(document: Document) -> list[Finding]:
    """Both funding rows: sums, signs, and 年度 ≤ 中期 column by column."""
    findings: list[Finding] = []
    funding = document.funding
    for period in PERIODS:
        row = funding.row(period)
        label = PERIOD_LABELS[period]
        for key in SOURCE_LABELS:
            if row.get(key) < 0:
                findings.append(
                    error("funding.negative", f"funding.{period}.{key}", f"{label}{SOURCE_LABELS[key]}不能为负数")
                )
        sources = row.sources_sum()
        if row.total != sources:
            findings.append(
                error(
                    "funding.total-sources",
                    f"funding.{period}.total",
                    f"{label}总投入 {format_money(row.total)} 元与各来源之和 {format_money(sources)} 元不符",
                )
            )
    if funding.annual.total == 0:
        findings.append(warning("funding.annual-empty", "funding.annual.total", "年度资金来源总投入为零"))
    mid_term_given = any(funding.mid_term.get(key) for key in SOURCE_LABELS)
    if mid_term_given:
        for key in ("total", *SOURCE_KEYS):
            annual, mid_term = funding.annual.get(key), funding.mid_term.get(key)
            if annual > mid_term:
                findings.append(
                    error(
                        "funding.annual-exceeds-mid-term",
                        f"funding.annual.{key}",
                        f"年度{SOURCE_LABELS[key]} {format_money(annual)} 元超过中期 {format_money(mid_term)} 元",
                    )
                )
    else:
        findings.append(warning("funding.mid-term-empty", "funding.mid_term.total", "中期资金来源没有填写"))
    return findings
