"""What the window remembers between runs: its size and place, its docks, and the tables' column widths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QTableView

from gridbudget_gui.ui.settings import Settings

if TYPE_CHECKING:  # the cost table is built after the window's first paint
    from gridbudget_gui.ui.models.cost import CostTableModel

DEFAULT_WINDOW_SIZE = QSize(1280, 820)
"""The size at the first start; later starts restore the size the window had when it was closed."""
PROBLEMS_PANEL_HEIGHT = 150
"""The Problems panel's first height: about five findings (at 1366×768 the pages keep the rest)."""
PROBLEM_COLUMN_WIDTHS = {0: 56, 2: 260}
"""Severity and place columns; the message column (1) takes the rest."""
COST_WIDTH_KINDS = ("name", "value", "unit", "amount", "note")
"""The cost table's widths are kept by column kind: its factor columns come and go with the document."""


@dataclass(frozen=True)
class RememberedTables:
    """The tables whose column widths are kept: the cost table, the indicator matrices and the Problems panel."""

    cost: QTableView
    cost_model: CostTableModel
    indicators: tuple[QTableView, ...]
    problems: QTableView

    def by_name(self) -> dict[str, QTableView]:
        """The tables under their settings names (both indicator matrices share the first one's widths)."""
        return {"cost": self.cost, "indicators": self.indicators[0], "problems": self.problems}


def restore_window_state(window: QMainWindow, settings: Settings) -> None:
    """Give the window the size, place and docks it had when it was last closed."""
    geometry = settings.window_geometry
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
    state = settings.window_state
    if not state.isEmpty():
        window.restoreState(state)


def restore_column_widths(settings: Settings, tables: RememberedTables) -> None:
    """Give the tables the column widths they had last time (the cost table's by column kind)."""
    for name, view in tables.by_name().items():
        widths = settings.column_widths(name)
        if name == "cost" and len(widths) == len(COST_WIDTH_KINDS):
            model = tables.cost_model
            for column in range(model.columnCount() - 1):
                kind = model.column_kind(column)
                if kind in COST_WIDTH_KINDS:  # the 经济分类 and 政府采购 columns keep their first widths
                    view.setColumnWidth(column, widths[COST_WIDTH_KINDS.index(kind)])
            continue
        views = tables.indicators if name == "indicators" else (view,)
        for target in views:
            for column, width in enumerate(widths[: target.model().columnCount()]):
                if width > 0:
                    target.setColumnWidth(column, width)


def save_window_state(window: QMainWindow, settings: Settings, tables: RememberedTables) -> None:
    """Remember the window's size, docks and column widths for the next start."""
    settings.window_geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    for name, view in tables.by_name().items():
        if name == "cost":
            model = tables.cost_model
            widths = [view.columnWidth(0), view.columnWidth(1), view.columnWidth(2)]
            widths += [view.columnWidth(model.amount_column), view.columnWidth(model.note_column)]
        else:
            widths = [view.columnWidth(column) for column in range(view.model().columnCount())]
        settings.set_column_widths(name, widths)
    settings.sync()
