"""What changed between two declarations: lines and indicators matched by name, one change per real change."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.diff import diff_documents, format_changes, totals
from gridbudget_gui.domain.document import CostItem, Document, Indicator
from gridbudget_gui.io.json import document_from_dict, document_to_dict


def _copy(document: Document) -> Document:
    return document_from_dict(document_to_dict(document)).document


def test_the_same_document_has_no_changes(example_document: Document) -> None:
    assert diff_documents(example_document, _copy(example_document)) == []
    assert format_changes([]) == "  两份申报书内容相同"


def test_an_inserted_line_and_a_changed_amount_are_exactly_two_changes(example_document: Document) -> None:
    other = _copy(example_document)
    other.cost_items.insert(1, CostItem("网格员培训费", [], Decimal("20000")))
    other.cost_items[4].amount = Decimal("40000")  # was line 3 (信息采集终端… 36,000) before the insertion
    changes = [change.to_json() for change in diff_documents(example_document, other)]
    assert changes == [
        {"where": "cost_items[1]", "kind": "added", "a": None, "b": "网格员培训费（20000.00元）"},
        {"where": "cost_items[4].amount", "kind": "changed", "a": "36000.00", "b": "40000.00"},
    ]
    assert totals(example_document, other)["cost_total"] == {"a": "5345800.00", "b": "5369800.00"}


def test_removed_renamed_and_indicator_changes(example_document: Document) -> None:
    other = _copy(example_document)
    del other.cost_items[2]
    other.indicators.annual[1].value = "≥98%"
    other.indicators.annual.append(Indicator("满意度指标", "服务对象满意度指标", "网格员满意度", "≥90%"))
    other.project.name += "（续）"
    other.year = 2022
    changes = diff_documents(example_document, other)
    kinds = [(c.where, c.kind) for c in changes]
    assert kinds == [
        ("year", "changed"),
        ("project.name", "changed"),
        ("cost_items[2]", "removed"),
        ("indicators.annual[1].value", "changed"),
        ("indicators.annual[11]", "added"),
    ]
    text = format_changes(changes)
    assert "[删除] 测算明细第 3 行" in text and "[修改] 年度绩效指标第 2 行的指标值" in text
    assert "≧95% → ≥98%" in text
