"""A form's indicator matrix: its headings read by meaning, its column groups (中期 and 年度 side by side), its rows."""

from __future__ import annotations

import itertools
import re

from gridbudget_gui.domain.document import Indicator
from gridbudget_gui.domain.findings import info
from gridbudget_gui.domain.numbers import SIGNED, ascii_digits
from gridbudget_gui.domain.place import Place, SheetCell
from gridbudget_gui.io.form import lexicon
from gridbudget_gui.io.form.fields import SIGNATURE_KEYS
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import (
    EQUALS,
    EXTRA_ROLES,
    OPERATORS,
    SIGN_WORDS,
    label_key,
    normalise_label,
)
from gridbudget_gui.io.form.lexicon import group_name, header_role, is_placeholder
from gridbudget_gui.io.form.reading import FormReading, note_unread


def has_matrix(grid: Grid) -> bool:
    """An indicator table's headings (一级指标 … 二级指标) are a strong sign of a declaration by themselves."""
    level2 = any(_level2_heading(grid, row, col) for row, col in grid.texts())
    return level2 or _grouped_header(grid) is not None


def _level2_heading(grid: Grid, row: int, col: int) -> bool:
    """True for a 二级 heading of a matrix: 二级指标, or a bare 二级 with another heading of the matrix on its row
    (一级 | 二级 | 三级; a 项目级次 | 二级 is no matrix)."""
    text = grid.text(row, col)
    if header_role(text) != "level2":
        return False
    if normalise_label(text).endswith("指标"):
        return True
    return any(header_role(grid.text(row, c)) in ("level1", "name", "value") for c in grid.columns(row) if c != col)


_GROUP_HEADING = re.compile(r"指标(?:类型|类别|分类|层级)|一级指标")


def _grouped_header(grid: Grid) -> tuple[int, dict[int, str]] | None:
    """A matrix of two levels without a 二级 heading (指标类型 | 绩效指标 | 绩效目标): a heading over a column of
    group names (产出指标, 成效指标; one of the schemes' at least), the first heading right of it that names
    indicators (…指标) the names, the next one that names targets or values (…目标, …值) the values."""
    for (row, col), text in sorted(grid.texts().items()):
        if len(normalise_label(text)) > 8 or not _GROUP_HEADING.search(normalise_label(text)):
            continue
        top, _, bottom, last = grid.span(row, col)
        below = _column_texts(grid, bottom, grid.max_row + 1, col)
        groups = list(itertools.takewhile(lambda g: g.endswith("指标"), map(group_name, below)))  # to a footnote
        if len(groups) < 2 or not any(map(lexicon.is_level1, groups)):
            continue
        roles = {col: "level1"}
        for c in grid.columns(top):
            heading = normalise_label(grid.text(top, c))
            if c <= last or grid.origin(top, c) != (top, c) or not heading:
                continue
            if "name" not in roles.values() and (heading.endswith("指标") or header_role(heading) == "name"):
                roles[c] = "name"
            elif "name" in roles.values() and re.search(r"目标|值", heading):
                roles[c] = "value"
                return top, roles
    return None


def read_indicators(form: FormReading, grid: Grid) -> None:
    """The indicator matrices of a sheet (中期 and 年度, one under or beside the other), found by their headings."""
    headers = sorted((row, col) for (row, col) in grid.cells if _level2_heading(grid, row, col))
    header_rows = sorted({row for row, _ in headers})
    assumed: dict[int, str] = {}
    if not header_rows and (grouped := _grouped_header(grid)) is not None:
        header_rows, assumed = [grouped[0]], grouped[1]  # roles told by what lies under the headings
        headers = [(grouped[0], min(assumed))]
    blocks: list[tuple[str | None, list[Indicator], list[_Missing]]] = []
    for index, header_row in enumerate(header_rows):
        end = header_rows[index + 1] if index + 1 < len(header_rows) else grid.max_row + 1
        groups = _indicator_groups(form, grid, header_row, end, assumed)
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
            if row_index == PROCESS_ROWS:
                cells = grid.where(*cell)
                text = normalise_label(grid.text(*cell))[:20]
                form.notes.append(
                    info("file.unread", Place.indicator(chosen), variant="process", cells=cells, text=text)
                )
                continue
            where = Place.indicator(chosen) if row_index is None else Place.indicator(chosen, row_index, "value")
            note_unread(form, grid, cell, where, "指标值")


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
PROCESS_ROWS = -1
"""The row index of a _Missing that marks a 自评表's process rows (项目决策, 项目管理) left out of the matrix."""


def _indicator_groups(
    form: FormReading, grid: Grid, header_row: int, end: int, assumed: dict[int, str]
) -> list[dict[str, int]]:
    """The column groups of a header row: 一级 二级 三级 指标值 [二级 三级 指标值] side by side.

    Headings are read by meaning (header_role); of the columns that may hold the sign (计算符号, 指标性质,
    指标方向) the one whose cells hold ≥ = ≤ is the sign; a matrix whose 一级 column holds 数量指标… and whose
    二级 column holds the indicators' names (no 三级 heading) is read one level down.
    """
    groups: list[dict[str, int]] = []
    current: dict[str, int] = {}
    signs: list[list[int]] = [[]]
    current_heading = ""
    for row, col, heading in _heading_cells(grid, header_row):
        role = assumed.get(col) if assumed else header_role(heading)
        if role is None:
            continue
        form.use(grid, row, col)
        if role == "sign":
            signs[-1].append(col)
            continue
        if (
            role == "value"
            and "value" in current
            and "name" in current
            and not _LONG_TERM.search(heading + current_heading)
        ):
            # 半年（程）指标值 | 全年（程）指标值: one matrix with a value per period, the year's is the value
            if _WHOLE_YEAR.search(normalise_label(heading)) and not _WHOLE_YEAR.search(current_heading):
                current["value"], current_heading = col, normalise_label(heading)
            continue
        if role == "value":
            current_heading = normalise_label(heading)
        if role == "name" and "name" in current and "value" not in current:
            if "explanation" in current:
                continue
            role = "explanation"  # 三级指标 | 指标内容 | 指标值: the second name column describes the first
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
    if len(kept) == 1 and "name" in kept[0]:
        _spread_values(grid, header_row, end, kept[0])
    return kept


_WHOLE_YEAR = re.compile(r"全年|年度|当年|本年")
_LONG_TERM = re.compile(r"中期|长期|实施期")
"""A value heading naming the whole year, beside one naming part of it (半年, 一季度)."""


def _spread_values(grid: Grid, header_row: int, end: int, group: dict[str, int]) -> None:
    """One value column per town or county (区域目标值 over 新罗区 | 永定区 …, or the places as headings right of
    the names): the group's values run from its first to its last such column (``spread_end``); a row's value
    is theirs when all agree, none otherwise (the form states no single value)."""
    others = max(c for role, c in group.items() if role != "value" and c)
    below = header_row + 1
    name_below = grid.origin(below, group["name"]) == (below, group["name"]) and grid.text(below, group["name"]).strip()
    if "value" in group and group["value"] > others and not name_below:  # a row of places, not the first indicator
        places = [
            c
            for c in grid.columns(below)
            if c >= group["value"] and grid.origin(below, c) == (below, c) and grid.text(below, c).strip()
        ]
        if (
            len(places) >= 2
            and places[0] == group["value"]
            and not any(header_role(grid.text(below, c)) for c in places)
        ):
            group["spread_end"], group["spread_row"] = places[-1], below
        return
    if "value" in group:
        return
    places = [
        c
        for c in grid.columns(header_row)
        if c > others and grid.origin(header_row, c) == (header_row, c) and grid.text(header_row, c).strip()
    ]
    if len(places) < 2 or any(header_role(grid.text(header_row, c)) for c in places):
        return
    texts = [text for c in places for text in _column_texts(grid, header_row, end, c)]
    if texts and sum(1 for text in texts if _VALUE_LIKE.match(ascii_digits(text))) * 10 >= len(texts) * 6:
        group["value"], group["spread_end"] = places[0], places[-1]


def _heading_cells(grid: Grid, header_row: int) -> list[tuple[int, int, str]]:
    """The heading cells of a header row, left to right, with their text. A heading over several columns whose
    row below names its parts (年度指标值 over 指标性质 | 指标值 | 度量单位) gives way to those parts; in a two-line
    header (一级指标 over two rows), a one-line heading is read with the line under it (年度 / 指标值)."""
    cells = []
    below = header_row + 1
    two_lines = any(
        grid.span(header_row, c)[2] == below and grid.origin(header_row, c) == (header_row, c)
        for c in grid.columns(header_row)
    )
    for col in grid.columns(header_row):
        if grid.origin(header_row, col) != (header_row, col):
            continue
        text = grid.text(header_row, col)
        _, c1, r2, c2 = grid.span(header_row, col)
        parts = [
            (below, c, grid.text(below, c))
            for c in grid.columns(below)
            if r2 == header_row
            and c1 <= c <= c2
            and grid.origin(below, c) == (below, c)
            and header_role(grid.text(below, c))
        ]
        if c2 > c1 and parts:
            if header_role(text) == "value":  # 预期指标值 over 符号 | (blank) | 单位: the blank part is the value
                parts += [
                    (below, c, "计量单位")  # a bare 单位 (单位(文字描述)) under a value heading is the value's unit
                    for c in grid.columns(below)
                    if c1 <= c <= c2
                    and grid.origin(below, c) == (below, c)
                    and normalise_label(grid.text(below, c)).startswith("单位")
                    and not header_role(grid.text(below, c))
                ]
                named = {c for _, c, _ in parts}
                parts += [
                    (below, c, text)
                    for c in range(c1, c2 + 1)
                    if c not in named and grid.origin(below, c) == (below, c) and not grid.text(below, c).strip()
                ][:1]
                parts.sort(key=lambda part: part[1])
            cells.extend(parts)
        elif two_lines and r2 == header_row and c2 == c1 and grid.origin(below, col) == (below, col):
            joined = normalise_label(text) + normalise_label(grid.text(below, col))
            cells.append((header_row, col, joined if header_role(joined) else text))
        else:
            cells.append((header_row, col, text))
    return cells


def _is_heading_row(grid: Grid, row: int, first_col: int) -> bool:
    """True for a row of headings only (the second line of a two-line header)."""
    texts = [grid.text(row, c) for c in grid.columns(row) if c >= first_col and grid.origin(row, c)[0] == row]
    texts = [text for text in texts if text.strip()]
    return bool(texts) and all(header_role(text) is not None for text in texts)


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
        enough = len(texts) >= 2 or (texts and re.search(r"目标|值|指标", grid.text(header_row, col)))
        if enough and sum(1 for text in texts if _VALUE_LIKE.match(ascii_digits(text))) * 10 >= len(texts) * 6:
            return col  # one cell is enough under a heading that speaks of targets (区域目标质, as printed)
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
    form: FormReading, grid: Grid, header_row: int, end: int, groups: list[dict[str, int]]
) -> tuple[list[list[Indicator]], list[list[_Missing]]]:
    results: list[list[Indicator]] = [[] for _ in groups]
    missing: list[list[_Missing]] = [[] for _ in groups]
    role_columns = {c for g in groups for c in g.values() if c}
    previous = [("", "") for _ in groups]
    first_col = min((c for g in groups for c in g.values() if c), default=1)
    heading_bottom = max((grid.span(header_row, c)[2] for g in groups for c in g.values() if c), default=header_row)
    results_beside = [
        bool(group.get("level1"))
        and any(lexicon.is_level1(group_name(text)) for text in _column_texts(grid, header_row, end, group["level1"]))
        for group in groups
    ]  # 项目产出, 项目效益 beside 项目决策: the results are the indicators; a matrix of process rows alone keeps them
    for row in grid.rows(heading_bottom + 1, end):  # a row with no cell and no block is empty: nothing to read
        if any(
            form.is_label(grid, row, c) and label_key(grid.text(row, c)) not in (None, ("structure", "元"))
            for c in range(1, first_col)
        ):
            break
        if any(label_key(grid.text(row, c)) is not None for c in grid.columns(row) if c >= first_col):
            break
        if _ends_matrix(grid, header_row, row, first_col, groups):
            break
        if row == header_row + 1 and _is_heading_row(grid, row, first_col):
            continue
        for index, group in enumerate(groups):
            if row == group.get("spread_row"):
                continue  # the places' names under 区域目标值
            texts = {role: grid.text(row, col).strip() if col else "" for role, col in group.items()}
            if "spread_end" in group:
                spread = {grid.text(row, c).strip() for c in range(group["value"], group["spread_end"] + 1)}
                texts["value"] = spread.pop() if len(spread) == 1 else ""
            name, value = texts.get("name", ""), texts.get("value", "")
            name = _WRAPPED.sub("", name)  # 打造金安国际网球\n公开赛: the cell's width broke the name, not the clerk
            level1, level2 = group_name(texts.get("level1", "")), group_name(texts.get("level2", ""))
            if level1 and not lexicon.is_level1(level1) and lexicon.level1_of(level1):
                level2 = level2 or level1  # 社会公众或服务对象满意度指标 across the 一级 and 二级 columns
                level1 = lexicon.level1_of(level1)
            if level1 and not lexicon.is_level1(level1) and lexicon.level1_of(level2):
                level1 = lexicon.level1_of(level2)  # 项目完成指标 over 数量指标: the scheme names its 一级
            if is_placeholder(level2):
                level2 = ""
            if not level1:
                level1 = lexicon.level1_of(level2) or previous[index][0]
            if not level2 and level1 == previous[index][0]:
                level2 = previous[index][1]  # a group cell left blank under its first row, merged or not
            previous[index] = (level1, level2)
            if level1 in _PROCESS_GROUPS and results_beside[index]:
                if not any(gap[0] == PROCESS_ROWS for gap in missing[index]):
                    missing[index].append((PROCESS_ROWS, (row, first_col)))
                continue  # a 自评表's 项目决策/项目管理 rows score the process, no indicator: reported as not read
            for col in group.values():
                if col and grid.value(row, col) is not None:
                    form.use(grid, row, col)
            if is_placeholder(name) and is_placeholder(value):
                continue  # an unfilled row of the template (经济效益指标 | | , ……)
            if not value and _names_a_group(name) and not _other_texts(grid, row, group):
                continue  # 质量 | (nothing): the template's group word in the name column, left unfilled
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


def _names_a_group(name: str) -> bool:
    """True for a name that is only an indicator group's (质量, 时效指标, 社会效益): a template's row."""
    group = group_name(name)
    return bool(group) and (lexicon.is_level1(group) or bool(lexicon.level1_of(group)))


def _other_texts(grid: Grid, row: int, group: dict[str, int]) -> bool:
    """True when a row holds text right of its name besides the value (an actual, a note)."""
    return any(
        grid.origin(row, c) == (row, c) and grid.text(row, c).strip() for c in grid.columns(row) if c > group["name"]
    )


def _ends_matrix(grid: Grid, header_row: int, row: int, first_col: int, groups: list[dict[str, int]]) -> bool:
    """A footnote (注：…), a signature line or 其他说明的问题 under the matrix: the indicators end above it."""
    for c in range(1, first_col):  # left of the matrix: only the block that labels the whole matrix
        text = grid.text(row, c).strip()
        r1, _, r2, _ = grid.span(row, c)
        if text and r1 > header_row and not (r1 == header_row + 1 and r2 > r1 and _labels_matrix(text)):
            heading = grid.text(header_row, c).strip()
            notes = _NOTE_LINE.match(text) or SIGNATURE_KEYS.match(text) or label_key(text) is not None
            if heading and not notes and not _labels_matrix(heading) and grid.span(header_row, c)[2] == header_row:
                continue  # a column of the same table (单位代码, 项目名称 | 一级指标…): the row goes on
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
        return bool(_NOTE_LINE.match(text) or SIGNATURE_KEYS.match(text))
    return False


def _labels_matrix(text: str) -> bool:
    """True for a block's text that names the matrix beside it (绩效指标, 年度绩效指标), not a row of its own."""
    found = label_key(text)
    return found is not None and found[0] == "structure" and "指标" in text


_WRAPPED = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])")
"""A line break between two Chinese characters of a name: the cell's width, never a list (those have numbers)."""
_PROCESS_GROUPS = frozenset({"项目决策", "项目管理", "项目过程", "决策", "过程", "管理"})
"""The evaluation scheme's process groups (项目决策 › 项目立项 › 可行性): scored in a 自评表, no 绩效指标 of the
project's. A 项目决策 over 数量指标 (a template's label misused) is read as the scheme's 产出指标 instead."""
_TYPED_SIGNS = (">=", "<=", "＞=", "＜=")
"""≥ and ≤ as a keyboard types them (>=), printed as typed."""


def _joined_value(indicator: Indicator) -> str:
    """指标值 with its 计算符号 and 计量单位 columns joined into what the clerk meant: ≥ | 95 | % → ≥95%.

    The sign is joined to a figure alone or with the unit column's unit or a % (the 一体化 system writes the
    figure, its sign and its unit in columns of their own); a value written with words or another unit (按月支付,
    45个 beside 人, as the Word export prints a value typed so) is the value as written, the sign kept beside it.
    """
    value = indicator.value
    if value[:1] in EQUALS and value[1:].strip():
        value = value[1:].strip()  # =10个 typed into the value cell: 10个, as a bare = beside it
    if not value:
        return value
    operator = indicator.operator
    # = is what a bare figure means (45个 is =45个): every output prints it beside such a value, nothing to join.
    if (
        (operator in OPERATORS or operator in SIGN_WORDS or operator in _TYPED_SIGNS)
        and operator not in EQUALS
        and not value.startswith((*OPERATORS, *SIGN_WORDS))
        and _is_figure(value, indicator.unit)
    ):
        value = operator + value
    unit = "" if re.fullmatch(r"[-—－/／]+|无", indicator.unit.strip()) else indicator.unit  # - : no unit stated
    if (
        unit
        and not value.endswith(unit)
        and re.fullmatch(rf"(?:[<>＜＞]=|[{''.join(OPERATORS)}]|{'|'.join(SIGN_WORDS)})?\s*{SIGNED}", value)
    ):
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
