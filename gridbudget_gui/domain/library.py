"""Indicator libraries: the starter library of common indicators by kind of project, and the clerk's own
历史指标参考 grown from the declarations opened; searching them and turning an entry into a matrix row."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields

from gridbudget_gui.domain.document import PERIODS, Document, Indicator
from gridbudget_gui.domain.schemes import Scheme
from gridbudget_gui.domain.targets import operator_and_unit, parse_target

LIBRARY_FORMAT = "gridbudget-indicator-library"
HISTORY_KIND = "历史指标参考"


@dataclass(frozen=True)
class LibraryEntry:
    """One indicator of a library: its kind of project, groups, name, a typical target and an explanation."""

    kind: str
    level1: str
    level2: str
    name: str
    operator: str
    value: str
    unit: str
    explanation: str = ""
    source: str = ""
    """Where a 历史指标参考 entry was seen (the project's name)."""

    def matches(self, words: str) -> bool:
        """True when every word of ``words`` is in the entry's kind, groups, name, value or explanation."""
        text = " ".join((self.kind, self.level1, self.level2, self.name, self.value, self.explanation, self.source))
        return all(word in text for word in words.split())

    def to_indicator(self, scheme: Scheme) -> Indicator:
        """A new matrix row of this entry, its groups placed as ``scheme`` names them (成本 moves between schemes)."""
        level1, level2 = self.level1, self.level2
        if self.level2 == "成本指标" or self.level1 == "成本指标":
            level1 = scheme.cost_level1
            group = scheme.group(level1)
            level2 = scheme.cost_level2 or (group.level2[0].name if group and group.level2 else "")
        value = self.value
        if self.operator in ("≥", ">", "<", "≤") and parse_target(value).operator == "=" and value[:1] not in "=＝":
            value = f"{self.operator}{value}"  # the figure with its operator, as a clerk types it
        return Indicator(level1, level2, self.name, value, self.operator, self.unit, explanation=self.explanation)


_ENTRY_KEYS = tuple(entry_field.name for entry_field in fields(LibraryEntry))


def entries_from_data(data: Mapping[str, object]) -> list[LibraryEntry]:
    """The entries of a library file's JSON; entries lacking a name are skipped."""
    entries = data.get("entries", [])
    found: list[LibraryEntry] = []
    if not isinstance(entries, list):
        return found
    for item in entries:
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            continue
        found.append(LibraryEntry(**{key: str(item.get(key, "") or "") for key in _ENTRY_KEYS}))
    return found


def entries_to_data(entries: Iterable[LibraryEntry]) -> dict[str, object]:
    """A library file's JSON of ``entries``."""
    return {"format": LIBRARY_FORMAT, "version": 1, "entries": [asdict(entry) for entry in entries]}


def entries_from_document(document: Document) -> list[LibraryEntry]:
    """Every named indicator of a declaration, as 历史指标参考 entries (年度 first, each name once)."""
    seen: set[tuple[str, str]] = set()
    entries: list[LibraryEntry] = []
    for period in reversed(PERIODS):
        for row in document.indicators.matrix(period):
            key = (row.level2.strip(), row.name.strip())
            if not key[1] or key in seen:
                continue
            seen.add(key)
            operator, unit = operator_and_unit(row.value)
            entries.append(
                LibraryEntry(
                    HISTORY_KIND,
                    row.level1,
                    row.level2,
                    row.name.strip(),
                    row.operator or operator,
                    row.value,
                    row.unit or unit,
                    row.explanation,
                    document.project.name.strip(),
                )
            )
    return entries


def merged(old: Sequence[LibraryEntry], new: Iterable[LibraryEntry]) -> list[LibraryEntry]:
    """``old`` with the entries of ``new`` whose group and name it lacks added at the end (the latest wins)."""
    result = {(entry.level2, entry.name): entry for entry in old}
    for entry in new:
        result[(entry.level2, entry.name)] = entry
    return list(result.values())


def search(entries: Iterable[LibraryEntry], words: str = "", kind: str = "") -> list[LibraryEntry]:
    """The entries of ``kind`` (all when empty) that match every word of ``words``."""
    return [entry for entry in entries if (not kind or entry.kind == kind) and entry.matches(words)]
