"""One open declaration: the document, its file, its undo stack and its live findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import SEVERITY_ORDER, Finding
from gridbudget_gui.domain.place import Place
from gridbudget_gui.io.form.report import separate_unread

if TYPE_CHECKING:  # imported with the first check: the rules are not needed for the first paint
    from gridbudget_gui.domain.checker import Checker


class StateCommand(QUndoCommand):
    """An undoable change told as two states: ``apply(new)`` does it, ``apply(old)`` undoes it."""

    def __init__(self, text: str, apply: Callable[[Any], None], old: Any, new: Any) -> None:
        super().__init__(text)
        self._apply, self._old, self._new = apply, old, new

    def redo(self) -> None:
        """Apply the new state."""
        self._apply(self._new)

    def undo(self) -> None:
        """Apply the old state."""
        self._apply(self._old)


class DocumentSession(QObject):
    """The open document with its path, undo stack and checker; models and pages listen to it.

    Every change goes through ``push()`` as an undo command whose redo/undo ends by calling
    ``changed(paths)``: that re-checks only the touched parts and tells the views what moved.

    The first check waits until something asks for the findings (``findings``, ``findings_at``, ``cost_total``…)
    or calls ``check()``: the window shows its first page, then checks (``findingsChanged`` fills the status bar
    and the Problems panel a moment later). Views that only show findings wait for ``findingsChanged`` when
    ``checked`` is false rather than asking.
    """

    changedPaths = Signal(list)
    """The document changed at these JSON paths (``cost_items``, ``funding.annual.county``…)."""
    findingsChanged = Signal()
    """The findings were re-computed; ``findings`` and ``worst_at()`` are current."""

    def __init__(self, document: Document, path: Path | None = None, foreign: bool = False) -> None:
        super().__init__()
        self.document = document
        self.path = path
        self.foreign = foreign
        """The file is a colleague's layout: Save must ask for a new name (never rewrite it silently)."""
        self.notes: list[Finding] = []
        self.undo_stack = QUndoStack(self)
        self._checker: Checker | None = None
        self._findings: list[Finding] = []
        self.findings_moved = True
        """Whether the last re-check changed the findings (else highlights need no repaint)."""
        self.moved_places: set[str] = set()
        """The places (``where``) whose findings the last re-check changed."""
        self._by_where: dict[str, list[Finding]] = {}

    @property
    def checked(self) -> bool:
        """Whether the document has been checked once (the findings are current)."""
        return self._checker is not None

    @property
    def checker(self) -> Checker:
        """The document's checker (made, and the whole document checked, on first use)."""
        self.check()
        assert self._checker is not None
        return self._checker

    def check(self) -> None:
        """Check the whole document now if it has not been checked yet (``findingsChanged`` follows)."""
        if self._checker is None:
            from gridbudget_gui.domain.checker import Checker

            self._checker = Checker(self.document)
            self._recheck()

    @property
    def findings(self) -> list[Finding]:
        """Every finding, worst first (the document is checked now if it was not yet)."""
        self.check()
        return self._findings

    def push(self, command: QUndoCommand) -> None:
        """Do ``command`` and put it on the undo stack."""
        self.undo_stack.push(command)

    def changed(self, places: Iterable[Place | str]) -> None:
        """Tell the session the document changed at ``places``: re-check those parts once and notify views.

        A batch (a range of rows inserted, removed or pasted) is one call with the table's place: one re-check.
        """
        places = list(places)
        checked = self.checked
        if checked:
            for place in places:
                self.checker.touch(place)
        self.changedPaths.emit([str(place) for place in places])
        if checked:
            self._recheck()
        else:
            self.check()  # the first check sees the whole document, this change included

    def recheck_all(self) -> None:
        """Re-check the whole document (after the scheme or the notes changed from outside); before the first
        check, nothing: that one checks the whole document with the notes as they are then."""
        if self.checked:
            self.checker.touch_all()
            self._recheck()

    def _recheck(self) -> None:
        findings = separate_unread(self.notes, self.checker.findings())  # our misreadings never the form's errors
        findings.sort(key=lambda finding: SEVERITY_ORDER[finding.severity])
        grouped: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            grouped[finding.path].append(finding)  # the views look findings up by their path
        by_where, old = dict(grouped), self._by_where
        # Most edits change the findings of a few places (the total's): the views repaint only those.
        self.moved_places = {where for where in by_where.keys() | old.keys() if by_where.get(where) != old.get(where)}
        self.findings_moved = bool(self.moved_places) or findings != self._findings
        self._findings, self._by_where = findings, by_where
        self.findingsChanged.emit()

    @property
    def cost_total(self) -> Decimal:
        """合计 as of the last re-check (every change re-checks), summed once for every view."""
        return self.checker.cost_total

    def findings_at(self, where: str | Place) -> list[Finding]:
        """The findings whose ``where`` is exactly ``where`` (a place, or its path)."""
        self.check()
        return self._by_where.get(str(where), [])

    def findings_under(self, prefix: str) -> list[Finding]:
        """The findings at ``prefix`` or below it (``cost_items[2]`` gives the whole line's)."""
        self.check()
        return [f for where, fs in self._by_where.items() if where == prefix or where.startswith(prefix) for f in fs]

    def display_name(self) -> str:
        """The file name for the title bar, or 未命名 for a new declaration."""
        return self.path.name if self.path is not None else self.tr("未命名")
