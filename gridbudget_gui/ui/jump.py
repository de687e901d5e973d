"""Going from a finding's ``where`` to the cell or field that shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from gridbudget_gui.domain.place import Place, PlaceError
from gridbudget_gui.ui.models.funding import COLUMNS as FUNDING_COLUMNS
from gridbudget_gui.ui.models.indicators import COLUMN_FIELDS
from gridbudget_gui.ui.navigation import Navigator, Page

_INDICATOR_COLUMNS = {field: column for column, field in enumerate(COLUMN_FIELDS) if field}
"""Every indicator field's column on the 绩效指标 page (计算符号, 权重… too, not only the four texts)."""
_VALUE_COLUMN = COLUMN_FIELDS.index("value")


def jump_to(navigator: Navigator, where: str | Place) -> None:
    """Show the page of ``where`` and put the cursor on its cell or field."""
    try:
        place = where if isinstance(where, Place) else Place.parse(str(where))
    except PlaceError:
        return
    section, row = place.section, place.row
    if place.table == "cost_items" and row is not None:
        navigator.page(Page.COSTS)
        model = navigator.cost_page.model
        if place.factor is not None:
            column = 1 + 2 * place.factor
        else:
            column = {
                "name": 0,
                "note": model.note_column,
                "economic_class": model.economic_column,
                "procurement": model.procurement_column,
            }.get(place.field or "", model.amount_column)
        navigator.cost_page.table.focus_cell(row, column)
        return
    if row is not None and place.period == "annual" and place.field in ("actual", "score", "deviation"):
        # The self-evaluation's fields are typed on 绩效自评 (its columns: actual 4, score 6, deviation 7).
        view = getattr(navigator.page(Page.SELF_EVALUATION), "view", None)
        if view is not None:
            view.setCurrentIndex(view.model().index(row, {"actual": 4, "score": 6}.get(place.field, 7)))
            view.setFocus()
        return
    if section == "execution":
        navigator.page(Page.SELF_EVALUATION)
        return
    if section == "monitoring" or (
        row is not None and place.period == "annual" and place.field in ("progress", "forecast", "cause", "measure")
    ):
        # The 运行监控's fields are typed on its page (columns: progress 4, forecast 5, cause 8, measure 9).
        view = getattr(navigator.page(Page.MONITORING), "view", None)
        if view is not None and row is not None:
            column = {"progress": 4, "forecast": 5, "cause": 8}.get(place.field or "", 9)
            view.setCurrentIndex(view.model().index(row, column))
            view.setFocus()
        return
    if section in ("indicators", "scheme"):
        navigator.page(Page.INDICATORS)
        indicators = navigator.indicators_page
        period = "mid_term" if place.period == "mid_term" else "annual"
        indicators.tabs.setCurrentWidget(indicators.tables[period])
        if row is not None:
            indicators.tables[period].focus_cell(row, _INDICATOR_COLUMNS.get(place.field or "", _VALUE_COLUMN))
        elif section == "scheme":
            indicators.scheme_box.setFocus()
        return
    if section == "cost_items":
        navigator.page(Page.COSTS)
        return
    if section in ("funding", "cost_total"):
        # 合计 that differs from the funding is fixed where the funding is typed: 资金来源, 年度 总投入.
        navigator.page(Page.FUNDING)
        key = place.steps[2] if section == "funding" and len(place.steps) > 2 else "total"
        column = FUNDING_COLUMNS.index(key) if key in FUNDING_COLUMNS else 0
        funding = navigator.funding_page
        funding.view.setCurrentIndex(funding.model.index(0 if place.period == "mid_term" else 1, column))
        funding.view.setFocus()
        return
    if str(place) in ("project.basis", "year"):
        navigator.page(Page.BASICS)
        return
    widget = navigator.binder.widget_for(str(place))
    if widget is None:
        return
    shown = navigator.page_of(widget)
    page = navigator.page(shown) if shown is not None else None
    widget.setFocus()
    if isinstance(page, QScrollArea):
        page.ensureWidgetVisible(widget)
