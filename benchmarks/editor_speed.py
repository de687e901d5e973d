"""Benchmark: the editor on a big declaration, and start-up to first paint.

- edit latency: with N cost lines open, set a factor cell through the model (what Enter in the cell
  does) until the amount, the total, the findings, the Problems panel and the status bar are updated;
- row operations: with N cost lines open, delete 1,000 selected lines (scattered, and one contiguous
  block), paste 1,000 lines, and undo each, through the table page and the undo stack, until the total,
  the findings and the repaint are done;
- cold start: ``python -m gridbudget_gui --example --smoke`` from process start to the window's first paint.

Run: .venv/bin/python benchmarks/editor_speed.py [--lines 10000] [--edit-lines 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import big_declaration

EDIT_TARGET_MS = 16.0
"""One frame, at the ``--edit-lines`` size (100,000 lines)."""
ROWS_TARGET_MS = 100.0
"""Each 1,000-line delete, paste and undo, at 10,000 lines."""
START_TARGET_S = 1.5
BATCH = 1_000


def edit_latency(lines: int, edits: int = 30) -> list[float]:
    """Milliseconds per factor edit with ``lines`` cost lines open in the window."""
    app, window = _open_window(lines)
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


def _open_window(lines: int) -> tuple[Any, Any]:
    """The application and a shown window holding a declaration of ``lines`` cost lines, on the cost page."""
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
    return app, window


def row_operations(lines: int, runs: int = 5) -> dict[str, list[float]]:
    """Milliseconds of each 1,000-line operation and of its undo at ``lines`` lines, ``runs`` times each.

    Each goes the way the user's does: the rows selected in the view and the page's delete, or a paste of
    1,000 lines as the table shows them over 1,000 lines or after the last; then Ctrl+Z on the undo stack.
    The clock stops after the repaint.
    """
    from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex

    from gridbudget_gui.ui.clipboard import format_tsv

    app, window = _open_window(lines)
    page = window.cost_page.table
    view, model, stack = page.view, page.model, window.session.undo_stack  # type: ignore[union-attr]
    step = max(lines // BATCH, 1)
    choices = {
        "delete scattered": [row * step for row in range(BATCH)],
        "delete contiguous": list(range(lines // 3, lines // 3 + BATCH)),
    }
    width = model.columnCount()
    block = [
        [str(model.index(row, column).data()) for column in range(width)] for row in range(BATCH)
    ]  # 1,000 lines as the table shows them (and Ctrl+C copies them)
    paste_text = format_tsv(block)
    times: dict[str, list[float]] = {}
    shown = model.rowCount()  # the lines and the blank row to type into

    def timed(name: str, action: Callable[[], object]) -> None:
        started = time.perf_counter()
        action()
        app.processEvents()  # the repaint the user sees
        times.setdefault(name, []).append((time.perf_counter() - started) * 1000)

    for _ in range(runs):
        for name, rows in choices.items():
            selection = QItemSelection()
            for row in rows:
                selection.select(model.index(row, 0), model.index(row, width - 1))
            view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            timed(name, page.delete_rows)
            assert model.rowCount() == shown - BATCH, (model.rowCount(), shown)
            timed(f"undo {name}", stack.undo)
            assert model.rowCount() == shown
        for name, at in (("paste over", lines // 2), ("paste at the end", None)):
            current = model.index(at, 0) if at is not None else QModelIndex()
            view.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.Clear)
            timed(name, lambda: view.paste_cells(paste_text))
            assert model.rowCount() == shown + (BATCH if at is None else 0)
            timed(f"undo {name}", stack.undo)
            assert model.rowCount() == shown
    stack.setClean()
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
    parser.add_argument("--lines", type=int, default=10_000, help="lines for the 1,000-line operations")
    parser.add_argument("--edit-lines", type=int, default=100_000, help="lines for the single edit")
    parser.add_argument("--runs", type=int, default=5, help="runs of each 1,000-line operation")
    options = parser.parse_args()
    edits = edit_latency(options.edit_lines)
    edit_median = statistics.median(edits)
    print(
        f"edit → updated total, {options.edit_lines:,} lines: median {edit_median:.1f} ms, max {max(edits):.1f} ms "
        f"(target ≤ {EDIT_TARGET_MS:.0f} ms)"
    )
    operations = row_operations(options.lines, options.runs)
    met = edit_median <= EDIT_TARGET_MS
    for name, times in operations.items():
        median = statistics.median(times)
        met = met and median <= ROWS_TARGET_MS
        print(
            f"{name} {BATCH:,} of {options.lines:,} lines: median {median:.1f} ms, max {max(times):.1f} ms "
            f"(target ≤ {ROWS_TARGET_MS:.0f} ms)"
        )
    starts = cold_start()
    start_median = statistics.median(starts)
    print(
        f"cold start to first paint (example): median {start_median:.2f} s, max {max(starts):.2f} s "
        f"(target < {START_TARGET_S} s)"
    )
    return 0 if met and start_median < START_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
