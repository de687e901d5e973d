"""Cell editors: drop-downs of indicator groups from the document's scheme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """An editable drop-down whose choices depend on the row (level-2 groups follow the row's level 1)."""

    def __init__(self, choices: Callable[[Index], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box with the scheme's groups; other text may still be typed."""
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(self._choices(index))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the cell's current text."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the chosen text back."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
