"""Benchmark: start-up from process start, each beside its floor in the same run (issue 24, item 5).

Run: ``.venv/bin/python benchmarks/startup.py [--runs N]`` (default 7; about a minute). ``benchmarks/run.py``
runs it too (``--no-window`` leaves out the two window rows).

Five commands, each a whole process timed from outside (start to exit, ``os.wait4``'s CPU and the wall clock):

- bare Python, ``python -c pass``;
- ``python -m gridbudget_gui --version``;
- ``python -m gridbudget_gui check`` of the small example JSON (12 findings);
- a bare PySide6 window with one 20×8 table, quitting at its first paint (BARE_WINDOW below);
- ``python -m gridbudget_gui --example --smoke``: the editor on the example, quitting at its first paint.

The commands run in turn, round after round (A B C D E, A B C D E, …), so a machine that slows down slows every
command alike, and each ratio is taken round by round and its median reported: ``--version`` and ``check``
against bare Python (targets ≤ 4× and ≤ 6×), the editor against the bare window (target ≤ 2×, goal 1.6×). The
package is compiled first and the children may write bytecode, as an installed program runs (pip compiles at
install); PYTHONDONTWRITEBYTECODE would make every run compile all of GridBudget again. The children get a fresh
XDG_DATA_HOME, so no autosave of a real session is offered and the log goes there.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "example" / "wujin-wangge-2021.json"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(20, 8)
for row in range(20):
    for column in range(8):
        table.setItem(row, column, QTableWidgetItem(f"{row},{column}"))
window.setCentralWidget(table)
window.show()
QTimer.singleShot(0, app.quit)  # the first paint, as --smoke does
sys.exit(app.exec())
"""

COMMANDS: dict[str, list[str]] = {
    "python": [sys.executable, "-c", "pass"],
    "version": [sys.executable, "-m", "gridbudget_gui", "--version"],
    "check": [sys.executable, "-m", "gridbudget_gui", "check", str(EXAMPLE)],
    "bare window": [sys.executable, "-c", BARE_WINDOW],
    "window": [sys.executable, "-m", "gridbudget_gui", "--example", "--smoke"],
}
"""What is timed, by name."""

RATIOS = (("version", "python", 4.0), ("check", "python", 6.0), ("window", "bare window", 2.0))
"""(ours, its floor, the target ratio)."""

WINDOW_COMMANDS = ("bare window", "window")


@dataclass
class Timings:
    """The runs of one command: wall and CPU seconds (user + system), and exit codes."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    codes: set[int] = field(default_factory=set)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run ``command`` once; (wall seconds, CPU seconds, exit code)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, process.returncode


def measure(runs: int = 7, window: bool = True) -> dict[str, Timings]:
    """Every command ``runs`` times, in rounds, after one warm-up round that also writes the bytecode."""
    compileall.compile_dir(ROOT / "gridbudget_gui", quiet=1)
    names = [name for name in COMMANDS if window or name not in WINDOW_COMMANDS]
    timings = {name: Timings() for name in names}
    with tempfile.TemporaryDirectory(prefix="gridbudget-startup-") as data:
        env = {**os.environ, "XDG_DATA_HOME": data, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in names:  # warm-up: the file cache, the bytecode, Qt's font cache
            _run(COMMANDS[name], env)
        for _ in range(runs):
            for name in names:
                wall, cpu, code = _run(COMMANDS[name], env)
                timings[name].wall.append(wall)
                timings[name].cpu.append(cpu)
                timings[name].codes.add(code)
    return timings


def _pairwise(ours: list[float], floor: list[float]) -> float:
    """The median of the round-by-round ratios."""
    return statistics.median(a / b for a, b in zip(ours, floor, strict=True))


def report(timings: dict[str, Timings]) -> list[str]:
    """A Markdown section: each command's medians, then each ratio beside its target."""
    lines = [
        "## Start-up (benchmarks/startup.py)",
        "",
        f"Whole processes, {len(next(iter(timings.values())).wall)} rounds, medians; compiled bytecode as installed.",
        "",
        "| command | wall | CPU | exit |",
        "| --- | --- | --- | --- |",
    ]
    for name, timing in timings.items():
        codes = ", ".join(str(code) for code in sorted(timing.codes))
        lines.append(
            f"| {name} | {statistics.median(timing.wall):.3f} s | {statistics.median(timing.cpu):.3f} s | {codes} |"
        )
    lines += ["", "| ratio | wall | CPU | target |", "| --- | --- | --- | --- |"]
    for ours, floor, target in RATIOS:
        if ours not in timings or floor not in timings:
            continue
        wall = _pairwise(timings[ours].wall, timings[floor].wall)
        cpu = _pairwise(timings[ours].cpu, timings[floor].cpu)
        verdict = "met" if wall <= target else "**missed**"
        lines.append(f"| {ours} ÷ {floor} | {wall:.2f}× | {cpu:.2f}× | ≤ {target:g}× ({verdict} on wall) |")
    return lines


def main() -> int:
    """Measure and print the section."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="rounds counted (after one warm-up round)")
    parser.add_argument("--no-window", action="store_true", help="leave out the bare window and the editor")
    options = parser.parse_args()
    print("\n".join(report(measure(options.runs, window=not options.no_window))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
