"""Benchmark: open a big declaration's workbook beside python-calamine reading all its values, same run.

Run: .venv/bin/python benchmarks/xlsx_speed.py [LINES] [--runs N] [--memory] [--no-libreoffice] [--cpu]

For our workbook as saved and the same workbook re-saved by LibreOffice (``soffice --headless --convert-to
xlsx``, made once and cached under /tmp with the writer's sources in its key), it times ``read_xlsx`` and
calamine's read of every value of every sheet, alternately (A, B, A, B …) so that the load of a shared
machine falls on both, and prints the medians, the ratio of the medians and the ratio of each pair (the
spread is the machine's noise). Issue 24's targets: open ≤ 2× calamine (goal 1.5×) at 10,000 lines;
``--memory`` also opens the workbook in a fresh process and reports its time and peak resident memory
(100,000 lines: ≤ 3 s, ≤ 300 MiB). ``--cpu`` times CPU seconds instead of the wall clock: on a machine
shared with other work the wall clock's pairs spread over 2–4×, the CPU's far less.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
CACHE = Path(tempfile.gettempdir()) / "gridbudget-xlsx-speed"
WRITER = ["write.py", "package.py", "layout.py", "formulas.py"]


def calamine_values(path: Path) -> int:
    """Read every value of every sheet with python-calamine, as a program that wants only the values would."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    try:
        return sum(len(workbook.get_sheet_by_name(name).to_python()) for name in workbook.sheet_names)
    finally:
        workbook.close()


def open_ours(path: Path) -> int:
    """Open the workbook as GridBudget does; the number of cost lines read."""
    from gridbudget_gui.io.xlsx.read import read_xlsx

    return len(read_xlsx(path).document.cost_items)


def workbooks(lines: int, libreoffice: bool = True) -> dict[str, Path]:
    """Our workbook of ``lines`` cost lines and LibreOffice's re-save of it, made once and cached."""
    digest = hashlib.sha256()
    for name in WRITER:
        digest.update((ROOT / "gridbudget_gui" / "io" / "xlsx" / name).read_bytes())
    folder = CACHE / f"{lines}-{digest.hexdigest()[:12]}"
    ours = folder / "ours.xlsx"
    if not ours.exists():
        from common import big_declaration

        from gridbudget_gui.io.xlsx.write import write_xlsx

        folder.mkdir(parents=True, exist_ok=True)
        write_xlsx(big_declaration(lines), ours)
    found = {"ours": ours}
    resaved = folder / "lo" / "ours.xlsx"
    soffice = shutil.which("soffice")
    if libreoffice and not resaved.exists() and soffice is not None:
        profile = (folder / "lo-profile").as_uri()
        command = ["nice", "-n", "19", soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to"]
        subprocess.run(
            [*command, "xlsx", "--outdir", str(folder / "lo"), str(ours)],
            check=False,
            capture_output=True,
            timeout=1800,
        )
    if resaved.exists():
        found["LibreOffice-saved"] = resaved
    return found


def alternate(path: Path, runs: int, cpu: bool = False) -> tuple[list[float], list[float]]:
    """(calamine seconds, our seconds), measured alternately ``runs`` times each after one warm-up of each;
    ``cpu`` counts the process's CPU seconds instead of the wall clock's (both are single-threaded)."""
    clock = time.process_time if cpu else time.perf_counter
    calamine_values(path)
    open_ours(path)
    theirs, ours = [], []
    for _ in range(runs):
        started = clock()
        calamine_values(path)
        theirs.append(clock() - started)
        started = clock()
        open_ours(path)
        ours.append(clock() - started)
    return theirs, ours


def in_fresh_process(path: Path) -> tuple[float, float]:
    """Open ``path`` in a fresh interpreter: (seconds of the open alone, peak resident MiB of the process)."""
    code = (
        "import sys, time; from pathlib import Path; from gridbudget_gui.io.xlsx.read import read_xlsx; "
        "s = time.perf_counter(); read_xlsx(Path(sys.argv[1])); print(time.perf_counter() - s)"
    )
    process = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, cwd=ROOT)
    out = process.stdout.read() if process.stdout is not None else b""
    _, _, usage = os.wait4(process.pid, 0)
    return float(out.decode().strip() or "nan"), usage.ru_maxrss / 1024


def main() -> None:
    """Print the medians and ratios for each workbook."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lines", nargs="?", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory", action="store_true", help="also open each file in a fresh process")
    parser.add_argument("--no-libreoffice", action="store_true", help="only our workbook as saved")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds, not wall-clock (a shared machine)")
    options = parser.parse_args()
    files = workbooks(options.lines, not options.no_libreoffice)
    clock = "CPU" if options.cpu else "wall-clock"
    print(f"{options.lines:,} cost lines; {options.runs} alternating runs each after a warm-up ({clock} seconds)")
    print(f"{'workbook':<20}{'KiB':>8}{'calamine':>10}{'open':>9}{'ratio':>7}   each pair")
    for name, path in files.items():
        theirs, ours = alternate(path, options.runs, options.cpu)
        a, b = statistics.median(theirs), statistics.median(ours)
        pairs = " ".join(f"{o / t:.2f}" for t, o in zip(theirs, ours, strict=True))
        size = path.stat().st_size / 1024
        print(f"{name:<20}{size:>8,.0f}{a:>9.3f}s{b:>8.3f}s{b / a:>7.2f}   {pairs}")
        if options.memory:
            seconds, peak = in_fresh_process(path)
            print(f"{'':<20}fresh process: open {seconds:.2f} s, peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
