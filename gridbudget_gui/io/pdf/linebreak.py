"""Chinese line breaking for the PDF (禁则): no closing mark starts a line, no opening mark ends one.

reportlab's CJK splitter (``textsplit.dumbSplit``) cuts "like a knife" between any two characters: it keeps
a closing mark off the start of a line, but leaves an opening bracket such as 【 or （ at the end of one, and
cuts numbers (4,484,|040.00) and Latin words in two. This breaker works on units instead: a run of digits or
Latin letters is one unit; an opening mark sticks to what follows it, a closing mark to what precedes it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache, lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

# Chinese punctuation that must not start a line (避头点). reportlab's list
# (reportlab.lib.textsplit.CANNOT_START_LINE) is Japanese-centred and lacks the full-width comma,
# semicolon, colon, closing quotes and book-title marks.
CANNOT_START_ZH = "，。、；：！？”’》〉）】』」〕］…%％!,.:;?)]"
# Opening marks that must not end a line (避尾点): reportlab's splitter never checks them.
CANNOT_END_ZH = "“‘（【《〈「『〔［([{"

# A number with its grouping and decimals (4,484,040.00, 45*4-22 stays cuttable at its operators),
# a Latin word, or one character.
_UNIT = r"[0-9A-Za-z]+(?:[.,:][0-9A-Za-z]+)*|\s+|."
_SPACE = re.compile(r"\s")
# A unit with the opening marks before it and the closing marks after it glued on.
_GLUED = re.compile(
    f"[{re.escape(CANNOT_END_ZH)}]*(?:{_UNIT})[{re.escape(CANNOT_START_ZH)}]*",
    re.DOTALL,
)


class _Widths(dict[str, float]):
    """Character widths of one font at size 1, measured on first use."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, char: str) -> float:
        width = self[char] = float(stringWidth(char, self.font, 1.0))
        return width


@cache
def _widths(font: str) -> _Widths:
    return _Widths(font)


def _char_width(char: str, font: str) -> float:
    """The width of one character at size 1 (scaled by the caller)."""
    return _widths(font)[char]


def _width(text: str, font: str, size: float) -> float:
    return sum(map(_widths(font).__getitem__, text)) * size


def _units(text: str) -> list[str]:
    """The unbreakable pieces of ``text``: closing marks glued to the left, opening marks to the right."""
    units: list[str] = _GLUED.findall(text)
    if len(units) > 1 and all(char in CANNOT_END_ZH for char in units[-1]):
        last = units.pop()
        units[-1] += last  # opening marks at the very end stay with what precedes them
    return units


def _cut(unit: str, width: float, font: str, size: float) -> list[str]:
    """A unit wider than a whole line, cut between characters (a very long number or word), still keeping
    opening marks off a piece's end and closing marks off a piece's start where it can."""
    pieces: list[str] = []
    current = ""
    used = 0.0
    for char in unit:
        char_width = _char_width(char, font) * size
        if current and used + char_width > width:
            carry = ""
            while len(current) > 1 and (current[-1] in CANNOT_END_ZH or (carry or char)[0] in CANNOT_START_ZH):
                carry, current = current[-1] + carry, current[:-1]
            pieces.append(current)
            current, used = carry, _width(carry, font, size)
        current += char
        used += char_width
    pieces.append(current)
    return pieces


def break_line(text: str, width: float, font: str, size: float) -> list[str]:
    """One paragraph (no newline) in ``font`` broken into lines no wider than ``width`` (a closing mark may
    hang past it)."""
    return list(_broken(text, width, font, size))


_LATIN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SEPARATORS = ".,:"  # inside a number: 4,484,040.00


def _breakable(text: str, index: int) -> bool:
    """Whether a line of ``text`` (no whitespace) may end before ``text[index]``: whether a unit starts there.

    The same units as ``_units``, decided from the characters around ``index`` alone.
    """
    after = text[index]
    if after in CANNOT_START_ZH:
        return False
    before = text[index - 1]
    if before in CANNOT_END_ZH:
        return False
    if after in _LATIN:
        if before in _LATIN or (before in _SEPARATORS and index >= 2 and text[index - 2] in _LATIN):
            return False
    elif after in CANNOT_END_ZH:
        # Opening marks at the very end stay with what precedes them.
        return not all(char in CANNOT_END_ZH for char in text[index:])
    return True


@lru_cache(maxsize=4096)
def _broken(text: str, width: float, font: str, size: float) -> tuple[str, ...]:
    # Cached: a declaration repeats its notes and units line after line (bounded for 100,000 lines).
    if _SPACE.search(text) is None:
        lines = _broken_quickly(text, width, font, size)
        if lines is not None:
            return lines
    return _broken_slowly(_units(text), width, font, size)


def _broken_quickly(text: str, width: float, font: str, size: float) -> tuple[str, ...] | None:
    """``_broken`` for a text without spaces whose units each fit a line (None otherwise): each line ends at
    the last unit boundary before the first character that overflows it, or just after that character if it
    is a closing mark that may hang."""
    measure = _widths(font).__getitem__
    reach = [0.0, *itertools.accumulate(map(measure, text))]  # width at size 1 up to each character
    limit = (width + 1e-6) / size
    count = len(text)
    lines: list[str] = []
    start = 0
    while start < count:
        base = reach[start] + limit
        fits = bisect.bisect_right(reach, base, start + 1) - 1  # characters start…fits-1 fit as they are
        if fits >= count:
            lines.append(text[start:])
            break
        stop = fits
        while stop > start and not _breakable(text, stop):
            stop -= 1
        # A closing mark at the end of a unit (of more than itself) may hang past the line end (标点悬挂).
        if (
            text[fits] in CANNOT_START_ZH
            and stop < fits
            and (fits + 1 == count or _breakable(text, fits + 1))
            and reach[fits + 1] - measure(text[fits]) <= base
        ):
            stop = fits + 1
        if stop == start:
            return None  # a unit wider than a whole line: cut it the slow way
        lines.append(text[start:stop])
        start = stop
    return tuple(lines) if lines else ("",)


def _broken_slowly(units: list[str], width: float, font: str, size: float) -> tuple[str, ...]:
    """The general case of ``_broken``: spaces to drop at line starts, units wider than a line to cut."""
    lines: list[str] = []
    current = ""
    used = 0.0
    for unit in units:
        unit_width = _width(unit, font, size)
        hang = _char_width(unit[-1], font) * size if len(unit) > 1 and unit[-1] in CANNOT_START_ZH else 0.0
        if not current or used + unit_width - hang <= width + 1e-6:
            if not current and unit.isspace():
                continue  # a line never starts with the space it broke at
            if not current and unit_width - hang > width:
                *whole, current = _cut(unit, width, font, size)
                lines.extend(whole)
                used = _width(current, font, size)
                continue
            current += unit
            used += unit_width
            continue
        lines.append(current.rstrip())
        current, used = "", 0.0
        if unit.isspace():
            continue
        if unit_width - hang > width:
            *whole, current = _cut(unit, width, font, size)
            lines.extend(whole)
            used = _width(current, font, size)
        else:
            current, used = unit, unit_width
    lines.append(current.rstrip())
    return tuple(lines)
