"""The self-evaluation's arithmetic against docs/form.md's formulas: the hand-computed example and properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.scoring import (
    evaluate,
    grade_band,
    grade_of_total,
    in_band,
    in_self_evaluation,
    score_quantitative,
    split_weights,
)
from tests.domain import selfeval_example as example


def test_the_hand_computed_example_scores_exactly(clean_document: Document) -> None:
    evaluation = evaluate(example.self_evaluated(clean_document))
    assert [str(item.score) for item in evaluation.indicators] == list(example.SCORES)
    assert [item.weight for item in evaluation.indicators] == [Decimal(w) for w in example.WEIGHTS]
    assert str(evaluation.execution.rate) == "0.9578"
    assert str(evaluation.execution.score) == example.EXECUTION_SCORE
    assert str(evaluation.total) == example.TOTAL
    assert evaluation.grade == example.GRADE
    assert evaluation.weights_total == 100
    assert [item.needs_deviation for item in evaluation.indicators] == [
        Decimal(s) < Decimal(w) for s, w in zip(example.SCORES, example.WEIGHTS, strict=True)
    ]


def test_the_example_self_evaluation_is_clean(clean_document: Document) -> None:
    findings = check_document(example.self_evaluated(clean_document))
    assert [f for f in findings if f.rule.startswith("selfeval.")] == []


def _row(value: str, actual: str, level1: str = "产出指标", **fields: str) -> Indicator:
    return Indicator(level1, "数量指标", "指标", value, actual=actual, **fields)


def _score(value: str, actual: str, **fields: str) -> Decimal | None:
    document = Document()
    document.indicators.annual = [_row(value, actual, weight="10", **fields)]
    item = evaluate(document).indicators[0]
    return item.score


@pytest.mark.parametrize(
    ("value", "actual", "score"),
    [
        ("≤534.58万元", "512万元", "10.00"),  # both in 万元
        ("≤534.58万元", "5,120,000元", "10.00"),  # 元 against 万元
        ("≤534.58万元", "600", "8.78"),  # a bare actual takes the target's 万元: (1 − 65.42/534.58) × 10
        ("≤5345800元", "600万元", "8.78"),
        ("≥95%", "96", "10.00"),  # % and a bare number compare as one
        ("≥95", "90%", "9.47"),
        ("≧95%", "９０％", "9.47"),  # full-width forms read as the number grammar says
        ("=0", "-3", "10.00"),  # a negative actual counts as 0, and 0 meets = 0
    ],
)
def test_units_are_converted(value: str, actual: str, score: str) -> None:
    assert str(_score(value, actual)) == score


def test_the_operator_and_unit_columns_of_the_system_are_read() -> None:
    assert str(_score("95", "90", operator="≥", unit="%")) == "9.47"
    assert str(_score("95", "100", operator="≤", unit="%")) == "9.47"  # 1 − 5/95
    assert str(_score("534.58", "5,120,000元", operator="≤", unit="万元")) == "10.00"
    assert _score("95%", "达成", operator="定性", score="9") == Decimal("9.00")


@pytest.mark.parametrize(("value", "actual"), [("45个", "很多"), ("45个", "45人"), ("≥95%", "45个"), ("", "45个")])
def test_an_actual_that_cannot_be_compared_has_no_score(value: str, actual: str) -> None:
    assert _score(value, actual) is None


def test_a_qualitative_score_must_lie_in_its_band() -> None:
    assert _score("得到提升", "达成", score="8") == Decimal("8.00")
    assert _score("得到提升", "达成", score="7.99") is None  # below 80 % of 10
    assert _score("得到提升", "部分达成", score="8") is None  # 80 % is 达成
    assert _score("得到提升", "部分达成", score="6") == Decimal("6.00")
    assert _score("得到提升", "未达成", score="5.99") == Decimal("5.99")
    assert _score("得到提升", "未达成", score="6") is None
    assert _score("得到提升", "达成") is None  # no score typed
    assert _score("得到提升", "完成得很好", score="9") is None


def test_without_satisfaction_its_ten_go_to_benefits() -> None:
    document = Document()
    document.indicators.annual = [_row("≥1个", "", "产出指标"), _row("≥1个", "", "效益指标")]
    assert [w for w, _, _ in split_weights(document.indicators.annual)] == [Decimal(50), Decimal(40)]
    document.indicators.annual.append(_row("≥90%", "", "满意度指标"))
    assert [w for w, _, _ in split_weights(document.indicators.annual)] == [Decimal(50), Decimal(30), Decimal(10)]


def test_a_set_weight_leaves_the_rest_of_its_group_to_the_others() -> None:
    rows = [_row("≥1个", "", weight="20"), _row("≥1个", ""), _row("≥1个", ""), _row("≥1", "", "效益指标")]
    assert [w for w, _, _ in split_weights(rows)] == [Decimal(20), Decimal(15), Decimal(15), Decimal(40)]


def test_self_evaluation_starts_with_the_first_actual_or_the_money_spent(clean_document: Document) -> None:
    assert not in_self_evaluation(clean_document)
    clean_document.indicators.annual[0].actual = "45个"
    assert in_self_evaluation(clean_document)
    clean_document.indicators.annual[0].actual = ""
    clean_document.execution.spent = Decimal(1)
    assert in_self_evaluation(clean_document)


def test_the_budget_of_the_money_block_defaults_to_the_annual_funding(clean_document: Document) -> None:
    clean_document.execution.spent = Decimal("6000000")
    execution = evaluate(clean_document).execution
    assert execution.budget == Decimal("5345800") and execution.budget_is_default
    assert str(execution.rate) == "1.1224" and str(execution.score) == "10.00"  # over-spending is capped at 10


# --- properties against the formulas written out with exact fractions ------------------------------------------


def _half_up(value: Fraction) -> Fraction:
    cents = value * 100
    whole = cents.numerator // cents.denominator
    if cents - whole >= Fraction(1, 2):
        whole += 1
    return Fraction(whole, 100)


def _spec(operator: str, a: Fraction, b: Fraction, w: Fraction) -> Fraction:
    """docs/form.md "The year after", line by line."""
    b = max(b, Fraction(0))
    if operator == "=":
        if a > 0:
            operator = "≥"
        else:
            return _half_up(w if b <= 0 else Fraction(0))
    if operator in ("≥", ">"):
        return _half_up(w if b >= a else b / a * w)
    if b <= a:
        return _half_up(w)
    if b >= 2 * a:
        return Fraction(0)
    return _half_up((1 - (b - a) / a) * w)


_amounts = st.decimals(min_value=Decimal(0), max_value=Decimal("1e12"), places=2, allow_nan=False)
_actuals = st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e12"), places=3, allow_nan=False)
_weights = st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=2, allow_nan=False)


@given(st.sampled_from(["≥", ">", "=", "<", "≤"]), _amounts, _actuals, _weights)
def test_scores_follow_the_formulas(operator: str, a: Decimal, b: Decimal, w: Decimal) -> None:
    expected = _spec(operator, Fraction(a), Fraction(b), Fraction(w))
    score = score_quantitative(operator, a, b, w)
    assert Fraction(score) == expected
    assert 0 <= score <= w
    assert score.as_tuple().exponent == -2


@given(_amounts.filter(lambda a: a > 0), _actuals, _actuals, _weights)
def test_more_is_never_worse_for_at_least_and_never_better_for_at_most(
    a: Decimal, b1: Decimal, b2: Decimal, w: Decimal
) -> None:
    low, high = sorted((b1, b2))
    assert score_quantitative("≥", a, low, w) <= score_quantitative("≥", a, high, w)
    assert score_quantitative("≤", a, low, w) >= score_quantitative("≤", a, high, w)


@given(st.lists(st.sampled_from(["产出指标", "效益指标", "满意度指标", "成本指标"]), min_size=1, max_size=40))
def test_default_weights_add_up_to_the_groups_in_cents(groups: list[str]) -> None:
    rows = [_row("≥1个", "", level1) for level1 in groups]
    weights = [w for w, _, _ in split_weights(rows)]
    present = {"满意度" if "满意" in g else "效益" if "效益" in g else "产出" for g in groups}
    expected = {"产出": 50, "效益": 30, "满意度": 10}
    if "满意度" not in present:
        expected["效益"] += expected.pop("满意度")
    assert sum(weights) == sum(v for k, v in expected.items() if k in present)
    assert all(w.as_tuple().exponent >= -2 for w in weights)
    assert min(weights) >= 0


@given(st.sampled_from(["达成", "部分达成", "未达成"]), _weights, _weights)
def test_a_band_is_a_share_of_the_weight_and_the_bands_do_not_overlap(grade: str, w: Decimal, score: Decimal) -> None:
    low, high = grade_band(grade, w)
    share = {"达成": (Fraction(8, 10), Fraction(1)), "部分达成": (Fraction(6, 10), Fraction(8, 10))}.get(
        grade, (Fraction(0), Fraction(6, 10))
    )
    inside = in_band(grade, score, w)
    exact = Fraction(score)
    assert inside == (low <= score <= high)
    if inside:
        assert share[0] * Fraction(w) <= exact <= share[1] * Fraction(w)
        if grade != "达成" and w > 0:
            assert exact < share[1] * Fraction(w)
    others = [g for g in ("达成", "部分达成", "未达成") if g != grade]
    if inside and w > 0:
        assert not any(in_band(other, score, w) for other in others)


@pytest.mark.parametrize(
    ("total", "grade"),
    [("100", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.99", "差")],
)
def test_grades(total: str, grade: str) -> None:
    assert grade_of_total(Decimal(total)) == grade
