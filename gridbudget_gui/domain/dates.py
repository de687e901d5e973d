"""Dates as clerks write them: 2020-10-26, 2020年10月26日, 2020/10/26, 2020.10.26."""

from __future__ import annotations

import datetime
import re

# ASCII digits only (full-width ones are translated first), as in domain/numbers.py: ``\d`` alone would also
# take Arabic-Indic and other scripts' digits, which no other reader of the program accepts.
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$", re.ASCII)


def parse_date(text: str) -> datetime.date | None:
    """The date written in ``text``, or None when it is not a real date."""
    match = _DATE.match(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def to_iso(text: str) -> str:
    """The ISO form of a date written by hand, or the text unchanged when it is not a date."""
    date = parse_date(text)
    return date.isoformat() if date is not None else text.strip()


def to_chinese(text: str) -> str:
    """A date as printed on the form: 2020年10月26日 (text that is not a date is kept)."""
    date = parse_date(text)
    return f"{date.year}年{date.month}月{date.day}日" if date is not None else text
