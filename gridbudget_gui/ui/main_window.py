"""The editor window: wires the sidebar of pages, the Problems panel, the menus and the file commands together.

The menus live in ``actions``, the file commands in ``document_files``, what is remembered between runs in
``window_state``; find, jump and recovery reach the pages through the ``Navigator`` the window implements.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.domain.checker import count_by_severity
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.ui.actions import WindowActions
from gridbudget_gui.ui.autosave import Autosaver
from gridbudget_gui.ui.document_files import DocumentFiles, dropped_file, new_declaration
from gridbudget_gui.ui.fields import FieldBinder
from gridbudget_gui.ui.find import FindBar
from gridbudget_gui.ui.indicators_page import IndicatorsPage
from gridbudget_gui.ui.jump import jump_to
from gridbudget_gui.ui.models.base import is_todo
from gridbudget_gui.ui.models.findings import FindingsModel
from gridbudget_gui.ui.monitoring_page import MonitoringPage
from gridbudget_gui.ui.navigation import Page, PageList
from gridbudget_gui.ui.pages import FIELD_LABELS, CostPage, FundingPage, GoalsPage, InfoPage, OtherPage, scrolling
from gridbudget_gui.ui.self_evaluation_page import SelfEvaluationPage
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.settings import Settings
from gridbudget_gui.ui.window_state import (
    DEFAULT_WINDOW_SIZE,
    PROBLEM_COLUMN_WIDTHS,
    PROBLEMS_PANEL_HEIGHT,
    RememberedTables,
    restore_column_widths,
    restore_window_state,
    save_window_state,
)
from gridbudget_gui.ui.year_actions import YearActions

MESSAGE_COLUMN = 1
"""The Problems panel's message column, which takes the width the others leave."""
REJECTION_MESSAGE_MS = 8_000
FITTED_PROBLEM_ROWS = 400
"""Up to this many findings, the Problems panel's rows grow to show wrapped messages whole."""
AUTOSAVE_FAILED_MESSAGE_MS = 10_000
CENTRAL_MARGINS = (4, 4, 4, 0)
"""Left, top, right, bottom around the sidebar and the pages; the Problems panel follows with no gap."""


class MainWindow(QMainWindow):
    """The GridBudget editor: one declaration at a time."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.resize(DEFAULT_WINDOW_SIZE)
        self.setAcceptDrops(True)
        self.sidebar = PageList()
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.find_bar = FindBar(self, self)
        self.find_bar.hide()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(*CENTRAL_MARGINS)
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
        self.problems.setWordWrap(True)  # long messages wrap instead of being cut off
        self.problems.activated.connect(self._problem_activated)
        self.problems.clicked.connect(self._problem_activated)
        self.group_by_aspect = QAction(self.tr("按审核方面分组"), self)  # the panel's context menu
        self.group_by_aspect.setCheckable(True)
        self.group_by_aspect.toggled.connect(lambda on: self.findings_model.set_grouped(on))  # noqa: PLW0108 (a new model per document)
        self.problems.addAction(self.group_by_aspect)
        self.problems.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.problems_dock = QDockWidget(self.tr("问题"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [PROBLEMS_PANEL_HEIGHT], Qt.Orientation.Vertical)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.session = DocumentSession(new_declaration(self.settings.last_scheme))
        self.autosave = Autosaver(self)
        self.autosave.saveFailed.connect(lambda text: self.statusBar().showMessage(text, AUTOSAVE_FAILED_MESSAGE_MS))
        self.files = DocumentFiles(self, self.settings, lambda: self.session)
        self.files.sessionOpened.connect(self.set_session)
        self.files.fileChanged.connect(self._update_title)
        self.menus = WindowActions(
            self,
            self.files,
            self.find_bar,
            self.problems_dock,
            self.settings,
            self.show_page,
            self.step_page,
            self.session.undo_stack,
        )
        self.year_actions = YearActions(self, self.files, self.menus.file_menu)
        self._show_session(self.session)
        self.sidebar.setCurrentRow(0)
        restore_window_state(self, self.settings)

    # The document --------------------------------------------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session``'s document: new pages, models and undo stack."""
        old, self.session = self.session, session
        self._show_session(session)
        if old is not session:
            old.deleteLater()

    def _show_session(self, session: DocumentSession) -> None:
        self.binder = FieldBinder(session, FIELD_LABELS)
        self.info_page = InfoPage(session, self.binder)
        self.cost_page = CostPage(session)
        self.funding_page = FundingPage(session)
        self.goals_page = GoalsPage(session, self.binder)
        self.indicators_page = IndicatorsPage(session)
        self.other_page = OtherPage(session, self.binder)
        self.self_evaluation_page = SelfEvaluationPage(session, self.indicators_page.models["annual"])
        self.monitoring_page = MonitoringPage(session, self.indicators_page.models["annual"])
        current = max(self.stack.currentIndex(), 0)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        pages = {
            Page.BASICS: scrolling(self.info_page),
            Page.COSTS: self.cost_page,
            Page.FUNDING: self.funding_page,
            Page.GOALS: scrolling(self.goals_page),
            Page.INDICATORS: self.indicators_page,
            Page.SIGNATURES: scrolling(self.other_page),
            Page.MONITORING: self.monitoring_page,
            Page.SELF_EVALUATION: self.self_evaluation_page,
        }
        for page in Page:
            self.stack.addWidget(pages[page])
        self.stack.setCurrentIndex(current)
        self.findings_model = FindingsModel(session)
        self.findings_model.set_grouped(self.group_by_aspect.isChecked())
        self.problems.setModel(self.findings_model)
        self.problems.horizontalHeader().setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.findings_model.modelReset.connect(self._fit_problem_rows)
        self._fit_problem_rows()
        for number, width in PROBLEM_COLUMN_WIDTHS.items():
            self.problems.setColumnWidth(number, width)
        self.menus.follow_undo_stack(session.undo_stack)
        restore_column_widths(self.settings, self._remembered_tables())
        for view in (
            self.cost_page.table.view,
            self.funding_page.view,
            *(table.view for table in self.indicators_page.tables.values()),
            self.self_evaluation_page.view,
            self.monitoring_page.view,
        ):
            view.messageRequested.connect(self._show_rejection)
        session.changedPaths.connect(lambda _paths: self.find_bar.forget())
        self.find_bar.forget()
        self.autosave.watch(session)
        session.setParent(self)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.findingsChanged.connect(self._update_status)
        session.changedPaths.connect(self._remember_scheme)
        for model in (self.cost_page.model, self.funding_page.model):
            model.rejected.connect(self._show_rejection)
        self._update_title()
        self._update_status()

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; on failure show the reader's message and keep what was open."""
        return self.files.open_path(path, ask)

    def open_example(self) -> None:
        """Open the built-in example as a new, unsaved declaration."""
        self.files.open_example()

    # Status --------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        session = self.session
        # An unsaved declaration (the example, a new one) is called by its project once it has one.
        name = session.display_name() if session.path is not None else session.document.project.name.strip()
        name = name or session.display_name()
        self.setWindowTitle(self.tr("{name}[*] — GridBudget 项目申报书").format(name=name))
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _show_rejection(self, message: str) -> None:
        self.statusBar().showMessage(message, REJECTION_MESSAGE_MS)

    def _fit_problem_rows(self) -> None:
        # Wrapped messages need their rows' heights, kept as the panel is resized; past a few hundred
        # findings that costs more than it helps, and the rows keep one line (the tooltip has the rest).
        fits = self.findings_model.rowCount() <= FITTED_PROBLEM_ROWS
        mode = QHeaderView.ResizeMode.ResizeToContents if fits else QHeaderView.ResizeMode.Fixed
        self.problems.verticalHeader().setSectionResizeMode(mode)

    def _remember_scheme(self, paths: list[str]) -> None:
        if "scheme" in paths:
            self.settings.last_scheme = self.session.document.scheme

    def _update_status(self) -> None:
        document = self.session.document
        todo = [finding for finding in self.session.findings if is_todo(finding, document)]
        counts = count_by_severity([finding for finding in self.session.findings if not is_todo(finding, document)])
        total = format_money(self.session.cost_total)
        text = self.tr("错误 {errors}　警告 {warnings}　提示 {infos}").format(
            errors=counts[Severity.ERROR], warnings=counts[Severity.WARNING], infos=counts[Severity.INFO]
        )
        if todo:
            rows = {(finding.where.table, finding.where.row) for finding in todo}
            text += self.tr("　待填 {rows} 行").format(rows=len(rows))
        self.counts.setText(text + self.tr("　｜　合计 {total} 元").format(total=total))
        problems = len(self.session.findings) - len(todo)  # the skeleton's blanks are to do, not problems
        self.problems_dock.setWindowTitle(self.tr("问题（{count}）").format(count=problems))

    def _problem_activated(self, index: QModelIndex) -> None:
        jump_to(self, self.findings_model.finding(index.row()).where)

    # Pages (the Navigator) -----------------------------------------------------------------------

    def page(self, page: Page) -> QWidget:
        """Show ``page`` and return its widget."""
        self.sidebar.setCurrentRow(page.number)
        widget = self.stack.widget(page.number)
        assert widget is not None
        return widget

    def page_of(self, widget: QWidget) -> Page | None:
        """The page that holds ``widget``, if any."""
        for page in Page:
            holder = self.stack.widget(page.number)
            if holder is not None and holder.isAncestorOf(widget):
                return page
        return None

    def show_page(self, page: Page) -> None:
        """Show ``page`` and put the cursor in its first field or table (Ctrl+1 … Ctrl+6)."""
        self.page(page)
        first: dict[Page, QWidget | None] = {
            Page.BASICS: self.binder.widget_for("project.name"),
            Page.COSTS: self.cost_page.table.view,
            Page.FUNDING: self.funding_page.view,
            Page.GOALS: self.binder.widget_for("goals.mid_term"),
            Page.INDICATORS: self.indicators_page.tables["annual"].view,
            Page.SIGNATURES: self.binder.widget_for("project.safeguards"),
            Page.MONITORING: self.monitoring_page.view,
            Page.SELF_EVALUATION: self.self_evaluation_page.view,
        }
        widget = first[page]
        if widget is not None:
            widget.setFocus()

    def step_page(self, step: int) -> None:
        """Show the next (+1) or previous (−1) page."""
        self.show_page(Page.at((self.sidebar.currentRow() + step) % len(Page)))

    # Closing and dropping ------------------------------------------------------------------------

    def _remembered_tables(self) -> RememberedTables:
        return RememberedTables(
            cost=self.cost_page.table.view,
            cost_model=self.cost_page.model,
            indicators=tuple(self.indicators_page.tables[period].view for period in ("annual", "mid_term")),
            problems=self.problems,
        )

    def save_window_state(self) -> None:
        """Remember the window's size, docks and column widths for the next start."""
        save_window_state(self, self.settings, self._remembered_tables())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before losing unsaved changes; remember the window's size, docks and column widths."""
        if self.files.maybe_save():
            self.save_window_state()
            self.autosave.finish()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a declaration file dragged from the file manager."""
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped file (asking to save the current one first)."""
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path, ask=True)
