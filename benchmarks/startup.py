"""Benchmark: start-up from process start, each beside its floor in the same run (issue 24, item 5).

Run: ``.venv/bin/python benchmarks/startup.py [--runs N]`` (default 7; about a minute). ``benchmarks/run.py``
runs it too (``--no-window`` leaves out the two window rows).

Five commands, each a whole process timed from outside (start to exit, ``os.wait4``'s CPU and the wall clock);
the two windows also say when they first painted, counted from the process's start (the kernel's record of it,
in 10 ms steps) with the CPU used until then, which is the figure of the target. Both count the paint itself:
they stop on a zero-timer queued from the window's first paint event (a zero-timer queued after ``show()``
would run before the paint, as Qt handles posted events before the expose event that paints):

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

``--instructions`` also counts the instructions each window executes to its first paint under valgrind's
callgrind (about a minute more): the same count on every run, where one process's seconds move by a third on
the shared machine (docs/startup.md).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import re
import shutil
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
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(20, 8)
for row in range(20):
    for column in range(8):
        table.setItem(row, column, QTableWidgetItem(f"{row},{column}"))
window.setCentralWidget(table)
window.show()


def first_paint():  # as gridbudget_gui.app's --smoke does, with its process_age
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rpartition(")")[2].split()
    age = time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    print(f"first paint after {age:.3f} s ({time.process_time():.3f} s of CPU)", flush=True)
    app.quit()


class AfterFirstPaint(QObject):  # as gridbudget_gui.app.AfterFirstPaint: a zero-timer queued from the first paint
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, first_paint)
        return False


after = AfterFirstPaint()
window.installEventFilter(after)
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
    paint: list[float] = field(default_factory=list)
    """A window's first paint, seconds from the process's start."""
    paint_cpu: list[float] = field(default_factory=list)


_PAINT = re.compile(r"first paint after ([0-9.]+) s \(([0-9.]+) s of CPU\)")


def _run(command: list[str], env: dict[str, str], timing: Timings | None = None) -> None:
    """Run ``command`` once and add its figures to ``timing``."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        printed = out.read().decode("utf-8", "replace")
    if timing is None:
        return
    timing.wall.append(wall)
    timing.cpu.append(usage.ru_utime + usage.ru_stime)
    timing.codes.add(os.waitstatus_to_exitcode(status))
    if (paint := _PAINT.search(printed)) is not None:
        timing.paint.append(float(paint[1]))
        timing.paint_cpu.append(float(paint[2]))


_LOAD: list[str] = []
"""The machine's 1-minute load average when measuring began and ended (other work slows every command)."""


def _load() -> str:
    """The load averages noted by ``measure``, as "1.33 → 1.64" (— where the system does not tell)."""
    return " → ".join(_LOAD) or "—"


def _note_load() -> None:
    with contextlib.suppress(OSError):
        _LOAD.append(f"{os.getloadavg()[0]:.2f}")


def measure(runs: int = 7, window: bool = True) -> dict[str, Timings]:
    """Every command ``runs`` times, in rounds, after one warm-up round that also writes the bytecode."""
    _LOAD.clear()
    _note_load()
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
                _run(COMMANDS[name], env, timings[name])
    _note_load()
    return timings


def _ratios(ours: list[float], floor: list[float]) -> list[float]:
    """The round-by-round ratios."""
    return [a / b for a, b in zip(ours, floor, strict=True)]


def _pairwise(ours: list[float], floor: list[float]) -> float:
    """The median of the round-by-round ratios."""
    return statistics.median(_ratios(ours, floor))


def _spread(ours: list[float], floor: list[float]) -> str:
    """The lowest and highest round's ratio."""
    ratios = _ratios(ours, floor)
    return f"{min(ratios):.2f}–{max(ratios):.2f}×"


def report(timings: dict[str, Timings]) -> list[str]:
    """A Markdown section: each command's medians, then each ratio beside its target."""
    lines = [
        "## Start-up (benchmarks/startup.py)",
        "",
        f"Whole processes, {len(next(iter(timings.values())).wall)} rounds, medians; compiled bytecode as installed; "
        f"load average {_load()} before and after.",
        "",
        "| command | wall to exit | CPU to exit | first paint | its CPU | exit |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, timing in timings.items():
        codes = ", ".join(str(code) for code in sorted(timing.codes))
        paint = f"{statistics.median(timing.paint):.3f} s" if timing.paint else "—"
        paint_cpu = f"{statistics.median(timing.paint_cpu):.3f} s" if timing.paint_cpu else "—"
        lines.append(
            f"| {name} | {statistics.median(timing.wall):.3f} s | {statistics.median(timing.cpu):.3f} s | {paint} "
            f"| {paint_cpu} | {codes} |"
        )
    lines += [
        "",
        "| ratio (median of the rounds' ratios) | wall | its rounds | CPU | target |",
        "| --- | --- | --- | --- | --- |",
    ]
    for ours, floor, target in RATIOS:
        if ours not in timings or floor not in timings:
            continue
        a, b = timings[ours], timings[floor]
        pairs = [("to exit", a.wall, b.wall, a.cpu, b.cpu)]
        if a.paint and len(a.paint) == len(b.paint):
            pairs.insert(0, ("to first paint", a.paint, b.paint, a.paint_cpu, b.paint_cpu))
        for what, wall_a, wall_b, cpu_a, cpu_b in pairs:
            wall = _pairwise(wall_a, wall_b)
            verdict = "met" if wall <= target else "**missed**"
            lines.append(
                f"| {ours} ÷ {floor}, {what} | {wall:.2f}× | {_spread(wall_a, wall_b)} "
                f"| {_pairwise(cpu_a, cpu_b):.2f}× | ≤ {target:g}× ({verdict} on wall) |"
            )
    return lines


def count_instructions() -> dict[str, int]:
    """The instructions each window executes to its first paint (valgrind --tool=callgrind), by name; empty
    without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return {}
    compileall.compile_dir(ROOT / "gridbudget_gui", quiet=1)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="gridbudget-startup-") as data:
        env = {**os.environ, "XDG_DATA_HOME": data, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in WINDOW_COMMANDS:
            profile = Path(data) / f"{name}.callgrind"
            command = [valgrind, "--tool=callgrind", f"--callgrind-out-file={profile}", *COMMANDS[name]]
            done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT, check=False)
            if (refs := re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)) is not None:
                counts[name] = int(refs[1].replace(",", ""))
    return counts


def instruction_lines(counts: dict[str, int]) -> list[str]:
    """The instruction counts beside the bare window's, as Markdown lines."""
    if len(counts) < len(WINDOW_COMMANDS):
        return ["", "Instructions: not counted (no valgrind)."]
    bare, ours = (counts[name] for name in WINDOW_COMMANDS)
    return [
        "",
        "| instructions to the first paint (callgrind) | bare window | window | ratio | target |",
        "| --- | --- | --- | --- | --- |",
        f"| process start → first paint | {bare / 1e6:,.0f}M | {ours / 1e6:,.0f}M | {ours / bare:.2f}× | ≤ 2× (goal 1.6×) |",
    ]


def main() -> int:
    """Measure and print the section."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="rounds counted (after one warm-up round)")
    parser.add_argument("--no-window", action="store_true", help="leave out the bare window and the editor")
    parser.add_argument(
        "--instructions", action="store_true", help="also count the windows' instructions to their first paint"
    )
    options = parser.parse_args()
    lines = report(measure(options.runs, window=not options.no_window))
    if options.instructions and not options.no_window:
        lines += instruction_lines(count_instructions())
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
