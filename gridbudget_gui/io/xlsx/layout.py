"""The layout of GridBudget's own workbook: sheet names, anchors, styles and the size of wrapped CJK text."""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate, normalise
from gridbudget_gui.domain.rules.length import UNSAFE_IN_CELLS

WORKBOOK_FORMAT = "gridbudget-workbook"
WORKBOOK_VERSION = 1

DECLARATION_SHEET = "项目申报书"
TARGETS_SHEET = "项目绩效目标表"
META_SHEET = "GridBudget"
"""The hidden sheet with the format id and version, the scheme and the drop-down lists."""

NAME_PREFIX = "GB_"
"""Every defined name we write starts with this, so the reader can tell our anchors from a user's names."""

MONEY_FORMAT = "#,##0.00"
LINE_HEIGHT = 16.0
"""Points per wrapped line of 11-point text, with room for the faces that replace 宋体 where it is missing.

宋体 itself takes 14.4 points a line; LibreOffice on Linux substitutes what it finds (measured, 20 lines of
11-point text: AR PL UMing 11.3, WenQuanYi 13.4, Noto Sans CJK 15.7 points a line). A row sized for 宋体 cut the
last lines of every full row where Noto Sans CJK (the usual face on Linux and UOS) stood in."""

MAX_ROW_HEIGHT = 409.0
"""Excel's limit for one row; the writer splits longer texts over several rows."""

FOOTER = "第 &P 页，共 &N 页"


def clean_text(text: str) -> str:
    """Escape what XML cannot hold as Excel does (U+0001 → ``_x0001_``), so pasted control characters survive.

    A literal ``_x0041_`` becomes ``_x005F_x0041_`` so that it is not read back as "A"; Excel, LibreOffice
    and xlsx_grid.cell_text undo both escapes.
    """
    if text.isprintable() and "_x" not in text:
        return text
    return UNSAFE_IN_CELLS.sub(lambda m: f"_x{ord(m[0]):04X}_", text)


def display_width(text: str) -> int:
    """Width of one line of text in Excel column units, as 宋体 (the workbook's font) draws it: ASCII one
    each; a character GB18030 stores in two bytes two (Chinese, full-width forms, and also × “ ” …, which
    宋体 draws full width where Unicode calls them ambiguous); a rare four-byte one (an emoji) at most four.
    The codec counts in C: the save of a 100,000-line declaration measured every text this way."""
    return len(text) if text.isascii() else len(text.encode("gb18030", "replace"))


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` units wide."""
    usable = max(width - 1.5, 2.0)  # cell padding eats about a character and a half
    if "\n" not in text:
        # Short texts fit whatever their characters; the others are measured in C (display_width).
        return 1 if 2 * len(text) <= usable else max(1, math.ceil(display_width(text) / usable))
    return sum(max(1, math.ceil(display_width(paragraph) / usable)) for paragraph in text.split("\n"))


def row_height(texts: list[tuple[str, float]], minimum: float = 20.0) -> float:
    """A row height in points that shows every (text, column width) pair of the row unclipped."""
    lines = 1
    for text, width in texts:
        if text:
            lines = max(lines, wrapped_lines(text, width))
    return min(MAX_ROW_HEIGHT, max(minimum, lines * LINE_HEIGHT + 6))


def name_for(key: str) -> str:
    """The defined name of an anchor, such as GB_project_name."""
    return NAME_PREFIX + key.replace(".", "_")


@lru_cache(maxsize=4096)
def formula_for(expression: str, value: Decimal) -> str | None:
    """The cell formula for a factor typed as arithmetic, or None when it does not give ``value``."""
    try:
        if evaluate(expression) != value:
            return None
    except ExpressionError:
        return None
    # The evaluator accepts thousands separators and full-width signs; a spreadsheet wants plain ASCII.
    return "=" + normalise(expression).replace(",", "")
