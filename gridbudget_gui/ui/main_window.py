"""The editor window: wires the sidebar of pages, the Problems panel, the menus and the file commands together.

The menus live in ``actions``, the file commands in ``document_files``, what is remembered between runs in
``window_state``; find, jump and recovery reach the pages through the ``Navigator`` the window implements.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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

from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.ui.actions import WindowActions
from gridbudget_gui.ui.autosave import Autosaver
from gridbudget_gui.ui.document_files import DocumentFiles, dropped_file, new_declaration
from gridbudget_gui.ui.fields import FieldBinder
from gridbudget_gui.ui.models.base import is_todo
from gridbudget_gui.ui.navigation import Page, PageList
from gridbudget_gui.ui.pages import FIELD_LABELS, CostPage, FundingPage, GoalsPage, InfoPage, OtherPage, scrolling
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

if TYPE_CHECKING:  # imported when first used (the find bar, the Problems panel's model, the pages after the
    # first): not needed for the first paint
    from gridbudget_gui.ui.find import FindBar
    from gridbudget_gui.ui.indicators_page import IndicatorsPage
    from gridbudget_gui.ui.models.findings import FindingsModel
    from gridbudget_gui.ui.monitoring_page import MonitoringPage
    from gridbudget_gui.ui.self_evaluation_page import SelfEvaluationPage

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

    def __init__(self, settings: Settings | None = None, *, pages: bool = True) -> None:
        """The window on a new, empty declaration; with ``pages=False`` its pages wait for the first document
        shown (``set_session``) or ``show_pages`` (the start-up with a file builds one set of pages, not two),
        which builds its first page alone: the others follow with ``finish_pages`` (after the first paint),
        and so do the document's check, the Problems panel and the status bar's counts."""
        super().__init__()
        self.pages_built = False
        self.lazy_pages = not pages
        self._pages_pending: DocumentSession | None = None
        self._findings_model: FindingsModel | None = None
        self._findings_pending = False
        """The first page was shown before the document was checked: finish_pages checks and fills the panel."""
        self._current_page = 0
        self.settings = settings or Settings()
        self.resize(DEFAULT_WINDOW_SIZE)
        self.setAcceptDrops(True)
        self.sidebar = PageList()
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._show_row)
        self._find_bar: FindBar | None = None
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(*CENTRAL_MARGINS)
        row.addWidget(self.sidebar)
        self._page_column = column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack, 1)  # the find bar goes under the pages when first opened
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
            lambda: self.find_bar,
            self.problems_dock,
            self.settings,
            self.show_page,
            self.step_page,
            self.session.undo_stack,
        )
        self.year_actions = YearActions(self, self.files, self.menus.file_menu)
        if pages:
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

    def show_pages(self) -> None:
        """Build the pages of the current document, when a window made with ``pages=False`` has none yet."""
        if not self.pages_built:
            self._show_session(self.session)

    def _show_session(self, session: DocumentSession) -> None:
        # A window made with pages=False shows its first document with the first page alone: the others are
        # built by finish_pages once the window has painted (app.py), or as soon as anything asks for one.
        first_page_only = not self.pages_built and self.lazy_pages
        self.pages_built = True
        self.binder = FieldBinder(session, FIELD_LABELS)
        self.info_page = InfoPage(session, self.binder)
        self._current_page = max(self.stack.currentIndex(), 0)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.stack.addWidget(scrolling(self.info_page))
        self._pages_pending = session
        self._findings_pending = first_page_only
        if not first_page_only:
            self._show_findings(session)
        self.menus.follow_undo_stack(session.undo_stack)
        session.changedPaths.connect(lambda _paths: self._forget_matches())
        self._forget_matches()
        self.autosave.watch(session)
        session.setParent(self)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.findingsChanged.connect(self._update_status)
        session.changedPaths.connect(self._remember_scheme)
        if not first_page_only:
            self.finish_pages()  # after the Problems panel has its model: restore_column_widths sets it too
            self._update_status()
        self._update_title()

    @property
    def find_bar(self) -> FindBar:
        """The find bar under the pages (Ctrl+F), made when first used."""
        if self._find_bar is None:
            from gridbudget_gui.ui.find import FindBar

            self._find_bar = FindBar(self, self)
            self._find_bar.hide()
            self._page_column.addWidget(self._find_bar)
        return self._find_bar

    def _forget_matches(self) -> None:
        if self._find_bar is not None:
            self._find_bar.forget()

    def _show_findings(self, session: DocumentSession) -> None:
        # The Problems panel's model reads the findings: the document is checked here, if it was not yet.
        from gridbudget_gui.ui.models.findings import FindingsModel

        self._findings_model = FindingsModel(session)
        self.findings_model.set_grouped(self.group_by_aspect.isChecked())
        self.problems.setModel(self.findings_model)
        self.problems.horizontalHeader().setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.findings_model.modelReset.connect(self._fit_problem_rows)
        self._fit_problem_rows()
        for number, width in PROBLEM_COLUMN_WIDTHS.items():
            self.problems.setColumnWidth(number, width)

    def _show_row(self, row: int) -> None:
        self.finish_pages()  # a page chosen before the others were built is shown, not lost
        self.stack.setCurrentIndex(row)

    def finish_pages(self) -> None:
        """Build the pages after the first (costs, funding, goals, indicators, signatures, self-evaluation) of
        the document shown, when they wait; nothing when they are built."""
        session, self._pages_pending = self._pages_pending, None
        if session is None:
            return
        first_page_only, self._findings_pending = self._findings_pending, False
        if first_page_only:  # the first paint showed the first page alone, unchecked: check now
            self._show_findings(session)
        from gridbudget_gui.ui.indicators_page import IndicatorsPage
        from gridbudget_gui.ui.monitoring_page import MonitoringPage
        from gridbudget_gui.ui.self_evaluation_page import SelfEvaluationPage

        self._cost_page = CostPage(session)
        self._funding_page = FundingPage(session)
        self._goals_page = GoalsPage(session, self.binder)
        self._indicators_page = IndicatorsPage(session)
        self._other_page = OtherPage(session, self.binder)
        self._self_evaluation_page = SelfEvaluationPage(session, self._indicators_page.models["annual"])
        self._monitoring_page = MonitoringPage(session, self._indicators_page.models["annual"])
        pages = {
            Page.COSTS: self._cost_page,
            Page.FUNDING: self._funding_page,
            Page.GOALS: scrolling(self._goals_page),
            Page.INDICATORS: self._indicators_page,
            Page.SIGNATURES: scrolling(self._other_page),
            Page.MONITORING: self._monitoring_page,
            Page.SELF_EVALUATION: self._self_evaluation_page,
        }
        for page in Page:
            if page is not Page.BASICS:
                self.stack.addWidget(pages[page])
        self.stack.setCurrentIndex(self._current_page)
        restore_column_widths(self.settings, self._remembered_tables())
        for view in (
            self._cost_page.table.view,
            self._funding_page.view,
            *(table.view for table in self._indicators_page.tables.values()),
            self._self_evaluation_page.view,
            self._monitoring_page.view,
        ):
            view.messageRequested.connect(self._show_rejection)
        for model in (self._cost_page.model, self._funding_page.model):
            model.rejected.connect(self._show_rejection)
        if first_page_only:
            self._update_status()

    @property
    def findings_model(self) -> FindingsModel:
        """The Problems panel's rows, a new model per document shown (the document checked now if it waits)."""
        if self._findings_pending:
            self.finish_pages()
        assert self._findings_model is not None
        return self._findings_model

    @property
    def cost_page(self) -> CostPage:
        """The 测算明细 page (built now if it waits)."""
        self.finish_pages()
        return self._cost_page

    @property
    def funding_page(self) -> FundingPage:
        """The 资金来源 page (built now if it waits)."""
        self.finish_pages()
        return self._funding_page

    @property
    def goals_page(self) -> GoalsPage:
        """The 绩效目标 page (built now if it waits)."""
        self.finish_pages()
        return self._goals_page

    @property
    def indicators_page(self) -> IndicatorsPage:
        """The 绩效指标 page (built now if it waits)."""
        self.finish_pages()
        return self._indicators_page

    @property
    def other_page(self) -> OtherPage:
        """The page of safeguards and signatures (built now if it waits)."""
        self.finish_pages()
        return self._other_page

    @property
    def monitoring_page(self) -> MonitoringPage:
        """The 运行监控 page (built now if it waits)."""
        self.finish_pages()
        return self._monitoring_page

    @property
    def self_evaluation_page(self) -> SelfEvaluationPage:
        """The 绩效自评 page (built now if it waits)."""
        self.finish_pages()
        return self._self_evaluation_page

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
        from gridbudget_gui.domain.checker import count_by_severity  # with the first check, after the first paint

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
        from gridbudget_gui.ui.jump import jump_to

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
        if self._pages_pending is not None:
            # Closed before its first paint was over (--smoke): nothing was arranged yet, and building six
            # pages only to read their column widths would double the time to exit.
            return
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
