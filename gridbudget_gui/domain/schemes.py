"""Indicator schemes: which level-1 and level-2 groups exist and which are required, read from data.

Local forms name the groups their own way (环境效益 for 生态效益指标, 进度 for 时效指标, names without the
指标 suffix); each group's ``aliases`` in the data, and the suffix rule here, make those the same groups.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from gridbudget_gui.domain.document import Indicator
from gridbudget_gui.resources import resource_path


@dataclass(frozen=True)
class Level2Group:
    """A level-2 group (二级指标) and whether a matrix must have it."""

    name: str
    required: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Level1Group:
    """A level-1 group (一级指标), its level-2 groups and whether a matrix must have it."""

    name: str
    required: bool
    level2: tuple[Level2Group, ...]
    aliases: tuple[str, ...] = ()
    advisory: bool = False
    """Required by the rules, but whether a project may go without it is local practice: its absence is a
    warning, not an error (满意度: the 2020 rules let a project go without it)."""

    def level2_names(self) -> list[str]:
        """The names of the level-2 groups, in order."""
        return [group.name for group in self.level2]

    def level2_named(self, name: str) -> str | None:
        """The level-2 group's own name for ``name`` as a form writes it (进度 → 时效指标, 服务对象满意度指标等 as the
        template prints it), if it has one; a group of one level-2 group knows it by the level-1 name too (满意度指标
        under 满意度指标)."""
        named = _lookup(self._level2_keys, name) or _lookup(self._level2_keys, name.strip().removesuffix("等"))
        if named is None and len(self.level2) == 1 and _key(name) and _key(name) == _key(self.name):
            return self.level2[0].name
        return named

    @cached_property
    def _level2_keys(self) -> dict[str, str]:
        return _keys((sub.name, sub.aliases) for sub in self.level2)


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
        """The level-1 group called ``level1`` (or by one of its aliases: 产出, 满意度), if the scheme has it."""
        name = _lookup(self._level1_keys, level1)
        return next((group for group in self.groups if group.name == name), None)

    @cached_property
    def _level1_keys(self) -> dict[str, str]:
        return _keys((group.name, group.aliases) for group in self.groups)

    def level1_of(self, level2: str) -> str | None:
        """The level-1 group that holds the level-2 group ``level2`` (by name or alias), if any."""
        for group in self.groups:
            if group.level2_named(level2) is not None:
                return group.name
        return None

    def placed(self, level1: str, level2: str) -> tuple[str, str | None] | None:
        """The scheme's own names of a row's groups: (level-1, level-2 or None when the level-2 group is not one
        of the level-1's); None when the level-1 group is unknown."""
        group = self.group(level1)
        if group is None:
            return None
        return group.name, group.level2_named(level2)

    def is_cost(self, level1: str, level2: str) -> bool:
        """True when an indicator of these groups is the cost indicator (成本指标)."""
        place = self.placed(level1, level2)
        if place is None or place[0] != self.cost_level1:
            return False
        return self.cost_level2 is None or place[1] == self.cost_level2

    def is_satisfaction(self, level1: str) -> bool:
        """True when ``level1`` is the satisfaction group (满意度指标, 满意度…)."""
        group = self.group(level1)
        return group is not None and group.name == self.satisfaction_level1


SCHEME_IDS: tuple[str, ...] = ("classic", "2021")
_SUFFIX = "指标"
_SPACE = str.maketrans("", "", " \u3000\t\r\n")


def _key(name: str) -> str:
    return name.translate(_SPACE).removesuffix(_SUFFIX)


def _keys(groups: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    """Each way of writing a group's name (spaces ignored, the 指标 suffix optional) → the group's own name."""
    keys: dict[str, str] = {}
    for own, aliases in groups:
        for name in (own, *aliases):
            keys.setdefault(name, own)
            keys.setdefault(_key(name), own)
    keys.pop("", None)
    return keys


def _lookup(keys: dict[str, str], name: str) -> str | None:
    found = keys.get(name)  # the name as the scheme writes it: most rows
    return found if found is not None else keys.get(_key(name))


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
            level2=tuple(
                Level2Group(str(sub["name"]), bool(sub["required"]), tuple(sub.get("aliases", ())))
                for sub in group["level2"]
            ),
            aliases=tuple(group.get("aliases", ())),
            advisory=bool(group.get("advisory", False)),
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


def ordered_matrix(rows: Sequence[Indicator], scheme_id: str) -> list[Indicator]:
    """The rows grouped by 一级 and then 二级指标 in the order the scheme lists them; stable within a group.

    Groups the scheme does not know follow its own, in the order they first appear, so each group is
    one block (the PDF and the workbook then show 产出指标 once). An unknown scheme keeps first appearance.
    """
    try:
        groups = get_scheme(scheme_id).groups
    except UnknownSchemeError:
        groups = ()
    level1_rank = {group.name: number for number, group in enumerate(groups)}
    level2_rank = {(group.name, sub.name): number for group in groups for number, sub in enumerate(group.level2)}
    seen1: dict[str, int] = {}
    seen2: dict[tuple[str, str], int] = {}
    for row in rows:
        seen1.setdefault(row.level1, len(groups) + len(seen1))
        seen2.setdefault((row.level1, row.level2), len(level2_rank) + len(seen2))

    def key(row: Indicator) -> tuple[int, int]:
        level1 = level1_rank.get(row.level1, seen1[row.level1])
        return level1, level2_rank.get((row.level1, row.level2), seen2[(row.level1, row.level2)])

    return sorted(rows, key=key)


def is_ordered(rows: Sequence[Indicator], scheme_id: str) -> bool:
    """True when the rows already stand in the scheme's order (sorting would change nothing)."""
    return all(a is b for a, b in zip(ordered_matrix(rows, scheme_id), rows, strict=True))


def skeleton_matrix(scheme_id: str) -> list[Indicator]:
    """The rows a new declaration starts with: one per required 二级指标, its name and value left to fill.

    A required 一级指标 with no required 二级指标 (效益指标 in 2021) gets a row in its first 二级指标.
    """
    rows: list[Indicator] = []
    for group in get_scheme(scheme_id).groups:
        if not group.required:
            continue
        needed = [sub.name for sub in group.level2 if sub.required] or group.level2_names()[:1]
        rows += [Indicator(group.name, level2) for level2 in needed]
    return rows


def is_skeleton_row(row: Indicator) -> bool:
    """True for a row of the skeleton still to fill in: its groups chosen, its name and value still empty."""
    return bool(row.level1) and not row.name.strip() and not row.value.strip()
