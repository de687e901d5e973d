"""What reading a colleague's file reports beside the check: our failures kept apart from the form's gaps.

A finding of the check at a place the reader could not read (its ``file.unread`` notes) is our failure, never
the colleague's: ``separate_unread`` turns it into an info "未能从文件读出" with the check's words. The form's
own gaps stay findings of the form (the reader notes a label left empty as ``file.blank``, 原表未填).
``reading_summary`` is the one line ``check`` prints on how much of the file was read.
"""

from __future__ import annotations

from gridbudget_gui.domain.findings import Finding, Severity, info
from gridbudget_gui.domain.messages import render


def separate_unread(notes: list[Finding], findings: list[Finding]) -> list[Finding]:
    """A colleague's file checked: the reader's notes, then the check's findings, where a finding at a place the
    reader could not read (its ``file.unread`` notes) is our failure, never the form's: it becomes an info
    "未能从文件读出" carrying the check's words; so does one on a part the file's kind of form does not have
    (``file.absent``: a year's form has no 中期 matrix). Every other finding is the form's own (原表未填…)."""
    unread = [note.where for note in notes if note.rule == "file.unread" and note.variant != "process"]
    # Process rows left out of a matrix: its totals (自评各项分值合计) are not the form's, its rows still are.
    process = [note.where for note in notes if note.rule == "file.unread" and note.variant == "process"]
    absent = [note.where for note in notes if note.rule == "file.absent"]
    kept = list(notes)
    for finding in findings:
        ours = any(finding.where.is_within(place) for place in unread) or finding.where in process
        if finding.severity != Severity.INFO and ours:
            kept.append(info("file.unread-check", finding.where, check=render(finding)))
        elif finding.severity != Severity.INFO and finding.where in absent:  # the part itself, not its rows
            kept.append(info("file.unread-check", finding.where, variant="absent", check=render(finding)))
        else:
            kept.append(finding)
    return kept


def reading_summary(notes: list[Finding], lang: str = "zh") -> str:
    """One line on how a colleague's file was read: the items read (fields, funding amounts, cost lines,
    indicator rows), the blocks not understood and the places not read; "" for a file GridBudget wrote."""
    counts = {"fields": 0, "funding": 0, "costs": 0, "indicators": 0}
    read = [note for note in notes if note.rule == "file.read"]
    if not read:
        return ""
    for note in read:
        for key in counts:
            value = note.args.get(key, 0)
            counts[key] += value if isinstance(value, int) else 0
    skipped = 0
    for note in notes:
        if note.rule == "file.unplaced" and note.variant in ("", "block", "more"):
            count = note.args.get("count", 1)
            skipped += 1 if note.variant != "more" else count if isinstance(count, int) else 1
    unread = sum(1 for note in notes if note.rule == "file.unread")
    summary = info(
        "file.summary",
        read[0].where,
        items=sum(counts.values()),
        fields=counts["fields"],
        funding=counts["funding"],
        costs=counts["costs"],
        indicators=counts["indicators"],
        skipped=skipped,
        unread=unread,
    )
    return render(summary, lang)
