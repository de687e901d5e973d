"""File dialogs: Windows' own on Windows; elsewhere Qt's, which speaks the interface language (qtbase_zh_CN)
where a desktop's native dialog may be half English, sized so that no column is cut."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView, QWidget

DIALOG_WIDTH, DIALOG_HEIGHT = 900, 560
"""Wide enough for 名称, 大小, 类型 and 修改日期 side by side; smaller screens get what they have."""


def dialog_options() -> QFileDialog.Option:
    """Native on Windows (Explorer's dialog, in the system's language); Qt's own, translated, elsewhere."""
    if sys.platform == "win32":
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def fit(dialog: QFileDialog) -> None:
    """Give Qt's dialog a readable size, its detail columns the width of their contents (名称 stretching), and
    the two labels Qt's Chinese catalogue leaves in English (Look in, Files of type) in the interface language."""
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("FileDialogs", "查找范围(&I)："))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("FileDialogs", "文件类型(&T)："))
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(DIALOG_WIDTH, screen.width() - 40), min(DIALOG_HEIGHT, screen.height() - 80))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:
        return
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _fit_the_dialog_when_shown() -> None:
    # The static functions build and run the dialog themselves: fit it from inside its event loop.
    def fit_active() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            fit(dialog)

    if dialog_options() & QFileDialog.Option.DontUseNativeDialog:
        QTimer.singleShot(0, fit_active)


def suffix_patterns(suffixes: tuple[str, ...]) -> str:
    """File name patterns for a dialog's filter: (".xlsx", ".json") → "*.xlsx *.json"."""
    return " ".join(f"*{suffix}" for suffix in dict.fromkeys(suffixes))


def open_file_name(parent: QWidget, title: str, folder: str, file_filter: str) -> tuple[str, str]:
    """Ask for a file to open, starting in ``folder``: (name or "", the filter chosen)."""
    _fit_the_dialog_when_shown()
    return QFileDialog.getOpenFileName(parent, title, folder, file_filter, "", dialog_options())


def save_file_name(parent: QWidget, title: str, suggestion: str, file_filter: str) -> tuple[str, str]:
    """Ask for a name to save under, proposing ``suggestion``: (name or "", the filter chosen)."""
    _fit_the_dialog_when_shown()
    return QFileDialog.getSaveFileName(parent, title, suggestion, file_filter, "", dialog_options())
