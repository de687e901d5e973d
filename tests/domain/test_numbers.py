"""The number grammar: which texts are numbers, with what value, and the fragments other patterns compose."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gridbudget_gui.domain.numbers import (
    ALONE,
    MAX_MAGNITUDE,
    SIGNED,
    NumberError,
    is_plain_number,
    parse_number,
    scaled,
    split_quantity,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("158", "158"),
        ("4500.00", "4500.00"),  # the places written are kept
        ("4,484,040.00", "4484040.00"),
        ("4，484，040", "4484040"),
        ("５３４", "534"),
        ("４５．５", "45.5"),
        ("１，０００", "1000"),
        (".5", "0.5"),
        ("５.", "5"),
        ("-5", "-5"),
        ("−5", "-5"),  # U+2212 MINUS SIGN
        ("－5", "-5"),
        ("–5", "-5"),  # an en dash, as word processors turn a typed hyphen
        ("+3", "3"),
        ("＋3", "3"),
        ("  12 ", "12"),
        ("\u300012\u3000", "12"),
        ("999999999999999999", None),  # 18 digits, past the size bound
        ("1000000000000000", "1000000000000000"),
        ("0.00000000000000001", "0.00000000000000001"),  # 18 digits
    ],
)
def test_parse_number(text: str, value: str | None) -> None:
    if value is None:
        with pytest.raises(NumberError):
            parse_number(text)
        return
    result = parse_number(text)
    assert result == Decimal(value)
    assert format(result, "f") == value


@pytest.mark.parametrize(
    "text",
    [
        "٥٣٤",  # Arabic-Indic digits: Decimal() and int() take them, GridBudget does not
        "١٢",
        "۱۲",  # Extended Arabic-Indic
        "१२",  # Devanagari
        "5٣",
        "1,23",
        "1,2345",
        "12,34,567",  # grouped by lakh
        "1e5",
        "1E5",
        "1_000",
        "NaN",
        "Infinity",
        "0x10",
        "1。5",  # 。 ends a sentence
        "1..2",
        "--5",
        "- 5",  # a sign stands right before its digits
        "5-",
        "",
        ".",
        ",",
        "12%",
        "534.58万元",
        "½",
        "²",
        "1000000000000001",
        "9" * 19,
        "0." + "1" * 18,
    ],
)
def test_not_numbers(text: str) -> None:
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert re.search(r"[\u4e00-\u9fff]", str(caught.value))


@given(st.text(max_size=30))
def test_parse_number_raises_only_number_error(text: str) -> None:
    try:
        value = parse_number(text)
    except NumberError:
        return
    assert value.is_finite() and abs(value) <= MAX_MAGNITUDE


@given(st.decimals(min_value=-MAX_MAGNITUDE, max_value=MAX_MAGNITUDE, places=2, allow_nan=False))
def test_printed_amounts_read_back(value: Decimal) -> None:
    """What the program prints (grouped, plain, full-width) reads back as the same value."""
    assert parse_number(f"{value:,.2f}") == value
    assert parse_number(format(value, "f")) == value
    wide = format(value, "f").translate(str.maketrans("0123456789.-", "０１２３４５６７８９．－"))
    assert parse_number(wide) == value


def test_plain_number_has_no_sign_and_no_arithmetic() -> None:
    assert is_plain_number("4,500.00")
    assert is_plain_number("４５")
    assert not is_plain_number("-5")
    assert not is_plain_number("45*4")
    assert not is_plain_number("٤٥")
    assert not is_plain_number("")


def test_scaling_by_wan_and_yi_is_bounded() -> None:
    assert scaled(Decimal("534.58"), "万元") == Decimal("5345800")
    assert scaled(Decimal("1.5"), "亿") == Decimal("150000000")
    assert scaled(Decimal(7), "元") == 7
    with pytest.raises(NumberError):
        scaled(Decimal("100000000"), "亿元")


def test_a_number_in_prose_stands_alone() -> None:
    found = re.compile(rf"{ALONE}({SIGNED})元")
    assert [m[1] for m in found.finditer("共1,234元，另5元")] == ["1,234", "5"]
    assert found.search("1,23元") is None  # not the 23 of a badly grouped number
    assert found.search("1e5元") is None
    assert found.search("١٥元") is None
    assert found.search("A5元") is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("158人", ("158", "人")),
        ("4,500.00元/辆", ("4,500.00", "元/辆")),
        ("45*4-22", ("45*4-22", None)),
        ("(45*4-22)人", ("(45*4-22)", "人")),
        ("１２个月", ("１２", "个月")),
        ("12%", ("12%", None)),
        ("١٢人", ("١٢人", None)),  # not a unit: the evaluator then names the digit it refuses
    ],
)
def test_split_quantity(text: str, parts: tuple[str, str | None]) -> None:
    assert split_quantity(text) == parts
