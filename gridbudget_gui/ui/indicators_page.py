"""绩效指标: the 年度 and 中期 matrices, the scheme, and copying one matrix onto the other."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.domain.document import PERIOD_LABELS, Indicator
from gridbudget_gui.domain.library import LibraryEntry
from gridbudget_gui.domain.migrate import migrate_matrix
from gridbudget_gui.domain.schemes import SCHEME_IDS, UnknownSchemeError, get_scheme, is_ordered, ordered_matrix
from gridbudget_gui.domain.targets import OPERATOR_CHOICES
from gridbudget_gui.ui.delegates import ChoiceDelegate
from gridbudget_gui.ui.indicator_library import IndicatorLibraryDialog
from gridbudget_gui.ui.models.indicators import OPERATOR_COLUMN, OPTIONAL_COLUMNS, IndicatorTableModel
from gridbudget_gui.ui.session import DocumentSession, StateCommand
from gridbudget_gui.ui.table_page import RowTable
from gridbudget_gui.ui.translate import domain_word

SchemeState = tuple[str, list[Indicator], list[Indicator]]


class IndicatorsPage(QWidget):
    """Both indicator matrices in tabs (年度 first: it is the one reviewed each year)."""

    def __init__(self, session: DocumentSession) -> None:
        super().__init__()
        self.session = session
        self.scheme_box = QComboBox()
        for scheme_id in SCHEME_IDS:
            self.scheme_box.addItem(domain_word(get_scheme(scheme_id).title), scheme_id)
        # The schemes' titles are long (…财预〔2021〕101号）): the box may shrink, the full title is in the list.
        self.scheme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scheme_box.setMinimumContentsLength(12)
        self._show_scheme()
        self.scheme_box.activated.connect(self._scheme_chosen)
        self.tabs = QTabWidget()
        self.models: dict[str, IndicatorTableModel] = {}
        self.tables: dict[str, RowTable] = {}
        for period in ("annual", "mid_term"):
            model = IndicatorTableModel(session, period)
            table = RowTable(model, self)
            view = table.view
            view.setItemDelegateForColumn(0, ChoiceDelegate(self._level1_choices, view))
            view.setItemDelegateForColumn(1, ChoiceDelegate(partial(self._level2_choices, model), view))
            view.setItemDelegateForColumn(OPERATOR_COLUMN, ChoiceDelegate(lambda _index: list(OPERATOR_CHOICES), view))
            header = view.horizontalHeader()
            for column, width in enumerate((110, 150, 320, 150, 110, 70, 80, 200, 200, 60, 150)):
                view.setColumnWidth(column, width)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.models[period], self.tables[period] = model, table
            self.tabs.addTab(table, self.tr("{period}指标").format(period=domain_word(PERIOD_LABELS[period])))
        copy_down = QPushButton(self.tr("年度 → 中期"))
        copy_down.setToolTip(self.tr("用年度指标替换中期指标（可撤销）"))
        copy_down.clicked.connect(lambda: self.copy_matrix("annual", "mid_term"))
        copy_up = QPushButton(self.tr("中期 → 年度"))
        copy_up.setToolTip(self.tr("用中期指标替换年度指标（可撤销）"))
        copy_up.clicked.connect(lambda: self.copy_matrix("mid_term", "annual"))
        sort = QPushButton(self.tr("按体系排序"))
        sort.setToolTip(self.tr("按指标体系的一级、二级指标顺序排列本表各行，同组内保持原顺序（可撤销）"))
        sort.clicked.connect(self.sort_current)
        top = QHBoxLayout()
        label = QLabel(self.tr("指标体系(&S)："))
        label.setBuddy(self.scheme_box)
        top.addWidget(label)
        titles = [self.scheme_box.itemText(n) for n in range(self.scheme_box.count())]
        widest = max(self.scheme_box.fontMetrics().horizontalAdvance(title) for title in titles)
        self.scheme_box.setMaximumWidth(widest + 48)  # room for the arrow: the whole title when there is space
        top.addWidget(self.scheme_box, 3)
        top.addWidget(sort)
        top.addStretch(1)
        self.all_columns = QCheckBox(self.tr("显示全部列"))
        self.all_columns.setToolTip(self.tr("显示指标解释、评（扣）分标准、权重和备注列（已填写的列总是显示）"))
        self.all_columns.toggled.connect(self.show_columns)
        library = QPushButton(self.tr("指标库…"))
        library.setToolTip(self.tr("从常用指标和历史指标参考中查找指标，双击插入"))
        library.clicked.connect(self.open_library)
        self.library: IndicatorLibraryDialog | None = None
        top.addWidget(copy_down)
        top.addWidget(copy_up)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        tools = QHBoxLayout()  # a row of its own: the top row is as wide as a small window allows
        tools.addWidget(library)
        tools.addWidget(self.all_columns)
        tools.addStretch(1)
        layout.addLayout(tools)
        session.changedPaths.connect(self._changed)
        self.show_columns()

    def _level1_choices(self, _index: QModelIndex | QPersistentModelIndex) -> list[str]:
        scheme = get_scheme(self.session.document.scheme)
        return scheme.level1_names()

    def _level2_choices(self, model: IndicatorTableModel, index: QModelIndex | QPersistentModelIndex) -> list[str]:
        scheme = get_scheme(self.session.document.scheme)
        group = scheme.group(model.row_at(index.row()).level1)
        if group is not None:
            return group.level2_names()
        return [name for g in scheme.groups for name in g.level2_names()]

    def _show_scheme(self) -> None:
        index = self.scheme_box.findData(self.session.document.scheme)
        self.scheme_box.setCurrentIndex(index)

    def _changed(self, paths: list[str]) -> None:
        if "scheme" in paths:
            self._show_scheme()
        if any(path.startswith("indicators") for path in paths) or not paths:
            self.show_columns()

    def library_dialog(self) -> IndicatorLibraryDialog:
        """The 指标库 dialog of this page (one, kept beside the table)."""
        if self.library is None:
            self.library = IndicatorLibraryDialog(lambda: self.session.document, self.insert_entry, self)
        return self.library

    def open_library(self) -> None:
        """Show the 指标库 dialog."""
        self.library_dialog().show()
        self.library_dialog().activateWindow()

    def insert_entry(self, entry: LibraryEntry) -> None:
        """Insert a library entry below the current row of the matrix shown, as one undo step."""
        table = self.tabs.currentWidget()
        period = next(p for p, t in self.tables.items() if t is table)
        model = self.models[period]
        current = self.tables[period].view.currentIndex()
        count = len(model.rows())  # the blank row at the bottom is not a row of the document
        row = min(current.row() + 1, count) if current.isValid() else count
        try:
            scheme = get_scheme(self.session.document.scheme)
        except UnknownSchemeError:
            scheme = get_scheme(SCHEME_IDS[0])
        indicator = entry.to_indicator(scheme)
        model.insert_rows(row, [indicator], self.tr("插入指标“{name}”").format(name=entry.name[:12]))
        self.tables[period].view.setCurrentIndex(model.index(row, 2))

    def show_columns(self) -> None:
        """Show the optional columns (指标解释, 评（扣）分标准, 权重, 备注) that a row uses, or all when asked."""
        every = self.all_columns.isChecked()
        for period, table in self.tables.items():
            model = self.models[period]
            for column in OPTIONAL_COLUMNS:
                table.view.setColumnHidden(column, not (every or model.uses_column(column)))

    def copy_matrix(self, source: str, target: str) -> None:
        """Replace the ``target`` matrix with a copy of the ``source`` one, as one undo step."""
        rows = self.session.document.indicators.matrix(source)
        self.models[target].replace_rows(
            rows,
            self.tr("复制{source}指标到{target}").format(
                source=domain_word(PERIOD_LABELS[source]), target=domain_word(PERIOD_LABELS[target])
            ),
        )
        self.tabs.setCurrentWidget(self.tables[target])

    def sort_current(self) -> None:
        """Order the shown matrix by the scheme's groups, as one undo step (nothing happens when it is in order)."""
        period = next(period for period, table in self.tables.items() if table is self.tabs.currentWidget())
        model = self.models[period]
        scheme_id = self.session.document.scheme
        if not is_ordered(model.rows(), scheme_id):
            model.replace_rows(ordered_matrix(model.rows(), scheme_id), self.tr("按指标体系排序"))

    def _scheme_chosen(self, position: int) -> None:
        scheme_id = self.scheme_box.itemData(position)
        if scheme_id == self.session.document.scheme:
            return
        if not self.switch_scheme(scheme_id, ask=True):
            self._show_scheme()

    def switch_scheme(self, scheme_id: str, ask: bool = True) -> bool:
        """Switch the indicator scheme, moving indicators whose groups change, after explaining the moves."""
        document = self.session.document
        source, target = get_scheme(document.scheme), get_scheme(scheme_id)
        new_mid, notes_mid = migrate_matrix(document.indicators.mid_term, "mid_term", source, target)
        new_annual, notes_annual = migrate_matrix(document.indicators.annual, "annual", source, target)
        # Moved rows join their new group's block: the matrices are put in the new scheme's order.
        new_mid, new_annual = ordered_matrix(new_mid, scheme_id), ordered_matrix(new_annual, scheme_id)
        notes = notes_annual + notes_mid
        if ask:
            detail = "\n".join(notes) if notes else self.tr("所有指标的分组在新体系中都存在，不需要移动。")
            answer = QMessageBox.question(
                self,
                self.tr("切换指标体系"),
                self.tr("切换到“{scheme}”后：\n\n{detail}\n\n切换后可以撤销。是否切换？").format(
                    scheme=domain_word(target.title), detail=detail
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        old: SchemeState = (
            document.scheme,
            [r.copy() for r in document.indicators.mid_term],
            [r.copy() for r in document.indicators.annual],
        )
        new: SchemeState = (scheme_id, new_mid, new_annual)
        self.session.push(
            StateCommand(
                self.tr("切换指标体系为“{scheme}”").format(scheme=domain_word(target.title)),
                self._apply_scheme,
                old,
                new,
            )
        )
        return True

    def _apply_scheme(self, state: SchemeState) -> None:
        scheme_id, mid_term, annual = state
        for model, rows in ((self.models["mid_term"], mid_term), (self.models["annual"], annual)):
            model.beginResetModel()
            model.rows()[:] = [row.copy() for row in rows]
            model.endResetModel()
        self.session.document.scheme = scheme_id
        self.session.changed(["scheme"])
