"""文件 → 中期、年度指标左右并排: the seed's side-by-side indicator layout, chosen in the window, used by the PDF
export, the print preview and the print, and remembered with the other settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gridbudget_gui.ui import printing
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.settings import Settings
from tests.io import pdf_tools
from tests.ui.test_window_files import choose_file, needs_poppler

BESIDE = "中期绩效指标年度绩效指标"  # both captions on one printed line (pdftotext -layout, spaces removed)


def _exported(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> str:
    choose_file(monkeypatch, path)
    window.menus.pdf_action.trigger()
    return pdf_tools.text(path, layout=True)


def _previewed(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> str:
    shown: list[printing.PreviewDialog] = []
    monkeypatch.setattr(printing.PreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.menus.preview_action.trigger()
    path.write_bytes(shown[0].data)
    shown[0].deleteLater()
    return pdf_tools.text(path, layout=True)


@needs_poppler
def test_the_layout_is_chosen_in_the_file_menu_and_used_by_export_and_preview(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.menus.side_by_side_action
    assert action in window.menus.file_menu.actions()
    assert action.isCheckable() and not action.isChecked()  # stacked by default, as the form prints
    assert BESIDE not in _exported(window, monkeypatch, tmp_path / "stacked.pdf")
    assert BESIDE not in _previewed(window, monkeypatch, tmp_path / "stacked-preview.pdf")

    action.trigger()
    assert action.isChecked()
    beside = _exported(window, monkeypatch, tmp_path / "beside.pdf")
    assert BESIDE in beside
    assert all(i.value in beside for i in window.session.document.indicators.annual)
    assert BESIDE in _previewed(window, monkeypatch, tmp_path / "beside-preview.pdf")

    action.trigger()
    assert BESIDE not in _exported(window, monkeypatch, tmp_path / "stacked-again.pdf")


def test_the_choice_is_remembered_for_the_next_window(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.side_by_side_action.trigger()
    assert Settings().pdf_side_by_side  # written to the settings file at once
    later = MainWindow()
    qtbot.addWidget(later)
    assert later.menus.side_by_side_action.isChecked()
    later.menus.side_by_side_action.trigger()
    assert not Settings().pdf_side_by_side
