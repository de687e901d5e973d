"""The rule engine: runs every rule on a document, and after an edit only the rules that edit touched.

Findings are kept per part: one list per cost line (keyed by the line object, so inserting or moving
lines never re-checks the others), and one list per section (totals, funding, each indicator matrix,
the general information). ``touch(place)`` marks the parts that an edit at a place in the document can
change; ``findings()`` re-runs those and gathers everything.

Two ways a change to the cost lines is gathered. A change to rows in place (``cost_items[3]``, the row
object edited or replaced by a new one, the list as long as before) re-checks those rows, moves the total
by their differences and splices their findings into the kept list: nothing else is walked, so one edit
at 100,000 lines costs what one line costs. A change to the list itself (``cost_items``: rows inserted,
removed, moved, a range replaced) is one pass over the list that re-checks only the line objects it has
not seen, and sums the total afresh, once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal

from gridbudget_gui.domain.document import PERIODS, CostItem, Document
from gridbudget_gui.domain.findings import SEVERITY_ORDER, Finding, Severity, error
from gridbudget_gui.domain.money import exact_arithmetic
from gridbudget_gui.domain.place import Place, PlaceError
from gridbudget_gui.domain.rules.cost import LineFinding, check_line, check_totals
from gridbudget_gui.domain.rules.funding import check_funding
from gridbudget_gui.domain.rules.general import check_general
from gridbudget_gui.domain.rules.indicators import check_matrix
from gridbudget_gui.domain.rules.selfeval import check_self_evaluation
from gridbudget_gui.domain.rules.system import check_system
from gridbudget_gui.domain.rules.text import check_text
from gridbudget_gui.domain.schemes import SCHEME_IDS, Scheme, UnknownSchemeError, get_scheme

_Line = tuple[CostItem, list[LineFinding], Decimal]
"""A checked line: the line object, its findings, and its amount when checked."""

SECTIONS: tuple[str, ...] = (
    "totals",
    "funding",
    "indicators.mid_term",
    "indicators.annual",
    "general",
    "selfeval",
    "system",
)
_MATRICES = ("indicators.mid_term", "indicators.annual")
_TEXT_FIELDS = (Place.of("project.funding_arrangement"), Place.of("project.budget_notes"))


class Checker:
    """Checks one document, keeping findings so that an edit re-checks only what it touched."""

    def __init__(self, document: Document, scheme_id: str | None = None) -> None:
        self.document = document
        self.scheme_override = scheme_id
        self._lines: dict[int, _Line] = {}  # id of each line object in the list (as last gathered) → its check
        self._sections: dict[str, list[Finding]] = {}
        self._dirty_sections: set[str] = set(SECTIONS)
        self._line_findings: list[Finding] | None = None  # every line's findings, in order, while valid
        self._finding_rows: list[int] = []  # the line index of each of those findings (ascending)
        self._order: list[CostItem] = []  # the line objects as they stood at the last gathering
        self._touched: dict[int, _Line | None] = {}  # line index → what was known of its line before the edit
        self._stale: set[int] = set()  # ids of line objects that were edited in place: their checks are old
        self.cost_total = document.cost_total
        """合计 as of the last ``findings()``, for the rules and the window alike; after an edit to a few
        lines it is updated by their differences, so a 100,000-line table is not summed on every keystroke."""

    def scheme(self) -> Scheme | None:
        """The scheme the indicators are checked against (None when the document names an unknown one)."""
        try:
            return get_scheme(self.scheme_override or self.document.scheme)
        except UnknownSchemeError:
            return None

    def touch(self, place: Place | str) -> None:
        """Mark what an edit at ``place`` can change (``cost_items[3].amount``, ``scheme``…; a JSON path too)."""
        if isinstance(place, str):
            try:
                place = Place.parse(place)
            except PlaceError:
                self.touch_all()
                return
        _TOUCH.get(place.section, Checker.touch_all)(self, place)

    def _touch_lines(self, place: Place) -> None:
        self._dirty_sections.add("totals")
        row, items, order = place.row, self.document.cost_items, self._order
        if row is not None and row < len(items):
            # The line now at the row may have been edited in place (even one that also stands elsewhere):
            # its kept check, if any, is of what it was.
            self._stale.add(id(items[row]))
        if row is None or self._line_findings is None or len(items) != len(order) or row >= len(items):
            self._line_findings = None  # the list itself changed: every index may have moved
            return
        self._touched.setdefault(row, self._lines.get(id(order[row])))

    def _touch_funding(self, _place: Place) -> None:
        self._dirty_sections.update(("funding", "totals", "selfeval", "system", *_MATRICES))

    def _touch_indicators(self, place: Place) -> None:
        table = place.table
        # The 年度 matrix is read against the 中期 one (a 年度 target above the 中期 target of the same indicator).
        self._dirty_sections.update((table,) if table == "indicators.annual" else _MATRICES)
        if table != "indicators.mid_term":
            self._dirty_sections.update(("selfeval", "system"))

    def _touch_execution(self, _place: Place) -> None:
        self._dirty_sections.add("selfeval")

    def _touch_project(self, place: Place) -> None:
        self._dirty_sections.update(("general", "system"))
        # The texts that restate figures (and the whole project, which holds them) also touch the totals.
        if place == Place.of("project") or any(place.is_within(text) for text in _TEXT_FIELDS):
            self._dirty_sections.add("totals")
        if place == Place.of("project") or place.is_within(Place.of("project.term")):
            self._dirty_sections.add("indicators.mid_term")  # its 时效 dates are read against the project's end

    def _touch_general(self, _place: Place) -> None:
        self._dirty_sections.add("general")

    def _touch_system(self, _place: Place) -> None:
        self._dirty_sections.add("system")

    def _touch_goals(self, _place: Place) -> None:
        # The 年度目标 text is read against the 年度 indicators (a quantity no indicator carries).
        self._dirty_sections.update(("general", "indicators.annual", "system"))

    def _touch_scheme(self, _place: Place) -> None:
        self._dirty_sections.update(_MATRICES)

    def touch_all(self, _place: Place | None = None) -> None:
        """Forget everything: the next ``findings()`` checks the whole document."""
        self._lines.clear()
        self._line_findings = None
        self._touched.clear()
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
        """Every line's findings in order, and the total: by patching the kept list when only rows changed
        in place, else in one pass over the list."""
        touched, self._touched = self._touched, {}
        kept = self._line_findings
        if kept is not None and len(self.document.cost_items) == len(self._order) and self._patch_lines(touched):
            self._stale.clear()
            return kept
        return self._full_pass()

    def _patch_lines(self, touched: dict[int, _Line | None]) -> bool:
        """Re-check the rows touched in place; False (and nothing kept) when a full pass is needed."""
        items, order, lines = self.document.cost_items, self._order, self._lines
        found, rows = self._line_findings, self._finding_rows
        assert found is not None
        with exact_arithmetic():  # so the total followed by differences is the total summed afresh
            total = self.cost_total
            for index in sorted(touched):
                before, item = touched[index], items[index]
                if before is None or (item is not order[index] and id(item) in lines):
                    return False  # nothing known of the old row, or the new object already stands elsewhere
                after = _check(item)
                if item is not order[index]:
                    del lines[id(order[index])]
                    order[index] = item
                lines[id(item)] = after
                total += after[2] - before[2]
                if before[1] or after[1]:
                    low, high = bisect_left(rows, index), bisect_right(rows, index)
                    found[low:high] = _placed(index, after[1])
                    rows[low:high] = [index] * len(after[1])
        self.cost_total = total
        return True

    def _full_pass(self) -> list[Finding]:
        """One pass over the list: lines seen before keep their checks, the total is summed once."""
        items = self.document.cost_items
        lines, stale = self._lines, self._stale
        result: list[Finding] = []
        rows: list[int] = []
        live: dict[int, _Line] = {}  # only the lines in the list: a removed line may come back changed
        for index, item in enumerate(items):
            cached = lines.get(id(item))
            if cached is None or cached[0] is not item or id(item) in stale:
                cached = _check(item)
            live[id(item)] = cached
            if cached[1]:
                placed = _placed(index, cached[1])
                result += placed
                rows += [index] * len(placed)
        self.cost_total = self.document.cost_total
        self._lines, self._line_findings, self._finding_rows, self._order = live, result, rows, list(items)
        self._stale = set()
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
        if section == "selfeval":
            return check_self_evaluation(document)
        if section == "system":
            return check_system(document)
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


def _placed(index: int, found: list[LineFinding]) -> list[Finding]:
    """The findings of the line at ``index``, with their places in the document."""
    line = Place.cost(index)
    return [finding.under(line) for finding in found]


_TOUCH: dict[str, Callable[[Checker, Place], None]] = {
    "cost_items": Checker._touch_lines,
    "funding": Checker._touch_funding,
    "indicators": Checker._touch_indicators,
    "scheme": Checker._touch_scheme,
    "project": Checker._touch_project,
    "unit": Checker._touch_general,
    "signatures": Checker._touch_general,
    "year": Checker._touch_goals,  # and the 时效 dates of the 年度 matrix, read against the budget year
    "goals": Checker._touch_goals,
    "execution": Checker._touch_execution,
    "monitoring": Checker._touch_system,
}
"""What an edit in each top-level section of the document can change; any other place touches everything."""


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
