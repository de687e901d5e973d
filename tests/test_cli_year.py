"""The year's commands in a real process: ``evaluate``, ``rollover``, ``diff`` and ``export --form self-evaluation``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.json import write_json
from tests.domain import selfeval_example as example
from tests.test_cli import run


@pytest.fixture
def evaluated_file(tmp_path: Path, clean_document: Document) -> Path:
    path = tmp_path / "自评2021.json"
    write_json(example.self_evaluated(clean_document), path)
    return path


def test_evaluate_json_gives_the_hand_computed_scores(evaluated_file: Path) -> None:
    result = run("module", "evaluate", str(evaluated_file), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["file"] == str(evaluated_file)
    assert report["total"] == example.TOTAL and report["grade"] == example.GRADE
    assert report["execution"] == {
        "budget": "5345800.00",
        "spent": "5120000.00",
        "rate": "0.9578",
        "weight": "10",
        "score": example.EXECUTION_SCORE,
    }
    rows = report["indicators"]
    assert [row["score"] for row in rows] == list(example.SCORES)
    assert [row["weight"] for row in rows] == list(example.WEIGHTS)
    assert rows[0] == {
        "where": "indicators.annual[0]",
        "name": "覆盖社区个数",
        "operator": "≥",
        "target": "45",
        "unit": "个",
        "actual": "46",
        "weight": "6.25",
        "score": "6.25",
        "needs_deviation": False,
        "problem": None,
    }
    assert rows[5]["target"] == "5345800" and rows[5]["unit"] == "元" and rows[5]["actual"] == "5600000"
    assert rows[8]["operator"] == "定性" and rows[8]["actual"] == "达成" and rows[8]["needs_deviation"] is True


def test_evaluate_prints_the_scores_for_people(evaluated_file: Path) -> None:
    result = run("script", "evaluate", str(evaluated_file))
    assert result.returncode == 0, result.stderr
    assert f"总分 {example.TOTAL}  等级 {example.GRADE}" in result.stdout
    assert "预算执行率 95.78%  分值 10.00  得分 9.58" in result.stdout
    assert "平均处置时长  < 2天  实际 3  分值 6.25  得分 3.13  需说明偏差原因" in result.stdout


def test_evaluate_exits_0_on_a_declaration_without_actuals(tmp_path: Path, clean_document: Document) -> None:
    path = tmp_path / "plain.json"
    write_json(clean_document, path)
    result = run("module", "evaluate", str(path), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    # Nothing scored is not a grade of 差: no total, no grade, and the reason (issue 26.2).
    assert report["total"] is None and report["grade"] is None
    assert report["reason"] == "尚未填写实际完成值或全年执行数"
    assert all(row["score"] is None and row["actual"] == "" for row in report["indicators"])


def test_evaluate_names_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "坏.json"
    path.write_text("{", encoding="utf-8")
    result = run("module", "evaluate", str(path))
    assert result.returncode == 2
    assert result.stdout == "" and "坏.json" in result.stderr and "Traceback" not in result.stderr


def test_rollover_writes_next_year_and_lists_what_to_review(tmp_path: Path, evaluated_file: Path) -> None:
    target = tmp_path / "申报2022.json"
    result = run("module", "rollover", str(evaluated_file), str(target))
    assert result.returncode == 0, result.stderr
    assert "2022年度申报书，请核对 1 处" in result.stdout
    assert "rollover.stale-year  cost_items[0].note" in result.stdout
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["year"] == 2022 and "execution" not in document
    assert document["signatures"]["date"] == ""
    assert all(not row.get("actual") and not row.get("score") for row in document["indicators"]["annual"])
    assert [row["value"] for row in document["indicators"]["annual"]] == [row[3] for row in example.ROWS]


def test_rollover_to_a_chosen_year_and_its_failures(tmp_path: Path, evaluated_file: Path) -> None:
    target = tmp_path / "申报2025.xlsx"
    assert run("module", "rollover", str(evaluated_file), str(target), "--year", "2025").returncode == 0
    back = run("module", "export", str(target), str(tmp_path / "back.json"))
    assert back.returncode == 0, back.stderr
    assert json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))["year"] == 2025
    early = run("module", "rollover", str(evaluated_file), str(tmp_path / "x.json"), "--year", "2020")
    assert early.returncode == 2 and "应晚于" in early.stderr and not (tmp_path / "x.json").exists()
    same = run("module", "rollover", str(evaluated_file), str(evaluated_file))
    assert same.returncode == 2 and "相同" in same.stderr


def test_diff_reports_one_insertion_and_one_amount(tmp_path: Path, clean_document: Document) -> None:
    from decimal import Decimal

    from gridbudget_gui.domain.document import CostItem

    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_json(clean_document, a)
    clean_document.cost_items.insert(0, CostItem("办公用品", [], Decimal("5000")))
    clean_document.cost_items[2].amount = Decimal("90000.50")
    write_json(clean_document, b)
    result = run("module", "diff", str(a), str(b), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["a"] == str(a) and report["b"] == str(b)
    assert report["changes"] == [
        {"where": "cost_items[0]", "kind": "added", "a": None, "b": "办公用品（5000.00元）"},
        {"where": "cost_items[2].amount", "kind": "changed", "a": "63200.00", "b": "90000.50"},
    ]
    assert report["totals"]["cost_total"] == {"a": "5345800.00", "b": "5377600.50"}  # + 5,000 + 26,800.50
    text = run("script", "diff", str(a), str(b))
    assert text.returncode == 0
    assert "2 处不同" in text.stdout and "[新增] 测算明细第 1 行" in text.stdout
    assert "测算明细合计：5345800.00 → 5377600.50" in text.stdout
    same = run("module", "diff", str(a), str(a), "--json")
    assert same.returncode == 0 and json.loads(same.stdout)["changes"] == []
    missing = run("module", "diff", str(a), str(tmp_path / "无.json"))
    assert missing.returncode == 2 and "无.json" in missing.stderr


def test_export_the_self_evaluation_as_pdf(tmp_path: Path, evaluated_file: Path) -> None:
    from tests.io import pdf_tools

    target = tmp_path / "自评表.pdf"
    result = run("module", "export", str(evaluated_file), str(target), "--form", "self-evaluation")
    assert result.returncode == 0, result.stderr
    assert pdf_tools.page_count(target) == 2
    first, whole = pdf_tools.text(target, 1, layout=True), pdf_tools.text(target, layout=True)
    assert "项目支出绩效自评表" in first and "（2021年度）" in first
    assert "5,120,000.00" in first and "95.78%" in first and "9.58" in first
    assert "平均处置时长" in first and "3.13" in first
    assert "73.65" in whole and "等级：中" in whole and "单位（盖章）" in whole
    assert {font[-5] for font in pdf_tools.fonts(target)} == {"yes"}  # the Song face, embedded (subsets)
    wrong = run("module", "export", str(evaluated_file), str(tmp_path / "自评表.odt"), "--form", "self-evaluation")
    assert wrong.returncode == 2 and ".docx" in wrong.stderr and not (tmp_path / "自评表.odt").exists()


def test_export_the_self_evaluation_as_workbook_and_word(tmp_path: Path, evaluated_file: Path) -> None:
    import docx
    from openpyxl import load_workbook

    workbook, word = tmp_path / "自评表.xlsx", tmp_path / "自评表.docx"
    for target in (workbook, word):
        result = run("module", "export", str(evaluated_file), str(target), "--form", "self-evaluation")
        assert result.returncode == 0, result.stderr
    values = [c.value for row in load_workbook(workbook, data_only=True).active.iter_rows() for c in row]
    assert "项目支出绩效自评表" in values and 73.65 in values and "等级：中" in values
    cells = [c.text for table in docx.Document(str(word)).tables for row in table.rows for c in row.cells]
    assert "73.65" in cells and "等级：中" in cells and "3.13" in cells
