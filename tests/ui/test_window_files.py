"""The window's file commands with the real writers: save as xlsx and reopen, export PDF, print to a PDF printer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.schemes import ordered_matrix
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.session import DocumentSession
from tests.conftest import COLLEAGUE_FORM
from tests.ui.conftest import edit_cell

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Answer the next Save dialog with ``path``, and Yes to exporting the example despite its errors."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_export_with_errors_asks_first_and_no_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None
    errors = sum(finding.severity is Severity.ERROR for finding in session.findings)
    assert errors > 0  # the example's known defects
    asked: list[str] = []

    def answer_no(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a name"))
    assert not window.files.export_word()
    assert len(asked) == 1 and f"{errors} 个错误" in asked[0]
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_clean_declaration_asks_nothing(
    window: MainWindow, clean_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_session(DocumentSession(clean_document))
    session = window.session
    assert session is not None and not any(f.severity is Severity.ERROR for f in session.findings)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "clean.docx"), ""))
    assert window.files.export_word()
    assert (tmp_path / "clean.docx").exists()


def test_save_as_xlsx_then_reopen_gives_the_same_document(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_cell(qtbot, window.cost_page.table.view, 3, 1, "6+4")
    target = tmp_path / "五进网格.xlsx"
    choose_file(monkeypatch, target)
    assert window.files.save()
    assert target.read_bytes().startswith(b"PK")
    saved = document_to_dict(window.session.document)
    assert saved["cost_items"][3]["factors"][0] == {"value": "10", "unit": "辆", "expression": "6+4"}
    # The workbook always holds the matrices in the scheme's order: the copy read back has them so.
    for period in ("annual", "mid_term"):
        rows = window.session.document.indicators.matrix(period)
        saved["indicators"][period] = [
            saved["indicators"][period][rows.index(row)] for row in ordered_matrix(rows, "classic")
        ]
    reopened = MainWindow()
    qtbot.addWidget(reopened)
    assert reopened.open_path(target, ask=False)
    assert reopened.session is not None and not reopened.session.foreign
    assert document_to_dict(reopened.session.document) == saved
    # Our own workbook saves in place, without asking for a name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a name"))
    model = reopened.cost_page.model
    model.setData(model.index(0, 0), "工资及劳务派遣费")
    assert reopened.files.save()


def test_a_colleagues_workbook_opens_and_is_never_overwritten(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "同事的表.xlsx"
    shutil.copy(COLLEAGUE_FORM, copy)
    before = copy.read_bytes()
    assert window.open_path(copy, ask=False)
    session = window.session
    assert session is not None and session.foreign
    assert len(session.document.cost_items) == 5 and session.document.cost_total == 5345800
    model = window.cost_page.model
    model.setData(model.index(0, 0), "1-11月份工资及劳务派遣费")
    mine = tmp_path / "我的.xlsx"
    choose_file(monkeypatch, mine)
    assert window.files.save()
    assert copy.read_bytes() == before and mine.exists()
    assert session.path == mine and not session.foreign


@needs_poppler
def test_export_pdf_from_the_window(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "申报书.pdf"
    choose_file(monkeypatch, target)
    assert window.files.export_pdf()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "全面推进“五进网格”精细化管理经费" in text and "5,345,800.00" in text


@needs_poppler
def test_print_goes_through_the_print_dialog_to_a_pdf_printer(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    window.menus.print_action.trigger()
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    exported = tmp_path / "exported.pdf"
    choose_file(monkeypatch, exported)
    assert window.files.export_pdf()
    info = subprocess.run(["pdfinfo", str(exported)], capture_output=True, text=True, check=True).stdout
    assert pages == int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_export_remembers_its_folder(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "送审"
    folder.mkdir()
    choose_file(monkeypatch, folder / "申报书.docx")
    assert window.files.export_word()
    assert window.settings.export_folder == folder.resolve() and window.settings.last_folder == folder.resolve()
    offered: list[str] = []

    def remember(parent: object, title: str, suggestion: str, *rest: object) -> tuple[str, str]:
        offered.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", remember)
    assert not window.files.export_word()
    assert Path(offered[0]).parent == folder.resolve()  # the next export is offered where the last one went
