"""The editor's pages by name, the sidebar that lists them, and what find and jump need of a window."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QListWidget, QWidget

from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP, translated

if TYPE_CHECKING:
    from gridbudget_gui.ui.fields import FieldBinder
    from gridbudget_gui.ui.indicators_page import IndicatorsPage
    from gridbudget_gui.ui.pages import CostPage, FundingPage


class Page(Enum):
    """The pages of the editor in sidebar order; the value is the title, marked for translation."""

    BASICS = QT_TRANSLATE_NOOP("PageTitles", "基本信息")
    COSTS = QT_TRANSLATE_NOOP("PageTitles", "测算明细")
    FUNDING = QT_TRANSLATE_NOOP("PageTitles", "资金来源")
    GOALS = QT_TRANSLATE_NOOP("PageTitles", "总体目标")
    INDICATORS = QT_TRANSLATE_NOOP("PageTitles", "绩效指标")
    SIGNATURES = QT_TRANSLATE_NOOP("PageTitles", "保障与签字")
    MONITORING = QT_TRANSLATE_NOOP("PageTitles", "运行监控")
    SELF_EVALUATION = QT_TRANSLATE_NOOP("PageTitles", "绩效自评")

    @property
    def title(self) -> str:
        """The page's title in the interface language."""
        return translated("PageTitles", self.value)

    @property
    def number(self) -> int:
        """The page's place in the sidebar and the page stack (0-based)."""
        return _ORDER.index(self)

    @classmethod
    def at(cls, number: int) -> Page:
        """The page at sidebar row ``number``."""
        return _ORDER[number]


_ORDER: tuple[Page, ...] = tuple(Page)

SIDEBAR_FONT_SCALE = 1.2
"""The page titles are read from a distance: a fifth larger than the interface font."""
SIDEBAR_ITEM_PADDING = "0.5em"
SIDEBAR_SPARE_CHARACTERS = 4
"""Room beside the widest title, in average character widths, so no title is ever cut."""
SIDEBAR_FRAME_PIXELS = 8


class PageList(QListWidget):
    """The sidebar: one row per page, just wide enough for the longest translated title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItems([page.title for page in Page])
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * SIDEBAR_FONT_SCALE)
        self.setFont(font)
        self.setStyleSheet(f"QListWidget::item {{ padding: {SIDEBAR_ITEM_PADDING}; }}")
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(page.title) for page in Page)
        self.setFixedWidth(widest + SIDEBAR_SPARE_CHARACTERS * metrics.averageCharWidth() + SIDEBAR_FRAME_PIXELS)


class Navigator(Protocol):
    """What find and jump need of the window: show a page, tell which page holds a widget, and the pages."""

    @property
    def binder(self) -> FieldBinder:
        """The form fields of the open document, by path."""
        ...

    @property
    def cost_page(self) -> CostPage:
        """测算明细."""
        ...

    @property
    def funding_page(self) -> FundingPage:
        """资金来源."""
        ...

    @property
    def indicators_page(self) -> IndicatorsPage:
        """绩效指标."""
        ...

    def page(self, page: Page) -> QWidget:
        """Show ``page`` and return its widget."""
        ...

    def page_of(self, widget: QWidget) -> Page | None:
        """The page that holds ``widget``, if any."""
        ...
