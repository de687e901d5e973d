"""An indicator matrix (中期 or 年度): 一级指标, 二级指标, 三级指标, 指标值, the parsed reading of the value, and
the 一体化 system's columns: 计算符号, 计量单位 (filled from the value, and rewriting it when changed), 指标解释,
评（扣）分标准, 权重, 备注."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from gridbudget_gui.domain.document import Indicator
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.targets import (
    OPERATOR_CHOICES,
    QUALITATIVE,
    operator_and_unit,
    parse_target,
    shown_operator_and_unit,
    with_operator_and_unit,
)
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
EXTRA_FIELDS: tuple[str, ...] = ("operator", "unit", "explanation", "scoring", "weight", "note")
EXTRA_LABELS = {
    "operator": QT_TRANSLATE_NOOP("IndicatorTableModel", "计算符号"),
    "unit": QT_TRANSLATE_NOOP("IndicatorTableModel", "计量单位"),
    "explanation": QT_TRANSLATE_NOOP("IndicatorTableModel", "指标解释"),
    "scoring": QT_TRANSLATE_NOOP("IndicatorTableModel", "评（扣）分标准"),
    "weight": QT_TRANSLATE_NOOP("IndicatorTableModel", "权重"),
    "note": QT_TRANSLATE_NOOP("IndicatorTableModel", "备注"),
}
COLUMN_FIELDS: tuple[str, ...] = (*FIELDS, "", *EXTRA_FIELDS)
"""The field of each column ("" for the parsed reading)."""
OPERATOR_COLUMN = COLUMN_FIELDS.index("operator")
UNIT_COLUMN = COLUMN_FIELDS.index("unit")
OPTIONAL_COLUMNS: tuple[int, ...] = tuple(COLUMN_FIELDS.index(f) for f in ("explanation", "scoring", "weight", "note"))
"""Columns shown only when a row uses them (or the clerk asks for all)."""


class IndicatorTableModel(RowListModel):
    """One indicator matrix; the last column shows how the value reads (≥ 95 %, or 定性)."""

    HEADERS: ClassVar[tuple[str, ...]] = (
        *FIELD_LABELS.values(),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "解析"),
        *EXTRA_LABELS.values(),
    )

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
        field = COLUMN_FIELDS[column] or "value"  # the parsed reading is the value's
        return str(Place.indicator(self.period, row, field))

    def uses_column(self, column: int) -> bool:
        """True when some row has a text in ``column`` (an optional column is then shown)."""
        field = COLUMN_FIELDS[column]
        return bool(field) and any(getattr(row, field) for row in self.rows())

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
            if column in (OPERATOR_COLUMN, UNIT_COLUMN):
                # read from the value when the file had none (an older declaration), as every output prints them
                operator, unit = shown_operator_and_unit(indicator.value, indicator.operator, indicator.unit)
                return operator if column == OPERATOR_COLUMN else unit
            return getattr(indicator, COLUMN_FIELDS[column])
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
        field = COLUMN_FIELDS[index.column()]
        text = "" if value is None else str(value).strip()
        row = index.row()
        old = self.row_at(row)
        if getattr(old, field) == text and field not in ("operator", "unit"):
            return False
        updated = _consistent(old, field, text)
        if updated is None or all(getattr(old, key) == new for key, new in updated.items()):
            return False

        def change(indicator: Indicator) -> None:
            for key, new in updated.items():
                setattr(indicator, key, new)

        self.edit_row(
            row,
            change,
            self.tr("编辑{row}的{field}").format(row=self.row_label(row), field=self.tr(_label(field))),
        )
        return True

    def paste_row(self, item: Indicator, cells: list[tuple[Any, str]]) -> list[str]:
        """Pasted texts go into the four text fields; the parsed column is derived and ignores them."""
        for column, text in cells:
            field = COLUMN_FIELDS[column] if column < len(COLUMN_FIELDS) else ""
            if field:
                setattr(item, field, text.strip())
        if any(column == FIELDS.index("value") for column, _ in cells):
            item.operator, item.unit = operator_and_unit(item.value)
        return []

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """The four texts, the parsed reading and the 一体化 system's six columns."""
        return 0 if parent.isValid() else len(self.HEADERS)


def _label(field: str) -> str:
    return FIELD_LABELS.get(field) or EXTRA_LABELS[field]


def _consistent(indicator: Indicator, field: str, text: str) -> dict[str, str] | None:
    """The fields an edit sets so that value, 计算符号 and 计量单位 agree; None when the edit cannot be made.

    A value typed sets the operator and unit it reads as; an operator or unit chosen rewrites a value that is a
    figure (≥95% with ≤ → ≤95%); 定性 cannot be chosen for a figure, nor a figure's operator for words.
    """
    if field == "value":
        operator, unit = operator_and_unit(text)
        return {"value": text, "operator": operator, "unit": unit}
    if field not in ("operator", "unit"):
        return {field: text}
    if field == "operator" and text not in OPERATOR_CHOICES and text:
        text = operator_and_unit(f"{text}1")[0]  # typed as >= or 不低于: the symbol
        if text not in OPERATOR_CHOICES:
            return None
    current_operator, current_unit = operator_and_unit(indicator.value)
    if current_operator in ("", QUALITATIVE):
        if field == "operator" and current_operator == QUALITATIVE and text != QUALITATIVE:
            return None  # words have no operator: the value is typed as a figure first
        return {field: text}
    if field == "operator" and (text == QUALITATIVE or not text):
        return None
    operator = text if field == "operator" else current_operator
    unit = text if field == "unit" else current_unit
    return {"value": with_operator_and_unit(indicator.value, operator, unit), "operator": operator, "unit": unit}
