"""Rules on text that restates figures: 资金安排情况 and the breakdown copied into 预算绩效说明."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.breakdown import stated_amounts
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, warning
from gridbudget_gui.domain.money import amounts_in, format_money


def check_text(document: Document, total: Decimal | None = None) -> list[Finding]:
    """Figures restated in text against the cost table and its total (given, or summed)."""
    findings: list[Finding] = []
    if total is None:
        total = document.cost_total
    stated = amounts_in(document.project.funding_arrangement)
    if stated and total not in stated:
        findings.append(
            warning(
                "text.arrangement-amount",
                "project.funding_arrangement",
                f"资金安排情况中写的 {format_money(stated[-1])} 元与测算合计 {format_money(total)} 元不符",
            )
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
            findings.append(
                warning(
                    "text.notes-breakdown", "project.budget_notes", f"预算绩效说明第{number}项在测算明细中没有对应的行"
                )
            )
        elif amount is not None and amount != items[number - 1].amount:
            findings.append(
                warning(
                    "text.notes-breakdown",
                    "project.budget_notes",
                    f"预算绩效说明第{number}项为 {format_money(amount)} 元，测算明细第{number}行为 {format_money(items[number - 1].amount)} 元",
                )
            )
    if len(lines) < len(items):
        findings.append(
            warning(
                "text.notes-breakdown",
                "project.budget_notes",
                f"预算绩效说明列出 {len(lines)} 项，测算明细有 {len(items)} 行",
            )
        )
    return findings


def notes_breakdown(text: str) -> list[tuple[int, Decimal | None]]:
    """The numbered lines of a breakdown written in text: (number, the amount the line states)."""
    return stated_amounts(text)
