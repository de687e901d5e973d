"""The breakdown line, written and read in one place: 1.工资：158人×2580元×11个月=4,484,040.00元；（备注）.

Writing makes the generated breakdown and total, so the copies of the list never disagree; reading takes
such lines back, whether this module wrote them or a colleague typed them into a form or into 预算绩效说明.
Numbers in a line are those of domain.numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate, is_plain_number, normalise
from gridbudget_gui.domain.document import CostItem, Document, Factor
from gridbudget_gui.domain.money import amounts_in, format_money, money_in_words, plain_decimal, to_money
from gridbudget_gui.domain.numbers import ALONE, DIGIT, MONEY_UNIT, SIGNED, NumberError, number_value, scaled
from gridbudget_gui.domain.patterns import compiled


def factor_text(factor: Factor) -> str:
    """A factor as printed: 158人, 2580元, 4500.00元/辆."""
    return f"{plain_decimal(factor.value)}{factor.unit}"


def arithmetic_text(item: CostItem) -> str:
    """The arithmetic of a line as printed: 158人×2580元×11个月, or 共 for a lump sum."""
    if item.is_lump_sum:
        return "共"
    return "×".join(factor_text(factor) for factor in item.factors)


# The PDF's bundled face has no U+2212 minus sign: the hyphen-minus stands for it.
_PRINTED_OPERATORS = str.maketrans({"*": "×", "/": "÷"})


def typed_factor_text(factor: Factor) -> str:
    """A factor as the 测算依据 cell prints it, with the arithmetic typed for it beside the number:
    158（45×4-22）人; 2580元 when nothing was typed (``read_factors`` reads both back)."""
    number = plain_decimal(factor.value)
    if not factor.expression or is_plain_number(factor.expression):
        return f"{number}{factor.unit}"
    typed = normalise(factor.expression).replace(" ", "").translate(_PRINTED_OPERATORS)
    return f"{number}（{typed}）{factor.unit}"


def typed_arithmetic_text(item: CostItem) -> str:
    """The arithmetic of a line with the typed arithmetic kept: 158（45×4-22）人×2580元×11个月, or 共."""
    if item.is_lump_sum:
        return "共"
    return "×".join(typed_factor_text(factor) for factor in item.factors)


def breakdown_line(number: int, item: CostItem) -> str:
    """One numbered line: 1.工资及劳务派遣费：158人×2580元×11个月=4,484,040.00元；"""
    amount = format_money(item.amount)
    if item.is_lump_sum:
        text = f"{number}.{item.name}：共{amount}元；"
    else:
        text = f"{number}.{item.name}：{arithmetic_text(item)}={amount}元；"
    if item.note:
        text += f"（{item.note}）"
    return text


def total_line(document: Document) -> str:
    """The total in figures and in 大写: 合计：5,345,800.00元（大写：伍佰叁拾肆万伍仟捌佰元整）。"""
    total = document.cost_total
    return f"合计：{format_money(total)}元（大写：{money_in_words(total)}）。"


def breakdown_text(document: Document) -> str:
    """The whole generated breakdown: the numbered lines and the total, one per line."""
    lines = [breakdown_line(i, item) for i, item in enumerate(document.written_cost_items, start=1)]
    lines.append(total_line(document))
    return "\n".join(lines)


# Reading ---------------------------------------------------------------------------------------------

_UNIT = r"[^\d×xX*＊=＝；;，,。\s:：()（）]{0,8}"
"""A factor's unit: up to eight characters that are not digits (of any script) nor the line's punctuation."""
_MUL = r"\s*[×xX*＊]\s*"
_CHAIN = rf"{ALONE}(?<![×xX*＊])(?<![×xX*＊]\s)({SIGNED}){_UNIT}(?:{_MUL}{SIGNED}{_UNIT})*\s*[=＝]\s*(?P<amount>{SIGNED})\s*(?P<unit>{MONEY_UNIT})?"
"""Factors, then = and the amount: 158人×2580元×11个月=4,484,040.00元, or one factor: 12个月=12.00元.
The first factor does not follow a × (in 5٣人×2580元=… the product is not 2580元)."""
_FACTOR = rf"(?P<number>{SIGNED})(?P<unit>{_UNIT})"
# 名称：共80,000.00元 as written here; a bare 共… only when no colon comes before it (共享单车：共5元).
_LUMPS = (
    rf"[:：]\s*共\s*(?P<amount>{SIGNED})\s*(?P<unit>{MONEY_UNIT})",
    rf"共\s*(?P<amount>{SIGNED})\s*(?P<unit>{MONEY_UNIT})",
    rf"[:：]\s*(?P<amount>{SIGNED})\s*(?P<unit>{MONEY_UNIT})\s*[；;。，,]?\s*$",
)
# 1. 1、 (1) （1） 1)…, up to line 999999 as the writer numbers them. A year and a month (2021.12月) is
# a date, not line 2021: the one reading a written line cannot give back.
_DATE = rf"(?:19|20|21|１９|２０|２１){DIGIT}{{2}}[.．]\s*(?:0?[1-9]|1[0-2]|０?[１-９]|１[０-２])月"
_NUMBERED = (
    rf"^\s*(?!{_DATE})(?:[(（]?(?P<number>{DIGIT}{{1,6}})[)）]?\s*[.、．]"
    rf"|[(（](?P<bracketed>{DIGIT}{{1,6}})[)）])\s*(?=\S)"
)


def numbered_line(line: str) -> tuple[int, str] | None:
    """Split a numbered line into its number and the rest: "2.人身意外险：…" → (2, "人身意外险：…")."""
    match = compiled(_NUMBERED).match(line)
    if match is None:
        return None
    return int(number_value(match["number"] or match["bracketed"])), line[match.end() :]


def read_cost_line(text: str) -> CostItem | None:
    """One line without its number: 工资158人×2580元×11个月=4484040元；（备注） → a CostItem; None if it is
    neither a product with its amount nor a lump sum (共80000元, 名称：80000元)."""
    line = text.strip()
    try:
        return _read_cost_line(line)
    except NumberError:  # a figure past the bounds: the line is not one GridBudget can hold
        return None


def _read_cost_line(line: str) -> CostItem | None:
    match = compiled(_CHAIN).search(line)
    if match is not None:
        factors = []
        chain = line[match.start() : match.start("amount")]
        for part in compiled(_FACTOR).finditer(chain.rstrip("=＝ ")):
            unit = part["unit"]
            if unit.startswith("/"):
                unit = "元" + unit  # 4500.00/辆 is a price per vehicle: 元/辆
            factors.append(Factor(number_value(part["number"]), unit))
        amount = scaled(number_value(match["amount"]), match["unit"] or "元")
        return CostItem(_name(line[: match.start()]), factors, to_money(amount), _note(line[match.end() :]))
    for pattern in _LUMPS:
        match = compiled(pattern).search(line)
        if match is not None:
            amount = scaled(number_value(match["amount"]), match["unit"])
            return CostItem(_name(line[: match.start()]), [], to_money(amount), _note(line[match.end() :]))
    return None


def _name(head: str) -> str:
    return head.rstrip("：:，, ").strip()


def _note(tail: str) -> str:
    """The remark after the amount: ；（缺1个月工资…） → 缺1个月工资…"""
    note = tail.strip().lstrip("；;。，,").strip()
    if note[:1] in "（(" and note[-1:] in "）)":
        note = note[1:-1].strip()
    return note


_MULTIPLY = "×xX*＊"
_OPEN, _CLOSE = "（(", "）)"
_TYPED_FACTOR = (
    rf"(?P<number>{SIGNED})\s*(?:[（(](?P<expression>.*)[)）])?\s*(?P<unit>[^\d×xX*＊=＝；;，,。\s:：()（）]{{0,8}})",
    re.DOTALL,
)
"""One factor of a printed chain: 158人, 4500.00元/辆, or 158（45×4-22）人 with the arithmetic typed for it."""


def read_factors(text: str) -> list[Factor] | None:
    """The factors of a printed arithmetic (what ``typed_arithmetic_text`` writes, or a colleague's 测算依据):
    158（45×4-22）人×2580元×11个月 → 158 人 (typed 45*4-22), 2580 元, 11 个月; the signs ×, x, * or ＊ join
    them, digits may be full-width. None when the text is anything else: a sentence, a remark in brackets
    (8辆（含备用）), arithmetic that does not give its number, a figure past the bounds.
    """
    parts = _top_level_parts(text.strip())
    if not parts:
        return None
    factors: list[Factor] = []
    try:
        for part in parts:
            match = compiled(*_TYPED_FACTOR).fullmatch(part.strip())
            if match is None:
                return None
            value = number_value(match["number"])
            expression = ""
            if match["expression"] is not None:
                expression = normalise(match["expression"]).replace(" ", "")
                if evaluate(expression) != value:
                    return None  # 10（12）人 is not arithmetic for 10: the bracket says something else
                if is_plain_number(expression):
                    expression = ""
            unit = match["unit"]
            if unit.startswith("/"):
                unit = "元" + unit  # 4500.00/辆 is a price per vehicle: 元/辆
            factors.append(Factor(value, unit, expression))
    except (NumberError, ExpressionError):
        return None
    return factors


def _top_level_parts(text: str) -> list[str] | None:
    """``text`` cut at the multiplication signs outside brackets; None when a bracket is not closed."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth < 0:
                return None
        elif char in _MULTIPLY and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    if depth:
        return None
    parts.append(text[start:])
    return parts if all(part.strip() for part in parts) else None


def read_breakdown_line(line: str) -> tuple[int, CostItem] | None:
    """A numbered breakdown line back into its number and CostItem (what ``breakdown_line`` writes)."""
    numbered = numbered_line(line)
    if numbered is None:
        return None
    item = read_cost_line(numbered[1])
    return None if item is None else (numbered[0], item)


def stated_amounts(text: str) -> list[tuple[int, Decimal | None]]:
    """The numbered lines of a breakdown written in text: (number, the amount the line states).

    A line read as a cost line gives its amount (so a remark's figures do not count); any other numbered
    line gives the last amount of money in it, or None.
    """
    result: list[tuple[int, Decimal | None]] = []
    for line in text.splitlines():
        numbered = numbered_line(line)
        if numbered is None:
            continue
        item = read_cost_line(numbered[1])
        if item is not None:
            result.append((numbered[0], item.amount))
        else:
            amounts = amounts_in(numbered[1])
            result.append((numbered[0], amounts[-1] if amounts else None))
    return result
