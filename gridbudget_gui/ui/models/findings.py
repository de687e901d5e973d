"""The Problems panel's list: every finding, worst first, or grouped by the review's four questions."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from gridbudget_gui.domain.aspects import ASPECTS
from gridbudget_gui.domain.findings import SEVERITY_LABELS, SEVERITY_ORDER, Finding
from gridbudget_gui.domain.place_words import place_trail
from gridbudget_gui.ui.language import interface_language
from gridbudget_gui.ui.models.base import TODO_BRUSH, Index, finding_brush, finding_text, is_todo
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP, domain_word


class FindingsModel(QAbstractTableModel):
    """A read-only table of the session's findings: severity, message (wrapped) and where, in the clerk's words.

    The rule id is in the tooltip. Blanks still to fill in a new declaration's skeleton rows come last, as 待填.
    """

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("FindingsModel", "级别"),
        QT_TRANSLATE_NOOP("FindingsModel", "问题"),
        QT_TRANSLATE_NOOP("FindingsModel", "位置"),
        QT_TRANSLATE_NOOP("FindingsModel", "审核方面"),
    )

    def __init__(self, session: DocumentSession) -> None:
        super().__init__()
        self.session = session
        self.grouped = False
        self._findings: list[Finding] = self._ordered()
        session.findingsChanged.connect(self._reload)

    def _ordered(self) -> list[Finding]:
        document = self.session.document
        findings = list(self.session.findings)
        if self.grouped:  # 完整性, 相关性, 适当性, 可行性; worst first within each; rows to fill in last
            findings.sort(key=lambda f: (is_todo(f, document), ASPECTS.index(f.aspect), SEVERITY_ORDER[f.severity]))
        else:
            findings.sort(key=lambda finding: is_todo(finding, document))
        return findings

    def set_grouped(self, grouped: bool) -> None:
        """Group the findings by aspect (完整性, 相关性, 适当性, 可行性), or list them worst first."""
        self.grouped = grouped
        self.beginResetModel()
        self._findings = self._ordered()
        self.endResetModel()

    def _reload(self) -> None:
        ordered = self._ordered()
        if ordered == self._findings:
            return
        self.beginResetModel()
        self._findings = ordered
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        """The finding shown in ``row``."""
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per finding."""
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Severity, message, place, aspect."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The finding's texts, coloured by severity."""
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        todo = is_todo(finding, self.session.document)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 1:
                return finding_text(finding)
            if column == 2:
                return place_trail(finding.where, interface_language())
            if column == 3:
                return domain_word(finding.aspect)
            return self.tr("待填") if todo else domain_word(SEVERITY_LABELS[finding.severity])
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return TODO_BRUSH if todo else finding_brush([finding])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding_text(finding)}\n（{finding.rule}）"
        return None
