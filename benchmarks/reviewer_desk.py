"""The reviewer's desk: ``gridbudget check FOLDER`` of 200 small declarations, with ``--report`` and ``summary``.

Each command runs as a whole process, start-up included, as a reviewer runs it; the median of three runs.
The 200 declarations (xlsx, 5–50 cost lines, 20 units) are generated here into a temporary folder.

    .venv/bin/python benchmarks/reviewer_desk.py [--files 200] [--jobs N] [--keep FOLDER]

Targets (issue 18): ``check`` ≤ 2 s on the 2-core build machine; ``--report`` or ``summary`` ≤ 1 s more.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

UNITS = [f"昆明市呈贡区第{n + 1}网格化管理分中心" for n in range(20)]


def make_folder(folder: Path, count: int) -> None:
    """``count`` small declarations as xlsx: 20 distinct (5–50 lines, each of its own unit), each copied."""
    from common import big_declaration

    from gridbudget_gui.io.xlsx.write import write_xlsx

    folder.mkdir(parents=True, exist_ok=True)
    distinct = []
    for index in range(min(20, count)):
        document = big_declaration(5 + index * 45 // 19)
        document.unit.name = UNITS[(index * 7) % 20]
        document.project.name = f"{document.project.name}（{index + 1}）"
        path = folder / f"申报书-{index:03d}.xlsx"
        write_xlsx(document, path)
        distinct.append(path)
    for index in range(len(distinct), count):
        shutil.copyfile(distinct[index % 20], folder / f"申报书-{index:03d}.xlsx")


def timed(command: list[str], runs: int) -> tuple[float, float, int]:
    """The median wall-clock seconds of ``runs`` runs of ``command``, the median CPU seconds it used (its worker
    processes included: on a shared, loaded machine the wall clock says more about the neighbours), and its exit
    code."""
    times, cpus = [], []
    code = 0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False).returncode
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpus), code


def main() -> None:
    """Generate the folder, run each command three times, print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate the folder here and keep it")
    options = parser.parse_args()
    work = options.keep or Path(tempfile.mkdtemp(prefix="gridbudget-desk-"))
    folder = work / "folder"
    if not folder.is_dir():
        make_folder(folder, options.files)
    jobs = [] if options.jobs is None else ["--jobs", str(options.jobs)]
    gridbudget = [sys.executable, "-m", "gridbudget_gui"]
    timed([*gridbudget, "--version"], 1)  # warm the file cache
    rows = [
        ("check FOLDER", [*gridbudget, "check", str(folder), *jobs]),
        ("check FOLDER --jobs 1", [*gridbudget, "check", str(folder), "--jobs", "1"]),
        (
            "check FOLDER --report OUT.html",
            [*gridbudget, "check", str(folder), "--report", str(work / "r.html"), *jobs],
        ),
        (
            "check FOLDER --report OUT.xlsx",
            [*gridbudget, "check", str(folder), "--report", str(work / "r.xlsx"), *jobs],
        ),
        ("summary FOLDER OUT.xlsx", [*gridbudget, "summary", str(folder), str(work / "s.xlsx"), *jobs]),
    ]
    load = os.getloadavg()[0]
    print(f"{options.files} declarations, {os.cpu_count()} cores, load {load:.1f}, median of {options.runs} runs\n")
    print("| command | wall seconds | CPU seconds | exit |\n| --- | --- | --- | --- |")
    for label, command in rows:
        seconds, cpu, code = timed(command, options.runs)
        print(f"| `{label}` | {seconds:.2f} | {cpu:.2f} | {code} |", flush=True)
    if options.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
