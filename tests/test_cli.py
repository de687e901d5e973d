"""The command line of docs/interface.md: check --json shape, exit codes 0/1/2, one-line errors, export."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gridbudget_gui import __version__, cli
from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.io.json import document_to_dict, read_json, write_json
from gridbudget_gui.resources import example_path

BIN = Path(sys.executable).parent
EXAMPLE = str(example_path())
COMMANDS = {
    "module": [sys.executable, "-m", "gridbudget_gui"],
    "script": [str(BIN / "gridbudget")],
}


def run(how: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("GRIDBUDGET_DEBUG", None)
    return subprocess.run(
        [*COMMANDS[how], *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=env,
        cwd=cwd,
    )


@pytest.fixture
def clean_file(tmp_path: Path, clean_document) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "clean.json"
    write_json(clean_document, path)
    return path


def _assert_one_line_naming(stderr: str, path: Path | str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert str(path) in lines[0]


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_check_json_on_the_example(how: str) -> None:
    result = run(how, "check", EXAMPLE, "--json")
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert list(report) == ["files"]
    (entry,) = report["files"]
    assert set(entry) == {"file", "ok", "error", "findings"}
    assert entry["file"] == EXAMPLE and entry["ok"] is True and entry["error"] is None
    for finding in entry["findings"]:
        assert set(finding) == {"severity", "rule", "aspect", "where", "message"}
        assert finding["aspect"] in {"完整性", "相关性", "适当性", "可行性"}
        assert finding["severity"] in {"error", "warning", "info"}
    assert entry["findings"][0] == {
        "severity": "error",
        "rule": "indicator.cost-empty",
        "aspect": "完整性",
        "where": "indicators.mid_term[3].value",
        "message": "成本指标“全年“五进网格”精细化经费成本”没有指标值",
    }
    assert sorted((f["rule"], f["where"]) for f in entry["findings"]) == [
        ("cost.month-words", "cost_items[0].factors[2].value"),
        ("cost.months-over-year", "cost_items[2].factors[2].value"),
        ("indicator.cost-empty", "indicators.annual[3].value"),
        ("indicator.cost-empty", "indicators.mid_term[3].value"),
        ("indicator.multi-in-row", "indicators.annual[8].name"),
        ("indicator.multi-in-row", "indicators.mid_term[8].name"),
        *(("indicator.vague-value", f"indicators.annual[{i}].value") for i in (6, 7, 9)),
        *(("indicator.vague-value", f"indicators.mid_term[{i}].value") for i in (6, 7, 9)),
    ]
    # Errors come before warnings.
    severities = [f["severity"] for f in entry["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_check_clean_file_exits_0(how: str, clean_file: Path) -> None:
    result = run(how, "check", str(clean_file))
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(clean_file) in result.stdout
    assert result.stderr == ""


def test_warnings_alone_still_exit_0(
    tmp_path: Path,
    clean_document,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Back to the seed's 180元/月 × 24月: the same amount, now only a warning (more than 12 months).
    clean_document.cost_items[2].factors[1].value = 180
    clean_document.cost_items[2].factors[2].value = 24
    path = tmp_path / "warn.json"
    write_json(clean_document, path)
    assert cli.main(["check", str(path), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [(f["severity"], f["rule"]) for f in findings] == [("warning", "cost.months-over-year")]


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_unreadable_file_exits_2_with_one_line(how: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "gridbudget-document", "cost_items": [{"amount": "abc"}]}', encoding="utf-8")
    result = run(how, "check", str(bad), "--json")
    assert result.returncode == 2
    _assert_one_line_naming(result.stderr, bad)
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["ok"] is False and entry["findings"] == []
    assert "cost_items[0].amount" in entry["error"]


def test_unreadable_file_wins_over_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    assert cli.main(["check", EXAMPLE, str(missing), "--json"]) == 2
    out, err = capsys.readouterr()
    files = json.loads(out)["files"]
    assert [f["ok"] for f in files] == [True, False]
    _assert_one_line_naming(err, missing)


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02binary", '{"项目": 1}'.encode("gbk"), b"[" * 100_000, b'{"format": "gridbudget-document", '],
)
def test_check_never_prints_a_traceback(tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.json"
    path.write_bytes(content)
    assert cli.main(["check", str(path)]) == 2
    _assert_one_line_naming(capsys.readouterr().err, path)


def test_check_a_folder(tmp_path: Path, clean_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(EXAMPLE, tmp_path / "example.json")
    (tmp_path / "notes.txt").write_text("not a declaration", encoding="utf-8")
    assert cli.main(["check", str(tmp_path), "--json"]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert sorted(Path(f["file"]).name for f in files) == ["clean.json", "example.json"]


def test_scheme_2021_changes_the_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", EXAMPLE, "--json", "--scheme", "2021"]) == 1
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert {"severity": "error", "rule": "indicator.level1-missing", "aspect": "完整性", "where": "indicators.annual",
            "message": "年度指标缺少一级指标“成本指标”"} in findings  # fmt: skip
    assert "indicator.cost-empty" not in {f["rule"] for f in findings}


def test_unknown_scheme_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["check", EXAMPLE, "--scheme", "2030"])
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_check_without_json_prints_a_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", EXAMPLE]) == 1
    out = capsys.readouterr().out
    assert "错误 2 个，警告 10 个，提示 0 个" in out
    assert "indicator.cost-empty" in out


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_check_lang_en_prints_english_and_keeps_the_json_contract(how: str) -> None:
    chinese = json.loads(run(how, "check", EXAMPLE, "--json").stdout)["files"][0]["findings"]
    result = run(how, "check", "--lang", "en", EXAMPLE, "--json")
    assert result.returncode == 1 and result.stderr == ""
    english = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["severity"], f["rule"], f["where"]) for f in english] == [
        (f["severity"], f["rule"], f["where"]) for f in chinese
    ]
    assert english[0]["message"] == "The cost indicator “全年“五进网格”精细化经费成本” has no target"
    months = next(f["message"] for f in english if f["rule"] == "cost.months-over-year")
    assert months == "“信息采集终端” is reckoned over 24 months, more than the 12 months of a budget year"
    report = run(how, "check", EXAMPLE, "--lang", "en")
    assert report.returncode == 1
    assert f"{EXAMPLE}: 2 errors, 10 warnings, 0 info" in report.stdout
    assert (
        "[warning] cost.month-words  Cost breakdown › Row 1 › Quantity 3  “1-9月份工资及劳务派遣费” names months 1-9"
        in (report.stdout)
    )
    assert "cost_items[" not in report.stdout  # places in the window's words; the JSON keeps its paths
    assert not [word for word in ("错误", "警告", "提示", "没有指标值", "个月", "写的是") if word in report.stdout]


def test_check_lang_is_zh_or_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", EXAMPLE, "--lang", "zh"]) == 1
    assert "错误 2 个，警告 10 个，提示 0 个" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        cli.main(["check", EXAMPLE, "--lang", "fr"])
    assert caught.value.code == 2


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_version(how: str) -> None:
    result = run(how, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"GridBudget {__version__}"


# --- export ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_export_json(how: str, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run(how, "export", EXAMPLE, str(out))
    assert result.returncode == 0, result.stderr
    assert document_to_dict(read_json(out).document) == json.loads(Path(EXAMPLE).read_text(encoding="utf-8"))


def test_export_with_errors_says_so_and_still_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The example has known errors (checked in test_check_*): the export goes ahead, with one line of warning.
    out = tmp_path / "out.json"
    assert cli.main(["export", EXAMPLE, str(out)]) == 0
    assert out.exists()
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    errors = sum(f.severity is Severity.ERROR for f in check_document(read_json(Path(EXAMPLE)).document))
    assert errors > 0
    assert f"{EXAMPLE} 有 {errors} 个错误，仍已导出" in err


def test_export_of_a_clean_file_prints_nothing(
    clean_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", str(clean_file), str(tmp_path / "out.json")]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("name", ["out.odt", "out", "out.JSON.bak"])
def test_export_to_unknown_suffix(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / name
    assert cli.main(["export", EXAMPLE, str(out)]) == 2
    _assert_one_line_naming(capsys.readouterr().err, out)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_export_into_missing_folder(how: str, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "out.json"
    result = run(how, "export", EXAMPLE, str(out))
    assert result.returncode == 2
    _assert_one_line_naming(result.stderr, out)
    assert not (tmp_path / "no").exists()


def test_export_from_bad_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "out.json"
    assert cli.main(["export", str(bad), str(out)]) == 2
    _assert_one_line_naming(capsys.readouterr().err, bad)
    assert not out.exists()


def test_export_of_text_too_long_for_excel_is_refused_and_json_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = read_json(example_path()).document
    document.project.overview = "概况" * 20_000  # 40,000 characters: more than an Excel cell holds
    source = tmp_path / "long.json"
    write_json(document, source)
    out = tmp_path / "long.xlsx"
    assert cli.main(["export", str(source), str(out)]) == 2
    error = capsys.readouterr().err
    _assert_one_line_naming(error, out)
    assert "项目基本概况" in error and "32,767" in error
    assert not out.exists()
    assert cli.main(["export", str(source), str(tmp_path / "copy.json")]) == 0
    assert read_json(tmp_path / "copy.json").document.project.overview == document.project.overview


def test_export_onto_itself_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "same.json"
    shutil.copy(EXAMPLE, path)
    before = path.read_bytes()
    assert cli.main(["export", str(path), str(path)]) == 2
    _assert_one_line_naming(capsys.readouterr().err, path)
    assert path.read_bytes() == before


def test_export_keeps_an_existing_target_when_input_is_bad(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("precious", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe")
    assert cli.main(["export", str(bad), str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_export_to_other_formats_never_tracebacks(tmp_path: Path, suffix: str) -> None:
    """xlsx and PDF writers arrive with their own issues: either they work or they say so on one line."""
    out = tmp_path / f"out{suffix}"
    result = run("module", "export", EXAMPLE, str(out))
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert out.stat().st_size > 0
    else:
        assert result.returncode == 2
        _assert_one_line_naming(result.stderr, "")
        assert not out.exists()
    assert [p for p in os.listdir(tmp_path) if p.endswith(".tmp")] == []
