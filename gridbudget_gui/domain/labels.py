"""The one set of Chinese labels shown on screen and written into the workbook, the Word file and the PDF.

The window shows them translated (ui marks each of them for lupdate); the writers use them as they are. Readers
also accept the labels earlier versions wrote (``FORMER_LABELS``), so that old workbooks keep opening.
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "project.name": "项目名称",
    "project.attribute": "项目属性",
    "project.term": "项目期",
    "project.department": "主管部门及代码",
    "project.manager.name": "项目负责人",
    "project.manager.phone": "联系电话",
    "project.basis_kind": "项目立项依据（类别）",
    "unit.name": "单位名称",
    "unit.code": "统一社会信用代码",
    "unit.address": "地址",
    "unit.phone": "联系电话",
    "unit.legal_representative": "法定代表人",
    "unit.funding_source": "经费来源",
    "unit.profile": "单位概况",
    "project.overview": "项目基本概况",
    "project.summary": "项目概况（绩效目标表）",
    "project.content": "项目实施内容",
    "project.funding_arrangement": "资金安排情况",
    "project.schedule": "项目实施计划",
    "project.outcomes": "项目实施成效",
    "goals.mid_term": "中期目标",
    "goals.annual": "年度目标",
    "project.safeguards": "单位已有的保障项目实施的制度措施",
    "project.budget_notes": "预算绩效说明",
    "signatures.unit_head": "单位负责人",
    "signatures.preparer": "填报人",
    "signatures.date": "填报日期",
}
"""The form fields' labels, by the field's path in the document."""

COST_COLUMNS: dict[str, str] = {
    "number": "序号",
    "name": "支出内容",
    "value": "数量",
    "unit": "单位",
    "basis": "测算依据",
    "amount": "金额（元）",
    "note": "备注",
}
"""The cost table's column titles; a factor's pair is numbered: 数量1, 单位1 (see ``factor_labels``)."""

INDICATOR_COLUMNS: dict[str, str] = {
    "level1": "一级指标",
    "level2": "二级指标",
    "name": "三级指标",
    "value": "指标值",
    "operator": "计算符号",
    "unit": "计量单位",
    "explanation": "指标解释",
    "scoring": "评（扣）分标准",
    "weight": "权重",
    "note": "备注",
    "actual": "实际完成值",
    "score": "得分",
    "deviation": "偏差原因分析及改进措施",
}
"""The indicator matrix's column titles, by the indicator's field."""

FORMER_LABELS: dict[str, tuple[str, ...]] = {
    "unit.code": ("组织机构代码",),
    "indicator.weight": ("分值",),
}
"""Labels that earlier versions wrote for a field, accepted when reading (the key as in the tables above)."""


def factor_labels(index: int) -> tuple[str, str]:
    """The titles of the ``index``-th factor's two columns (from 0): 数量1, 单位1."""
    return f"{COST_COLUMNS['value']}{index + 1}", f"{COST_COLUMNS['unit']}{index + 1}"


def indicator_field(label: str) -> str | None:
    """The indicator field a column title names, accepting former titles (分值 for 权重); None if none."""
    text = label.strip()
    for key, title in INDICATOR_COLUMNS.items():
        if text == title or text in FORMER_LABELS.get(f"indicator.{key}", ()):
            return key
    return None
