"""A text longer than a spreadsheet cell holds (32,767 characters in Excel and WPS) cannot be saved whole
as xlsx; the rule says so while the text is typed, before a save is refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, Severity, warning

CELL_LIMIT = 32_767
"""The most characters one cell holds in Excel and WPS."""


UNSAFE_IN_CELLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
"""What XML 1.0 cannot hold, and a literal "_x0041_" a reader would take for an escape: a spreadsheet
stores each as a 7-character escape (U+0001 → ``_x0001_``), as Excel does."""


SURELY_FITS = CELL_LIMIT // 7
"""A text this short fits in a cell even with every character escaped: no need to look closer."""


def cell_length(text: str) -> int:
    """How many characters ``text`` takes in a spreadsheet cell, escapes included."""
    if len(text) <= SURELY_FITS:
        return len(text)
    return len(text) + 6 * len(UNSAFE_IN_CELLS.findall(text))


FIELD_NAMES: dict[str, str] = {
    "project.name": "项目名称",
    "project.department": "主管部门及代码",
    "project.attribute": "项目属性",
    "project.term": "项目期",
    "project.manager.name": "项目负责人",
    "project.manager.phone": "项目负责人联系电话",
    "project.overview": "项目基本概况",
    "project.content": "项目实施内容",
    "project.funding_arrangement": "资金安排情况",
    "project.schedule": "项目实施计划",
    "project.outcomes": "项目实施成效",
    "project.safeguards": "单位已有的保障项目实施的制度措施",
    "project.budget_notes": "预算绩效说明",
    "project.summary": "项目概况",
    "project.basis_kind": "项目立项依据",
    "unit.name": "单位名称",
    "unit.code": "统一社会信用代码",
    "unit.address": "地址",
    "unit.phone": "单位联系电话",
    "unit.legal_representative": "法定代表人",
    "unit.funding_source": "经费来源",
    "unit.profile": "单位概况",
    "goals.mid_term": "中期目标",
    "goals.annual": "年度目标",
    "signatures.unit_head": "单位负责人",
    "signatures.preparer": "填报人",
    "signatures.date": "填报日期",
}
"""The form's label of each text field, by JSON path, as the official forms print them."""

_LINE_PARTS = {"name": "支出内容", "note": "备注", "unit": "单位", "expression": "算式"}
_INDICATOR_PARTS = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "value": "指标值"}
_LINE = re.compile(r"cost_items\[(\d+)\](?:\.factors\[\d+\])?\.(\w+)$")
_INDICATOR = re.compile(r"indicators\.(mid_term|annual)\[(\d+)\]\.(\w+)$")
_BASIS = re.compile(r"project\.basis\[(\d+)\]$")


def describe_place(where: str) -> str:
    """A JSON path as a clerk reads it: “项目基本概况”, 测算明细第 8 行的备注, 年度绩效指标第 4 行的指标值."""
    line = _LINE.match(where)
    if line is not None:
        return f"测算明细第 {int(line[1]) + 1} 行的{_LINE_PARTS.get(line[2], line[2])}"
    indicator = _INDICATOR.match(where)
    if indicator is not None:
        period = "中期" if indicator[1] == "mid_term" else "年度"
        return f"{period}绩效指标第 {int(indicator[2]) + 1} 行的{_INDICATOR_PARTS.get(indicator[3], indicator[3])}"
    basis = _BASIS.match(where)
    if basis is not None:
        return f"立项依据第 {int(basis[1]) + 1} 条"
    return f"“{FIELD_NAMES[where]}”" if where in FIELD_NAMES else where


def _limit_message(place: str, size: int) -> str:
    return (
        f"{place}有 {size:,} 个字符，超过 Excel 单元格上限 {CELL_LIMIT:,} 个：保存为 xlsx 时会被拒绝"
        "（JSON、PDF 不受影响）"
    )


def overlong_texts(node: object, path: str) -> Iterator[tuple[str, int]]:
    """(JSON path, characters in a cell) of every text under ``node`` (a document part, a list or a text)
    that is too long for one cell."""
    if isinstance(node, str):
        if len(node) > SURELY_FITS and (size := cell_length(node)) > CELL_LIMIT:
            yield path, size
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from overlong_texts(item, f"{path}[{index}]")
    elif is_dataclass(node):
        for field in fields(node):
            yield from overlong_texts(getattr(node, field.name), f"{path}.{field.name}" if path else field.name)


def first_overlong(document: Document) -> tuple[str, int] | None:
    """The first text of ``document`` too long for one cell, as (JSON path, characters), or None."""
    for index, item in enumerate(document.cost_items):  # the bulk: lengths only, the walk only when long
        longest = max(len(item.name), len(item.note), *(len(f.unit) + len(f.expression) for f in item.factors))
        if longest > SURELY_FITS:
            found = next(overlong_texts(item, f"cost_items[{index}]"), None)
            if found is not None:
                return found
    others = (overlong_texts(getattr(document, f.name), f.name) for f in fields(document) if f.name != "cost_items")
    return next((found for walk in others for found in walk), None)


def check_lengths(node: object, path: str) -> list[Finding]:
    """A finding for every text under ``node`` at JSON ``path`` that is too long for one cell."""
    return [
        warning("text.cell-limit", where, _limit_message(describe_place(where), size))
        for where, size in overlong_texts(node, path)
    ]


def line_lengths(texts: list[tuple[str, str]], label: str) -> list[tuple[Severity, str, str, str]]:
    """The too-long texts of the cost line ``label`` (“人身意外险”), given as (path below the line, text)."""
    found = []
    for suffix, text in texts:
        for _, size in overlong_texts(text, suffix):
            part = suffix.rsplit(".", 1)[-1]
            message = _limit_message(f"{label}的{_LINE_PARTS.get(part, part)}", size)
            found.append((Severity.WARNING, "text.cell-limit", suffix, message))
    return found
