"""What the window remembers between runs: its size and place, its docks, and the tables' column widths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QTableView

from gridbudget_gui.ui.settings import Settings

if TYPE_CHECKING:  # the cost table is built after the window's first paint
    from gridbudget_gui.ui.models.cost import CostTableModel

DEFAULT_WINDOW_SIZE = QSize(1280, 820)
"""The size at the first start, where the screen has room for it; later starts restore the size the window had
when it was closed."""
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)
"""Room for the title bar and borders a window manager adds (Windows 10: a 31 px title and 7-8 px borders; openbox
and deepin less), which Qt learns only after the window is shown."""
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


def first_frame(available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """The first window's outer rectangle, frame included: the default size centred in ``available`` (the
    screen less its taskbars and panels), then fitted there."""
    outer = QRect(QPoint(0, 0), DEFAULT_WINDOW_SIZE.grownBy(frame))
    outer.moveCenter(available.center())
    return fitted_frame(outer, available)


def fitted_frame(outer: QRect, available: QRect) -> QRect:
    """``outer`` shrunk where it is larger than ``available`` and moved inside it."""
    width, height = min(outer.width(), available.width()), min(outer.height(), available.height())
    left = min(max(outer.x(), available.x()), available.x() + available.width() - width)
    top = min(max(outer.y(), available.y()), available.y() + available.height() - height)
    return QRect(left, top, width, height)


def fit_window_to_screen(window: QMainWindow, outer: QRect | None = None) -> None:
    """Shrink and move a normal (not maximised) window so that, frame and all, it lies in its screen's available
    area: the status bar with 合计 and the error counts stays in sight on a 1366×768 laptop too. ``outer`` is
    the frame wanted (else the window's own, its frame estimated: Qt learns it only once the window is shown)."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    frame = FRAME_ALLOWANCE
    wanted = outer if outer is not None else window.geometry().marginsAdded(frame)
    fitted = fitted_frame(wanted, screen.availableGeometry())
    if fitted != wanted or outer is not None:
        window.resize(fitted.size().shrunkBy(frame))
        window.move(fitted.topLeft())  # a top-level window's position is its frame's


def restore_window_state(window: QMainWindow, settings: Settings) -> None:
    """Give the window the size, place and docks it had when it was last closed (on the first start, the
    default size where the screen has room for it); either way it fits the screen's available area."""
    geometry = settings.window_geometry
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        screen = window.screen() or QGuiApplication.primaryScreen()
        fit_window_to_screen(window, first_frame(screen.availableGeometry()))
    else:  # restoreGeometry() fits to the screen too, but short of a title bar's height (Qt 6.12)
        fit_window_to_screen(window)
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
