"""The legal basis (``project.basis``): an editable list of documents, each change one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gridbudget_gui.ui.language import field_in_sentence
from gridbudget_gui.ui.session import DocumentSession, StateCommand


class BasisList(QWidget):
    """The legal-basis documents as a list: double-click to edit, buttons to add, remove and reorder."""

    def __init__(self, session: DocumentSession) -> None:
        super().__init__()
        self.session = session
        self.list = QListWidget()
        self.list.setMinimumHeight(96)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._item_edited)
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("添加"), self.add),
            (self.tr("删除"), self.remove),
            (self.tr("上移"), lambda: self.move_item(-1)),
            (self.tr("下移"), lambda: self.move_item(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.changedPaths.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        """Show the document's list."""
        blocked = self.list.blockSignals(True)
        current = self.list.currentRow()
        self.list.clear()
        for text in self.session.document.project.basis:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self.list.blockSignals(blocked)

    def _changed(self, paths: list[str]) -> None:
        if "project.basis" in paths:
            self.reload()

    def _push(self, new: list[str], text: str) -> None:
        old = list(self.session.document.project.basis)
        if new != old:
            self.session.push(StateCommand(text, self._apply, old, new))

    def _apply(self, basis: list[str]) -> None:
        self.session.document.project.basis = list(basis)
        self.session.changed(["project.basis"])

    def _item_edited(self, item: QListWidgetItem) -> None:
        new = list(self.session.document.project.basis)
        new[self.list.row(item)] = item.text().strip()
        self._push(
            [text for text in new if text], self.tr("编辑{label}").format(label=field_in_sentence("project.basis"))
        )

    def add(self) -> None:
        """Add a new document and start editing it."""
        self._push(
            [*self.session.document.project.basis, "《》"],
            self.tr("添加{label}").format(label=field_in_sentence("project.basis")),
        )
        self.list.setCurrentRow(self.list.count() - 1)
        self.list.editItem(self.list.currentItem())

    def remove(self) -> None:
        """Remove the selected document."""
        row = self.list.currentRow()
        if row >= 0:
            new = list(self.session.document.project.basis)
            del new[row]
            self._push(new, self.tr("删除{label}").format(label=field_in_sentence("project.basis")))

    def move_item(self, step: int) -> None:
        """Move the selected document up or down."""
        row, new = self.list.currentRow(), list(self.session.document.project.basis)
        if row >= 0 and 0 <= row + step < len(new):
            new.insert(row + step, new.pop(row))
            self._push(new, self.tr("移动{label}").format(label=field_in_sentence("project.basis")))
            self.list.setCurrentRow(row + step)
