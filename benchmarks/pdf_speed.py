"""Benchmark: a declaration of 10,000 cost lines to PDF, beside LibreOffice converting its xlsx to PDF.

Run: ``.venv/bin/python benchmarks/pdf_speed.py [--lines N] [--no-libreoffice]``. Target: PDF < 5 s.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from gridbudget_gui.domain.document import CostItem, Document, Factor
from gridbudget_gui.io.jsonio import read_json
from gridbudget_gui.io.pdf import write_pdf
from gridbudget_gui.resources import example_path

TARGET_SECONDS = 5.0
NAMES = (
    "社区专职网格员工资及劳务派遣费",
    "人身意外险",
    "信息采集终端",
    "新增社区两轮电瓶车",
    "工作牌、工作证、工作马甲等",
)
UNITS = (("人", "元", "个月"), ("人", "元/年"), ("台", "元/月", "月"), ("辆", "元/辆"), ())


def big_declaration(lines: int) -> Document:
    """The example declaration with ``lines`` cost lines of the example's five kinds, notes on some."""
    document = read_json(example_path()).document
    items: list[CostItem] = []
    for number in range(lines):
        kind = number % len(NAMES)
        values = [Decimal(10 + number % 150), Decimal(180 + number % 2500), Decimal(1 + number % 12)]
        factors = [Factor(value, unit) for value, unit in zip(values, UNITS[kind], strict=False)]
        note = "按2020年区财政局下拨标准测算，与上年基本持平。" if number % 7 == 0 else ""
        item = CostItem(f"{NAMES[kind]}（第{number // len(NAMES) + 1}批）", factors, Decimal("80000.00"), note)
        item.recompute()
        items.append(item)
    document.cost_items = items
    total = document.cost_total
    document.funding.annual.total = document.funding.annual.county = total
    document.funding.mid_term.total = document.funding.mid_term.county = total * 3
    return document


def _xlsx_writer() -> object | None:
    try:
        module = importlib.import_module("gridbudget_gui.io.xlsx_write")
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
        pages = _pages(work / "ours.pdf")
        rows: list[tuple[str, str, str]] = [("GridBudget (reportlab)", f"{ours:.2f} s", pages)]
        theirs: float | None = None
        writer = _xlsx_writer()
        soffice = shutil.which("soffice")
        if options.no_libreoffice:
            rows.append(("LibreOffice xlsx → pdf", "skipped", ""))
        elif writer is None:
            rows.append(("LibreOffice xlsx → pdf", "pending: io/xlsx_write.py not available", ""))
        elif soffice is None:
            rows.append(("LibreOffice xlsx → pdf", "skipped: soffice not installed", ""))
        else:
            writer(document, work / "lo.xlsx")  # type: ignore[operator]
            profile = work / "lo-profile"
            command = [
                soffice,
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo"),
                str(work / "lo.xlsx"),
            ]
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, timeout=600)
            theirs = time.perf_counter() - started
            rows.append(("LibreOffice xlsx → pdf", f"{theirs:.2f} s", _pages(work / "lo" / "lo.pdf")))
    print(f"{options.lines:,} cost lines")
    print(f"{'converter':<26}{'time':>12}  pages")
    for name, seconds, count in rows:
        print(f"{name:<26}{seconds:>12}  {count}")
    if theirs is not None:
        print(f"LibreOffice / GridBudget: {theirs / ours:.1f}×")
    verdict = "OK" if ours < TARGET_SECONDS else "TOO SLOW"
    print(f"target < {TARGET_SECONDS:.0f} s: {verdict}")
    return 0 if ours < TARGET_SECONDS else 1


def _pages(path: Path) -> str:
    if not path.exists() or shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return line.split()[1]
    return "?"


if __name__ == "__main__":
    sys.exit(main())
