"""Rules on 资金来源: 总投入 equals the sum of the sources, and 年度 stays within 中期."""

from __future__ import annotations

from gridbudget_gui.domain.document import PERIODS, SOURCE_KEYS, SOURCE_LABELS, Document
from gridbudget_gui.domain.findings import Finding, error, warning
from gridbudget_gui.domain.place import Place


def check_funding(document: Document) -> list[Finding]:
    """Both funding rows: sums, signs, and 年度 ≤ 中期 column by column."""
    findings: list[Finding] = []
    funding = document.funding
    for period in PERIODS:
        row = funding.row(period)
        for key in SOURCE_LABELS:
            if row.get(key) < 0:
                findings.append(error("funding.negative", Place.funding(period, key), period=period, source=key))
        sources = row.sources_sum()
        if sources not in (row.total, 0):  # a total with no breakdown is not a wrong breakdown
            findings.append(
                error(
                    "funding.total-sources",
                    Place.funding(period, "total"),
                    period=period,
                    total=row.total,
                    sources=sources,
                )
            )
    if funding.annual.total == 0:
        findings.append(warning("funding.annual-empty", Place.funding("annual", "total")))
    mid_term_given = any(funding.mid_term.get(key) for key in SOURCE_LABELS)
    if mid_term_given:
        for key in ("total", *SOURCE_KEYS):
            annual, mid_term = funding.annual.get(key), funding.mid_term.get(key)
            if annual > mid_term:
                findings.append(
                    error(
                        "funding.annual-exceeds-mid-term",
                        Place.funding("annual", key),
                        source=key,
                        annual=annual,
                        mid_term=mid_term,
                    )
                )
    else:
        findings.append(warning("funding.mid-term-empty", Place.funding("mid_term", "total")))
    return findings
