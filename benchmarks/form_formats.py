"""How long a colleague's form of 200 cost lines takes to open in each format the reader accepts.

``python -m benchmarks.form_formats``: one line per format, the median of five opens. The forms are
written by tests/data/forms/make_forms.py's writers (xlsx, HTML, SpreadsheetML, CSV, .docx, .xlsb); the issue's
target is under one second for each.

``python -m benchmarks.form_formats --hostile``: the small hostile files of issue 25 (a Word document of 100,000
tables, one of a 20,000 × 60 table, an HTML "xls" of 380,000 cells, a one-line CSV of 600,000 cells) and the
largest JSON declaration the program accepts, each opened alone in a child process: seconds and peak memory.
The target is 5 s and 500 MB for every input under 2 MB, and 5 s per 10 MB for the JSON limit. Beside the JSON,
its anchor: the bare ``json.loads`` of the same file in a child of its own (what any reader of it must spend).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gridbudget_gui.io.formats import load_document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "data" / "forms"))
import make_forms

LINES = 200


def form() -> make_forms.Form:
    """A declaration with fields, a 200-line cost table and an indicator matrix."""
    rows: list[make_forms.Row] = [
        ["项目名称", "基准项目"],
        ["单位名称", "某局"],
        ["项目实施内容", "测算见下表。"],
        ["年度资金总额（万元）", LINES * 12 / 10000],
        ["序号", "支出内容", "数量", "单位", "单价（元）", "金额（元）", "备注"],
    ]
    rows += [[i, f"支出{i}", 3, "人", 4, 12, ""] for i in range(1, LINES + 1)]
    rows += [["合计", None, None, None, None, LINES * 12], []]
    rows += [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "人数", "3人"]]
    return make_forms.Form("bench", "xlsx", [make_forms.Sheet("申报书", rows)], {})


def _write_xlsb(form: make_forms.Form, path: Path) -> None:
    source = path.with_suffix(".source.xlsx")
    make_forms.write_xlsx(form, source)
    make_forms.from_xlsx(source, path)


def main() -> None:
    """Write the form in each format and time opening it."""
    writers = {
        "xlsx": make_forms.write_xlsx,
        "html": lambda f, p: make_forms.write_html(f, p, "utf-8"),
        "spreadsheetml": make_forms.write_spreadsheetml,
        "csv": make_forms.write_csv,
        "docx": make_forms.write_docx,
        "xlsb": _write_xlsb,
    }
    with tempfile.TemporaryDirectory() as folder:
        for name, write in writers.items():
            path = Path(folder) / f"form-{name}.xls"
            write(form(), path)
            times = []
            for _ in range(5):
                started = time.perf_counter()
                document = load_document(path).document
                times.append(time.perf_counter() - started)
            assert len(document.cost_items) == LINES, (name, len(document.cost_items))
            print(f"{name:14} {LINES} lines: {statistics.median(times) * 1000:.0f} ms")


HOSTILE = ("docx-100,000-tables", "docx-20,000x60-table", "html-380,000-cells", "csv-one-line-600,000-cells")


_WRITE_LARGEST = """
import sys
from pathlib import Path
from benchmarks.common import big_declaration
from gridbudget_gui.io.json import MAX_JSON_BYTES, write_json
path = Path(sys.argv[1])
write_json(big_declaration(10_000), path)
lines = int(10_000 * MAX_JSON_BYTES * 0.98 / path.stat().st_size)
write_json(big_declaration(lines), path)
print(lines)
"""


_BARE_JSON = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
json.loads(Path(sys.argv[1]).read_bytes())
seconds = time.perf_counter() - started
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def hostile() -> None:
    """Open each small hostile file, and the largest JSON accepted, alone in a child process (the JSON is
    written by another child: a child forked from a big parent would report the parent's peak as its own)."""
    from tests.io.hostile import build, measure

    with tempfile.TemporaryDirectory() as folder:
        cases = [(name, build(name, Path(folder))) for name in HOSTILE]
        largest = Path(folder) / "largest.json"
        written = subprocess.run(
            [sys.executable, "-c", _WRITE_LARGEST, str(largest)], capture_output=True, text=True, check=True
        )
        cases.append((f"json-{int(written.stdout.split()[-1]):,}-lines", largest))
        for name, path in cases:
            got = measure(path, timeout=300)
            size = path.stat().st_size
            print(
                f"{name:28} {size / 1024 / 1024:6.2f} MB  {got['outcome']:8} {float(got['seconds']):6.2f} s"  # type: ignore[arg-type]
                f"  {int(got['peak']) / 1024 / 1024:5.0f} MB peak"  # type: ignore[call-overload]
            )
        bare = subprocess.run(
            [sys.executable, "-c", _BARE_JSON, str(largest)], capture_output=True, text=True, check=True
        )
        seconds, peak = bare.stdout.split()
        size = largest.stat().st_size
        anchor = "json.loads (anchor)"
        print(
            f"{anchor:28} {size / 1024 / 1024:6.2f} MB  {'parsed':8} {float(seconds):6.2f} s  {int(peak) / 1024 / 1024:5.0f} MB peak"
        )


if __name__ == "__main__":
    hostile() if "--hostile" in sys.argv else main()
