"""Opening a file never changes it: bytes and modification time are the same after every reader ran."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.resources import example_path
from tests.conftest import FORMS, ODD_XLSX


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The test forms, the odd workbooks, the example JSON, and our own xlsx and JSON, read-only on disk."""
    folder = tmp_path_factory.mktemp("formats")
    document = load_document(example_path()).document
    for name in ("own.xlsx", "own.json", "own.pdf"):
        save_document(document, folder / name)
    (folder / "renamed.json").write_bytes((folder / "own.xlsx").read_bytes())  # the name lies: sniffed by bytes
    files = sorted(FORMS.glob("*")) + sorted(ODD_XLSX.rglob("*.xlsx")) + [example_path()]
    return [p for p in files if p.is_file()] + sorted(folder.iterdir())


def _state(path: Path) -> tuple[bytes, int, int]:
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, info.st_size


def test_opening_changes_no_file(every_kind: list[Path]) -> None:
    assert len(every_kind) >= 35
    folders = {path.parent for path in every_kind}
    listing_before = {folder: sorted(os.listdir(folder)) for folder in folders}
    for path in every_kind:
        before = _state(path)
        with contextlib.suppress(DocumentError):  # the PDF and some odd workbooks are refused: untouched too
            load_document(path)
        assert _state(path) == before, path
    # No lock, temp or backup file was left beside them.
    assert {folder: sorted(os.listdir(folder)) for folder in folders} == listing_before


def test_opening_in_the_window_changes_no_file(every_kind: list[Path], qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from gridbudget_gui.app import make_application
    from gridbudget_gui.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    for path in every_kind:
        before = _state(path)
        window.open_path(path, ask=False)
        assert _state(path) == before, path
