"""Spreadsheet cell values whatever file they come from: the text a user sees, numbers as exact Decimals."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate

CellValue = object
"""A cell as the libraries give it: text, int, float, Decimal, date, datetime or None."""

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def cell_text(value: CellValue, fmt: str = "") -> str:
    """A cell value as the text a user sees: 45 not 45.0, dates as ISO, Excel's _x000D_ escapes undone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        number = to_decimal(value)
        if number is None:
            return ""
        if "%" in fmt:
            return format((number * 100).normalize(), "f") + "%"
        return format(number, "f")
    text = str(value)
    if "_x" in text:
        text = _ESCAPE.sub(_unescape, text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unescape(match: re.Match[str]) -> str:
    code = int(match[1], 16)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate cannot be saved as UTF-8


def to_decimal(value: object) -> Decimal | None:
    """A number cell as an exact Decimal (floats through their shortest repr); None if it is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def formula_value(formula: str) -> Decimal | None:
    """The value of a formula that is plain arithmetic (=45*4-22); None for anything else."""
    try:
        return evaluate(formula.lstrip("="))
    except ExpressionError:
        return None
