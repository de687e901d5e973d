"""The editor window: a sidebar of pages, the Problems panel, menus, files and undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QWidget,
)

from gridbudget_gui import __version__
from gridbudget_gui.domain.checker import count_by_severity
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.io.errors import DocumentError
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.resources import example_path
from gridbudget_gui.ui.fields import FieldBinder
from gridbudget_gui.ui.indicators_page import IndicatorsPage
from gridbudget_gui.ui.jump import jump_to
from gridbudget_gui.ui.models.findings import FindingsModel
from gridbudget_gui.ui.pages import FIELD_LABELS, CostPage, FundingPage, GoalsPage, InfoPage, OtherPage, scrolling
from gridbudget_gui.ui.session import DocumentSession

OPEN_FILTER = "申报书 (*.xlsx *.xls *.json);;Excel 工作簿 (*.xlsx *.xls);;GridBudget 文档 (*.json);;所有文件 (*)"
SAVE_FILTER = "Excel 工作簿 (*.xlsx);;GridBudget 文档 (*.json)"
PAGE_TITLES = ("基本信息", "测算明细", "资金来源", "总体目标", "绩效指标", "保障与签字")


class MainWindow(QMainWindow):
    """The GridBudget editor: one declaration at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(1280, 820)
        self.sidebar = QListWidget()
        self.sidebar.addItems(list(PAGE_TITLES))
        self.sidebar.setFixedWidth(120)
        self.sidebar.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.problems = QTableView()
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.problems.activated.connect(self._problem_activated)
        self.problems.clicked.connect(self._problem_activated)
        self.problems_dock = QDockWidget("问题", self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.session: DocumentSession | None = None
        self._build_actions()
        self.set_session(DocumentSession(Document(scheme="classic")))
        self.sidebar.setCurrentRow(0)

    # Building ------------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu("文件(&F)")
        self.new_action = self._action("新建(&N)", self.new_document, keys.New)
        self.open_action = self._action("打开(&O)…", self.open_dialog, keys.Open)
        self.example_action = self._action("打开示例", self.open_example, tip="2021年“五进网格”项目")
        self.save_action = self._action("保存(&S)", self.save, keys.Save)
        self.save_as_action = self._action("另存为(&A)…", self.save_as, "Ctrl+Shift+S")
        self.pdf_action = self._action("导出 PDF(&E)…", self.export_pdf, "Ctrl+E")
        self.print_action = self._action("打印(&P)…", self.print_document, keys.Print)
        self.preview_action = self._action("打印预览(&V)…", self.print_preview)
        self.quit_action = self._action("退出(&X)", self.close, keys.Quit)
        for action in (
            self.new_action,
            self.open_action,
            self.example_action,
            None,
            self.save_action,
            self.save_as_action,
            self.pdf_action,
            None,
            self.print_action,
            self.preview_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu("编辑(&E)")
        view_menu = self.menuBar().addMenu("视图(&V)")
        view_menu.addAction(self.problems_dock.toggleViewAction())
        help_menu = self.menuBar().addMenu("帮助(&H)")
        help_menu.addAction(self._action("关于 GridBudget", self.about))

    def _rebuild_edit_menu(self, session: DocumentSession) -> None:
        self.edit_menu.clear()
        self.undo_action = session.undo_stack.createUndoAction(self, "撤销")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = session.undo_stack.createRedoAction(self, "重做")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session``'s document: new pages, models and undo stack."""
        old = self.session
        self.session = session
        self.binder = FieldBinder(session, FIELD_LABELS)
        self.info_page = InfoPage(session, self.binder)
        self.cost_page = CostPage(session)
        self.funding_page = FundingPage(session)
        self.goals_page = GoalsPage(session, self.binder)
        self.indicators_page = IndicatorsPage(session)
        self.other_page = OtherPage(session, self.binder)
        current = max(self.stack.currentIndex(), 0)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        for page in (
            scrolling(self.info_page),
            self.cost_page,
            self.funding_page,
            scrolling(self.goals_page),
            self.indicators_page,
            scrolling(self.other_page),
        ):
            self.stack.addWidget(page)
        self.stack.setCurrentIndex(current)
        self.findings_model = FindingsModel(session)
        self.problems.setModel(self.findings_model)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems.setColumnWidth(0, 56)
        self.problems.setColumnWidth(2, 190)
        self.problems.setColumnWidth(3, 220)
        self._rebuild_edit_menu(session)
        session.setParent(self)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.findingsChanged.connect(self._update_status)
        for model in (self.cost_page.model, self.funding_page.model):
            model.rejected.connect(self._show_rejection)
        self._update_title()
        self._update_status()
        if old is not None:
            old.deleteLater()

    # Status --------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        assert self.session is not None
        self.setWindowTitle(f"{self.session.display_name()}[*] — GridBudget 项目申报书")
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _show_rejection(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _update_status(self) -> None:
        assert self.session is not None
        counts = count_by_severity(self.session.findings)
        total = format_money(self.session.document.cost_total)
        self.counts.setText(
            f"错误 {counts[Severity.ERROR]}　警告 {counts[Severity.WARNING]}　提示 {counts[Severity.INFO]}　｜　合计 {total} 元"
        )
        self.problems_dock.setWindowTitle(f"问题（{len(self.session.findings)}）")

    def _problem_activated(self, index: object) -> None:
        finding = self.findings_model.finding(index.row())  # type: ignore[attr-defined]
        jump_to(self, finding.where)

    # Files ---------------------------------------------------------------------------------------

    def commit_editors(self) -> None:
        """Commit whatever editor has focus, so that Save and Close see the text just typed."""
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True when it is fine to go on."""
        self.commit_editors()
        assert self.session is not None
        if self.session.undo_stack.isClean():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "保存修改",
            f"“{self.session.display_name()}”有未保存的修改。是否保存？",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def new_document(self) -> None:
        """Start an empty declaration."""
        if self.maybe_save():
            self.set_session(DocumentSession(Document(scheme="classic")))

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self, "打开申报书", "", OPEN_FILTER)
        if name:
            self.open_path(Path(name), ask=False)

    def open_example(self) -> None:
        """Open the built-in example as a new, unsaved declaration."""
        if self.maybe_save() and self.open_path(example_path(), ask=False):
            assert self.session is not None
            self.session.path = None
            self._update_title()

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; on failure show the reader's message and keep what was open."""
        if ask and not self.maybe_save():
            return False
        try:
            loaded = load_document(path)
        except DocumentError as problem:
            QMessageBox.critical(self, "无法打开", str(problem))
            return False
        session = DocumentSession(loaded.document, path, foreign=loaded.foreign)
        session.notes = loaded.notes
        session.recheck_all()
        self.set_session(session)
        if loaded.foreign:
            self.statusBar().showMessage(
                "这是同事制作的工作簿：保存时将另存为 GridBudget 格式，不会改动原文件。", 10000
            )
        return True

    def save(self) -> bool:
        """Save to the current file; a new or colleague's file goes through Save As."""
        assert self.session is not None
        path = self.session.path
        if path is None or self.session.foreign or path.suffix.lower() not in (".xlsx", ".json"):
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        assert self.session is not None
        suggestion = self._suggested_name(".xlsx")
        name, chosen = QFileDialog.getSaveFileName(self, "另存为", suggestion, SAVE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".json"):
            path = path.with_suffix(".json" if "json" in chosen else ".xlsx")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the document to ``path``; on failure explain why and keep it open and modified."""
        assert self.session is not None
        self.commit_editors()
        try:
            save_document(self.session.document, path)
        except DocumentError as problem:
            QMessageBox.critical(self, "保存失败", f"{problem}\n\n文档仍然打开，修改没有丢失。")
            return False
        self.session.path = path
        self.session.foreign = False
        self.session.undo_stack.setClean()
        self._update_title()
        self.statusBar().showMessage(f"已保存到 {path}", 5000)
        return True

    def _suggested_name(self, suffix: str) -> str:
        assert self.session is not None
        if self.session.path is not None:
            return str(self.session.path.with_suffix(suffix))
        document = self.session.document
        stem = (
            "".join(ch for ch in f"{document.year or ''}{document.project.name}" if ch not in '\\/:*?"<>|') or "申报书"
        )
        return str(Path.home() / f"{stem}{suffix}")

    def export_pdf(self) -> bool:
        """Export the declaration as PDF."""
        assert self.session is not None
        self.commit_editors()
        name, _ = QFileDialog.getSaveFileName(self, "导出 PDF", self._suggested_name(".pdf"), "PDF 文件 (*.pdf)")
        if not name:
            return False
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        try:
            save_document(self.session.document, path)
        except DocumentError as problem:
            QMessageBox.critical(self, "导出失败", str(problem))
            return False
        self.statusBar().showMessage(f"已导出 {path}", 5000)
        return True

    def print_document(self) -> None:
        """Print the PDF's pages on a chosen printer."""
        from gridbudget_gui.ui.printing import print_document

        assert self.session is not None
        self.commit_editors()
        print_document(self.session.document, self)

    def print_preview(self) -> None:
        """Show the pages exactly as they will print."""
        from gridbudget_gui.ui.printing import preview_document

        assert self.session is not None
        self.commit_editors()
        preview_document(self.session.document, self)

    def about(self) -> None:
        """The About box."""
        QMessageBox.about(
            self,
            "关于 GridBudget",
            f"<h3>GridBudget {__version__}</h3><p>区级项目申报书与绩效目标表编辑器。</p>"
            "<p>基于 Qt（PySide6, LGPLv3）、openpyxl（MIT）、reportlab（BSD）、cn2an（MIT）、python-stdnum（LGPL）。"
            "字体许可见 resources/fonts。</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing unsaved changes."""
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

    def page(self, title: str) -> QWidget:
        """Show the page called ``title`` and return it."""
        index = PAGE_TITLES.index(title)
        self.sidebar.setCurrentRow(index)
        page = self.stack.widget(index)
        assert page is not None
        return page
