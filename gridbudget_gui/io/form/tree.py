"""An indicator tree in one column (a budget system's 批复表: 单位 › 项目 › 产出指标 › 数量指标 › 指标, each on its
own row, its value in an 指标值 column beside), laid out as the 一级 | 二级 | 三级 | 指标值 matrix the reader knows."""

from __future__ import annotations

import re

from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.lexicon import group_name, is_level1, level1_of

_NAME_HEADING = re.compile(r"^(?:项目|项目名称|项目/指标|项目及指标|名称)$")
_VALUE_HEADING = re.compile(r"^(?:年度)?指标值$")
_AMOUNT_HEADING = re.compile(r"金额|资金|预算")


def unfold_tree(grid: Grid) -> Grid | None:
    """The grid with its one-column indicator tree unfolded into a matrix on the same rows; None without one."""
    for row in grid.rows():
        headings = {col: re.sub(r"\s+", "", grid.text(row, col)) for col in grid.columns(row)}
        name_col = next((c for c, h in headings.items() if _NAME_HEADING.match(h)), None)
        value_col = next((c for c, h in headings.items() if _VALUE_HEADING.match(h)), None)
        if name_col is None or value_col is None or value_col <= name_col:
            continue
        amount_col = next((c for c, h in headings.items() if c > name_col and _AMOUNT_HEADING.search(h)), None)
        return _unfold(grid, row, name_col, value_col, amount_col)
    return None


def _unfold(grid: Grid, header_row: int, name_col: int, value_col: int, amount_col: int | None) -> Grid | None:
    """The tree's rows under ``header_row`` as matrix rows; None unless it has level-1 groups and indicators."""
    out = Grid(grid.name, formats=dict(grid.formats))
    for (row, col), value in grid.cells.items():
        if row < header_row:
            out.cells[(row, col)] = value
    level1 = level2 = ""
    above: list[int] = []  # the rows above the first group: the unit, then the project with its amount
    leaves = 0
    first_group = 0
    for row in grid.rows(header_row + 1):
        text = grid.text(row, name_col).strip()
        value = grid.text(row, value_col).strip()
        if not text:
            continue
        group = group_name(text)
        if not value and level1 and level1_of(group) == level1:
            level2 = group  # 成本指标 under 产出指标: the classic scheme's level 2
        elif not value and is_level1(group):
            level1, level2 = group, ""
            first_group = first_group or row
        elif not value and level1 and group.endswith("指标"):
            level2 = group
        elif level1:
            out.cells.update({(row, 1): level1, (row, 2): level2, (row, 3): text, (row, 4): value})
            leaves += 1
        else:
            above.append(row)
    if not leaves:
        return None
    # The headings go on the first group's row (its own text is on every row under it), below the project.
    out.cells.update({(first_group, 1): "一级指标", (first_group, 2): "二级指标", (first_group, 3): "三级指标"})
    out.cells[(first_group, 4)] = "指标值"
    if above:
        project = above[-1]
        out.cells.update({(project, 1): "项目名称", (project, 2): grid.text(project, name_col).strip()})
        if amount_col is not None and (amount := grid.value(project, amount_col)) is not None:
            out.cells.update({(project, 3): "年度资金总额", (project, 4): amount})
        if len(above) > 1:
            out.cells.update({(above[-2], 1): "单位名称", (above[-2], 2): grid.text(above[-2], name_col).strip()})
    return out.finish()
