"""A text longer than a spreadsheet cell holds (32,767 characters in Excel and WPS) cannot be saved whole
as xlsx; the rule says so while the text is typed, before a save is refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, warning
from gridbudget_gui.domain.place import Place

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


def overlong_texts(node: object, path: str) -> Iterator[tuple[str, int]]:
    """(JSON path, characters in a cell) of every text under ``node`` (a document part, a list or a text)
    that is too long for one cell."""
    if isinstance(node, str):
        if len(node) > SURELY_FITS and (size := cell_length(node)) > CELL_LIMIT:
            yield path, size
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from overlong_texts(item, f"{path}[{index}]")
    elif is_dataclass(node):
        for field in fields(node):
            yield from overlong_texts(getattr(node, field.name), f"{path}.{field.name}" if path else field.name)


def first_overlong(document: Document) -> tuple[str, int] | None:
    """The first text of ``document`` too long for one cell, as (JSON path, characters), or None."""
    for index, item in enumerate(document.cost_items):  # the bulk: lengths only, the walk only when long
        longest = max(len(item.name), len(item.note), *(len(f.unit) + len(f.expression) for f in item.factors))
        if longest > SURELY_FITS:
            found = next(overlong_texts(item, f"cost_items[{index}]"), None)
            if found is not None:
                return found
    others = (overlong_texts(getattr(document, f.name), f.name) for f in fields(document) if f.name != "cost_items")
    return next((found for walk in others for found in walk), None)


def check_lengths(node: object, path: str) -> list[Finding]:
    """A finding for every text under ``node`` at JSON ``path`` that is too long for one cell."""
    return [
        warning("text.cell-limit", Place.parse(where), variant="field", size=size, limit=CELL_LIMIT)
        for where, size in overlong_texts(node, path)
    ]


def line_lengths(texts: list[tuple[Place, str]], name: str) -> list[Finding]:
    """The too-long texts of the cost line named ``name``, given as (place below the line, text)."""
    found = []
    for where, text in texts:
        for _, size in overlong_texts(text, str(where)):
            part = str(where.steps[-1])
            found.append(
                warning("text.cell-limit", where, variant="line", name=name, part=part, size=size, limit=CELL_LIMIT)
            )
    return found
