"""Form fields bound to document paths: edits become undo commands, findings colour the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.place import Place
from gridbudget_gui.ui.language import field_label
from gridbudget_gui.ui.models.base import finding_tooltip
from gridbudget_gui.ui.session import DocumentSession, StateCommand

_STYLES = {
    Severity.ERROR: "border: 2px solid #d2352b; background: #fdeceb;",
    Severity.WARNING: "border: 2px solid #e0a100; background: #fff6dc;",
    Severity.INFO: "border: 1px solid #5b8fd0;",
}


class TextBox(QPlainTextEdit):
    """A multi-line editor for long texts that reports when the user leaves it, like QLineEdit does."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the box commits the text."""
        super().focusOutEvent(event)
        self.editingFinished.emit()


FieldWidget = QLineEdit | TextBox | QComboBox


class FieldBinder:
    """Keeps a set of widgets and the document's text fields in step, both ways, with undo."""

    def __init__(self, session: DocumentSession, labels: dict[str, str]) -> None:
        self.session = session
        self.labels = labels
        self.widgets: dict[str, FieldWidget] = {}
        self._places: dict[str, Place] = {}
        self._tips: dict[str, str] = {}
        session.changedPaths.connect(self._on_changed)
        session.findingsChanged.connect(self._show_findings)

    def bind(self, path: str, widget: FieldWidget) -> FieldWidget:
        """Bind ``widget`` to the text field at ``path`` and show its current value."""
        self.widgets[path] = widget
        self._places[path] = Place.parse(path)
        self._tips[path] = widget.toolTip()
        self._load(path)
        commit: Callable[[], None] = lambda: self.commit(path)  # noqa: E731
        if isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(lambda _text: commit())
            line_edit = widget.lineEdit() if widget.isEditable() else None
            if line_edit is not None:
                line_edit.editingFinished.connect(commit)
        else:
            widget.editingFinished.connect(commit)
        return widget

    def widget_for(self, path: str) -> QWidget | None:
        """The widget showing ``path``, for jumping to a finding."""
        return self.widgets.get(path)

    def reload(self) -> None:
        """Show the document's values in every widget (after a new document was opened)."""
        for path in self.widgets:
            self._load(path)
        self._show_findings()

    def commit(self, path: str) -> None:
        """Push the widget's text into the document as one undo step, if it changed."""
        widget = self.widgets[path]
        text = _widget_text(widget)
        old = self._places[path].get_text(self.session.document)
        if text == old:
            return
        label = field_label(path) if path in self.labels else path
        text_ = QCoreApplication.translate("FieldBinder", "编辑{label}").format(label=label)
        self.session.push(StateCommand(text_, lambda value: self._apply(path, value), old, text))

    def _apply(self, path: str, value: str) -> None:
        self._places[path].set_text(self.session.document, value)
        self.session.changed([path])

    def _on_changed(self, paths: list[str]) -> None:
        for path in paths:
            if path in self.widgets:
                self._load(path)

    def _load(self, path: str) -> None:
        widget = self.widgets[path]
        text = self._places[path].get_text(self.session.document)
        if _widget_text(widget) == text:
            return
        blocked = widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                if widget.findText(text) < 0 and text:
                    widget.addItem(text)
                if widget.isEditable():
                    widget.setCurrentText(text)
                else:
                    widget.setCurrentIndex(widget.findText(text))
            elif isinstance(widget, TextBox):
                widget.setPlainText(text)
            else:
                widget.setText(text)
                widget.setCursorPosition(0)
        finally:
            widget.blockSignals(blocked)

    def _show_findings(self) -> None:
        for path, widget in self.widgets.items():
            findings = self.session.findings_at(path)
            style = _STYLES[findings[0].severity] if findings else ""
            if widget.styleSheet() != style:
                widget.setStyleSheet(style)
            tip = finding_tooltip(findings) if findings else self._tips.get(path, "")
            if widget.toolTip() != tip:
                widget.setToolTip(tip)


def _widget_text(widget: FieldWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, TextBox):
        return widget.toPlainText()
    return widget.text()
