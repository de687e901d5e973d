"""Chinese line breaking for the PDF (禁则): no closing mark starts a line, no opening mark ends one.

reportlab's CJK splitter (``textsplit.dumbSplit``) cuts "like a knife" between any two characters: it keeps
a closing mark off the start of a line, but leaves an opening bracket such as 【 or （ at the end of one, and
cuts numbers (4,484,|040.00) and Latin words in two. This breaker works on units instead: a run of digits or
Latin letters is one unit; an opening mark sticks to what follows it, a closing mark to what precedes it.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth

# Chinese punctuation that must not start a line (避头点). reportlab's list
# (reportlab.lib.textsplit.CANNOT_START_LINE) is Japanese-centred and lacks the full-width comma,
# semicolon, colon, closing quotes and book-title marks.
CANNOT_START_ZH = "，。、；：！？”’》〉）】』」〕］…%％!,.:;?)]"
# Opening marks that must not end a line (避尾点): reportlab's splitter never checks them.
CANNOT_END_ZH = "“‘（【《〈「『〔［([{"

# A number with its grouping and decimals (4,484,040.00, 45*4-22 stays cuttable at its operators),
# a Latin word, or one character.
_UNIT = re.compile(r"[0-9A-Za-z]+(?:[.,:][0-9A-Za-z]+)*|\s+|.", re.DOTALL)


@cache
def _char_width(char: str, font: str) -> float:
    """The width of one character at size 1 (scaled by the caller)."""
    return float(stringWidth(char, font, 1.0))


def _width(text: str, font: str, size: float) -> float:
    return sum(_char_width(char, font) for char in text) * size


def _units(text: str) -> list[str]:
    """The unbreakable pieces of ``text``: closing marks glued to the left, opening marks to the right."""
    units: list[str] = []
    pending = ""  # opening marks waiting for the unit they open
    for match in _UNIT.finditer(text):
        piece = match[0]
        if piece in CANNOT_END_ZH:
            pending += piece
            continue
        if units and not pending and piece[0] in CANNOT_START_ZH:
            units[-1] += piece
            continue
        units.append(pending + piece)
        pending = ""
    if pending:
        if units:
            units[-1] += pending
        else:
            units.append(pending)
    return units


def _hanging(unit: str, font: str, size: float) -> float:
    """The width of one closing mark at the end of ``unit``: it may hang past the line end (标点悬挂)."""
    if len(unit) > 1 and unit[-1] in CANNOT_START_ZH:
        return _char_width(unit[-1], font) * size
    return 0.0


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
    lines: list[str] = []
    current = ""
    used = 0.0
    for unit in _units(text):
        unit_width = _width(unit, font, size)
        if not current or used + unit_width - _hanging(unit, font, size) <= width + 1e-6:
            if not current and unit.isspace():
                continue  # a line never starts with the space it broke at
            if not current and unit_width - _hanging(unit, font, size) > width:
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
        if unit_width - _hanging(unit, font, size) > width:
            *whole, current = _cut(unit, width, font, size)
            lines.extend(whole)
            used = _width(current, font, size)
        else:
            current, used = unit, unit_width
    lines.append(current.rstrip())
    return lines
