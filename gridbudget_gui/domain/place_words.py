"""Where a finding is, in the clerk's words: 测算明细第 8 行的备注, 绩效指标 › 年度 › 第 4 行 › 指标值.

The place names and trails the messages (``domain.messages``), ``diff`` and the window's Problems panel show,
in Chinese or English, from the one table of labels (``domain.labels``). Data only: no Qt, no files.
"""

from __future__ import annotations

from typing import Literal

from gridbudget_gui.domain.document import PERIOD_LABELS, SOURCE_LABELS
from gridbudget_gui.domain.labels import FIELDS, PAGES, in_sentence, qualified
from gridbudget_gui.domain.place import Place

Language = Literal["zh", "en"]
BASIS_WORDS = (in_sentence("project.basis"), in_sentence("project.basis", "en"))
"""The legal basis as a sentence names it, in each language."""

PERIODS_EN = {"mid_term": "mid-term", "annual": "annual"}
SOURCES_EN = {
    "total": "total",
    "central": "central government",
    "provincial": "provincial government",
    "municipal": "municipal government",
    "county": "county/district government",
    "other": "other",
}
SCHEMES_EN = {
    "2021版指标体系（财预〔2021〕101号）": "2021 indicator scheme (Cai Yu [2021] No. 101)",
    "传统指标体系（财政部2010年代规则）": "Classic indicator scheme (Ministry of Finance, 2010s)",
}
"""The schemes' titles (as their data files give them) in English, as the interface translates them."""

FIELD_NAMES: dict[str, tuple[str, str]] = {key: (qualified(key), qualified(key, "en")) for key in FIELDS}
"""The name of each text field in messages, by JSON path: the forms' printed label, qualified where ambiguous
(``domain.labels``)."""

LINE_PARTS = {
    "name": ("支出内容", "expense item"),
    "value": ("因子", "factor"),
    "amount": ("金额", "amount"),
    "note": ("备注", "note"),
    "unit": ("单位", "unit"),
    "expression": ("算式", "formula"),
    "economic_class": ("经济分类科目", "economic classification"),
    "procurement": ("政府采购品目", "procurement category"),
    "factors": ("因子", "factors"),
}
_INDICATOR_PARTS = {
    key: (in_sentence(f"indicator.{key}"), in_sentence(f"indicator.{key}", "en"))
    for key in (
        "level1",
        "level2",
        "name",
        "value",
        "actual",
        "score",
        "deviation",
        "weight",
        "explanation",
        "note",
        "progress",
        "forecast",
        "cause",
        "measure",
        "operator",
        "unit",
        "scoring",
    )
}
# The messages have always called the weight 分值 (the 自评表's word) where the matrix's column says 权重.
_INDICATOR_PARTS["weight"] = ("分值", _INDICATOR_PARTS["weight"][1])
_OTHER_PLACES = {
    "year": ("预算年度", "budget year"),
    "scheme": ("指标体系", "indicator scheme"),
    "cost_total": ("测算明细合计", "total of the cost breakdown"),
    "execution.budget": ("自评表的全年预算数", "budget of the year (self-evaluation)"),
    "execution.spent": ("自评表的全年执行数", "spent in the year (self-evaluation)"),
    "execution.weight": ("预算执行率的分值", "weight of the execution rate"),
    "execution.score": ("预算执行率的得分", "score of the execution rate"),
    "execution.date": (in_sentence("execution.date"), in_sentence("execution.date", "en")),
}
"""Places that are neither a form field nor a table cell, named as the clerk reads them."""


def language_of(lang: str) -> Language:
    """``en`` for English (``en``, ``en_US``…), otherwise ``zh``: Chinese is the default."""
    return "en" if lang.lower().startswith("en") else "zh"


def period_word(period: str, lang: Language) -> str:
    """中期 / 年度, or mid-term / annual."""
    return PERIOD_LABELS[period] if lang == "zh" else PERIODS_EN[period]


def source_word(source: str, lang: Language) -> str:
    """A funding column by its key (``county`` → 县（市）区级财政, county/district government)."""
    return SOURCE_LABELS[source] if lang == "zh" else SOURCES_EN[source]


def pick(pair: tuple[str, str], lang: Language) -> str:
    """The Chinese or the English of ``pair``."""
    return pair[0] if lang == "zh" else pair[1]


def describe_place(where: Place | str, lang: str = "zh") -> str:
    """A place as a clerk reads it: “项目基本概况”, 测算明细第 8 行的备注, 年度绩效指标第 4 行的指标值."""
    language = language_of(lang)
    place = where if isinstance(where, Place) else parse_place(where)
    if place is None:
        return str(where)
    steps, row = place.steps, place.row
    last = steps[-1] if steps else None
    on_line = len(steps) == 3 or (len(steps) == 5 and place.factor is not None)  # name, or factors[j].unit
    if place.table == "cost_items" and row is not None and isinstance(last, str) and on_line:
        part = pick(LINE_PARTS[last], language) if last in LINE_PARTS else last
        if language == "zh":
            return f"测算明细第 {row + 1} 行的{part}"
        return f"the {part} in row {row + 1} of the cost breakdown"
    if place.section == "indicators" and row is not None and isinstance(last, str) and len(steps) == 4:
        part = pick(_INDICATOR_PARTS[last], language) if last in _INDICATOR_PARTS else last
        if language == "zh":
            return f"{PERIOD_LABELS[str(steps[1])]}绩效指标第 {row + 1} 行的{part}"
        return f"the {part} in row {row + 1} of the {PERIODS_EN[str(steps[1])]} indicators"
    if len(steps) == 3 and steps[:2] == ("project", "basis") and isinstance(last, int):
        return f"{BASIS_WORDS[0]}第 {last + 1} 条" if language == "zh" else f"item {last + 1} of the {BASIS_WORDS[1]}"
    if place.section == "funding" and place.period is not None and len(steps) == 3 and str(last) in SOURCE_LABELS:
        if language == "zh":
            return f"{PERIOD_LABELS[place.period]}资金来源的{SOURCE_LABELS[str(last)]}"
        return f"the {SOURCES_EN[str(last)]} of the {PERIODS_EN[place.period]} funding"
    path = str(place)
    if path in _OTHER_PLACES:
        return f"“{pick(_OTHER_PLACES[path], language)}”"
    if path in _SYSTEM_FIELDS:
        return f"“{pick(_SYSTEM_FIELDS[path], language)}”"
    return f"“{pick(FIELD_NAMES[path], language)}”" if path in FIELD_NAMES else path


_SYSTEM_FIELDS = {
    "project.function_class": ("支出功能分类科目", "functional classification"),
    "funding.years": ("中期分年度计划", "mid-term plan by year"),
    "monitoring.as_of": ("监控时点", "monitoring date"),
    "monitoring.spent": ("截至监控时点执行数", "spent by the monitoring date"),
}
"""The third turn's fields outside FIELD_NAMES (which lists the form's free texts, compared and rolled over)."""


_PAGES = {key[5:]: (pair.zh, pair.en) for key, pair in PAGES.items()} | {"execution": ("绩效自评", "Self-evaluation")}
"""The window's pages by section, as the sidebar names them."""
_ON_SIGNATURES = frozenset(("project.safeguards", "project.budget_notes"))
_SELF_EVALUATED = frozenset(("actual", "score", "deviation"))
_TRAIL_PARTS = {**LINE_PARTS, "amount": ("金额", "amount"), **{f"_{k}": v for k, v in _INDICATOR_PARTS.items()}}


_TOP_FIELDS = {
    key: (page, (in_sentence(key), in_sentence(key, "en")))
    for key, page in (("year", "basics"), ("scheme", "indicators"))
}


def place_trail(where: Place | str, lang: str = "zh") -> str:
    """Where a finding is, as a clerk finds it in the window: 绩效指标 › 年度 › 第 4 行 › 指标值.

    Page, then period, row and column, named as the window labels them (测算明细 › 第 1 行 › 数量3).
    A place with no such trail is described in words, as ``describe_place`` does.
    """
    language = language_of(lang)
    place = where if isinstance(where, Place) else parse_place(where)
    if place is None:
        return str(where)
    trail = _trail(place, language)
    if trail is None:
        return describe_place(place, lang)
    if language == "en":
        trail = [part[:1].upper() + part[1:] for part in trail]
    return " › ".join(trail)


def _trail(place: Place, language: Language) -> list[str] | None:
    zh = language == "zh"
    steps, section, row = place.steps, place.section, place.row
    row_word = (f"第 {row + 1} 行" if zh else f"row {row + 1}") if row is not None else ""
    if place.table == "cost_items":
        trail = [pick(_PAGES["cost_items"], language)]
        if row is not None:
            trail.append(row_word)
            factor, part = place.factor, place.factor_part
            if factor is not None:
                word = ("单位" if zh else "unit ") if part == "unit" else ("数量" if zh else "quantity ")
                trail.append(f"{word}{factor + 1}")
            elif len(steps) >= 3 and str(steps[2]) in _TRAIL_PARTS:
                trail.append(pick(_TRAIL_PARTS[str(steps[2])], language))
        return trail
    if section == "indicators" and place.period == "annual" and len(steps) >= 4 and steps[3] in _SELF_EVALUATED:
        # The year-end values are typed on 绩效自评, not on 绩效指标.
        return [pick(_PAGES["execution"], language), row_word, pick(_TRAIL_PARTS[f"_{steps[3]}"], language)]
    if section == "indicators" and place.period is not None:
        trail = [pick(_PAGES["indicators"], language), period_word(place.period, language)]
        if row is not None:
            trail.append(row_word)
            if len(steps) >= 4 and f"_{steps[3]}" in _TRAIL_PARTS:
                trail.append(pick(_TRAIL_PARTS[f"_{steps[3]}"], language))
        return trail
    if section == "funding" and place.period is not None:
        trail = [pick(_PAGES["funding"], language), period_word(place.period, language)]
        if len(steps) >= 3 and str(steps[2]) in SOURCE_LABELS:
            trail.append(source_word(str(steps[2]), language))
        return trail
    path = str(place)
    if path == "cost_total":  # 合计 against the funding: fixed where the funding is typed
        return [
            pick(_PAGES["funding"], language),
            period_word("annual", language),
            source_word("total", language),
        ]
    if section == "execution" and path in _OTHER_PLACES:
        words = pick(_OTHER_PLACES[path], language).removeprefix("自评表的")
        return [pick(_PAGES["execution"], language), words]
    if path in _TOP_FIELDS:
        page, label = _TOP_FIELDS[path]
        return [pick(_PAGES[page], language), pick(label, language)]
    if path in FIELD_NAMES or (len(steps) == 3 and steps[:2] == ("project", "basis")):
        on_signatures = section == "signatures" or path in _ON_SIGNATURES
        page = "signatures" if on_signatures else "goals" if section == "goals" else "basics"
        return [pick(_PAGES[page], language), describe_place(place, language).strip("“”")]
    return None


def parse_place(where: str) -> Place | None:
    """``where`` as a Place, or None when it is not one (a ``Sheet!Cell`` of a reader's note)."""
    try:
        return Place.parse(where)
    except ValueError:
        return None
