"""What a heading of a colleague's table means, by its words rather than by an exact spelling.

Forms name the same column many ways: 指标值, 年度指标值, 当年预期实现值, 预期目标值, 指标值及单位, 计划指标值（或计划水平）
all hold the target value; 实际完成值, 全年完成值, 全年实际值 the year-end actual; 指标性质 holds the sign on one form
and 正向/反向 on the next (the column that holds the signs is chosen by what lies under the headings).
Group labels carry scores and asides (产出指标(50分), 成本指标(0-20)分, 数量指标（或建筑规模指标）): these are removed
before the group is named.
"""

from __future__ import annotations

import functools
import re

from gridbudget_gui.domain.schemes import get_scheme
from gridbudget_gui.io.form.labels import GROUP_SYNONYMS, INDICATOR_HEADERS, OPERATORS, SIGN_WORDS, normalise_label

_ASIDE = re.compile(r"[（(][^（）()]*[)）]")
_SCORE = re.compile(r"[（(]\s*(?:权重|分值)?\s*[0-9０-９.\-－—~～至]+\s*分?\s*[)）]\s*分?$|[0-9]+分$")

_LEVEL = re.compile(r"([一二三])级(?:指标)?(?:名称)?")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s*年度?")

SIGN_HEADERS = frozenset(("计算符号", "指标性质", "指标方向", "指标方向性", "符号", "运算符号", "比较符号"))
"""Headings of a column that may hold the value's sign (≥ = ≤) — or, on other forms, 正向/反向 or 定量/定性."""


@functools.cache
def header_role(text: str) -> str | None:
    """The role of an indicator table's heading: level1, level2, name, value, actual, sign, unit, explanation,
    scoring, weight, deviation or note; None for other text."""
    label = normalise_label(text)
    if len(label) > 16:
        return None
    role = INDICATOR_HEADERS.get(label)
    base = _ASIDE.sub("", label)
    if role is None:
        base = _YEAR.sub("", base) or base  # 预期2022年实现值, 2021年实际完成值: the year names no role
        role = INDICATOR_HEADERS.get(base)
    if role is None and (level := _LEVEL.fullmatch(base)) is not None:
        role = {"一": "level1", "二": "level2", "三": "name"}[level[1]]  # 一级 | 二级 | 三级 | 年度数值
    if role in ("operator",) or base in SIGN_HEADERS:
        return "sign"
    if role is not None:
        return role
    if re.search(r"实际|完成值|完成情况|实现情况", base):
        return "actual"
    if re.fullmatch(
        r"(?:年度|当年|本年度?|中期|计划|预期|绩效|考核)*(?:指标|目标)?(?:预期)?(?:实现)?(?:数?值|水平)(?:及单位)?",
        base,
    ):
        return "value" if base not in ("值", "数值", "水平") else None
    if base.endswith(("目标值", "指标值", "预期值", "计划值")):
        return "value"
    if base.endswith("单位") and any(word in base for word in ("计量", "度量", "指标", "计算")):
        return "unit"
    if base in ("绩效标准", "指标内涵", "指标定义", "指标解释说明"):
        return "explanation"
    if "原因" in base:
        return "deviation"
    if base.endswith(("分值", "权重")):
        return "weight"
    return None


def is_sign(text: str) -> bool:
    """True for a cell of a sign column: ≥, =, ≤… or 定性."""
    sign = text.strip()
    return sign in OPERATORS or sign in SIGN_WORDS or sign in ("定性", "定量", ">=", "<=", "＞=", "＜=")


@functools.cache
def group_name(text: str) -> str:
    """An indicator group name as the schemes spell it: 经济效益\n指标 → 经济效益指标, 进度 → 时效指标,
    产出指标(50分) → 产出指标, 数量指标（或建筑规模指标） → 数量指标, 预期产出指标 → 产出指标."""
    name = re.sub(r"\s+", "", text)
    name = _SCORE.sub("", name)
    name = GROUP_SYNONYMS.get(name, name)
    if _known(name):
        return name
    bare = _ASIDE.sub("", name)
    bare = GROUP_SYNONYMS.get(bare, bare)
    return bare if bare != name and _known(bare) else name


@functools.cache
def _known(name: str) -> bool:
    for scheme_id in ("classic", "2021"):
        scheme = get_scheme(scheme_id)
        if scheme.group(name) is not None or scheme.level1_of(name):
            return True
    return False


@functools.cache
def level1_of(level2: str) -> str:
    """The level-1 group of a level-2 group (数量指标 → 产出指标), "" when it is none."""
    for scheme_id in ("classic", "2021"):
        found = get_scheme(scheme_id).level1_of(level2)
        if found:
            return found
    return ""


@functools.cache
def is_level1(name: str) -> bool:
    """True for a level-1 group's name (产出指标, 成本指标 of 2021)."""
    return any(get_scheme(scheme_id).group(name) is not None for scheme_id in ("classic", "2021"))


def is_placeholder(text: str) -> bool:
    """True for what stands in an unfilled row: …, ……, ..., 指标1："""
    stripped = re.sub(r"[\s.…·。、:：]", "", text)
    return not stripped or re.fullmatch(r"(?:指标|目标)[0-9０-９一二三四五六七八九十]*", stripped) is not None


def clear_caches() -> None:
    """Empty the caches after a form is read (each holds the cells of one file)."""
    header_role.cache_clear()
    group_name.cache_clear()
