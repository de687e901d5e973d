"""The rule engine: runs every rule on a document, and after an edit only the rules that edit touched.

Findings are kept per part: one list per cost line (keyed by the line object, so inserting or moving
lines never re-checks the others), and one list per section (totals, funding, each indicator matrix,
the general information). ``touch(path)`` marks the parts that an edit at a document JSON path can
change; ``findings()`` re-runs those and gathers everything.
"""

from __future__ import annotations

import re
from decimal import Decimal

from gridbudget_gui.domain.document import PERIODS, CostItem, Document
from gridbudget_gui.domain.findings import SEVERITY_ORDER, Finding, Severity, error
from gridbudget_gui.domain.money import exact_arithmetic
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.rules.cost import LineFinding, check_line, check_totals
from gridbudget_gui.domain.rules.funding import check_funding
from gridbudget_gui.domain.rules.general import check_general
from gridbudget_gui.domain.rules.indicators import check_matrix
from gridbudget_gui.domain.rules.text import check_text
from gridbudget_gui.domain.schemes import SCHEME_IDS, Scheme, UnknownSchemeError, get_scheme

_Line = tuple[CostItem, list[LineFinding], Decimal]
"""A checked line: the line object, its findings, and its amount when checked."""

SECTIONS: tuple[str, ...] = ("totals", "funding", "indicators.mid_term", "indicators.annual", "general")
_LINE_PATH = re.compile(r"^cost_items\[(\d+)\]")
_TEXT_FIELDS = ("project.funding_arrangement", "project.budget_notes")


class Checker:
    """Checks one document, keeping findings so that an edit re-checks only what it touched."""

    def __init__(self, document: Document, scheme_id: str | None = None) -> None:
        self.document = document
        self.scheme_override = scheme_id
        self._lines: dict[int, _Line] = {}
        self._sections: dict[str, list[Finding]] = {}
        self._dirty_sections: set[str] = set(SECTIONS)
        self._line_findings: list[Finding] | None = None  # every line's findings, in order, while valid
        self._order: list[CostItem] = []  # the line objects as they stood at the last full pass
        self._touched: dict[int, _Line | None] = {}  # line index → what was known of it before the edit
        self.cost_total = document.cost_total
        """合计 as of the last ``findings()``, for the rules and the window alike; after an edit to a few
        lines it is updated by their differences, so a 100,000-line table is not summed on every keystroke."""

    def scheme(self) -> Scheme | None:
        """The scheme the indicators are checked against (None when the document names an unknown one)."""
        try:
            return get_scheme(self.scheme_override or self.document.scheme)
        except UnknownSchemeError:
            return None

    def touch(self, path: str) -> None:
        """Mark what an edit at the document JSON ``path`` can change (``cost_items[3].amount``, ``scheme``…)."""
        match = _LINE_PATH.match(path)
        if match is not None:
            index = int(match[1])
            items = self.document.cost_items
            if index < len(items):
                before = self._lines.pop(id(items[index]), None)
                self._touched.setdefault(index, before)
            if index >= min(len(items), len(self._order)) or items[index] is not self._order[index]:
                self._line_findings = None  # not the line that stood here: the list itself changed
            self._dirty_sections.add("totals")
        elif path == "cost_items":
            self._line_findings = None  # lines inserted, removed or moved: every index may have changed
            self._dirty_sections.add("totals")
        elif path.startswith("funding"):
            self._dirty_sections.update(("funding", "totals", "indicators.mid_term", "indicators.annual"))
        elif path.startswith("indicators.mid_term"):
            self._dirty_sections.add("indicators.mid_term")
        elif path.startswith("indicators.annual"):
            self._dirty_sections.add("indicators.annual")
        elif path.startswith(_TEXT_FIELDS):  # they restate figures (totals) and may outgrow a cell (general)
            self._dirty_sections.update(("totals", "general"))
        elif path in ("scheme", "indicators"):
            self._dirty_sections.update(("indicators.mid_term", "indicators.annual"))
        elif path.startswith(("project", "unit", "signatures", "year", "goals")):
            self._dirty_sections.add("general")
            if path == "project":  # the whole project also holds the texts that restate figures
                self._dirty_sections.add("totals")
        else:
            self.touch_all()

    def touch_all(self) -> None:
        """Forget everything: the next ``findings()`` checks the whole document."""
        self._lines.clear()
        self._line_findings = None
        self._dirty_sections.update(SECTIONS)

    def findings(self) -> list[Finding]:
        """Every finding on the document, re-running only the parts marked as touched."""
        result = list(self._gather_lines())  # first: it brings cost_total up to date for the sections
        for section in sorted(self._dirty_sections):
            self._sections[section] = self._run_section(section)
        self._dirty_sections.clear()
        for section in SECTIONS:
            result += self._sections.get(section, [])
        return result

    def _gather_lines(self) -> list[Finding]:
        """Every line's findings in order, and the total. When the edited lines were and stay clean, the
        kept list is still right and the total moves by their differences: nothing else is walked."""
        items = self.document.cost_items
        lines = self._lines
        touched, self._touched = self._touched, {}
        if self._line_findings is not None and len(items) == len(self._order):
            clean = True
            with exact_arithmetic():  # so the total followed by differences is the total summed afresh
                total = self.cost_total
                for index, before in touched.items():
                    item = items[index]
                    after = lines[id(item)] = _check(item)
                    if before is None or before[1] or after[1]:
                        clean = False
                    else:
                        total += after[2] - before[2]
            if clean:
                self.cost_total = total
                return self._line_findings
        result: list[Finding] = []
        live: dict[int, _Line] = {}  # only the lines in the list: a removed line may come back changed
        for index, item in enumerate(items):
            cached = lines.get(id(item))
            if cached is None or cached[0] is not item:
                cached = _check(item)
            live[id(item)] = cached
            if cached[1]:
                line = Place.cost(index)
                result += [found.under(line) for found in cached[1]]
        self.cost_total = self.document.cost_total
        self._lines, self._line_findings, self._order = live, result, list(items)
        if len(live) < len(items):
            self._line_findings = None  # one line object in two places: an edit to it moves two rows
        return result

    def _run_section(self, section: str) -> list[Finding]:
        document = self.document
        if section == "totals":
            return check_totals(document, self.cost_total) + check_text(document, self.cost_total)
        if section == "funding":
            return check_funding(document)
        if section == "general":
            return check_general(document)
        period = section.split(".", 1)[1]
        scheme = self.scheme()
        if scheme is None:
            if period != PERIODS[0]:
                return []
            return [error("indicator.unknown-scheme", Place.of("scheme"), scheme=document.scheme, known=SCHEME_IDS)]
        return check_matrix(document, period, scheme)


def _check(item: CostItem) -> _Line:
    """A line's findings, with the amount they were found for (the total follows edits by differences)."""
    return item, check_line(item), item.amount


def check_document(document: Document, scheme_id: str | None = None) -> list[Finding]:
    """Every finding on ``document``, checked against its own scheme or ``scheme_id``."""
    return Checker(document, scheme_id).findings()


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; otherwise in document order."""
    return sorted(findings, key=lambda finding: SEVERITY_ORDER[finding.severity])


def count_by_severity(findings: list[Finding]) -> dict[Severity, int]:
    """How many findings of each severity."""
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts
