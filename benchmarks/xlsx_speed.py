"""Benchmark: save and open a 10,000-line declaration as xlsx, beside LibreOffice converting the same file.

Run: .venv/bin/python benchmarks/xlsx_speed.py [LINES]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from gridbudget_gui.domain.document import CostItem, Factor
from gridbudget_gui.io.jsonio import document_to_dict, read_json
from gridbudget_gui.io.xlsx_read import read_xlsx
from gridbudget_gui.io.xlsx_write import write_xlsx
from gridbudget_gui.resources import example_path


def big_document(lines: int):  # type: ignore[no-untyped-def]
    """The example with ``lines`` cost lines of one to three factors (some lump sums)."""
    document = read_json(example_path()).document
    items = []
    for index in range(lines):
        if index % 10 == 9:
            item = CostItem(f"第{index + 1}项 零星支出（一次性）", [], Decimal(f"{index}.50"), "")
        else:
            factors = [Factor(Decimal(index % 200 + 1), "人"), Factor(Decimal("2580.00"), "元/月")]
            if index % 3:
                factors.append(Factor(Decimal(12), "个月", "6+6"))
            item = CostItem(f"第{index + 1}项 劳务派遣费及社保", factors, note="按合同" if index % 7 == 0 else "")
            item.recompute()
        items.append(item)
    document.cost_items = items
    return document


def timed(action):  # type: ignore[no-untyped-def]
    """Run ``action`` and return (seconds, result)."""
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    """Print a small table of the measured times."""
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    document = big_document(lines)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        save_s, _ = timed(lambda: write_xlsx(document, path))
        open_s, loaded = timed(lambda: read_xlsx(path))
        assert document_to_dict(loaded.document) == document_to_dict(document), "round trip changed the document"
        rows = [("GridBudget save (write_xlsx)", save_s), ("GridBudget open (read_xlsx)", open_s)]
        soffice = shutil.which("soffice")
        if soffice:
            profile = Path(folder) / "profile"
            out = Path(folder) / "out"
            command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "xlsx"]
            subprocess.run(
                [*command, "--outdir", str(Path(folder) / "warm"), str(path)], capture_output=True, check=False
            )
            convert_s, _ = timed(
                lambda: subprocess.run([*command, "--outdir", str(out), str(path)], capture_output=True, check=True)
            )
            rows.append(("LibreOffice headless xlsx→xlsx", convert_s))
            reopen_s, _ = timed(lambda: read_xlsx(out / "big.xlsx"))
            rows.append(("GridBudget open (LibreOffice-saved)", reopen_s))
        size = path.stat().st_size
    print(f"{lines} cost lines, file {size / 1024:.0f} KiB")
    print(f"{'step':<40}{'seconds':>10}")
    for name, seconds in rows:
        print(f"{name:<40}{seconds:>10.2f}")


if __name__ == "__main__":
    main()
