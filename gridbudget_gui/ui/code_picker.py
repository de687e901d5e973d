"""The budget system's codes in the window: a searchable 经济分类 picker in the cost table (code, name or pinyin
initials), the 政府采购 drop-down, and the 建议经济分类 button (one undo step for all the lines it fills)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gridbudget_gui.domain.codes import CodeList, economic_codes, initials
from gridbudget_gui.domain.document import PROCUREMENT_KINDS
from gridbudget_gui.domain.editing import ReplaceRows

if TYPE_CHECKING:  # the cost table and the rules of classify come with the 测算明细 page, after the first paint
    from gridbudget_gui.ui.models.cost import CostTableModel

Index = QModelIndex | QPersistentModelIndex


def picker_entries(codes: CodeList) -> list[str]:
    """The picker's lines: ``30226 劳务费　lwf`` (code, name and pinyin initials, all searchable); 类 left out."""
    return [f"{code.code} {code.name}　{initials(code.name)}" for code in codes.codes if len(code.code) > 3]


class CodePicker(QComboBox):
    """An editable drop-down of the code list that narrows as the clerk types a code, a name or initials."""

    def __init__(self, codes: CodeList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        entries = picker_entries(codes)
        self.addItems(entries)
        completer = QCompleter(QStringListModel(entries, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def code(self) -> str:
        """The code chosen or typed (the first word), or "" when cleared."""
        text = self.currentText().strip()
        return text.split()[0] if text else ""


class CostCodesDelegate(QStyledItemDelegate):
    """The cost table's editors for its 经济分类 and 政府采购 columns; other columns edit as text."""

    def __init__(self, model: CostTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """The code picker, the 品目 drop-down, or the usual line editor."""
        kind = self.model.column_kind(index.column())
        if kind == "economic_class":
            return CodePicker(economic_codes(), parent)
        if kind == "procurement":
            editor = QComboBox(parent)
            editor.addItems(["", *PROCUREMENT_KINDS])
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the cell's current value."""
        if isinstance(editor, CodePicker):
            code = str(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentText(economic_codes().label(code) if code else "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the code (or 品目) back; the model makes it one undo step."""
        if isinstance(editor, CodePicker):
            model.setData(index, editor.code(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def suggest_codes(model: CostTableModel) -> int:
    """Fill in a suggested 经济分类 on every line without one, as ONE undo step; return how many lines got one."""
    from gridbudget_gui.domain.classify import classify

    document = model.session.document
    suggestions = {s.index: s for s in classify(document) if s.source == "suggested"}
    if not suggestions:
        return 0
    rows = []
    for index, item in enumerate(document.cost_items):
        line = item.copy()
        if index in suggestions and not line.economic_class:
            line.economic_class = suggestions[index].code
        rows.append(line)
    count = len(document.cost_items)
    model.push_operation(
        ReplaceRows("cost_items", 0, count, tuple(rows)),
        model.tr("建议经济分类（{n} 行）").format(n=len(suggestions)),
    )
    return len(suggestions)


def classify_button(model: CostTableModel, parent: QWidget | None = None) -> QPushButton:
    """The 建议经济分类 button: suggested codes on the lines without one; Ctrl+Z takes them all back."""
    button = QPushButton(model.tr("建议经济分类"), parent)
    button.setToolTip(model.tr("按支出内容、单位和金额为没有经济分类科目的行建议科目（已填写的不改动；可撤销）"))
    button.clicked.connect(lambda: suggest_codes(model))
    return button
