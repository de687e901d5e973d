"""Money: rounding to fen, printed forms, hand-written amounts and 大写 checked by reading it back."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gridbudget_gui.domain.money import format_money, money_in_words, parse_money, plain_decimal, to_money

CAPITAL_DIGITS = dict(zip("壹贰叁肆伍陆柒捌玖", range(1, 10), strict=True))
SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
ALLOWED = set("壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整负")


class NotCapitalNumeralsError(ValueError):
    """The text does not follow the 大写 grammar the decoder knows."""


def _below_wan(text: str) -> int:
    """0–9999 from text such as 肆仟零伍拾: each unit needs a digit before it, and units only go down."""
    total, digit, last_unit = 0, None, 10**9
    for char in text:
        if char in CAPITAL_DIGITS:
            if digit is not None:
                raise NotCapitalNumeralsError(f"two digits in a row in {text!r}")
            digit = CAPITAL_DIGITS[char]
        elif char == "零":
            if digit is not None:
                raise NotCapitalNumeralsError(f"零 after a digit in {text!r}")
        elif char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if digit is None or unit >= last_unit:
                raise NotCapitalNumeralsError(f"misplaced {char} in {text!r}")
            total, digit, last_unit = total + digit * unit, None, unit
        else:
            raise NotCapitalNumeralsError(f"unexpected {char!r} in {text!r}")
    return total + (digit or 0)


def _integer(text: str) -> int:
    if "亿" in text:
        high, low = text.split("亿", 1)
        if not high:
            raise NotCapitalNumeralsError("亿 without a count")
        return _integer(high) * 10**8 + _integer(low)
    if "万" in text:
        high, low = text.split("万", 1)
        if not high:
            raise NotCapitalNumeralsError("万 without a count")
        return _below_wan(high) * 10**4 + _below_wan(low)
    return _below_wan(text)


def decode(words: str) -> Decimal:
    """Read 大写 back into the amount it writes: 壹仟肆佰零玖元伍角 → 1409.50."""
    sign = 1
    if words.startswith("负"):
        sign, words = -1, words[1:]
    words = words.removesuffix("整")
    if "元" in words:
        integer_part, fraction = words.split("元")
        value = Decimal(_integer(integer_part))
    else:
        value, fraction = Decimal(0), words
    fraction = fraction.removeprefix("零")
    if "角" in fraction:
        jiao, fraction = fraction.split("角")
        value += Decimal(CAPITAL_DIGITS[jiao]) / 10
    if fraction:
        if len(fraction) != 2 or not fraction.endswith("分"):
            raise NotCapitalNumeralsError(f"bad fen part {fraction!r}")
        value += Decimal(CAPITAL_DIGITS[fraction[0]]) / 100
    return sign * value


def test_decoder_reads_hand_written_examples() -> None:
    """The decoder itself is right on forms written by hand (so the property below means something)."""
    assert decode("伍佰叁拾肆万伍仟捌佰元整") == Decimal("5345800")
    assert decode("壹亿零壹元整") == Decimal("100000001")
    assert decode("壹拾万柒仟元零伍角叁分") == Decimal("107000.53")
    assert decode("陆仟零柒元壹角肆分") == Decimal("6007.14")
    with pytest.raises(NotCapitalNumeralsError):
        decode("伍佰伍佰元整")


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # The official examples of docs/form.md (from the People's Bank rules for writing amounts).
        ("5345800.00", "伍佰叁拾肆万伍仟捌佰元整"),
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        # More from the same rules: one 零 for a run of zeros, 元 then 零 before a lone 分.
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("100000001", "壹亿零壹元整"),
        ("1000010", "壹佰万零壹拾元整"),
        ("0", "零元整"),
        ("-3", "负叁元整"),
    ],
)
def test_money_in_words_official_examples(amount: str, words: str) -> None:
    assert money_in_words(Decimal(amount)) == words


def test_money_in_words_rounds_half_up_before_writing() -> None:
    # cn2an truncates past two places; 0.005 must become 壹分, not 零元整.
    assert money_in_words(Decimal("0.005")) == "壹分"
    assert money_in_words(Decimal("1409.495")) == "壹仟肆佰零玖元伍角"


_SPARSE_DIGIT = st.sampled_from("00000000123456789")
_cents = st.one_of(
    st.integers(min_value=0, max_value=10**18 - 1),
    st.lists(_SPARSE_DIGIT, min_size=1, max_size=18).map(lambda digits: int("".join(digits))),
)


@settings(max_examples=400, deadline=None)
@given(cents=_cents, negative=st.booleans())
@example(cents=534580000, negative=False)
@example(cents=140950, negative=False)
@example(cents=32504, negative=False)
@example(cents=10**17 + 1, negative=False)
def test_money_in_words_reads_back_to_the_amount(cents: int, negative: bool) -> None:
    amount = Decimal(-cents if negative else cents).scaleb(-2)
    words = money_in_words(amount)
    assert set(words) <= ALLOWED, words
    assert decode(words) == amount, words
    assert "零零" not in words, words
    if amount == 0:
        assert words == "零元整"
        return
    assert words.startswith("负") == (amount < 0), words
    assert words.count("负") <= 1, words
    # 整 after 元 (optional after 角, never after 分), and only at the end.
    assert words.count("整") <= 1
    assert "整" not in words[:-1]
    if words.endswith("分"):
        assert "整" not in words
    if amount == amount.to_integral_value():
        assert words.endswith("元整"), words
    # A 零 stands between figures: never at the start or end, nor right before a unit word.
    assert not re.search("零[万亿元角分整]", words), words
    assert not words.lstrip("负").startswith("零"), words
    assert not words.endswith("零"), words


@pytest.mark.parametrize(
    ("value", "money"),
    [
        ("2.675", "2.68"),  # a binary float would give 2.67
        ("2.665", "2.67"),  # half-up, not banker's rounding
        ("0.005", "0.01"),
        ("-0.005", "-0.01"),  # half away from zero
        ("1.004", "1.00"),
        ("158", "158.00"),
        ("4484040", "4484040.00"),
    ],
)
def test_to_money_rounds_half_up_to_fen(value: str, money: str) -> None:
    result = to_money(Decimal(value))
    assert result == Decimal(money)
    assert str(result) == money


def test_to_money_accepts_int_and_str() -> None:
    assert str(to_money(5)) == "5.00"
    assert str(to_money("1.235")) == "1.24"


def test_to_money_of_a_huge_product_does_not_raise() -> None:
    # Three factors of 1e15 each (the JSON reader allows each): the amount must be computed, not crash.
    assert to_money(Decimal("1e45")) == Decimal(10) ** 45


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("5345800", "5,345,800.00"),
        ("4484040.00", "4,484,040.00"),
        ("0", "0.00"),
        ("999.995", "1,000.00"),
        ("-1234.5", "-1,234.50"),
        ("0.1", "0.10"),
    ],
)
def test_format_money(amount: str, text: str) -> None:
    assert format_money(Decimal(amount)) == text


@pytest.mark.parametrize(
    ("text", "hint", "money"),
    [
        ("5,345,800.00", "元", "5345800.00"),
        ("534.58万元", "元", "5345800.00"),
        ("534.58万", "元", "5345800.00"),
        ("534.58", "万元", "5345800.00"),  # the column header's unit
        ("5345800元", "万元", "5345800.00"),  # the text's unit wins over the header's
        ("¥80000", "元", "80000.00"),
        ("￥ 80,000", "元", "80000.00"),
        ("８０，０００．５", "元", "80000.50"),
        ("-5", "元", "-5.00"),
        (".5", "元", "0.50"),
        (" 1.005 ", "元", "1.01"),
    ],
)
def test_parse_money(text: str, hint: str, money: str) -> None:
    assert parse_money(text, hint) == Decimal(money)


@pytest.mark.parametrize("text", ["", "abc", "1,23", "1,2345", "五千元", "12 34", "1.2.3", "元", "--5"])
def test_parse_money_refuses_what_is_not_money(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("value", "text"), [("158", "158"), ("4500.00", "4500.00"), ("1E+3", "1000"), ("0.000001", "0.000001")]
)
def test_plain_decimal_never_uses_exponents(value: str, text: str) -> None:
    assert plain_decimal(Decimal(value)) == text


def test_words_of_an_absurd_amount_say_so_instead_of_crashing() -> None:
    from gridbudget_gui.domain.money import money_in_words

    assert money_in_words(Decimal("1e16")) == "（金额超过万亿，无法写成大写）"
    assert money_in_words(Decimal("9999999999999999.99")).startswith("玖仟玖佰")


def test_money_in_words_writes_what_cn2an_writes() -> None:
    """Our own 大写 (cn2an took 0.2-0.8 s to import) agrees with cn2an's on every pattern of zeros up to 仟万."""
    cn2an = pytest.importorskip("cn2an")
    for bits in range(1, 2**12):
        amount = Decimal(int(f"{bits:b}".replace("1", "7")) * 13).scaleb(-2)
        assert money_in_words(amount) == cn2an.an2cn(str(amount), "rmb"), amount
