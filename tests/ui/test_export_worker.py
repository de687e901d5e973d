"""Long exports from the window run in a worker: the window keeps handling events, a progress dialog locks the
declaration and offers Cancel, and a cancelled export leaves no file (nor a hidden one) behind."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.io.docx import write as docx_write
from gridbudget_gui.ui import export_worker
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.session import DocumentSession

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from common import big_declaration

LINES = 2_600
"""Over export_worker.WORKER_LINES: the export goes to the worker."""


@pytest.fixture
def long_declaration(window: MainWindow) -> MainWindow:
    """The window on a declaration of LINES cost lines, exports named into tmp_path without asking."""
    assert LINES > export_worker.WORKER_LINES
    window.set_session(DocumentSession(big_declaration(LINES)))
    return window


def _name(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # The declaration keeps the example's own errors: export it all the same.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_a_long_word_export_runs_while_the_window_keeps_handling_events(
    long_declaration: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = long_declaration
    target = tmp_path / "long.docx"
    _name(monkeypatch, target)
    shown_while_running: list[tuple[int, int]] = []
    assert window.files.export_word()
    run = window.files.export_run
    assert run is not None and run.worker.isRunning()
    dialog = run.dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal  # the document is locked
    # Progress reaches the dialog through the event loop while the worker still writes: the loop keeps running.
    run.worker.progressed.connect(
        lambda done, total: shown_while_running.append((done, total)) if run.worker.isRunning() else None
    )
    with qtbot.waitSignal(run.ended, timeout=120_000) as ended:
        pass
    assert ended.args == [export_worker.WRITTEN, str(target)]
    assert shown_while_running and all(total == LINES for _, total in shown_while_running)
    assert window.files.export_run is None and not dialog.isVisible()
    assert len(docx.Document(str(target)).tables[1].rows) == LINES + 2
    assert [path.name for path in tmp_path.iterdir()] == ["long.docx"]


def test_cancel_stops_the_word_export_and_leaves_no_file(
    long_declaration: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = long_declaration
    target = tmp_path / "cancelled.docx"
    _name(monkeypatch, target)
    clicked = threading.Event()
    reports: list[int] = []
    real = docx_write.write_docx

    def gated(document: Any, path: Path, progress: Any = None) -> None:
        """The real writer, holding after its first report until the user has clicked: Cancel comes mid-way."""

        def report(done: int, total: int) -> None:
            reports.append(done)
            progress(done, total)
            clicked.wait(timeout=60)

        real(document, path, report)

    monkeypatch.setattr(docx_write, "write_docx", gated)
    assert window.files.export_word()
    run = window.files.export_run
    assert run is not None

    def cancel_at_first_report(done: int, total: int) -> None:
        if not clicked.is_set():
            qtbot.mouseClick(run.dialog.cancel_button, Qt.MouseButton.LeftButton)
            clicked.set()

    run.worker.progressed.connect(cancel_at_first_report)
    with qtbot.waitSignal(run.ended, timeout=120_000) as ended:
        pass
    assert ended.args[0] == export_worker.CANCELLED
    assert len(reports) == 2 and reports[-1] < LINES  # stopped at the report after Cancel, not at the end
    assert list(tmp_path.iterdir()) == []  # no file, no hidden file
    assert "已取消导出" in window.statusBar().currentMessage()


def test_a_cancelled_pdf_export_leaves_an_older_file_as_it_was(
    long_declaration: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF writer has no progress to stop at: it finishes unseen and its file is thrown away."""
    window = long_declaration
    target = tmp_path / "old.pdf"
    target.write_bytes(b"%PDF-1.4 the clerk's older export")
    _name(monkeypatch, target)
    assert window.files.export_pdf()
    run = window.files.export_run
    assert run is not None and run.worker.isRunning()
    assert not window.files.maybe_save()  # nothing else opens over the document the worker reads
    qtbot.mouseClick(run.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not run.dialog.cancel_button.isEnabled() and run.dialog.isVisible()  # locked until the worker stops
    with qtbot.waitSignal(run.ended, timeout=120_000) as ended:
        pass
    assert ended.args[0] == export_worker.CANCELLED
    assert target.read_bytes() == b"%PDF-1.4 the clerk's older export"
    assert [path.name for path in tmp_path.iterdir()] == ["old.pdf"]


def test_saving_a_long_declaration_as_xlsx_keeps_the_window_handling_events(
    long_declaration: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Save returns once the workbook is written (Close may follow it), the window's events handled meanwhile;
    the older file is kept as the backup, as a save in place does."""
    from PySide6.QtCore import QTimer

    from gridbudget_gui.io.atomic import backup_path
    from gridbudget_gui.io.formats import load_document

    window = long_declaration
    target = tmp_path / "long.xlsx"
    target.write_bytes(b"older")
    seen: list[bool] = []

    def during_the_save() -> None:
        run = window.files.export_run
        seen.append(run is not None and run.worker.isRunning() and run.dialog.isVisible())

    QTimer.singleShot(0, during_the_save)
    assert window.files.save_to(target)
    assert seen == [True]
    assert window.session.undo_stack.isClean() and window.session.path == target
    assert len(load_document(target).document.cost_items) == LINES
    assert backup_path(target).read_bytes() == b"older"
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([target.name, backup_path(target).name])


def test_a_failed_export_in_the_worker_names_the_file_and_the_cause(
    long_declaration: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = long_declaration
    target = tmp_path / "gone" / "long.docx"  # the folder is not there
    _name(monkeypatch, target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert window.files.export_word()
    run = window.files.export_run
    assert run is not None
    with qtbot.waitSignal(run.ended, timeout=120_000):
        pass
    assert len(shown) == 1 and shown[0].startswith(f"{target}: ") and "不存在" in shown[0]
    assert list(tmp_path.iterdir()) == []
