"""Published, approved forms raise no error they do not deserve (issue 25): the false alarms measured on them."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import Document, FundingRow, Indicator
from gridbudget_gui.domain.targets import parse_target


def _rules_at(document: Document, path: str) -> set[str]:
    return {f.rule for f in check_document(document) if f.path == path}


def test_a_percentage_written_in_words_is_a_percentage(clean_document: Document) -> None:
    assert parse_target("≥100百分比").is_percent
    row = clean_document.indicators.annual[1]
    row.name, row.value = "委托业务报告合格率", "≥100百分比"
    assert _rules_at(clean_document, "indicators.annual[1].value") == set()


def test_a_sentence_with_commas_is_one_indicator(clean_document: Document) -> None:
    clean_document.indicators.annual[8].name = "促进资源循环和高效利用，改善城乡生态环境"
    assert "indicator.multi-in-row" not in _rules_at(clean_document, "indicators.annual[8].name")
    clean_document.indicators.annual[8].name = "城市卫生环境，街面秩序，基础设施完好度"
    assert "indicator.multi-in-row" in _rules_at(clean_document, "indicators.annual[8].name")


def test_a_total_without_a_breakdown_is_not_a_wrong_breakdown(clean_document: Document) -> None:
    clean_document.funding.annual = FundingRow(total=clean_document.funding.annual.total)
    assert "funding.total-sources" not in {f.rule for f in check_document(clean_document)}
    clean_document.funding.annual.county = Decimal("1.00")
    assert "funding.total-sources" in {f.rule for f in check_document(clean_document)}


def test_a_subsidy_rate_per_km_is_not_compared_with_the_budget(clean_document: Document) -> None:
    rows = clean_document.indicators.annual
    cost = next(i for i, row in enumerate(rows) if row.level2 == "成本指标")
    rows[cost] = Indicator("产出指标", "成本指标", "每公里道路补助标准", "≤20万元")  # the only amount
    assert "indicator.cost-mismatch" not in {f.rule for f in check_document(clean_document)}
