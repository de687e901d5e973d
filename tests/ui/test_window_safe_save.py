"""Saving from the window when the disk, the folder or Excel says no: a clear message, nothing lost."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gridbudget_gui.io.formats import load_document
from gridbudget_gui.ui.main_window import MainWindow
from tests.io.test_safe_save import FAILURES, NO_LEAKED_ZIP


@NO_LEAKED_ZIP
@pytest.mark.parametrize("name", [*FAILURES, "missing folder"])
def test_failed_save_keeps_the_document_open_and_modified(
    name: str, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "申报书.xlsx"
    assert window.files.save_to(target)
    before = target.read_bytes()
    model = window.cost_page.model
    model.setData(model.index(0, model.NAME_COLUMN), "没保存成功的修改")
    assert window.isWindowModified()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text))
    if name == "missing folder":
        destination, cause = tmp_path / "gone" / "申报书.xlsx", "文件夹不存在"
    else:
        destination = target
        failure, cause = FAILURES[name]
        failure(monkeypatch, target)
    assert not window.files.save_to(destination)
    gc.collect()
    assert len(shown) == 1 and cause in shown[0] and "修改没有丢失" in shown[0]
    assert window.session is not None
    assert window.isWindowModified() and not window.session.undo_stack.isClean()
    assert window.session.document.cost_items[0].name == "没保存成功的修改"
    assert window.session.path == target
    assert target.read_bytes() == before
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    # Once the cause is gone, the same document saves.
    assert window.files.save_to(target)
    assert load_document(target).document.cost_items[0].name == "没保存成功的修改"
    assert not window.isWindowModified()
