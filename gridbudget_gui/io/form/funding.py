"""A form's funding: a 资金来源 table (总投入 | 财政拨款 | 其他资金) or labelled amounts (资金总额：106.75万元), each in the unit that governs it."""

from __future__ import annotations

import re
from decimal import Decimal

from gridbudget_gui.domain.document import FundingRow
from gridbudget_gui.domain.findings import info
from gridbudget_gui.domain.money import WAN, parse_money, to_money
from gridbudget_gui.domain.numbers import SIGNED, NumberError, ascii_digits, number_value, scaled
from gridbudget_gui.domain.place import Place, SheetCell
from gridbudget_gui.io.cells import to_decimal
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import (
    LOCAL_LEVEL,
    PUBLIC,
    SOURCE_HEADERS,
    SOURCE_KEYS,
    UPPER_LEVEL,
    money_label,
    normalise_label,
)
from gridbudget_gui.io.form.reading import FormReading, note_unread


def read_funding(form: FormReading, grid: Grid) -> None:
    """Funding as a table of sources: a 总投入 | 财政拨款 | 其他资金 heading over the 中期 and 年度 rows."""
    header_row, columns = 0, {}
    for row, col in sorted(grid.cells):
        key = SOURCE_HEADERS.get(normalise_label(grid.text(row, col)))
        if key is not None and normalise_label(grid.text(row, col)) == "总投入":
            header_row = row
            break
    if not header_row:
        return
    unit_hint = "元"
    for col in grid.columns(header_row):
        text = normalise_label(grid.text(header_row, col))
        if text in SOURCE_HEADERS and grid.origin(header_row, col) == (header_row, col):
            columns[SOURCE_HEADERS[text]] = col
            form.use(grid, header_row, col)
        elif "万元" in text:
            unit_hint = "万元"
            form.use(grid, header_row, col)
        elif text:
            form.use(grid, header_row, col)
    for row in range(header_row + 1, min(header_row + 6, grid.max_row) + 1):
        label = "".join(normalise_label(grid.text(row, c)) for c in range(1, min(columns.values()))) if columns else ""
        if "资金" not in label and "投入" not in label and normalise_label(label) not in ("中期", "年度", "中期年度"):
            continue  # 中期绩效指标 below is not a funding row
        period = "mid_term" if "中期" in label else "annual" if "年度" in label else None
        if period is None or f"funding.{period}" in form.found:
            continue
        hint = "万元" if "万元" in label else unit_hint
        for c in range(1, min(columns.values())):
            if grid.value(row, c) is not None:
                form.use(grid, row, c)
        funding = FundingRow()
        for key, col in columns.items():
            amount = cell_money(grid, row, col, hint)
            if amount is not None:
                funding.set(key, amount)
                form.use(grid, row, col)
        if "total" not in columns or cell_money(grid, row, columns["total"], hint) is None:
            funding.set("total", funding.sources_sum())
        setattr(form.document.funding, period, funding)
        form.found.add(f"funding.{period}")
        form.count(grid, "funding", sum(1 for key in SOURCE_KEYS if funding.get(key)))
        form.funding_in_wan |= hint == "万元" and funding.total != 0


_AMOUNT_IN_TEXT = re.compile(rf"(?P<number>{SIGNED})\s*(?P<unit>万元|亿元|元|万|亿)?")


def _amounts(text: str, hint: str, first: str = "total") -> list[list[tuple[str, Decimal]]]:
    """Amounts in a text, each with the funding label written before it (总额106.75万元，财政拨款：69.2万元), the
    first unlabelled one of kind ``first``; grouped, each amount with the parts bracketed after it (其中：…).

    A part of a part (财政拨款 X（其中：一般公共预算 Y）) is not a source of its own, except where the parts
    say from which level the money comes: 财政拨款 X（其中：上级财政资金 Y；本级财政 Z） is the district's own
    Z (or X − Y) and Y of UPPER_LEVEL, money from above the district (never the district's own).
    """
    found: list[tuple[str, Decimal, bool]] = []
    position = depth = 0
    for match in _AMOUNT_IN_TEXT.finditer(text):
        before = text[position : match.start()]
        position = match.end()
        depth += _bracket_depth(before)  # counted piece by piece: one pass over the text, however many amounts
        if not match["number"].strip() or not any(ch.isdigit() for ch in match["number"]):
            continue
        words = re.findall(r"[\u4e00-\u9fff]+", before)
        described = money_label(words[-1]) if words else None
        if words and described is None and found:
            continue  # 其中：一般公共预算：… inside brackets: a part of a part, not a source of its own
        try:
            amount = to_money(scaled(number_value(match["number"]), match["unit"] or hint))
        except NumberError:
            continue
        kind = first if not found and (first != "total" or not described) else described[0] if described else ""
        if kind == PUBLIC and (named := _NAMED_LEVEL.match(before)) is not None:
            kind = _NAMED_LEVELS[named[1]]  # 财政拨款 | 中央衔接推进乡村振兴补助资金 50: the money says whose it is
        found.append((kind, amount, depth > 0 and bool(found)))
    groups: list[list[tuple[str, Decimal]]] = []
    for kind, amount, part in found:
        if part and groups:
            groups[-1].append((kind, amount))
        else:
            groups.append([(kind, amount)])
    return [[entry for entry in _by_level(group) if entry[0]] for group in groups]


_NAMED_LEVEL = re.compile(r"\s*(中央|省级|省|市级)")
_NAMED_LEVELS = {"中央": "central", "省级": "provincial", "省": "provincial", "市级": "municipal"}


def _bracket_depth(text: str) -> int:
    return sum(text.count(b) for b in "（(") - sum(text.count(b) for b in ")）")


def _by_level(group: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    """A source and its bracketed parts: as written, unless the parts say which of it is 上级 money."""
    (kind, amount), *parts = group
    upper = [part for part_kind, part in parts if part_kind == UPPER_LEVEL]
    if kind not in ("county", PUBLIC) or not upper:
        return group
    own = [part for part_kind, part in parts if part_kind == "county"]
    return [
        ("county", sum(own, Decimal(0)) if own else amount - sum(upper, Decimal(0))),
        (UPPER_LEVEL, sum(upper, Decimal(0))),
    ]


_NAMED_KINDS = ("total", "central", "provincial", "municipal")
"""Labels that make a funding block by themselves (a total, money of a named level above the district's)."""


def read_money_labels(form: FormReading, grid: Grid) -> None:
    """Funding written as labelled amounts: 88号's 中期/年度资金总额 + 其中：财政拨款 + 其他资金 block,
    资金总额及构成 as one text, 中期资金总额：150 in one cell, a county's 资金总额：/财政拨款：/自有资金：."""
    labels = []
    for row, col in sorted(grid.cells):
        described = money_label(grid.text(row, col))
        if described is not None:
            labels.append((row, col, *described))
    if not any(kind in _NAMED_KINDS or period is not None for _, _, kind, period, *_ in labels):
        return  # 其中：财政拨款 alone, no total and no period named: not a funding block
    periods: dict[tuple[int, int], str] = {}
    amounts: dict[str, dict[str, Decimal]] = {"mid_term": {}, "annual": {}}
    upper_places: dict[str, tuple[int, int]] = {}
    place_of_public: dict[str, tuple[int, int]] = {}
    for row, col, kind, stated_period, unit, inline in labels:
        period = stated_period
        if period is None:
            # A source takes the period of the total above it in its column, or left of it on its row; an
            # amount beside a 当年 one (资金总额 | … | 当年资金总额) is the whole term's.
            above = [p for (r, c), p in periods.items() if c == col and row - 4 <= r < row]
            beside = [p for (r, c), p in periods.items() if r == row and c < col]
            later = any(
                r == row and c > col and p == "annual" and not re.match(r"\s*其中", grid.text(r, c))
                for r, c, _, p, *_ in labels
            )  # 项目金额 | 其中：当年市级财政资金: a part of the total beside it, of the same year
            period = above[-1] if above else beside[-1] if beside else "mid_term" if later else "annual"
        periods[(row, col)] = period
        if f"funding.{period}" in form.found:
            continue
        form.use(grid, row, col)
        text = inline
        hint = unit or block_unit(form, grid, row, col, (row, col)) or "元"
        place = (row, col)
        if not text:
            found_place = _money_value_place(form, grid, row, col)
            if found_place is None:
                continue  # nothing beside the label: the form left it blank
            place = found_place
            stated = unit or block_unit(form, grid, row, col, place)
            hint = stated or "元"
            form.use(grid, *place)
            number = to_decimal(grid.value(*place))
            if number is not None:
                amounts[period].setdefault(kind, to_money(number * (WAN if hint == "万元" else 1)))
                form.funding_in_wan |= stated == "万元" and number != 0
                if kind in (UPPER_LEVEL, LOCAL_LEVEL):
                    upper_places.setdefault(f"{kind}:{period}", place)
                if kind == PUBLIC:
                    place_of_public.setdefault(period, place)
                if not stated and number:
                    cells = grid.where(*place)
                    label = normalise_label(grid.text(row, col))[:20]
                    where = SheetCell.parse_address(cells)
                    form.notes.append(info("file.guessed", where, variant="unit", cells=cells, label=label, unit="元"))
                continue
            text = grid.text(*place)
        parsed = [entry for group in _amounts(text, hint, kind) for entry in group]
        form.funding_in_wan |= bool(parsed) and (
            hint == "万元" or re.search(r"[0-9]\s*万", ascii_digits(text)) is not None
        )
        for found_kind, amount in parsed:
            amounts[period].setdefault(found_kind, amount)
            if found_kind in (UPPER_LEVEL, LOCAL_LEVEL):
                upper_places.setdefault(f"{found_kind}:{period}", place)
            if found_kind == PUBLIC:
                place_of_public.setdefault(period, place)
        if not parsed and re.search(r"[0-9]", ascii_digits(text)):
            note_unread(form, grid, place, Place.funding(period), "资金")
    for period, found in amounts.items():
        if not found:
            continue
        funding = FundingRow()
        upper = found.pop(UPPER_LEVEL, None)
        local = found.pop(LOCAL_LEVEL, None)
        public = found.pop(PUBLIC, None)
        for key, amount in found.items():
            funding.set(key, amount)
        if "total" not in found:
            funding.set("total", funding.sources_sum() + (upper or 0) + (local or 0) + (public or 0))
        if local:  # 地方资金: 省, 市 or 县 the form does not say; the total keeps it, no column does
            local_place = upper_places[f"{LOCAL_LEVEL}:{period}"]
            what = "地方资金（原表没有写明省级、市级还是县级）"
            note_unread(form, grid, local_place, Place.funding(period, "total"), what)
        if public is not None:
            form.public_money[period] = (grid, place_of_public.get(period, (1, 1)), public)
        if upper:  # no column of the grid is 上级 money's: the total keeps it, a check of the sum is not the form's
            cells = grid.where(*upper_places[f"{UPPER_LEVEL}:{period}"])
            total = Place.funding(period, "total")
            form.notes.append(info("file.unread", total, variant="upper-level", cells=cells, amount=upper))
        setattr(form.document.funding, period, funding)
        form.found.add(f"funding.{period}")
        form.count(grid, "funding", sum(1 for key in SOURCE_KEYS if funding.get(key)))


_UNIT_LINE = re.compile(r"(?:金额|资金|计量)?单位\s*[:：]\s*(万元|元)")
_STATED_UNIT = re.compile(r"[（(](万元|元)[)）]")


def block_unit(form: FormReading, grid: Grid, row: int, col: int, place: tuple[int, int]) -> str:
    """The unit of an amount (万元 or 元), from what governs it: the label's row left of it (项目资金（万元）,
    often a merged block), the block's label above and left of it (资金情况（万元） over 年度资金总额), the heading
    above its value column (年初安排金额（万元）), else the nearest unit line above (金额单位：万元); "" when
    nothing states it (read as 元, and noted as a guess)."""
    if any("万元" in grid.text(row, c) for c in range(1, col)):
        return "万元"
    for r in range(row - 1, max(0, row - 6), -1):
        for c in range(1, col + 1):
            if grid.origin(r, c) == (r, c) and (found := _STATED_UNIT.search(grid.text(r, c))):
                return found[1]
        if (found := _STATED_UNIT.search(grid.text(r, place[1]))) and grid.origin(r, place[1])[0] == r:
            return found[1]
    lines = form.unit_lines.get(grid.name)
    if lines is None:
        lines = sorted(
            (r, match[1])
            for (r, _), text in grid.texts().items()
            if (match := _UNIT_LINE.search(text)) and len(text) < 40
        )
        form.unit_lines[grid.name] = lines
    above = [unit for r, unit in lines if r <= row]
    return above[-1] if above else ""


def _money_value_place(form: FormReading, grid: Grid, row: int, col: int) -> tuple[int, int] | None:
    """The amount of a funding label: the next filled cell to its right, or, in a row of labels
    (资金总额 | 财政拨款 | 其他资金 over their amounts), the cell under it."""
    last_col = grid.span(row, col)[3]
    adjusted = _adjusted_budget_column(grid, row, last_col)
    if adjusted and grid.origin(row, adjusted) == (row, adjusted) and grid.text(row, adjusted).strip():
        return (row, adjusted)
    for c in grid.columns(row):
        if c <= last_col or grid.origin(row, c) != (row, c) or not grid.text(row, c).strip():
            continue
        if normalise_label(grid.text(row, c)) in ("小计", "合计"):
            continue  # 财政拨款 | 小计 | 80 over its parts (一般公共预算资金 …): the amount is the 小计's
        if not form.is_label(grid, row, c):
            return (row, c)
        break
    below = (grid.span(row, col)[2] + 1, col)
    if grid.origin(*below) == below and cell_money(grid, *below, "元") is not None:
        return below
    return None


_OPENING_BUDGET = re.compile(r"年初预算")
_YEAR_BUDGET = re.compile(r"全年预算|调整后预算|全年[（(]?程[)）]?预算")


def _adjusted_budget_column(grid: Grid, row: int, last_col: int) -> int:
    """In a self-evaluation's funding block headed 年初预算数 | 全年预算数 | 全年执行数 whose 年初预算数 is 0 or blank
    (the money came during the year), the 全年预算数 column; 0 otherwise (the opening budget is the form's)."""
    for above in range(row - 1, max(row - 4, 0), -1):
        headings = {c: normalise_label(grid.text(above, c)) for c in grid.columns(above) if c > last_col}
        opening = [c for c, h in headings.items() if _OPENING_BUDGET.search(h)]
        year = [c for c, h in headings.items() if _YEAR_BUDGET.search(h)]
        if opening and year:
            return year[0] if not cell_money(grid, row, opening[0], "元") else 0
    return 0


def money_from_arrangement(form: FormReading) -> None:
    """854万(区级财政) as the whole of 资金安排情况: the annual total, when no funding block said otherwise."""
    if "funding.annual" in form.found or "funding.mid_term" in form.found:
        return
    text = form.document.project.funding_arrangement.strip()
    match = re.match(rf"^(?P<number>{SIGNED})\s*(?P<unit>万元|元|万)(?:[（(][^）)]*[)）])?[。.]?$", text)
    if match is None:
        return
    try:
        amount = to_money(scaled(number_value(match["number"]), match["unit"]))
    except NumberError:
        return
    form.document.funding.annual = FundingRow(total=amount)
    form.found.add("funding.annual")
    form.funding_in_wan |= match["unit"].startswith("万")


def cell_money(grid: Grid, row: int, col: int, hint: str) -> Decimal | None:
    """The amount in a cell, in 元 (its number in ``hint``, 万元 or 元); None when it holds none."""
    number = to_decimal(grid.value(row, col))
    if number is not None:
        return to_money(number * (WAN if hint == "万元" else 1))
    text = grid.text(row, col).strip()
    return parse_money(text, hint) if text else None


_ABOVE_DISTRICT_MONEY = re.compile(r"省级|市级|中央|上级|转移支付|衔接")
_PROVINCIAL_BODY = re.compile(r"省|自治区|厅")
_DISTRICT_BODY = re.compile(r"[县旗镇乡村]|街道|(?<!自治)区")


def settle_public_money(form: FormReading) -> None:
    """财政拨款 read (PUBLIC) is the body's own, the 县（市）区级财政 of the grid (a city body's too, as the first
    set reads 湘潭's), unless the project's name or the form's title calls the money 省级/市级/中央/上级/转移支付
    or the body is a province's (自治区教育厅): then it stays in the total alone, noted as not read into a source
    (the form does not say which column is its)."""
    document = form.document
    if not form.public_money:
        return
    titles = [text for text in form.titles if len(text) <= 40 and re.search(r"表\s*$", text)]  # the form's title
    named = " ".join((document.project.name, *titles))
    bodies = [text for text in (document.unit.name, document.project.department) if text.strip()]
    provincial = any(_PROVINCIAL_BODY.search(b) for b in bodies) and not any(_DISTRICT_BODY.search(b) for b in bodies)
    own = not _ABOVE_DISTRICT_MONEY.search(named) and not provincial
    for period, (grid, place, amount) in form.public_money.items():
        row = document.funding.row(period)
        if own and not row.county:
            row.county = amount
            continue
        cells = grid.where(*place)
        where = Place.funding(period, "total")
        form.notes.append(info("file.unread", where, variant="level", cells=cells, amount=amount))
