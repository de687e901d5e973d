"""A funding table turned on its side: the sources down (合计, 区级资金, 市级资金…), the periods across
(上年度安排资金 | 本年度申请资金), as Hunan's 项目支出预算绩效目标申报表 prints it."""

from __future__ import annotations

import re

from gridbudget_gui.domain.document import FundingRow
from gridbudget_gui.io.form.funding import block_unit, cell_money
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import PUBLIC, SOURCE_KEYS, normalise_label
from gridbudget_gui.io.form.reading import FormReading

_YEAR_COLUMN = re.compile(r"^(?:本年度?|当年度?|年度)[^上]{0,6}(?:资金|金额|预算)")
"""A heading of the year's amounts (本年度申请资金, 当年预算金额); 上年度安排资金 is last year's, never read."""
_MID_TERM_COLUMN = re.compile(r"^(?:中期|实施期)[^上]{0,6}(?:资金|金额|预算)")
_SOURCE_ROWS = (
    (re.compile(r"^(?:合计|总计|小计|资金总额|总额)$"), "total"),
    (re.compile(r"^中央(?:财政)?(?:资金|补助|补助资金)?$"), "central"),
    (re.compile(r"^省级?(?:财政)?(?:资金|补助)?$"), "provincial"),
    (re.compile(r"^市级?(?:财政)?(?:资金|补助)?$"), "municipal"),
    (re.compile(r"^(?:县|区|县区|县（市）区|乡镇|镇|本)级?(?:财政)?(?:资金|配套)?$"), "county"),
    (re.compile(r"^(?:自有|自筹|其他|其它)(?:资金)?$"), "other"),
    (re.compile(r"^(?:财政拨款|财政资金|一般公共预算(?:拨款)?)$"), PUBLIC),
)


def source_of(text: str) -> str | None:
    """The funding column a row's label names (区级资金 → county, 合计 → total); None for other text."""
    label = normalise_label(text)
    return next((key for pattern, key in _SOURCE_ROWS if pattern.match(label)), None)


def read_source_rows(form: FormReading, grid: Grid) -> None:
    """Funding as rows of sources under a row whose headings name the year's (or the term's) amounts."""
    for row in grid.rows():
        periods: dict[str, int] = {}
        for col in grid.columns(row):
            heading = normalise_label(grid.text(row, col)) if grid.origin(row, col) == (row, col) else ""
            if _YEAR_COLUMN.match(heading):
                periods.setdefault("annual", col)
            elif _MID_TERM_COLUMN.match(heading):
                periods.setdefault("mid_term", col)
        if not periods:
            continue
        first = min(periods.values())
        labels = [
            c
            for c in grid.columns(row)
            if c < first
            and grid.origin(row, c) == (row, c)
            and not re.search(r"资金|金额|预算", normalise_label(grid.text(row, c)))  # 上年度安排资金: an amount
        ]
        if not labels:
            continue
        label_col = labels[-1]
        rows = _source_rows(grid, row, label_col)
        if not rows:
            continue
        for period, col in periods.items():
            if f"funding.{period}" in form.found:
                continue
            funding = FundingRow()
            public = None
            for r, key in rows:
                unit = block_unit(form, grid, r, label_col, (r, col)) or "元"
                amount = cell_money(grid, r, col, unit)
                form.use(grid, r, label_col)
                if amount is not None:
                    if key == PUBLIC:  # 财政拨款: whose, the body and the project's name say (settle_public_money)
                        public = (grid, (r, col), amount)
                    else:
                        funding.set(key, amount)
                    form.use(grid, r, col)
                    form.funding_in_wan |= unit == "万元"
            if public is not None:
                form.public_money[period] = public
            if not funding.total:
                funding.set("total", funding.sources_sum() + (public[2] if public else 0))
            setattr(form.document.funding, period, funding)
            form.found.add(f"funding.{period}")
            form.count(grid, "funding", sum(1 for key in SOURCE_KEYS if funding.get(key)))
        for col in (label_col, *periods.values()):
            form.use(grid, row, col)
        return


def _source_rows(grid: Grid, header_row: int, label_col: int) -> list[tuple[int, str]]:
    """The rows under the heading whose labels name a source, down to the first that does not; none unless
    at least two do (a table of sources, not one 合计 line of a cost table)."""
    rows = []
    for r in grid.rows(grid.span(header_row, label_col)[2] + 1):
        key = source_of(grid.text(r, label_col)) if grid.origin(r, label_col) == (r, label_col) else None
        if key is None:
            break
        rows.append((r, key))
    return rows if len(rows) >= 2 else []
