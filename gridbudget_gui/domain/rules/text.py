"""Rules on text that restates figures: 资金安排情况 and the breakdown copied into 预算绩效说明."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.breakdown import stated_amounts
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, warning
from gridbudget_gui.domain.money import amounts_in
from gridbudget_gui.domain.place import Place

_NOTES = Place.of("project.budget_notes")


def check_text(document: Document, total: Decimal | None = None) -> list[Finding]:
    """Figures restated in text against the cost table and its total (given, or summed)."""
    findings: list[Finding] = []
    if total is None:
        total = document.cost_total
    stated = amounts_in(document.project.funding_arrangement)
    if stated and total not in stated:
        findings.append(
            warning("text.arrangement-amount", Place.of("project.funding_arrangement"), stated=stated[-1], total=total)
        )
    findings += _notes_findings(document)
    return findings


def _notes_findings(document: Document) -> list[Finding]:
    lines = notes_breakdown(document.project.budget_notes)
    if not lines:
        return []
    findings: list[Finding] = []
    items = document.cost_items
    for number, amount in lines:
        if not 1 <= number <= len(items):
            findings.append(warning("text.notes-breakdown", _NOTES, variant="missing-line", number=number))
        elif amount is not None and amount != items[number - 1].amount:
            findings.append(
                warning(
                    "text.notes-breakdown",
                    _NOTES,
                    variant="amount",
                    number=number,
                    amount=amount,
                    line_amount=items[number - 1].amount,
                )
            )
    if len(lines) < len(items):
        findings.append(warning("text.notes-breakdown", _NOTES, variant="count", listed=len(lines), lines=len(items)))
    return findings


def notes_breakdown(text: str) -> list[tuple[int, Decimal | None]]:
    """The numbered lines of a breakdown written in text: (number, the amount the line states)."""
    return stated_amounts(text)
