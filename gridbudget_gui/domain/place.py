"""A place in the document: one typed value for the paths of the document JSON (``cost_items[3].factors[1].value``).

Findings, the checker, the table models, the readers, find and jump all speak of places. ``Place.parse`` reads
the JSON path a finding carries in ``check --json``; ``str(place)`` writes it back, so the contract's ``where``
strings stay exactly what they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from gridbudget_gui.domain.document import Document

Step = str | int
"""One step of a path: a key (``funding``) or a list index (``3``)."""

Period = Literal["mid_term", "annual"]
TableName = Literal["cost_items", "indicators.mid_term", "indicators.annual"]

_STEP = re.compile(r"(?P<dot>\.)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)|\[(?P<index>\d{1,9})\]")


class PlaceError(ValueError):
    """A text that is not a path into the document."""


@dataclass(frozen=True, slots=True)
class Place:
    """A path into the document: keys and list indexes, as in the document JSON."""

    steps: tuple[Step, ...] = ()

    # ------------------------------------------------------------------ making places
    @classmethod
    def parse(cls, path: str) -> Place:
        """The place a JSON path names; ``""`` is the whole document. Raises PlaceError on anything else."""
        steps: list[Step] = []
        position = 0
        while position < len(path):
            match = _STEP.match(path, position)
            starts = position == 0
            if (
                match is None
                or (match["key"] is None and starts)
                or (match["dot"] is None) != (match["key"] is None or starts)
            ):
                raise PlaceError(f"not a path into the document: {path!r}")
            steps.append(match["key"] if match["key"] is not None else int(match["index"]))
            position = match.end()
        return cls(tuple(steps))

    @classmethod
    def of(cls, *steps: Step) -> Place:
        """A place from its steps; a dotted key is split (``Place.of("project.manager", "phone")``)."""
        flat: list[Step] = []
        for step in steps:
            flat.extend(step.split(".") if isinstance(step, str) else (step,))
        return cls(tuple(flat))

    @classmethod
    def cost(cls, row: int, field: str | None = None, factor: int | None = None) -> Place:
        """A cost line, one of its fields (``name``, ``amount``, ``note``), or one factor's ``value``/``unit``."""
        if factor is not None:
            return cls(("cost_items", row, "factors", factor, field or "value"))
        return cls(("cost_items", row) + ((field,) if field else ()))

    @classmethod
    def indicator(cls, period: str, row: int | None = None, field: str | None = None) -> Place:
        """A matrix (``indicators.annual``), one row of it, or one field of that row."""
        steps: tuple[Step, ...] = ("indicators", period)
        if row is not None:
            steps += (row,)
            if field:
                steps += (field,)
        return cls(steps)

    @classmethod
    def funding(cls, period: str, column: str | None = None) -> Place:
        """A funding row (``funding.annual``) or one of its amounts (``total``, ``county``…)."""
        return cls(("funding", period) + ((column,) if column else ()))

    def child(self, *steps: Step) -> Place:
        """The place below this one."""
        return Place(self.steps + Place.of(*steps).steps)

    # ------------------------------------------------------------------ reading places
    def __str__(self) -> str:
        parts: list[str] = []
        for step in self.steps:
            if isinstance(step, int):
                parts.append(f"[{step}]")
            else:
                parts.append(("." if parts else "") + step)
        return "".join(parts)

    @property
    def section(self) -> str:
        """The top-level key (``cost_items``, ``funding``, ``project``…); ``""`` for the whole document."""
        return str(self.steps[0]) if self.steps else ""

    @property
    def table(self) -> TableName | None:
        """Which table the place lies in: ``cost_items``, ``indicators.mid_term`` or ``indicators.annual``."""
        if self.section == "cost_items":
            return "cost_items"
        if self.section == "indicators" and len(self.steps) > 1 and self.steps[1] in ("mid_term", "annual"):
            return "indicators.mid_term" if self.steps[1] == "mid_term" else "indicators.annual"
        return None

    @property
    def period(self) -> Period | None:
        """``mid_term`` or ``annual`` for a funding row or an indicator matrix, else None."""
        if self.section in ("funding", "indicators", "goals") and len(self.steps) > 1:
            second = self.steps[1]
            if second == "mid_term":
                return "mid_term"
            if second == "annual":
                return "annual"
        return None

    @property
    def row(self) -> int | None:
        """The row index inside a table (cost line or indicator), else None."""
        if self.table is None:
            return None
        at = 1 if self.table == "cost_items" else 2
        step = self.steps[at] if len(self.steps) > at else None
        return step if isinstance(step, int) else None

    @property
    def field(self) -> str | None:
        """The field of a table row: ``name``, ``amount``, ``value``…; ``factor`` for a factor's value or unit."""
        if self.row is None:
            return None
        at = 2 if self.table == "cost_items" else 3
        rest = self.steps[at:]
        if not rest:
            return None
        if rest[0] == "factors":
            return "factor"
        return str(rest[0])

    @property
    def factor(self) -> int | None:
        """The factor index of ``cost_items[i].factors[j]…``, else None."""
        if self.table != "cost_items" or len(self.steps) < 4 or self.steps[2] != "factors":
            return None
        step = self.steps[3]
        return step if isinstance(step, int) else None

    @property
    def factor_part(self) -> str | None:
        """``value``, ``unit`` or ``expression`` of a factor place, else None."""
        if self.factor is None or len(self.steps) < 5:
            return None
        return str(self.steps[4])

    def is_within(self, other: Place) -> bool:
        """True when this place is ``other`` or lies below it."""
        return self.steps[: len(other.steps)] == other.steps

    # ------------------------------------------------------------------ the text fields
    def get_text(self, document: Document) -> str:
        """The text field at this place (such as ``project.manager.phone``)."""
        target, name = self._resolve(document)
        value = getattr(target, name)
        if not isinstance(value, str):
            raise TypeError(f"{self} is not a text field")
        return value

    def set_text(self, document: Document, value: str) -> None:
        """Set the text field at this place."""
        target, name = self._resolve(document)
        if not isinstance(getattr(target, name), str):
            raise TypeError(f"{self} is not a text field")
        setattr(target, name, value)

    def _resolve(self, document: Document) -> tuple[object, str]:
        if not self.steps or not isinstance(self.steps[-1], str):
            raise KeyError(str(self))
        target: object = document
        for step in self.steps[:-1]:
            target = target[step] if isinstance(step, int) else getattr(target, step)  # type: ignore[index]
        name = self.steps[-1]
        if not hasattr(target, name):
            raise KeyError(str(self))
        return target, name


@dataclass(frozen=True, slots=True)
class SheetCell(Place):
    """A cell of a file being read (``项目申报书!C12``), where a reader's note points when no field of the
    document holds what the cell says. It lies outside the document: its steps are empty."""

    sheet: str = ""
    cell: str = ""

    @classmethod
    def parse_address(cls, address: str) -> SheetCell:
        """The cell an address as a user reads it names (``项目申报书!C12``)."""
        sheet, _, cell = address.rpartition("!")
        return cls(sheet=sheet, cell=cell)

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}"


COST_ITEMS = Place(("cost_items",))
