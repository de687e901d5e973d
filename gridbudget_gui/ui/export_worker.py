"""Long exports in a worker thread: the window keeps painting, a progress bar and a cancel button show, and
the document is locked (a window-modal dialog says so) until the file is written or the export cancelled.

The writer writes a hidden file beside the target; only a finished, uncancelled export is moved onto the
target's name, so a cancelled or failed export never leaves a partial file nor touches an older one. The
Word writer reports its progress and stops at the next report after Cancel; the PDF and workbook writers
have no such hook: their bar runs without a figure and, cancelled, they finish unseen and their file is
removed.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gridbudget_gui.io.document_file import DocumentError, describe_os_error

WORKER_LINES = 2_000
"""Cost lines above which an export runs in the worker (below, it takes well under a second)."""

Progress = Callable[[int, int], None]
Write = Callable[[Path, Progress], None]
"""Writes the export at the path given, telling the progress (done, in all) it can."""


class ExportCancelledError(Exception):
    """Raised inside the writer at its next progress report once the user pressed Cancel."""


def hidden_name(target: Path) -> Path:
    """The hidden file beside ``target`` that an export writes before it is finished."""
    return target.with_name(f".~gb-export-{uuid.uuid4().hex[:12]}{target.suffix}")


class ExportThread(QThread):
    """Runs one export; ``error`` holds the user's one line when it failed, ``cancelled`` when stopped."""

    progressed = Signal(int, int)
    """(done, in all) as the writer reports them."""

    def __init__(
        self, write: Write, target: Path, parent: QObject | None = None, before_replace: Callable[[Path], object] = id
    ) -> None:
        super().__init__(parent)
        self.target = target
        self._before_replace = before_replace
        self.error: str | None = None
        self.cancelled = False
        self._write = write
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop; it stops at its next report (or, without reports, is discarded when done)."""
        self._stop.set()

    def _report(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ExportCancelledError
        self.progressed.emit(done, total)

    def run(self) -> None:
        """Write the hidden file, then move it onto the target unless the export was cancelled."""
        temp = hidden_name(self.target)
        try:
            self._write(temp, self._report)
            if self._stop.is_set():
                raise ExportCancelledError
            self._before_replace(self.target)
            os.replace(temp, self.target)
        except ExportCancelledError:
            self.cancelled = True
        except DocumentError as problem:
            self.error = f"{self.target}: {problem.cause}"
        except OSError as problem:
            self.error = f"{self.target}: 导出失败：{describe_os_error(problem)}"
        finally:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


class ExportDialog(QDialog):
    """The window-modal progress of one export: what is written, a bar, and Cancel (Esc and closing cancel too)."""

    def __init__(self, parent: QWidget, title: str, target: Path, saving: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        text = (
            self.tr("正在保存“{name}”……\n保存完成前，申报书不能修改。")
            if saving
            else self.tr("正在导出“{name}”……\n导出完成前，申报书不能修改。")
        )
        self.label = QLabel(text.format(name=target.name))
        self._saving = saving
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no figure until the writer reports one
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.cancel_requested = self.cancel_button.clicked
        self._done = False

    def show_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total``."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def cancelling(self) -> None:
        """Say that the export is being stopped."""
        self.label.setText(self.tr("正在取消保存……") if self._saving else self.tr("正在取消导出……"))
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        """Close for good (the export ended)."""
        self._done = True
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc cancels the export instead of hiding the dialog while it runs."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_button.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the dialog cancels the export; it closes when the worker has stopped."""
        if self._done:
            super().closeEvent(event)
            return
        event.ignore()
        self.cancel_button.click()


WRITTEN, CANCELLED, FAILED = "written", "cancelled", "failed"


class ExportRun(QObject):
    """One export in the worker with its dialog; ``ended`` tells (WRITTEN, CANCELLED or FAILED, the target or
    the user's one line) when it is over."""

    ended = Signal(str, str)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        target: Path,
        write: Write,
        *,
        saving: bool = False,
        before_replace: Callable[[Path], object] = id,
    ) -> None:
        super().__init__(parent)
        self.worker = ExportThread(write, target, self, before_replace)
        self.dialog = ExportDialog(parent, title, target, saving)
        self.worker.progressed.connect(self.dialog.show_progress)
        self.dialog.cancel_requested.connect(self._cancel)
        self.worker.finished.connect(self._finished)

    def start(self) -> None:
        """Show the dialog and start writing."""
        self.dialog.show()
        self.worker.start()

    def wait(self) -> tuple[str, str]:
        """Start and return (outcome, text) when over, the window's events handled meanwhile (a nested loop):
        for a save, whose caller goes on only once the file is written."""
        loop = QEventLoop()
        result: list[tuple[str, str]] = []

        def over(outcome: str, text: str) -> None:
            result.append((outcome, text))
            loop.quit()

        self.ended.connect(over)
        self.start()
        if not result:
            loop.exec()
        return result[0]

    def _cancel(self) -> None:
        self.dialog.cancelling()
        self.worker.cancel()

    def _finished(self) -> None:
        self.dialog.finish()
        self.dialog.deleteLater()
        worker = self.worker
        if worker.cancelled:
            self.ended.emit(CANCELLED, str(worker.target))
        elif worker.error is not None:
            self.ended.emit(FAILED, worker.error)
        else:
            self.ended.emit(WRITTEN, str(worker.target))
        self.deleteLater()
