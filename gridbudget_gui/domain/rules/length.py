"""A text longer than a spreadsheet cell holds (32,767 characters in Excel and WPS) cannot be saved whole
as xlsx; the rule says so while the text is typed, before a save is refused."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

from gridbudget_gui.domain.findings import Finding, Severity, warning

CELL_LIMIT = 32_767
"""The most characters one cell holds in Excel and WPS."""


UNSAFE_IN_CELLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
"""What XML 1.0 cannot hold, and a literal "_x0041_" a reader would take for an escape: a spreadsheet
stores each as a 7-character escape (U+0001 → ``_x0001_``), as Excel does."""


SURELY_FITS = CELL_LIMIT // 7
"""A text this short fits in a cell even with every character escaped: no need to look closer."""


def cell_length(text: str) -> int:
    """How many characters ``text`` takes in a spreadsheet cell, escapes included."""
    if len(text) <= SURELY_FITS:
        return len(text)
    return len(text) + 6 * len(UNSAFE_IN_CELLS.findall(text))


def cell_limit_message(text: str) -> str | None:
    """Why ``text`` cannot go into one cell, or None when it fits."""
    if len(text) <= SURELY_FITS:
        return None
    size = cell_length(text)
    if size <= CELL_LIMIT:
        return None
    return (
        f"内容有 {size:,} 个字符，超过 Excel 单元格上限 {CELL_LIMIT:,} 个：保存为 xlsx 时会被拒绝（JSON、PDF 不受影响）"
    )


def check_lengths(node: object, path: str) -> list[Finding]:
    """Every text under ``node`` (a document part, a list or a text) at JSON ``path`` that is too long."""
    if isinstance(node, str):
        message = cell_limit_message(node)
        return [warning("text.cell-limit", path, message)] if message else []
    found: list[Finding] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            found += check_lengths(item, f"{path}[{index}]")
    elif is_dataclass(node):
        for field in fields(node):
            found += check_lengths(getattr(node, field.name), f"{path}.{field.name}")
    return found


def line_lengths(texts: list[tuple[str, str]]) -> list[tuple[Severity, str, str, str]]:
    """The too-long texts of one cost line, given as (path below the line, text)."""
    found = []
    for suffix, text in texts:
        message = cell_limit_message(text)
        if message:
            found.append((Severity.WARNING, "text.cell-limit", suffix, message))
    return found
