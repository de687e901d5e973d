"""Benchmark: File → Print Preview, from the menu to the first page drawn in the window.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/preview_speed.py [--lines 10 200 1000]``.
The time is split into making the PDF (reportlab, the font loaded once per process) and opening the
preview until the page in sight is drawn (QPdfView renders only the pages in sight, in a worker thread).
"""

from __future__ import annotations

import argparse
import time

from common import big_declaration
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from gridbudget_gui.io.pdf.write import render_pdf
from gridbudget_gui.ui import printing


def _drawn(dialog: printing.PreviewDialog) -> bool:
    image = dialog.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return any(
        image.pixelColor(x, y).value() < 100 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
    )


def preview_seconds(lines: int) -> tuple[float, float, int]:
    """(seconds to make the PDF, seconds from then to the first page drawn, pages)."""
    document = big_declaration(lines)
    started = time.perf_counter()
    data = render_pdf(document)
    made = time.perf_counter()
    dialog = printing.PreviewDialog(data)
    dialog.show()
    while not _drawn(dialog):
        QApplication.processEvents()
        time.sleep(0.002)
    shown = time.perf_counter()
    pages = dialog.pages.page_count
    dialog.close()
    return made - started, shown - made, pages


def main() -> None:
    """Print the times for each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, nargs="*", default=[10, 200, 1000])
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    render_pdf(big_declaration(1))  # the font's first load is the start-up's, not the preview's
    for lines in arguments.lines:
        pdf, view, pages = preview_seconds(lines)
        print(f"{lines:>6} lines, {pages:>4} pages: PDF {pdf:.3f} s, preview drawn {view:.3f} s later")
    del app


if __name__ == "__main__":
    main()
