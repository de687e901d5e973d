"""Read back our own workbook through its defined names; the visible cells are the truth, formulas are redone."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries

from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate, is_plain_number
from gridbudget_gui.domain.dates import to_iso
from gridbudget_gui.domain.document import (
    PERIODS,
    SOURCE_KEYS,
    CostItem,
    Document,
    Factor,
    FundingRow,
    Indicator,
)
from gridbudget_gui.domain.findings import Finding, info, warning
from gridbudget_gui.domain.labels import indicator_field
from gridbudget_gui.domain.messages import render
from gridbudget_gui.domain.money import parse_money, to_money
from gridbudget_gui.domain.place import COST_ITEMS, Place
from gridbudget_gui.io.cells import cell_text, to_decimal
from gridbudget_gui.io.document_file import LoadResult
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.book import Book, BookSheet
from gridbudget_gui.io.xlsx.cost_lines import (
    EMPTY_LINE,
    LineMemo,
    formula_key,
    formula_value,
    plain_lines,
    with_places,
)
from gridbudget_gui.io.xlsx.sheetscan import ScannedBook, ScannedSheet
from gridbudget_gui.io.xlsx.sheetxml import CellBudget, RawCell, read_sheet_parts
from gridbudget_gui.io.xlsx.system import read_system
from gridbudget_gui.io.xlsx.write import ATTRIBUTE_CODES, EXTRA_COLUMNS


@dataclass(slots=True)
class Cell:
    """What the reader needs of one cell, copied out of a sheet."""

    sheet: str
    row: int
    column: int
    value: object = None
    data_type: str = "n"
    number_format: str = "General"

    @property
    def where(self) -> str:
        """The cell's address as a user reads it: 项目申报书!I20."""
        return f"{self.sheet}!{get_column_letter(self.column)}{self.row}"


class SheetCells:
    """All cells of one sheet, read in a single pass: by calamine and a scan (sheetscan.py) when given
    ``scanned``, else streamed from the XML by expat (sheetxml.py); a ``Cell`` is made only when asked for."""

    def __init__(self, sheet: BookSheet, budget: CellBudget | None = None, scanned: ScannedSheet | None = None) -> None:
        self.title: str = sheet.title
        self.scanned = scanned
        blocks: list[tuple[int, int, int, int]] = []
        if scanned is not None:
            self.raw: Callable[[int, int], RawCell | None] = scanned.raw
            self.items: Callable[[], Iterable[tuple[tuple[int, int], RawCell]]] = scanned.items
            blocks = scanned.merges
            self.max_row, self.max_col = scanned.max_row, scanned.max_col
        else:
            parts = read_sheet_parts(sheet, budget)
            cells = parts.cells
            self.raw = lambda row, column: cells.get((row, column))
            self.items = cells.items
            for block in parts.merges:
                try:
                    first_col, first_row, last_col, last_row = range_boundaries(block)
                except (ValueError, TypeError):
                    continue
                if None not in (first_col, first_row, last_col, last_row):
                    blocks.append((first_row, first_col, last_row, last_col))
            self.max_row = max((row for row, _ in cells), default=0)
            self.max_col = max((column for _, column in cells), default=0)
        self.covered: dict[tuple[int, int], tuple[int, int]] = {}
        """The anchor of each covered cell of a merged block that spans rows in one column (一级指标)."""
        for first_row, first_col, last_row, last_col in blocks:
            if first_col == last_col:
                for row in range(first_row + 1, min(last_row, first_row + 100_000) + 1):
                    self.covered[(row, first_col)] = (first_row, first_col)

    def shown(self, row: int, column: int) -> Cell:
        """The cell at (row, column), or the anchor of the one-column merged block covering it."""
        return self.cell(*self.covered.get((row, column), (row, column)))

    def cell(self, row: int, column: int) -> Cell:
        """The cell at (row, column); an empty one when nothing is there."""
        raw = self.raw(row, column)
        return Cell(self.title, row, column, *raw) if raw is not None else Cell(self.title, row, column)

    def text(self, row: int, column: int) -> str:
        """The text a user sees at (row, column) (``_OwnReader.text`` of its cell, without making the cell)."""
        raw = self.raw(row, column)
        if raw is None:
            return ""
        value = raw[0]
        if type(value) is str and "_x" not in value and "\r" not in value:
            return value
        return cell_text(value, raw[2] or "")

    def cached(self, row: int, column: int) -> object:
        """The value stored with a formula, when the scan read it (None otherwise)."""
        return self.scanned.value(row, column) if self.scanned is not None else None


Box = tuple[SheetCells, int, int, int, int]
"""A named block: its sheet and (first_row, first_col, last_row, last_col)."""

_TEXT_FIELDS = (
    "project.name",
    "project.department",
    "project.attribute",
    "project.term",
    "project.manager.name",
    "project.manager.phone",
    "project.overview",
    "project.content",
    "project.funding_arrangement",
    "project.schedule",
    "project.outcomes",
    "project.safeguards",
    "project.budget_notes",
    "project.summary",
    "project.basis_kind",
    "unit.name",
    "unit.code",
    "unit.address",
    "unit.phone",
    "unit.legal_representative",
    "unit.funding_source",
    "unit.profile",
    "goals.mid_term",
    "goals.annual",
    "signatures.unit_head",
    "signatures.preparer",
    "signatures.date",
)


class OwnLayoutError(Exception):
    """Our anchors are missing or damaged; ``finding`` says which, for the notes of the fallback read."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(render(finding))
        self.finding = finding


class _OwnReader:
    def __init__(
        self,
        workbook: Book,
        open_cached: Callable[[], Book],
        budget: CellBudget | None,
        scanned: ScannedBook | None = None,
    ) -> None:
        self.workbook = workbook
        self.scanned = scanned
        self.budget = budget
        self.open_cached = open_cached
        self.cached: dict[str, SheetCells] | None = None
        self.sheets: dict[str, SheetCells] = {}
        self.notes: list[Finding] = []

    def sheet(self, name: str) -> SheetCells:
        """The cells of sheet ``name``, read once."""
        if name not in self.sheets:
            sheet = self.workbook[name]
            scanned = self.scanned.sheet(sheet) if self.scanned is not None else None
            self.sheets[name] = SheetCells(sheet, self.budget, scanned)
        return self.sheets[name]

    def box(self, key: str) -> Box:
        """The block a defined name points at."""
        defined = self.workbook.defined_names.get(lay.name_for(key))
        if defined is None:
            raise OwnLayoutError(info("file.anchor-missing", Place.parse(key), name=lay.name_for(key)))
        try:
            sheet_name, ref = next(iter(defined.destinations))
            first_col, first_row, last_col, last_row = range_boundaries(ref.replace("$", ""))
            sheet = self.sheet(sheet_name)
        except (StopIteration, KeyError, ValueError, TypeError):
            raise OwnLayoutError(
                info(
                    "file.anchor-broken",
                    Place.parse(key),
                    variant="name",
                    name=lay.name_for(key),
                    target=str(defined.attr_text),
                )
            ) from None
        assert first_row is not None and first_col is not None and last_row is not None and last_col is not None
        # Beyond the last filled row and column every cell is empty: a name claiming A1:XFD1048576 costs nothing.
        last_row = min(last_row, max(first_row, sheet.max_row))
        last_col = min(last_col, max(first_col, sheet.max_col))
        return sheet, first_row, first_col, last_row, last_col

    def cell(self, key: str) -> Cell:
        sheet, row, col, _, _ = self.box(key)
        return sheet.cell(row, col)

    def text(self, cell: Cell) -> str:
        """A text cell: what the user typed, even when it looks like a formula."""
        return cell_text(cell.value, cell.number_format or "")

    def number(self, cell: Cell, where: str) -> Decimal | None:
        """A number cell; formulas that are plain arithmetic are evaluated, others take the engine's value."""
        value = cell.value
        if value is None or value == "":
            return None
        if cell.data_type == "f":
            computed = formula_value(str(value))
            if computed is not None:
                return computed
            cached = self.cached_value(cell)
            if cached is not None:
                self.notes.append(
                    info(
                        "file.formula",
                        Place.parse(where),
                        variant="cached",
                        cell=self.where(cell),
                        formula=str(value),
                        value=cached,
                    )
                )
                return cached
            self.notes.append(
                warning("file.formula", Place.parse(where), variant="failed", cell=self.where(cell), formula=str(value))
            )
            return None
        number = to_decimal(value)
        if number is not None:
            return number
        text = cell_text(value)
        money = parse_money(text)
        if money is not None:
            return money
        try:
            return evaluate(text)
        except ExpressionError:
            self.notes.append(warning("file.not-a-number", Place.parse(where), cell=self.where(cell), text=text[:40]))
            return None

    def cached_value(self, cell: Cell) -> Decimal | None:
        if self.scanned is not None:  # calamine read the stored values with everything else
            return to_decimal(self.sheet(cell.sheet).cached(cell.row, cell.column))
        if self.cached is None:
            workbook = self.open_cached()
            try:
                self.cached = {sheet.title: SheetCells(sheet, self.budget) for sheet in workbook.worksheets}
            finally:
                workbook.close()
        sheet = self.cached.get(cell.sheet)
        return to_decimal(sheet.cell(cell.row, cell.column).value) if sheet is not None else None

    @staticmethod
    def where(cell: Cell) -> str:
        return cell.where


def read_own(
    workbook: Book,
    open_cached: Callable[[], Book],
    budget: CellBudget | None = None,
    scanned: ScannedBook | None = None,
) -> LoadResult:
    """Read our own workbook (its sheets by ``scanned`` when given); raise OwnLayoutError when its anchors are
    gone, ScanRefusedError when the scan cannot read a sheet exactly (cells counted against ``budget``)."""
    reader = _OwnReader(workbook, open_cached, budget, scanned)
    document = _read(reader)
    return LoadResult(document, reader.notes, foreign=False)


def _read(reader: _OwnReader) -> Document:
    document = Document()
    meta = reader.sheet(lay.META_SHEET) if lay.META_SHEET in reader.workbook.sheetnames else None
    scheme = meta.cell(3, 2).value if meta is not None else None
    if isinstance(scheme, str) and scheme:
        document.scheme = scheme
    glued = _glued(meta)
    for key in _TEXT_FIELDS:
        text = _long_text(reader, key, glued.get(key, set()))
        if key == "project.attribute":
            code, _, rest = text.partition(" ")
            if ATTRIBUTE_CODES.get(rest) == code:
                text = rest  # 002 延续性项目, as the form prints it
        if key == "signatures.date":
            text = to_iso(text) if text else ""
        target: object = document
        *path, last = key.split(".")
        for part in path:
            target = getattr(target, part)
        setattr(target, last, text)
    year_cell = reader.cell("year")
    year = reader.number(year_cell, "year")
    document.year = (
        int(year) if year is not None and year == year.to_integral_value() and 1900 <= year <= 2200 else None
    )

    sheet, r1, c1, r2, _ = reader.box("project.basis")
    basis = [reader.text(sheet.cell(r, c1)) for r in range(r1, r2 + 1)]
    document.project.basis = [b for b in basis if b]

    document.cost_items = _read_costs(reader, _expressions(meta))
    for period in PERIODS:
        document.funding.__setattr__(period, _read_funding(reader, period))
        document.indicators.__setattr__(period, _read_matrix(reader, period))
    _read_execution(reader, document)
    if meta is not None:
        read_system(meta.raw, document)
    return document


def _glued(meta: SheetCells | None) -> dict[str, set[int]]:
    """Which pieces of a text split over rows continue a paragraph (meta columns I and J)."""
    if meta is None:
        return {}
    found: dict[str, set[int]] = {}
    for (row, col), (value, _, _) in meta.items():
        if col == 9 and isinstance(value, str) and value:
            indices = meta.cell(row, 10).value
            found[value] = {int(i) for i in str(indices or "").split(",") if i.strip().isdigit()}
    return found


def _long_text(reader: _OwnReader, key: str, glued: set[int]) -> str:
    """A text the writer may have split over several rows: the pieces joined again."""
    sheet, first, column, last, _ = reader.box(key)
    text = ""
    for index, row in enumerate(range(first, last + 1)):
        piece = reader.text(sheet.cell(row, column))
        text += ("" if index == 0 or index in glued else "\n") + piece
    return text


def _read_execution(reader: _OwnReader, document: Document) -> None:
    """The 预算执行情况 block, written only when filled."""
    if reader.workbook.defined_names.get(lay.name_for("execution.budget")) is None:
        return
    execution = document.execution
    execution.budget = reader.number(reader.cell("execution.budget"), "execution.budget")
    execution.spent = reader.number(reader.cell("execution.spent"), "execution.spent")
    execution.weight = reader.text(reader.cell("execution.weight"))
    execution.score = reader.text(reader.cell("execution.score"))


def _expressions(meta: SheetCells | None) -> dict[str, str]:
    """The arithmetic as typed, by its spreadsheet formula (45×4−22 is stored as =45*4-22)."""
    if meta is None:
        return {}
    found: dict[str, str] = {}
    for (row, col), (value, _, _) in meta.items():
        if col == 4 and row > 1 and isinstance(value, str) and value:
            try:
                formula = lay.formula_for(value, evaluate(value))
            except ExpressionError:
                continue
            if formula:
                found[formula_key(formula)] = value
    return found


def _read_costs(reader: _OwnReader, expressions: dict[str, str]) -> list[CostItem]:
    sheet, header_row, _, _, last_col = reader.box("cost.header")
    headers = [cell_text(sheet.cell(header_row, c).value) for c in range(1, last_col + 1)]
    amount_col = next((i + 1 for i, h in enumerate(headers) if h.startswith("金额")), None)
    note_col = next((i + 1 for i, h in enumerate(headers) if h.startswith("备注")), None)
    if amount_col is None or note_col is None:
        raise OwnLayoutError(info("file.anchor-broken", COST_ITEMS, variant="header"))
    _, first, _, last, _ = reader.box("cost.lines")
    items: list[CostItem] = []
    plain: list[CostItem | None] = [None] * (last - first + 1)
    if sheet.scanned is not None:  # every plain line straight from calamine's rows (cost_lines.py)
        plain = plain_lines(sheet.scanned, first, last, amount_col, note_col, LineMemo(expressions))
    for row, line in zip(range(first, last + 1), plain, strict=True):
        if line is not None:
            if line is not EMPTY_LINE:
                items.append(line)
            continue
        where = f"cost_items[{len(items)}]"
        name = sheet.text(row, 2)
        note = sheet.text(row, note_col)
        factors: list[Factor] = []
        for value_col in range(3, amount_col - 1, 2):
            unit = sheet.text(row, value_col + 1)
            raw = sheet.raw(row, value_col)
            factor = None
            if raw is not None:
                cell = Cell(sheet.title, row, value_col, *raw)
                factor = _read_factor(reader, cell, unit, expressions, f"{where}.factors[{len(factors)}]")
            if factor is not None:
                factors.append(factor)
            elif unit:
                cell = sheet.cell(row, value_col)
                reader.notes.append(
                    info("file.unplaced", Place.parse(where), variant="unit", cell=reader.where(cell), unit=unit)
                )
        amount_cell = sheet.cell(row, amount_col)
        if not (name or note or factors or amount_cell.value not in (None, "")):
            continue
        item = CostItem(name=name, factors=factors, note=note)
        if amount_cell.data_type == "f" and factors:
            item.recompute()  # our formula is the product of the factor cells: redo it, never trust a cache
        else:
            amount = reader.number(amount_cell, f"{where}.amount")
            if amount is not None:
                item.amount = to_money(amount)
            else:
                item.recompute()
        items.append(item)
    _, total_row, total_col, _, _ = reader.box("cost.total")
    total_cell = sheet.cell(total_row, total_col)
    if total_cell.data_type != "f":
        stated = reader.number(total_cell, "cost_total")
        total = sum((item.amount for item in items), Decimal(0))
        if stated is not None and to_money(stated) != total:
            reader.notes.append(
                warning(
                    "file.cost-total-stated",
                    Place.of("cost_total"),
                    variant="cell",
                    cell=reader.where(total_cell),
                    stated=stated,
                    total=total,
                )
            )
    return items


def _read_factor(reader: _OwnReader, cell: Cell, unit: str, expressions: dict[str, str], where: str) -> Factor | None:
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    expression = ""
    if cell.data_type == "f":
        expression = expressions.get(formula_key(str(value)), str(value).lstrip("="))
        number = reader.number(cell, where)
    elif isinstance(value, str):
        # Arithmetic typed as text in another program (45*4-22): keep it visible as the expression.
        number = reader.number(cell, where)
        if number is None:
            return Factor(Decimal(0), unit, value.strip())  # text typed in the editor (约十辆) comes back as typed
        if not is_plain_number(value):
            expression = value.strip()
    else:
        number = to_decimal(value)
        if number is not None and "." not in cell.number_format:
            return Factor(number, unit)  # to_decimal's number shows all its places already (with_places)
    if number is None:
        return None
    if expression and formula_value(expression) is None:
        expression = ""  # a formula over other cells (=C20*2) is not arithmetic the editor can show
    return Factor(with_places(number, cell.number_format or ""), unit, expression)


def _read_funding(reader: _OwnReader, period: str) -> FundingRow:
    sheet, row, col, _, _ = reader.box(f"funding.{period}")
    funding = FundingRow()
    for offset, key in enumerate(SOURCE_KEYS, start=1):
        amount = reader.number(sheet.cell(row, col + offset), f"funding.{period}.{key}")
        funding.set(key, amount if amount is not None else Decimal(0))
    total_cell = sheet.cell(row, col)
    if total_cell.data_type == "f":
        funding.set("total", funding.sources_sum())  # 总投入 is our SUM of the sources: redo it
    else:
        total = reader.number(total_cell, f"funding.{period}.total")
        funding.set("total", total if total is not None else Decimal(0))
    return funding


def _read_matrix(reader: _OwnReader, period: str) -> list[Indicator]:
    sheet, first, col, last, last_col = reader.box(f"indicators.{period}")
    # The extra columns (计算符号 … 偏差原因) are found by their header, in the row above the block.
    wanted = {key for key, _ in EXTRA_COLUMNS}
    extra = {}
    for column in range(col + 7, last_col + 1):
        key = indicator_field(cell_text(sheet.cell(first - 1, column).value))  # 分值 as earlier versions wrote
        if key in wanted:
            extra[key] = column
    rows: list[Indicator] = []
    for row in range(first, last + 1):
        # 一级指标 is one merged cell per group: each row of the group takes it.
        values = [sheet.text(*sheet.covered.get((row, col), (row, col)))] + [
            sheet.text(row, c) for c in (col + 1, col + 2, col + 5)
        ]
        more = {key: sheet.text(row, column) for key, column in extra.items()}
        if any(values[1:]) or any(more.values()) or (values[0] and (row, col) not in sheet.covered):
            rows.append(Indicator(*values, **more))
    return rows
