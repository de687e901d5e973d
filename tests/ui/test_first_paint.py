"""The window's first paint waits for the first page alone: bounded by what is imported and built before it, not
by a clock (the figures: benchmarks/startup.py, docs/startup.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from gridbudget_gui import app

log_phase = app.log_phase


def probe(phase):
    log_phase(phase)
    if phase == "first paint":
        (window,) = [widget for widget in QApplication.topLevelWidgets() if hasattr(widget, "stack")]
        report = {"modules": sorted(sys.modules), "pages": window.stack.count(), "find_bar": window._find_bar is None}
        print(json.dumps(report), file=sys.stderr, flush=True)


app.log_phase = probe
sys.exit(app.run_window(None, example=True, smoke=True))
"""

NOT_BEFORE_THE_FIRST_PAINT = (
    # The other pages, their tables and what they use.
    "gridbudget_gui.ui.table_page",
    "gridbudget_gui.ui.indicators_page",
    "gridbudget_gui.ui.monitoring_page",
    "gridbudget_gui.ui.self_evaluation_page",
    "gridbudget_gui.ui.clipboard",
    "gridbudget_gui.ui.models.findings",
    "gridbudget_gui.ui.models.indicators",
    # The check of the document (after the paint, with the Problems panel).
    "gridbudget_gui.domain.checker",
    # What a command of the menus needs when it is chosen.
    "gridbudget_gui.ui.find",
    "gridbudget_gui.ui.jump",
    "gridbudget_gui.ui.help",
    "gridbudget_gui.ui.export_worker",
    "gridbudget_gui.ui.file_dialogs",
    "gridbudget_gui.ui.printing",
    "gridbudget_gui.io.self_evaluation",
    "hashlib",
    "platform",
    "uuid",
)


def test_the_first_paint_shows_the_first_page_built_alone_and_imports_nothing_else() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}  # a test's own data folder
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reports = [line for line in result.stderr.splitlines() if line.startswith("{")]
    report = json.loads(reports[-1])
    assert report["pages"] == 1  # 基本信息; the others are built after the paint
    assert report["find_bar"]  # made when Ctrl+F first asks for it
    modules = set(report["modules"])
    assert sorted(modules & set(NOT_BEFORE_THE_FIRST_PAINT)) == []
    assert "gridbudget_gui.ui.pages" in modules  # the probe did run at the first paint of the real window
