"""Issue 26.6: every word the clerk reads is the clerk's. ``diff`` names fields by their labels, a reorder is not
a change, and every finding's place leads to the page where it is fixed."""

from __future__ import annotations

import re
from copy import deepcopy
from decimal import Decimal
from pathlib import Path

from gridbudget_gui.domain.diff import diff_documents, format_changes
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.place_words import describe_place, place_trail
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx

_JSON_KEY = re.compile(r"[A-Za-z_]+[.\[]|\b(factors|operator|unit|cost_total|execution|funding)\b")


def test_a_declaration_against_its_own_workbook_reports_no_change(example_document: Document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    assert diff_documents(example_document, read_xlsx(path).document) == []


def test_a_reordered_matrix_is_not_a_change(example_document: Document) -> None:
    a = deepcopy(example_document)
    example_document.indicators.annual.reverse()
    assert diff_documents(a, example_document) == []


def test_diff_names_every_field_by_its_label(example_document: Document) -> None:
    a = example_document
    b = deepcopy(a)
    b.year = 2022
    b.scheme = "2021"
    b.cost_items[0].factors[0].value = Decimal(160)
    b.funding.annual.total += 1
    b.indicators.annual[1].operator, b.indicators.annual[1].unit = "≤", "件"
    b.execution.budget = Decimal(100)
    b.execution.date = "2022-01-15"
    text = format_changes(diff_documents(a, b))
    assert "测算明细第 1 行的因子" in text and "年度资金来源的总投入" in text
    assert "计算符号" in text and "计量单位" in text and "全年预算数" in text and "预算年度" in text
    assert "自评表的填报日期" in text
    assert _JSON_KEY.search(text) is None, text


def test_the_total_of_the_costs_leads_to_the_funding() -> None:
    assert place_trail("cost_total") == "资金来源 › 年度 › 总投入"
    assert describe_place("cost_total") == "“测算明细合计”"
    assert place_trail("execution.spent") == "绩效自评 › 全年执行数"


def test_a_bad_year_is_named_without_python_internals() -> None:
    import pytest

    from gridbudget_gui.io.json import SchemaError, document_from_dict

    with pytest.raises(SchemaError) as raised:
        document_from_dict({"format": "gridbudget-document", "version": 1, "year": Decimal("2021.0")})
    assert str(raised.value) == "预算年度 2021.0 不是有效的年度（应为整数年份，如 2021）"
    assert "Decimal" not in str(raised.value)


def test_the_year_end_values_lead_to_the_self_evaluation_page() -> None:
    assert place_trail("indicators.annual[3].actual") == "绩效自评 › 第 4 行 › 实际完成值"
    assert place_trail("indicators.annual[3].value") == "绩效指标 › 年度 › 第 4 行 › 指标值"
