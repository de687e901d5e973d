"""Target values of indicators (指标值): quantitative (operator, number, unit) or qualitative (定性)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from gridbudget_gui.domain.numbers import SIGNED, NumberError, ascii_digits, number_value, scaled
from gridbudget_gui.domain.patterns import compiled

# The number itself is read by domain.numbers; this only makes the operators and units comparable.
_FULL_WIDTH = str.maketrans({"％": "%", "\u3000": " "})
_OPERATORS: dict[str, str] = {
    "≥": "≥",
    "≧": "≥",
    ">=": "≥",
    "＞＝": "≥",
    ">＝": "≥",
    "不低于": "≥",
    "不少于": "≥",
    "大于等于": "≥",
    "≤": "≤",
    "≦": "≤",
    "<=": "≤",
    "＜＝": "≤",
    "<＝": "≤",
    "不高于": "≤",
    "不超过": "≤",
    "不多于": "≤",
    "小于等于": "≤",
    "=": "=",
    "＝": "=",
    ">": ">",
    "＞": ">",
    "大于": ">",
    "<": "<",
    "＜": "<",
    "小于": "<",
}
_OPERATOR_PATTERN = "|".join(sorted((re.escape(op) for op in _OPERATORS), key=len, reverse=True))
_TARGET = (
    rf"^\s*(?P<op>{_OPERATOR_PATTERN})?\s*(?P<number>{SIGNED})\s*"
    r"(?P<unit>[^\d\s]{0,8}?)\s*(?P<after>以上|以内|以下)?\s*$"
)
_AFTER_OPERATORS = {"以上": "≥", "以内": "≤", "以下": "≤"}


@dataclass(frozen=True)
class Target:
    """A parsed target value.

    Quantitative: ``operator`` is one of ≥ ≤ = > <, ``number`` the figure (in 元 when the unit is
    money, so 534.58万元 gives 5345800 and unit 元) and ``unit`` the unit as normalised.
    Qualitative (定性): ``operator`` is None and ``number`` None.
    """

    operator: str | None
    number: Decimal | None
    unit: str
    text: str

    @property
    def is_quantitative(self) -> bool:
        """True for a figure with an operator; False for 定性 text."""
        return self.number is not None

    @property
    def is_money(self) -> bool:
        """True when the unit is money (元, after 万元 was converted)."""
        return self.unit == "元"

    @property
    def is_percent(self) -> bool:
        """True when the unit is a percentage."""
        return self.unit == "%"

    def describe(self) -> str:
        """A short reading of the value for the window: "≥ 95 %" or "定性"."""
        if self.number is None:
            return "定性" if self.text.strip() else ""
        return f"{self.operator} {format(self.number, 'f')} {self.unit}".strip()


@lru_cache(maxsize=4096)  # a matrix is read by several rules, and a folder repeats the same few values
def parse_target(text: str) -> Target:
    """Read an indicator value such as ≧95%, ≤534.58万元, ４５个 or 得到提升 (定性)."""
    # Trailing punctuation (≥95%，) is how a value often ends in a pasted sentence; it is not the unit.
    normalised = text.translate(_FULL_WIDTH).rstrip("，,。.；;、 ")
    match = compiled(_TARGET).match(normalised)
    if match is None or not text.strip():
        return Target(None, None, "", text)
    try:
        number = number_value(match["number"])
    except NumberError:
        return Target(None, None, "", text)
    operator = _OPERATORS.get(match["op"] or "")
    after = match["after"]
    if after is not None and operator is None:
        operator = _AFTER_OPERATORS[after]
    unit = match["unit"] or ""
    if unit in ("百分比", "百分率"):
        unit = "%"  # ≥100百分比 as some systems print it: a percentage
    if unit in ("万元", "亿元"):
        try:
            number, unit = scaled(number, unit), "元"
        except NumberError:
            return Target(None, None, "", text)
    return Target(operator or "=", number, unit, text)


# A date as a 时效 target writes it: 2021年12月31日前, 2021年底前, 2021.12, 12月底前; the year, when written.
_YEAR = r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:年|[-./](?=\s*[0-9]))"
_MONTH_DAY = r"(?<![0-9])[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日|底|末|份|前|内|中旬|上旬|下旬)"
# A period a payment or a task recurs in, or a deadline in words: 按月支付, 每季度, 年底前, 5个工作日内.
_PERIODIC = (
    r"按(?:月|季|年|周|日|天|时间节点)|每(?:月|季|年|周|日|天|半年)|年底|年末|年内|季末|月底|月末|当年|半年"
    r"|[0-9]+\s*个?(?:工作日|自然日|日|天|小时|周|月)内"
)


def target_year(text: str) -> int | None:
    """The latest year a 时效 target names (2021年12月31日前 → 2021), or None when it names none."""
    years = [int(match[1]) for match in compiled(_YEAR).finditer(ascii_digits(text))]
    return max(years) if years else None


def is_time_target(text: str) -> bool:
    """True when ``text`` is a date or a deadline (2021年12月31日前, 12月底前, 按月支付): measurable in time,
    so it counts as a quantitative target, not as 定性 text."""
    plain = ascii_digits(text)
    return any(compiled(pattern).search(plain) for pattern in (_YEAR, _MONTH_DAY, _PERIODIC))


OPERATOR_CHOICES: tuple[str, ...] = ("≥", ">", "=", "<", "≤", "定性")
"""The 计算符号 of the 一体化 system: an operator, or 定性 for a target in words."""
QUALITATIVE = "定性"


def operator_and_unit(text: str) -> tuple[str, str]:
    """The 计算符号 and 计量单位 of a value as typed: ≥95% → (≥, %), ≤534.58万元 → (≤, 万元), 得到提升 → (定性, "");
    an empty value gives ("", "")."""
    if not text.strip():
        return "", ""
    target = parse_target(text)
    if target.number is None:
        return QUALITATIVE, ""
    match = compiled(_TARGET).match(text.translate(_FULL_WIDTH).rstrip("，,。.；;、 "))
    unit = (match["unit"] or "") if match is not None else target.unit
    return target.operator or "=", unit


def operator_symbol(text: str) -> str:
    """The 计算符号 a column or a value writes, in the system's symbols: ≧ and >= are ≥, ＜ is <, 定性 stays;
    ``""`` for anything else."""
    written = text.strip().translate(_FULL_WIDTH)
    if written == QUALITATIVE:
        return QUALITATIVE
    return _OPERATORS.get(written, "")


def shown_operator_and_unit(value: str, operator: str, unit: str) -> tuple[str, str]:
    """The 计算符号 and 计量单位 as the window shows them and every output prints them: the clerk's own when set,
    otherwise read from the value (≧95% → ≥, %), so rows never edited carry them too."""
    derived_operator, derived_unit = operator_and_unit(value)
    return operator.strip() or derived_operator, unit.strip() or derived_unit


class _Row(Protocol):
    value: str
    operator: str
    unit: str


DERIVED_FIELDS = ("operator", "unit")
"""The indicator fields every output prints as the window shows them (read from the value when not set)."""


def shown_field(indicator: _Row, key: str) -> str:
    """An indicator's field as the window shows it and every output prints it: 计算符号 and 计量单位 derived
    from the value where the clerk set none, every other field as stored."""
    if key in DERIVED_FIELDS:
        operator, unit = shown_operator_and_unit(indicator.value, indicator.operator, indicator.unit)
        return operator if key == "operator" else unit
    text: str = getattr(indicator, key)
    return text


def with_operator_and_unit(text: str, operator: str, unit: str) -> str:
    """The value ``text`` rewritten with another 计算符号 or 计量单位 (≥95% with ≤ → ≤95%); a value in words,
    or 定性 chosen, keeps the text as typed."""
    target = parse_target(text)
    if target.number is None or operator == QUALITATIVE:
        return text
    match = compiled(_TARGET).match(text.translate(_FULL_WIDTH).rstrip("，,。.；;、 "))
    number = match["number"] if match is not None else format(target.number, "f")
    return f"{'' if operator == '=' else operator}{number}{unit}"
