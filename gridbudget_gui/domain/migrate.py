"""Switching indicator schemes: where each indicator moves, and a plain explanation of every move."""

from __future__ import annotations

from gridbudget_gui.domain.document import PERIOD_LABELS, Indicator
from gridbudget_gui.domain.schemes import Scheme


def _fits(scheme: Scheme, row: Indicator) -> bool:
    group = scheme.group(row.level1)
    return group is not None and row.level2 in group.level2_names()


def _cost_place(scheme: Scheme) -> tuple[str, str]:
    group = scheme.group(scheme.cost_level1)
    level2 = scheme.cost_level2 or (group.level2[0].name if group and group.level2 else "")
    return scheme.cost_level1, level2


def migrate_row(row: Indicator, source: Scheme, target: Scheme) -> tuple[Indicator, str | None]:
    """Where ``row`` goes under ``target``, and why (None when it stays as it is)."""
    moved = row.copy()
    if _fits(target, row):
        return moved, None
    if source.is_cost(row.level1, row.level2):
        moved.level1, moved.level2 = _cost_place(target)
        return moved, f"成本指标“{row.name}”由“{row.level1}/{row.level2}”移到“{moved.level1}/{moved.level2}”"
    level1 = target.level1_of(row.level2)
    if level1 is not None:
        moved.level1 = level1
        return moved, f"“{row.name}”的一级指标由“{row.level1}”改为“{level1}”"
    return (
        moved,
        f"“{row.name}”的“{row.level1}/{row.level2}”在“{target.title}”中没有对应分组，保留原样并标出，请手工调整",
    )


def migrate_matrix(
    rows: list[Indicator], period: str, source: Scheme, target: Scheme
) -> tuple[list[Indicator], list[str]]:
    """The matrix re-grouped for ``target``, and one explanation line per moved or orphaned indicator."""
    result: list[Indicator] = []
    notes: list[str] = []
    for row in rows:
        moved, note = migrate_row(row, source, target)
        result.append(moved)
        if note is not None:
            notes.append(f"{PERIOD_LABELS[period]}：{note}")
    return result, notes
