"""Read a colleague's hand-typed form: every field is found by its label, never by a fixed cell address."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.findings import Finding, info
from gridbudget_gui.domain.labels import label, printed
from gridbudget_gui.domain.money import WAN, to_money
from gridbudget_gui.domain.place import COST_ITEMS, Place, SheetCell
from gridbudget_gui.domain.schemes import get_scheme
from gridbudget_gui.io.document_file import LoadResult
from gridbudget_gui.io.form import lexicon
from gridbudget_gui.io.form.costs import (
    CostTable,
    find_cost_table,
    find_cost_table_by_structure,
    parse_cost_text,
    parse_listed_costs,
    read_in_unit,
)
from gridbudget_gui.io.form.fields import apply_fallbacks, read_goals, read_labels, read_signatures, read_titles
from gridbudget_gui.io.form.funding import (
    money_from_arrangement,
    read_funding,
    read_money_labels,
    settle_public_money,
)
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import goal_period, label_key, money_label, normalise_label
from gridbudget_gui.io.form.matrix import has_matrix, read_indicators
from gridbudget_gui.io.form.reading import FormReading, value_right
from gridbudget_gui.io.form.sources import read_source_rows
from gridbudget_gui.io.form.tree import unfold_tree


class NotAFormError(ValueError):
    """The workbook holds none of the labels of a budget declaration."""


def parse_form(grids: list[Grid]) -> LoadResult:
    """Read a hand-typed declaration from its sheets; raise NotAFormError when it is not one."""
    try:
        return _parse_form(grids)
    finally:
        normalise_label.cache_clear()
        label_key.cache_clear()
        goal_period.cache_clear()
        money_label.cache_clear()
        lexicon.clear_caches()


def _parse_form(grids: list[Grid]) -> LoadResult:
    grids = [grid if has_matrix(grid) else (unfold_tree(grid) or grid) for grid in grids]
    form = FormReading(grids)
    for grid in grids:
        read_labels(form, grid)
    projects = _ledger_size(grids)
    if projects >= 3:
        raise NotAFormError(f"不是单个项目的申报表：看起来是一份 {projects} 个项目的台账（每行一个项目）")
    if _looks_like_unit_budget(grids, form.found):
        raise NotAFormError("不是项目申报表：看起来是单位整体的部门预算表（收支总表、功能分类科目等）")
    if len(form.found) < 3 and not any(has_matrix(grid) for grid in grids):  # a matrix alone is a form's
        raise NotAFormError("不是项目申报表：没有找到“项目名称”“项目实施内容”“绩效指标”等栏目")
    for grid in grids:
        read_funding(form, grid)
        read_source_rows(form, grid)
    for grid in grids:
        read_money_labels(form, grid)
        read_goals(form, grid)
        read_indicators(form, grid)
        read_signatures(form, grid)
        read_titles(form, grid)
    money_from_arrangement(form)
    _read_costs(form)  # after the funding: its total and its unit tell a cost table's unstated unit
    apply_fallbacks(form)
    settle_public_money(form)  # after the fallbacks: the body's name says whose 财政拨款 is
    _note_absent_parts(form)
    _note_absent_fields(form)
    matrices = [*form.document.indicators.mid_term, *form.document.indicators.annual]
    if any(indicator.level1 == "成本指标" for indicator in matrices):
        form.document.scheme = "2021"  # 成本指标 as a level-1 group exists only in the 2021 scheme
    if matrices and form.matrix_cell is not None:  # a form never names its scheme: it is read from the groups
        grid, cell = form.matrix_cell
        cells = grid.where(*cell)
        title = get_scheme(form.document.scheme).title
        form.notes.append(
            info("file.guessed", SheetCell.parse_address(cells), variant="scheme", cells=cells, scheme=title)
        )
    if form.document.year is None:
        form.document.year = form.title_year
    if form.document.year is None and (named := _NAMED_YEAR.match(form.document.project.name)) is not None:
        form.document.year = int(named[1])  # 2024年开展“助老颐养”公益项目资金: the project names its year
    if form.document.year is None and len(years := set(_TERM_YEAR.findall(form.document.project.term))) == 1:
        form.document.year = int(years.pop())  # 2016年1月起至2016年12月止: a term within one year is the form's year
    if _is_blank(form.document):
        raise NotAFormError("是一份空白模板：栏目都在，但没有填写项目名称、金额或绩效指标")
    _report_unplaced(form)
    return LoadResult(form.document, form.notes, foreign=True)


def _note_absent_parts(form: FormReading) -> None:
    """The parts a form of its kind does not have, each noted ``file.absent`` so that a check of it is never
    the form's fault: a year's form (自评表, 年度绩效目标表) has no 中期 matrix and no 中期 funding; a form that
    names no funding at all has no funding to check, nor to compare its costs with; a form with neither a cost
    table nor 项目实施内容 (a 绩效目标表: the cost breakdown is the 申报书's) has no cost lines. A part the form
    has and left empty stays its own gap (原表未填)."""
    found = form.found
    year_only = not _names_mid_term(form) or _labels_year_matrix_only(form)
    if form.document.indicators.annual and "indicators.mid_term" not in found and year_only:
        form.notes.append(info("file.absent", Place.indicator("mid_term"), part="中期绩效指标"))
    if not found & {"funding.annual", "funding.mid_term"} and not _names_funding(form):
        # 鄂州's 绩效目标表 lists its costs and no funding at all: nothing to compare the costs with.
        for period, part in (("annual", "年度资金"), ("mid_term", "中期资金")):
            form.notes.append(info("file.absent", Place.funding(period, "total"), variant="funding", part=part))
        if form.document.cost_items:
            form.notes.append(info("file.absent", Place.of("cost_total"), variant="funding-compare"))
    elif "funding.annual" in found and "funding.mid_term" not in found and not _names_mid_term_money(form):
        form.notes.append(info("file.absent", Place.funding("mid_term", "total"), part="中期资金"))
    if not form.document.cost_items and "project.content" not in found and not form.cost_part_seen:
        form.notes.append(info("file.absent", COST_ITEMS, variant="cost", part=label("page.cost_items")))


ABSENT_FIELDS = ("unit.code", "signatures.unit_head", "signatures.preparer", "signatures.date")
"""Fields many published forms do not have at all (a 绩效目标表 has no credit code, a 自评表 often no signatures)."""


def _note_absent_fields(form: FormReading) -> None:
    """Each of ABSENT_FIELDS for which the file has no label at all, noted ``file.absent``: its check is then an
    info (原表没有这一栏), never the colleague's warning. A label the form has and left blank stays its gap."""
    for key in ABSENT_FIELDS:
        if key not in form.found:
            form.notes.append(info("file.absent", Place.of(key), variant="field", part=printed(key)))


_FUNDING_WORDS = re.compile(r"资金|总投入|财政拨款|经费来源")


def _names_funding(form: FormReading) -> bool:
    """True when the file has a funding label or heading anywhere (资金总额, 资金来源, 总投入, 财政拨款…)."""
    texts = (text for grid in form.grids for text in list(grid.texts().values())[:2000])
    return any(len(text) <= 40 and _FUNDING_WORDS.search(text) for text in texts)


_NAMED_YEAR = re.compile(r"^\s*((?:19|20)[0-9]{2})\s*年(?!\s*[0-9])")
"""A year the project's name starts with (2024年开展…, never 2021年1月 of a date)."""
_TERM_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*[年.\-/]")
_MID_TERM_MONEY = re.compile(r"(?:中期|长期|中长期|实施期).{0,12}(?:资金|投入|预算|金额)")


def _names_mid_term_money(form: FormReading) -> bool:
    """True when the file has a 中期 (长期, 实施期) funding label or row, filled or not."""
    texts = (text for grid in form.grids for text in list(grid.texts().values())[:2000])
    return any(len(text) <= 40 and _MID_TERM_MONEY.search(text) for text in texts)  # a label, not a goal's prose


_YEAR_MATRIX = re.compile(r"^(?:项目|专项(?:资金)?)?(?:年度|本年度|当年|当年度)(?:绩效)?指标$")
_TERM_MATRIX = re.compile(r"(?:中期|长期|中长期|实施期)(?:绩效)?指标")


def _labels_year_matrix_only(form: FormReading) -> bool:
    """True when the form labels its matrix the year's (年度绩效指标) and no 中期/长期 matrix anywhere: a 长期目标
    beside it is a goal, and the form has no 中期 matrix to leave empty."""
    texts = [normalise_label(text) for grid in form.grids for text in list(grid.texts().values())[:2000]]
    short = [text for text in texts if len(text) <= 40]
    return any(_YEAR_MATRIX.match(text) for text in short) and not any(_TERM_MATRIX.search(t) for t in short)


_TERM_PART = re.compile(r"(?:中期|长期|中长期|实施期)(?:规划)?(?:绩效)?(?:目标|指标)")


def _names_mid_term(form: FormReading) -> bool:
    """True when the file names a 中期 or 长期 part anywhere (a 中期目标, a 长期绩效指标 matrix); a value 长期 (项目期
    | 长期, 可持续影响 | 长期) names none."""
    texts = (text for grid in form.grids for text in list(grid.texts().values())[:2000])
    return any(len(text) <= 40 and _TERM_PART.search(normalise_label(text)) for text in texts)


def _ledger_size(grids: list[Grid]) -> int:
    """How many projects a sheet lists: 项目名称 heading a column of names on rows that each fill the other
    columns of its heading row (a ledger's rows), or 项目名称 repeated beside different names. A form's
    prose under a 项目名称 | 项目主管部门 | 项目执行单位 row, or one name repeated on every sheet, is one project."""
    most = 0
    for grid in grids:
        names: set[str] = set()
        for (row, col), text in grid.texts().items():
            found = label_key(text)
            if found is None or found[0] != "project.name":
                continue
            names.add(_first_right(grid, row, col))
            heading = [
                c for c in grid.columns(row) if c != col and grid.origin(row, c) == (row, c) and grid.text(row, c)
            ]
            listed: set[str] = set()
            if len(heading) < 2 or _pairs_labels_with_values(grid, row) >= 2:
                continue  # 项目名称 | its value (| 主管部门 | its value…): a form's labels, not a ledger's heads
            first = grid.span(row, col)[2] + 1
            for below, r in enumerate(grid.rows(first)):
                if r != first + below or not grid.text(r, col).strip() or label_key(grid.text(r, col)):
                    break
                filled = sum(1 for c in heading if grid.origin(r, c) == (r, c) and grid.text(r, c).strip())
                if filled < 2:
                    break  # a line of prose or a block, not a ledger's row
                listed.add(grid.text(r, col).strip())
            most = max(most, len(listed))  # one name on every row of a 明细 sheet is one project
        most = max(most, len(names - {""}))
    return most


def _pairs_labels_with_values(grid: Grid, row: int) -> int:
    """How many known labels of a row stand left of a value (a filled cell that is no label): 预算单位 | 某办事处 |
    项目名称 | 市政维护 is a form's row of labels and values; a ledger's heading row is headings side by side."""
    cells = [(c, grid.text(row, c).strip()) for c in grid.columns(row) if grid.origin(row, c) == (row, c)]
    cells = [(c, text) for c, text in cells if text]
    pairs = 0
    for (_, text), (_, right) in itertools.pairwise(cells):
        heading = len(right) <= 8 and _HEADING_WORD.search(right) is not None  # 建设内容, 资金（万元）: a ledger's
        if label_key(text) is not None and label_key(right) is None and money_label(right) is None and not heading:
            pairs += 1
    return pairs


_HEADING_WORD = re.compile(
    r"(?:名称|内容|单位|部门|金额|资金|投资|预算|数|时间|日期|类别|类型|性质|情况|说明|备注|序号|编号|代码)(?:[（(][^）)]*[)）])?$"
)
"""How a column heading ends (a ledger's row of headings), where a value rarely does."""


def _first_right(grid: Grid, row: int, col: int) -> str:
    last_col = grid.span(row, col)[3]
    for c in grid.columns(row):
        if c > last_col and grid.origin(row, c)[1] > last_col and grid.text(row, c).strip():
            return grid.text(row, c).strip()
    return ""


_UNIT_BUDGET_WORDS = (
    "收支总表",
    "功能分类科目",
    "部门收入总表",
    "部门支出总表",
    "财政拨款收支总表",
    "一般公共预算支出表",
)


def _looks_like_unit_budget(grids: list[Grid], found: set[str]) -> bool:
    """A unit's whole budget: its tables' titles, and no project named (a cost template may have 功能分类 columns)."""
    if "project.name" in found:
        return False
    return any(
        word in text for grid in grids for text in list(grid.texts().values())[:200] for word in _UNIT_BUDGET_WORDS
    )


def _is_blank(document: Document) -> bool:
    """Labels everywhere, nothing filled in: a template, not a declaration."""
    filled = [
        document.project.name,
        document.project.content,
        document.unit.name,
        document.goals.annual,
        document.goals.mid_term,
    ]
    indicators = [i for i in (*document.indicators.mid_term, *document.indicators.annual) if i.name or i.value]
    money = document.funding.annual.total or document.funding.mid_term.total or document.cost_items
    return not any(filled) and not indicators and not money


def _read_costs(form: FormReading) -> None:
    document = form.document
    parsed = parse_cost_text(document.project.content)
    form.cost_part_seen = any(
        _COST_PART.search(normalise_label(text)) for grid in form.grids for text in list(grid.texts().values())[:2000]
    )
    for grid, found in _cost_tables(form, bool(parsed.items)):
        form.cost_part_seen |= found is not None
        if found is not None and found.items:
            table, note = found, None
            if found.unit_guessed is not None:
                cells = grid.where(*found.unit_guessed)
                heading = normalise_label(grid.text(*found.unit_guessed))[:20]
                where = SheetCell.parse_address(cells)
                note = _cost_unit_evidence(form, found, where, cells, heading)
                if note is not None:
                    table = read_in_unit(grid, found, "万元")
                else:
                    note = info("file.guessed", where, variant="unit", cells=cells, label=heading, unit="元")
                form.notes.append(note)
            document.cost_items = table.items
            form.count(grid, "costs", len(table.items))
            for row, col in table.used:
                form.use(grid, row, col)
            break
    else:
        document.cost_items = parsed.items or _listed_costs(form)
        if form.content_grid is not None and parsed.items:
            form.count(form.content_grid, "costs", len(parsed.items))
    document.project.content = parsed.content
    for line in parsed.unparsed:
        form.notes.append(info("file.cost-line", Place.of("project.content"), line=line[:40]))


def _listed_costs(form: FormReading) -> list[CostItem]:
    """Cost lines written beside a cost part's label as names and amounts (项目支出明细 | 维修费19980200元；…)."""
    for grid in form.grids:
        for (row, col), text in list(grid.texts().items())[:2000]:
            label = normalise_label(text)
            if len(label) > 12 or not _COST_PART.search(label):
                continue
            items = parse_listed_costs(value_right(form, grid, row, col))
            if items:
                form.use(grid, row, col)
                form.use(grid, row, grid.span(row, col)[3] + 1)
                form.count(grid, "costs", len(items))
                return items
    return []


_COST_PART = re.compile(r"测算明细|支出明细|成本测算|预算明细|成本构成|测算依据")
"""Words of a cost part's title or heading: a form that has one and no lines left it empty (its own gap)."""
WAN_EVIDENCE_BELOW = Decimal(10_000)
"""A cost table whose lines, read in 元, add up to less than this (一万元) is no project's budget: its figures are 万元."""


OVERSPENT = Decimal("1.25")
"""How far a self-evaluation's spent lines may exceed the planned funding and still be read in its unit (万元):
南湖 spent 179.6 of 170 万元; 179.6 元 against a budget of 1,700,000 元 is no reading."""


def _cost_unit_evidence(form: FormReading, table: CostTable, where: Place, cells: str, heading: str) -> Finding | None:
    """The note saying why a cost table whose unit nothing states is in 万元, from the form's own figures; None
    when they say 元 or nothing (it is then read in 元, noted as a guess). Its lines' factors multiplying to the
    amounts in 元 say 元; the funding's total equal to its total in 万元 says 万元 (equal in 元: 元); else a form
    whose funding is in 万元 keeps its costs in 万元 when they fit within the funding (OVERSPENT); with no funding, a total
    under one 万元 in 元 is no project's budget."""
    if table.proves_yuan():
        return None
    total = table.total()
    funding = form.document.funding
    totals = {amount for amount in (funding.annual.total, funding.mid_term.total) if amount}
    if total in totals:
        return None
    if to_money(total * WAN) in totals:
        return info("file.guessed", where, variant="unit-funding", cells=cells, label=heading)
    if totals and form.funding_in_wan and to_money(total * WAN) <= max(totals) * OVERSPENT:
        return info("file.guessed", where, variant="unit-form", cells=cells, label=heading)
    if not totals and 0 < total < WAN_EVIDENCE_BELOW:
        return info("file.guessed", where, variant="unit-size", cells=cells, label=heading)
    return None


def _cost_tables(form: FormReading, text_has_lines: bool) -> Iterator[tuple[Grid, CostTable | None]]:
    """Each sheet's cost table found by its headings; then, unless 项目实施内容 holds numbered cost lines,
    each sheet's table found by its shape (cells already read as something else are not part of it)."""
    for grid in form.grids:
        yield grid, find_cost_table(grid, form.used.get(grid.name, set()))
    if not text_has_lines:
        for grid in form.grids:
            yield grid, find_cost_table_by_structure(grid, form.used.get(grid.name, set()))


MAX_UNPLACED_NOTES = 20
"""Unread blocks named one by one per sheet; the rest are counted in one note (a sheet of data is not a form)."""


def _report_unplaced(form: FormReading) -> None:
    """The import report: per sheet, what was read, then each block of cells that was not (rows next to
    each other form one block: a footnote, a table nobody asked for), one note per block."""
    for grid in form.grids:
        counts = form.read.get(grid.name)
        used = form.used.get(grid.name, set())
        if counts and any(counts.values()):
            first = min(used, default=(1, 1))
            form.notes.append(
                info(
                    "file.read",
                    SheetCell.parse_address(grid.where(*first)),
                    sheet=grid.name.strip(),
                    fields=counts["fields"],
                    funding=counts["funding"],
                    costs=counts["costs"],
                    indicators=counts["indicators"],
                )
            )
        blocks: list[list[tuple[int, int, str]]] = []
        for row, col in sorted(grid.cells):
            if (row, col) in used or grid.origin(row, col) != (row, col):
                continue
            text = grid.text(row, col).strip()
            if not text:
                continue
            if blocks and row - blocks[-1][-1][0] <= 1:
                blocks[-1].append((row, col, text))
            else:
                blocks.append([(row, col, text)])
        for index, block in enumerate(blocks):
            row, col, text = block[0]
            where = SheetCell.parse_address(grid.where(row, col))
            if index == MAX_UNPLACED_NOTES:
                rest = [cell for later in blocks[index:] for cell in later]
                last = grid.where(*rest[-1][:2])
                form.notes.append(info("file.unplaced", where, variant="more", last=last, count=len(rest)))
                break
            if len(block) == 1:
                form.notes.append(info("file.unplaced", where, text=text[:40]))
            else:
                last = grid.where(*block[-1][:2])
                form.notes.append(
                    info("file.unplaced", where, variant="block", last=last, count=len(block), text=text[:40])
                )
