"""Target values (指标值): operators in every spelling, full-width digits, 元/万元, and 定性 text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gridbudget_gui.domain.targets import parse_target


@pytest.mark.parametrize(
    ("text", "operator", "number", "unit"),
    [
        ("≥95%", "≥", "95", "%"),
        ("≧95%", "≥", "95", "%"),  # U+2267, as the seed writes it
        (">=95%", "≥", "95", "%"),
        ("＞＝90％", "≥", "90", "%"),
        ("≤534.58万元", "≤", "5345800", "元"),
        ("≦534.58万元", "≤", "5345800", "元"),
        ("<=5,345,800元", "≤", "5345800", "元"),
        ("≤5345800.00元", "≤", "5345800", "元"),
        ("=12月", "=", "12", "月"),
        (">0", ">", "0", ""),
        ("<5", "<", "5", ""),
        ("45个", "=", "45", "个"),  # a bare figure means =
        ("４５个", "=", "45", "个"),
        ("≧９５％", "≥", "95", "%"),
        ("≥ 95 %", "≥", "95", "%"),
        ("  ≤ 0.5 万元  ", "≤", "5000", "元"),
        ("≥1.5亿元", "≥", "150000000", "元"),
        ("95%以上", "≥", "95", "%"),
        ("不低于95%", "≥", "95", "%"),
        ("≥1,000人次", "≥", "1000", "人次"),
        ("≥95.5%", "≥", "95.5", "%"),
        ("-5%", "=", "-5", "%"),  # a negative figure is a figure (so the 0–100 check can see it)
        ("－5%", "=", "-5", "%"),
    ],
)
def test_quantitative(text: str, operator: str, number: str, unit: str) -> None:
    target = parse_target(text)
    assert target.is_quantitative
    assert target.operator == operator
    assert target.number == Decimal(number)
    assert target.unit == unit
    assert target.text == text
    assert target.is_money == (unit == "元")
    assert target.is_percent == (unit == "%")


@pytest.mark.parametrize("text", ["得到提升", "成效显著", "按月支付", "约95%", "1-2个", "较上年有所提高"])
def test_qualitative(text: str) -> None:
    target = parse_target(text)
    assert not target.is_quantitative
    assert target.operator is None and target.number is None
    assert target.describe() == "定性"
    assert target.text == text


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_is_neither(text: str) -> None:
    target = parse_target(text)
    assert not target.is_quantitative
    assert target.describe() == ""


def test_describe() -> None:
    assert parse_target("≧95%").describe() == "≥ 95 %"
    assert parse_target("≤534.58万元").describe() == "≤ 5345800.00 元"


def test_trailing_punctuation_is_not_part_of_the_unit() -> None:
    from gridbudget_gui.domain.targets import parse_target

    target = parse_target("≥95%，")
    assert target.is_percent and target.operator == "≥"
    assert parse_target("45个。").unit == "个"
