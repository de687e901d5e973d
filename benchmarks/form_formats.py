"""How long a colleague's form of 200 cost lines takes to open in each format the reader accepts.

``python -m benchmarks.form_formats``: one line per format, the median of five opens. The forms are
written by tests/data/forms/make_forms.py's writers (xlsx, HTML, SpreadsheetML, CSV, .docx, .xlsb); the issue's
target is under one second for each.
"""

from __future__ import annotations

import statistics
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


if __name__ == "__main__":
    main()
