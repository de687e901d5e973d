"""Published, approved forms raise no error they do not deserve (issue 25): the false alarms measured on them."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import Document, FundingRow, Indicator
from gridbudget_gui.domain.findings import Severity
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


def test_a_librarys_hint_after_a_filled_indicator_is_no_placeholder(clean_document: Document) -> None:
    row = clean_document.indicators.annual[0]
    row.name, row.value = "受益建档立卡贫困人口数（≥**人）", ">=1102人"  # as 南岳's approved form prints it
    assert "indicator.placeholder" not in _rules_at(clean_document, "indicators.annual[0].name")
    row.value = ""  # the hint with nothing to fill it: the template left as it was
    assert "indicator.placeholder" in _rules_at(clean_document, "indicators.annual[0].name")
    row.name, row.value = "覆盖社区**个", "45个"  # a placeholder in the name itself, not in a hint
    assert "indicator.placeholder" in _rules_at(clean_document, "indicators.annual[0].name")


def test_a_qualitative_result_in_other_words_is_a_warning_not_an_error(clean_document: Document) -> None:
    row = next(row for row in clean_document.indicators.annual if not parse_target(row.value).is_quantitative)
    row.actual = "已完成"  # the year-end form states the result, not in the three grades
    index = clean_document.indicators.annual.index(row)
    found = [f for f in check_document(clean_document) if f.rule == "selfeval.actual-unreadable"]
    assert [(f.path, f.severity) for f in found] == [(f"indicators.annual[{index}].actual", Severity.WARNING)]


def test_a_classic_matrix_without_a_cost_row_is_told_once(clean_document: Document) -> None:
    rows = clean_document.indicators.annual
    clean_document.indicators.annual = [row for row in rows if row.level2 != "成本指标"]
    rules = [f.rule for f in check_document(clean_document) if f.path.startswith("indicators.annual")]
    assert rules.count("indicator.cost-missing") == 1
    assert "indicator.level2-missing" not in rules  # 产出 needs 数量, 质量 and 时效 (docs/form.md); 成本 is cost-missing's


def test_the_satisfaction_group_as_templates_print_it(clean_document: Document) -> None:
    rows = clean_document.indicators.annual
    for level2 in ("服务对象满意度指标等", "满意度指标"):  # the template's 等 kept; the 一级 name repeated as 二级
        for row in rows:
            if row.level1 == "满意度指标":
                row.level2 = level2
        assert "indicator.level2-missing" not in {f.rule for f in check_document(clean_document)}
    rows[-1].level2 = "效益指标"  # another group's name is still no 满意度 group
    assert "indicator.level2-missing" in {f.rule for f in check_document(clean_document)}
