"""Benchmark: the Word export beside the PDF export of the same declaration, at 300 and 10,000 cost lines.

Run: ``.venv/bin/python benchmarks/docx_speed.py [--lines 300 10000] [--repeats 3]``. Targets (issue 24.4):
Word at 300 lines within 3× the PDF of the same declaration, in the same run; Word at 10,000 lines ≤ 30 s.
Before the one-pass tables (io/docx/grid.py) the Word export grew with the square of the lines: 300 lines
66–138 s, 10,000 did not finish in 12 minutes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import big_declaration, pdf_pages

from gridbudget_gui.io.docx.write import write_docx
from gridbudget_gui.io.pdf.write import write_pdf

RATIO_AT_300 = 3.0
SECONDS_AT_10K = 30.0


def _median_seconds(action: Callable[[], None], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Time both exports at each size and print them side by side with the verdicts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, nargs="+", default=[300, 10_000])
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args()
    print(f"{'lines':>8}  {'PDF':>9}  {'Word':>9}  {'Word÷PDF':>9}  pages  verdict")
    with tempfile.TemporaryDirectory(prefix="gridbudget-bench-") as folder:
        work = Path(folder)
        for lines in options.lines:
            document = big_declaration(lines)
            pdf = _median_seconds(lambda d=document: write_pdf(d, work / "ours.pdf"), options.repeats)
            word = _median_seconds(lambda d=document: write_docx(d, work / "ours.docx"), options.repeats)
            ratio = word / pdf
            verdicts = []
            if lines <= 300:
                verdicts.append(f"ratio {'met' if ratio <= RATIO_AT_300 else 'MISSED'} (≤ {RATIO_AT_300:.0f}×)")
            if lines >= 10_000:
                verdicts.append(f"{'met' if word <= SECONDS_AT_10K else 'MISSED'} (≤ {SECONDS_AT_10K:.0f} s)")
            print(
                f"{lines:>8,}  {pdf:>7.2f} s  {word:>7.2f} s  {ratio:>8.2f}×  {pdf_pages(work / 'ours.pdf'):>5}  "
                + "; ".join(verdicts),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
