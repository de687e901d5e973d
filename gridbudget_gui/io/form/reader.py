"""Read a colleague's hand-typed form: every field is found by its label, never by a fixed cell address."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from gridbudget_gui.domain.dates import to_iso
from gridbudget_gui.domain.document import Document, FundingRow, Indicator
from gridbudget_gui.domain.findings import Finding, info
from gridbudget_gui.domain.labels import printed
from gridbudget_gui.domain.money import WAN, parse_money, to_money
from gridbudget_gui.domain.numbers import DIGIT, SIGNED, NumberError, ascii_digits, number_value, scaled
from gridbudget_gui.domain.place import Place, SheetCell
from gridbudget_gui.domain.schemes import get_scheme
from gridbudget_gui.io.cells import to_decimal
from gridbudget_gui.io.document_file import LoadResult
from gridbudget_gui.io.form import lexicon
from gridbudget_gui.io.form.costs import CostTable, find_cost_table, find_cost_table_by_structure, parse_cost_text
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import (
    DECLARATION_ONLY,
    EXTRA_ROLES,
    INDICATOR_HEADERS,
    NEIGHBOUR_LABELS,
    OPERATORS,
    SOURCE_HEADERS,
    SOURCE_KEYS,
    TARGETS_ONLY,
    goal_period,
    label_key,
    money_label,
    normalise_label,
)
from gridbudget_gui.io.form.lexicon import group_name, header_role, is_placeholder


class NotAFormError(ValueError):
    """The workbook holds none of the labels of a budget declaration."""


# A year in ASCII or full-width digits (domain.numbers); 20٢١ is no year.
_YEAR = re.compile(r"((?:19|20|21)[0-9]{2})")
_SIGNATURE_WORDS = {
    printed("signatures.unit_head"): "unit_head",
    printed("signatures.preparer"): "preparer",
    "填表人": "preparer",
    printed("signatures.date"): "date",
    "填表日期": "date",
}
"""The signature line's labels (canonical from ``domain.labels``, then synonyms) and the field each names."""
_SIGNATURE_KEYS = re.compile("(" + "|".join(map(re.escape, _SIGNATURE_WORDS)) + r")\s*[:：]?")


@dataclass
class _Form:
    grids: list[Grid]
    document: Document = field(default_factory=Document)
    notes: list[Finding] = field(default_factory=list)
    used: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    found: set[str] = field(default_factory=set)
    title_year: int | None = None
    read: dict[str, dict[str, int]] = field(default_factory=dict)
    content_grid: Grid | None = None
    """The sheet where 项目实施内容 was read: its numbered cost lines are counted there."""
    fallbacks: dict[str, tuple[Grid, int, int, str]] = field(default_factory=dict)
    unit_lines: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    matrix_cell: tuple[Grid, tuple[int, int]] | None = None
    """The first indicator heading read: where the scheme the form was read under is noted."""
    """Per sheet, the rows of its unit lines (金额单位：万元) and the unit each states."""
    """Fields named by a weaker label (填报单位, 项目类别): used only when no better label names them."""

    def count(self, grid: Grid, what: str, number: int = 1) -> None:
        sheet = self.read.setdefault(grid.name, {"fields": 0, "funding": 0, "costs": 0, "indicators": 0})
        sheet[what] += number

    def use(self, grid: Grid, row: int, col: int) -> None:
        self.used.setdefault(grid.name, set()).add(grid.origin(row, col))

    def is_label(self, grid: Grid, row: int, col: int) -> bool:
        text = grid.text(row, col)
        if not text:
            return False
        label = normalise_label(text)
        return (
            label_key(text) is not None
            or label in INDICATOR_HEADERS
            or header_role(text) is not None
            or label in NEIGHBOUR_LABELS
            or goal_period(text) is not None
            or money_label(text) is not None
        )


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
    form = _Form(grids)
    for grid in grids:
        _read_labels(form, grid)
    projects = _ledger_size(grids)
    if projects >= 3:
        raise NotAFormError(f"不是单个项目的申报表：看起来是一份 {projects} 个项目的台账（每行一个项目）")
    if _looks_like_unit_budget(grids, form.found):
        raise NotAFormError("不是项目申报表：看起来是单位整体的部门预算表（收支总表、功能分类科目等）")
    if len(form.found) < 3 and not any(_has_matrix(grid) for grid in grids):  # a matrix alone is a form's
        raise NotAFormError("不是项目申报表：没有找到“项目名称”“项目实施内容”“绩效指标”等栏目")
    for grid in grids:
        _read_funding(form, grid)
    for grid in grids:
        _read_money_labels(form, grid)
        _read_goals(form, grid)
        _read_indicators(form, grid)
        _read_signatures(form, grid)
        _read_titles(form, grid)
    _read_costs(form)
    _money_from_arrangement(form)
    _apply_fallbacks(form)
    if form.document.indicators.annual and "indicators.mid_term" not in form.found and not _names_mid_term(form):
        # A year's form (自评表, 年度绩效目标表) has no 中期 part: its absence is not the form's error.
        where = Place.indicator("mid_term")
        form.notes.append(info("file.absent", where, part="中期绩效指标"))
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
    if _is_blank(form.document):
        raise NotAFormError("是一份空白模板：栏目都在，但没有填写项目名称、金额或绩效指标")
    _report_unplaced(form)
    return LoadResult(form.document, form.notes, foreign=True)


def _names_mid_term(form: _Form) -> bool:
    """True when the file speaks of a 中期 or 长期 part anywhere (a 中期目标, 中期资金, a 长期 matrix)."""
    return any("中期" in text or "长期" in text for grid in form.grids for text in list(grid.texts().values())[:2000])


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
            if len(heading) < 2:
                continue  # 项目名称 | its value: a form's label, not the head of a ledger's column
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


def _has_matrix(grid: Grid) -> bool:
    """An indicator table's headings (一级指标 … 二级指标) are a strong sign of a declaration by themselves."""
    return any(INDICATOR_HEADERS.get(normalise_label(text)) == "level2" for text in grid.texts().values())


def _sheet_kind(grid: Grid) -> str:
    keys = {label_key(grid.text(r, c)) for (r, c) in grid.cells}
    names = {k[0] for k in keys if k is not None}
    if names & TARGETS_ONLY and not names & DECLARATION_ONLY:
        return "targets"
    return "declaration"


def _read_labels(form: _Form, grid: Grid) -> None:
    kind = _sheet_kind(grid)
    # A 申报书 may title its 立项依据 项目立项依据; a file holding both forms (as the Word export does) has the
    # 申报书's own 立项依据, and its 项目立项依据 is then the 绩效目标表's kind of basis.
    basis_labelled = any(
        (found := label_key(grid.text(r, c))) is not None and found[0] == "project.basis" for r, c in grid.cells
    )
    for row, col in sorted(grid.cells):
        text = grid.text(row, col)
        found = label_key(text)
        inline = ""
        if found is None and re.search(r"[:：]", text):
            head, _, inline = re.split(r"([:：])", text, maxsplit=1)
            found = label_key(head)
            inline = inline.strip()
            if found is None or not inline:
                continue
        if found is None:
            continue
        key, _ = found
        form.use(grid, row, col)
        if key == "structure":
            continue
        value = inline or _value_right(form, grid, row, col)
        if not value and not inline and _heads_a_column(form, grid, row, col):
            value = _value_below(form, grid, row, col)  # 项目名称 | 项目主管部门 | … over a row of values
        if key.startswith("fallback:"):
            form.fallbacks.setdefault(key.split(":", 1)[1], (grid, row, col, value))
            continue
        if not value and key in _PROSE_FIELDS:
            value = _paragraphs_below(form, grid, row, col) or _value_below(form, grid, row, col)
        if key == "project.manager":
            name, phone = _name_and_phone(value)
            form.found.add(key)
            form.count(grid, "fields", 2 if phone else 1)
            _assign(form, grid, row, col, "project.manager.name", name)
            _assign(form, grid, row, col, "project.manager.phone", phone)
            continue
        if key == "phone":
            key = "project.manager.phone" if _row_has(grid, row, printed("project.manager.name")) else "unit.phone"
        if key == "project.basis_kind" and kind == "declaration" and not basis_labelled:
            key = "project.basis"
        form.found.add(key)
        if key == "project.content" and form.content_grid is None:
            form.content_grid = grid
        if value:
            form.count(grid, "fields")
        else:  # the label is there and nothing beside or under it: the form's own gap, not ours
            where = Place.of(key.removesuffix(".targets"))
            form.notes.append(info("file.blank", where, label=normalise_label(text)[:20]))
        _assign(form, grid, row, col, key, value)


_PROSE_FIELDS = {
    "project.basis",
    "unit.profile",
    "project.overview",
    "project.content",
    "project.funding_arrangement",
    "project.schedule",
    "project.outcomes",
    "project.summary",
    "project.safeguards",
    "project.budget_notes",
}
"""Fields whose text may stand under the label (a sheet of its own: 立项依据 over a merged block)."""
_PHONE = re.compile(r"(?:\+?86[- ]?)?(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(?:-[0-9]+)?)")
_CHECKED = "√☑✓✔■●"
_UNCHECKED = "□☐○"


def _name_and_phone(text: str) -> tuple[str, str]:
    """项目负责人及电话: 赵敏 0871-65550123, 吴芳/13600003333, 谢凯13990260322（办公） → the name and the phone."""
    match = _PHONE.search(ascii_digits(text))
    if match is None:
        return text.strip(), ""
    name = (text[: match.start()] + text[match.end() :]).strip(" /／,，、;；:：\t\n")
    name = re.sub(r"[（(][^（）()]*[)）]|[()（）]", "", name).strip(" /／,，、;；:：\t\n")  # （办公）
    return name, match[0]


def checked_option(text: str) -> str:
    """The option ticked in a checkbox value (新增项目□延续项目√ → 延续项目); the text itself when none is."""
    if not any(mark in text for mark in _CHECKED) or not any(mark in text for mark in _UNCHECKED + _CHECKED):
        return text
    marks = re.escape(_CHECKED + _UNCHECKED)
    # A mark belongs to the option before it (新增项目□) unless the text starts with one (□新增项目 √延续项目).
    if text.strip()[0] in _CHECKED + _UNCHECKED:
        pairs = re.findall(rf"([{marks}])\s*([^{marks}\s]+)", text)
        chosen = [option for mark, option in pairs if mark in _CHECKED]
    else:
        pairs = re.findall(rf"([^{marks}\s]+)\s*([{marks}])", text)
        chosen = [option for option, mark in pairs if mark in _CHECKED]
    return chosen[0] if len(chosen) == 1 else text


def _row_has(grid: Grid, row: int, label: str) -> bool:
    return any(normalise_label(grid.text(row, c)) == label for c in grid.columns(row))


def _value_right(form: _Form, grid: Grid, row: int, col: int) -> str:
    """The value of a label: the first filled cell to its right on each row the label spans (a block merged
    over those rows once)."""
    first_row, _, last_row, last_col = grid.span(row, col)
    lines = []
    seen: set[tuple[int, int]] = set()
    for r in range(first_row, last_row + 1):
        for c in grid.columns(r):  # only these can hold a value; every other cell of the row is empty
            if c <= last_col or grid.value(r, c) is None or grid.origin(r, c)[1] <= last_col:
                continue
            if grid.origin(r, c) not in seen and not form.is_label(grid, r, c):
                seen.add(grid.origin(r, c))
                form.use(grid, r, c)
                lines.append(grid.text(r, c).strip())
            break
    return "\n".join(line for line in lines if line)


def _heads_a_column(form: _Form, grid: Grid, row: int, col: int) -> bool:
    """True when the label stands in a row of labels (its right neighbour is one): its value is under it."""
    last_col = grid.span(row, col)[3]
    right = next((c for c in grid.columns(row) if c > last_col and grid.text(row, c).strip()), None)
    return right is not None and form.is_label(grid, row, right)


def _assign(form: _Form, grid: Grid, row: int, col: int, key: str, value: str) -> None:
    document = form.document
    if key == "year":
        digits = _YEAR.search(ascii_digits(value))
        document.year = int(digits[1]) if digits else document.year
        return
    if key == "project.basis":
        document.project.basis = basis_entries(value)
        return
    if key == "project.attribute":
        value = re.sub(rf"^{DIGIT}{{3}}\s*", "", checked_option(value))  # 002 延续性项目: the code is the form's
    if key == "unit.name.targets":
        if not document.unit.name:
            document.unit.name = value
        elif value and value != document.unit.name:
            form.notes.append(
                info(
                    "file.unplaced",
                    SheetCell.parse_address(grid.where(row, col)),
                    variant="unit-name",
                    value=value,
                    unit_name=document.unit.name,
                )
            )
        return
    target: object = document
    *path, last = key.split(".")
    for part in path:
        target = getattr(target, part)
    if getattr(target, last) and value != getattr(target, last):
        if value:
            form.notes.append(
                info(
                    "file.unplaced",
                    SheetCell.parse_address(grid.where(row, col)),
                    variant="conflict",
                    value=value[:40],
                    label=normalise_label(grid.text(row, col)),
                )
            )
        return
    setattr(target, last, value)


def basis_entries(value: str) -> list[str]:
    """立项依据 as a list of documents. Written one a line, each line is one entry, whole; a single line is split
    at ；/; (before a new 《title》 only, when it has titles: text after a title, such as its number or an
    attachment, stays with it); a line of bare titles (《甲》《乙》, 《甲》、《乙》) gives each title."""
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    entries: list[str] = []
    for line in lines:
        if "《" in line:
            pieces = re.split(r"[；;]\s*(?=《)", line) if len(lines) == 1 else [line]
        else:
            pieces = re.split(r"[；;]", line) if len(lines) == 1 else [line]
        for piece in pieces:
            titles = re.findall(r"《[^《》]*》", piece)
            if titles and not re.sub(r"《[^《》]*》|[\s、，,；;。]", "", piece):
                entries += titles
            elif piece.strip(" ；;"):
                entries.append(piece.strip(" ；;"))
    return entries


_FORM_FURNITURE = re.compile(
    r"^(项目申报书|项目(支出)?绩效目标(申报)?表|[（(](19|20)[0-9]{2}年度?[)）]|单位[（(]盖章[)）]|金额单位[：:]元)$"
)
"""Titles and the seal's place inside a document that holds both forms (our Word export): never reported."""


def _apply_fallbacks(form: _Form) -> None:
    """Fields only a weaker label named (填报单位, 项目类别), when no better one did."""
    for key, (grid, row, col, value) in form.fallbacks.items():
        target: object = form.document
        *path, last = key.split(".")
        for part in path:
            target = getattr(target, part)
        if value and not getattr(target, last):
            setattr(target, last, checked_option(value) if key == "project.attribute" else value)
            form.found.add(key)
            form.count(grid, "fields")
        form.use(grid, row, col)


def _read_titles(form: _Form, grid: Grid) -> None:
    """Title lines above the form (标题, 附件2, （2021年度）): used for the year, never reported as lost."""
    first_label = min((r for (r, c) in form.used.get(grid.name, set())), default=0)
    for (row, col), _ in sorted(grid.cells.items()):
        if row >= first_label:
            continue
        text = grid.text(row, col)
        form.use(grid, row, col)
        year = re.search(rf"{_YEAR.pattern}\s*年度?", ascii_digits(text))
        if year is not None and (form.title_year is None or "年度" in text):
            form.title_year = int(year[1])
    for (row, col), _ in grid.cells.items():
        if _FORM_FURNITURE.match(re.sub(r"\s+", "", grid.text(row, col))):
            form.use(grid, row, col)


def _read_funding(form: _Form, grid: Grid) -> None:
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
            amount = _money(grid, row, col, hint)
            if amount is not None:
                funding.set(key, amount)
                form.use(grid, row, col)
        if "total" not in columns or _money(grid, row, columns["total"], hint) is None:
            funding.set("total", funding.sources_sum())
        setattr(form.document.funding, period, funding)
        form.found.add(f"funding.{period}")
        form.count(grid, "funding", sum(1 for key in SOURCE_KEYS if funding.get(key)))


_AMOUNT_IN_TEXT = re.compile(rf"(?P<number>{SIGNED})\s*(?P<unit>万元|亿元|元|万|亿)?")


def _amounts(text: str, hint: str) -> list[tuple[str, Decimal]]:
    """Amounts in a text, each with the funding label written before it: 总额106.75万元，财政拨款：69.2万元."""
    found: list[tuple[str, Decimal]] = []
    position = 0
    for match in _AMOUNT_IN_TEXT.finditer(text):
        before = text[position : match.start()]
        position = match.end()
        if not match["number"].strip() or not any(ch.isdigit() for ch in match["number"]):
            continue
        words = re.findall(r"[\u4e00-\u9fff]+", before)
        described = money_label(words[-1]) if words else None
        if words and described is None and found:
            continue  # 其中：上级财政资金：… inside brackets: a part of a part, not a source of its own
        try:
            amount = to_money(scaled(number_value(match["number"]), match["unit"] or hint))
        except NumberError:
            continue
        found.append((described[0] if described else "total" if not found else "", amount))
    return [(kind, amount) for kind, amount in found if kind]


def _read_money_labels(form: _Form, grid: Grid) -> None:
    """Funding written as labelled amounts: 88号's 中期/年度资金总额 + 其中：财政拨款 + 其他资金 block,
    资金总额及构成 as one text, 中期资金总额：150 in one cell, a county's 资金总额：/财政拨款：/自有资金：."""
    labels = []
    for row, col in sorted(grid.cells):
        described = money_label(grid.text(row, col))
        if described is not None:
            labels.append((row, col, *described))
    if not any(kind == "total" or period is not None for _, _, kind, period, *_ in labels):
        return  # 其中：财政拨款 alone, no total and no period named: not a funding block
    periods: dict[tuple[int, int], str] = {}
    amounts: dict[str, dict[str, Decimal]] = {"mid_term": {}, "annual": {}}
    for row, col, kind, stated_period, unit, inline in labels:
        period = stated_period
        if period is None:
            # A source takes the period of the total above it in its column, or left of it on its row; an
            # amount beside a 当年 one (资金总额 | … | 当年资金总额) is the whole term's.
            above = [p for (r, c), p in periods.items() if c == col and row - 4 <= r < row]
            beside = [p for (r, c), p in periods.items() if r == row and c < col]
            later = any(r == row and c > col and p == "annual" for r, c, _, p, *_ in labels)
            period = above[-1] if above else beside[-1] if beside else "mid_term" if later else "annual"
        periods[(row, col)] = period
        if f"funding.{period}" in form.found:
            continue
        form.use(grid, row, col)
        text = inline
        hint = unit or _block_unit(form, grid, row, col, (row, col)) or "元"
        place = (row, col)
        if not text:
            found_place = _money_value_place(form, grid, row, col)
            if found_place is None:
                continue  # nothing beside the label: the form left it blank
            place = found_place
            stated = unit or _block_unit(form, grid, row, col, place)
            hint = stated or "元"
            form.use(grid, *place)
            number = to_decimal(grid.value(*place))
            if number is not None:
                amounts[period].setdefault(kind, to_money(number * (WAN if hint == "万元" else 1)))
                if not stated and number:
                    cells = grid.where(*place)
                    label = normalise_label(grid.text(row, col))[:20]
                    where = SheetCell.parse_address(cells)
                    form.notes.append(info("file.guessed", where, variant="unit", cells=cells, label=label, unit="元"))
                continue
            text = grid.text(*place)
        parsed = _amounts(text, hint)[: 1 if kind != "total" else None]
        for found_kind, amount in parsed:
            amounts[period].setdefault(kind if kind != "total" else found_kind, amount)
        if not parsed and re.search(r"[0-9]", ascii_digits(text)):
            _unread(form, grid, place, Place.funding(period), "资金")
    for period, found in amounts.items():
        if not found:
            continue
        funding = FundingRow()
        for key, amount in found.items():
            funding.set(key, amount)
        if "total" not in found:
            funding.set("total", funding.sources_sum())
        setattr(form.document.funding, period, funding)
        form.found.add(f"funding.{period}")
        form.count(grid, "funding", sum(1 for key in SOURCE_KEYS if funding.get(key)))


_UNIT_LINE = re.compile(r"(?:金额|资金|计量)?单位\s*[:：]\s*(万元|元)")
_STATED_UNIT = re.compile(r"[（(](万元|元)[)）]")


def _unread(form: _Form, grid: Grid, cell: tuple[int, int], where: Place, what: str) -> None:
    """Note a part the reader could not read: checks of it are our failure, never the form's."""
    form.notes.append(info("file.unread", where, cells=grid.where(*cell), what=what))


def _block_unit(form: _Form, grid: Grid, row: int, col: int, place: tuple[int, int]) -> str:
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


def _money_value_place(form: _Form, grid: Grid, row: int, col: int) -> tuple[int, int] | None:
    """The amount of a funding label: the next filled cell to its right, or, in a row of labels
    (资金总额 | 财政拨款 | 其他资金 over their amounts), the cell under it."""
    last_col = grid.span(row, col)[3]
    for c in grid.columns(row):
        if c <= last_col or grid.origin(row, c) != (row, c) or not grid.text(row, c).strip():
            continue
        if not form.is_label(grid, row, c):
            return (row, c)
        break
    below = (grid.span(row, col)[2] + 1, col)
    if grid.origin(*below) == below and _money(grid, *below, "元") is not None:
        return below
    return None


def _money_from_arrangement(form: _Form) -> None:
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


def _money(grid: Grid, row: int, col: int, hint: str) -> Decimal | None:
    number = to_decimal(grid.value(row, col))
    if number is not None:
        return to_money(number * (WAN if hint == "万元" else 1))
    text = grid.text(row, col).strip()
    return parse_money(text, hint) if text else None


_GOAL_HEADING = re.compile(r"^(?:年初设定目标|预期目标|设定目标|目标内容)$")
_OUTCOME_HEADING = re.compile(r"完成情况|实际完成|完成值|实现情况")


def _read_goals(form: _Form, grid: Grid) -> None:
    for row, col in sorted(grid.cells):
        period = goal_period(grid.text(row, col))
        if period is None or f"goals.{period}" in form.found:
            continue
        form.use(grid, row, col)
        text = _goal_text(form, grid, row, col)
        setattr(form.document.goals, period, text)
        form.found.add(f"goals.{period}")
        form.count(grid, "fields", 1 if text else 0)


def _goal_text(form: _Form, grid: Grid, row: int, col: int) -> str:
    """The goal beside its label; or, when the cell beside it heads a column (年度总体目标 | 年初设定目标 |
    全年实际完成情况, 项目年度目标 | 年度目标完成情况), the text under that heading or under the label."""
    last_col = grid.span(row, col)[3]
    for c in grid.columns(row):
        if c <= last_col or grid.origin(row, c)[1] <= last_col or not grid.text(row, c).strip():
            continue
        heading = normalise_label(grid.text(row, c))
        if _GOAL_HEADING.match(heading):
            form.use(grid, row, c)
            return _value_below(form, grid, row, c)
        if _OUTCOME_HEADING.search(heading):
            form.use(grid, row, c)
            return _value_below(form, grid, row, col)
        break
    return _value_right(form, grid, row, col) or _value_below(form, grid, row, col)


MAX_PARAGRAPHS = 500
"""The most paragraphs one heading of a Word declaration gathers (its numbered cost lines)."""


def _paragraphs_below(form: _Form, grid: Grid, row: int, col: int) -> str:
    """A Word heading's text: the paragraphs under a heading that stands alone on its row (七、项目实施内容), up
    to the next heading, table or empty row; each paragraph is a row of one cell."""
    if grid.columns(row) != [col] or grid.span(row, col) != (row, col, row, col):
        return ""
    lines: list[tuple[int, int]] = []
    for r in grid.rows(row + 1):
        if r != row + 1 + len(lines) or len(lines) >= MAX_PARAGRAPHS:
            break
        if grid.columns(r) != [col] or grid.span(r, col) != (r, col, r, col) or form.is_label(grid, r, col):
            break
        text = grid.text(r, col)
        if re.search(r"[:：]", text) and label_key(re.split(r"[:：]", text, maxsplit=1)[0]) is not None:
            break  # 八、资金安排情况：… is the next heading with its text
        lines.append((r, col))
    for place in lines:
        form.use(grid, *place)
    return "\n".join(grid.text(*place).strip() for place in lines)


def _value_below(form: _Form, grid: Grid, row: int, col: int) -> str:
    """The value under a label (中期目标 over its text, 项目实施内容 over a merged block of prose)."""
    _, first_col, last_row, _ = grid.span(row, col)
    below = (last_row + 1, first_col)
    if grid.value(*below) is None or form.is_label(grid, *below) or grid.origin(*below) != below:
        return ""
    form.use(grid, *below)
    return grid.text(*below).strip()


def _read_indicators(form: _Form, grid: Grid) -> None:
    headers = sorted((row, col) for (row, col) in grid.cells if header_role(grid.text(row, col)) == "level2")
    header_rows = sorted({row for row, _ in headers})
    blocks: list[tuple[str | None, list[Indicator], list[_Missing]]] = []
    for index, header_row in enumerate(header_rows):
        end = header_rows[index + 1] if index + 1 < len(header_rows) else grid.max_row + 1
        groups = _indicator_groups(form, grid, header_row, end)
        rows, missing = _indicator_rows(form, grid, header_row, end, groups)
        for group, indicators, row_gaps in zip(groups, rows, missing, strict=True):
            whole = _unknown_value_column(grid, header_row, end, group) if "value" not in group and indicators else []
            blocks.append((_period_label(grid, header_row, group), indicators, whole or row_gaps))
    if not blocks:
        return
    unnamed = ["mid_term", "annual"] if len(blocks) > 1 else ["annual"]
    for period, indicators, gaps in blocks:
        chosen = period or (unnamed.pop(0) if unnamed else None)
        if chosen is None or f"indicators.{chosen}" in form.found:
            continue
        if chosen in unnamed:
            unnamed.remove(chosen)
        setattr(form.document.indicators, chosen, indicators)
        form.found.add(f"indicators.{chosen}")
        form.count(grid, "indicators", len(indicators))
        if form.matrix_cell is None:
            form.matrix_cell = (grid, headers[0])
        for row_index, cell in gaps:  # values in columns whose headings we did not understand
            where = Place.indicator(chosen) if row_index is None else Place.indicator(chosen, row_index, "value")
            _unread(form, grid, cell, where, "指标值")


def _unknown_value_column(grid: Grid, header_row: int, end: int, group: dict[str, int]) -> list[_Missing]:
    """A matrix without a value heading we know: the first column right of the names whose heading we did not
    understand and under which something is written (the values were there; we could not tell)."""
    name_col = group.get("name", 0)
    for col in grid.columns(header_row):
        heading = grid.text(header_row, col)
        if col > name_col and heading and header_role(heading) is None and _column_texts(grid, header_row, end, col):
            return [(None, (header_row, col))]
    return []


_Missing = tuple[int | None, tuple[int, int]]
"""An indicator row (None: the whole matrix) whose value stands in a cell the reader did not understand."""


def _indicator_groups(form: _Form, grid: Grid, header_row: int, end: int) -> list[dict[str, int]]:
    """The column groups of a header row: 一级 二级 三级 指标值 [二级 三级 指标值] side by side.

    Headings are read by meaning (header_role); of the columns that may hold the sign (计算符号, 指标性质,
    指标方向) the one whose cells hold ≥ = ≤ is the sign; a matrix whose 一级 column holds 数量指标… and whose
    二级 column holds the indicators' names (no 三级 heading) is read one level down.
    """
    groups: list[dict[str, int]] = []
    current: dict[str, int] = {}
    signs: list[list[int]] = [[]]
    for col in grid.columns(header_row):
        if grid.origin(header_row, col) != (header_row, col):
            continue
        role = header_role(grid.text(header_row, col))
        if role is None:
            continue
        form.use(grid, header_row, col)
        if role == "sign":
            signs[-1].append(col)
            continue
        if role in current or (role == "level1" and current):
            groups.append(current)
            current = {}
            signs.append([])
        current[role] = col
    if current:
        groups.append(current)
    kept = []
    for group, candidates in zip(groups, signs, strict=False):
        chosen = _sign_column(grid, header_row, end, candidates)
        if chosen:
            group["operator"] = chosen
        if (
            "name" not in group
            and "level2" in group
            and "level1" in group
            and _holds_groups(grid, header_row, end, group["level1"])
        ):
            group["name"], group["level2"] = group["level2"], group["level1"]
            group["level1"] = 0
        if "name" in group and "value" not in group and len(groups) == 1:
            found = _value_column_by_content(grid, header_row, end, group)
            if found:
                group["value"] = found
                cells = grid.where(header_row, found)
                label = normalise_label(grid.text(header_row, found))[:20]
                where = SheetCell.parse_address(cells)
                form.notes.append(info("file.guessed", where, variant="value-column", cells=cells, label=label))
        if "name" in group or "value" in group:
            kept.append(group)
    for group in kept[1:]:
        group.setdefault("level1", kept[0].get("level1", 0))  # the seed's 年度 half shares the 一级 column
    return kept


def _column_texts(grid: Grid, first: int, end: int, col: int) -> list[str]:
    texts = []
    for row in grid.rows(first + 1, min(end, first + 60)):
        if grid.origin(row, col) == (row, col) and (text := grid.text(row, col).strip()):
            texts.append(text)
    return texts


_VALUE_LIKE = re.compile(rf"^[{''.join(OPERATORS)}]?\s*{SIGNED}\s*(?:%|％|[^\s0-9]{{1,6}})?$")


def _value_column_by_content(grid: Grid, header_row: int, end: int, group: dict[str, int]) -> int:
    """A value column whose heading we do not know, told by what lies under it: right of the names, most of
    its cells a figure with a sign, a unit or a % (≥300人, 95%, ≤80万元); 0 when none is."""
    taken = set(group.values())
    for col in grid.columns(header_row):
        if col <= group["name"] or col in taken or header_role(grid.text(header_row, col)) is not None:
            continue
        texts = _column_texts(grid, header_row, end, col)
        if len(texts) >= 2 and sum(1 for text in texts if _VALUE_LIKE.match(ascii_digits(text))) * 10 >= len(texts) * 6:
            return col
    return 0


def _sign_column(grid: Grid, header_row: int, end: int, candidates: list[int]) -> int:
    """Of the columns that may hold the sign, the one whose cells do (0 when none does)."""
    best, most = 0, 0
    for col in candidates:
        count = sum(1 for text in _column_texts(grid, header_row, end, col) if lexicon.is_sign(text))
        if count > most:
            best, most = col, count
    return best


def _holds_groups(grid: Grid, header_row: int, end: int, col: int) -> bool:
    """True when a column's cells are level-2 group names (数量指标, 质量指标), not level-1 ones."""
    texts = _column_texts(grid, header_row, end, col)
    named = [group_name(text) for text in texts]
    return (
        bool(named)
        and all(lexicon.level1_of(name) for name in named)  # 成本指标 is a level-2 group of the classic scheme
        and any(not lexicon.is_level1(name) for name in named)
    )


_NOTE_LINE = re.compile(r"^(注|说明|备注|填表说明|其他说明的问题)\s*[:：]|^其他说明的问题$")


def _indicator_rows(
    form: _Form, grid: Grid, header_row: int, end: int, groups: list[dict[str, int]]
) -> tuple[list[list[Indicator]], list[list[_Missing]]]:
    results: list[list[Indicator]] = [[] for _ in groups]
    missing: list[list[_Missing]] = [[] for _ in groups]
    role_columns = {c for g in groups for c in g.values() if c}
    previous = [("", "") for _ in groups]
    first_col = min((c for g in groups for c in g.values() if c), default=1)
    for row in grid.rows(header_row + 1, end):  # a row with no cell and no block is empty: nothing to read
        if any(
            form.is_label(grid, row, c) and label_key(grid.text(row, c)) not in (None, ("structure", "元"))
            for c in range(1, first_col)
        ):
            break
        if any(label_key(grid.text(row, c)) is not None for c in grid.columns(row) if c >= first_col):
            break
        if _ends_matrix(grid, header_row, row, first_col, groups):
            break
        for index, group in enumerate(groups):
            texts = {role: grid.text(row, col).strip() if col else "" for role, col in group.items()}
            name, value = texts.get("name", ""), texts.get("value", "")
            level1, level2 = group_name(texts.get("level1", "")), group_name(texts.get("level2", ""))
            if level1 and not lexicon.is_level1(level1) and lexicon.level1_of(level1):
                level2 = level2 or level1  # 社会公众或服务对象满意度指标 across the 一级 and 二级 columns
                level1 = lexicon.level1_of(level1)
            if is_placeholder(level2):
                level2 = ""
            if not level1:
                level1 = lexicon.level1_of(level2) or previous[index][0]
            if not level2 and level1 == previous[index][0]:
                level2 = previous[index][1]  # a group cell left blank under its first row, merged or not
            previous[index] = (level1, level2)
            for col in group.values():
                if col and grid.value(row, col) is not None:
                    form.use(grid, row, col)
            if is_placeholder(name) and is_placeholder(value):
                continue  # an unfilled row of the template (经济效益指标 | | , ……)
            indicator = Indicator(level1, level2, name, value)
            for role in (*EXTRA_ROLES, "actual", "deviation"):
                setattr(indicator, role, texts.get(role, ""))
            indicator.value = _joined_value(indicator)
            if not indicator.value:
                other = [c for c in grid.columns(row) if c >= first_col and c not in role_columns and grid.text(row, c)]
                if other and len(groups) == 1:
                    missing[index].append((len(results[index]), (row, other[0])))
            results[index].append(indicator)
    return results, missing


def _ends_matrix(grid: Grid, header_row: int, row: int, first_col: int, groups: list[dict[str, int]]) -> bool:
    """A footnote (注：…), a signature line or 其他说明的问题 under the matrix: the indicators end above it."""
    for c in range(1, first_col):  # left of the matrix: only the block that labels the whole matrix
        if grid.text(row, c).strip() and grid.span(row, c)[0] > header_row:
            return True
    columns = sorted({c for g in groups for role, c in g.items() if c and role in ("level2", "name", "value")})
    for c in grid.columns(row):
        if c < first_col:
            continue
        text = grid.text(row, c).strip()
        if not text:
            continue
        r1, c1, _, c2 = grid.span(row, c)
        if sum(1 for col in columns if c1 <= col <= c2) >= 2 and r1 == row:
            return True  # one block across the level-2, name and value columns: a line of prose
        return bool(_NOTE_LINE.match(text) or _SIGNATURE_KEYS.match(text))
    return False


def _joined_value(indicator: Indicator) -> str:
    """指标值 with its 计算符号 and 计量单位 columns joined into what the clerk meant: ≥ | 95 | % → ≥95%.

    The sign is joined to a figure alone or with the unit column's unit or a % (the 一体化 system writes the
    figure, its sign and its unit in columns of their own); a value written with words or another unit (按月支付,
    45个 beside 人, as the Word export prints a value typed so) is the value as written, the sign kept beside it.
    """
    value = indicator.value
    if not value:
        return value
    operator = indicator.operator
    # = is what a bare figure means (45个 is =45个): every output prints it beside such a value, nothing to join.
    if (
        operator in OPERATORS
        and operator != "="
        and not value.startswith(OPERATORS)
        and _is_figure(value, indicator.unit)
    ):
        value = operator + value
    unit = indicator.unit
    if unit and not value.endswith(unit) and re.fullmatch(rf"[{''.join(OPERATORS)}]?\s*{SIGNED}", value):
        value += unit
    return value


def _is_figure(value: str, unit: str) -> bool:
    """True for 95, 95% or 3000盏 beside the unit 盏: a figure whose only words are its stated unit."""
    units = "|".join(re.escape(u) for u in ("%", "％", unit.strip()) if u)
    return re.fullmatch(rf"\s*{SIGNED}\s*(?:{units})?\s*", value) is not None


def _period_label(grid: Grid, header_row: int, group: dict[str, int]) -> str | None:
    """中期 or 年度 when a cell above or left of the header says so."""
    columns = [c for c in group.values() if c]
    places = [(header_row - 1, c) for c in columns] + [(header_row, c) for c in range(1, min(columns))]
    for row, col in places:
        text = normalise_label(grid.text(row, col)) if row > 0 else ""
        if "中期" in text:
            return "mid_term"
        if "年度" in text:
            return "annual"
    return None


def _read_signatures(form: _Form, grid: Grid) -> None:
    signatures = form.document.signatures
    fields = _SIGNATURE_WORDS
    for row, col in sorted(grid.cells):
        text = grid.text(row, col)
        matches = list(_SIGNATURE_KEYS.finditer(text))
        if not matches or len(text) > 120:
            continue
        form.use(grid, row, col)
        for index, match in enumerate(matches):
            stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            value = text[match.end() : stop].strip(" \u3000:：")
            if not value and len(matches) == 1:
                value = _value_right(form, grid, row, col)
            key = fields[match[1]]
            if key == "date":
                value = to_iso(value) if value else ""
            if value:
                setattr(signatures, key, value)
                form.found.add(f"signatures.{key}")
                form.count(grid, "fields")


def _read_costs(form: _Form) -> None:
    document = form.document
    parsed = parse_cost_text(document.project.content)
    for grid, table in _cost_tables(form, bool(parsed.items)):
        if table is not None and table.items:
            document.cost_items = table.items
            form.count(grid, "costs", len(table.items))
            for row, col in table.used:
                form.use(grid, row, col)
            if table.unit_guessed is not None:
                cells = grid.where(*table.unit_guessed)
                label = normalise_label(grid.text(*table.unit_guessed))[:20]
                where = SheetCell.parse_address(cells)
                form.notes.append(info("file.guessed", where, variant="unit", cells=cells, label=label, unit="元"))
            break
    else:
        document.cost_items = parsed.items
        if form.content_grid is not None:
            form.count(form.content_grid, "costs", len(parsed.items))
    document.project.content = parsed.content
    for line in parsed.unparsed:
        form.notes.append(info("file.cost-line", Place.of("project.content"), line=line[:40]))


def _cost_tables(form: _Form, text_has_lines: bool) -> Iterator[tuple[Grid, CostTable | None]]:
    """Each sheet's cost table found by its headings; then, unless 项目实施内容 holds numbered cost lines,
    each sheet's table found by its shape (cells already read as something else are not part of it)."""
    for grid in form.grids:
        yield grid, find_cost_table(grid)
    if not text_has_lines:
        for grid in form.grids:
            yield grid, find_cost_table_by_structure(grid, form.used.get(grid.name, set()))


MAX_UNPLACED_NOTES = 20
"""Unread blocks named one by one per sheet; the rest are counted in one note (a sheet of data is not a form)."""


def _report_unplaced(form: _Form) -> None:
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
