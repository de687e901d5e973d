"""Issue 26.6: the dialogs Qt draws itself speak Chinese: file types, the 类型 of a folder and dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMimeDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridbudget_gui.ui.language import install_language


def test_file_types_folders_and_dates_are_chinese(qtbot: QtBot) -> None:
    install_language(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    sheet = QMimeDatabase().mimeTypeForName("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert "Microsoft" not in sheet.comment() or "电子表格" in sheet.comment()
    assert QLocale().toString(QDate(2026, 12, 7), QLocale.FormatType.ShortFormat) == "2026/12/7"
