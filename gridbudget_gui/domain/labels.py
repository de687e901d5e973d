"""The one table of labels, Chinese and English: what the window shows, the forms print and the messages name.

Each field's label is written here and nowhere else: the window shows it (in English when the interface is
English), the workbook, the Word file and the PDF print it, the messages spell it inside their sentences, and
the form reader builds its synonyms on it. Three forms of a label, each falling back to the one before:

``label``      as the window shows it: 项目立项依据（类别）, 联系电话
``printed``    as the official forms print it, where the window says more: 项目立项依据
``qualified``  as a message names it, where the printed label is ambiguous: 单位联系电话, 项目负责人联系电话

Keys are a text field's path in the document (``unit.phone``), or ``cost.KEY``, ``indicator.KEY`` and
``page.KEY`` for the cost table's and the indicator matrix's columns and the window's pages. Readers also
accept the labels earlier versions wrote (``FORMER_LABELS``), so that old workbooks keep opening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from gridbudget_gui.domain.document import Signatures


class Label(NamedTuple):
    """A label in Chinese and in English."""

    zh: str
    en: str


Language = Literal["zh", "en"]

FIELDS: dict[str, Label] = {
    "project.name": Label("项目名称", "Project name"),
    "project.department": Label("主管部门及代码", "Supervising department and code"),
    "project.attribute": Label("项目属性", "Project type"),
    "project.term": Label("项目期", "Project term"),
    "project.manager.name": Label("项目负责人", "Project manager"),
    "project.manager.phone": Label("联系电话", "Phone"),
    "project.overview": Label("项目基本概况", "Project overview"),
    "project.content": Label("项目实施内容", "Project content"),
    "project.funding_arrangement": Label("资金安排情况", "Funding arrangement"),
    "project.schedule": Label("项目实施计划", "Schedule"),
    "project.outcomes": Label("项目实施成效", "Outcomes"),
    "project.safeguards": Label("单位已有的保障项目实施的制度措施", "Safeguards the unit has in place"),
    "project.budget_notes": Label("预算绩效说明", "Budget performance notes"),
    "project.summary": Label("项目概况（绩效目标表）", "Project summary (performance sheet)"),
    "project.basis_kind": Label("项目立项依据（类别）", "Legal basis (kind)"),
    "unit.name": Label("单位名称", "Unit name"),
    "unit.code": Label("统一社会信用代码", "Unified social credit code"),
    "unit.address": Label("地址", "Address"),
    "unit.phone": Label("联系电话", "Phone"),
    "unit.legal_representative": Label("法定代表人", "Legal representative"),
    "unit.funding_source": Label("经费来源", "Source of funds"),
    "unit.profile": Label("单位概况", "Unit profile"),
    "goals.mid_term": Label("中期目标", "Mid-term goals"),
    "goals.annual": Label("年度目标", "Annual goals"),
    "signatures.unit_head": Label("单位负责人", "Head of unit"),
    "signatures.preparer": Label("填报人", "Preparer"),
    "signatures.date": Label("填报日期", "Date of filing"),
}
"""The text fields' labels as the window shows them, by the field's path (in the order messages list them)."""

PRINTED: dict[str, Label] = {
    "project.summary": Label("项目概况", "Project summary"),
    "project.basis_kind": Label("项目立项依据", "Legal basis"),
}
"""The labels the official forms print where the window's says more (which of two forms, what kind)."""

QUALIFIED: dict[str, Label] = {
    "project.manager.phone": Label(
        FIELDS["project.manager.name"].zh + FIELDS["unit.phone"].zh, "Project manager's phone"
    ),
    "unit.phone": Label("单位" + FIELDS["unit.phone"].zh, "Unit phone"),
    "execution.date": Label("自评表的" + FIELDS["signatures.date"].zh, "Date of the self-evaluation"),
}
"""The names messages give a field whose printed label is ambiguous (the forms print 联系电话 twice)."""

OTHER_FIELDS: dict[str, Label] = {
    "project.basis": Label("立项依据", "Legal basis"),
    "year": Label("预算年度", "Budget year"),
    "scheme": Label("指标体系", "Scheme"),
    "execution.date": Label(FIELDS["signatures.date"].zh, FIELDS["signatures.date"].en),
}
"""Labels of what is not one text field: the list of legal documents, the budget year, the indicator scheme."""

COLUMNS: dict[str, Label] = {
    "cost.number": Label("序号", "No."),
    "cost.name": Label("支出内容", "Expense item"),
    "cost.value": Label("数量", "Qty"),
    "cost.unit": Label("单位", "Unit"),
    "cost.basis": Label("测算依据", "Basis of calculation"),
    "cost.amount": Label("金额（元）", "Amount (yuan)"),
    "cost.note": Label("备注", "Note"),
    "cost.economic_class": Label("经济分类科目", "Economic class"),
    "cost.procurement": Label("政府采购", "Procurement"),
    "indicator.level1": Label("一级指标", "Level 1"),
    "indicator.level2": Label("二级指标", "Level 2"),
    "indicator.name": Label("三级指标", "Indicator"),
    "indicator.value": Label("指标值", "Target"),
    "indicator.operator": Label("计算符号", "Operator"),
    "indicator.unit": Label("计量单位", "Unit"),
    "indicator.explanation": Label("指标解释", "Explanation"),
    "indicator.scoring": Label("评（扣）分标准", "Scoring rule"),
    "indicator.weight": Label("权重", "Weight"),
    "indicator.note": Label("备注", "Note"),
    "indicator.actual": Label("实际完成值", "Actual value"),
    "indicator.score": Label("得分", "Score"),
    "indicator.deviation": Label("偏差原因分析及改进措施", "Reasons for the shortfall"),
    "indicator.progress": Label("截至监控时点完成值", "Progress at the monitoring date"),
    "indicator.forecast": Label("全年预计完成值", "Forecast for the year"),
    "indicator.cause": Label("偏差原因", "Cause of the deviation"),
    "indicator.measure": Label("纠偏措施", "Corrective measure"),
}
"""The cost table's and the indicator matrix's column titles (``cost.KEY``, ``indicator.KEY``)."""

SELF_EVALUATION: dict[str, Label] = {
    "selfeval.funds": Label("项目资金（元）", "Project funds (yuan)"),
    "selfeval.initial_budget": Label("年初预算数", "Budget at the start of the year"),
    "selfeval.budget": Label("全年预算数", "Budget for the year"),
    "selfeval.spent": Label("全年执行数", "Spent in the year"),
    "selfeval.weight": Label("分值", "Weight"),
    "selfeval.rate": Label("执行率", "Execution rate"),
    "selfeval.target": Label("年度指标值", "Annual target"),
}
"""The 自评表's own column titles (``selfeval.KEY``); it calls the weight 分值 where the matrix says 权重."""

PAGES: dict[str, Label] = {
    "page.basics": Label("基本信息", "Basics"),
    "page.cost_items": Label("测算明细", "Cost breakdown"),
    "page.funding": Label("资金来源", "Funding"),
    "page.goals": Label("总体目标", "Goals"),
    "page.indicators": Label("绩效指标", "Indicators"),
    "page.signatures": Label("保障与签字", "Safeguards and signatures"),
}
"""The window's pages by section, as the sidebar names them (``page.SECTION``)."""

_ALL: dict[str, Label] = {**FIELDS, **OTHER_FIELDS, **COLUMNS, **SELF_EVALUATION, **PAGES}


def label(key: str, lang: str = "zh") -> str:
    """The label of ``key`` as the window shows it, in ``lang`` (``zh`` or ``en``); KeyError for an unknown key."""
    return _pick(_ALL[key], lang)


def printed(key: str, lang: str = "zh") -> str:
    """The label of ``key`` as the official forms print it (项目立项依据 for the window's 项目立项依据（类别）)."""
    return _pick(PRINTED[key], lang) if key in PRINTED else label(key, lang)


def qualified(key: str, lang: str = "zh") -> str:
    """The label of ``key`` as a message names it, unambiguous on its own (单位联系电话 for ``unit.phone``)."""
    return _pick(QUALIFIED[key], lang) if key in QUALIFIED else printed(key, lang)


def in_sentence(key: str, lang: str = "zh") -> str:
    """The label of ``key`` as written inside a sentence: the English in lower case after its first letter."""
    text = qualified(key, lang)
    return text if lang == "zh" else text[:1].lower() + text[1:]


def _pick(pair: Label, lang: str) -> str:
    return pair.en if lang.lower().startswith("en") else pair.zh


FIELD_LABELS: dict[str, str] = {key: pair.zh for key, pair in FIELDS.items()}
"""The text fields' labels in Chinese as the window shows them, by the field's path (a view of ``FIELDS``)."""

COST_COLUMNS: dict[str, str] = {key[5:]: pair.zh for key, pair in COLUMNS.items() if key.startswith("cost.")}
"""The cost table's column titles; a factor's pair is numbered: 数量1, 单位1 (see ``factor_labels``)."""

INDICATOR_COLUMNS: dict[str, str] = {key[10:]: pair.zh for key, pair in COLUMNS.items() if key.startswith("indicator.")}
"""The indicator matrix's column titles, by the indicator's field."""

SELF_EVALUATION_MONEY_HEADER: tuple[str, ...] = tuple(
    label(key)
    for key in (
        "selfeval.funds",
        "selfeval.initial_budget",
        "selfeval.budget",
        "selfeval.spent",
        "selfeval.weight",
        "selfeval.rate",
        "indicator.score",
    )
)
"""The 自评表's money block header: 项目资金（元）, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分."""

SELF_EVALUATION_INDICATOR_HEADER: tuple[str, ...] = tuple(
    label(key)
    for key in (
        "indicator.level1",
        "indicator.level2",
        "indicator.name",
        "selfeval.target",
        "indicator.actual",
        "selfeval.weight",
        "indicator.score",
        "indicator.deviation",
    )
)
"""The 自评表's indicator header: the three levels, 年度指标值, 实际完成值, 分值, 得分 and the deviation."""

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


def signature_line(signatures: Signatures, date: str | None = None) -> str:
    """单位负责人：…　　填报人：…　　填报日期：2020年10月26日, as the forms print it under their last table (``date``
    instead of the declaration's own, for the 自评表)."""
    from gridbudget_gui.domain.dates import to_chinese

    return (
        f"{printed('signatures.unit_head')}：{signatures.unit_head}　　"
        f"{printed('signatures.preparer')}：{signatures.preparer}　　"
        f"{printed('signatures.date')}：{to_chinese(signatures.date if date is None else date)}"
    )


def year_line(year: int | None) -> str:
    """（2021年度） under a form's title; （　　年度） with room to write it in when the year is not set."""
    return f"（{year}年度）" if year else "（　　年度）"
