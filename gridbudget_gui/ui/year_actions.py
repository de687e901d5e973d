"""The year's commands in the File menu: 导出绩效自评表 (PDF, Excel, Word), 生成下一年度申报 (rollover) and 与文件比较."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document
from gridbudget_gui.ui.document_files import DocumentFiles, commit_editors
from gridbudget_gui.ui.language import field_in_sentence
from gridbudget_gui.ui.navigation import Navigator
from gridbudget_gui.ui.session import DocumentSession

if TYPE_CHECKING:  # the dialog and the rollover are imported when first used, not at start-up
    from gridbudget_gui.ui.compare_dialog import CompareDialog

EXPORTED_MESSAGE_MS = 5_000


class YearActions(QObject):
    """Adds the self-evaluation export and the rollover to ``menu`` (before its last entry, 退出)."""

    def __init__(self, window: QMainWindow, files: DocumentFiles, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.export_action = QAction(self.tr("导出绩效自评表…"), window)
        self.export_action.setToolTip(self.tr("把绩效自评表导出为 PDF、Excel 或 Word 文件"))
        self.export_action.triggered.connect(self.export_self_evaluation)
        self.rollover_action = QAction(self.tr("生成下一年度申报"), window)
        self.rollover_action.setToolTip(
            self.tr("以本年度申报书为起点生成下一年度申报书（自评内容和{date}清空）").format(
                date=field_in_sentence("signatures.date")
            )
        )
        self.rollover_action.triggered.connect(self.next_year)
        self.compare_action = QAction(self.tr("与文件比较…"), window)
        self.compare_action.setToolTip(self.tr("列出当前申报书与另一个文件的不同之处（如去年的申报书、同事的版本）"))
        self.compare_action.triggered.connect(self.compare_with_file)
        self.compare_dialog: CompareDialog | None = None
        actions = menu.actions()
        if not actions:
            menu.addActions([self.export_action, self.rollover_action, self.compare_action])
            return
        before = actions[-1]
        menu.insertAction(before, self.export_action)
        menu.insertAction(before, self.rollover_action)
        menu.insertAction(before, self.compare_action)
        menu.insertSeparator(before)

    def export_self_evaluation(self) -> bool:
        """Ask for a file name and a type (PDF, Excel or Word) and write the 自评表 there."""
        from PySide6.QtWidgets import QMessageBox

        from gridbudget_gui.io.self_evaluation import SELF_EVALUATION_SUFFIXES, write_self_evaluation
        from gridbudget_gui.ui.file_dialogs import save_file_name

        commit_editors()
        filters = {
            ".pdf": self.tr("PDF 文件 (*.pdf)"),
            ".xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
            ".docx": self.tr("Word 文档 (*.docx)"),
        }
        suggested = self.files.export_name(".pdf").replace(".pdf", "-绩效自评表.pdf")
        name, chosen = save_file_name(self.window, self.tr("导出绩效自评表"), suggested, ";;".join(filters.values()))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in SELF_EVALUATION_SUFFIXES:
            # No suffix typed (or another one): the type chosen in the dialog decides, PDF by default.
            suffix = next((key for key, label in filters.items() if label == chosen), ".pdf")
            path = Path(f"{name}{suffix}")
        try:
            write_self_evaluation(self.files.session.document, path)
        except DocumentError as problem:
            QMessageBox.critical(self.window, self.tr("导出失败"), str(problem))
            return False
        self.files.exported_to(path)
        self.window.statusBar().showMessage(self.tr("已导出 {path}").format(path=path), EXPORTED_MESSAGE_MS)
        return True

    def compare_with_file(self) -> bool:
        """Ask for a file and list what differs between it and the open declaration (a dialog beside the window)."""
        from PySide6.QtWidgets import QMessageBox

        from gridbudget_gui.ui.file_dialogs import open_file_name

        commit_editors()
        name, _ = open_file_name(
            self.window,
            self.tr("与文件比较"),
            str(self.files.settings.last_folder or Path.home()),
            self.files.open_filter(),
        )
        if not name:
            return False
        path = Path(name)
        try:
            other = load_document(path).document
        except DocumentError as problem:
            QMessageBox.critical(self.window, self.tr("无法比较"), str(problem))
            return False
        from gridbudget_gui.ui.compare_dialog import CompareDialog
        from gridbudget_gui.ui.jump import jump_to

        navigator = cast(Navigator, self.window)  # the main window is the navigator (ui/navigation.py)
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        self.compare_dialog = CompareDialog(
            self.window, other, path, self.files.session.document, lambda where: jump_to(navigator, where)
        )
        self.compare_dialog.show()
        return True

    def next_year(self) -> bool:
        """Open next year's declaration as a new, unsaved document; what to review is in the Problems panel."""
        from PySide6.QtWidgets import QMessageBox

        from gridbudget_gui.domain.rollover import RolloverError, rollover

        commit_editors()
        try:
            document, findings = rollover(self.files.session.document)
        except RolloverError as problem:
            QMessageBox.warning(self.window, self.tr("无法生成下一年度申报"), str(problem))
            return False
        if not self.files.maybe_save():
            return False
        session = DocumentSession(document)
        session.notes = findings
        session.recheck_all()
        self.files.sessionOpened.emit(session)
        self.files.fileChanged.emit()
        return True
