"""JSON → docx → JSON through the colleague-files reader (io/tables.py reads .docx): every value comes back.

The Word export is a print layout (the 测算依据 column shows 158（45×4-22）人×2580元×11个月, not one factor a
cell), so it is read as any colleague's Word form is: the printed arithmetic is split back into its factors
(the typed arithmetic kept), the 计算符号 stays beside a 指标值 written with its own words or unit, and the 绩效目标表's
项目立项依据 stays the basis kind beside the 申报书's 立项依据. Only NOT_IN_THE_FORM is not printed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gridbudget_gui.domain.schemes import ordered_matrix
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.io.json import document_to_dict
from tests.conftest import with_shown_operators

NOT_IN_THE_FORM = {
    # The execution block belongs to the 自评表, not to the declaration's Word form: nothing prints it.
    "execution": lambda data: data.pop("execution", None),
}


def _filled(document: Any) -> Any:
    """The example with the per-indicator columns and the execution block filled on some lines."""
    for number, indicator in enumerate(document.indicators.annual[:3]):
        indicator.operator, indicator.unit, indicator.weight = "≥", "人", "10"
        indicator.explanation, indicator.scoring, indicator.note = f"解释{number}", "完成得满分", "备注"
    document.execution.budget = Decimal("100")
    return document


def _round_trip(document: Any, tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The document as JSON with its matrices in the scheme's order (as every output prints them), and as read
    back from its Word export."""
    path = tmp_path / "a.docx"
    save_document(document, path)
    for period in ("mid_term", "annual"):
        document.indicators.matrix(period)[:] = ordered_matrix(document.indicators.matrix(period), document.scheme)
    return with_shown_operators(document, document_to_dict(document), per_matrix=True), document_to_dict(
        load_document(path).document
    )


def _self_evaluated(document: Any) -> Any:
    """The example with the year-end 实际完成值, 得分 and 偏差原因 typed on some rows."""
    for number, indicator in enumerate(document.indicators.annual[:4]):
        indicator.actual = "45个" if number == 0 else "达成"
        indicator.score = "10"
        indicator.deviation = f"第{number}行：已完成；无偏差"
    return document


@pytest.mark.parametrize(
    "fill", [None, _filled, _self_evaluated], ids=["example", "per-indicator columns filled", "self-evaluation"]
)
def test_word_export_reads_back_with_every_value(example_document, tmp_path: Path, fill: Any) -> None:  # type: ignore[no-untyped-def]
    before, after = _round_trip(fill(example_document) if fill else example_document, tmp_path)
    for drop in NOT_IN_THE_FORM.values():
        drop(before)
        drop(after)
    assert after == before


def test_every_basis_entry_comes_back_whole(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Text after “；” in a 立项依据 entry (an attachment, a second office) stays with its entry: one a line."""
    example_document.project.basis[0] += "；附件2：实施细则"
    example_document.project.basis[1] = "区政府常务会议纪要（2020年第3次）；区财政局意见"
    before, after = _round_trip(example_document, tmp_path)
    assert after["project"]["basis"] == before["project"]["basis"]


def test_reading_our_own_word_file_adds_no_notes(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every paragraph and cell of the export is understood: the import report says what it read, and that it took
    the indicator scheme from the 一级指标 (the official form does not print the scheme's name)."""
    path = tmp_path / "a.docx"
    save_document(_self_evaluated(example_document), path)
    notes = load_document(path).notes
    assert sorted(note.rule for note in notes) == ["file.guessed", "file.read"]
    assert next(note for note in notes if note.rule == "file.guessed").variant == "scheme"


def test_the_typed_arithmetic_and_the_factors_come_back(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before, after = _round_trip(example_document, tmp_path)
    assert after["cost_items"][0]["factors"] == before["cost_items"][0]["factors"]
    assert after["cost_items"][0]["factors"][0] == {"value": "158", "unit": "人", "expression": "45*4-22"}
    assert after["cost_items"][-1]["factors"] == []  # the lump sum's 共 stays a lump sum
    assert (after["project"]["basis_kind"], len(after["project"]["basis"])) == ("区委或区政府发文", 3)


def test_a_breakdown_that_does_not_give_the_amount_stays_text_and_is_reported(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A 测算依据 whose product is not the line's amount is not made into factors: it is named in the report."""
    example_document.cost_items[1].amount = Decimal("60000.00")  # 158人×400元/年 is 63,200.00
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    loaded = load_document(path)
    item = loaded.document.cost_items[1]
    assert (item.factors, item.amount) == ([], Decimal("60000.00"))
    assert any("158（45×4-22）人×400元/年" in str(note.args) for note in loaded.notes if note.rule == "file.unplaced")
