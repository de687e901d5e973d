"""An exception in a slot is logged and shown in one dialog while the document stays open; Qt's warnings go to
the log; a log folder that cannot be made does not stop the window.

pytest-qt captures exceptions raised in slots with its own sys.excepthook; the reporter installed by each test
replaces that hook for the test's duration and gives it back afterwards, so the tests see the program's hook.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal, qWarning
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui import logfile
from gridbudget_gui.app import make_application
from gridbudget_gui.io.json import dumps_document
from gridbudget_gui.ui.failures import QT_REPEATS_LOGGED, FailureReporter, summary
from gridbudget_gui.ui.language import install_language
from gridbudget_gui.ui.main_window import MainWindow


class Trigger(QObject):
    """Something that emits a signal, as a button does."""

    fired = Signal()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Every failure dialog opened, in order; each returns at once, as if OK were clicked."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def reporter() -> Iterator[FailureReporter]:
    """The program's failure reporter, logging to the test's private log folder, installed for this test."""
    app = make_application()
    installed = FailureReporter(logfile.start_logging(), app)
    installed.install()
    yield installed
    installed.uninstall()
    installed.deleteLater()


def _log_text() -> str:
    path = logfile.current_log_file()
    assert path is not None
    return path.read_text(encoding="utf-8")


def _failing_slot() -> None:
    raise ValueError("a cell the model did not expect\nmore detail for the log")


def test_the_log_folder_is_qts_app_local_data_folder() -> None:
    make_application()
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert logfile.log_folder() == Path(qt) / "logs"


def test_summary_is_one_short_line() -> None:
    assert summary(ValueError("first\nsecond")) == "ValueError: first"
    assert summary(KeyError()) == "KeyError"
    assert len(summary(RuntimeError("x" * 1000))) == 300


def test_an_exception_in_a_slot_shows_one_dialog_and_the_document_stays(
    window: MainWindow, reporter: FailureReporter, dialogs: list[QMessageBox], qtbot: QtBot
) -> None:
    before = dumps_document(window.session.document)
    trigger = Trigger()
    trigger.fired.connect(_failing_slot)
    trigger.fired.emit()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    QApplication.processEvents()
    assert len(dialogs) == 1
    box = dialogs[0]
    assert box.windowTitle() == "GridBudget 出错了"
    assert "文档仍然打开" in box.text()
    log_path = logfile.current_log_file()
    assert box.informativeText().startswith("错误：ValueError: a cell the model did not expect\n")
    assert f"详细信息已写入日志文件：\n{log_path}\n" in box.informativeText()
    assert "more detail" not in box.informativeText()
    assert window.isVisible()
    assert dumps_document(window.session.document) == before
    text = _log_text()
    assert "CRITICAL" in text and "Uncaught exception: ValueError: a cell the model did not expect" in text
    assert "Traceback (most recent call last)" in text and "in _failing_slot" in text
    assert "more detail for the log" in text


def test_a_storm_of_exceptions_shows_one_dialog_and_logs_them_all(
    reporter: FailureReporter, dialogs: list[QMessageBox], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    trigger = Trigger()
    trigger.fired.connect(_failing_slot)
    trigger.fired.emit()
    trigger.fired.emit()  # before the event loop runs: the first dialog is only queued yet
    QApplication.processEvents()
    assert len(dialogs) == 1

    # While a dialog is open, more failures are logged but open no second dialog.
    def exec_while_failing(box: QMessageBox) -> int:
        dialogs.append(box)
        trigger.fired.emit()
        QApplication.processEvents()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_while_failing)
    trigger.fired.emit()
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    QApplication.processEvents()
    assert len(dialogs) == 2
    assert _log_text().count("Uncaught exception: ValueError") == 4
    # Once closed, the next failure is shown again: the one-at-a-time guard does not stick.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box) or 0)
    trigger.fired.emit()
    qtbot.waitUntil(lambda: len(dialogs) == 3)


def test_an_exception_in_a_thread_is_reported_in_the_gui_thread(
    reporter: FailureReporter, dialogs: list[QMessageBox], qtbot: QtBot
) -> None:
    worker = threading.Thread(target=_failing_slot, name="exporter")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert "Uncaught exception in thread exporter: ValueError" in _log_text()


def test_the_button_opens_the_log_folder(
    reporter: FailureReporter, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def click_open_folder(box: QMessageBox) -> int:
        (button,) = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole]
        assert button.text() == "打开日志文件夹"
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open_folder)
    trigger = Trigger()
    trigger.fired.connect(_failing_slot)
    trigger.fired.emit()
    qtbot.waitUntil(lambda: reporter.dialogs_shown == 1)
    log_path = logfile.current_log_file()
    assert log_path is not None
    assert [Path(url.toLocalFile()) for url in opened] == [log_path.parent]


def test_without_a_log_file_the_dialog_says_so(dialogs: list[QMessageBox], qtbot: QtBot) -> None:
    reporter = FailureReporter(None, make_application())
    reporter.install()
    try:
        trigger = Trigger()
        trigger.fired.connect(_failing_slot)
        trigger.fired.emit()
        qtbot.waitUntil(lambda: len(dialogs) == 1)
    finally:
        reporter.uninstall()
    assert "日志文件无法写入" in dialogs[0].informativeText()
    assert len(dialogs[0].buttons()) == 1  # no folder to open


def test_a_dialog_that_fails_is_logged_not_shown_again(
    reporter: FailureReporter, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_exec(box: QMessageBox) -> int:
        raise RuntimeError("no dialog today")

    monkeypatch.setattr(QMessageBox, "exec", broken_exec)
    trigger = Trigger()
    trigger.fired.connect(_failing_slot)
    trigger.fired.emit()
    qtbot.waitUntil(lambda: reporter.dialogs_shown == 1)
    for _ in range(5):
        QApplication.processEvents()
    assert reporter.dialogs_shown == 1
    assert "The failure dialog itself failed" in _log_text() and "no dialog today" in _log_text()


def test_qt_warnings_go_to_the_log_a_few_times(reporter: FailureReporter) -> None:
    for _ in range(QT_REPEATS_LOGGED + 5):
        qWarning("a warning from deep inside Qt")
    text = _log_text()
    assert "WARNING" in text and "gridbudget_gui.qt: a warning from deep inside Qt" in text
    assert text.count("a warning from deep inside Qt") == QT_REPEATS_LOGGED
    assert "further repeats are not logged" in text


def test_uninstall_gives_the_hooks_back() -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = FailureReporter(None, make_application())
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_window_starts_when_the_log_folder_cannot_be_made() -> None:
    blocked = logfile.log_folder()
    blocked.parent.mkdir(parents=True)
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", "--example", "--smoke"],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    assert blocked.is_file()


def test_the_window_logs_its_start() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", "--example", "--smoke"],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    text = (logfile.log_folder() / logfile.LOG_NAME).read_text(encoding="utf-8")
    assert "gridbudget_gui.cli: gridbudget" in text and "['--example', '--smoke']" in text


def test_the_dialog_speaks_english_when_the_interface_does(
    reporter: FailureReporter, dialogs: list[QMessageBox], qtbot: QtBot
) -> None:
    app = make_application()
    install_language(app, "en")
    try:
        trigger = Trigger()
        trigger.fired.connect(_failing_slot)
        trigger.fired.emit()
        qtbot.waitUntil(lambda: len(dialogs) == 1)
    finally:
        install_language(app, "zh_CN")
    assert dialogs[0].windowTitle() == "GridBudget ran into a problem"
    assert dialogs[0].informativeText().startswith("Error: ValueError: a cell the model did not expect\n")
    assert "Open Log Folder" in [button.text() for button in dialogs[0].buttons()]
