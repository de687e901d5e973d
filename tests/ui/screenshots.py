"""Screenshots of every page at the sizes clerks' screens have: ``scripts/screenshots.sh`` (docs/screenshots).

The script runs this module once per screen size on a virtual X screen of that size with a window manager
(``xvfb-run -s '-screen 0 1366x768x24'`` and openbox), ``--screen``: each picture is the whole screen, the
window's frame and title bar included, so a window taller than the screen shows as it is. The first picture
is the window as the program opens it (``first-window``); the pages are taken maximized, as clerks work.
Without ``--screen`` (offscreen, ``QT_QPA_PLATFORM=offscreen``) the window alone is grabbed at both sizes.
The open dialog starts in a folder of sample files under a neutral path (no developer's folder in a picture).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

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
    Page.MONITORING: "monitoring",
    Page.SELF_EVALUATION: "self-evaluation",
}


NEUTRAL_FOLDER = Path.home() / "申报材料" / "2021年项目申报"
"""Where the open dialog starts in the pictures: sample files in a folder a clerk could have (scripts/screenshots.sh
sets HOME to a clerk's folder)."""


def _settle(app: QApplication, rounds: int = 20) -> None:
    """Let the window manager map, frame and size the windows."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.05)


def _grab(app: QApplication, window: QWidget, path: Path, screen: bool) -> Path:
    """The whole screen (frame and all) with ``screen``, else the widget alone."""
    _settle(app) if screen else app.processEvents()
    image = app.primaryScreen().grabWindow(0) if screen else window.grab()
    image.save(str(path))
    return path


def _sample_folder(window: MainWindow) -> Path:
    """The neutral folder with a workbook, a JSON and a Word file of the example in it."""
    from gridbudget_gui.io.formats import save_document

    NEUTRAL_FOLDER.mkdir(parents=True, exist_ok=True)
    document = window.session.document
    for name in ("2021年五进网格申报书.xlsx", "2021年五进网格申报书.json", "2021年五进网格申报书.docx"):
        if not (NEUTRAL_FOLDER / name).exists():
            save_document(document, NEUTRAL_FOLDER / name)
    return NEUTRAL_FOLDER


def take_screen(folder: Path) -> list[Path]:
    """One picture per page of the whole screen at its own size, with the window's frame (``--screen``)."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gridbudget-shots-")
    app = make_application()
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    folder.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    width = size.width()
    window = MainWindow()
    window.open_example()
    window.show()  # as the program opens it
    saved = [_grab(app, window, folder / f"{width}-first-window.png", True)]
    window.showMaximized()
    for page in Page:
        window.show_page(page)
        saved.append(_grab(app, window, folder / f"{width}-{NAMES[page]}.png", True))
    saved += _dialogs(app, window, folder, size, screen=True)
    window.files.new_document()
    window.show_page(Page.INDICATORS)
    saved.append(_grab(app, window, folder / f"{width}-new-declaration.png", True))
    window.close()
    return saved


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


def _dialogs(app: QApplication, window: MainWindow, folder: Path, size: QSize, screen: bool = False) -> list[Path]:
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
    _grab(app, preview, shots[0], screen)
    preview.close()
    dialog = QFileDialog(window, window.tr("打开申报书"), str(_sample_folder(window)), window.files.open_filter())
    dialog.setOptions(dialog_options())
    fit(dialog)
    dialog.show()
    _grab(app, dialog, shots[1], screen)
    dialog.close()
    return shots


def shrink(path: Path) -> None:
    """Store a screenshot with a 256-colour palette: a quarter of the size, the same to the eye."""
    from PIL import Image  # reportlab's dependency; only this tool uses it

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256).save(path, optimize=True)


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--screen"]
    target = Path(arguments[0] if arguments else "docs/screenshots")
    for shot in take_screen(target) if "--screen" in sys.argv else take(target):
        shrink(shot)
        print(shot, shot.stat().st_size)
