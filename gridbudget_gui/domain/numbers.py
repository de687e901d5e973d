"""What a number is in GridBudget text: the one grammar behind typed cells, pasted cells, amounts in prose,
indicator targets and breakdown lines.

- Digits: ASCII 0-9 and full-width ０-９, nothing else. Digits of other scripts (Arabic-Indic ٥٣٤,
  Devanagari…) are refused: Python's ``\\d``, ``int()`` and ``Decimal()`` take every Unicode digit, a
  clerk never means them, and one reader taking what another refused made the checks disagree.
- Thousands separators: ``,`` or ``，``, only between groups of three digits after a first group of one
  to three (1,234,567.50); 1,23 and 1,2345 are not numbers.
- Decimal point: ``.`` or ``．`` (``。`` ends a sentence, it is never a point); 5. and .5 are numbers.
- Sign: ``+ ＋ - − － –`` written directly before the digits.
- No exponents (1e5), underscores (1_000), NaN or Infinity.
- At most ``MAX_DIGITS`` digits and at most ``MAX_MAGNITUDE`` in size, after 万/亿 scaling too.
- Units that scale: 万 (×10⁴) and 亿 (×10⁸), alone or in 万元 and 亿元. A percent sign (% ％) is a unit
  mark: 95% is the figure 95 with the unit %.

The fragments below are regular-expression text to compose into larger patterns; compile them without
``re.ASCII`` (the guard uses ``\\d`` on purpose, to refuse a number glued to any script's digits).
"""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.patterns import compiled

MAX_DIGITS = 18
MAX_MAGNITUDE = Decimal("1e15")
"""一千万亿: larger figures are not budgets, and the evaluator bounds every step by the same size."""

DIGIT = "[0-9０-９]"
SEPARATOR = "[,，]"
POINT = "[.．]"
SIGN = "[+＋\\-−－–]"
UNSIGNED = (
    rf"(?:{DIGIT}{{1,3}}(?:{SEPARATOR}{DIGIT}{{3}})+(?:{POINT}{DIGIT}*)?"
    rf"|{DIGIT}+(?:{POINT}{DIGIT}*)?"
    rf"|{POINT}{DIGIT}+)"
)
"""A number without a sign: 4484040, 4,484,040.00, ４５, .5."""
SIGNED = rf"{SIGN}?{UNSIGNED}"
"""A number with an optional sign written directly before it: −5, +3.5."""
ALONE = r"(?<!\d)(?<![A-Za-zＡ-Ｚａ-ｚ_＿])(?<!\d[,，.．])"
"""Put before a number searched for in prose, so that it does not start inside another number
(the 23 of 1,23, the 5 of 1e5 or of ١٥, the 000 of 1_000) or inside a Latin word."""
MONEY_UNIT = "亿元|万元|元"
"""The money units a figure in text may carry."""

_NUMBER = rf"(?P<sign>{SIGN})?(?P<number>{UNSIGNED})"
_PLAIN = UNSIGNED
_TO_ASCII = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "＋": "+", "－": "-"})
_SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


class NumberError(ValueError):
    """The text is not a number GridBudget reads; the message says why, in Chinese."""


def parse_number(text: str) -> Decimal:
    """The number ``text`` holds, spaces around it aside: "4,484,040.00", "４５", "−5"; raises NumberError.

    The places written are kept (4500.00 stays 4500.00).
    """
    match = compiled(_NUMBER).fullmatch(text.strip())
    if match is None:
        raise NumberError(f"“{text.strip()[:40]}”不是数字")
    return number_value(match[0])


def number_value(matched: str) -> Decimal:
    """The value of text already matched by ``SIGNED`` or ``UNSIGNED``, checked against the bounds."""
    ascii_text = matched.translate(_TO_ASCII)
    negative = ascii_text.startswith(("-", "−", "–"))
    digits = ascii_text.lstrip("+-−–").replace(",", "").replace("，", "")
    if sum(ch.isdigit() for ch in digits) > MAX_DIGITS:
        raise NumberError(f"数字太长（超过{MAX_DIGITS}位）")
    value = Decimal(digits)
    if abs(value) > MAX_MAGNITUDE:
        raise NumberError("数值太大（超过一千万亿）")
    return -value if negative else value


def is_plain_number(text: str) -> bool:
    """True when ``text`` is a bare number with no sign and no arithmetic: 158, 4,500.00, ４５."""
    return compiled(_PLAIN).fullmatch(text.strip()) is not None


def scale_of(unit: str) -> Decimal:
    """How much a unit multiplies its figure: 万元 → 10000, 亿 → 100000000, anything else → 1."""
    return _SCALES.get(unit[:1], Decimal(1))


def scaled(value: Decimal, unit: str) -> Decimal:
    """``value`` in the unit's base (534.58 万元 → 5345800); raises NumberError past ``MAX_MAGNITUDE``."""
    result = value * scale_of(unit)
    if abs(result) > MAX_MAGNITUDE:
        raise NumberError("数值太大（超过一千万亿）")
    return result


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits, point and signs in ASCII, one character for one."""
    return text.translate(_TO_ASCII)


_QUANTITY_END = rf"(?:{DIGIT}|[)）.．])"


def split_quantity(text: str) -> tuple[str, str | None]:
    """Split "158人" or "4,500.00元/辆" into the number part and a trailing unit (None when there is none)."""
    stripped = text.strip()
    end = len(stripped)
    quantity_end = compiled(_QUANTITY_END)
    while end > 0 and quantity_end.fullmatch(stripped[end - 1]) is None:
        end -= 1
    unit = stripped[end:].strip()
    # A trailing part with a letter or a CJK character is a unit (元/辆 has a slash and is still one);
    # one holding digits of another script is not, so the evaluator names the digit it refuses.
    if any(ch.isalpha() for ch in unit) and not any(ch.isdigit() for ch in unit):
        return stripped[:end], unit
    return stripped, None
