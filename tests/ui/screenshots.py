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
from PySide6.QtWidgets import QApplication, QMessageBox

from gridbudget_gui.app import make_application
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.navigation import Page

SIZES = (QSize(1366, 768), QSize(1920, 1080))
NAMES = {
    Page.BASICS: "basics",
    Page.COSTS: "costs",
    Page.FUNDING: "funding",
    Page.GOALS: "goals",
    Page.INDICATORS: "indicators",
    Page.SIGNATURES: "signatures",
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
        window.files.new_document()
        window.show_page(Page.INDICATORS)
        app.processEvents()
        path = folder / f"{size.width()}-new-declaration.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
    QApplication.processEvents()
    return saved


def shrink(path: Path) -> None:
    """Store a screenshot with a 256-colour palette: a quarter of the size, the same to the eye."""
    from PIL import Image  # reportlab's dependency; only this tool uses it

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256).save(path, optimize=True)


if __name__ == "__main__":
    for shot in take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        shrink(shot)
        print(shot, shot.stat().st_size)
