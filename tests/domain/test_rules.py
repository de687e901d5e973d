"""Every check rule: silent on a correct document, and firing with its severity and ``where`` when broken."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator, Monitoring
from gridbudget_gui.domain.findings import Finding, Severity
from gridbudget_gui.domain.messages import CATALOGUE, render
from gridbudget_gui.io.json import document_from_dict, document_to_dict
from tests.conftest import REPO

PACKAGE = REPO / "gridbudget_gui"
RULES_DOC = REPO / "docs" / "rules.md"
_SEVERITY_CALLS = {"error", "warning", "info"}
_LOGGERS = {"log", "logging", "logger"}


def _rules_in(path: Path) -> dict[str, set[str]]:
    """The rule ids a module can report, each with the severities it is reported with.

    Read from the syntax tree: the first argument of error()/warning()/info(), the rule of a
    Finding(Severity.X, rule, …) or of a (Severity.X, rule, …) line-finding tuple. So paths such as
    ``"unit.code"`` are not mistaken for rules and ids with digits (``level1-missing``) are not missed.
    """
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidate: ast.expr | None = None
        severity: ast.expr | None = None
        if isinstance(node, ast.Call) and node.args:
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            receiver = getattr(node.func, "value", None)
            if isinstance(receiver, ast.Name) and receiver.id in _LOGGERS:
                continue  # log.warning("…") writes the log file; it reports no rule
            if name in _SEVERITY_CALLS:
                candidate = node.args[0]
                severity = ast.Constant(name.upper())
            elif name == "Finding" and len(node.args) > 1:
                candidate, severity = node.args[1], node.args[0]
        elif isinstance(node, ast.Tuple) and len(node.elts) > 1:
            first = node.elts[0]
            if isinstance(first, ast.Attribute) and isinstance(first.value, ast.Name) and first.value.id == "Severity":
                candidate, severity = node.elts[1], first
        if isinstance(candidate, ast.Constant) and isinstance(candidate.value, str):
            levels = found.setdefault(candidate.value, set())
            if isinstance(severity, ast.Attribute):
                levels.add(severity.attr.lower())
            elif isinstance(severity, ast.Constant):
                levels.add(str(severity.value).lower())
    return found


def rules_in_code(*, under: Path = PACKAGE) -> dict[str, set[str]]:
    """Every rule id the package (outside the window code) can report, with its severities."""
    rules: dict[str, set[str]] = {}
    for path in sorted(under.rglob("*.py")):
        if "ui" not in path.relative_to(PACKAGE).parts:
            for rule, levels in _rules_in(path).items():
                rules.setdefault(rule, set()).update(levels)
    return rules


def rule_table() -> dict[str, set[str]]:
    """The rule id → severities table of docs/rules.md."""
    text = RULES_DOC.read_text(encoding="utf-8")
    section = text.split("\n## The reviewer", 1)[0]
    rows = re.findall(r"^\|\s*`([^`]+)`\s*\|([^|]*)\|", section, re.MULTILINE)
    return {rule: set(re.findall(r"\w+", levels)) for rule, levels in rows}


def english_column() -> dict[str, set[str]]:
    """The rule id → English templates column of the rule table of docs/rules.md (variants split at ``<br>``)."""
    text = RULES_DOC.read_text(encoding="utf-8")
    section = text.split("\n## The reviewer", 1)[0]
    rows = re.findall(r"^\|\s*`([^`]+)`\s*\|[^|]*\|[^|]*\|([^|]*)\|\s*$", section, re.MULTILINE)
    return {rule: {part.strip() for part in english.split("<br>")} for rule, english in rows}


DOMAIN_RULES = set(rules_in_code(under=PACKAGE / "domain"))
PERIOD_KEYS = ("mid_term", "annual")


def test_rule_extraction_skips_log_calls(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text('log.warning("Open failed: %s", p)\nwarning("cost.real-rule", "x")\n', encoding="utf-8")
    assert _rules_in(source) == {"cost.real-rule": {"warning"}}


def test_rule_extraction_sees_what_a_grep_would_miss() -> None:
    assert "indicator.level1-missing" in DOMAIN_RULES  # has a digit
    assert "unit.code" not in DOMAIN_RULES  # a path, not a rule
    assert "cost.negative" in DOMAIN_RULES  # from a line-finding tuple
    assert len(DOMAIN_RULES) >= 40


def test_every_rule_in_the_code_is_documented_and_nothing_more() -> None:
    table = rule_table()
    code = rules_in_code()
    assert sorted(code.keys() - table.keys()) == [], "rule ids missing from docs/rules.md"
    assert sorted(table.keys() - code.keys()) == [], "docs/rules.md lists rule ids the code no longer has"
    wrong = {rule: (sorted(levels), sorted(table[rule])) for rule, levels in code.items() if levels != table[rule]}
    assert wrong == {}, "severities in the code (left) differ from docs/rules.md (right)"


def test_the_readme_gives_the_english_wording_of_every_rule() -> None:
    catalogue: dict[str, set[str]] = {}
    for (rule, _), (_, english) in CATALOGUE.items():
        catalogue.setdefault(rule, set()).add(english)
    assert english_column() == catalogue


def test_every_rule_id_is_dotted_and_stable_looking() -> None:
    for rule in rules_in_code():
        assert re.fullmatch(r"[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*", rule), rule


# --- the example, as issue 2's "Done when" states it -----------------------------------------------------


def _summary(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return sorted((f.severity.value, f.rule, f.path) for f in findings)


def test_example_reports_exactly_its_known_defects(example_document: Document) -> None:
    # The reviewer's defects too: 得到提升 and 成效显著 measure nothing, and one row holds three indicators.
    # 按月支付 is a deadline (a 时效 target), 社区居民、市民满意度 one indicator: neither is reported.
    vague = [("warning", "indicator.vague-value", f"indicators.{p}[{i}].value") for p in PERIOD_KEYS for i in (6, 7, 9)]
    multi = [("warning", "indicator.multi-in-row", f"indicators.{p}[8].name") for p in PERIOD_KEYS]
    assert _summary(check_document(example_document)) == sorted(
        [
            ("error", "indicator.cost-empty", "indicators.annual[3].value"),
            ("error", "indicator.cost-empty", "indicators.mid_term[3].value"),
            ("warning", "cost.month-words", "cost_items[0].factors[2].value"),
            ("warning", "cost.months-over-year", "cost_items[2].factors[2].value"),
            *vague,
            *multi,
        ]
    )


def test_example_has_no_false_alarms_on_what_is_right(example_document: Document) -> None:
    wages = example_document.cost_items[0]
    assert wages.amount == Decimal(158 * 2580 * 11) == Decimal(4_484_040)
    assert example_document.cost_total == example_document.funding.annual.total == Decimal(5_345_800)
    assert example_document.unit.code == "12530121MB01852289"
    fired = {f.rule for f in check_document(example_document)}
    assert not fired & {
        "cost.amount-mismatch",
        "cost.total-funding",
        "unit.code-invalid",
        "text.arrangement-amount",
        "text.notes-breakdown",
        "funding.total-sources",
        "funding.annual-exceeds-mid-term",
        "cost.expression-mismatch",
    }


def test_example_messages_are_chinese(example_document: Document) -> None:
    messages = {f.path: render(f) for f in check_document(example_document)}
    assert messages["indicators.annual[3].value"] == "成本指标“全年“五进网格”精细化经费成本”没有指标值"
    assert "1-9月份" in messages["cost_items[0].factors[2].value"]
    assert "11" in messages["cost_items[0].factors[2].value"]
    assert "24" in messages["cost_items[2].factors[2].value"]


def test_clean_document_is_silent(clean_document: Document) -> None:
    assert check_document(clean_document) == []


# --- one failing case (at least) per rule -------------------------------------------------------------

Mutation = Callable[[Document], None]


def _set_factor(line: int, factor: int, value: str, *, recompute: bool = True) -> Mutation:
    def mutate(document: Document) -> None:
        item = document.cost_items[line]
        item.factors[factor].value = Decimal(value)
        if recompute:
            item.recompute()

    return mutate


def _annual_value(row: int, value: str) -> Mutation:
    def mutate(document: Document) -> None:
        document.indicators.annual[row].value = value

    return mutate


def _attr(path: str, value: object) -> Mutation:
    def mutate(document: Document) -> None:
        *parents, name = path.split(".")
        target: object = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else getattr(target, part)
        setattr(target, name, value)

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(document: Document) -> None:
        for mutation in mutations:
            mutation(document)

    return mutate


def _add_line(item: CostItem) -> Mutation:
    def mutate(document: Document) -> None:
        document.cost_items.append(item)
        document.funding.annual.total += item.amount
        document.funding.annual.county += item.amount

    return mutate


def _expression(text: str) -> Mutation:
    def mutate(document: Document) -> None:
        document.cost_items[1].factors[0].expression = text

    return mutate


def _drop_mid_term(document: Document) -> None:
    for key in ("total", "central", "provincial", "municipal", "county", "other"):
        document.funding.mid_term.set(key, Decimal(0))


def _clear_annual(document: Document) -> None:
    for key in ("total", "county"):
        document.funding.annual.set(key, Decimal(0))


def _remove_annual(level1: str, level2: str | None = None) -> Mutation:
    def mutate(document: Document) -> None:
        document.indicators.annual[:] = [
            row
            for row in document.indicators.annual
            if not (row.level1 == level1 and (level2 is None or row.level2 == level2))
        ]

    return mutate


def _annual_row(row: Indicator) -> Mutation:
    def mutate(document: Document) -> None:
        document.indicators.annual.append(row)

    return mutate


FAILING: list[tuple[str, Mutation, Severity, str]] = [
    ("cost.name-empty", _attr("cost_items.1.name", ""), Severity.WARNING, "cost_items[1].name"),
    ("cost.negative", _set_factor(3, 0, "-8"), Severity.ERROR, "cost_items[3].factors[0].value"),
    ("cost.negative", _add_line(CostItem("退款", [], Decimal(-5))), Severity.ERROR, "cost_items[5].amount"),
    ("cost.expression-invalid", _expression("1/0"), Severity.ERROR, "cost_items[1].factors[0].expression"),
    ("cost.expression-invalid", _expression("9**9**9"), Severity.ERROR, "cost_items[1].factors[0].expression"),
    ("cost.expression-mismatch", _expression("45*4-21"), Severity.WARNING, "cost_items[1].factors[0].expression"),
    ("cost.amount-mismatch", _set_factor(0, 2, "10", recompute=False), Severity.ERROR, "cost_items[0].amount"),
    ("cost.amount-zero", _add_line(CostItem("备用", [], Decimal(0))), Severity.WARNING, "cost_items[5].amount"),
    ("cost.month-words", _attr("cost_items.0.name", "1-9月份工资"), Severity.WARNING, "cost_items[0].factors[2].value"),
    ("cost.month-words", _attr("cost_items.0.name", "3至12月工资"), Severity.WARNING, "cost_items[0].factors[2].value"),
    ("cost.months-over-year", _set_factor(2, 2, "13"), Severity.WARNING, "cost_items[2].factors[2].value"),
    ("cost.no-lines", _attr("cost_items", []), Severity.WARNING, "cost_items"),
    ("cost.total-funding", _attr("cost_items.4.amount", Decimal("80000.01")), Severity.ERROR, "cost_total"),
    ("funding.negative", _attr("funding.annual.central", Decimal(-1)), Severity.ERROR, "funding.annual.central"),
    ("funding.total-sources", _attr("funding.mid_term.county", Decimal(1)), Severity.ERROR, "funding.mid_term.total"),
    ("funding.total-sources", _attr("funding.annual.other", Decimal(1)), Severity.ERROR, "funding.annual.total"),
    ("funding.annual-empty", _clear_annual, Severity.WARNING, "funding.annual.total"),
    (
        "funding.annual-exceeds-mid-term",
        _both(_attr("funding.mid_term.total", Decimal(1)), _attr("funding.mid_term.county", Decimal(1))),
        Severity.ERROR,
        "funding.annual.county",
    ),
    ("funding.mid-term-empty", _drop_mid_term, Severity.WARNING, "funding.mid_term.total"),
    ("indicator.matrix-empty", _attr("indicators.mid_term", []), Severity.ERROR, "indicators.mid_term"),
    ("indicator.level1-missing", _remove_annual("效益指标"), Severity.ERROR, "indicators.annual"),
    # 满意度 is required, but local practice lets a project go without it: a warning
    ("indicator.level1-missing", _remove_annual("满意度指标"), Severity.WARNING, "indicators.annual"),
    ("indicator.level2-missing", _remove_annual("产出指标", "时效指标"), Severity.ERROR, "indicators.annual"),
    (
        "indicator.unknown-group",
        _annual_row(Indicator("管理指标", "数量指标", "x", "1个")),
        Severity.WARNING,
        "indicators.annual[11].level1",
    ),
    (
        "indicator.unknown-group",
        _annual_row(Indicator("产出指标", "速度指标", "x", "1个")),
        Severity.WARNING,
        "indicators.annual[11].level2",
    ),
    ("indicator.name-empty", _attr("indicators.annual.0.name", " "), Severity.ERROR, "indicators.annual[0].name"),
    (
        "indicator.duplicate",
        _annual_row(Indicator("产出指标", "数量指标", "五进网格社区覆盖个数", "45个")),
        Severity.WARNING,
        "indicators.annual[0].name",
    ),
    ("indicator.value-empty", _annual_value(0, ""), Severity.ERROR, "indicators.annual[0].value"),
    ("indicator.cost-empty", _annual_value(3, "  "), Severity.ERROR, "indicators.annual[3].value"),
    ("indicator.cost-missing", _remove_annual("产出指标", "成本指标"), Severity.ERROR, "indicators.annual"),
    ("indicator.cost-not-money", _annual_value(3, "≤3台"), Severity.WARNING, "indicators.annual[3].value"),
    ("indicator.cost-not-money", _annual_value(3, "控制在预算内"), Severity.WARNING, "indicators.annual[3].value"),
    ("indicator.cost-mismatch", _annual_value(3, "≤500万元"), Severity.WARNING, "indicators.annual[3].value"),
    ("indicator.cost-mismatch", _annual_value(3, "≤5345801元"), Severity.WARNING, "indicators.annual[3].value"),
    ("indicator.percent-range", _annual_value(1, "≥120%"), Severity.ERROR, "indicators.annual[1].value"),
    ("indicator.percent-range", _annual_value(1, "-5%"), Severity.ERROR, "indicators.annual[1].value"),
    ("indicator.satisfaction-form", _annual_value(10, "满意"), Severity.WARNING, "indicators.annual[10].value"),
    ("indicator.satisfaction-form", _annual_value(10, "≤95%"), Severity.WARNING, "indicators.annual[10].value"),
    (
        "indicator.mostly-qualitative",
        _both(*(_annual_value(i, "得到提升") for i in (0, 1, 4, 6, 7, 9))),
        Severity.INFO,
        "indicators.annual",
    ),
    (
        "indicator.cost-mismatch",  # two parts of the cost, together more than 总投入
        _both(
            _attr("indicators.annual.3.name", "人员成本"),
            _annual_value(3, "≤300万元"),
            _annual_row(Indicator("产出指标", "成本指标", "设备成本", "≤300万元")),
        ),
        Severity.WARNING,
        "indicators.annual[3].value",
    ),
    ("indicator.output-qualitative", _annual_value(1, "合格"), Severity.WARNING, "indicators.annual[1].value"),
    ("indicator.output-qualitative", _annual_value(0, "全覆盖"), Severity.WARNING, "indicators.annual[0].value"),
    ("indicator.output-qualitative", _annual_value(2, "及时"), Severity.WARNING, "indicators.annual[2].value"),
    ("indicator.vague-value", _annual_value(6, "得到提升"), Severity.WARNING, "indicators.annual[6].value"),
    ("indicator.vague-value", _annual_value(1, "明显改善"), Severity.WARNING, "indicators.annual[1].value"),
    ("indicator.vague-value", _annual_value(9, "成效显著。"), Severity.WARNING, "indicators.annual[9].value"),
    ("indicator.operator-direction", _annual_value(3, "≥534.58万元"), Severity.WARNING, "indicators.annual[3].value"),
    ("indicator.operator-direction", _annual_value(1, "≤95%"), Severity.WARNING, "indicators.annual[1].value"),
    (
        "indicator.operator-direction",
        _annual_row(Indicator("产出指标", "质量指标", "群众投诉率", "≥5%")),
        Severity.WARNING,
        "indicators.annual[11].value",
    ),
    ("indicator.placeholder", _annual_value(0, "XX个"), Severity.ERROR, "indicators.annual[0].value"),
    ("indicator.placeholder", _annual_value(0, "……"), Severity.ERROR, "indicators.annual[0].value"),
    ("indicator.placeholder", _annual_value(0, "*"), Severity.ERROR, "indicators.annual[0].value"),
    (
        "indicator.placeholder",
        _attr("indicators.annual.5.name", "××社区人员"),
        Severity.ERROR,
        "indicators.annual[5].name",
    ),
    ("indicator.timeliness-period", _annual_value(2, "2022年6月底前"), Severity.WARNING, "indicators.annual[2].value"),
    (
        "indicator.timeliness-period",
        _both(_attr("project.term", "2021-2023年"), _attr("indicators.mid_term.2.value", "2024年12月31日前")),
        Severity.WARNING,
        "indicators.mid_term[2].value",
    ),
    ("indicator.name-unit", _annual_value(1, "≥95个"), Severity.WARNING, "indicators.annual[1].value"),
    ("indicator.name-unit", _annual_value(0, "≥45"), Severity.WARNING, "indicators.annual[0].value"),
    (
        "indicator.multi-in-row",
        _attr("indicators.annual.8.name", "城市卫生环境，街面秩序，基础设施完好度"),
        Severity.WARNING,
        "indicators.annual[8].name",
    ),
    ("indicator.annual-exceeds-mid-term", _annual_value(0, "50个"), Severity.WARNING, "indicators.annual[0].value"),
    (
        "indicator.annual-exceeds-mid-term",
        _annual_value(3, "≤1700万元"),
        Severity.WARNING,
        "indicators.annual[3].value",
    ),
    ("goal.unsupported-number", _attr("goals.annual", "覆盖45个社区，培训158人。"), Severity.INFO, "goals.annual"),
    ("indicator.unknown-scheme", _attr("scheme", "yunnan"), Severity.ERROR, "scheme"),
    ("project.name-empty", _attr("project.name", ""), Severity.ERROR, "project.name"),
    ("project.year-missing", _attr("year", None), Severity.WARNING, "year"),
    ("unit.name-empty", _attr("unit.name", " "), Severity.WARNING, "unit.name"),
    ("unit.code-missing", _attr("unit.code", ""), Severity.WARNING, "unit.code"),
    ("unit.code-invalid", _attr("unit.code", "12530121MB01852288"), Severity.ERROR, "unit.code"),
    ("unit.code-invalid", _attr("unit.code", "12530121MB0185228"), Severity.ERROR, "unit.code"),
    ("contact.phone-invalid", _attr("unit.phone", "1388838377"), Severity.WARNING, "unit.phone"),
    ("contact.phone-invalid", _attr("project.manager.phone", "12888099030"), Severity.WARNING, "project.manager.phone"),
    ("signatures.missing", _attr("signatures.preparer", ""), Severity.WARNING, "signatures.preparer"),
    ("signatures.missing", _attr("signatures.date", ""), Severity.WARNING, "signatures.date"),
    ("signatures.date-invalid", _attr("signatures.date", "2020-02-30"), Severity.ERROR, "signatures.date"),
    ("signatures.date-late", _attr("signatures.date", "2021-01-05"), Severity.WARNING, "signatures.date"),
    (
        "text.arrangement-amount",
        _attr("project.funding_arrangement", "项目资金全部由区财政年初预算批复安排534.57万元。"),
        Severity.WARNING,
        "project.funding_arrangement",
    ),
    (
        "text.notes-breakdown",
        _attr(
            "project.budget_notes",
            "1.工资：4484040元；\n2.保险：63200元；\n3.终端：682560元；\n4.车：36001元；\n5.工作牌：80000元；",
        ),
        Severity.WARNING,
        "project.budget_notes",
    ),
    (
        "text.notes-breakdown",
        _attr("project.budget_notes", "1.工资：4484040元；\n2.保险：63200元；"),
        Severity.WARNING,
        "project.budget_notes",
    ),
    ("text.cell-limit", _attr("project.overview", "概" * 32_768), Severity.WARNING, "project.overview"),
    ("text.cell-limit", _attr("goals.annual", "目" * 40_000), Severity.WARNING, "goals.annual"),
    ("text.cell-limit", _attr("cost_items.1.note", "注" * 32_768), Severity.WARNING, "cost_items[1].note"),
    # 5,000 control characters are written as 35,000 (_x0001_): too long, as the xlsx writer would find.
    ("text.cell-limit", _attr("cost_items.2.note", "\x01" * 5_000), Severity.WARNING, "cost_items[2].note"),
    (
        "text.cell-limit",
        _attr("cost_items.0.factors.0.unit", "人" * 32_768),
        Severity.WARNING,
        "cost_items[0].factors[0].unit",
    ),
    (
        "text.cell-limit",
        _attr("indicators.annual.3.value", "值" * 32_768),
        Severity.WARNING,
        "indicators.annual[3].value",
    ),
    # The self-evaluation's rules speak once an actual value is typed (a declaration has none).
    (
        "selfeval.actual-unreadable",
        _attr("indicators.annual.0.actual", "很多"),
        Severity.ERROR,
        "indicators.annual[0].actual",
    ),
    (
        "selfeval.score-band",
        _both(
            _attr("indicators.annual.6.value", "得到提升"),  # qualitative again (the clean document gives it a figure)
            _attr("indicators.annual.6.actual", "达成"),
            _attr("indicators.annual.6.score", "1"),
        ),
        Severity.ERROR,
        "indicators.annual[6].score",
    ),
    (
        "selfeval.deviation-missing",
        _attr("indicators.annual.1.actual", "90%"),
        Severity.WARNING,
        "indicators.annual[1].deviation",
    ),
    (
        "selfeval.weights-sum",
        _both(_attr("indicators.annual.0.actual", "45个"), _attr("indicators.annual.0.weight", "60")),
        Severity.ERROR,
        "indicators.annual",
    ),
    # --- the budget system's dimensions (issue 27) ---
    (
        "cost.economic-class-capital",
        _attr("cost_items.3.economic_class", "30201"),
        Severity.WARNING,
        "cost_items[3].economic_class",
    ),
    (
        "cost.economic-class-service",
        _attr("cost_items.0.economic_class", "31003"),
        Severity.WARNING,
        "cost_items[0].economic_class",
    ),
    (
        "cost.economic-class-wages",
        _attr("cost_items.0.economic_class", "30101"),
        Severity.WARNING,
        "cost_items[0].economic_class",
    ),
    (
        "cost.economic-class-unknown",
        _attr("cost_items.0.economic_class", "39999"),
        Severity.WARNING,
        "cost_items[0].economic_class",
    ),
    (
        "cost.procurement-unknown",
        _attr("cost_items.4.procurement", "物品"),
        Severity.WARNING,
        "cost_items[4].procurement",
    ),
    (
        "cost.procurement-unmarked",
        _attr("cost_items.2.economic_class", "30207"),
        Severity.INFO,
        "cost_items[2].procurement",
    ),
    (
        "funding.years-total",
        _attr("funding.years", {"2021": Decimal(5345800), "2022": Decimal(5345800), "2023": Decimal(5000000)}),
        Severity.ERROR,
        "funding.years",
    ),
    (
        "funding.years-first",
        _attr("funding.years", {"2021": Decimal(5000000), "2022": Decimal(5345800), "2023": Decimal(5691600)}),
        Severity.ERROR,
        "funding.years",
    ),
    (
        "project.function-class-unknown",
        _attr("project.function_class", "2129999"),
        Severity.INFO,
        "project.function_class",
    ),
    ("monitoring.as-of-invalid", _attr("monitoring", Monitoring("2021-13-01")), Severity.ERROR, "monitoring.as_of"),
    ("monitoring.as-of-year", _attr("monitoring", Monitoring("2020-07-31")), Severity.WARNING, "monitoring.as_of"),
    (
        "monitoring.execution-behind",
        _attr("monitoring", Monitoring("2021-07-31", Decimal(2000000))),
        Severity.WARNING,
        "monitoring.spent",
    ),
    (
        "monitoring.execution-behind",
        _attr("monitoring", Monitoring("2021-07-31", Decimal(1000000))),
        Severity.WARNING,
        "monitoring.spent",
    ),
    (
        "monitoring.cause-missing",
        _both(_attr("monitoring", Monitoring("2021-07-31")), _attr("indicators.annual.1.forecast", "80%")),
        Severity.WARNING,
        "indicators.annual[1].cause",
    ),
    (
        "monitoring.cause-other",
        _both(_attr("indicators.annual.1.forecast", "95%"), _attr("indicators.annual.1.cause", "天气原因")),
        Severity.INFO,
        "indicators.annual[1].cause",
    ),
]


@pytest.mark.parametrize(
    ("rule", "mutate", "severity", "where"), FAILING, ids=[f"{case[0]}@{case[3]}" for case in FAILING]
)
def test_rule_fires(clean_document: Document, rule: str, mutate: Mutation, severity: Severity, where: str) -> None:
    mutate(clean_document)
    findings = check_document(clean_document)
    matching = [f for f in findings if f.rule == rule and f.path == where]
    assert matching, f"{rule} at {where} not in {_summary(findings)}"
    assert all(f.severity is severity for f in matching)
    assert all(re.search(r"[\u4e00-\u9fff]", render(f)) for f in matching)
    assert all(render(f, "en") != render(f) for f in matching)


def test_every_domain_rule_has_a_failing_case() -> None:
    from tests.domain.test_rollover import ROLLOVER_RULES  # reported by rollover, tested there

    assert sorted(DOMAIN_RULES - {case[0] for case in FAILING} - ROLLOVER_RULES) == []


@pytest.mark.parametrize("rule", sorted(DOMAIN_RULES))
def test_rule_is_silent_on_the_correct_document(clean_document: Document, rule: str) -> None:
    assert rule not in {f.rule for f in check_document(clean_document)}


# --- passing cases at the edges of the rules --------------------------------------------------------

PASSING: list[tuple[str, Mutation]] = [
    ("cost.months-over-year", _set_factor(2, 2, "12")),
    ("cost.months-over-year", _both(_attr("cost_items.2.factors.2.unit", "元/月"), _set_factor(2, 2, "24"))),
    ("cost.month-words", _attr("cost_items.0.name", "1-11月份工资及劳务派遣费")),
    ("cost.month-words", _attr("cost_items.0.name", "1—11月工资")),
    ("cost.month-words", _attr("cost_items.1.name", "1-9月份人身意外险")),  # no month factor on that line
    ("cost.expression-mismatch", _expression("（４５×４）－２２")),
    ("cost.expression-invalid", _expression("")),
    ("cost.amount-zero", _add_line(CostItem("", [], Decimal(0)))),  # an empty row, not a zero amount
    ("cost.name-empty", _add_line(CostItem("", [], Decimal(0)))),
    ("cost.amount-mismatch", _set_factor(3, 1, "4500.004")),  # 36,000.032 rounds to 36,000.03 …
    ("indicator.percent-range", _annual_value(1, "100%")),
    # a consistent 中期 plan by year, and the seed's lines booked as a budget officer would
    (
        "funding.years-total",
        _attr("funding.years", {"2021": Decimal(5345800), "2022": Decimal(5345800), "2023": Decimal(5345800)}),
    ),
    (
        "funding.years-first",
        _attr("funding.years", {"2021": Decimal(5345800), "2022": Decimal(5345800), "2023": Decimal(5345800)}),
    ),
    ("cost.economic-class-capital", _attr("cost_items.3.economic_class", "31099")),
    ("cost.economic-class-service", _attr("cost_items.2.economic_class", "30207")),
    (
        "cost.procurement-unmarked",
        _both(_attr("cost_items.2.economic_class", "30207"), _attr("cost_items.2.procurement", "服务")),
    ),
    ("cost.procurement-unmarked", _attr("cost_items.0.economic_class", "30226")),  # labour: no 品目
    (
        "monitoring.cause-missing",
        _both(
            _attr("indicators.annual.1.forecast", "80%"),
            _attr("indicators.annual.1.cause", "人员保障"),
            _attr("indicators.annual.1.measure", "增派人员"),
        ),
    ),
    ("monitoring.execution-behind", _attr("monitoring", Monitoring("2021-07-31", Decimal(3200000)))),
    ("indicator.percent-range", _annual_value(1, "≥0%")),
    ("indicator.cost-mismatch", _annual_value(3, "≤5,345,800.00元")),
    ("indicator.cost-mismatch", _annual_value(3, "＝５３４．５８万元")),
    ("indicator.satisfaction-form", _annual_value(10, ">90%")),
    ("indicator.cost-not-money", _annual_value(3, "≤100%")),  # a rate (成本控制率)
    ("indicator.cost-not-money", _annual_value(3, "≤2580元/人/月")),  # a unit cost
    ("indicator.cost-mismatch", _annual_row(Indicator("产出指标", "成本指标", "人均成本", "≤2580元/人/月"))),
    (
        "indicator.cost-mismatch",  # parts of the cost that sum to at most 总投入
        _both(
            _attr("indicators.annual.3.name", "人员成本"),
            _annual_value(3, "≤448.404万元"),
            _annual_row(Indicator("产出指标", "成本指标", "设备成本", "≤68.256万元")),
        ),
    ),
    ("indicator.operator-direction", _annual_value(1, "≥95%")),
    ("indicator.operator-direction", _annual_row(Indicator("产出指标", "质量指标", "群众投诉率", "≤5%"))),
    (
        "indicator.operator-direction",  # a rate in the cost group (预算执行率) is better higher
        _both(_attr("indicators.annual.3.name", "预算执行率"), _annual_value(3, "≥95%")),
    ),
    ("indicator.output-qualitative", _annual_value(2, "2021年12月31日前")),
    ("indicator.output-qualitative", _annual_value(2, "12月底前")),
    ("indicator.timeliness-period", _annual_value(2, "2021年12月底前")),
    ("indicator.timeliness-period", _attr("indicators.mid_term.2.value", "2023年12月底前")),  # 经常性项目: no end
    ("indicator.vague-value", _annual_value(6, "较上年提高2个百分点")),
    ("indicator.vague-value", _annual_value(6, "系统运行良好")),
    ("indicator.placeholder", _annual_value(5, "3×4小时")),
    ("indicator.name-unit", _annual_value(0, "≥45个")),
    ("indicator.name-unit", _annual_value(1, "≥95％")),
    ("indicator.multi-in-row", _attr("indicators.annual.10.name", "社区居民、市民满意度")),
    ("indicator.annual-exceeds-mid-term", _annual_value(0, "40个")),
    ("indicator.annual-exceeds-mid-term", _annual_value(0, "50户")),  # another unit: not the same measure
    ("goal.unsupported-number", _attr("goals.annual", "2021年覆盖45个社区，处置案件人员499人。")),
    ("indicator.mostly-qualitative", _both(*(_annual_value(i, "2021年12月底前") for i in (0, 1, 4, 6, 7, 9)))),
    ("indicator.unknown-group", _annual_row(Indicator("产出", "进度", "案件办结时限", "5个工作日内"))),
    ("indicator.unknown-group", _annual_row(Indicator("效益指标", "环境效益", "垃圾清运率", "≥95%"))),
    ("indicator.duplicate", _annual_row(Indicator("产出指标", "质量指标", "五进网格社区覆盖个数", "≥95%"))),
    ("contact.phone-invalid", _attr("unit.phone", "0871-63123456")),
    ("contact.phone-invalid", _attr("unit.phone", "(0871)63123456")),
    ("contact.phone-invalid", _attr("project.manager.phone", "+86 138 8809 9030")),
    ("signatures.date-late", _attr("signatures.date", "2020年12月31日")),
    ("signatures.date-invalid", _attr("signatures.date", "２０２０年１０月２６日")),
    ("text.arrangement-amount", _attr("project.funding_arrangement", "项目资金由区财政安排534.58万元。")),
    ("text.arrangement-amount", _attr("project.funding_arrangement", "项目资金由区财政安排。")),
    ("text.arrangement-amount", _attr("project.funding_arrangement", "项目资金由区财政安排５，３４５，８００元。")),
    (
        "text.notes-breakdown",  # a remark's figure is not the line's amount
        _attr(
            "project.budget_notes",
            "1.工资：158人×2580元×11个月=4,484,040.00元；（另有补贴500元）\n2.保险：63200元；\n"
            "3.终端：682560元；\n4.车：36000元；\n5.工作牌：共80,000.00元；",
        ),
    ),
]


@pytest.mark.parametrize(("rule", "mutate"), PASSING, ids=[case[0] for case in PASSING])
def test_rule_stays_silent(clean_document: Document, rule: str, mutate: Mutation) -> None:
    mutate(clean_document)
    assert rule not in {f.rule for f in check_document(clean_document)}


def test_amount_mismatch_compares_after_rounding(clean_document: Document) -> None:
    item = clean_document.cost_items[3]
    item.factors[1].value = Decimal("4500.004")
    assert item.amount == Decimal("36000.00")
    # … and 8 × 4500.004 = 36,000.032, so 36,000.00 is now a real mismatch of 3 fen.
    assert "cost.amount-mismatch" in {f.rule for f in check_document(clean_document)}


def test_cost_indicator_in_2021_scheme(clean_document: Document) -> None:
    clean_document.scheme = "2021"
    for matrix in (clean_document.indicators.mid_term, clean_document.indicators.annual):
        for row in matrix:
            if row.level2 == "成本指标":
                row.level1, row.level2 = "成本指标", "经济成本指标"
            if row.level2 == "可持续影响指标":
                row.level2 = "社会效益指标"
    assert check_document(clean_document) == []
    clean_document.indicators.annual[3].value = ""
    assert [(f.rule, f.path) for f in check_document(clean_document)] == [
        ("indicator.cost-empty", "indicators.annual[3].value")
    ]


def test_scheme_override_beats_the_documents(clean_document: Document) -> None:
    rules = {f.rule for f in check_document(clean_document, "2021")}
    assert "indicator.level1-missing" in rules
    assert check_document(clean_document, "classic") == []


def test_stated_cost_total_is_checked_when_reading(clean_document: Document) -> None:
    data = document_to_dict(clean_document)
    assert document_from_dict(data).notes == []
    data["cost_total"] = "5345801.00"
    notes = document_from_dict(data).notes
    assert [(n.rule, n.severity, n.path) for n in notes] == [("file.cost-total-stated", Severity.WARNING, "cost_total")]


def test_factor_line_with_many_big_factors_is_a_finding_not_a_crash(clean_document: Document) -> None:
    clean_document.cost_items.append(CostItem("巨额", [Factor(Decimal("1e15"), "元")] * 3, Decimal(1)))
    rules = {f.rule for f in check_document(clean_document)}
    assert {"cost.amount-mismatch", "cost.total-funding"} <= rules


def test_local_group_names_raise_no_alarm(clean_document: Document) -> None:
    renames = {"时效指标": "进度", "生态效益指标": "环境效益", "服务对象满意度指标": "社会公众或服务对象满意度"}
    for matrix in (clean_document.indicators.mid_term, clean_document.indicators.annual):
        for row in matrix:
            row.level2 = renames.get(row.level2, row.level2)
            row.level1 = row.level1.removesuffix("指标")
    assert check_document(clean_document) == []


def test_sustainability_is_allowed_in_2021(clean_document: Document) -> None:
    clean_document.scheme = "2021"
    for matrix in (clean_document.indicators.mid_term, clean_document.indicators.annual):
        for row in matrix:
            if row.level2 == "成本指标":
                row.level1, row.level2 = "成本指标", "经济成本指标"
    assert check_document(clean_document) == []  # row 8 stays under 可持续影响指标
