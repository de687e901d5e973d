"""Indicator schemes: which level-1 and level-2 groups exist and which are required, read from data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from gridbudget_gui.resources import resource_path


@dataclass(frozen=True)
class Level2Group:
    """A level-2 group (二级指标) and whether a matrix must have it."""

    name: str
    required: bool


@dataclass(frozen=True)
class Level1Group:
    """A level-1 group (一级指标), its level-2 groups and whether a matrix must have it."""

    name: str
    required: bool
    level2: tuple[Level2Group, ...]

    def level2_names(self) -> list[str]:
        """The names of the level-2 groups, in order."""
        return [group.name for group in self.level2]


@dataclass(frozen=True)
class Scheme:
    """An indicator taxonomy, such as the classic one of the seed or the 2021 one."""

    id: str
    title: str
    groups: tuple[Level1Group, ...]
    cost_level1: str
    cost_level2: str | None
    satisfaction_level1: str

    def level1_names(self) -> list[str]:
        """The names of the level-1 groups, in order."""
        return [group.name for group in self.groups]

    def group(self, level1: str) -> Level1Group | None:
        """The level-1 group called ``level1``, if the scheme has it."""
        return next((group for group in self.groups if group.name == level1), None)

    def level1_of(self, level2: str) -> str | None:
        """The level-1 group that holds the level-2 group ``level2``, if any."""
        for group in self.groups:
            if level2 in group.level2_names():
                return group.name
        return None

    def is_cost(self, level1: str, level2: str) -> bool:
        """True when an indicator of these groups is the cost indicator (成本指标)."""
        if self.cost_level2 is None:
            return level1 == self.cost_level1
        return level1 == self.cost_level1 and level2 == self.cost_level2


SCHEME_IDS: tuple[str, ...] = ("classic", "2021")


class UnknownSchemeError(KeyError):
    """The document names a scheme the program does not know."""


def scheme_from_dict(data: dict[str, object]) -> Scheme:
    """Build a scheme from its JSON data (the files in resources/schemes)."""
    groups_data = data["groups"]
    assert isinstance(groups_data, list)
    groups = tuple(
        Level1Group(
            name=str(group["level1"]),
            required=bool(group["required"]),
            level2=tuple(Level2Group(str(sub["name"]), bool(sub["required"])) for sub in group["level2"]),
        )
        for group in groups_data
    )
    cost_level2 = data.get("cost_level2")
    return Scheme(
        id=str(data["id"]),
        title=str(data["title"]),
        groups=groups,
        cost_level1=str(data["cost_level1"]),
        cost_level2=None if cost_level2 is None else str(cost_level2),
        satisfaction_level1=str(data["satisfaction_level1"]),
    )


@cache
def get_scheme(scheme_id: str) -> Scheme:
    """The scheme called ``scheme_id`` ("classic" or "2021"), read from resources/schemes."""
    if scheme_id not in SCHEME_IDS:
        raise UnknownSchemeError(scheme_id)
    path = resource_path("schemes", f"{scheme_id}.json")
    return scheme_from_dict(json.loads(path.read_text(encoding="utf-8")))
