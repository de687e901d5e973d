"""The editor window: a sidebar of pages, the Problems panel, menus, files and undo."""

from __future__ import annotations

import platform
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui import __version__
from gridbudget_gui.domain.checker import count_by_severity
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.resources import example_path
from gridbudget_gui.ui.autosave import Autosaver
from gridbudget_gui.ui.fields import FieldBinder
from gridbudget_gui.ui.find import FindBar
from gridbudget_gui.ui.indicators_page import IndicatorsPage
from gridbudget_gui.ui.jump import jump_to
from gridbudget_gui.ui.models.findings import FindingsModel
from gridbudget_gui.ui.pages import FIELD_LABELS, CostPage, FundingPage, GoalsPage, InfoPage, OtherPage, scrolling
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.settings import LANGUAGES, Settings
from gridbudget_gui.ui.table_page import GridView
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP, translated

PAGE_TITLES = (
    QT_TRANSLATE_NOOP("PageTitles", "基本信息"),
    QT_TRANSLATE_NOOP("PageTitles", "测算明细"),
    QT_TRANSLATE_NOOP("PageTitles", "资金来源"),
    QT_TRANSLATE_NOOP("PageTitles", "总体目标"),
    QT_TRANSLATE_NOOP("PageTitles", "绩效指标"),
    QT_TRANSLATE_NOOP("PageTitles", "保障与签字"),
)
"""The pages in sidebar order; code names them in Chinese, the sidebar shows them translated."""

OPENABLE_SUFFIXES = (".xlsx", ".xls", ".json")


def page_title(title: str) -> str:
    """A page title in the interface language."""
    return translated("PageTitles", title)


class MainWindow(QMainWindow):
    """The GridBudget editor: one declaration at a time."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.resize(1280, 820)
        self.setAcceptDrops(True)
        self.sidebar = QListWidget()
        self.sidebar.addItems([page_title(title) for title in PAGE_TITLES])
        sidebar_font = self.sidebar.font()
        sidebar_font.setPointSizeF(sidebar_font.pointSizeF() * 1.2)
        self.sidebar.setFont(sidebar_font)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 0.5em; }")
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(page_title(title)) for title in PAGE_TITLES)
        self.sidebar.setFixedWidth(widest + 4 * metrics.averageCharWidth() + 8)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.sidebar)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack, 1)
        column.addWidget(self.find_bar)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self.problems = QTableView()
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.problems.activated.connect(self._problem_activated)
        self.problems.clicked.connect(self._problem_activated)
        self.problems_dock = QDockWidget(self.tr("问题"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.session: DocumentSession | None = None
        self.autosave = Autosaver(self)
        self._build_actions()
        self.set_session(DocumentSession(Document(scheme="classic")))
        self.sidebar.setCurrentRow(0)
        self.restore_window_state()

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
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.new_action = self._action(self.tr("新建(&N)"), self.new_document, keys.New)
        self.open_action = self._action(self.tr("打开(&O)…"), self.open_dialog, keys.Open)
        self.example_action = self._action(self.tr("打开示例"), self.open_example, tip=self.tr("2021年“五进网格”项目"))
        self.save_action = self._action(self.tr("保存(&S)"), self.save, keys.Save)
        self.save_as_action = self._action(self.tr("另存为(&A)…"), self.save_as, "Ctrl+Shift+S")
        self.pdf_action = self._action(self.tr("导出 PDF(&E)…"), self.export_pdf, "Ctrl+E")
        self.print_action = self._action(self.tr("打印(&P)…"), self.print_document, keys.Print)
        self.preview_action = self._action(self.tr("打印预览(&V)…"), self.print_preview)
        self.quit_action = self._action(self.tr("退出(&X)"), self.close, keys.Quit)
        self.recent_menu = QMenu(self.tr("最近打开的文件(&R)"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for action in (
            self.new_action,
            self.open_action,
            self.recent_menu.menuAction(),
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
        self.edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        self.cut_action = self._action(self.tr("剪切(&T)"), lambda: self._clipboard("cut"), keys.Cut)
        self.copy_action = self._action(self.tr("复制(&C)"), lambda: self._clipboard("copy"), keys.Copy)
        self.paste_action = self._action(self.tr("粘贴(&P)"), lambda: self._clipboard("paste"), keys.Paste)
        self.find_action = self._action(self.tr("查找(&F)…"), self.find_bar.open_bar, keys.Find)
        self.find_next_action = self._action(self.tr("查找下一个"), self.find_bar.find_next, keys.FindNext)
        self.find_previous_action = self._action(self.tr("查找上一个"), self.find_bar.find_previous, keys.FindPrevious)
        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.page_actions: list[QAction] = []
        for number, title in enumerate(PAGE_TITLES):
            action = self._action(page_title(title), partial(self.show_page, number), f"Ctrl+{number + 1}")
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("下一页"), lambda: self.step_page(1), "Ctrl+PgDown"))
        view_menu.addAction(self._action(self.tr("上一页"), lambda: self.step_page(-1), "Ctrl+PgUp"))
        view_menu.addSeparator()
        self.problems_dock.toggleViewAction().setText(self.tr("问题面板"))
        view_menu.addAction(self.problems_dock.toggleViewAction())
        self.settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        language_menu = self.settings_menu.addMenu(self.tr("界面语言（重新启动后生效）"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self._action(name, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于 GridBudget"), self.about))

    def _rebuild_edit_menu(self, session: DocumentSession) -> None:
        self.edit_menu.clear()
        self.undo_action = session.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = session.undo_stack.createRedoAction(self, self.tr("重做"))
        # Ctrl+Y everywhere, plus the platform's own Redo keys; a key listed twice would make the action's
        # shortcut ambiguous (on Linux the platform's first Redo key is Ctrl+Y itself).
        redo_keys = [QKeySequence("Ctrl+Y")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            self.edit_menu.addAction(action)

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
        self.restore_column_widths()
        for view in (
            self.cost_page.table.view,
            self.funding_page.view,
            *(table.view for table in self.indicators_page.tables.values()),
        ):
            view.messageRequested.connect(self._show_rejection)
        session.changedPaths.connect(lambda _paths: self.find_bar.forget())
        self.find_bar.forget()
        self.autosave.watch(session)
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
        self.setWindowTitle(self.tr("{name}[*] — GridBudget 项目申报书").format(name=self.session.display_name()))
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _show_rejection(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _update_status(self) -> None:
        assert self.session is not None
        counts = count_by_severity(self.session.findings)
        total = format_money(self.session.cost_total)
        self.counts.setText(
            self.tr("错误 {errors}　警告 {warnings}　提示 {infos}　｜　合计 {total} 元").format(
                errors=counts[Severity.ERROR],
                warnings=counts[Severity.WARNING],
                infos=counts[Severity.INFO],
                total=total,
            )
        )
        self.problems_dock.setWindowTitle(self.tr("问题（{count}）").format(count=len(self.session.findings)))

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
            self.tr("保存修改"),
            self.tr("“{name}”有未保存的修改。是否保存？").format(name=self.session.display_name()),
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
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开申报书"), "", self.open_filter())
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
            QMessageBox.critical(self, self.tr("无法打开"), str(problem))
            if path != example_path():
                self.settings.forget_recent_file(path.resolve())
            return False
        if path != example_path():
            self.settings.add_recent_file(path)
        session = DocumentSession(loaded.document, path, foreign=loaded.foreign)
        session.notes = loaded.notes
        session.recheck_all()
        self.set_session(session)
        if loaded.foreign:
            self.statusBar().showMessage(
                self.tr("这是同事制作的工作簿：保存时将另存为 GridBudget 格式，不会改动原文件。"), 10000
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
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("另存为"), suggestion, self.save_filter())
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
            QMessageBox.critical(
                self, self.tr("保存失败"), self.tr("{problem}\n\n文档仍然打开，修改没有丢失。").format(problem=problem)
            )
            return False
        self.session.path = path
        self.session.foreign = False
        self.session.undo_stack.setClean()
        self._update_title()
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(self.tr("已保存到 {path}").format(path=path), 5000)
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
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 PDF"), self._suggested_name(".pdf"), self.tr("PDF 文件 (*.pdf)")
        )
        if not name:
            return False
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        try:
            save_document(self.session.document, path)
        except DocumentError as problem:
            QMessageBox.critical(self, self.tr("导出失败"), str(problem))
            return False
        self.statusBar().showMessage(self.tr("已导出 {path}").format(path=path), 5000)
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

    def about_text(self) -> str:
        """The About box's text: version, what it is for, and the licences of what it bundles."""
        return self.tr(
            "<h3>GridBudget {version}</h3>"
            "<p>区级项目申报书与绩效目标表编辑器。</p>"
            "<p>Qt {qt}，PySide6 {pyside}，Python {python}</p>"
            "<p><b>字体</b>：AR PL UMing（文鼎明体），Arphic Public License，"
            "全文见 resources/fonts/ARPHICPL.TXT。</p>"
            "<p><b>程序库</b>：Qt 与 PySide6（LGPL-3.0），openpyxl（MIT），reportlab（BSD），defusedxml（PSF），"
            "cn2an（MIT），python-stdnum（LGPL-2.1），xlrd（BSD）。</p>"
            "<p>GridBudget 以 MIT 许可发布。</p>"
        ).format(version=__version__, qt=qVersion(), pyside=pyside_version, python=platform.python_version())

    def about(self) -> None:
        """The About box."""
        QMessageBox.about(self, self.tr("关于 GridBudget"), self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing unsaved changes; remember the window's size, docks and column widths."""
        if self.maybe_save():
            self.save_window_state()
            self.autosave.finish()
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

    # Comforts ------------------------------------------------------------------------------------

    def open_filter(self) -> str:
        """The file types the Open dialog offers."""
        return self.tr(
            "申报书 (*.xlsx *.xls *.json);;Excel 工作簿 (*.xlsx *.xls);;GridBudget 文档 (*.json);;所有文件 (*)"
        )

    def save_filter(self) -> str:
        """The file types the Save As dialog offers."""
        return self.tr("Excel 工作簿 (*.xlsx);;GridBudget 文档 (*.json)")

    def show_page(self, number: int) -> None:
        """Show page ``number`` (0-based) and put the cursor in its first field or table."""
        self.sidebar.setCurrentRow(number)
        first: dict[int, QWidget | None] = {
            0: self.binder.widget_for("project.name"),
            1: self.cost_page.table.view,
            2: self.funding_page.view,
            3: self.binder.widget_for("goals.mid_term"),
            4: self.indicators_page.tables["annual"].view,
            5: self.binder.widget_for("project.safeguards"),
        }
        widget = first.get(number)
        if widget is not None:
            widget.setFocus()

    def step_page(self, step: int) -> None:
        """Show the next (+1) or previous (−1) page."""
        self.show_page((self.sidebar.currentRow() + step) % len(PAGE_TITLES))

    def _clipboard(self, operation: str) -> None:
        """Edit → Cut/Copy/Paste: the focused table takes ranges, a text field its own text."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, (GridView, QLineEdit, QPlainTextEdit)):
            focus = focus.parentWidget()
        if isinstance(focus, GridView):
            if operation in ("cut", "copy"):
                focus.copy_cells()
            if operation == "cut":
                focus.clear_cells()
            if operation == "paste":
                focus.paste_cells()
        elif isinstance(focus, (QLineEdit, QPlainTextEdit)):
            getattr(focus, operation)()

    def choose_language(self, code: str) -> None:
        """Settings → Language: remember the choice; it applies from the next start."""
        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        QMessageBox.information(
            self,
            self.tr("界面语言"),
            self.tr("界面语言已改为 {language}，重新启动 GridBudget 后生效。").format(language=LANGUAGES[code]),
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_recent(path))
        if not recent:
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("清除列表"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []

    def open_recent(self, path: Path) -> bool:
        """Open a file from the recent files (asking to save first); a vanished file leaves the list."""
        if not path.exists():
            self.settings.forget_recent_file(path)
            QMessageBox.warning(self, self.tr("无法打开"), self.tr("文件已不存在：{path}").format(path=path))
            return False
        return self.open_path(path, ask=True)

    def restore_window_state(self) -> None:
        """Give the window the size, place and docks it had when it was last closed."""
        geometry = self.settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)

    def _column_tables(self) -> dict[str, QTableView]:
        return {
            "cost": self.cost_page.table.view,
            "indicators": self.indicators_page.tables["annual"].view,
            "problems": self.problems,
        }

    def restore_column_widths(self) -> None:
        """Give the tables the column widths they had last time (the cost table's by column kind)."""
        for name, view in self._column_tables().items():
            widths = self.settings.column_widths(name)
            if name == "cost" and len(widths) == 5:
                model = self.cost_page.model
                kinds = ("name", "value", "unit", "amount", "note")
                for column in range(model.columnCount() - 1):
                    view.setColumnWidth(column, widths[kinds.index(model.column_kind(column))])
                continue
            views: list[QTableView] = [view]
            if name == "indicators":
                views = [table.view for table in self.indicators_page.tables.values()]
            for target in views:
                for column, width in enumerate(widths[: target.model().columnCount()]):
                    if width > 0:
                        target.setColumnWidth(column, width)

    def save_window_state(self) -> None:
        """Remember the window's size, docks and column widths for the next start."""
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for name, view in self._column_tables().items():
            if name == "cost":
                model = self.cost_page.model
                widths = [view.columnWidth(0), view.columnWidth(1), view.columnWidth(2)]
                widths += [view.columnWidth(model.amount_column), view.columnWidth(model.note_column)]
            else:
                widths = [view.columnWidth(column) for column in range(view.model().columnCount())]
            self.settings.set_column_widths(name, widths)
        self.settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a declaration file dragged from the file manager."""
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped file (asking to save the current one first)."""
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path, ask=True)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE_SUFFIXES:
                return Path(url.toLocalFile())
        return None
