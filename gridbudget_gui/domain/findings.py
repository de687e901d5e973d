"""Findings: what the checks (and the readers) report about a document.

A finding carries data, not text: its rule id, where it points and the arguments of its message. The words
are chosen where the finding is shown (``domain/messages.py``), in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from gridbudget_gui.domain.arithmetic import ExpressionProblem
from gridbudget_gui.domain.aspects import aspect_of
from gridbudget_gui.domain.messages import render
from gridbudget_gui.domain.place import Place


class Severity(StrEnum):
    """How serious a finding is: an error blocks a clean check, a warning asks for a look, info informs."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}

Arg = str | int | Decimal | tuple[str, ...] | ExpressionProblem
"""One argument of a message: a text from the document, a count, an amount, a list of names, or why typed
arithmetic failed (worded in the message's language)."""


@dataclass(frozen=True)
class Finding:
    """One finding: severity, a stable dotted rule id, where it points, and its message's arguments.

    ``where`` is a place in the document, or for a reader's note a ``SheetCell`` of the file it read.

    ``variant`` picks one of the wordings of a rule that says different things (``cost.negative`` of a
    factor or of an amount); it is ``""`` for a rule with one wording. The text is ``render(finding, lang)``.
    """

    severity: Severity
    rule: str
    where: Place
    args: Mapping[str, Arg] = field(default_factory=dict)
    variant: str = ""

    @cached_property
    def path(self) -> str:
        """``str(where)``, the path of ``check --json``; worked out once, as views look findings up by it."""
        return str(self.where)

    def under(self, base: Place) -> Finding:
        """This finding of a part (a cost line's, placed relative to the line) placed under ``base``."""
        return Finding(self.severity, self.rule, Place(base.steps + self.where.steps), self.args, self.variant)

    @property
    def aspect(self) -> str:
        """Which of the reviewer's four questions the finding answers (完整性, 相关性, 适当性, 可行性)."""
        return aspect_of(self.rule)

    def to_json(self, lang: str = "zh") -> dict[str, str]:
        """The finding as in ``check --json``."""
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "aspect": self.aspect,
            "where": self.path,
            "message": render(self, lang),
        }


def error(rule: str, where: Place, *, variant: str = "", **args: Arg) -> Finding:
    """An error finding."""
    return Finding(Severity.ERROR, rule, where, args, variant)


def warning(rule: str, where: Place, *, variant: str = "", **args: Arg) -> Finding:
    """A warning finding."""
    return Finding(Severity.WARNING, rule, where, args, variant)


def info(rule: str, where: Place, *, variant: str = "", **args: Arg) -> Finding:
    """An info finding."""
    return Finding(Severity.INFO, rule, where, args, variant)
