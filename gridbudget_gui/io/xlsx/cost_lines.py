"""The cost lines (测算明细) of our own workbook read in bulk, straight from calamine's rows.

A 10,000-line declaration is 10,000 rows of the same few cells: a name, up to three factors with their
units, an amount (our ``=ROUND(C20*E20,2)``) and a note. Every line whose cells are all plain is read here in
one loop with everything it needs looked up once: which rows hold a formula beyond the amount, which factor
cells have a number format with places, each distinct number's Decimal, each typed arithmetic's value and
each amount in fen. A line with anything else (an escape in a text, a factor shown with places, a formula
over other cells, a unit without its number) is left to own.py's general reading, which reads a plain line
the same way: tests/io/test_xlsx_fastio.py compares the two on any declaration.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from gridbudget_gui.domain.document import CostItem, Factor
from gridbudget_gui.domain.money import ZERO, to_money
from gridbudget_gui.io.cells import formula_value as _formula_value
from gridbudget_gui.io.xlsx.sheetscan import ScannedSheet

formula_value = lru_cache(maxsize=4096)(_formula_value)
"""A formula's value, evaluated once: a declaration repeats the same typed arithmetic on many lines."""

EMPTY_LINE = CostItem()
"""What ``plain_lines`` gives for a row that holds no line at all."""


def formula_key(formula: str) -> str:
    """A formula as the hidden sheet's list of typed arithmetic finds it (no ``=``, no spaces)."""
    return formula.lstrip("=").replace(" ", "")


def with_places(number: Decimal, fmt: str) -> Decimal:
    """Give ``number`` the decimal places its display format shows (4500 shown as 4,500.00 is 4500.00)."""
    places = 0
    if "." in fmt:
        places = sum(1 for ch in fmt.split(".", 1)[1].split(";", 1)[0] if ch in "0#")
    exponent = number.normalize().as_tuple().exponent
    own = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return number.quantize(Decimal(1).scaleb(-max(places, own)))


class LineMemo:
    """What a declaration's cost lines repeat, worked out once: each formula's (number, expression), each
    float's Decimal and each amount in fen (10,000 lines hold a few hundred distinct ones)."""

    def __init__(self, expressions: dict[str, str]) -> None:
        self.expressions = expressions
        self.formulas: dict[str, tuple[Decimal, str] | None] = {}
        self.numbers: dict[float, Decimal] = {}
        self.amounts: dict[float, Decimal] = {}
        self.products: dict[tuple[object, ...], Decimal] = {}
        """Each product of factors in fen, by what the factors were read from (floats, typed arithmetic)."""

    def formula(self, formula: str) -> tuple[Decimal, str] | None:
        """A factor's typed arithmetic (=45*4-22) as own.py's _read_factor reads it; None for a formula over
        cells."""
        try:
            return self.formulas[formula]
        except KeyError:
            pass
        found: tuple[Decimal, str] | None = None
        computed = formula_value(formula)
        if computed is not None:  # a formula over other cells takes its stored value, with a note
            expression = self.expressions.get(formula_key(formula), formula.lstrip("="))
            if expression and formula_value(expression) is None:
                expression = ""
            found = (with_places(computed, "General"), expression)
        self.formulas[formula] = found
        return found

    def number(self, value: float) -> Decimal:
        """A float as the Decimal it was typed as (3.0 → 3, 0.1 → 0.1)."""
        number = self.numbers.get(value)
        if number is None:
            number = Decimal(int(value)) if value.is_integer() else Decimal(repr(value)).normalize()
            self.numbers[value] = number
        return number

    def amount(self, value: float) -> Decimal:
        """A float amount in fen."""
        amount = self.amounts.get(value)
        if amount is None:
            amount = to_money(self.number(value))
            self.amounts[value] = amount
        return amount


def plain_lines(
    scanned: ScannedSheet, first: int, last: int, amount_col: int, note_col: int, memo: LineMemo
) -> list[CostItem | None]:
    """The cost lines of rows ``first``–``last``, each read straight from calamine's row when every cell of it
    is plain (texts without escapes, numbers in formats without places, formulas only our amount's and
    typed arithmetic), ``EMPTY_LINE`` for an empty row, None for a line that needs the general reading.
    A row read here is let go of (ScannedSheet.release): its values make way for the line."""
    rows = scanned.rows
    if first < 1:
        return [None] * (last + 1 - first)
    factor_columns = tuple(range(3, amount_col - 1, 2))
    width = max(amount_col, note_col)
    # Looked up once: the formulas of each row of the block, and the rows whose factors have places.
    formulas: dict[int, dict[int, object]] = {}
    for (row, column), formula in scanned.formulas.items():
        if first <= row <= last:
            formulas.setdefault(row, {})[column] = formula
    wanted = set(factor_columns)
    placed = {row for row, column in scanned.cell_formats if column in wanted}
    number, typed, amount_of, products = memo.number, memo.formula, memo.amount, memo.products
    lines: list[CostItem | None] = []
    append = lines.append
    for row in range(first, min(last, len(rows)) + 1):
        values = rows[row - 1]
        in_row = formulas.get(row)
        if row in placed or len(values) < width or (in_row and (2 in in_row or note_col in in_row)):
            append(None)
            continue
        name, note = values[1], values[note_col - 1]
        if (
            type(name) is not str
            or type(note) is not str
            or "_x" in name
            or "\r" in name
            or "_x" in note
            or "\r" in note
        ):
            append(None)
            continue
        factors: list[Factor] = []
        key: list[object] = []  # what the factors are made of: the same make the same product
        for column in factor_columns:
            unit = values[column]
            if type(unit) is not str or "_x" in unit or "\r" in unit:
                break
            if in_row:
                if column + 1 in in_row:
                    break
                formula = in_row.get(column)
                if formula is not None:  # arithmetic typed in the editor (=45*4-22), as _read_factor reads it
                    if type(formula) is bytes:
                        formula = scanned.formula(row, column)
                    found = typed(formula) if type(formula) is str else None
                    if found is None:
                        break
                    factors.append(Factor(found[0], unit, found[1]))
                    key.append(formula)
                    continue
            value = values[column - 1]
            if value == "":
                if unit:
                    break  # a unit without its number: the general reading notes it
                continue
            if type(value) is not float:
                break
            factors.append(Factor(number(value), unit))
            key.append(value)
        else:
            amount = values[amount_col - 1]
            if in_row and amount_col in in_row:
                if not factors:
                    append(None)
                    continue
                amount = ""  # our formula is the product of the factor cells: redo it, never trust a cache
            if amount == "":
                if not (name or note or factors):
                    append(EMPTY_LINE)
                    scanned.release(row)
                    continue
                item = CostItem(name, factors, ZERO, note)
                if factors:
                    product = products.get(made_of := tuple(key))
                    if product is None:
                        item.recompute()
                        products[made_of] = item.amount
                    else:
                        item.amount = product
            elif type(amount) is float:
                item = CostItem(name, factors, amount_of(amount), note)
            else:
                append(None)
                continue
            append(item)
            scanned.release(row)
            continue
        append(None)
    lines.extend([None] * (last + 1 - first - len(lines)))
    return lines
