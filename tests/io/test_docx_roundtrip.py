"""JSON → docx → JSON through the colleague-files reader (io/tables.py reads .docx): what comes back.

The Word export is a print layout (the 测算依据 column shows 158人×2580元×11个月, not one factor a cell),
so it is read as any colleague's Word form is. Every value comes back except those named in LOST;
the strict xfail below fails the day the reader learns them, so that LOST is shortened then.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.io.json import document_to_dict

LOST = {
    # The form reader keeps a 测算依据 text as the line's note-like breakdown, not as factors.
    "cost factors": lambda data: [item.pop("factors", None) for item in data["cost_items"]],
    # 项目立项依据 (the 绩效目标表's basis kind) is taken for the 申报书's 立项依据 (the list of documents).
    "basis": lambda data: (data["project"].pop("basis", None), data["project"].pop("basis_kind", None)),
    # The 计算符号 is read, and also put before the 指标值 (≥ and 45个 come back as ≥ and ≥45个).
    "operator": lambda data: [
        row.update(value=row["value"].removeprefix(row.get("operator", "")))
        for period in data["indicators"].values()
        for row in period
    ],
    # Not lost in reading: the execution block belongs to the 自评表, not to the declaration's Word form.
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
    path = tmp_path / "a.docx"
    save_document(document, path)
    return document_to_dict(document), document_to_dict(load_document(path).document)


@pytest.mark.parametrize("filled", [False, True], ids=["example", "per-indicator columns filled"])
def test_word_export_reads_back_with_every_value_but_the_lost_ones(
    example_document, tmp_path: Path, filled: bool
) -> None:  # type: ignore[no-untyped-def]
    before, after = _round_trip(_filled(example_document) if filled else example_document, tmp_path)
    assert [item["amount"] for item in after["cost_items"]] == [item["amount"] for item in before["cost_items"]]
    assert after["funding"] == before["funding"]
    assert (after["indicators"] == before["indicators"]) is not filled  # the operator, only when there is one
    for drop in LOST.values():
        drop(before)
        drop(after)
    assert after == before


@pytest.mark.xfail(strict=True, reason="the colleague-files reader does not yet read the values in LOST")
def test_word_export_reads_back_with_every_value(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before, after = _round_trip(example_document, tmp_path)
    assert after == before
