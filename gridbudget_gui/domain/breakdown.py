"""Generated text: the numbered cost breakdown and the total, so the copies of the list never disagree."""

from __future__ import annotations

from gridbudget_gui.domain.document import CostItem, Document, Factor
from gridbudget_gui.domain.money import format_money, money_in_words, plain_decimal


def factor_text(factor: Factor) -> str:
    """A factor as printed: 158人, 2580元, 4500.00元/辆."""
    return f"{plain_decimal(factor.value)}{factor.unit}"


def arithmetic_text(item: CostItem) -> str:
    """The arithmetic of a line as printed: 158人×2580元×11个月, or 共 for a lump sum."""
    if item.is_lump_sum:
        return "共"
    return "×".join(factor_text(factor) for factor in item.factors)


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
    lines = [breakdown_line(i, item) for i, item in enumerate(document.cost_items, start=1)]
    lines.append(total_line(document))
    return "\n".join(lines)
