"""Print and print preview cannot lose work: the document is autosaved before any native printing code runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.app import make_application
from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.json import read_json
from gridbudget_gui.io.pdf.write import render_pdf
from gridbudget_gui.ui import printing
from gridbudget_gui.ui.autosave import Autosaver, autosave_before_risk
from gridbudget_gui.ui.main_window import MainWindow

LONG_DELAY = "3600"
"""The autosave timer would fire only after an hour: whatever is on disk was written by the print step."""


@pytest.fixture
def edited(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A window on the example with cost line 1 renamed and not yet autosaved."""
    monkeypatch.setenv("GRIDBUDGET_AUTOSAVE_SECONDS", LONG_DELAY)
    # Closing a window with changes asks Save/Discard: answered here, or the box would wait for a click.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_example()
    model = window.cost_page.model
    model.setData(model.index(0, model.NAME_COLUMN), "打印前的修改")
    assert not window.autosave.document_path.exists()
    return window


def _autosaved_name(autosave: Autosaver) -> str | None:
    if not autosave.document_path.exists():
        return None
    return read_json(autosave.document_path).document.cost_items[0].name


def test_print_autosaves_before_the_pages_are_made(edited: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    real_render = render_pdf

    def render(document: Document, side_by_side: bool = False) -> bytes:
        seen.append(_autosaved_name(edited.autosave))  # what a crash from here on would leave
        return real_render(document, side_by_side=side_by_side)

    monkeypatch.setattr(printing, "render_pdf", render)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected.value))
    edited.files.print_document()
    assert seen == ["打印前的修改"]


def test_preview_autosaves_before_qtpdf_opens_the_pages(edited: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    class Crashing(printing.PdfPages):
        def __init__(self, pdf_bytes: bytes) -> None:
            seen.append(_autosaved_name(edited.autosave))
            raise SystemExit("a native crash would end the process here")

    monkeypatch.setattr(printing, "PdfPages", Crashing)
    with pytest.raises(SystemExit):
        edited.files.print_preview()
    assert seen == ["打印前的修改"]
    assert edited.autosave.meta_path.exists()  # the next start offers it back (its lock dies with the process)


def test_a_widget_outside_any_window_has_nothing_to_save(qapp: object) -> None:
    assert autosave_before_risk(None, "print") is True


def test_a_saved_document_leaves_no_autosave(edited: MainWindow, tmp_path: Path) -> None:
    assert edited.files.save_to(tmp_path / "saved.json")
    assert autosave_before_risk(edited, "print") is True
    assert not edited.autosave.document_path.exists()


def test_the_smoke_print_previews_and_prints_every_page(edited: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    previewed, printed = printing.smoke_print(edited.session.document, edited, target)
    pages = printing.PdfPages(render_pdf(edited.session.document)).page_count
    assert previewed == printed == pages
    assert target.read_bytes().startswith(b"%PDF")
    assert _autosaved_name(edited.autosave) == "打印前的修改"
