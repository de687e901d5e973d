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


@lru_cache(maxsize=4096)
def _broken(text: str, width: float, font: str, size: float) -> tuple[str, ...]:
    # Cached: a declaration repeats its notes and units line after line (bounded for 100,000 lines).
    units = _units(text)
    measure = _widths(font).__getitem__
    if _SPACE.search(text) is None:
        # Widths at size 1 from the start of the text to each unit boundary.
        reach = [0.0, *itertools.accumulate(map(measure, text))]
        offsets = list(map(reach.__getitem__, itertools.accumulate(map(len, units), initial=0)))
        limit = (width + 1e-6) / size
        lines: list[str] = []
        start, count = 0, len(units)
        while start < count:
            base = offsets[start] + limit
            stop = bisect.bisect_right(offsets, base, start + 1) - 1  # units start…stop-1 fit as they are
            if stop < count:
                unit = units[stop]
                # A closing mark at the end of a unit may hang past the line end (标点悬挂).
                hang = measure(unit[-1]) if len(unit) > 1 and unit[-1] in CANNOT_START_ZH else 0.0
                if offsets[stop + 1] - hang <= base:
                    stop += 1
            if stop == start:
                break  # a unit wider than a whole line: cut it below
            lines.append("".join(units[start:stop]))
            start = stop
        else:
            return tuple(lines) if lines else ("",)
    return _broken_slowly(units, width, font, size)


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
