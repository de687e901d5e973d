"""与文件比较: what differs between the open declaration and a file (``domain.diff``), one change per row.

The file is the "before" and the open document the "after", so 新增 means only the open document has it;
double-clicking a change shows its place in the open document. The dialog is not modal: the window stays
editable beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.domain.diff import Change, diff_documents, totals
from gridbudget_gui.domain.document import PERIOD_LABELS, SOURCE_LABELS, Document
from gridbudget_gui.domain.place import Place, PlaceError
from gridbudget_gui.domain.place_words import describe_place, place_trail
from gridbudget_gui.ui.language import interface_language
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP, domain_word

WHERE_ROLE = Qt.ItemDataRole.UserRole


_EXECUTION = {
    "budget": QT_TRANSLATE_NOOP("CompareDialog", "全年预算数"),
    "spent": QT_TRANSLATE_NOOP("CompareDialog", "全年执行数"),
    "weight": QT_TRANSLATE_NOOP("CompareDialog", "预算执行分值"),
    "score": QT_TRANSLATE_NOOP("CompareDialog", "预算执行得分"),
    "year": QT_TRANSLATE_NOOP("CompareDialog", "年度"),
    "scheme": QT_TRANSLATE_NOOP("CompareDialog", "指标体系"),
}


def place_words(where: str) -> str:
    """The place of a change in words, in the interface language: 测算明细第 3 行, 年度资金来源的中央财政…"""
    try:
        place = Place.parse(where)
    except PlaceError:
        return where
    steps = [str(step) for step in place.steps]
    factors = steps[-1] == "factors"
    if place.row is not None and (place.field is None or factors):
        row = place.row + 1
        if place.table == "cost_items":
            text = (
                QCoreApplication.translate("CompareDialog", "测算明细第 {row} 行的因子")
                if factors
                else QCoreApplication.translate("CompareDialog", "测算明细第 {row} 行")
            )
            return text.format(row=row)
        period = domain_word(PERIOD_LABELS.get(steps[1], ""))
        return QCoreApplication.translate("CompareDialog", "{period}绩效指标第 {row} 行").format(period=period, row=row)
    if steps[0] == "funding" and len(steps) == 3:
        return QCoreApplication.translate("CompareDialog", "{period}资金来源的{source}").format(
            period=domain_word(PERIOD_LABELS.get(steps[1], "")), source=domain_word(SOURCE_LABELS.get(steps[2], ""))
        )
    key = steps[1] if steps[0] == "execution" and len(steps) == 2 else where
    if key in _EXECUTION:
        return QCoreApplication.translate("CompareDialog", _EXECUTION[key])
    return describe_place(where, _language()).strip('“”"')


def _language() -> str:
    return "en" if interface_language().startswith("en") else "zh"


def jump_target(change: Change) -> str:
    """Where to go in the open document: a removed row is not there, so its table."""
    if change.kind == "removed" and "[" in change.where:
        return change.where.split("[", 1)[0]
    return change.where


class CompareDialog(QDialog):
    """The changes from ``other`` (a file) to ``document`` (the open one) in a table; double-click jumps."""

    def __init__(
        self,
        parent: QWidget,
        other: Document,
        other_path: Path,
        document: Document,
        jump: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("与文件比较：{name}").format(name=other_path.name))
        self.jump = jump
        self.changes = diff_documents(other, document)
        kinds = {"added": self.tr("新增"), "removed": self.tr("删除"), "changed": self.tr("修改")}
        self.table = QTableWidget(len(self.changes), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("位置"),
                self.tr("变化"),
                self.tr("文件中（{name}）").format(name=other_path.name),
                self.tr("当前文档中"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, change in enumerate(self.changes):
            texts = (place_words(change.where), kinds[change.kind], change.a or "", change.b or "")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(WHERE_ROLE, jump_target(change))
                item.setToolTip(text if column else place_trail(change.where, _language()))  # never a JSON key
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.cellDoubleClicked.connect(self._jump)
        sums = totals(other, document)
        names = {
            "cost_total": self.tr("测算合计"),
            "annual_funding": self.tr("年度总投入"),
            "mid_term_funding": self.tr("中期总投入"),
        }
        lines = [
            self.tr("{name}：{a} → {b}").format(name=names[key], a=pair["a"], b=pair["b"])
            if pair["a"] != pair["b"]
            else self.tr("{name}：{a}（相同）").format(name=names[key], a=pair["a"])
            for key, pair in sums.items()
        ]
        summary = (
            self.tr("共 {count} 处不同；双击一行转到当前文档中的位置。").format(count=len(self.changes))
            if self.changes
            else self.tr("两份申报书内容相同。")
        )
        self.summary = QLabel(summary + "\n" + "　".join(lines), self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def _jump(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.jump(str(item.data(WHERE_ROLE)))
