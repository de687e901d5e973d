"""Paths into the document, as in the document JSON and in findings' ``where``: ``unit.code``, ``funding.annual.county``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gridbudget_gui.domain.document import Document

_INDEXED = re.compile(r"^(?P<list>cost_items|indicators\.mid_term|indicators\.annual)\[(?P<row>\d+)\](?P<rest>.*)$")
_FACTOR = re.compile(r"^\.factors\[(?P<index>\d+)\]\.(?P<part>value|unit|expression)$")


@dataclass(frozen=True)
class RowPlace:
    """Where a path points inside a table: the list, the row, the field and (for factors) the factor index."""

    table: str
    row: int
    field: str
    factor: int | None = None


def row_place(path: str) -> RowPlace | None:
    """Split ``cost_items[3].factors[1].value`` into its table, row and field; None for non-table paths."""
    match = _INDEXED.match(path)
    if match is None:
        return None
    rest = match["rest"]
    factor = _FACTOR.match(rest)
    if factor is not None:
        return RowPlace(match["list"], int(match["row"]), "factor", int(factor["index"]))
    return RowPlace(match["list"], int(match["row"]), rest.lstrip("."))


def get_text(document: Document, path: str) -> str:
    """The text field at ``path`` (such as ``project.manager.phone``)."""
    target, name = _resolve(document, path)
    value = getattr(target, name)
    if not isinstance(value, str):
        raise TypeError(f"{path} is not a text field")
    return value


def set_text(document: Document, path: str, value: str) -> None:
    """Set the text field at ``path``."""
    target, name = _resolve(document, path)
    if not isinstance(getattr(target, name), str):
        raise TypeError(f"{path} is not a text field")
    setattr(target, name, value)


def _resolve(document: Document, path: str) -> tuple[object, str]:
    *parents, name = path.split(".")
    target: object = document
    for part in parents:
        target = getattr(target, part)
    if not hasattr(target, name):
        raise KeyError(path)
    return target, name
