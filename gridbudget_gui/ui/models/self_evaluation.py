"""The 自评表's indicator table: the 年度 indicators with 实际完成值, 分值, 得分 (computed live) and 偏差原因.

Edits are the same domain operations as the 绩效指标 page's (``SetFields`` on ``indicators.annual``), applied through
that page's model, so both views follow, one undo stack holds them, and Ctrl+Z undoes a typed actual value.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from gridbudget_gui.domain.document import Indicator
from gridbudget_gui.domain.editing import SetFields
from gridbudget_gui.domain.numbers import NumberError, parse_number
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.scoring import (
    GRADES,
    Evaluation,
    IndicatorScore,
    evaluate,
    grade_band,
    in_band,
    score_text,
    two_places,
)
from gridbudget_gui.ui.models.base import (
    READ_ONLY_BRUSH,
    Index,
    RowListModel,
    RowOperationCommand,
    finding_brush,
    finding_tooltip,
)
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP

COLUMNS: tuple[tuple[str, str], ...] = (
    ("level1", QT_TRANSLATE_NOOP("SelfEvaluationModel", "一级指标")),
    ("level2", QT_TRANSLATE_NOOP("SelfEvaluationModel", "二级指标")),
    ("name", QT_TRANSLATE_NOOP("SelfEvaluationModel", "三级指标")),
    ("value", QT_TRANSLATE_NOOP("SelfEvaluationModel", "年度指标值")),
    ("actual", QT_TRANSLATE_NOOP("SelfEvaluationModel", "实际完成值")),
    ("weight", QT_TRANSLATE_NOOP("SelfEvaluationModel", "分值")),
    ("score", QT_TRANSLATE_NOOP("SelfEvaluationModel", "得分")),
    ("deviation", QT_TRANSLATE_NOOP("SelfEvaluationModel", "偏差原因分析及改进措施")),
)
ACTUAL, WEIGHT, SCORE, DEVIATION = 4, 5, 6, 7
_EDITABLE = {ACTUAL, WEIGHT, DEVIATION}
_LABELS = dict(COLUMNS)


class SelfEvaluationModel(QAbstractTableModel):
    """The 年度 indicators as the 自评表 shows them; scores are the domain's, worked out after every change."""

    HEADERS: ClassVar[tuple[str, ...]] = tuple(label for _, label in COLUMNS)
    rejected = Signal(str)
    """A typed value was refused (a 定性 score outside its band); the text says why."""

    def __init__(self, session: DocumentSession, editor: RowListModel) -> None:
        super().__init__()
        self.session = session
        self.editor = editor
        """The 绩效指标 page's 年度 model: edits go through it, so its view follows and undo is shared."""
        self.evaluation: Evaluation = evaluate(session.document)
        self._count = len(self.rows())
        session.changedPaths.connect(self._changed)
        session.findingsChanged.connect(self._repaint)

    def rows(self) -> list[Indicator]:
        """The 年度 indicators (looked up each time, so a replaced list is followed)."""
        return self.session.document.indicators.annual

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per 年度 indicator."""
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Eight columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles and row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SelfEvaluationModel", COLUMNS[section][1]) if section < 8 else None
        return str(section + 1)

    def score_of(self, row: int) -> IndicatorScore | None:
        """The domain's score of row ``row`` (None for a blank row)."""
        return self.evaluation.at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """实际完成值, 分值 and 偏差原因 are typed; 得分 only for a 定性 indicator (the clerk's, inside its band)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        column = index.column()
        if column in _EDITABLE or (column == SCORE and self._qualitative(index.row())):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _qualitative(self, row: int) -> bool:
        item = self.score_of(row)
        return item is not None and item.qualitative

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the live score, highlights and tooltips."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        indicator = self.rows()[row]
        field = COLUMNS[column][0]
        item = self.score_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == WEIGHT:
                return indicator.weight if role == Qt.ItemDataRole.EditRole or item is None else two_places(item.weight)
            if column == SCORE and item is not None and role == Qt.ItemDataRole.DisplayRole:
                return score_text(item)  # 8.34, or 待打分 for a graded 定性 row without the clerk's score
            if column == SCORE and not (item is not None and item.qualitative):
                return ""
            return getattr(indicator, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WEIGHT, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        findings = self.session.findings_at(Place.indicator("annual", row, field))
        if role == Qt.ItemDataRole.BackgroundRole:
            if findings:
                return finding_brush(findings)
            if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return READ_ONLY_BRUSH
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if findings:
                return finding_tooltip(findings)
            if column == WEIGHT and item is not None and not item.weight_set:
                return self.tr("按组平均分配的分值；输入数字可改为自定分值")
            if column == ACTUAL and item is not None and item.qualitative:
                return self.tr("定性指标：填写 达成、部分达成 或 未达成")
            if column == SCORE and item is not None and item.qualitative and item.actual in GRADES:
                low, high = grade_band(item.actual, item.weight)
                return self.tr("{grade}：得分应在 {low}–{high} 之间").format(grade=item.actual, low=low, high=high)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Type an actual value, a weight, a 定性 score or a reason, as one undo step."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        row, column = index.row(), index.column()
        field = COLUMNS[column][0]
        text = "" if value is None else str(value).strip()
        indicator = self.rows()[row]
        if getattr(indicator, field) == text:
            return False
        changes: dict[str, str] = {field: text}
        item = self.score_of(row)
        weight = item.weight if item is not None else Decimal(0)
        if column == WEIGHT and text:
            try:
                if parse_number(text) < 0:
                    raise NumberError("负数")
            except NumberError:
                self.rejected.emit(self.tr("分值“{text}”不是非负的数字").format(text=text))
                return False
        if column == SCORE:
            grade = indicator.actual.strip()
            try:
                given = parse_number(text) if text else None
            except NumberError:
                given = None
                self.rejected.emit(self.tr("得分“{text}”不是数字").format(text=text))
                return False
            if given is not None and grade in GRADES and not in_band(grade, given, weight):
                low, high = grade_band(grade, weight)
                self.rejected.emit(
                    self.tr("“{grade}”的得分应在 {low}–{high} 之间，{text} 不在其中").format(
                        grade=grade, low=low, high=high, text=text
                    )
                )
                return False
        if column == ACTUAL and item is not None and item.qualitative and text in GRADES:
            # Choosing a grade proposes the top of its band; the clerk lowers it if need be.
            try:
                current = parse_number(indicator.score) if indicator.score.strip() else None
            except NumberError:
                current = None
            if current is None or not in_band(text, current, weight):
                changes["score"] = str(grade_band(text, weight)[1])
        label = QCoreApplication.translate("SelfEvaluationModel", _LABELS[field])
        name = indicator.name[:12] or self.tr("第{n}个指标").format(n=row + 1)
        operation = SetFields.of("indicators.annual", row, **changes)
        self.session.push(
            RowOperationCommand(
                self.editor, operation, self.tr("自评：编辑“{name}”的{field}").format(name=name, field=label)
            )
        )
        return True

    def _changed(self, paths: list[str]) -> None:
        if not any(path == "" or path.startswith(("indicators", "execution", "funding", "scheme")) for path in paths):
            return
        self.evaluation = evaluate(self.session.document)
        count = len(self.rows())
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def _repaint(self) -> None:
        if self._count != len(self.rows()):
            self._changed([""])
            return
        if self._count and self.session.findings_moved:
            roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1), roles)

    def refresh(self) -> None:
        """Work the scores out again and repaint everything (after a new document was opened)."""
        self.beginResetModel()
        self.evaluation = evaluate(self.session.document)
        self._count = len(self.rows())
        self.endResetModel()
