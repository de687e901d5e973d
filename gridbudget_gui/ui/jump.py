"""Going from a finding's ``where`` to the cell or field that shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea

from gridbudget_gui.domain.paths import row_place

if TYPE_CHECKING:
    from gridbudget_gui.ui.main_window import MainWindow

_INDICATOR_COLUMNS = {"level1": 0, "level2": 1, "name": 2, "value": 3}


def jump_to(window: MainWindow, where: str) -> None:
    """Show the page of ``where`` and put the cursor on its cell or field."""
    place = row_place(where)
    if place is not None and place.table == "cost_items":
        window.page("测算明细")
        model = window.cost_page.model
        if place.factor is not None:
            column = 1 + 2 * place.factor
        else:
            column = {"name": 0, "note": model.note_column}.get(place.field, model.amount_column)
        window.cost_page.table.focus_cell(place.row, column)
        return
    if place is not None or where.startswith("indicators") or where == "scheme":
        window.page("绩效指标")
        indicators = window.indicators_page
        period = "mid_term" if where.startswith("indicators.mid_term") else "annual"
        indicators.tabs.setCurrentWidget(indicators.tables[period])
        if place is not None:
            indicators.tables[period].focus_cell(place.row, _INDICATOR_COLUMNS.get(place.field, 3))
        elif where == "scheme":
            indicators.scheme_box.setFocus()
        return
    if where in ("cost_items", "cost_total"):
        window.page("测算明细")
        return
    if where.startswith("funding."):
        window.page("资金来源")
        _, period, key = where.split(".")
        row = 0 if period == "mid_term" else 1
        column = ("total", "central", "provincial", "municipal", "county", "other").index(key)
        window.funding_page.view.setCurrentIndex(window.funding_page.model.index(row, column))
        window.funding_page.view.setFocus()
        return
    if where in {"project.basis", "year"}:
        window.page("基本信息")
        return
    widget = window.binder.widget_for(where)
    if widget is None:
        return
    for title in ("基本信息", "总体目标", "保障与签字"):
        page = window.page(title)
        if page.isAncestorOf(widget):
            break
    widget.setFocus()
    if isinstance(page, QScrollArea):
        page.ensureWidgetVisible(widget)
