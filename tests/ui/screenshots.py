"""Screenshots of every page at the sizes clerks' screens have: ``python -m tests.ui.screenshots docs/screenshots``.

Run offscreen (``QT_QPA_PLATFORM=offscreen``); the bundled font is loaded by ``make_application`` so Chinese
shows even on a machine without a Chinese font.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gridbudget_gui.app import make_application
from gridbudget_gui.io.pdf.write import render_pdf
from gridbudget_gui.ui.file_dialogs import dialog_options, fit
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.navigation import Page
from gridbudget_gui.ui.printing import PREVIEW_SCREEN_SHARE, PreviewDialog

SIZES = (QSize(1366, 768), QSize(1920, 1080))
NAMES = {
    Page.BASICS: "basics",
    Page.COSTS: "costs",
    Page.FUNDING: "funding",
    Page.GOALS: "goals",
    Page.INDICATORS: "indicators",
    Page.SIGNATURES: "signatures",
    Page.SELF_EVALUATION: "self-evaluation",
}


def take(folder: Path, sizes: tuple[QSize, ...] = SIZES) -> list[Path]:
    """Save one PNG per page and size (the example open), and one of a new declaration's indicators."""
    # A settings file of its own: the user's remembered widths and scheme must not shape the pictures.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gridbudget-shots-")
    app = make_application()
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for size in sizes:
        window = MainWindow()
        window.open_example()
        window.resize(size)
        window.show()
        for page in Page:
            window.show_page(page)
            app.processEvents()
            path = folder / f"{size.width()}-{NAMES[page]}.png"
            window.grab().save(str(path))
            saved.append(path)
        saved += _dialogs(app, window, folder, size)
        window.files.new_document()
        window.show_page(Page.INDICATORS)
        app.processEvents()
        path = folder / f"{size.width()}-new-declaration.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
    QApplication.processEvents()
    return saved


def _dialogs(app: QApplication, window: MainWindow, folder: Path, size: QSize) -> list[Path]:
    """The Print Preview (at its share of the screen, once its first page is drawn) and the open dialog."""
    import time

    preview = PreviewDialog(render_pdf(window.session.document), window)
    preview.resize(int(size.width() * PREVIEW_SCREEN_SHARE), int(size.height() * PREVIEW_SCREEN_SHARE))
    preview.show()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # QPdfView draws in a worker thread
        app.processEvents()
        image = preview.view.viewport().grab().toImage()
        if any(image.pixelColor(x, 300).value() < 100 for x in range(0, image.width(), 3)):
            break
    app.processEvents()
    shots = [folder / f"{size.width()}-preview.png", folder / f"{size.width()}-open-dialog.png"]
    preview.grab().save(str(shots[0]))
    preview.close()
    dialog = QFileDialog(window, window.tr("打开申报书"), str(folder), window.files.open_filter())
    dialog.setOptions(dialog_options())
    fit(dialog)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(shots[1]))
    dialog.close()
    return shots


def shrink(path: Path) -> None:
    """Store a screenshot with a 256-colour palette: a quarter of the size, the same to the eye."""
    from PIL import Image  # reportlab's dependency; only this tool uses it

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256).save(path, optimize=True)


if __name__ == "__main__":
    for shot in take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        shrink(shot)
        print(shot, shot.stat().st_size)
