"""Autosave and crash recovery, for real: edit in one process, kill -9 it, start again and get the edit back."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.app import make_application
from gridbudget_gui.io.json import read_json
from gridbudget_gui.ui.autosave import autosave_folder, find_orphans, offer_recovery
from gridbudget_gui.ui.main_window import MainWindow

EDITED_NAME = "崩溃前输入的行名称 𠀀"

# Builds the window on the example, renames cost line 1 through the model, waits for the autosave to
# appear and then idles in the event loop until it is killed.
EDIT_AND_WAIT = """
import sys, time
from PySide6.QtCore import Qt, QTimer
from gridbudget_gui.app import make_application
from gridbudget_gui.ui.main_window import MainWindow

app = make_application()
window = MainWindow()
window.open_example()
window.show()
model = window.cost_page.model
model.setData(model.index(0, model.NAME_COLUMN), sys.argv[1], Qt.ItemDataRole.EditRole)
assert window.session.document.cost_items[0].name == sys.argv[1]
edited = time.monotonic()

def poll():
    if window.autosave.meta_path.exists():
        print("AUTOSAVED", round(time.monotonic() - edited, 2), window.autosave.document_path, flush=True)
    else:
        QTimer.singleShot(100, poll)

QTimer.singleShot(100, poll)
QTimer.singleShot(60_000, lambda: print("NO AUTOSAVE", flush=True))  # never hang the test run
app.exec()
"""

# Starts the program the way ``gridbudget`` does, answers Yes to the recovery question and reports
# what the window holds.
RESTART_AND_RESTORE = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from gridbudget_gui import app as gui_app
from gridbudget_gui.ui.main_window import MainWindow

asked = []

def answer(parent, title, text, *args, **kwargs):
    asked.append(text)
    return QMessageBox.StandardButton.Yes if sys.argv[1] == "yes" else QMessageBox.StandardButton.No

QMessageBox.question = answer

def report(window):
    session = window.session
    print(json.dumps({
        "asked": asked,
        "name": session.document.cost_items[0].name if session.document.cost_items else None,
        "path": str(session.path) if session.path else None,
        "modified": not session.undo_stack.isClean(),
        "title_modified": window.isWindowModified(),
    }, ensure_ascii=False), flush=True)
    os._exit(0)

# run_window shows the window once recovery was offered: report from the event loop after that.
shown = MainWindow.show

def show(window):
    shown(window)
    QTimer.singleShot(0, lambda: report(window))
    QTimer.singleShot(60_000, lambda: os._exit(3))  # never hang the test run

MainWindow.show = show
sys.exit(gui_app.run_window(None))
"""


def _environment(home: Path, delay: str = "0.5") -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        GRIDBUDGET_AUTOSAVE_SECONDS=delay,
        PYTHONIOENCODING="utf-8",
    )
    return env


def _edit_and_kill(home: Path) -> Path:
    with subprocess.Popen(
        [sys.executable, "-c", EDIT_AND_WAIT, EDITED_NAME],
        env=_environment(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    ) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()  # blocks until the autosave exists (or the driver dies)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    assert line.startswith("AUTOSAVED"), line
    assert process.returncode == -signal.SIGKILL
    _, seconds, slot = line.split(maxsplit=2)
    assert float(seconds) >= 0.4  # written after the quiet delay, not on every keystroke
    return Path(slot.strip())


def _restart(home: Path, answer: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", RESTART_AND_RESTORE, answer],
        env=_environment(home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is a POSIX signal")
def test_edit_survives_kill_9(tmp_path: Path) -> None:
    started = datetime.now().replace(microsecond=0)  # the question shows whole seconds
    slot = _edit_and_kill(tmp_path)
    killed = datetime.now()
    assert read_json(slot).document.cost_items[0].name == EDITED_NAME
    report = _restart(tmp_path, "yes")
    assert len(report["asked"]) == 1  # type: ignore[arg-type]
    question = str(report["asked"][0])  # type: ignore[index]
    assert "未命名" in question  # what
    # From when: the autosave's own time, between the start of the run and the kill (true across midnight).
    stamp = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", question)
    assert stamp is not None, question
    assert started <= datetime.strptime(stamp.group(), "%Y-%m-%d %H:%M:%S") <= killed
    assert report["name"] == EDITED_NAME
    assert report["path"] is None  # the example was a new declaration: Save will ask for a name
    assert report["modified"] and report["title_modified"]
    assert not slot.exists()  # the killed run's slot was taken over by the new run


@pytest.mark.slow
def test_declining_deletes_the_autosave_and_is_not_asked_again(tmp_path: Path) -> None:
    slot = _edit_and_kill(tmp_path)
    report = _restart(tmp_path, "no")
    assert len(report["asked"]) == 1  # type: ignore[arg-type]
    assert report["name"] != EDITED_NAME and not report["modified"]
    assert not slot.exists()
    assert _restart(tmp_path, "yes")["asked"] == []


# In-process tests of the same machinery: quicker, and they see inside.


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes the windows after each test: answer the Save/Discard box, or it waits forever."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRIDBUDGET_AUTOSAVE_SECONDS", "0.2")


def _window(qtbot: QtBot) -> MainWindow:
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _rename_first_line(window: MainWindow, name: str) -> None:
    model = window.cost_page.model
    model.setData(model.index(0, model.NAME_COLUMN), name)


@pytest.mark.usefixtures("quick_autosave")
def test_autosave_waits_for_quiet_and_follows_the_clean_state(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot)
    window.open_example()
    autosave = window.autosave
    assert autosave.folder == autosave_folder()
    assert autosave.folder.is_relative_to(os.environ["XDG_DATA_HOME"])  # the user's data folder (conftest: temp)
    _rename_first_line(window, "第一次")
    assert not autosave.document_path.exists()  # nothing yet: changes have not stopped
    qtbot.waitUntil(autosave.meta_path.exists, timeout=5000)
    meta = json.loads(autosave.meta_path.read_text("utf-8"))
    assert meta["display_name"] == "未命名" and meta["path"] is None
    assert read_json(autosave.document_path).document.cost_items[0].name == "第一次"
    # Undo back to the saved state: nothing is unsaved, so nothing is kept.
    assert window.session is not None
    window.session.undo_stack.undo()
    assert not autosave.document_path.exists() and not autosave.meta_path.exists()
    # A clean save drops it too.
    _rename_first_line(window, "第二次")
    qtbot.waitUntil(autosave.meta_path.exists, timeout=5000)
    assert window.files.save_to(tmp_path / "saved.json")
    assert not autosave.document_path.exists()
    # A live window's autosave is never offered to another window.
    _rename_first_line(window, "第三次")
    qtbot.waitUntil(autosave.meta_path.exists, timeout=5000)
    assert find_orphans() == []


@pytest.mark.usefixtures("quick_autosave")
def test_close_with_discard_leaves_nothing(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.open_example()
    _rename_first_line(window, "不要了")
    qtbot.waitUntil(window.autosave.meta_path.exists, timeout=5000)
    assert window.close()
    assert list(window.autosave.folder.iterdir()) == []


@pytest.mark.usefixtures("quick_autosave")
def test_restored_file_keeps_its_path(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gridbudget_gui.resources import example_path

    original = tmp_path / "申报书.json"
    original.write_bytes(example_path().read_bytes())
    first = _window(qtbot)
    assert first.open_path(original, ask=False)
    _rename_first_line(first, "改过的名称")
    assert first.autosave.save_now()
    first.autosave._lock.unlock()  # type: ignore[union-attr]  # as if its process had died
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    second = _window(qtbot)
    assert offer_recovery(second)
    assert "申报书.json" in asked[0] and str(original) in asked[0]
    assert second.session is not None and second.session.path == original
    assert second.session.document.cost_items[0].name == "改过的名称"
    assert second.isWindowModified()
    assert second.files.save()  # Save goes straight to the original file
    assert read_json(original).document.cost_items[0].name == "改过的名称"
    assert not second.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_broken_autosave_is_reported_not_fatal(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = autosave_folder()
    folder.mkdir(parents=True)
    (folder / "1-dead.json").write_text("{ not json", "utf-8")
    (folder / "1-dead.meta.json").write_text(
        json.dumps(
            {"format": "gridbudget-autosave", "path": None, "display_name": "未命名", "saved_at": "2024-05-01T10:00:00"}
        ),
        "utf-8",
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    window = _window(qtbot)
    assert not offer_recovery(window)
    assert warned and "无法读取" in warned[0] and "damaged" in warned[0]
    assert window.session is not None and window.session.undo_stack.isClean()
    assert sorted(p.name.split("-", 2)[-1] for p in (folder / "damaged").iterdir()) == [
        "1-dead.json",
        "1-dead.meta.json",
    ]
    assert not (folder / "1-dead.json").exists()  # set aside, never deleted unread
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_the_recovery_question_speaks_the_chosen_language(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from gridbudget_gui.ui.language import install_language

    app = make_application()
    folder = autosave_folder()
    folder.mkdir(parents=True)
    (folder / "1-dead.json").write_text("{ not json", "utf-8")
    (folder / "1-dead.meta.json").write_text(
        json.dumps({"format": "gridbudget-autosave", "path": None, "saved_at": "2024-05-01T10:00:00"}), "utf-8"
    )
    asked: list[tuple[str, str]] = []
    warned: list[str] = []

    def answer(_parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warned.append(f"{title}: {text}"))
    window = _window(qtbot)
    install_language(app, "en")
    try:
        assert not offer_recovery(window)
    finally:
        install_language(app, "zh_CN")
    title, text = asked[0]
    assert title == "Recover unsaved changes"
    assert "did not exit normally" in text and "Untitled" in text and "(a new declaration, never saved)" in text
    assert warned and warned[0].startswith("Cannot recover: The autosaved file is damaged and cannot be read")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _autosave_of_example(folder: Path, slot: str, cut: float = 1.0) -> None:
    from gridbudget_gui.resources import example_path

    folder.mkdir(parents=True, exist_ok=True)
    data = example_path().read_bytes()
    (folder / f"{slot}.json").write_bytes(data[: int(len(data) * cut)])


@pytest.mark.parametrize(
    "meta",
    [b"[" * 100_000, b"\0" * 4096, None],
    ids=["100,000 brackets", "zero-filled", "missing"],
)
def test_a_damaged_or_missing_meta_file_never_hides_the_autosave(
    meta: bytes | None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = autosave_folder()
    _autosave_of_example(folder, "7-dead")
    if meta is not None:
        (folder / "7-dead.meta.json").write_bytes(meta)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = _window(qtbot)
    assert offer_recovery(window)  # the program starts, and the autosave is offered
    assert window.session is not None and window.session.document.project.name.startswith("全面推进")
    if meta is not None:
        assert [p.name.endswith("-7-dead.meta.json") for p in (folder / "damaged").iterdir()] == [True]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_a_cut_short_autosave_is_offered_for_what_it_holds(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = autosave_folder()
    _autosave_of_example(folder, "8-dead", cut=0.6)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    window = _window(qtbot)
    assert offer_recovery(window)
    assert window.session is not None and window.session.document.project.name.startswith("全面推进")
    assert window.session.document.cost_items  # the first part of the file, read
    assert warned and "部分" in warned[0]
    kept = list((folder / "damaged").iterdir())
    assert len(kept) == 1 and kept[0].read_bytes() == example_bytes()[: int(len(example_bytes()) * 0.6)]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def example_bytes() -> bytes:
    from gridbudget_gui.resources import example_path

    return example_path().read_bytes()


def test_saving_over_a_file_changed_on_disk_asks_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "申报书.json"
    path.write_bytes(example_bytes())
    window = _window(qtbot)
    assert window.open_path(path, ask=False)
    _rename_first_line(window, "本窗口的修改")
    path.write_bytes(example_bytes().replace("全面推进".encode(), "另一个窗口".encode()))  # another window saved
    os.utime(path, (time.time() + 5, time.time() + 5))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert not window.files.save()
    assert "另一个窗口" in path.read_text("utf-8") and "已被其他程序或窗口修改" in asked[0]
    assert window.files.save()
    assert read_json(path).document.cost_items[0].name == "本窗口的修改"
    _rename_first_line(window, "再改一次")
    assert window.files.save() and len(asked) == 2  # our own save is no change behind our back
