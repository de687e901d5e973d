"""Spreadsheet formulas for what the workbook restates: the 大写 of an amount and the 测算说明 lines.

Only MOD, INT, ROUND, ABS, MID, FIXED, IF, AND and ``&``: every one works the same in Excel, WPS and
LibreOffice. ``TEXT(x,"[DBNum2]")`` does not (LibreOffice writes other zeros, and neither adds 元角分),
and NUMBERSTRING is WPS's and Excel's only. The 大写 formula follows domain.money.money_in_words (cn2an's
rules) digit by digit; tests compare the two through LibreOffice.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from gridbudget_gui.domain.document import CostItem
from gridbudget_gui.domain.money import WORDS_LIMIT
from gridbudget_gui.io.xlsx.package import column_letter

_DIGITS = '"零壹贰叁肆伍陆柒捌玖"'
_UNITS = ("", "拾", "佰", "仟")
POSITIONS = 16
"""Digits of 元 the formula writes: up to 仟万亿, as money_in_words does below WORDS_LIMIT."""


def _digit(cents: str, power: int) -> str:
    """The digit at 10**power of the amount in cents."""
    return f"MOD(INT({cents}/{10**power}),10)"


def words_formula(cell: str) -> str:
    """A formula giving ``money_in_words`` of the amount in ``cell`` (an absolute reference such as $I$20)."""
    cents = f"ROUND(ABS({cell})*100,0)"
    terms = []
    for position in range(POSITIONS - 1, -1, -1):
        digit = _digit(cents, position + 2)
        # 零 before a digit that follows a zero inside its group of four, when something higher was written.
        zero = ""
        if position % 4 != 3:
            zero = f'IF(AND({_digit(cents, position + 3)}=0,INT({cents}/{10 ** (position + 4)})>0),"零","")&'
        terms.append(f'IF({digit}=0,"",{zero}MID({_DIGITS},{digit}+1,1)&"{_UNITS[position % 4]}")')
        if position == 12:
            terms.append(f'IF(INT({cents}/{10**14})>0,"万","")')
        elif position == 8:
            terms.append(f'IF(INT({cents}/{10**10})>0,"亿","")')
        elif position == 4:
            terms.append(f'IF(MOD(INT({cents}/{10**6}),10000)>0,"万","")')
    yuan = f"INT({cents}/100)"
    jiao, fen = _digit(cents, 1), _digit(cents, 0)
    words = (
        "&".join(terms)
        + f'&IF({yuan}>0,"元","")'
        + f'&IF({jiao}>0,MID({_DIGITS},{jiao}+1,1)&"角",IF(AND({yuan}>0,{fen}>0),"零",""))'
        + f'&IF({fen}>0,MID({_DIGITS},{fen}+1,1)&"分",IF({jiao}=0,"整",""))'
    )
    limit = format(WORDS_LIMIT, "f")
    return (
        f'IF(ABS({cell})>={limit},"（金额超过万亿，无法写成大写）",IF({cents}=0,"零元整",IF({cell}<0,"负","")&{words}))'
    )


def places(value: object) -> int:
    """Decimal places a factor was typed with (4500.00 → 2)."""
    if not isinstance(value, Decimal):
        return 0
    exp = value.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def line_formula(item: CostItem, row: int, amount_col: int, note_col: int) -> str:
    """The expression (without =) of one 测算说明 line, as domain.breakdown.breakdown_line writes it, from
    the cells of cost-table row ``row``: 序号 in A, name in B, factor (value, unit) pairs from C on."""
    shape = None if item.is_lump_sum else tuple(places(factor.value) for factor in item.factors)
    return _line_template(shape, amount_col, note_col).replace(_ROW, str(row))


_ROW = "\0"
"""Where a template puts the row number (no formula holds a NUL)."""


@lru_cache(maxsize=512)  # a few shapes serve every line of the table
def _line_template(shape: tuple[int, ...] | None, amount_col: int, note_col: int) -> str:
    """line_formula for a line of ``shape`` (each factor's places, None for a lump sum) in row _ROW."""
    head = f'A{_ROW}&"."&B{_ROW}&"："'
    if shape is None:
        arithmetic = '"共"'
    else:
        arithmetic = '&"×"&'.join(
            _factor_text(f"{column_letter(3 + 2 * index)}{_ROW}", decimals) + f"&{column_letter(4 + 2 * index)}{_ROW}"
            for index, decimals in enumerate(shape)
        )
        arithmetic += '&"="'
    amount, note = f"{column_letter(amount_col)}{_ROW}", f"{column_letter(note_col)}{_ROW}"
    return f'{head}&{arithmetic}&FIXED({amount},2)&"元；"&IF({note}="","","（"&{note}&"）")'


def _factor_text(cell: str, decimals: int) -> str:
    """A factor as domain.breakdown prints it, computed from its cell: with the places it was typed with
    (4500.00), or, when someone typed more places in the sheet, the number as typed (8.5 over 8, not 9):
    ``x&""`` is the number in General format in Excel, WPS and LibreOffice alike, which for a whole number
    is FIXED(x,0,TRUE)'s text too (below 10**15)."""
    if not decimals:
        return f'{cell}&""'
    return f'IF(ROUND({cell},{decimals})={cell},FIXED({cell},{decimals},TRUE),{cell}&"")'


def total_formula(total: str, words: str) -> str:
    """The breakdown's last line: 合计：5,345,800.00元（大写：…）。 from the total and the 大写 cell."""
    return f'"合计："&FIXED({total},2)&"元（"&{words}&"）。"'
