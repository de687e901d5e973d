"""Cost lines from a colleague's form: numbered text lines (158人×2580元×11个月=4484040元) or a cost table."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal

from gridbudget_gui.domain.breakdown import numbered_line, read_cost_line, read_factors
from gridbudget_gui.domain.document import CostItem, Factor
from gridbudget_gui.domain.money import WAN, parse_money, to_money
from gridbudget_gui.domain.numbers import SIGNED, NumberError, parse_number
from gridbudget_gui.io.cells import to_decimal
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.lexicon import header_role


@dataclass
class CostText:
    """What the text of 项目实施内容 holds: the prose (intro and anything unparsed) and the cost lines."""

    content: str
    items: list[CostItem] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)


def parse_cost_text(text: str) -> CostText:
    """Split 项目实施内容 into its prose and its numbered cost lines."""
    prose: list[str] = []
    result = CostText("")
    for line in text.split("\n"):
        numbered = numbered_line(line)
        if numbered is None:
            if line.strip():
                prose.append(line)
            continue
        item = read_cost_line(numbered[1])
        if item is None:
            prose.append(line)
            result.unparsed.append(line.strip())
        else:
            result.items.append(item)
    result.content = "\n".join(prose)
    return result


_LISTED_LINE = re.compile(rf"^(?P<name>[^0-9０-９]{{2,40}}?)[:：]?\s*(?P<amount>{SIGNED})\s*(?P<unit>万元|元)$")


def parse_listed_costs(text: str) -> list[CostItem]:
    """Cost lines written as a list of names and amounts (维修（护）费19980200元；委托业务费2450000元), when every
    part of the text is one; [] otherwise (prose is never taken for lines)."""
    parts = [part.strip(" 。.") for part in re.split(r"[；;\n]", text) if part.strip(" 。.")]
    items = []
    for part in parts:
        match = _LISTED_LINE.match(part)
        if match is None:
            return []
        try:
            amount = parse_money(match["amount"], match["unit"])
        except NumberError:
            return []
        if amount is None:
            return []
        items.append(CostItem(match["name"].strip(), [], amount=amount))
    return items if len(items) >= 2 else []


COST_HEADINGS: dict[str, tuple[str, ...]] = {
    # The name column's headings, the more specific first: 子活动 beside 项目活动 names the line.
    "name": (
        *("子活动", "测算项目", "支出内容", "支出项目", "费用名称", "经费项目", "项目内容", "明细项目"),
        *("项目预算成本构成", "预算成本构成", "成本构成", "支出构成"),
        *("支出明细", "测算内容", "内容", "名称", "明细", "项目活动", "活动", "支出事项", "费用项目", "项目", "支出"),
    ),
    "amount": (
        "金额",
        "预算金额",
        "合计金额",
        "预算数",
        "小计",
        "支出计划",
        "支出金额",
        "申请金额",
        "测算金额",
        "预算",
    ),
    "unit": ("单位", "计量单位"),
    "note": ("备注", "说明", "测算依据"),
}
"""A cost table's headings by column, as synonyms: add a province's wording here. A table whose headings are
in none of these is still found by its structure (find_cost_table_by_structure)."""
_NAME_HEADERS = COST_HEADINGS["name"]
_AMOUNT_HEADERS = COST_HEADINGS["amount"]
_UNIT_HEADERS = COST_HEADINGS["unit"]
_NOTE_HEADERS = COST_HEADINGS["note"]
_PAREN_UNIT = re.compile(r"[（(\[【]([^（）()\[\]【】]{1,8})[)）\]】]\s*$")
_TOTAL_WORDS = ("合计", "总计", "小计", "共计")


@dataclass
class CostTable:
    """A cost table found in a grid: its items and the cells it used."""

    items: list[CostItem]
    used: set[tuple[int, int]]
    unit_guessed: tuple[int, int] | None = None
    """The amount heading's cell when nothing stated the amounts' unit (read as 元)."""
    columns: tuple[int, dict[int, str], int, int] = (0, {}, 0, 0)
    """Where it was read: its heading row, the headings, the name and the amount columns (to read it again)."""

    def total(self) -> Decimal:
        """The sum of its lines' amounts."""
        return sum((item.amount for item in self.items), Decimal(0))

    def proves_yuan(self) -> bool:
        """True when its lines have factors whose product is the amount read in 元 (数量 × 单价 = 金额)."""
        priced = [item for item in self.items if item.factors]
        return bool(priced) and all(item.product() == item.amount for item in priced)


def read_in_unit(grid: Grid, table: CostTable, unit: str) -> CostTable:
    """The same table read again with its amounts in ``unit`` (万元), once the form's figures showed it."""
    header_row, headers, name_col, amount_col = table.columns
    return _read_table(grid, header_row, headers, name_col, amount_col, unit)


def _header_key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_cost_table(grid: Grid, taken: Collection[tuple[int, int]] = ()) -> CostTable | None:
    """A cost table with its own headings (支出内容 … 金额, or the year's 本年度申请资金 beside last year's), if
    the grid has one; a heading row already read as something else (a funding table's) is not its."""
    for row in grid.rows():  # an empty row holds no headings: a stray cell far below costs nothing
        headers = {col: _header_key(grid.text(row, col)) for col in grid.columns(row)}
        name_col = next((c for name in _NAME_HEADERS for c, h in headers.items() if _bare(h) == name), None)
        if name_col is None:
            name_col = next((c for name in _LONG_NAMES for c, h in headers.items() if h.endswith(name)), None)
        amount_cols = _amount_columns(headers)
        if name_col is None:
            continue
        amount_cols = [c for c in amount_cols if c > name_col and grid.origin(row, c) not in taken]
        if not amount_cols:
            continue
        stated = _stated_unit(grid, row)
        if any("万元" in headers.get(c, "") and _PAREN_UNIT.search(headers[c]) for c in range(1, name_col)):
            stated = "万元"  # 支出明细预算（万元） labelling the table on its left
        first = _read_table(grid, row, headers, name_col, amount_cols[0], stated)
        if first.total() == 0:  # 计划支出数 left blank beside 实际支出数: the column the form filled
            for col in amount_cols[1:]:
                other = _read_table(grid, row, headers, name_col, col, stated)
                if other.total() != 0:
                    return other
        return first
    return None


def _bare(header: str) -> str:
    """A heading without its bracketed note: 支出内容（经济科目） → 支出内容."""
    return _PAREN_UNIT.sub("", header)


def _amount_columns(headers: dict[int, str]) -> list[int]:
    """The amount headings' columns, the surest first: a synonym, then the year's, then one told by its words."""
    bare = {col: _bare(header) for col, header in headers.items()}
    found = sorted(c for c, h in bare.items() if h in _AMOUNT_HEADERS)
    found += sorted(c for c, h in bare.items() if c not in found and _YEAR_AMOUNT.match(h))
    found += sorted(c for c, h in bare.items() if c not in found and _SPENT_AMOUNT.fullmatch(h))
    return found


_LONG_NAMES = tuple(name for name in _NAME_HEADERS if len(name) >= 4)
"""Name headings a longer heading may end with (资助项目内容 is a 项目内容)."""
_YEAR_AMOUNT = re.compile(r"^(?:本年度?|当年度?|年度)[^上]{0,6}(?:资金|金额|预算)")
"""The year's amounts (本年度申请资金) where a table also has last year's (上年度安排资金, never read)."""
_SPENT_AMOUNT = re.compile(
    r"(?:全年|年度|本年度?|当年度?)?(?:[（(]程[)）])?(?:实际|计划|预计)?(?:支出|预算|安排|投入)(?:安排)?(?:数|金额|资金|数额)"
)
"""An amount heading told by its words rather than spelt as one of the synonyms (实际支出数, 预算安排数)."""
_LIST_NUMBER = re.compile(r"^\s*[0-9０-９]{1,2}\s*[、.．]\s*(?=\S)")


def find_cost_table_by_structure(grid: Grid, taken: Collection[tuple[int, int]] = ()) -> CostTable | None:
    """A cost table found by its shape when its headings are in no synonym list: under a row of headings, a run
    of at least two rows each with a name and an amount, ending at a 合计/小计 row; the amount column is the
    one equal to the product of the row's numbers before it (数量 × 单价), or whose heading says 元 or 万元.
    Cells in ``taken`` (already read as funding, indicators or fields) are never part of it.
    """
    stops = _run_stops(grid, taken)
    for header_row in grid.rows():
        stop, is_total = stops.get(header_row + 1, (header_row + 1, False))
        body = list(range(header_row + 1, stop))
        if not is_total or not 2 <= len(body) <= MAX_STRUCTURE_ROWS:
            continue
        headers = {col: _header_key(grid.text(header_row, col)) for col in grid.columns(header_row)}
        headers = {col: text for col, text in headers.items() if text}
        if len(headers) < 3 or any(grid.origin(header_row, c) in taken for c in headers):
            continue
        if any(_cell_number(grid, header_row, c) is not None for c in headers):
            continue
        found = _name_and_amount(grid, headers, body)
        if found is None:
            continue
        name_col, amount_col, unit = found
        return _read_table(grid, header_row, headers, name_col, amount_col, unit or _stated_unit(grid, header_row))
    return None


MAX_STRUCTURE_ROWS = 2000
"""The longest run of lines a table found by its shape may have (a form has a few dozen)."""


def _run_stops(grid: Grid, taken: Collection[tuple[int, int]]) -> dict[int, tuple[int, bool]]:
    """For each filled row, where a run of lines starting there stops, and whether it stops at a 合计/小计 row:
    one pass from the bottom, so finding the table costs one look at each row, however long the sheet."""
    stops: dict[int, tuple[int, bool]] = {}
    below: tuple[int, bool] = (grid.max_row + 1, False)
    following = grid.max_row + 1
    for row in reversed(grid.rows()):
        columns = grid.columns(row)
        if row + 1 != following:
            below = (row + 1, False)  # an empty row under this one ends the run
        if any(grid.origin(row, c) in taken for c in columns):
            stops[row] = (row, False)
        elif any(_is_total(_header_key(grid.text(row, c))) for c in columns[:3]):
            stops[row] = (row, True)
        else:
            stops[row] = below
        below = stops[row]
        following = row
    return stops


def _is_total(text: str) -> bool:
    return any(word in text for word in _TOTAL_WORDS) and len(text) <= 6


def _name_and_amount(grid: Grid, headers: dict[int, str], body: list[int]) -> tuple[int, int, str] | None:
    """The name column (the first holding text on every row), the amount column and the amount's unit when
    the rows tell it (万元 when the amounts are the products in 万元), if the rows show them."""
    columns = sorted(headers)
    name_col = next(
        (c for c in columns if all(grid.text(r, c).strip() and _cell_number(grid, r, c) is None for r in body)),
        None,
    )
    if name_col is None:
        return None
    for amount_col in reversed([c for c in columns if c > name_col]):
        amounts = [_cell_number(grid, r, amount_col) for r in body]
        if any(amount is None for amount in amounts):
            continue
        unit = _products_unit(grid, body, name_col, amount_col)
        if unit is not None:
            return name_col, amount_col, unit
        if re.search(r"万?元", headers[amount_col]):
            return name_col, amount_col, "万元" if "万元" in headers[amount_col] else ""
    return None


def _products_unit(grid: Grid, body: list[int], name_col: int, amount_col: int) -> str | None:
    """When every row's amount is the product of its numbers between the name and the amount (at least two):
    "元", or "万元" when each amount is the product divided by 10,000; else None."""
    units: set[str] = set()
    for row in body:
        factors = [_cell_number(grid, row, c) for c in grid.columns(row) if name_col < c < amount_col]
        numbers = [f for f in factors if f is not None]
        amount = _cell_number(grid, row, amount_col)
        if len(numbers) < 2 or amount is None:
            return None
        product = Decimal(1)
        for number in numbers:
            product *= number
        if abs(product - amount) <= Decimal("0.01"):
            units.add("元")
        elif abs(product / WAN - amount) <= Decimal("0.0001"):
            units.add("万元")
        else:
            return None
    return units.pop() if len(units) == 1 else None


_UNIT_LINE = re.compile(r"(?:金额|资金)?单位\s*[:：]\s*(万元|元)")


def _stated_unit(grid: Grid, header_row: int) -> str:
    """万元 when a title line just above the table says so (测算明细（单位：万元）), or else the nearest unit line
    above it (金额单位：万元 under the form's title); "" when nothing says (read as 元, noted as a guess)."""
    for row in grid.rows(max(1, header_row - 2), header_row):
        if any(re.search(r"单位\s*[:：]\s*万元|[（(]万元[)）]", grid.text(row, c)) for c in grid.columns(row)):
            return "万元"
    for row in reversed(grid.rows(1, header_row)):
        for col in grid.columns(row):
            text = grid.text(row, col)
            if len(text) < 40 and (found := _UNIT_LINE.search(text)):
                return found[1]
    return ""


def _read_table(
    grid: Grid, header_row: int, headers: dict[int, str], name_col: int, amount_col: int, given: str = "元"
) -> CostTable:
    used = {(header_row, c) for c, h in headers.items() if h}
    title = [(header_row - 1, c) for c in grid.columns(header_row - 1) if grid.text(header_row - 1, c).strip()]
    if len(title) == 1 and re.search("测算|明细|预算", grid.text(*title[0])):
        used.add(grid.origin(*title[0]))  # 项目测算明细（单位：万元）: the table's title, read with it
    amount_unit = _PAREN_UNIT.search(headers[amount_col])
    amount_hint = amount_unit[1] if amount_unit else given or "元"
    guessed = (header_row, amount_col) if not amount_unit and not given else None
    note_col = next((c for c, h in headers.items() if c > amount_col and h.startswith(_NOTE_HEADERS)), None)
    # Factor columns lie between the name and the amount; a 单位 column gives the unit of the one before it.
    factor_cols: list[tuple[int, int | None, str]] = []
    for col in range(name_col + 1, amount_col):
        if grid.origin(header_row, col) != (header_row, col):
            continue
        header = headers.get(col, "")
        if re.match(r"上年|上一年", header) or _is_amount_heading(header):
            continue  # last year's amounts, or a half year's (半年（程）计划执行数), beside the year's: no factor
        if header.rstrip("0123456789") in _UNIT_HEADERS:  # 单位 or 单位1, as our workbooks title them
            if factor_cols and factor_cols[-1][1] is None:
                factor_cols[-1] = (factor_cols[-1][0], col, factor_cols[-1][2])
            continue
        stated = _PAREN_UNIT.search(header)
        factor_cols.append((col, None, stated[1] if stated else ""))
    items: list[CostItem] = []
    blank = 0
    for row in range(header_row + 1, grid.max_row + 1):
        name = _LIST_NUMBER.sub("", grid.text(row, name_col).strip())  # 1、办公费: the list's number is no name's
        name = re.sub(r"\s*\n\s*", "", name)  # a cell's line break inside a name is the cell's width
        name = "" if name.isdigit() else name  # a row numbered and left blank
        if _past_left_label(grid, header_row, row, name_col) or header_role(grid.text(row, name_col)) in _MATRIX:
            break  # the label beside the table ended above, or the indicator matrix's headings begin
        leading = [_header_key(grid.text(row, c)) for c in range(1, name_col + 1)]
        if any(word in text and len(text) <= 6 for text in leading for word in _TOTAL_WORDS):
            used.update((row, c) for c in grid.columns(row) if grid.value(row, c) is not None)
            if row == header_row + 1:
                continue  # 合计 first, the lines under it
            break
        factors: list[Factor] = []
        texts: list[tuple[int, str]] = []
        for col, unit_col, unit in factor_cols:
            value = _cell_number(grid, row, col)
            if value is not None:
                factors.append(Factor(value, grid.text(row, unit_col).strip() if unit_col else unit))
                used.update({(row, col)} | ({(row, unit_col)} if unit_col else set()))
            elif grid.text(row, col).strip():
                texts.append((col, grid.text(row, col).strip()))
        amount = _cell_money(grid, row, amount_col, amount_hint)
        if not factors and len(texts) == 1 and amount is not None:
            printed = _printed_factors(texts[0][1], amount)
            if printed is not None:
                factors = printed
                used.add((row, texts[0][0]))
        if not name and not factors and amount is None:
            blank += 1
            if blank >= 2:
                break
            continue
        blank = 0
        used.update({(row, name_col), (row, amount_col)})
        for col in range(1, name_col):  # the 序号 column
            if grid.value(row, col) is not None:
                used.add((row, col))
        note = ""
        if note_col is not None:
            note = grid.text(row, note_col).strip()
            used.add((row, note_col))
        item = CostItem(name, factors, note=note)
        if amount is not None:
            item.amount = amount
        else:
            item.recompute()
        items.append(item)
    return CostTable(items, used, guessed, (header_row, headers, name_col, amount_col))


_MATRIX = ("level1", "level2", "name")
"""Headings of an indicator matrix (一级指标, 二级指标, 三级指标): a cost table never runs on into them."""


def _is_amount_heading(header: str) -> bool:
    """True for a heading of amounts (金额, 预算数, 计划执行数, 本年度申请资金), never of a line's factor."""
    bare = _PAREN_UNIT.sub("", header)
    return (
        bare in _AMOUNT_HEADERS
        or _YEAR_AMOUNT.match(bare) is not None
        or _SPENT_AMOUNT.fullmatch(bare) is not None
        or re.search(r"执行数|预算数|执行金额", bare) is not None
    )


def _past_left_label(grid: Grid, header_row: int, row: int, name_col: int) -> bool:
    """True for a row below the block that labels the table on its left (项目资金（万元） merged down over it) whose
    own cell in that column holds text (中长期目标): the table ended with the label."""
    for c in range(1, name_col):
        _, _, bottom, _ = grid.span(header_row, c)
        if header_row < bottom < row and grid.origin(row, c) == (row, c) and grid.text(row, c).strip():
            return True
    return False


_LUMP = re.compile(rf"共\s*(?:(?P<amount>{SIGNED})\s*(?P<unit>万元|元)?)?")


def _printed_factors(text: str, amount: Decimal) -> list[Factor] | None:
    """The factors of a 测算依据 cell printed as one text (158（45×4-22）人×2580元×11个月, as the Word export
    writes it), when their product is the line's amount; [] for the lump sum's 共 (or 共80,000.00元 when that is
    the amount). None otherwise: the text then stays unread and the import report names it."""
    lump = _LUMP.fullmatch(text)
    if lump is not None:
        stated = lump["amount"]
        return [] if stated is None or parse_money(stated, lump["unit"] or "元") == amount else None
    factors = read_factors(text)
    if factors is None or CostItem("", factors).product() != amount:
        return None
    return factors


def _cell_number(grid: Grid, row: int, col: int) -> Decimal | None:
    value = grid.value(row, col)
    number = to_decimal(value)
    if number is not None:
        return number
    text = grid.text(row, col).strip()
    try:
        return parse_number(text) if text else None
    except NumberError:
        return None


def _cell_money(grid: Grid, row: int, col: int, hint: str) -> Decimal | None:
    number = to_decimal(grid.value(row, col))
    if number is not None:
        return to_money(number * (WAN if hint.startswith("万") else 1))
    text = grid.text(row, col).strip()
    return parse_money(text, hint) if text else None
