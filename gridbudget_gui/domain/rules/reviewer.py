"""What a finance bureau's reviewer writes up beyond arithmetic (docs/form.md, "What is checked").

Targets that cannot be measured (定性 outputs, 得到提升), operators pointing the wrong way, placeholders left in,
deadlines after the budget year, names and units that disagree, several indicators in one row, a 年度 target
above the 中期 one, and numbers in the 年度目标 text that no indicator carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.findings import Finding, error, info, warning
from gridbudget_gui.domain.numbers import DIGIT, POINT, NumberError, ascii_digits, number_value, scaled
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.schemes import Scheme
from gridbudget_gui.domain.targets import Target, is_time_target, parse_target, target_year

OUTPUTS = ("数量指标", "质量指标", "时效指标")
_QUANTITY, _TIMELINESS = "数量指标", "时效指标"

# Words that say a thing got better without saying by how much; a target made only of them measures nothing.
_VAGUE = re.compile(
    "进一步|逐步|逐渐|不断|持续|稳步|显著|明显|大幅|有效|有所|得到|得以|较大|较好|良好|成效|效果|"
    "提升|提高|改善|增强|加强|增加|优化|完善|促进|推进|好转|改进|积极|稳定|全面|切实|更加|"
    "[较更很有了的得到其所]"
)
_PUNCTUATION = re.compile(r"[\s，,。.；;、！!“”\"'（）()]+")

_PLACEHOLDER = re.compile(r"(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|[×Ｘｘ]{2,}|…+|\.{3,}|。{3,}|[*＊]{2,}|^\s*[*＊]\s*$")

_LIBRARY_HINT = re.compile(r"[（(][^（）()]*[*＊]{2,}[^（）()]*[）)]")
"""A hint of the indicator library in brackets after a name (（≥**人）, (≤**万元)): the form's value fills it."""

_HIGHER_IS_BETTER = ("满意度", "满意率", "合格率", "达标率", "完成率", "覆盖率", "办结率", "处置率", "知晓率", "到位率")
_LOWER_IS_BETTER = ("投诉率", "事故率", "差错率", "故障率", "发生率", "投诉", "事故", "返工率", "失误率", "违规率")

_RATE_NAME = re.compile(r"(?:率|比例|比率|占比)\s*(?:[（(][%％‰][)）])?\s*$")
_COUNT_NAME = re.compile(r"(?:个数|数量|人数|次数|户数|件数|场次|人次|台数|套数|项数|家数|册数|名额)\s*$")
_COUNT_UNITS = re.compile(
    r"^(?:个|人|名|户|次|件|场|台|套|项|家|所|条|册|份|批|辆|处|间|座|本|期|次/年|人次|户次|场次|万人|万人次|万册|万份)"
)
_PERCENT_UNITS = ("%", "‰", "个百分点")

# More than one indicator in a row: names split by a comma or semicolon (社区居民、市民满意度 is one indicator).
_SEPARATORS = re.compile(r"[，,；;]")
# A sentence with commas is one indicator (促进资源循环和高效利用，改善城乡生态环境): a part that starts with a verb
# says what the project does; a list of indicators (城市卫生环境，街面秩序) names things to measure.
_SENTENCE = re.compile(
    r"(?:促进|改善|提高|提升|确保|保障|加强|推动|推进|实现|完成|做好|达到|满足|进一步|不断|全面|切实|维护|减少|降低"
    r"|增加|带动|增强|丰富|优化|营造|打造|形成|有效|按时|及时|严格)"
)

# A quantity in the 年度目标 text: 45个社区, 158人, 95%, 534.58万元; years (2021年) are not quantities.
_GOAL_NUMBER = re.compile(
    rf"(?<![0-9０-９.．])({DIGIT}+(?:{POINT}{DIGIT}+)?)\s*"
    r"(个|人次|人|名|户|次|件|场|台|套|项|家|所|条|册|份|批|辆|处|间|座|公里|千米|平方米|亩|%|％|万元|亿元|元)"
)


def check_rows(rows: list[Indicator], period: str, scheme: Scheme, document: Document) -> list[Finding]:
    """The reviewer's findings on each row of the ``period`` matrix."""
    findings: list[Finding] = []
    limit, limit_kind = _deadline(document, period)
    for i, row in enumerate(rows):
        findings += _row(row, i, period, scheme, limit, limit_kind)
    return findings


def _row(row: Indicator, i: int, period: str, scheme: Scheme, limit: int | None, limit_kind: str) -> Iterator[Finding]:
    placed = scheme.placed(row.level1, row.level2)
    level2 = placed[1] if placed is not None else None
    value = row.value.strip()
    placeholder = False
    for part, text in (("name", row.name), ("value", row.value)):
        searched = _LIBRARY_HINT.sub("", text) if part == "name" and value else text  # （≥**人） filled by the value
        mark = _PLACEHOLDER.search(searched)
        if mark is not None:
            placeholder = True
            yield error("indicator.placeholder", Place.indicator(period, i, part), mark=mark[0].strip(), text=text)
    if not value or placeholder:
        return
    where = Place.indicator(period, i, "value")
    name = row.name.strip()
    parts = [part for part in _SEPARATORS.split(name) if len(part.strip()) >= 2]
    if len(parts) >= 2 and not any(_SENTENCE.match(part.strip()) for part in parts):
        yield warning("indicator.multi-in-row", Place.indicator(period, i, "name"), name=name, count=len(parts))
    target = parse_target(value)
    timed = not target.is_quantitative and is_time_target(value)
    if not target.is_quantitative and not timed and _is_vague(value):
        yield warning("indicator.vague-value", where, name=name, value=value)
    elif level2 in OUTPUTS and not target.is_quantitative and not (level2 == _TIMELINESS and timed):
        if level2 == _QUANTITY:
            yield warning(
                "indicator.output-qualitative", where, variant="quantity", name=name, value=value, level2=level2
            )
        else:
            yield warning("indicator.output-qualitative", where, name=name, value=value, level2=level2)
    yield from _direction(row, target, where, scheme)
    yield from _units(name, target, where)
    if level2 == _TIMELINESS and limit is not None:
        year = target_year(value)
        if year is not None and year > limit:
            if limit_kind == "annual":
                yield warning(
                    "indicator.timeliness-period", where, variant="annual", name=name, value=value, year=limit
                )
            else:
                yield warning("indicator.timeliness-period", where, variant="term", name=name, value=value, year=limit)


def _is_vague(value: str) -> bool:
    """True when nothing is left of ``value`` once the vague words and punctuation are taken out."""
    if re.search(DIGIT, value):
        return False
    return not _VAGUE.sub("", _PUNCTUATION.sub("", value))


def _direction(row: Indicator, target: Target, where: Place, scheme: Scheme) -> Iterator[Finding]:
    operator = target.operator
    if not target.is_quantitative or operator not in ("≥", ">", "≤", "<"):
        return
    upward = operator in ("≥", ">")
    name = row.name.strip()
    money = target.is_money or target.unit.startswith(("元/", "万元/"))
    if scheme.is_cost(row.level1, row.level2) and money and upward:
        yield warning("indicator.operator-direction", where, variant="cost", name=name, operator=operator)
    elif any(word in name for word in _LOWER_IS_BETTER) and upward:
        yield warning("indicator.operator-direction", where, variant="lower", name=name, operator=operator)
    elif any(word in name for word in _HIGHER_IS_BETTER) and not upward and not scheme.is_satisfaction(row.level1):
        # a 满意度 row of the satisfaction group has its own rule (indicator.satisfaction-form)
        yield warning("indicator.operator-direction", where, variant="higher", name=name, operator=operator)


def _units(name: str, target: Target, where: Place) -> Iterator[Finding]:
    if not target.is_quantitative:
        return
    unit = target.unit
    if _RATE_NAME.search(name) and unit not in _PERCENT_UNITS:
        yield warning("indicator.name-unit", where, variant="rate", name=name, value=target.text.strip())
    elif _COUNT_NAME.search(name) and not _COUNT_UNITS.match(unit):
        yield warning("indicator.name-unit", where, variant="count", name=name, value=target.text.strip())


_TERM_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def _deadline(document: Document, period: str) -> tuple[int | None, str]:
    """The last year a 时效 date of the period may name: the budget year (年度), the project's end (中期)."""
    if period == "annual":
        return document.year, "annual"
    years = [int(year) for year in _TERM_YEAR.findall(ascii_digits(document.project.term))]
    return (max(years), "term") if years else (None, "term")


def check_mid_term_pairs(document: Document, scheme: Scheme) -> list[Finding]:
    """年度 targets larger than the 中期 target of the same indicator (same group and name, same unit)."""
    mid_term: dict[tuple[str | None, str], Target] = {}
    for row in document.indicators.mid_term:
        mid_term.setdefault(_key(row, scheme), parse_target(row.value))
    findings: list[Finding] = []
    for i, row in enumerate(document.indicators.annual):
        bound = mid_term.get(_key(row, scheme))
        annual = parse_target(row.value)
        if bound is None or annual.number is None or bound.number is None or annual.unit != bound.unit:
            continue
        if annual.number > bound.number:
            findings.append(
                warning(
                    "indicator.annual-exceeds-mid-term",
                    Place.indicator("annual", i, "value"),
                    name=row.name.strip(),
                    annual=row.value.strip(),
                    mid_term=bound.text.strip(),
                )
            )
    return findings


def _key(row: Indicator, scheme: Scheme) -> tuple[str | None, str]:
    placed = scheme.placed(row.level1, row.level2)
    return (placed[1] if placed is not None else row.level2.strip()), row.name.strip()


def check_goal_numbers(document: Document) -> list[Finding]:
    """Quantities in the 年度目标 text (45个社区) that no 年度 indicator (or the 年度 funding) carries."""
    goal = document.goals.annual
    if not re.search(DIGIT, goal):
        return []
    carried: set[Decimal] = {document.funding.annual.total}
    for row in document.indicators.annual:
        for text in (row.value, row.name):
            carried.update(_numbers_in(text))
    findings: list[Finding] = []
    seen: set[str] = set()
    for match in _GOAL_NUMBER.finditer(goal):
        quantity = match[0].strip()
        try:
            number = _scaled(number_value(match[1]), match[2])
        except NumberError:
            continue
        if number not in carried and quantity not in seen:
            seen.add(quantity)
            findings.append(info("goal.unsupported-number", Place.of("goals.annual"), quantity=quantity))
    return findings


def _scaled(number: Decimal, unit: str) -> Decimal:
    return scaled(number, unit) if unit in ("万元", "亿元") else number


_ANY_NUMBER = re.compile(rf"({DIGIT}+(?:{POINT}{DIGIT}+)?)\s*(万元|亿元)?")


def _numbers_in(text: str) -> Iterator[Decimal]:
    for match in _ANY_NUMBER.finditer(text):
        try:
            yield _scaled(number_value(match[1]), match[2] or "")
        except NumberError:
            continue
