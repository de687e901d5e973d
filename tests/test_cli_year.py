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
    assert "预算执行率 95.78%  分值 10  得分 9.58" in result.stdout
    assert "平均处置时长  < 2天  实际 3  分值 6.25  得分 3.13  需说明偏差原因" in result.stdout


def test_evaluate_exits_0_on_a_declaration_without_actuals(tmp_path: Path, clean_document: Document) -> None:
    path = tmp_path / "plain.json"
    write_json(clean_document, path)
    result = run("module", "evaluate", str(path), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["total"] == "0.00" and report["grade"] == "差"
    assert all(row["score"] is None and row["actual"] == "" for row in report["indicators"])


def test_evaluate_names_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "坏.json"
    path.write_text("{", encoding="utf-8")
    result = run("module", "evaluate", str(path))
    assert result.returncode == 2
    assert result.stdout == "" and "坏.json" in result.stderr and "Traceback" not in result.stderr
