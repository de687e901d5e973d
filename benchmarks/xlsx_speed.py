"""Benchmark: save and open a 10,000-line declaration as xlsx, beside LibreOffice converting the same file.

Run: .venv/bin/python benchmarks/xlsx_speed.py [LINES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from common import big_declaration, libreoffice_convert

from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx


def timed(action):  # type: ignore[no-untyped-def]
    """Run ``action`` and return (seconds, result)."""
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    """Print a small table of the measured times."""
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    document = big_declaration(lines)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        save_s, _ = timed(lambda: write_xlsx(document, path))
        open_s, loaded = timed(lambda: read_xlsx(path))
        assert document_to_dict(loaded.document) == document_to_dict(document), "round trip changed the document"
        rows = [("GridBudget save (write_xlsx)", save_s), ("GridBudget open (read_xlsx)", open_s)]
        out = Path(folder) / "out"
        convert_s = libreoffice_convert(path, "xlsx", out)
        if convert_s is not None:
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
