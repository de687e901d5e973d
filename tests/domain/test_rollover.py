"""Next year's declaration: what is kept, what is cleared, and the years in the texts listed for review."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.messages import render
from gridbudget_gui.domain.rollover import RolloverError, rollover
from gridbudget_gui.io.json import document_to_dict
from tests.domain import selfeval_example as example

ROLLOVER_RULES = {"rollover.stale-year", "rollover.mid-term-ended"}
"""The rules ``rollover`` reports (``check`` never does); each has a firing case below."""


def test_the_year_moves_on_and_the_self_evaluation_is_cleared(clean_document: Document) -> None:
    evaluated = example.self_evaluated(clean_document)
    before = document_to_dict(evaluated)
    new, _ = rollover(evaluated)
    assert document_to_dict(evaluated) == before  # the old year's document is not touched
    assert new.year == 2022
    assert all(not (row.actual or row.score or row.deviation) for row in new.indicators.annual)
    assert [row.value for row in new.indicators.annual] == [row.value for row in evaluated.indicators.annual]
    assert new.execution.is_empty
    assert new.signatures.date == "" and new.signatures.unit_head == evaluated.signatures.unit_head
    assert [item.amount for item in new.cost_items] == [item.amount for item in evaluated.cost_items]
    assert new.funding.annual.total == Decimal("5345800.00")
    new.cost_items[0].factors[0].value = Decimal(1)  # copies, not shared objects
    assert evaluated.cost_items[0].factors[0].value != 1


def test_every_mention_of_the_old_years_is_listed_and_left_as_written(example_document: Document) -> None:
    example_document.goals.annual += "2021年完成全部社区覆盖。"
    example_document.project.basis.append("《关于2021年网格化管理的通知》")
    new, findings = rollover(example_document)
    assert new.goals.annual.endswith("2021年完成全部社区覆盖。")
    listed = sorted((f.rule, f.path, f.args["year"]) for f in findings)
    assert listed == [
        ("rollover.stale-year", "cost_items[0].note", "2020"),  # 与2020年…持平: written in 2020
        ("rollover.stale-year", "goals.annual", "2021"),
        ("rollover.stale-year", f"project.basis[{len(new.project.basis) - 1}]", "2021"),
    ]
    note = next(f for f in findings if f.path == "goals.annual")
    assert render(note).startswith("“年度目标”提到 2021 年") and "2021年完成全部社区覆盖" in render(note)
    assert render(note, "en").startswith("“Annual goals” mentions 2021")


def test_a_mid_term_period_that_has_ended_is_flagged(example_document: Document) -> None:
    example_document.goals.mid_term = "2019-2021年，" + example_document.goals.mid_term
    _, findings = rollover(example_document)
    ended = [f for f in findings if f.rule == "rollover.mid-term-ended"]
    assert [(f.path, f.args["period"], f.args["year"]) for f in ended] == [("goals.mid_term", "2019-2021年", 2022)]
    example_document.goals.mid_term = "2021-2023年，三年滚动"
    _, findings = rollover(example_document)
    assert not [f for f in findings if f.rule == "rollover.mid-term-ended"]


def test_a_new_project_continues_and_the_year_can_be_chosen(example_document: Document) -> None:
    example_document.project.attribute = "新增项目"
    new, _ = rollover(example_document, 2024)
    assert new.year == 2024 and new.project.attribute == "延续性项目"
    with pytest.raises(RolloverError, match="应晚于"):
        rollover(example_document, 2021)
    example_document.year = None
    with pytest.raises(RolloverError, match="--year"):
        rollover(example_document)
