"""运行监控: the mid-year 绩效运行监控表 in the window, modelled on the 绩效自评 page.

The money block (监控时点, 执行数) with time progress, execution rate and the alert worked out live; below, the
年度 indicators with 截至监控时点完成值, 全年预计完成值, 偏离度 and alert, and the 偏差原因 and 纠偏措施 to type.
Indicator edits go through the 绩效指标 page's 年度 model (``SetFields``), so one undo stack holds them all.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from gridbudget_gui.domain.dates import parse_date
from gridbudget_gui.domain.document import MONITORING_CAUSES, Indicator, Monitoring
from gridbudget_gui.domain.editing import SetFields
from gridbudget_gui.domain.money import format_money, parse_money, to_money
from gridbudget_gui.domain.monitoring import ALERT_LABELS, MonitoringReport, monitor
from gridbudget_gui.domain.place import Place
from gridbudget_gui.ui.delegates import ChoiceDelegate
from gridbudget_gui.ui.models.base import Index, RowListModel, RowOperationCommand, finding_brush, finding_tooltip
from gridbudget_gui.ui.session import DocumentSession, StateCommand
from gridbudget_gui.ui.table_page import GridView
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP

COLUMNS: tuple[tuple[str, str], ...] = (
    ("level1", QT_TRANSLATE_NOOP("MonitoringModel", "一级指标")),
    ("level2", QT_TRANSLATE_NOOP("MonitoringModel", "二级指标")),
    ("name", QT_TRANSLATE_NOOP("MonitoringModel", "三级指标")),
    ("value", QT_TRANSLATE_NOOP("MonitoringModel", "年度指标值")),
    ("progress", QT_TRANSLATE_NOOP("MonitoringModel", "截至监控时点完成值")),
    ("forecast", QT_TRANSLATE_NOOP("MonitoringModel", "全年预计完成值")),
    ("deviation", QT_TRANSLATE_NOOP("MonitoringModel", "偏离度")),
    ("alert", QT_TRANSLATE_NOOP("MonitoringModel", "预警")),
    ("cause", QT_TRANSLATE_NOOP("MonitoringModel", "偏差原因")),
    ("measure", QT_TRANSLATE_NOOP("MonitoringModel", "纠偏措施")),
)
PROGRESS, FORECAST, DEVIATION, ALERT, CAUSE, MEASURE = 4, 5, 6, 7, 8, 9
_EDITABLE = {PROGRESS, FORECAST, CAUSE, MEASURE}
ALERT_COLOURS = {"red": "#f4c7c3", "yellow": "#fce8b2", "green": "#d9ead3"}


class MonitoringModel(QAbstractTableModel):
    """The 年度 indicators as the 运行监控表 shows them; 偏离度 and alerts are the domain's, after every change."""

    def __init__(self, session: DocumentSession, editor: RowListModel) -> None:
        super().__init__()
        self.session = session
        self.editor = editor
        self.report: MonitoringReport = monitor(session.document)
        self._count = len(self.rows())
        session.changedPaths.connect(self._changed)

    def rows(self) -> list[Indicator]:
        """The 年度 indicators."""
        return self.session.document.indicators.annual

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per 年度 indicator."""
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Ten columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles and row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                QCoreApplication.translate("MonitoringModel", COLUMNS[section][1]) if section < len(COLUMNS) else None
            )
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """完成值, 预计, 原因 and 措施 are typed; the rest is read."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in _EDITABLE else base

    def _progress_of(self, row: int) -> Any:
        return next((item for item in self.report.indicators if item.index == row), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the live 偏离度 and alert, colours and finding highlights."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        field = COLUMNS[column][0]
        item = self._progress_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == DEVIATION:
                return "" if item is None or item.deviation is None else f"{item.deviation}%"
            if column == ALERT:
                return "" if item is None or not item.alert else ALERT_LABELS[item.alert]
            return getattr(self.rows()[row], field)
        if role == Qt.ItemDataRole.BackgroundRole:
            findings = self.session.findings_at(Place.indicator("annual", row, field))
            if findings:
                return finding_brush(findings)
            if column == ALERT and item is not None and item.alert in ALERT_COLOURS:
                return QBrush(QColor(ALERT_COLOURS[item.alert]))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            findings = self.session.findings_at(Place.indicator("annual", row, field))
            if findings:
                return finding_tooltip(findings)
            if column == CAUSE:
                return self.tr("偏差原因：经费保障、制度保障、人员保障、硬件条件保障或其他")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Type a progress, a forecast, a cause or a measure, as one undo step."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in _EDITABLE:
            return False
        row, field = index.row(), COLUMNS[index.column()][0]
        text = "" if value is None else str(value).strip()
        indicator = self.rows()[row]
        if getattr(indicator, field) == text:
            return False
        label = QCoreApplication.translate("MonitoringModel", COLUMNS[index.column()][1])
        name = indicator.name[:12] or self.tr("第{n}个指标").format(n=row + 1)
        operation = SetFields.of("indicators.annual", row, **{field: text})
        self.session.push(
            RowOperationCommand(
                self.editor, operation, self.tr("监控：编辑“{name}”的{field}").format(name=name, field=label)
            )
        )
        return True

    def _changed(self, paths: list[str]) -> None:
        if not any(
            path == "" or path.startswith(("indicators", "monitoring", "funding", "cost_items", "year"))
            for path in paths
        ):
            return
        self.report = monitor(self.session.document)
        count = len(self.rows())
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))


class MonitoringPage(QWidget):
    """The 绩效运行监控表 in the window: every change is one undo step, the figures follow at once."""

    def __init__(self, session: DocumentSession, annual_model: RowListModel) -> None:
        super().__init__()
        self.session = session
        self.model = MonitoringModel(session, annual_model)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CAUSE, ChoiceDelegate(lambda _index: ["", *MONITORING_CAUSES], self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MEASURE, QHeaderView.ResizeMode.Stretch)
        for column in (PROGRESS, FORECAST):  # the two long titles are read whole, not cut at the column's edge
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            self.view.setColumnWidth(column, header.fontMetrics().horizontalAdvance(title) + 24)
        note = QLabel(
            self.tr(
                "年中（7—8月）填写：监控时点和截至该时点的执行数，各年度指标截至监控时点的完成值和全年预计完成值。"
                "执行率低于时间进度的80%为黄色预警、低于60%为红色预警；预警的指标需填写偏差原因和纠偏措施。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText("2021-07-31")
        self.spent = QLineEdit()
        self.spent.setToolTip(self.tr("截至监控时点的执行数，可写 2,000,000.00 或 200万元"))
        self.budget = QLabel()
        self.time_progress = QLabel()
        self.rate = QLabel()
        self.alert = QLabel()
        money = QGroupBox(self.tr("预算执行（元）"))
        grid = QGridLayout(money)
        titles = (
            self.tr("监控时点"),
            self.tr("执行数"),
            self.tr("年度预算数"),
            self.tr("时间进度"),
            self.tr("执行率"),
            self.tr("预警"),
        )
        for column, title in enumerate(titles):
            grid.addWidget(QLabel(title), 0, column)
        for column, widget in enumerate(
            (self.as_of, self.spent, self.budget, self.time_progress, self.rate, self.alert)
        ):
            grid.addWidget(widget, 1, column)
        self.as_of.editingFinished.connect(lambda: self._commit("as_of"))
        self.spent.editingFinished.connect(lambda: self._commit("spent"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(money)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        session.changedPaths.connect(lambda _paths: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the money line as the domain works it out now."""
        block = self.session.document.monitoring
        report = self.model.report
        self._show(self.as_of, block.as_of)
        self._show(self.spent, "" if block.spent is None else format_money(block.spent))
        self.budget.setText(format_money(report.budget))
        self.time_progress.setText("—" if report.time_progress is None else f"{report.time_progress}%")
        self.rate.setText("—" if report.execution_rate is None else f"{report.execution_rate}%")
        self.alert.setText(ALERT_LABELS[report.alert] if report.alert else "—")
        colour = ALERT_COLOURS.get(report.alert)
        self.alert.setStyleSheet(f"background: {colour}; padding: 2px;" if colour else "")

    @staticmethod
    def _show(widget: QLineEdit, text: str) -> None:
        if widget.text() != text and not widget.hasFocus():
            widget.setText(text)

    def _commit(self, field: str) -> None:
        old = self.session.document.monitoring
        new = old.copy()
        if field == "as_of":
            text = self.as_of.text().strip()
            date = parse_date(text) if text else None
            if text and date is None:
                self.message.setText(self.tr("“{text}”不是日期，请写成 2021-07-31").format(text=text))
                return
            new.as_of = date.isoformat() if date is not None else ""
        else:
            text = self.spent.text().strip()
            amount: Decimal | None = None
            if text:
                amount = parse_money(text)
                if amount is None or amount < 0:
                    self.message.setText(self.tr("“{text}”不是金额").format(text=text))
                    return
                amount = to_money(amount)
            new.spent = amount
        if (new.as_of, new.spent) == (old.as_of, old.spent):
            return
        self.message.clear()
        title = self.tr("监控：编辑监控时点") if field == "as_of" else self.tr("监控：编辑执行数")
        self.session.push(StateCommand(title, self._apply, old.copy(), new))

    def _apply(self, monitoring: Monitoring) -> None:
        self.session.document.monitoring = monitoring.copy()
        self.session.changed(["monitoring"])
