"""Benchmark: a declaration of 10,000 cost lines to PDF, beside LibreOffice converting its xlsx to PDF.

Run: ``.venv/bin/python benchmarks/pdf_speed.py [--lines N] [--no-libreoffice]``. Target (issue 15): PDF ≤ 1.2 s
at 10,000 lines.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import big_declaration, libreoffice_convert, pdf_pages

from gridbudget_gui.io.pdf.write import write_pdf

TARGET_SECONDS = 1.2


def _xlsx_writer() -> object | None:
    try:
        module = importlib.import_module("gridbudget_gui.io.xlsx.write")
    except ImportError:
        return None
    return getattr(module, "write_xlsx", None)


def main() -> int:
    """Time both conversions and print a small table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--no-libreoffice", action="store_true")
    options = parser.parse_args()
    document = big_declaration(options.lines)
    with tempfile.TemporaryDirectory(prefix="gridbudget-bench-") as folder:
        work = Path(folder)
        started = time.perf_counter()
        write_pdf(document, work / "ours.pdf")
        ours = time.perf_counter() - started
        pages = pdf_pages(work / "ours.pdf")
        rows: list[tuple[str, str, str]] = [("GridBudget (reportlab)", f"{ours:.2f} s", pages)]
        theirs: float | None = None
        writer = _xlsx_writer()
        soffice = shutil.which("soffice")
        if options.no_libreoffice:
            rows.append(("LibreOffice xlsx → pdf", "skipped", ""))
        elif writer is None:
            rows.append(("LibreOffice xlsx → pdf", "pending: io/xlsx/write.py not available", ""))
        elif soffice is None:
            rows.append(("LibreOffice xlsx → pdf", "skipped: soffice not installed", ""))
        else:
            writer(document, work / "lo.xlsx")  # type: ignore[operator]
            theirs = libreoffice_convert(work / "lo.xlsx", "pdf", work / "lo")
            rows.append(("LibreOffice xlsx → pdf", f"{theirs or 0:.2f} s", pdf_pages(work / "lo" / "lo.pdf")))
    print(f"{options.lines:,} cost lines")
    print(f"{'converter':<26}{'time':>12}  pages")
    for name, seconds, count in rows:
        print(f"{name:<26}{seconds:>12}  {count}")
    if theirs is not None:
        print(f"LibreOffice / GridBudget: {theirs / ours:.1f}×")
    verdict = "OK" if ours <= TARGET_SECONDS else "TOO SLOW"
    print(f"target ≤ {TARGET_SECONDS:.1f} s: {verdict}")
    return 0 if ours <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
