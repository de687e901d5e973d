"""Issue 26.2: the 自评表 grades only what was scored: no grade before anything is, 待打分 for a 定性 row the
clerk has not scored, operators understood in either column and either way of writing, 分值 with two decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.scoring import (
    AWAITING_SCORE,
    PENDING,
    evaluate,
    evaluation_to_json,
    format_evaluation,
    grouped,
    score_text,
    two_places,
)


def test_a_declaration_with_nothing_typed_has_no_total_and_no_grade(example_document: Document) -> None:
    evaluation = evaluate(example_document)
    assert evaluation.total is None and evaluation.grade is None
    assert (evaluation.total_text, evaluation.grade_text) == (PENDING, PENDING)
    report = evaluation_to_json(evaluation, "a.json")
    assert report["grade"] is None and report["total"] is None
    assert report["reason"] == "尚未填写实际完成值或全年执行数"
    assert "差" not in format_evaluation(evaluation) and "0.00  等级" not in format_evaluation(evaluation)


def test_the_seeds_way_of_writing_at_least_is_scored_beside_an_operator_column(example_document: Document) -> None:
    rows = example_document.indicators.annual
    for row in rows:
        if row.value == "≧95%":
            row.operator, row.unit, row.actual = "≥", "%", "96%"
    evaluation = evaluate(example_document)
    seed_rows = [item for item in evaluation.indicators if rows[item.row].value == "≧95%"]
    assert len(seed_rows) == 4
    assert all(item.operator == "≥" and item.score == item.weight for item in seed_rows)


@pytest.mark.parametrize(
    ("operator", "value", "actual", "score"),
    [
        ("≧", "95", "90", "9.47"),  # the column written with the seed's sign
        ("＞＝", "95%", "90%", "9.47"),
        ("≦", "10", "15", "5.00"),  # (1 − 5/10) × 10
        ("＜", "10个", "15个", "5.00"),
        ("", "≦10", "15", "5.00"),  # only the value carries it
        ("≤", "≦10", "15", "5.00"),  # both, either way
    ],
)
def test_operators_are_understood_whichever_column_carries_them(
    operator: str, value: str, actual: str, score: str
) -> None:
    document = Document()
    document.indicators.annual = [Indicator("产出指标", "数量指标", "指标", value, operator=operator, weight="10")]
    document.indicators.annual[0].actual = actual
    assert str(evaluate(document).indicators[0].score) == score


def test_a_graded_qualitative_row_without_the_clerks_score_awaits_it_and_the_total_says_incomplete() -> None:
    document = Document()
    document.indicators.annual = [
        Indicator("产出指标", "数量指标", "覆盖个数", "≥45个", actual="45个"),
        Indicator("效益指标", "社会效益指标", "服务水平", "得到提升", actual="达成"),
    ]
    evaluation = evaluate(document)
    qualitative = evaluation.indicators[1]
    assert qualitative.score is None and score_text(qualitative) == AWAITING_SCORE
    assert evaluation.total == Decimal("50.00") and evaluation.grade == "差"
    assert evaluation.unscored == 2  # the 定性 row and the money block
    assert evaluation.incomplete_note == "另有2项未得分，总分不完整"
    assert "总分不完整" in format_evaluation(evaluation)
    assert evaluation_to_json(evaluation, "a.json")["complete"] is False


def test_weights_print_with_two_decimals() -> None:
    assert [two_places(Decimal(text)) for text in ("8.34", "7.5", "10")] == ["8.34", "7.50", "10.00"]


def test_rows_of_one_level1_come_together() -> None:
    document = Document()
    document.indicators.annual = [
        Indicator("产出指标", "数量指标", "甲", "≥1个", actual="1个"),
        Indicator("效益指标", "社会效益指标", "乙", "≥1个", actual="1个"),
        Indicator("产出指标", "质量指标", "丙", "≥1个", actual="1个"),
    ]
    rows = document.indicators.annual
    assert [rows[item.row].name for item in grouped(evaluate(document), rows)] == ["甲", "丙", "乙"]
