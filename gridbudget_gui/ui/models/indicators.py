"""An indicator matrix (中期 or 年度): 一级指标, 二级指标, 三级指标, 指标值 and the parsed reading of the value."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from gridbudget_gui.domain.document import Indicator
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.targets import parse_target
from gridbudget_gui.ui.models.base import READ_ONLY_BRUSH, Index, RowListModel
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP

FIELDS: tuple[str, ...] = ("level1", "level2", "name", "value")
FIELD_LABELS = {
    "level1": QT_TRANSLATE_NOOP("IndicatorTableModel", "一级指标"),
    "level2": QT_TRANSLATE_NOOP("IndicatorTableModel", "二级指标"),
    "name": QT_TRANSLATE_NOOP("IndicatorTableModel", "三级指标"),
    "value": QT_TRANSLATE_NOOP("IndicatorTableModel", "指标值"),
}
PARSED_COLUMN = 4


class IndicatorTableModel(RowListModel):
    """One indicator matrix; the last column shows how the value reads (≥ 95 %, or 定性)."""

    HEADERS: ClassVar[tuple[str, ...]] = (*FIELD_LABELS.values(), QT_TRANSLATE_NOOP("IndicatorTableModel", "解析"))

    def __init__(self, session: DocumentSession, period: str) -> None:
        self.period = period
        super().__init__(session, str(Place.indicator(period)))

    def rows(self) -> list[Indicator]:
        """The matrix of this model's period."""
        return self.session.document.indicators.matrix(self.period)

    def new_row(self) -> Indicator:
        """An empty indicator."""
        return Indicator()

    def row_label(self, row: int) -> str:
        """The indicator's name for undo texts."""
        name = self.row_at(row).name
        return self.tr("指标“{name}”").format(name=name[:12]) if name else self.tr("第{n}个指标").format(n=row + 1)

    def field_path(self, row: int, column: int) -> str:
        """The JSON path of a cell."""
        field = FIELDS[min(column, len(FIELDS) - 1)]
        return str(Place.indicator(self.period, row, field))

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The parsed column is read-only."""
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return base if index.column() == PARSED_COLUMN else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the parsed value, highlights and tooltips."""
        if not index.isValid():
            return None
        indicator = self.row_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PARSED_COLUMN:
                return parse_target(indicator.value).describe()
            return getattr(indicator, FIELDS[column])
        if column == PARSED_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return READ_ONLY_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("指标值的解析：运算符、数值和单位；文字描述为“定性”")
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            return self.finding_data(index, role)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit one field of an indicator through an undo command."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == PARSED_COLUMN:
            return False
        field = FIELDS[index.column()]
        text = "" if value is None else str(value).strip()
        row = index.row()
        if getattr(self.row_at(row), field) == text:
            return False

        def change(indicator: Indicator) -> None:
            setattr(indicator, field, text)

        self.edit_row(
            row,
            change,
            self.tr("编辑{row}的{field}").format(row=self.row_label(row), field=self.tr(FIELD_LABELS[field])),
        )
        return True

    def paste_row(self, item: Indicator, cells: list[tuple[Any, str]]) -> list[str]:
        """Pasted texts go into the four text fields; the parsed column is derived and ignores them."""
        for column, text in cells:
            if column < PARSED_COLUMN:
                setattr(item, FIELDS[column], text.strip())
        return []

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Five columns."""
        return 0 if parent.isValid() else len(self.HEADERS)
