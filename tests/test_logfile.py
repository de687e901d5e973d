"""The log file: where it lives, that it rotates, that it never stops the program, and what the command line
writes there (an internal error's traceback, a refused file's cause) while printing only its one line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gridbudget_gui import logfile
from gridbudget_gui.io.formats import load_document
from gridbudget_gui.resources import example_path

EXAMPLE = str(example_path())
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")


def _cli(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process (the environment carries the test's private home)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("GRIDBUDGET_DEBUG", None)
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "gridbudget_gui", *args]
    return subprocess.run(command, check=False, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env)


def _log_text() -> str:
    return (logfile.log_folder() / logfile.LOG_NAME).read_text(encoding="utf-8")


@linux_only
def test_the_folder_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert logfile.log_folder() == tmp_path / "GridBudget" / "GridBudget" / "logs"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")  # the XDG spec says to ignore it
    assert logfile.log_folder() == Path.home() / ".local" / "share" / "GridBudget" / "GridBudget" / "logs"


def test_records_go_to_the_file_and_a_second_start_keeps_it() -> None:
    path = logfile.start_logging()
    assert path == logfile.log_folder() / logfile.LOG_NAME
    logging.getLogger("gridbudget_gui.somewhere").info("first record")
    assert logfile.start_logging() == path
    logging.getLogger("gridbudget_gui.somewhere").warning("second record")
    logging.getLogger("gridbudget_gui.somewhere").debug("below the level")
    text = _log_text()
    assert "INFO" in text and "gridbudget_gui.somewhere: first record" in text
    assert text.count("second record") == 1  # one handler, not two
    assert "below the level" not in text
    logfile.stop_logging()
    assert logfile.current_log_file() is None


def test_the_file_rotates_and_keeps_three_old_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)
    path = logfile.start_logging()
    assert path is not None
    for number in range(200):
        logging.getLogger("gridbudget_gui.test").info("record %d %s", number, "x" * 50)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["gridbudget.log", "gridbudget.log.1", "gridbudget.log.2", "gridbudget.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "record 199 " in path.read_text(encoding="utf-8")


def test_a_file_that_cannot_be_renamed_keeps_growing(monkeypatch: pytest.MonkeyPatch) -> None:
    # What Windows does while a second GridBudget holds the log open: the rotation's rename fails.
    monkeypatch.setattr(logfile, "MAX_BYTES", 500)
    path = logfile.start_logging()
    assert path is not None

    def refuse(source: str, target: str) -> None:
        raise PermissionError(13, "in use by another process", source)

    monkeypatch.setattr(os, "rename", refuse)
    for number in range(30):
        logging.getLogger("gridbudget_gui.test").info("record %d", number)
    text = path.read_text(encoding="utf-8")
    assert all(f"record {number}\n" in text for number in range(30))
    assert not (path.parent / "gridbudget.log.1").exists()


def test_a_folder_that_cannot_be_made_means_no_file(capsys: pytest.CaptureFixture[str]) -> None:
    blocked = logfile.log_folder()
    blocked.parent.mkdir(parents=True)
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    assert logfile.start_logging() is None
    assert logfile.current_log_file() is None
    logging.getLogger("gridbudget_gui.test").warning("goes nowhere")
    assert capsys.readouterr().err == ""


def test_a_refused_file_is_logged_with_its_cause(tmp_path: Path) -> None:
    logfile.start_logging()
    broken = tmp_path / "broken.json"
    broken.write_text('{"a": ', encoding="utf-8")
    with pytest.raises(Exception) as raised:
        load_document(broken)
    assert isinstance(raised.value.__cause__, ValueError)  # json.JSONDecodeError, kept for the log
    text = _log_text()
    assert f"WARNING [{os.getpid()}] gridbudget_gui.io.formats: Open failed: {broken}" in text
    assert "json.decoder.JSONDecodeError" in text and "Traceback" in text
    load_document(example_path())
    assert f"Opened {example_path()} in " in _log_text()


BOOM = """
import sys
from gridbudget_gui import cli
from gridbudget_gui.io.report import batch

def boom(*args, **kwargs):
    raise RuntimeError("the checker broke\\nsecond line of the message")

batch.check_document = boom  # inherited by the worker processes, which report it back
sys.exit(cli.main(["check", *sys.argv[1:]]))
"""


def test_an_internal_error_prints_one_line_naming_the_log() -> None:
    result = _cli(EXAMPLE, code=BOOM)
    assert result.returncode == 2
    log = logfile.log_folder() / logfile.LOG_NAME
    assert result.stderr.splitlines() == [
        f"gridbudget: 内部错误：RuntimeError: the checker broke（详细信息已写入日志文件 {log}）"
    ]
    text = _log_text()
    assert "CRITICAL" in text and "gridbudget_gui.cli: Internal error" in text
    assert "Traceback (most recent call last)" in text and 'raise RuntimeError("the checker broke' in text
    assert "second line of the message" in text


def test_the_command_line_works_without_a_log_folder(tmp_path: Path) -> None:
    blocked = logfile.log_folder()
    blocked.parent.mkdir(parents=True)
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    missing = tmp_path / "missing.json"
    result = _cli("check", EXAMPLE, str(missing))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"gridbudget: {missing}: 无法打开：文件或文件夹不存在"]
    assert "Traceback" not in result.stdout
    result = _cli(EXAMPLE, code=BOOM)
    assert result.stderr.splitlines() == [
        "gridbudget: 内部错误：RuntimeError: the checker broke（设置 GRIDBUDGET_DEBUG=1 可查看详细信息）"
    ]


def test_the_command_line_logs_what_it_did_and_prints_nothing_more(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    result = _cli("export", EXAMPLE, str(tmp_path / "out.pdf"))
    # The example has errors: exported anyway, with the one line that says so (docs/interface.md).
    assert result.returncode == 0 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "仍已导出" in result.stderr
    result = _cli("check", str(missing))
    assert result.stderr.splitlines() == [f"gridbudget: {missing}: 无法打开：文件或文件夹不存在"]
    text = _log_text()
    assert f"Saved {tmp_path / 'out.pdf'} in " in text
    assert f"Open failed: {missing}: 无法打开：文件或文件夹不存在" in text
    assert "FileNotFoundError" in text  # the cause the user's line leaves out


def test_the_log_says_which_reader_and_writer_and_what_export_chose(tmp_path: Path) -> None:
    """What a support call needs: the reader and layout of each file, what was noticed, the export's choices."""
    out = tmp_path / "out.pdf"
    result = _cli("export", EXAMPLE, str(out), "--indicators", "side-by-side")
    assert result.returncode == 0
    text = _log_text()
    assert f"Export {EXAMPLE} to {out}: form declaration, indicators side-by-side" in text
    assert f"Opened {EXAMPLE} in " in text and ": json reader, GridBudget's own layout, 5 lines; notes: none" in text
    assert f"Exported {EXAMPLE} to {out}" in text and "export ended with exit code 0 after " in text
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert _cli("check", str(bad)).returncode == 2
    assert f"Open failed: {bad}: " in _log_text() and "[xlsx]" in _log_text()
    saved = tmp_path / "copy.json"
    assert _cli("export", EXAMPLE, str(saved)).returncode == 0
    assert f"Saved {saved} in " in _log_text() and ": json writer, 5 lines" in _log_text()
