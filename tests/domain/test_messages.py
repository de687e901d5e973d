"""The message catalogue: every wording a rule can report exists in Chinese and English, with the arguments
the code passes, and renders in both languages."""

from __future__ import annotations

import ast
import json
import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

from gridbudget_gui.domain.arithmetic import ExpressionProblem
from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, Severity, warning
from gridbudget_gui.domain.messages import CATALOGUE, render, render_message, severity_word
from gridbudget_gui.domain.place import Place, SheetCell
from gridbudget_gui.domain.place_words import describe_place
from gridbudget_gui.io.json import document_from_dict, document_to_dict, read_json
from tests.conftest import REPO
from tests.domain.test_rules import FAILING

PACKAGE = REPO / "gridbudget_gui"
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_UNITS_NAMED_IN_ENGLISH = re.compile("元|万元")  # the units a clerk types, quoted as such


def _placeholders(template: str) -> set[tuple[str, str]]:
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def _constructions() -> list[tuple[str, str, set[str], str]]:
    """Every finding the package (outside the window) makes: (rule, variant, argument names, file:line)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in {"error", "warning", "info"} or not node.args:
                continue
            rule = node.args[0]
            if not isinstance(rule, ast.Constant) or not isinstance(rule.value, str):
                continue
            variant = ""
            names = set()
            for keyword in node.keywords:
                assert keyword.arg is not None, f"{path}:{node.lineno}: arguments are named, never **spread"
                if keyword.arg == "variant":
                    assert isinstance(keyword.value, ast.Constant), f"{path}:{node.lineno}: a literal variant"
                    variant = keyword.value.value
                else:
                    names.add(keyword.arg)
            found.append((rule.value, variant, names, f"{path.relative_to(REPO)}:{node.lineno}"))
    return found


CONSTRUCTIONS = _constructions()


def test_the_code_is_read_for_what_it_reports() -> None:
    reported = {(rule, variant) for rule, variant, _, _ in CONSTRUCTIONS}
    assert ("cost.negative", "factor") in reported  # a line finding, with its variant
    assert ("file.unplaced", "conflict") in reported  # a reader's note
    assert ("indicator.unknown-scheme", "") in reported  # the one the checker makes itself
    assert len(reported) >= 60


def test_every_wording_the_code_reports_is_in_the_catalogue_with_its_arguments() -> None:
    for rule, variant, names, where in CONSTRUCTIONS:
        assert (rule, variant) in CATALOGUE, f"{where}: no message for {rule!r} variant {variant!r}"
        for template in CATALOGUE[rule, variant]:
            wanted = {name for name, _ in _placeholders(template)} - {"where"}
            assert wanted == names, f"{where}: {rule}/{variant} passes {sorted(names)}, the template uses {template!r}"


def test_the_catalogue_holds_nothing_the_code_never_reports() -> None:
    reported = {(rule, variant) for rule, variant, _, _ in CONSTRUCTIONS}
    assert sorted(CATALOGUE.keys() - reported) == []


@pytest.mark.parametrize("key", sorted(CATALOGUE), ids=[f"{rule}/{variant}" for rule, variant in sorted(CATALOGUE)])
def test_both_languages_use_the_same_arguments_the_same_way(key: tuple[str, str]) -> None:
    chinese, english = CATALOGUE[key]
    assert chinese.strip() and english.strip()
    assert _placeholders(chinese) == _placeholders(english)
    assert _CJK.search(chinese), chinese
    assert not _CJK.search(_UNITS_NAMED_IN_ENGLISH.sub("", english)), english


_SAMPLES: dict[str, object] = {
    "money": Decimal("5345800"),
    "line": "人身意外险",
    "part": "note",
    "period": "annual",
    "source": "county",
    "field": Place.of("unit.phone"),
    "place": Place.cost(7, "note"),
    "scheme": "2021版指标体系（财预〔2021〕101号）",
    "list": ("classic", "2021"),
    "problem": ExpressionProblem("division-by-zero"),
    ",": 40_000,
    "": "X",
}


@pytest.mark.parametrize("key", sorted(CATALOGUE), ids=[f"{rule}/{variant}" for rule, variant in sorted(CATALOGUE)])
def test_every_entry_renders_in_both_languages(key: tuple[str, str]) -> None:
    rule, variant = key
    args = {name: _SAMPLES[spec] for name, spec in _placeholders(CATALOGUE[key][0])}
    args.setdefault("where", SheetCell.parse_address("项目申报书!C12"))
    chinese = render_message(rule, variant, args, "zh")
    english = render_message(rule, variant, args, "en")
    for text in (chinese, english):
        assert "{" not in text and "}" not in text and "None" not in text
    assert chinese != english
    assert english[0].isupper() or english[0] in "“项", english


def test_every_finding_of_the_example_and_the_broken_documents_renders_in_both_languages(
    example_document: Document, clean_document: Document, tmp_path: Path
) -> None:
    findings = check_document(example_document)
    clean = document_to_dict(clean_document)
    for _, mutate, _, _ in FAILING:
        broken = document_from_dict(clean).document
        mutate(broken)
        findings += check_document(broken)
    stated = tmp_path / "stated.json"
    stated.write_text(json.dumps({**clean, "cost_total": "1.00"}, ensure_ascii=False), encoding="utf-8")
    findings += read_json(stated).notes
    assert len({(f.rule, f.variant) for f in findings}) >= 45
    for finding in findings:
        chinese, english = render(finding), render(finding, "en")
        assert "{" not in chinese + english and "}" not in chinese + english
        assert chinese != english
        assert finding.to_json("en")["message"] == english and finding.to_json()["message"] == chinese


def test_the_chinese_wording_is_the_reviewers() -> None:
    finding = warning("cost.months-over-year", Place.cost(2, factor=2), name="信息采集终端", months=Decimal(24))
    assert render(finding) == "“信息采集终端”按 24 个月计算，超过一个预算年度的12个月"
    assert (
        render(finding, "en") == "“信息采集终端” is reckoned over 24 months, more than the 12 months of a budget year"
    )
    unnamed = warning("cost.amount-zero", Place(("amount",)), name=" ")
    assert render(unnamed) == "未命名的支出的金额为零"
    assert render(unnamed, "en_US") == "An unnamed expense: the amount is zero"
    funding = Finding(
        Severity.ERROR,
        "funding.annual-exceeds-mid-term",
        Place.funding("annual", "county"),
        {"source": "county", "annual": Decimal("1234567.5"), "mid_term": Decimal(0)},
    )
    assert render(funding) == "年度县（市）区级财政 1,234,567.50 元超过中期 0.00 元"
    assert (
        render(funding, "en")
        == "Annual county/district government funding of 1,234,567.50 yuan exceeds the mid-term 0.00 yuan"
    )
    assert funding.to_json() == {
        "severity": "error",
        "rule": "funding.annual-exceeds-mid-term",
        "aspect": "适当性",
        "where": "funding.annual.county",
        "message": "年度县（市）区级财政 1,234,567.50 元超过中期 0.00 元",
    }


@pytest.mark.parametrize(
    ("where", "chinese", "english"),
    [
        ("cost_items[7].note", "测算明细第 8 行的备注", "the note in row 8 of the cost breakdown"),
        ("cost_items[0].factors[1].unit", "测算明细第 1 行的单位", "the unit in row 1 of the cost breakdown"),
        ("indicators.annual[3].value", "年度绩效指标第 4 行的指标值", "the target in row 4 of the annual indicators"),
        (
            "indicators.mid_term[0].name",
            "中期绩效指标第 1 行的三级指标",
            "the indicator in row 1 of the mid-term indicators",
        ),
        ("project.basis[2]", "立项依据第 3 条", "item 3 of the legal basis"),
        ("project.overview", "“项目基本概况”", "“Project overview”"),
        ("signatures.date", "“填报日期”", "“Date of filing”"),
        ("project.nothing", "project.nothing", "project.nothing"),
        ("项目申报书!C12", "项目申报书!C12", "项目申报书!C12"),
    ],
)
def test_a_place_is_named_in_words_in_both_languages(where: str, chinese: str, english: str) -> None:
    assert describe_place(where) == chinese
    assert describe_place(where, "en") == english
    if not where.startswith("项目"):
        assert describe_place(Place.parse(where), "en") == english


def test_a_too_long_text_is_named_by_its_place_and_the_english_sentence_starts_upper_case() -> None:
    finding = warning("text.cell-limit", Place.cost(7, "note"), variant="field", size=40_000, limit=32_767)
    assert render(finding).startswith("测算明细第 8 行的备注有 40,000 个字符，超过 Excel 单元格上限 32,767 个")
    assert render(finding, "en").startswith("The note in row 8 of the cost breakdown has 40,000 characters")


def test_severities_have_words_in_both_languages() -> None:
    assert [severity_word(s) for s in Severity] == ["错误", "警告", "提示"]
    assert [severity_word(s, "en") for s in Severity] == ["error", "warning", "info"]


def test_a_formula_that_cannot_be_calculated_is_explained_in_the_reader_s_language() -> None:
    from gridbudget_gui.domain.document import CostItem, Factor
    from gridbudget_gui.domain.rules.cost import check_line

    item = CostItem("工资", [Factor(Decimal(1), "人", "8/0")], Decimal(1))
    (found,) = [f for f in check_line(item) if f.rule == "cost.expression-invalid"]
    assert render(found, "zh").endswith("无法计算：除数不能为零")
    assert render(found, "en").endswith("cannot be calculated: division by zero")


@pytest.mark.parametrize(
    ("where", "chinese", "english"),
    [
        ("indicators.annual[3].value", "绩效指标 › 年度 › 第 4 行 › 指标值", "Indicators › Annual › Row 4 › Target"),
        ("cost_items[0].factors[2].value", "测算明细 › 第 1 行 › 数量3", "Cost breakdown › Row 1 › Quantity 3"),
        ("cost_items[0].factors[2].expression", "测算明细 › 第 1 行 › 数量3", "Cost breakdown › Row 1 › Quantity 3"),
        ("cost_items[4].amount", "测算明细 › 第 5 行 › 金额", "Cost breakdown › Row 5 › Amount"),
        ("funding.annual.total", "资金来源 › 年度 › 总投入", "Funding › Annual › Total"),
        (
            "project.safeguards",
            "保障与签字 › 单位已有的保障项目实施的制度措施",
            "Safeguards and signatures › Safeguards the unit has in place",
        ),
        ("year", "基本信息 › 预算年度", "Basics › Budget year"),
        ("indicators.mid_term", "绩效指标 › 中期", "Indicators › Mid-term"),
    ],
)
def test_a_place_trail_names_page_row_and_column_as_the_window_does(where: str, chinese: str, english: str) -> None:
    from gridbudget_gui.domain.place_words import place_trail

    assert place_trail(where) == chinese
    assert place_trail(Place.parse(where), "en") == english
