"""The frozen program: build.spec built with PyInstaller, then run as a user would (about 30 s in all)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gridbudget_gui import __version__
from tests.conftest import COLLEAGUE_FORM, REPO

pytestmark = pytest.mark.slow

EXAMPLE = REPO / "resources" / "example" / "wujin-wangge-2021.json"
SUFFIX = ".exe" if sys.platform == "win32" else ""
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder build, made once for this module in a temporary folder (never inside the checkout)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the build extra: pip install -e '.[build]'")
    root = tmp_path_factory.mktemp("pyinstaller")
    env = {key: value for key, value in os.environ.items() if key != "GRIDBUDGET_ONEFILE"}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(root / "dist"), "--workpath", str(root / "work"), str(REPO / "build.spec")]
    built = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    return root / "dist" / "gridbudget"


def run(program: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run one of the frozen programs offscreen, from a folder outside the checkout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("GRIDBUDGET_DEBUG", None)
    return subprocess.run(
        [str(program), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=program.parent.parent,
        env=env,
        timeout=60,
        check=False,
    )


def cli(dist: Path) -> Path:
    """The console program (``check``, ``export``); on Windows the window program has no console."""
    return dist / f"gridbudget-cli{SUFFIX}"


def window(dist: Path) -> Path:
    """The window program, the one a double-click and "Open with…" start."""
    return dist / f"gridbudget{SUFFIX}"


def test_the_folder_holds_both_programs_and_the_named_resources(dist: Path) -> None:
    assert cli(dist).is_file() and window(dist).is_file()
    resources = dist / "_internal" / "resources"
    for name in ("uming.ttc", "ARPHICPL.TXT", "ARPHICPL.zh_CN.txt", "uming-copyright.txt", "README.md"):
        assert (resources / "fonts" / name).is_file(), name
    assert {p.name for p in (resources / "schemes").glob("*.json")} >= {"2021.json", "classic.json"}
    assert (resources / "example" / EXAMPLE.name).is_file()
    assert (resources / "icons" / "gridbudget.ico").is_file()
    for catalogue in (REPO / "resources" / "translations").glob("*.qm"):
        assert (resources / "translations" / catalogue.name).is_file(), catalogue.name
    assert list((dist / "_internal").glob("_rl_accel*")), "reportlab's accelerator (a hidden import) is missing"
    bindings = dist / "_internal" / "PySide6"
    assert (bindings / "Qt" / "lib").is_dir()
    assert not list(bindings.glob("QtNetwork.*")) and not list(bindings.glob("QtQml.*"))
    assert not list(bindings.glob("QtWebEngine*")) and not (bindings / "Qt" / "qml").exists()


def test_the_version_comes_from_the_package(dist: Path) -> None:
    shown = run(cli(dist), "--version")
    assert shown.returncode == 0
    assert shown.stdout.strip() == f"GridBudget {__version__}"


@needs_poppler
def test_export_writes_the_example_as_pdf_with_the_bundled_font(dist: Path, tmp_path: Path) -> None:
    target = tmp_path / "example.pdf"
    exported = run(cli(dist), "export", EXAMPLE, target)
    assert exported.returncode == 0, exported.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    compact = "".join(text.split())
    assert "项目申报书" in compact and "五进网格" in compact
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "UMing" in fonts  # the font came from the bundle's resources, not the system


def test_export_writes_the_example_as_xlsx(dist: Path, tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "example.xlsx"
    exported = run(cli(dist), "export", EXAMPLE, target)
    assert exported.returncode == 0, exported.stderr
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[:2] == ["项目申报书", "项目绩效目标表"]
    assert workbook.worksheets[0]["A1"].value == "项目申报书"


def test_check_reports_the_findings_of_a_colleagues_form(dist: Path) -> None:
    checked = run(cli(dist), "check", COLLEAGUE_FORM)
    assert checked.returncode == 1, checked.stderr
    assert "Traceback" not in checked.stderr
    assert "[错误] indicator.cost-empty" in checked.stdout
    as_json = run(cli(dist), "check", "--json", COLLEAGUE_FORM)
    (report,) = json.loads(as_json.stdout)["files"]
    assert report["ok"] and any(finding["severity"] == "error" for finding in report["findings"])


def test_an_unreadable_file_is_one_line_and_exit_2(dist: Path, tmp_path: Path) -> None:
    failed = run(cli(dist), "export", tmp_path / "missing.xlsx", tmp_path / "out.pdf")
    assert failed.returncode == 2
    assert "Traceback" not in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1


def test_the_window_paints_the_example_offscreen(dist: Path) -> None:
    started = run(window(dist), "--example", "--smoke")
    assert started.returncode == 0, started.stderr
    assert "first paint after" in started.stdout


def test_the_window_opens_a_file_given_on_the_command_line(dist: Path) -> None:
    # "Open with…" and a double-click on a file start the program with the file's path.
    started = run(window(dist), COLLEAGUE_FORM, "--smoke")
    assert started.returncode == 0, started.stderr
    assert "first paint after" in started.stdout
    assert "Traceback" not in started.stderr


def test_the_window_previews_and_prints_to_a_pdf_printer(dist: Path, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    started = run(window(dist), "--example", "--smoke", "--smoke-print", target)
    assert started.returncode == 0, started.stderr
    assert re.search(r"^print preview: [1-9]\d* pages$", started.stdout, re.MULTILINE), started.stdout
    assert re.search(r"^printed: [1-9]\d* pages$", started.stdout, re.MULTILINE), started.stdout
    assert target.read_bytes().startswith(b"%PDF")


def test_only_the_languages_the_program_speaks_are_shipped(dist: Path) -> None:
    catalogues = sorted(path.name for path in dist.rglob("*.qm"))
    assert len(catalogues) <= 6, catalogues
    assert "qtbase_zh_CN.qm" in catalogues
