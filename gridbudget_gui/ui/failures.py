"""Failures that explain themselves: an uncaught exception is logged with its traceback and shown in one dialog
(what failed, where the log file is) while the document stays open; Qt's own warnings go to the log too.

The Windows program has no console: without this, an exception raised in a slot would vanish unseen.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
qt_log = logging.getLogger("gridbudget_gui.qt")

SUMMARY_LENGTH = 300
"""The dialog names the exception in at most this many characters; the log keeps all of it."""

QT_REPEATS_LOGGED = 10
"""The same Qt message is logged this many times, then no more: a warning in a paint event repeats forever."""

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def summary(error: BaseException) -> str:
    """The exception in one short line: its type and the first line of its message."""
    text = str(error).strip().splitlines()
    line = f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
    return line if len(line) <= SUMMARY_LENGTH else line[: SUMMARY_LENGTH - 1] + "…"


def open_log_folder(log_file: Path) -> None:
    """Show the folder of the log file in the system's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


class FailureReporter(QObject):
    """Logs uncaught exceptions and Qt messages, and shows one dialog at a time about the exceptions."""

    failed = Signal(str)
    """An uncaught exception, by its one-line summary; delivered to the GUI thread, whichever thread failed."""

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialogs_shown = 0
        # A dialog is queued or open: further failures are logged only, so a storm shows one dialog.
        self._reporting = False
        self._qt_repeats: Counter[str] = Counter()
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._previous_qt_handler: Callable[[QtMsgType, QMessageLogContext, str], object] | None = None
        self._installed = False
        # Queued even within the GUI thread: the dialog opens from the event loop, never inside the code that failed.
        self.failed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over sys.excepthook, threading.excepthook and Qt's message handler."""
        if self._installed:
            return
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._previous_qt_handler = qInstallMessageHandler(self.qt_message)
        self._installed = True

    def uninstall(self) -> None:
        """Give the hooks back (tests do; the program keeps them to the end)."""
        if not self._installed:
            return
        sys.excepthook = self._previous_hook or sys.__excepthook__
        threading.excepthook = self._previous_thread_hook or threading.__excepthook__
        qInstallMessageHandler(self._previous_qt_handler)
        self._installed = False

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """sys.excepthook: log the exception with its traceback and report it; the program keeps running."""
        if issubclass(kind, KeyboardInterrupt):
            (self._previous_hook or sys.__excepthook__)(kind, error, trace)
            return
        log.critical("Uncaught exception: %s", summary(error), exc_info=(kind, error, trace))
        self._report(summary(error))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: the same for an exception that ends a thread."""
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        where = args.thread.name if args.thread is not None else "?"
        log.critical(
            "Uncaught exception in thread %s: %s",
            where,
            summary(args.exc_value),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._report(summary(args.exc_value))

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's message handler: Qt's warnings and errors go to the log, each at most QT_REPEATS_LOGGED times."""
        self._qt_repeats[message] += 1
        repeats = self._qt_repeats[message]
        if repeats > QT_REPEATS_LOGGED:
            return
        more = " (repeated; further repeats are not logged)" if repeats == QT_REPEATS_LOGGED else ""
        where = f" ({context.category})" if context.category and context.category != "default" else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s%s", message, where, more)

    def _report(self, text: str) -> None:
        if self._reporting:
            return
        self._reporting = True
        self.failed.emit(text)

    def _show(self, text: str) -> None:
        try:
            self.dialogs_shown += 1
            self._dialog(text)
        except Exception:
            # Reported through the hook, a dialog that fails would open itself again, forever: log it only.
            log.exception("The failure dialog itself failed")
        finally:
            self._reporting = False

    def _dialog(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("GridBudget 出错了"))
        box.setText(self.tr("程序内部出错，刚才的操作没有完成。文档仍然打开，可以继续编辑；建议先另存一份。"))
        if self.log_file is not None:
            where = self.tr("详细信息已写入日志文件：\n{0}\n报告问题时请附上这个文件。").format(self.log_file)
        else:
            where = self.tr("日志文件无法写入，详细信息没有保存。")
        box.setInformativeText(self.tr("错误：{0}").format(text) + "\n\n" + where)
        # The path can be selected and copied; the button opens its folder.
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_button = None
        if self.log_file is not None:
            folder_button = box.addButton(self.tr("打开日志文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if folder_button is not None and box.clickedButton() is folder_button and self.log_file is not None:
            open_log_folder(self.log_file)


def install_failure_reporter(app: QApplication, log_file: Path | None) -> FailureReporter:
    """Create the application's failure reporter (owned by ``app``) and install its hooks."""
    reporter = FailureReporter(log_file, app)
    reporter.install()
    return reporter
