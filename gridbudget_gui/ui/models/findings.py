"""The Problems panel's list: every finding, worst first."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from gridbudget_gui.domain.findings import SEVERITY_LABELS, Finding
from gridbudget_gui.ui.models.base import Index, finding_brush, finding_text
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP, domain_word


class FindingsModel(QAbstractTableModel):
    """A read-only table of the session's findings: severity, message, rule and place."""

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("FindingsModel", "级别"),
        QT_TRANSLATE_NOOP("FindingsModel", "问题"),
        QT_TRANSLATE_NOOP("FindingsModel", "规则"),
        QT_TRANSLATE_NOOP("FindingsModel", "位置"),
    )

    def __init__(self, session: DocumentSession) -> None:
        super().__init__()
        self.session = session
        self._findings: list[Finding] = list(session.findings)
        session.findingsChanged.connect(self._reload)

    def _reload(self) -> None:
        if self.session.findings == self._findings:
            return
        self.beginResetModel()
        self._findings = list(self.session.findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        """The finding shown in ``row``."""
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per finding."""
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Severity, message, rule, place."""
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
        if role == Qt.ItemDataRole.DisplayRole:
            severity = domain_word(SEVERITY_LABELS[finding.severity])
            column = index.column()
            if column == 1:
                return finding_text(finding)
            return (severity, "", finding.rule, finding.path)[column]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return finding_brush([finding])
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_text(finding)
        return None
