"""指标库: a searchable list of common indicators by kind of project, and the clerk's own 历史指标参考.

A double-click inserts the indicator into the matrix shown, below the current row, through the undo stack.
The 历史指标参考 is a JSON file beside the settings; it grows by the indicators of the declaration open.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.library import (
    HISTORY_KIND,
    LibraryEntry,
    entries_from_data,
    entries_from_document,
    entries_to_data,
    merged,
    search,
)
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.resources import resource_path
from gridbudget_gui.ui.settings import settings_file
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def starter_entries() -> list[LibraryEntry]:
    """The library shipped with the program (resources/indicators/library.json)."""
    path = resource_path("indicators", "library.json")
    return entries_from_data(json.loads(path.read_text(encoding="utf-8")))


def history_file() -> Path:
    """Where the 历史指标参考 lives: beside the settings file."""
    return settings_file().parent / "indicator-history.json"


def load_history(path: Path | None = None) -> list[LibraryEntry]:
    """The clerk's 历史指标参考 (empty when there is none yet); a damaged file is set aside, not overwritten."""
    path = path or history_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        log.warning("Indicator history %s is damaged; set aside", path, exc_info=True)
        with contextlib.suppress(OSError):
            path.replace(path.with_name(path.name + ".damaged"))
        return []
    return entries_from_data(data) if isinstance(data, dict) else []


def add_to_history(document: Document, path: Path | None = None) -> int:
    """Add the declaration's indicators to the 历史指标参考; how many entries it then holds."""
    path = path or history_file()
    entries = merged(load_history(path), entries_from_document(document))
    data = json.dumps(entries_to_data(entries), ensure_ascii=False, indent=1).encode("utf-8")

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, data)
    return len(entries)


_COLUMNS = (
    QT_TRANSLATE_NOOP("IndicatorLibraryDialog", "类别"),
    QT_TRANSLATE_NOOP("IndicatorLibraryDialog", "一级指标"),
    QT_TRANSLATE_NOOP("IndicatorLibraryDialog", "二级指标"),
    QT_TRANSLATE_NOOP("IndicatorLibraryDialog", "三级指标"),
    QT_TRANSLATE_NOOP("IndicatorLibraryDialog", "指标值"),
    QT_TRANSLATE_NOOP("IndicatorLibraryDialog", "指标解释"),
)


class IndicatorLibraryDialog(QDialog):
    """Search the libraries; a double-click (or 插入) hands the entry to ``insert``."""

    def __init__(
        self, document: Callable[[], Document], insert: Callable[[LibraryEntry], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("指标库"))
        self.resize(960, 560)
        self._document = document
        self._insert = insert
        self._starter = starter_entries()
        self._history = load_history()
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("搜索：名称、类别或解释中的文字，如“培训 合格率”"))
        self.words.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in _COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((110, 80, 110, 200, 110)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel()
        insert_button = QPushButton(self.tr("插入到指标表"))
        insert_button.clicked.connect(self.insert_current)
        grow = QPushButton(self.tr("把本申报书的指标加入历史指标参考"))
        grow.setToolTip(self.tr("历史指标参考保存在设置文件旁，以后打开任何申报书都可以查到"))
        grow.clicked.connect(self.add_document)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.words, 1)
        top.addWidget(self.kind)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(grow)
        bottom.addWidget(insert_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("双击一行，把该指标插入到当前指标表的当前行下方（可撤销）。")))
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._fill_kinds()
        self.words.textChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.insert_current())
        self.shown: list[LibraryEntry] = []
        self.refresh()

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("全部类别"), "")
        kinds = dict.fromkeys(entry.kind for entry in self._starter)
        for kind in kinds:
            self.kind.addItem(kind, kind)
        self.kind.addItem(self.tr("历史指标参考"), HISTORY_KIND)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)

    def refresh(self) -> None:
        """Show the entries matching the search words and the kind chosen."""
        self.shown = search(self._starter + self._history, self.words.text(), self.kind.currentData() or "")
        self.table.setRowCount(len(self.shown))
        for row, entry in enumerate(self.shown):
            texts = (entry.kind, entry.level1, entry.level2, entry.name, entry.value, entry.explanation or entry.source)
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.count.setText(self.tr("{count} 个指标").format(count=len(self.shown)))

    def insert_current(self) -> None:
        """Insert the selected entry (the double-clicked one) into the matrix."""
        row = self.table.currentRow()
        if 0 <= row < len(self.shown):
            self._insert(self.shown[row])

    def add_document(self) -> None:
        """Add every indicator of the open declaration to the 历史指标参考."""
        try:
            total = add_to_history(self._document())
        except (DocumentError, OSError) as problem:
            self.count.setText(self.tr("无法保存历史指标参考：{problem}").format(problem=str(problem)))
            return
        self._history = load_history()
        self.refresh()
        self.count.setText(self.tr("历史指标参考现有 {count} 个指标").format(count=total))
