"""Money: exact decimals in 元 with two places, their printed forms, and 大写 (capital numerals)."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, localcontext

from gridbudget_gui.domain.arithmetic import evaluate
from gridbudget_gui.domain.numbers import ALONE, MONEY_UNIT, SIGNED, NumberError, number_value, scaled
from gridbudget_gui.domain.patterns import compiled

ZERO = Decimal("0.00")
FEN = Decimal("0.01")
WAN = Decimal(10000)
WORDS_LIMIT = Decimal("1e16")
"""大写 is written below 10¹⁶ 元 (万亿 is the largest unit); larger amounts are not real budgets."""
_NUMERALS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_GROUPS = {12: (10**12, "万"), 8: (10**8, "亿"), 4: (10**4, "万")}
"""After the digit at 10**key: the group's word (万亿, 亿, 万), written when something from there up was written
(for 万: something of its own four digits), as cn2an writes it and io/xlsx/formulas.py's words_formula."""
# Quantizing to fen needs as many digits as the amount has; the default 28 raises InvalidOperation
# for a product of large factors (1e15 × 1e15 × 1e15), which must become a finding, not a crash.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)

_MONEY_TEXT = rf"\s*[¥￥]?\s*(?P<number>{SIGNED})\s*(?P<unit>{MONEY_UNIT}|万|亿)?\s*"
_AMOUNT = rf"{ALONE}(?P<number>{SIGNED})\s*(?P<unit>{MONEY_UNIT})"


def exact_arithmetic() -> AbstractContextManager[Context]:
    """A block where Decimal adds and subtracts without rounding (the default keeps 28 digits), so a
    total summed afresh and one followed edit by edit are always the same number."""
    return localcontext(_EXACT)


def money_sum(amounts: Iterable[Decimal]) -> Decimal:
    """The exact sum of ``amounts`` (no 28-digit rounding, however large they are)."""
    with localcontext(_EXACT):
        return sum(amounts, ZERO)


def to_money(value: Decimal | int | str) -> Decimal:
    """Round ``value`` half-up to fen and return it as a two-place Decimal in 元."""
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP, context=_EXACT)


def format_money(amount: Decimal) -> str:
    """Print an amount with thousands separators and two places: 5,345,800.00."""
    return f"{to_money(amount):,.2f}"


def money_in_words(amount: Decimal) -> str:
    """Write an amount in 大写, as on finance forms: 伍佰叁拾肆万伍仟捌佰元整."""
    amount = to_money(amount)
    if amount == 0:
        return "零元整"
    if abs(amount) >= WORDS_LIMIT:
        return "（金额超过万亿，无法写成大写）"
    sign = "负" if amount < 0 else ""
    cents = int(abs(amount) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    words: list[str] = []
    for power in range(15, -1, -1):
        digit = yuan // 10**power % 10
        if digit:
            # One 零 for the zeros before a digit inside its group of four, when something higher was written.
            if power % 4 != 3 and yuan // 10 ** (power + 1) % 10 == 0 and yuan // 10 ** (power + 2) > 0:
                words.append("零")
            words.append(_NUMERALS[digit] + _PLACES[power % 4])
        if power in _GROUPS:
            scale, word = _GROUPS[power]
            if (yuan // scale % 10**4 if power == 4 else yuan // scale) > 0:
                words.append(word)
    if yuan:
        words.append("元")
    if jiao:
        words.append(_NUMERALS[jiao] + "角")
    elif yuan and fen:
        words.append("零")
    if fen:
        words.append(_NUMERALS[fen] + "分")
    elif not jiao:
        words.append("整")
    return sign + "".join(words)


def parse_money(text: str, unit_hint: str = "元") -> Decimal | None:
    """Read money written by hand ("5,345,800.00", "534.58万元", "¥80000") into 元; None if it is not money.

    ``unit_hint`` is the unit a column header gave (元 or 万元); a unit in the text wins over it. The
    number is one of domain.numbers; the units are 元, 万元, 亿元, 万 and 亿.
    """
    match = compiled(_MONEY_TEXT).fullmatch(text)
    if match is None:
        return None
    try:
        return to_money(scaled(number_value(match["number"]), match["unit"] or unit_hint))
    except NumberError:
        return None


def amounts_in(text: str) -> list[Decimal]:
    """Every amount of money written in prose (5345800元, 534.58万元, 1.5亿元), in 元, in order."""
    amounts = []
    for match in compiled(_AMOUNT).finditer(text):
        try:
            amounts.append(to_money(scaled(number_value(match["number"]), match["unit"])))
        except NumberError:
            continue
    return amounts


def read_amount(text: str) -> Decimal:
    """An amount typed by the user: 5,345,800.00, 534.58万元 or arithmetic; raises ExpressionError."""
    amount = parse_money(text)
    return amount if amount is not None else to_money(evaluate(text))


def plain_decimal(value: Decimal) -> str:
    """Write a Decimal without exponent notation and with the places it was given: 158, 4500.00."""
    return format(value, "f")
