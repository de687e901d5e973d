"""Rules on text that restates figures: 资金安排情况 and the breakdown copied into 预算绩效说明."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, warning
from gridbudget_gui.domain.money import WAN, to_money
from gridbudget_gui.domain.place import Place

_NOTES = Place.of("project.budget_notes")

_AMOUNT = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)")
_NUMBERED_LINE = re.compile(r"^\s*(\d{1,4})\s*[.．、]\s*(?!\d+月)(.+)$", re.MULTILINE)


def amounts_in(text: str) -> list[Decimal]:
    """Every amount of money written in ``text`` (5345800元, 534.58万元), in 元."""
    amounts = []
    for match in _AMOUNT.finditer(text):
        try:
            number = Decimal(match[1].replace(",", ""))
        except InvalidOperation:
            continue
        amounts.append(to_money(number * WAN if match[2] == "万元" else number))
    return amounts


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
    """The numbered lines of a breakdown written in text: (number, the last amount on the line)."""
    result = []
    for match in _NUMBERED_LINE.finditer(text):
        amounts = amounts_in(match[2])
        result.append((int(match[1]), amounts[-1] if amounts else None))
    return result
