"""Starts the editor: the Qt application, the bundled font, the window and the file to open."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The window's pure-Python modules come before PySide6: once PySide6 is imported, it reads the source of every
# module imported after it (shibokensupport's check for ``from __feature__ import``). Importing the document, its
# reader and the edits the first page needs here first saves ~18M of the ~1,370M instructions to the first paint.
from gridbudget_gui import __version__
from gridbudget_gui.domain import editing, schemes  # noqa: F401
from gridbudget_gui.io import formats  # noqa: F401
from gridbudget_gui.resources import CJK_FONT_FAMILY, cjk_font_path, resource_path

# isort: split
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

_STARTED = time.perf_counter()
log = logging.getLogger(__name__)


def process_age() -> float:
    """Seconds since this process started: from the kernel's record where there is one (Linux, 10 ms steps, so
    that the interpreter's own start and the imports count), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5), counted from the name on
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _STARTED


def log_phase(phase: str) -> None:
    """One line in the log: a start-up phase ended, and when (seconds and CPU seconds since the process started)."""
    log.info(
        "Start-up: %s at %.3f s (%.3f s of CPU since the process started)",
        phase,
        time.perf_counter() - _STARTED,
        time.process_time(),
    )


FIRST_PAINT_FALLBACK_MS = 2_000
"""Should the window never report a paint (a platform that shows nothing), what waits for it runs after this."""


class AfterFirstPaint(QObject):
    """Runs ``then`` once, just after ``widget`` has painted for the first time (a zero-timer queued from its
    first paint event, so the frame is on the screen first), or after FIRST_PAINT_FALLBACK_MS at the latest.

    A zero-timer queued right after ``show()`` would run before the paint: Qt handles posted events before the
    window system's expose event that paints.
    """

    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """On the widget's first paint, queue ``then``; the paint itself goes on unchanged."""
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def load_fonts() -> str | None:
    """Register the bundled CJK font so Chinese shows without system fonts; return its family, if loaded."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if CJK_FONT_FAMILY in families:
        return CJK_FONT_FAMILY
    return families[0] if families else None


WINDOWS_UI_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei")
"""微软雅黑: the Chinese interface face of Windows."""
LINUX_UI_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Sans",
    "Cantarell",
    "Ubuntu",
    "DejaVu Sans",
    "Liberation Sans",
)
"""Interface faces of Linux desktops, tried in order when the platform names only a generic family."""
GENERIC_FAMILIES = frozenset(("sans serif", "sans-serif", "sans", "helvetica"))
MIN_POINT_SIZE = 10


def interface_font(cjk_family: str | None) -> QFont:
    """The window's font: the system's interface face (微软雅黑 on Windows), never the print face.

    The bundled Song face is only a fallback for Chinese characters on a system that has no Chinese font;
    the PDF, print and preview embed it themselves. Latin letters and digits stay in the interface face.
    """
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    families = [*WINDOWS_UI_FAMILIES, font.family()] if sys.platform == "win32" else [font.family()]
    if font.family().lower() in GENERIC_FAMILIES:
        # A generic name may resolve to any face, even the Song one: name the desktop's usual faces.
        installed = set(QFontDatabase.families())
        families = [family for family in LINUX_UI_FAMILIES if family in installed] + families
    if cjk_family is not None:
        families.append(cjk_family)
    font.setFamilies(families)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with GridBudget's names, font and language (reused when one exists, as in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("GridBudget")
    app.setOrganizationName("GridBudget")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "gridbudget.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setFont(interface_font(load_fonts()))
    # The interface language is the user's setting (Chinese unless English was chosen), with Qt's own
    # catalogue so that standard buttons and dialogs agree with the menus.
    from gridbudget_gui.ui.language import install_language
    from gridbudget_gui.ui.settings import Settings

    install_language(app, Settings().language)
    return app


def run_window(file: Path | None, example: bool = False, smoke: bool = False, smoke_print: Path | None = None) -> int:
    """Open the editor on ``file``, the example or a new declaration; return the exit code (``smoke``: quit after
    the first paint, first previewing and printing to the PDF ``smoke_print`` when given)."""
    # Until the first paint the cyclic garbage collector waits: start-up makes hundreds of thousands of objects
    # that all stay (modules, classes, enums, widgets' wrappers), and each collection would walk them again.
    gc.disable()
    from gridbudget_gui.logfile import start_logging
    from gridbudget_gui.ui.autosave import offer_recovery
    from gridbudget_gui.ui.failures import install_failure_reporter
    from gridbudget_gui.ui.main_window import MainWindow

    log_phase("window modules imported")
    app = make_application()
    install_failure_reporter(app, start_logging())  # from here on, a failure is logged and shown, never lost
    log_phase("application made (fonts, language)")
    window = MainWindow(pages=False)  # the pages are built once, for the document shown first
    log_phase("window built")
    # Work saved from a crashed run comes first (the file asked for can be opened from there); the
    # smoke test must never wait on a question.
    restored = not smoke and offer_recovery(window)
    if example and not restored:
        window.open_example()
    elif file is not None and not restored:
        window.open_path(Path(file), ask=False)
    window.show_pages()  # a new declaration when nothing was opened (or the file could not be read)
    log_phase("document shown" if example or file is not None else "recovery offered")
    window.show()

    def first_paint() -> None:
        gc.enable()
        log_phase("first paint")
        if smoke:
            # From the process's start, imports and the paint included (the figure benchmarks/startup.py compares).
            print(f"first paint after {process_age():.3f} s ({time.process_time():.3f} s of CPU)", flush=True)
            if smoke_print is not None:
                from gridbudget_gui.ui.printing import smoke_print as print_pages

                try:
                    previewed, printed = print_pages(window.session.document, window, smoke_print)
                except Exception as error:  # a smoke test reports; it never opens a dialog
                    print(f"printing failed: {error!r}", file=sys.stderr, flush=True)
                    app.exit(1)
                    return
                print(f"print preview: {previewed} pages\nprinted: {printed} pages", flush=True)
            app.quit()
            return
        # The check, the Problems panel, the counts and the other pages, now that the window shows the first
        # page (or as soon as one is asked for).
        window.finish_pages()
        log_phase("all pages built")

    AfterFirstPaint(window, first_paint)
    return app.exec()
