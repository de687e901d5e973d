"""The cost table (测算明细): name, factor pairs (number and unit), amount and note, one line per row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate, is_plain_number
from gridbudget_gui.domain.classify import classify_line
from gridbudget_gui.domain.codes import economic_codes
from gridbudget_gui.domain.document import PROCUREMENT_KINDS, CostItem, Factor
from gridbudget_gui.domain.labels import COST_COLUMNS
from gridbudget_gui.domain.money import ZERO, format_money, parse_money, plain_decimal, read_amount, to_money
from gridbudget_gui.domain.numbers import split_quantity
from gridbudget_gui.domain.place import Place
from gridbudget_gui.ui.models.base import READ_ONLY_BRUSH, Index, RowListModel, finding_brush, finding_tooltip
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP, translated

MIN_FACTOR_PAIRS = 1
_MARKED_HEADERS = (
    QT_TRANSLATE_NOOP("CostTableModel", "支出内容"),
    QT_TRANSLATE_NOOP("CostTableModel", "数量"),
    QT_TRANSLATE_NOOP("CostTableModel", "单位"),
    QT_TRANSLATE_NOOP("CostTableModel", "金额（元）"),
    QT_TRANSLATE_NOOP("CostTableModel", "备注"),
    QT_TRANSLATE_NOOP("CostTableModel", "经济分类科目"),
    QT_TRANSLATE_NOOP("CostTableModel", "政府采购"),
)
"""The column titles of ``domain.labels.COST_COLUMNS`` the grid shows, marked for lupdate."""
"""Factor pairs shown even when no line uses them: one, to type the first factor into; more appear when used."""
_FACTORS = attrgetter("factors")
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    )
)


class CostTableModel(RowListModel):
    """The cost lines as a table. Factor cells take arithmetic (45*4-22 → 158) and keep it.

    Columns: 支出内容, then pairs (数量 n, 单位 n) — always one spare pair beyond the longest line, so a
    factor can be added by typing into it — then 金额 (computed, or typed for a lump sum) and 备注.
    """

    NAME_COLUMN = 0
    rejected = Signal(str)
    """A typed value could not be used; the message says why (shown in the status bar)."""
    columnsReshaped = Signal()
    COLUMN_WIDTHS: ClassVar[dict[str, int]] = {
        "name": 240,
        "value": 84,
        "unit": 56,
        "amount": 120,
        "note": 140,
        "economic_class": 120,
        "procurement": 60,
    }

    def __init__(self, session: DocumentSession) -> None:
        self._pairs = MIN_FACTOR_PAIRS
        super().__init__(session, "cost_items")
        self._factor_counts: Counter[int] = Counter()
        """How many lines have each number of factors, kept by the operations: the widest line without a pass."""
        self._pairs = self._wanted_pairs()
        session.changedPaths.connect(self._maybe_reshape)

    def rows(self) -> list[CostItem]:
        """The document's cost lines."""
        return self.session.document.cost_items

    def new_row(self) -> CostItem:
        """An empty cost line."""
        return CostItem()

    def row_label(self, row: int) -> str:
        """The line's name for undo texts."""
        name = self.row_at(row).name
        return f"“{name[:12]}”" if name else self.tr("第{row}行").format(row=row + 1)

    # Columns -------------------------------------------------------------------------------------

    @property
    def factor_pairs(self) -> int:
        """How many factor column pairs the table shows."""
        return self._pairs

    @property
    def amount_column(self) -> int:
        """The 金额 column."""
        return 1 + 2 * self._pairs

    @property
    def note_column(self) -> int:
        """The 备注 column."""
        return self.amount_column + 1

    @property
    def economic_column(self) -> int:
        """The 经济分类科目 column (code + name, picked from the bundled list)."""
        return self.amount_column + 2

    @property
    def procurement_column(self) -> int:
        """The 政府采购 column (货物, 服务, 工程 or empty)."""
        return self.amount_column + 3

    def factor_of(self, column: int) -> tuple[int, str] | None:
        """(factor index, "value" or "unit") for a factor column, else None."""
        if 1 <= column < self.amount_column:
            return (column - 1) // 2, ("value" if (column - 1) % 2 == 0 else "unit")
        return None

    def column_kind(self, column: int) -> str:
        """name, value, unit, amount, note, economic_class or procurement."""
        if column == self.NAME_COLUMN:
            return "name"
        factor = self.factor_of(column)
        if factor is not None:
            return factor[1]
        return ("amount", "note", "economic_class", "procurement")[min(column - self.amount_column, 3)]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """支出内容 + factor pairs + 金额 + 备注 + 经济分类科目 + 政府采购."""
        return 0 if parent.isValid() else 5 + 2 * self._pairs

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles: 支出内容, 数量1, 单位1, …, 金额（元）, 备注."""
        if orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        kind = self.column_kind(section)
        factor = self.factor_of(section)
        # The titles are domain.labels.COST_COLUMNS (shared with the writers), translated here.
        if factor is not None:
            return f"{translated('CostTableModel', COST_COLUMNS[kind])}{factor[0] + 1}"
        return translated("CostTableModel", COST_COLUMNS[kind])

    def rows_swapped(self, removed: Sequence[Any], added: Sequence[Any]) -> None:
        """Keep the count of lines by number of factors."""
        self._factor_counts.subtract(map(len, map(_FACTORS, removed)))
        self._factor_counts.update(map(len, map(_FACTORS, added)))

    def _wanted_pairs(self) -> int:
        counts = self._factor_counts
        if counts.total() != len(self.rows()):  # a new document, or lines changed by other means: count again
            counts.clear()
            counts.update(map(len, map(_FACTORS, self.rows())))
        longest = max((factors for factors, lines in counts.items() if lines > 0), default=0)
        return max(MIN_FACTOR_PAIRS, longest + 1)

    def _maybe_reshape(self, _paths: list[str]) -> None:
        wanted = self._wanted_pairs()
        if wanted == self._pairs:
            return
        old_amount = self.amount_column
        if wanted > self._pairs:
            self.beginInsertColumns(QModelIndex(), old_amount, old_amount + 2 * (wanted - self._pairs) - 1)
            self._pairs = wanted
            self.endInsertColumns()
        else:
            first = 1 + 2 * wanted
            self.beginRemoveColumns(QModelIndex(), first, old_amount - 1)
            self._pairs = wanted
            self.endRemoveColumns()
        self.columnsReshaped.emit()

    def finding_data(self, index: Index, role: int) -> Any:
        """Highlights of the cell, and for a factor's number those of the arithmetic kept with it."""
        found = super().finding_data(index, role)
        factor = self.factor_of(index.column())
        if found is not None or factor is None or factor[1] != "value":
            return found
        findings = self.session.findings_at(Place.cost(index.row(), "expression", factor=factor[0]))
        if not findings:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return finding_brush(findings)
        return finding_tooltip(findings) if role == Qt.ItemDataRole.ToolTipRole else None

    def field_path(self, row: int, column: int) -> str:
        """The JSON path of a cell, to find its findings."""
        factor = self.factor_of(column)
        if factor is not None:
            return str(Place.cost(row, factor[1], factor=factor[0]))
        return str(Place.cost(row, self.column_kind(column)))

    # Data ----------------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable but the amount of a line with factors, and units of absent factors."""
        # Qt asks for every selected cell and every painted one: the flags are constants, no enum arithmetic.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if column == self.amount_column:
            return _READ_ONLY if self.row_at(index.row()).factors else _EDITABLE
        if column < self.amount_column and column % 2 == 0 and column // 2 > len(self.row_at(index.row()).factors):
            return _READ_ONLY  # the unit of a factor the line does not have
        return _EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display and edit texts, alignment, highlights and tooltips."""
        if role not in _ROLES or not index.isValid():  # Qt asks ~10 roles per painted cell: the others cost nothing
            return None
        item = self.row_at(index.row())
        kind = self.column_kind(index.column())
        factor_place = self.factor_of(index.column())
        factor = None
        if factor_place is not None and factor_place[0] < len(item.factors):
            factor = item.factors[factor_place[0]]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            found = self.finding_data(index, role)
            if found is not None:
                return found
            if role == Qt.ItemDataRole.BackgroundRole and self.flags(index) == _READ_ONLY:
                return READ_ONLY_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole and factor is not None and factor.expression:
                return self.tr("算式：{expression} = {value}").format(
                    expression=factor.expression, value=plain_decimal(factor.value)
                )
            if role == Qt.ItemDataRole.ToolTipRole and kind == "amount" and not item.is_lump_sum:
                return self.tr("金额 = 各因子之积（自动计算）")
            if role == Qt.ItemDataRole.ToolTipRole and kind == "economic_class" and not self.is_blank_row(index.row()):
                return self._class_tip(item)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if kind in ("value", "amount") else _LEFT
        if role == Qt.ItemDataRole.FontRole and factor is not None and factor.expression and kind == "value":
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "amount" and self.is_blank_row(index.row()):
                return ""  # the blank row is no line yet: no 0.00 to read as one
            return self._display(item, kind, factor)
        if role == Qt.ItemDataRole.EditRole:
            if kind == "economic_class":
                return item.economic_class
            if kind == "value" and factor is not None:
                return factor.expression or plain_decimal(factor.value)
            if kind == "amount":
                return plain_decimal(item.amount)
            return self._display(item, kind, factor)
        return None

    def _class_tip(self, item: CostItem) -> str:
        """The 经济分类 cell's tip: the code's name, or what 建议经济分类 would put there and why."""
        if item.economic_class:
            name = economic_codes().name(item.economic_class)
            return name or self.tr("{code} 不在随附的经济分类科目表中").format(code=item.economic_class)
        suggestion = classify_line(0, item)
        return self.tr("建议：{code} {name}——{why}").format(
            code=suggestion.code, name=suggestion.class_name, why=suggestion.why
        )

    @staticmethod
    def _display(item: CostItem, kind: str, factor: Factor | None) -> str:
        if kind == "name":
            return item.name
        if kind == "note":
            return item.note
        if kind == "economic_class":
            return economic_codes().label(item.economic_class) if item.economic_class else ""
        if kind == "procurement":
            return item.procurement
        if kind == "amount":
            return format_money(item.amount)
        if factor is None:
            return ""
        if kind == "unit":
            return factor.unit
        if factor.expression and not computes(factor.expression):
            return factor.expression  # text that is not a number is shown as typed
        return format_quantity(factor.value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a cell through an undo command; arithmetic in a factor cell is evaluated and kept."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = "" if value is None else str(value)
        row, column = index.row(), index.column()
        kind = self.column_kind(column)
        item = self.row_at(row)
        label = self.row_label(row)
        if kind in ("name", "note"):
            if getattr(item, kind) == text:
                return False
            self.edit_row(
                row,
                lambda line: setattr(line, kind, text),
                self.tr("编辑{row}的支出内容").format(row=label)
                if kind == "name"
                else self.tr("编辑{row}的备注").format(row=label),
            )
            return True
        if kind in ("economic_class", "procurement"):
            return self._set_system_field(row, kind, text)
        if kind == "amount":
            try:
                amount = read_amount(text)
            except ExpressionError as problem:
                # Not thrown away: kept in the line's note, marked as pasted cells are, for the clerk to fix.
                self.rejected.emit(
                    self.tr("金额“{text}”无法使用：{problem}；原文已保留在备注中").format(text=text, problem=problem)
                )
                mark = self.tr("〔未识别：金额“{text}”〕").format(text=text.strip())
                self.edit_row(
                    row,
                    lambda line: setattr(line, "note", f"{line.note} {mark}".strip()),
                    self.tr("编辑{row}的金额").format(row=label),
                )
                return True
            if amount == item.amount:
                return False
            self.edit_row(
                row, lambda line: setattr(line, "amount", amount), self.tr("编辑{row}的金额").format(row=label)
            )
            return True
        factor_index, part = self.factor_of(column) or (0, "")
        if part == "unit":
            if factor_index >= len(item.factors) or item.factors[factor_index].unit == text.strip():
                return False
            self.edit_row(
                row,
                lambda line: _set_unit(line, factor_index, text.strip()),
                self.tr("编辑{row}的单位").format(row=label),
            )
            return True
        return self._set_factor(row, factor_index, text)

    def _set_system_field(self, row: int, kind: str, text: str) -> bool:
        """Set a line's 经济分类 (the code; ``30226 劳务费`` as shown is taken too) or 政府采购品目."""
        value = text.strip()
        if kind == "economic_class":
            value = value.split()[0] if value else ""
        elif value and value not in PROCUREMENT_KINDS:
            self.rejected.emit(self.tr("政府采购品目应为 货物、服务 或 工程，不是“{text}”").format(text=value))
            return False
        if getattr(self.row_at(row), kind) == value:
            return False
        label = self.row_label(row)
        title = self.tr("编辑{row}的经济分类") if kind == "economic_class" else self.tr("编辑{row}的政府采购品目")
        self.edit_row(row, lambda line: setattr(line, kind, value), title.format(row=label))
        return True

    def _set_factor(self, row: int, factor_index: int, text: str) -> bool:
        item = self.row_at(row)
        label = self.row_label(row)
        if not text.strip():
            if factor_index >= len(item.factors):
                return False
            self.edit_row(
                row, lambda line: _remove_factor(line, factor_index), self.tr("删除{row}的因子").format(row=label)
            )
            return True
        number_text, unit = split_quantity(text)
        try:
            value = evaluate(number_text)
        except ExpressionError:
            # Kept as typed, as a spreadsheet keeps text in a number column: the factor counts as 0 and
            # the checker marks the cell (cost.expression-invalid) until the clerk fixes it.
            value, unit, number_text = ZERO, None, text.strip()
        expression = "" if is_plain_number(number_text) else number_text.strip()
        self.edit_row(
            row,
            lambda line: _set_factor(line, factor_index, value, expression, unit),
            self.tr("编辑{row}的数量").format(row=label),
        )
        return True

    # Pasting ------------------------------------------------------------------------------------

    def paste_targets(self, left: int, width: int) -> list[Any]:
        """What each pasted column fills, as (a column kind, factor index).

        A block pasted at the first column whose width is odd (and not this grid's own width) is read as a
        colleague's cost sheet: 支出内容, then (数量, 单位) pairs however many there are, then 金额 and 备注.
        Otherwise the pasted columns fall on the view's columns (经济分类科目 and 政府采购 among them).
        """
        if left == 0 and width >= 3 and width % 2 == 1 and width != self.columnCount():
            pairs = (width - 3) // 2
            kinds: list[Any] = [("name", 0)]
            for pair in range(pairs):
                kinds += [("value", pair), ("unit", pair)]
            return [*kinds, ("amount", 0), ("note", 0)]
        targets: list[Any] = []
        for column in range(left, left + width):
            factor = self.factor_of(column)
            if column >= self.columnCount():
                targets.append(None)
            elif factor is not None:
                targets.append((factor[1], factor[0]))
            else:
                targets.append((self.column_kind(column), 0))
        return targets

    def paste_row(self, item: CostItem, cells: list[tuple[Any, str]]) -> list[str]:
        """Read a pasted line: names and notes as they are, "158人" and "4,484,040.00" as numbers.

        Cells that cannot be read are listed in the return value and kept in the line's note, marked
        〔未识别…〕, so nothing pasted is lost.
        """
        values: dict[int, str] = {}
        units: dict[int, str] = {}
        amount_text: str | None = None
        unread: list[str] = []
        for (kind, place), text in cells:
            if kind == "name":
                item.name = text.strip()
            elif kind == "note":
                item.note = text.strip()
            elif kind == "economic_class":
                item.economic_class = text.split()[0] if text.strip() else ""
            elif kind == "procurement":
                if text.strip() in ("", *PROCUREMENT_KINDS):
                    item.procurement = text.strip()
                else:
                    unread.append(self.tr("政府采购“{text}”").format(text=text.strip()))
            elif kind == "value":
                values[place] = text
            elif kind == "unit":
                units[place] = text.strip()
            else:
                amount_text = text.strip()
        slots: dict[int, Factor | None] = dict(enumerate(item.factors))
        for place, text in values.items():
            if not text.strip():
                slots[place] = None
                continue
            number_text, unit = split_quantity(text)
            try:
                value = evaluate(number_text)
            except ExpressionError:
                unread.append(self.tr("数量{n}“{text}”").format(n=place + 1, text=text.strip()))
                continue
            expression = "" if is_plain_number(number_text) else number_text.strip()
            old = slots.get(place)
            slots[place] = Factor(value, unit if unit is not None else (old.unit if old else ""), expression)
        for place, unit in units.items():
            factor = slots.get(place)
            if factor is not None:
                factor.unit = unit or factor.unit
            elif unit:
                unread.append(self.tr("单位{n}“{text}”（没有数量）").format(n=place + 1, text=unit))
        item.factors = [factor for _, factor in sorted(slots.items()) if factor is not None]
        item.recompute()
        if amount_text:
            amount = parse_money(amount_text)
            if amount is None:
                try:
                    amount = to_money(evaluate(amount_text))
                except ExpressionError:
                    unread.append(self.tr("金额“{text}”").format(text=amount_text))
            if amount is not None and item.is_lump_sum:
                item.amount = amount
            elif amount is not None and amount != item.amount:
                unread.append(
                    self.tr("金额“{text}”（各因子之积为 {product}）").format(
                        text=amount_text, product=format_money(item.amount)
                    )
                )
        elif amount_text is not None and item.is_lump_sum:
            item.amount = ZERO
        if unread:
            mark = f"〔未识别：{'；'.join(unread)}〕"
            item.note = f"{item.note} {mark}" if item.note else mark
        return unread


def format_quantity(value: Decimal) -> str:
    """A quantity with thousands separators and the places it was given: 2,580, 0.5, 4,500.00."""
    return f"{value:,f}"


@lru_cache(maxsize=1024)
def computes(expression: str) -> bool:
    """True when the arithmetic kept with a factor can be calculated (else it is text shown as typed)."""
    try:
        evaluate(expression)
    except ExpressionError:
        return False
    return True


def _set_factor(line: CostItem, index: int, value: Decimal, expression: str, unit: str | None) -> None:
    if index < len(line.factors):
        factor = line.factors[index]
        factor.value, factor.expression = value, expression
        if unit is not None:
            factor.unit = unit
    else:
        line.factors.append(Factor(value, unit or "", expression))
    line.recompute()


def _set_unit(line: CostItem, index: int, unit: str) -> None:
    line.factors[index].unit = unit


def _remove_factor(line: CostItem, index: int) -> None:
    del line.factors[index]
    line.recompute()
