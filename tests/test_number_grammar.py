"""One number grammar: the same text is refused or read, with the same value, by every place that reads numbers.

Each entry point gets the number in the setting it reads it from (a typed cell, a hand-written amount, a
sentence of prose, an indicator target, a cost line of a colleague's form, a pasted cell, a formula).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate
from gridbudget_gui.domain.breakdown import read_cost_line, stated_amounts
from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.money import amounts_in, parse_money, to_money
from gridbudget_gui.domain.numbers import NumberError, parse_number
from gridbudget_gui.domain.targets import parse_target
from gridbudget_gui.io.cells import formula_value
from gridbudget_gui.io.form.costs import parse_cost_text
from gridbudget_gui.ui.models.cost import CostTableModel
from gridbudget_gui.ui.models.funding import FundingModel
from gridbudget_gui.ui.session import DocumentSession

Reader = Callable[[str], Decimal | None]


def _evaluate(text: str) -> Decimal | None:
    try:
        return evaluate(text)
    except ExpressionError:
        return None


def _number(text: str) -> Decimal | None:
    try:
        return parse_number(text)
    except NumberError:
        return None


def _prose(text: str) -> Decimal | None:
    amounts = amounts_in(f"项目资金由区财政安排{text}元。")
    return amounts[-1] if amounts else None


def _target(text: str) -> Decimal | None:
    return parse_target(f"≥{text}").number


def _lump_line(text: str) -> Decimal | None:
    item = read_cost_line(f"其他：共{text}元；")
    return None if item is None else item.amount


def _factor_line(text: str) -> Decimal | None:
    item = read_cost_line(f"工资：{text}人×2580元=1元；")
    return None if item is None else item.factors[0].value


def _form_text(text: str) -> Decimal | None:
    items = parse_cost_text(f"1.其他：共{text}元；").items
    return items[0].amount if items else None


def _notes(text: str) -> Decimal | None:
    lines = stated_amounts(f"1.其他：共{text}元；")
    return lines[0][1] if lines else None


def _formula(text: str) -> Decimal | None:
    return formula_value(f"={text}")


def _paste_factor(text: str) -> Decimal | None:
    item = CostItem("工资")
    unread = CostTableModel(DocumentSession(Document())).paste_row(item, [(("value", 0), f"{text}人")])
    return None if unread else item.factors[0].value


def _paste_amount(text: str) -> Decimal | None:
    item = CostItem("其他")
    unread = CostTableModel(DocumentSession(Document())).paste_row(item, [(("amount", 0), text)])
    return None if unread else item.amount


def _paste_funding(text: str) -> Decimal | None:
    document = Document()
    problems = FundingModel(DocumentSession(document)).paste(1, 1, [[text]])
    return None if problems else document.funding.annual.central


NUMBER_READERS: dict[str, Reader] = {
    "parse_number": _number,
    "evaluate": _evaluate,
    "parse_money": parse_money,
    "amounts_in": _prose,
    "parse_target": _target,
    "cost line: lump sum": _lump_line,
    "cost line: factor": _factor_line,
    "colleague's 项目实施内容": _form_text,
    "预算绩效说明 lines": _notes,
    "formula cell": _formula,
    "paste: factor cell": _paste_factor,
    "paste: amount cell": _paste_amount,
    "paste: funding cell": _paste_funding,
}
MONEY = {"parse_money", "amounts_in", "cost line: lump sum", "colleague's 项目实施内容", "预算绩效说明 lines"}
MONEY |= {"paste: amount cell", "paste: funding cell"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("٥٣٤", None),  # Arabic-Indic: refused everywhere (amounts_in read it as 534)
        ("١٢", None),
        ("۱۲", None),
        ("５３４", "534"),
        ("5,345,800.00", "5345800"),
        ("1，000", "1000"),
        ("４５．５", "45.5"),
        (".5", "0.5"),
        ("−5", "-5"),
        ("+3", "3"),
        ("1,23", None),
        ("1,2345", None),
        ("12,34,567", None),
        ("1e5", None),
        ("1_000", None),
        ("NaN", None),
        ("Infinity", None),
        ("1000000000000001", None),
        ("9" * 19, None),
    ],
)
def test_every_reader_agrees_on_a_number(qtbot: QtBot, text: str, value: str | None) -> None:
    expected = None if value is None else Decimal(value)
    got = {name: read(text) for name, read in NUMBER_READERS.items()}
    wanted = {
        name: None if expected is None else to_money(expected) if name in MONEY else expected for name in NUMBER_READERS
    }
    assert got == wanted


# Units: a reader that knows money units scales them the same way; one that reads bare numbers refuses them.
UNIT_READERS: dict[str, Reader] = {
    "parse_number": _number,
    "evaluate": _evaluate,
    "parse_money": parse_money,
    "amounts_in": lambda text: (amounts_in(f"安排{text}。") or [None])[-1],
    "parse_target": _target,
    "cost line: lump sum": lambda text: _lump_line(text.removesuffix("元")),
    "paste: amount cell": _paste_amount,
    "paste: funding cell": _paste_funding,
}


@pytest.mark.parametrize(
    ("text", "money", "target"),
    [
        ("534.58万元", "5345800", "5345800"),
        ("1.5亿元", "150000000", "150000000"),
        ("５３４．５８万元", "5345800", "5345800"),
        ("12%", None, "12"),  # a percentage is a target's unit, never money
        ("٥٣٤万元", None, None),
        ("100000000亿元", None, None),  # past 一千万亿 once scaled
    ],
)
def test_every_reader_agrees_on_units(qtbot: QtBot, text: str, money: str | None, target: str | None) -> None:
    got = {name: read(text) for name, read in UNIT_READERS.items()}
    wanted: dict[str, Decimal | None] = dict.fromkeys(UNIT_READERS)
    for name in ("parse_money", "amounts_in", "cost line: lump sum", "paste: amount cell", "paste: funding cell"):
        wanted[name] = None if money is None else to_money(Decimal(money))
    wanted["parse_target"] = None if target is None else Decimal(target)
    assert got == wanted
    if target is not None:
        assert parse_target(f"≥{text}").unit == ("%" if text.endswith("%") else "元")
