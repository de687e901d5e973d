"""Findings: what the checks (and the readers) report about a document."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is: an error blocks a clean check, a warning asks for a look, info informs."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


@dataclass(frozen=True)
class Finding:
    """One finding: severity, a stable dotted rule id, a path into the document JSON and a Chinese message."""

    severity: Severity
    rule: str
    where: str
    message: str

    def to_json(self) -> dict[str, str]:
        """The finding as in ``check --json``."""
        return {"severity": self.severity.value, "rule": self.rule, "where": self.where, "message": self.message}


def error(rule: str, where: str, message: str) -> Finding:
    """An error finding."""
    return Finding(Severity.ERROR, rule, where, message)


def warning(rule: str, where: str, message: str) -> Finding:
    """A warning finding."""
    return Finding(Severity.WARNING, rule, where, message)


def info(rule: str, where: str, message: str) -> Finding:
    """An info finding."""
    return Finding(Severity.INFO, rule, where, message)
