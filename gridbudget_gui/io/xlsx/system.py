"""The budget system's keys in our workbook's hidden sheet: 功能分类, the 中期 plan by year, the 运行监控 block and
each cost line's 经济分类 and 政府采购 (columns L–N), so they come back when the sheets are read (after another
program saved the workbook and its own copy is gone). The 运行监控's indicator columns are visible in the
indicator matrix instead (``EXTRA_COLUMNS``).

A cost line's keys are matched by its name, in order, so a line a colleague moved keeps its code; a line renamed
in the sheet loses it (the check then suggests one again).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Protocol

from gridbudget_gui.domain.document import PROCUREMENT_KINDS, Document
from gridbudget_gui.domain.money import to_money

KEY_COLUMN, VALUE_COLUMN, EXTRA_COLUMN = 12, 13, 14
"""Columns L, M and N of the hidden sheet."""


class TextSheet(Protocol):
    """What is written: a sheet taking texts (io/xlsx/package.py's Sheet)."""

    def text(self, row: int, column: int, text: str) -> None:
        """Put ``text`` at (row, column)."""
        ...


def write_system(meta: TextSheet, document: Document) -> None:
    """Write the keys into columns L–N of the hidden sheet (nothing when none is filled)."""
    rows: list[tuple[str, str, str]] = []
    if document.project.function_class:
        rows.append(("project.function_class", document.project.function_class, ""))
    for year, amount in sorted(document.funding.years.items()):
        rows.append(("funding.years", year, format(to_money(amount), "f")))
    monitoring = document.monitoring
    if not monitoring.is_empty:
        spent = "" if monitoring.spent is None else format(to_money(monitoring.spent), "f")
        rows.append(("monitoring", monitoring.as_of, spent))
    for item in document.written_cost_items:
        if item.economic_class or item.procurement:
            rows.append((f"cost:{item.name}", item.economic_class, item.procurement))
    if not rows:
        return
    meta.text(1, KEY_COLUMN, "system")
    for row, (key, value, extra) in enumerate(rows, start=2):
        meta.text(row, KEY_COLUMN, key)
        if value:
            meta.text(row, VALUE_COLUMN, value)
        if extra:
            meta.text(row, EXTRA_COLUMN, extra)


def _amount(text: str) -> Decimal | None:
    try:
        return to_money(Decimal(text))
    except (InvalidOperation, ValueError):
        return None


def read_system(cells: Mapping[tuple[int, int], Sequence[object]], document: Document) -> None:
    """Put the keys of columns L–N back into ``document`` (read from the sheets); a bad value is skipped."""
    if cells.get((1, KEY_COLUMN), (None,))[0] != "system":
        return
    lines: dict[str, list[int]] = {}
    for index, item in enumerate(document.cost_items):
        lines.setdefault(item.name, []).append(index)
    row = 2
    while (key := cells.get((row, KEY_COLUMN), (None,))[0]) is not None:
        value = str(cells.get((row, VALUE_COLUMN), ("",))[0] or "").strip()
        extra = str(cells.get((row, EXTRA_COLUMN), ("",))[0] or "").strip()
        row += 1
        if not isinstance(key, str):
            continue
        if key == "project.function_class":
            document.project.function_class = value
        elif key == "funding.years" and len(value) == 4 and value.isdigit():
            amount = _amount(extra or "0")
            if amount is not None:
                document.funding.years[value] = amount
        elif key == "monitoring":
            document.monitoring.as_of = value
            document.monitoring.spent = _amount(extra) if extra else None
        elif key.startswith("cost:") and lines.get(key[5:]):
            item = document.cost_items[lines[key[5:]].pop(0)]
            item.economic_class = value
            item.procurement = extra if extra in PROCUREMENT_KINDS else ""
    document.funding.years = dict(sorted(document.funding.years.items()))
