"""What the benchmarks share: a generator of big declarations and a timed LibreOffice conversion."""

from __future__ import annotations

import shutil
import subprocess
import time
from decimal import Decimal
from pathlib import Path

from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator
from gridbudget_gui.io.json import read_json
from gridbudget_gui.resources import example_path

NAMES = (
    "社区专职网格员工资及劳务派遣费",
    "人身意外险",
    "信息采集终端",
    "新增社区两轮电瓶车",
    "工作牌、工作证、工作马甲等",
)
UNITS = (("人", "元", "个月"), ("人", "元/年"), ("台", "元/月", "月"), ("辆", "元/辆"), ())


def big_declaration(lines: int) -> Document:
    """The example with ``lines`` cost lines of its five kinds (one in five a lump sum, some with arithmetic),
    one indicator per ten lines in each matrix, and funding that matches, so it checks clean but for the example's own findings.
    """
    document = read_json(example_path()).document
    items: list[CostItem] = []
    for number in range(lines):
        kind = number % len(NAMES)
        values = [Decimal(10 + number % 150), Decimal(180 + number % 2500), Decimal(1 + number % 12)]
        factors = [Factor(value, unit) for value, unit in zip(values, UNITS[kind], strict=False)]
        if factors and number % 3 == 0:
            factors[0].expression = f"{factors[0].value - 2}+2"
        note = "按2020年区财政局下拨标准测算，与上年基本持平。" if number % 7 == 0 else ""
        item = CostItem(f"{NAMES[kind]}（第{number // len(NAMES) + 1}批）", factors, Decimal("80000.00"), note)
        item.recompute()
        items.append(item)
    document.cost_items = items
    extra = [
        Indicator("产出指标", "数量指标", f"第{n + 1}批覆盖社区个数", f"{n % 45 + 1}个") for n in range(lines // 10)
    ]
    document.indicators.annual += extra
    document.indicators.mid_term += [indicator.copy() for indicator in extra]
    total = document.cost_total
    document.funding.annual.total = document.funding.annual.county = total
    document.funding.mid_term.total = document.funding.mid_term.county = total * 3
    return document


def pdf_pages(path: Path) -> str:
    """The page count pdfinfo reports ("?" when it cannot)."""
    if not path.exists() or shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return line.split()[1]
    return "?"


def libreoffice_convert(source: Path, fmt: str, outdir: Path) -> float | None:
    """Seconds LibreOffice headless takes to convert ``source`` to ``fmt`` (None when it is not installed).

    A warm-up conversion runs first, with the same private profile, so the figure is the conversion and
    not LibreOffice creating its profile.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    profile = outdir / "lo-profile"
    command = [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", fmt]
    subprocess.run([*command, "--outdir", str(outdir / "warm-up"), str(source)], capture_output=True, check=False)
    started = time.perf_counter()
    subprocess.run([*command, "--outdir", str(outdir), str(source)], capture_output=True, check=True, timeout=900)
    return time.perf_counter() - started
