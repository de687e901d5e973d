"""Start-up bounded by work, not by a clock: what the command line imports, its help, a closed pipe, and the
small replacements (大写, the credit code) agreeing with the libraries they replaced. Speed: benchmarks/startup.py."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from gridbudget_gui import cli
from gridbudget_gui.commands import COMMANDS
from gridbudget_gui.domain.rules.general import USCC_ALPHABET, is_credit_code
from gridbudget_gui.resources import example_path

HEAVY = ("PySide6", "shiboken6", "openpyxl", "reportlab", "docx", "lxml", "cn2an", "stdnum", "xlrd", "python_calamine")
"""Libraries a command that reads a JSON file and prints findings has no use for."""

PROBE = """
import json, sys
from gridbudget_gui import cli
try:
    code = cli.main(sys.argv[1:])
except SystemExit as done:
    code = done.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _imports(*args: str) -> tuple[int, set[str]]:
    """Run the command line in a fresh interpreter; its exit code and the modules it imported."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, encoding="utf-8", env=env, check=False
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def _roots(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["check", str(example_path())],
        ["check", "--json", "--lang", "en", str(example_path())],
        ["check", "--help"],
        ["evaluate", str(example_path())],
        ["diff", str(example_path()), str(example_path())],
    ],
    ids=" ".join,
)
def test_the_command_line_imports_nothing_heavy(args: list[str]) -> None:
    code, modules = _imports(*args)
    assert code in (0, 1)
    assert sorted(_roots(modules) & set(HEAVY)) == []
    assert "multiprocessing" not in modules  # one file needs no pool


def test_the_version_imports_no_command_and_no_domain() -> None:
    code, modules = _imports("--version")
    assert code == 0
    assert not [name for name in modules if name.startswith(("gridbudget_gui.domain", "gridbudget_gui.io"))]
    assert not [name for name in modules if name.startswith("gridbudget_gui.commands.")]


def test_help_lists_every_command_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        (line,) = [line for line in out.splitlines() if line.split()[:1] == [name]]
        assert cli.command_module(name).HELP["zh"] in line
    assert {"check", "export", "evaluate", "rollover", "diff", "summary"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_command_has_its_help_in_either_language(name: str, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main([name, "--lang", lang, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: gridbudget {name}")
    assert cli.command_module(name).HELP[lang] in " ".join(out.split())  # argparse wraps it at the width
    assert ("显示本帮助并退出" in out) == (lang == "zh")
    assert ("show this help and exit" in out) == (lang == "en")


def test_the_language_may_come_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "--help"])
    assert "commands (gridbudget COMMAND --help for each):" in capsys.readouterr().out
    assert cli.main(["--lang", "en", "check", str(example_path())]) == 1
    assert f"{example_path()}: 2 errors, 10 warnings, 0 info" in capsys.readouterr().out


def test_a_misspelt_command_is_named_not_opened(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["chekc", str(example_path())]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "gridbudget: 没有“chekc”这个命令；是不是 check？（gridbudget --help 列出全部命令）"
    )


def test_a_command_module_offers_the_interface() -> None:
    for name in COMMANDS:
        module = cli.command_module(name)
        assert set(module.HELP) == {"zh", "en"}
        assert callable(module.add_arguments) and callable(module.run)


# --- a closed pipe --------------------------------------------------------------------------------------


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``gridbudget check a b c | head -1``: no 内部错误, no traceback, exit 141, one line in the log."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    env.pop("GRIDBUDGET_DEBUG", None)
    files = [str(example_path())] * 60  # far more than a pipe's buffer holds: the writer meets the closed end
    process = subprocess.Popen(
        [sys.executable, "-m", "gridbudget_gui", "check", "--jobs", "1", *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what head does after its line
    error = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert process.wait() == cli.EXIT_PIPE_CLOSED
    assert str(example_path()).encode() in first
    assert error == ""
    log = (tmp_path / "GridBudget" / "GridBudget" / "logs" / "gridbudget.log").read_text(encoding="utf-8")
    assert "The output was closed by its reader" in log and "Internal error" not in log


# --- what replaced cn2an's and stdnum's imports ------------------------------------------------------------


def _credit_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(8)) + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, weights, strict=True))
    return body + USCC_ALPHABET[(31 - total) % 31]


def test_the_credit_code_check_agrees_with_stdnum() -> None:
    uscc = pytest.importorskip("stdnum.cn.uscc")
    rng = random.Random(32100)
    codes = ["91110000600037341L", "91530000MA6K3X0Q7T", "", "9111000060003734", "91110000600037341I"]
    for _ in range(2_000):
        code = _credit_code(rng)
        mangled = list(code)
        mangled[rng.randrange(18)] = rng.choice(USCC_ALPHABET + "IOSVZ")
        codes += [code, "".join(mangled), code.lower(), f"{code[:6]} {code[6:]}", f"{code[:9]}-{code[9:]}"]
    for code in codes:
        assert is_credit_code(code) == uscc.is_valid(code), code
    assert is_credit_code("９１１１００００６０００３７３４１Ｌ")  # typed with a Chinese input method's full-width keys


# --- the window's first paint: one page built, the rest after ------------------------------------------


def test_the_first_window_builds_one_page_then_the_rest(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """run_window's window: one set of pages, not two; the first alone before the first paint; a page asked
    for before the rest were built (a click in the sidebar, a finding) builds them and shows it."""
    from PySide6.QtWidgets import QMessageBox

    from gridbudget_gui.app import make_application
    from gridbudget_gui.ui.main_window import MainWindow
    from gridbudget_gui.ui.navigation import Page

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    make_application()
    window = MainWindow(pages=False)
    qtbot.addWidget(window)
    assert window.stack.count() == 0 and not window.pages_built
    window.open_example()
    window.show_pages()  # nothing more: the example's pages are there
    assert window.stack.count() == 1 and window.info_page.isVisibleTo(window.stack.widget(0))
    # The document is checked after the first paint: the Problems panel and the counts fill in then.
    assert not window.session.checked and window.problems.model() is None and window.counts.text() == ""
    assert window.session.findings  # …or as soon as anything asks for the findings
    assert window.findings_model.rowCount() > 0 and window.problems.model() is window.findings_model
    assert "错误" in window.counts.text()
    window.sidebar.setCurrentRow(list(Page).index(Page.COSTS))
    assert window.stack.count() == len(Page)
    assert window.stack.currentWidget() is window.cost_page
    model = window.cost_page.model
    assert model.index(0, model.NAME_COLUMN).data() == window.session.document.cost_items[0].name
    window.finish_pages()  # once built, never again
    assert window.stack.count() == len(Page)

    later = MainWindow(pages=False)
    qtbot.addWidget(later)
    later.open_example()
    assert later.stack.count() == 1
    assert later.indicators_page.tables  # the attribute builds what waits
    assert later.stack.count() == len(Page) and later.stack.currentIndex() == 0


def test_what_waits_for_the_first_paint_runs_after_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """run_window's check and other pages run once the window has painted, not before (a zero-timer queued
    after show() runs before Qt's expose event paints)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    from gridbudget_gui.app import AfterFirstPaint

    events: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    label = QLabel("预算")
    qtbot.addWidget(label)
    watch = Watch()
    label.installEventFilter(watch)
    AfterFirstPaint(label, lambda: events.append("then"))
    label.show()
    qtbot.waitUntil(lambda: "then" in events)
    assert events[0] == "paint" and events.count("then") == 1
