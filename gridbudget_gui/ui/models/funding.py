"""资金来源: the 中期 and 年度 rows × 总投入 and the five sources."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate
from gridbudget_gui.domain.document import PERIOD_LABELS, PERIODS, SOURCE_KEYS, SOURCE_LABELS, FundingRow
from gridbudget_gui.domain.money import format_money, parse_money, plain_decimal, read_amount, to_money
from gridbudget_gui.domain.place import Place
from gridbudget_gui.ui.models.base import Index, finding_brush, finding_tooltip
from gridbudget_gui.ui.session import DocumentSession, StateCommand
from gridbudget_gui.ui.translate import domain_word

COLUMNS: tuple[str, ...] = ("total", *SOURCE_KEYS)


class FundingModel(QAbstractTableModel):
    """The funding grid. Editing a source recomputes 总投入 in the same undo step; 总投入 stays editable."""

    rejected = Signal(str)

    def __init__(self, session: DocumentSession) -> None:
        super().__init__()
        self.session = session
        session.findingsChanged.connect(self._repaint)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """中期 and 年度."""
        return 0 if parent.isValid() else len(PERIODS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """总投入 and the five sources."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Source names across, 中期/年度资金来源（元） down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return domain_word(SOURCE_LABELS[COLUMNS[section]])
        return self.tr("{period}资金来源（元）").format(period=domain_word(PERIOD_LABELS[PERIODS[section]]))

    def field_path(self, row: int, column: int) -> str:
        """The JSON path of a cell."""
        return str(Place.funding(PERIODS[row], COLUMNS[column]))

    def flags(self, index: Index) -> Qt.ItemFlag:
        """All cells are editable; the root has no flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def _row(self, row: int) -> FundingRow:
        return self.session.document.funding.row(PERIODS[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Amounts with separators; highlights from the findings."""
        if not index.isValid():
            return None
        amount = self._row(index.row()).get(COLUMNS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(amount)
        if role == Qt.ItemDataRole.EditRole:
            return plain_decimal(amount)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            findings = self.session.findings_at(self.field_path(index.row(), index.column()))
            if findings:
                return finding_brush(findings) if role == Qt.ItemDataRole.BackgroundRole else finding_tooltip(findings)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
                return self.tr("总投入 = 各来源之和（修改来源时自动更新）")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set an amount (typed as 5,345,800.00, 534.58万元 or arithmetic) through an undo command."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip() or "0"
        try:
            amount = read_amount(text)
        except ExpressionError as problem:
            self.rejected.emit(self.tr("金额“{text}”无法使用：{problem}").format(text=text, problem=problem))
            return False
        period, key = PERIODS[index.row()], COLUMNS[index.column()]
        row = self._row(index.row())
        if row.get(key) == amount:
            return False
        old = row.copy()
        new = row.copy()
        new.set(key, amount)
        if key != "total" and old.total == old.sources_sum():
            new.total = new.sources_sum()
        self.session.push(
            StateCommand(
                self.tr("编辑{period}{source}").format(
                    period=domain_word(PERIOD_LABELS[period]), source=domain_word(SOURCE_LABELS[key])
                ),
                lambda state: self._apply(period, state),
                old,
                new,
            )
        )
        return True

    def paste(self, top: int, left: int, grid: list[list[str]]) -> list[str]:
        """Paste amounts into the grid as one undo step; cells that are not money are listed, not applied."""
        old = [self._row(row).copy() for row in range(len(PERIODS))]
        new = [row.copy() for row in old]
        problems: list[str] = []
        for offset, line in enumerate(grid):
            row = top + offset
            for column_offset, text in enumerate(line):
                column = left + column_offset
                if row >= len(PERIODS) or column >= len(COLUMNS):
                    if text.strip():
                        problems.append(self.tr("“{text}”（超出表格）").format(text=text))
                    continue
                amount = parse_money(text.strip() or "0")
                if amount is None:
                    try:
                        amount = to_money(evaluate(text))
                    except ExpressionError:
                        label = domain_word(PERIOD_LABELS[PERIODS[row]]) + domain_word(SOURCE_LABELS[COLUMNS[column]])
                        problems.append(f"{label}“{text}”")
                        continue
                new[row].set(COLUMNS[column], amount)
            if 0 <= row < len(PERIODS) and left > 0 and old[row].total == old[row].sources_sum():
                new[row].total = new[row].sources_sum()
        if any(a.get(key) != b.get(key) for a, b in zip(old, new, strict=True) for key in COLUMNS):
            self.session.push(StateCommand(self.tr("粘贴资金来源"), self._apply_both, old, new))
        return problems

    def _apply_both(self, states: list[FundingRow]) -> None:
        for period, state in zip(PERIODS, states, strict=True):
            self._apply(period, state, recheck=False)
        self.session.changed([Place.funding(period) for period in PERIODS])  # both rows, one re-check

    def _apply(self, period: str, state: FundingRow, recheck: bool = True) -> None:
        row = self.session.document.funding.row(period)
        for key in COLUMNS:
            row.set(key, state.get(key))
        index = PERIODS.index(period)
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))
        if recheck:
            self.session.changed([Place.funding(period)])

    def _repaint(self) -> None:
        if not any(where.startswith("funding") for where in self.session.moved_places):
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(PERIODS) - 1, len(COLUMNS) - 1))

    def total(self, period: str) -> Decimal:
        """总投入 of a period."""
        return self.session.document.funding.row(period).total
