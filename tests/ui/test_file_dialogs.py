"""The file dialogs as a clerk meets them: Qt's own dialog in Chinese (off Windows), in the last folder used,
columns not cut."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from gridbudget_gui.io.formats import OPEN_SUFFIXES
from gridbudget_gui.ui.file_dialogs import dialog_options
from gridbudget_gui.ui.language import install_language, qt_translations_dir
from gridbudget_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows shows its own dialog")


def _seen_in_open_dialog(window: MainWindow, qtbot: QtBot, action: object) -> dict[str, object]:
    """Run ``action`` (which opens a file dialog), read the dialog as shown, and cancel it."""
    seen: dict[str, object] = {}

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, read)
            return
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        seen["buttons"] = [button.text() for button in buttons.buttons()]
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["width"] = dialog.width()
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None
        header = tree.header()
        seen["cut"] = [
            header.model().headerData(c, header.orientation())
            for c in range(1, header.count())
            if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)
        ]
        dialog.reject()

    QTimer.singleShot(200, read)
    action()  # type: ignore[operator]
    return seen


def test_open_dialog_speaks_chinese_and_starts_in_the_last_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert (Path(qt_translations_dir()) / "qtbase_zh_CN.qm").is_file()
    install_language(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    assert dialog_options() & QFileDialog.Option.DontUseNativeDialog
    window.files.settings.last_folder = tmp_path
    seen = _seen_in_open_dialog(window, qtbot, window.files.open_dialog)
    assert seen["folder"] == tmp_path
    assert seen["native"] is False
    assert seen["buttons"] and not any(text.replace("&", "").isascii() for text in seen["buttons"])  # type: ignore[attr-defined]
    assert any(text.startswith("打开") for text in seen["buttons"])  # type: ignore[attr-defined]
    assert "取消" in seen["buttons"]  # type: ignore[operator]
    # Every label of the dialog reads Chinese (Qt's catalogue leaves 查找范围 and 文件类型 in English).
    assert len(seen["labels"]) >= 3 and not any(text.replace("&", "").isascii() for text in seen["labels"])  # type: ignore[arg-type,attr-defined]
    available = window.screen().availableGeometry().width()
    assert seen["width"] == min(900, available - 40)  # not Qt's small default
    assert seen["cut"] == []


def test_save_dialog_reads_chinese_too(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    install_language(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    window.files.settings.last_folder = tmp_path
    seen = _seen_in_open_dialog(window, qtbot, window.files.save_as)
    assert any(text.startswith("保存") for text in seen["buttons"])  # type: ignore[attr-defined]
    assert seen["folder"] == tmp_path


def test_the_open_dialogs_default_filter_lists_every_format_the_reader_accepts(window: MainWindow) -> None:
    default = window.files.open_filter().split(";;")[0]
    for suffix in (".xlsx", ".xls", ".et", ".xlsb", ".ods", ".csv", ".docx", ".html", ".json", *OPEN_SUFFIXES):
        assert f"*{suffix}" in default.split("(")[1], suffix
