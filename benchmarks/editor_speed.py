"""Benchmark: the editor on a big declaration, and start-up to first paint.

- edit latency: with N cost lines open, set a factor cell through the model (what Enter in the cell
  does) until the amount, the total, the findings, the Problems panel and the status bar are updated;
- cold start: ``python -m gridbudget_gui --example --smoke`` from process start to the window's first paint.

Run: .venv/bin/python benchmarks/editor_speed.py [--lines 10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import big_declaration

EDIT_TARGET_MS = 50.0
START_TARGET_S = 1.5


def edit_latency(lines: int, edits: int = 30) -> list[float]:
    """Milliseconds per factor edit with ``lines`` cost lines open in the window."""
    from gridbudget_gui.app import make_application
    from gridbudget_gui.ui.main_window import MainWindow
    from gridbudget_gui.ui.navigation import Page
    from gridbudget_gui.ui.session import DocumentSession

    app = make_application()
    window = MainWindow()
    window.set_session(DocumentSession(big_declaration(lines)))
    window.page(Page.COSTS)
    window.show()
    app.processEvents()
    model = window.cost_page.model
    times = []
    for edit in range(edits):
        row = (edit * 337) % lines
        started = time.perf_counter()
        model.setData(model.index(row, 1), f"{edit % 40 + 10}*2")
        app.processEvents()  # the repaint the user sees
        times.append((time.perf_counter() - started) * 1000)
    window.session.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()
    return times


def cold_start(runs: int = 5) -> list[float]:
    """Seconds from starting the program on the example to its first paint."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "gridbudget_gui", "--example", "--smoke"], check=True, capture_output=True
        )
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    """Print the figures and whether the targets hold."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=10_000)
    options = parser.parse_args()
    edits = edit_latency(options.lines)
    starts = cold_start()
    edit_median, start_median = statistics.median(edits), statistics.median(starts)
    print(
        f"edit → updated total, {options.lines:,} lines: median {edit_median:.1f} ms, max {max(edits):.1f} ms "
        f"(target < {EDIT_TARGET_MS:.0f} ms)"
    )
    print(
        f"cold start to first paint (example): median {start_median:.2f} s, max {max(starts):.2f} s "
        f"(target < {START_TARGET_S} s)"
    )
    return 0 if edit_median < EDIT_TARGET_MS and start_median < START_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
