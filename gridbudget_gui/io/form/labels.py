"""The words of a colleague's form: field labels and their synonyms, group names, money labels; how a label is read."""

from __future__ import annotations

import functools
import re

from gridbudget_gui.domain.labels import FIELDS, OTHER_FIELDS, printed
from gridbudget_gui.domain.numbers import DIGIT

# Field labels as clerks write them, spaces removed. "Both" labels may appear on either sheet.
DECLARATION_LABELS: dict[str, tuple[str, ...]] = {
    "project.name": ("项目名称", "专项资金名称", "专项名称", "资金名称"),
    "year": ("年度", "预算年度", "申报年度"),
    "project.basis": (
        "立项依据",
        "项目依据",
        "立项依据文件",
        "项目支出立项依据",
        "项目立项的依据",
        "项目审批",
        "审批文件",
        "政策依据",
        "项目政策依据",
    ),
    "unit.name": (
        "单位名称",
        "实施单位名称",
        "项目实施单位",
        "申报单位",
        "项目单位",
        "预算单位",
        "项目申报单位",
        "项目执行单位",
        "用款单位",
        "资金使用单位",
        "单位信息",
    ),
    "unit.code": (
        "组织机构代码",
        "统一社会信用代码",
        "社会信用代码",
        "信用代码",
        "单位代码",
        "组织机构代码（统一社会信用代码）",
        "统一社会信用代码（组织机构代码）",
    ),
    "unit.address": ("地址", "单位地址", "通讯地址", "联系地址"),
    "phone": ("联系电话", "电话", "联系方式"),
    "unit.legal_representative": ("法定代表人", "法人代表", "法定代表"),
    "unit.funding_source": ("经费来源",),
    "unit.profile": ("单位概况", "代为概况", "单位基本情况", "单位简介", "单位基本概况"),
    "project.overview": ("项目基本概况", "项目概述", "项目基本情况"),
    "project.content": ("项目实施内容", "实施内容", "项目内容", "项目主要内容"),
    "project.funding_arrangement": ("资金安排情况", "资金安排", "资金安排计划"),
    "project.schedule": ("项目实施计划", "实施计划", "实施进度计划", "项目进度安排"),
    "project.outcomes": ("项目实施成效", "预期成效", "项目预期成效", "实施成效", "项目预期效益"),
}


TARGETS_LABELS: dict[str, tuple[str, ...]] = {
    "project.department": (
        "主管部门及代码",
        "主管部门",
        "主管单位",
        "主管部门名称",
        "主管部门及编码",
        "主管部门及其编码",
        "主管部门及其代码",
        "一级主管部门名称",
        "部门名称",
        "预算部门名称",
    ),
    "unit.name.targets": ("实施单位",),
    "project.attribute": ("项目属性", "项目类型", "项目性质"),
    "project.term": ("项目期", "项目周期", "项目期限", "项目起止时间", "起止时间", "项目实施期限", "实施期限"),
    "project.manager.name": ("项目负责人", "项目责任人"),
    "project.manager": ("项目负责人及电话", "项目负责人及联系电话", "负责人及联系电话", "负责人及电话"),
    "project.summary": ("项目概况", "项目总体概况"),
    "project.basis_kind": ("项目立项依据",),
    "project.safeguards": (
        "单位已有的保障项目实施的制度措施",
        "单位已有的保障项目实施的制度、措施",
        "制度措施",
        "保障措施",
    ),
    "project.budget_notes": ("预算绩效说明", "绩效说明", "预算说明"),
}


FALLBACK_LABELS: dict[str, str] = {
    "填报单位": "unit.name",
    "项目类别": "project.attribute",
    "省级主管部门": "project.department",
    "市级主管部门": "project.department",
    "中央主管部门": "project.department",
    "部门": "project.department",
    "实施部门": "project.department",
    "归口部门": "project.department",
}
"""Labels read only when the form names the field no better way: 填报单位 is the 项目单位 unless one is named,
项目类别 (本级支出项目) the 项目属性 unless 项目性质 or 项目属性 says more, a higher level's 主管部门 the
主管部门 unless the form names its own (区县主管部门 under 省级主管部门)."""


STRUCTURE_LABELS = ("绩效指标", "总体目标", "资金来源", "项目资金", "测算明细", "年度绩效指标", "中期绩效指标")


_LABEL_OF = {
    **{printed(key): key for key in (*DECLARATION_LABELS, *TARGETS_LABELS) if key in FIELDS or key in OTHER_FIELDS},
    **{
        variant: key
        for labels in (DECLARATION_LABELS, TARGETS_LABELS)
        for key, variants in labels.items()
        for variant in variants
    },
    **{label: f"fallback:{key}" for label, key in FALLBACK_LABELS.items()},
}
"""Each label read, to its field: the canonical labels (``domain.labels``), then the synonyms above, then the fallbacks."""


DECLARATION_ONLY = {
    "unit.profile",
    "project.overview",
    "project.content",
    "project.funding_arrangement",
    "unit.legal_representative",
}


TARGETS_ONLY = {
    "project.attribute",
    "project.term",
    "project.manager.name",
    "project.manager",
    "project.summary",
    "project.safeguards",
}


GOAL_LABELS: dict[str, str] = {
    "中期目标": "mid_term",
    "长期目标": "mid_term",
    "中期绩效目标": "mid_term",
    "总目标": "mid_term",
    "年度目标": "annual",
    "年度总体目标": "annual",
    "年度绩效目标": "annual",
    "本年度目标": "annual",
    "中期滚动目标": "mid_term",
    "长期绩效目标": "mid_term",
    "项目总体绩效目标": "mid_term",
    "项目年度目标": "annual",
    "项目年度绩效目标": "annual",
    "年度主要目标和成果": "annual",
    "项目总体目标": "mid_term",
    "绩效目标": "annual",
}
"""Goal labels (after their additions in brackets are removed: 中期目标（2020年-2022年）)."""


NEIGHBOUR_LABELS = frozenset(
    (
        "项目代码",
        "项目编码",
        "最新批复年份",
        "职务",
        "开始时间",
        "结束时间",
        "完成时间",
        "邮编",
        "邮政编码",
        "传真",
        "电子邮箱",
        "联系人",
        "主管部门编码",
        "填报日期",
    )
)
"""Labels of templates that we do not read: beside an empty value they must not be taken as the value."""


_ENUMERATION = re.compile(rf"^(?:(?:[一二三四五六七八九十]+|{DIGIT}{{1,2}})[、.．]|[（(][一二三四五六七八九十]+[)）])")


_UNIT_SUFFIX = re.compile(r"[（(](万元|元)[)）]$")


SOURCE_HEADERS = {
    "总投入": "total",
    "合计": "total",
    "中央财政": "central",
    "中央": "central",
    "省级财政": "provincial",
    "省财政": "provincial",
    "省级": "provincial",
    "市本级财政": "municipal",
    "市级财政": "municipal",
    "市本级": "municipal",
    "县（市）区级财政": "county",
    "县(市)区级财政": "county",
    "区级财政": "county",
    "县级财政": "county",
    "县区级财政": "county",
    "其他": "other",
    "其他资金": "other",
}


INDICATOR_HEADERS = {
    "一级指标": "level1",
    "二级指标": "level2",
    "三级指标": "name",
    "指标名称": "name",
    "指标内容": "name",
    "指标值": "value",
    "绩效指标值": "value",
    "指标目标值": "value",
    "目标值": "value",
    "年度指标值": "value",
    "计算符号": "operator",
    "指标性质": "operator",
    "计量单位": "unit",
    "度量单位": "unit",
    "指标单位": "unit",
    "指标解释": "explanation",
    "指标说明": "explanation",
    "评（扣）分标准": "scoring",
    "评(扣)分标准": "scoring",
    "评分标准": "scoring",
    "扣分标准": "scoring",
    "评分细则": "scoring",
    "评分规则": "scoring",
    "权重": "weight",
    "分值": "weight",
    "权重（%）": "weight",
    "权重(%)": "weight",
    "指标权重": "weight",
    "备注": "note",
    "实际完成值": "actual",
    "全年实际值": "actual",
    "得分": "score",
    "偏差原因分析及改进措施": "deviation",
    "偏差原因": "deviation",
}
"""Indicator table headings → the column's role; the roles after value are the 一体化 system's columns, then
the self-evaluation's (实际完成值, 得分, 偏差原因分析及改进措施)."""


EXTRA_ROLES = ("operator", "unit", "explanation", "scoring", "weight", "note", "actual", "score", "deviation")


OPERATORS = ("≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", "═")
"""Signs of a value as forms type them (═, a box-drawing double bar, stands for =)."""
SIGN_WORDS = (
    "大于等于",
    "小于等于",
    "不低于",
    "不高于",
    "不少于",
    "不多于",
    "不超过",
    "不大于",
    "不小于",
    "大于",
    "小于",
    "等于",
)
"""Signs written as words in a sign column (指标方向: 大于等于), joined to the value as written; 等于 as a bare value."""
EQUALS = ("=", "＝", "═", "等于")
"""The signs that mean a bare value: 45个 is =45个, so none of them is printed with the value."""


GROUP_SYNONYMS: dict[str, str] = {
    "产出": "产出指标",
    "效益": "效益指标",
    "满意度": "满意度指标",
    "成本": "成本指标",
    "数量": "数量指标",
    "质量": "质量指标",
    "时效": "时效指标",
    "进度": "时效指标",
    "进度指标": "时效指标",
    "经济效益": "经济效益指标",
    "社会效益": "社会效益指标",
    "生态效益": "生态效益指标",
    "环境效益": "生态效益指标",
    "环境效益指标": "生态效益指标",
    "可持续影响": "可持续影响指标",
    "服务对象满意度": "服务对象满意度指标",
    "社会公众或服务对象满意度指标": "服务对象满意度指标",
    "社会公众或服务对象满意度": "服务对象满意度指标",
    "经济成本": "经济成本指标",
    "社会成本": "社会成本指标",
    "生态环境成本": "生态环境成本指标",
    "预期产出指标": "产出指标",
    "预期产出": "产出指标",
    "项目产出": "产出指标",
    "效果指标": "效益指标",
    "预期效果指标": "效益指标",
    "项目效益": "效益指标",
    "预算控制指标": "成本指标",
}
"""Group names as forms write them → the scheme's name (经济效益\n指标 loses its line break first)."""


_SPACES = re.compile(r"\s+")


@functools.cache  # each cell is looked at by several passes; parse_form empties the cache when done
def normalise_label(text: str) -> str:
    """A label with its spaces, colon, required-field star and leading 一、 removed: 项 目 名 称： → 项目名称."""
    label = _SPACES.sub("", text).strip(":：*★")
    return _ENUMERATION.sub("", label)


@functools.cache
def label_key(text: str) -> tuple[str, str] | None:
    """The field key a label names and the money unit it states ((元) or (万元)); None for other text."""
    label = normalise_label(text)
    if len(label) > 24:
        return None
    unit = "元"
    match = _UNIT_SUFFIX.search(label)
    if match is not None:
        unit, label = match[1], label[: match.start()]
    key = _LABEL_OF.get(label)
    if key is None and _ADDITION.search(label):
        key = _LABEL_OF.get(_ADDITION.sub("", label))  # 项目名称（全称）, 立项依据（文件名称及文号）
    if key is None and _ASIDE.search(label):
        key = _LABEL_OF.get(_ASIDE.sub("", label))  # 主管部门（单位）名称, 部门（单位）名称
    if key is None and re.fullmatch(
        r"(?:项目|业务|县级|区县|区级|一级|上级|地方|本级)?主管(?:预算)?(?:部门|单位)|预算部门", label
    ):
        key = "project.department"
    if key is None and re.fullmatch(r"(?:二级|子)?项目[^名]{0,4}名称|[^（()]{1,8}[（(]项目[)）]名称", label):
        key = "project.name"  # 项目支出名称, 项目（支出）名称, 二级项目名称 (under its 一级), 转移支付（项目）名称
    if key is None and (bare := _PROJECT_PREFIX.sub("", label)) != label and len(bare) >= 2:
        found = _LABEL_OF.get(bare) or _LABEL_OF.get("项目" + bare)
        key = found if found is not None and found != "project.name" else None  # 专项立项依据, 专项实施内容
    if key is None and label in STRUCTURE_LABELS:
        key = "structure"
    return (key, unit) if key is not None else None


_PROJECT_PREFIX = re.compile(r"^专项(?:资金)?")
"""A 专项 (专项资金) is the project of a 专项资金绩效目标表: 专项长期绩效目标 is the project's 长期绩效目标."""


SOURCE_KEYS = ("total", "central", "provincial", "municipal", "county", "other")


_ADDITION = re.compile(r"[（(][^（）()]*[)）]$")
_ASIDE = re.compile(r"(?<=.)[（(][^（）()]*[)）]")
"""An aside inside a label (主管部门（单位）名称), never a leading list number ((2)项目立项依据 is a paragraph)."""


@functools.cache
def goal_period(text: str) -> str | None:
    """mid_term or annual when the text is a goal label (中期目标（2020年-2022年）, 年度\n目标), else None."""
    label = normalise_label(text)
    found = GOAL_LABELS.get(label) or GOAL_LABELS.get(_ADDITION.sub("", label))
    bare = _PROJECT_PREFIX.sub("", label)
    if found is None and bare not in (label, "绩效目标"):  # 专项长期绩效目标; 专项绩效目标 heads both
        found = GOAL_LABELS.get(bare) or GOAL_LABELS.get(_ADDITION.sub("", bare))
        label = "项目" + bare
    if found is None and re.fullmatch(r"(?:项目)?(?:实施期|中长期|中期|长期)(?:绩效)?目标", label):
        found = "mid_term"  # 实施期绩效目标
    if found is None and re.fullmatch(r"(?:项目)?(?:本年度|当年度?|本年)(?:绩效)?目标", label):
        found = "annual"  # 本年度绩效目标
    return found


MONEY_TOTALS = (
    "中期资金总额",
    "年度资金总额",
    "资金总额",
    "项目资金总额",
    "资金总额及构成",
    "总额",
    "预算总额",
    "项目总预算",
    "年度预算总额",
    "总金额",
    "项目总金额",
    "申报金额",
    "项目申报金额",
    "申请金额",
    "项目申请金额",
    "计划安排资金",
    "计划投资额",
    "项目金额",
    "项目资金",
    "项目总投资",
    "项目总投入",
    "总投资",
    "安排资金",
    "预算安排资金",
)


PUBLIC = "public"
"""The kind of 财政拨款 (财政资金, 一般公共预算拨款): the body's own budget money, of the level the body is at. A
district's, county's or town's is 县（市）区级财政; a city's or province's is read into the total alone (the grid's
district columns are not its; noted as not read), and so is money the project's name says is 省级/市级/中央/上级."""

MONEY_SOURCES: dict[str, str] = {
    "财政拨款": PUBLIC,
    "财政资金": PUBLIC,
    "一般公共预算拨款": PUBLIC,
    "本级财政资金": "county",
    "本级财政": "county",
    "区级财政资金": "county",
    "县级财政资金": "county",
    "市级财政资金": "municipal",
    "市财政资金": "municipal",
    "省级财政资金": "provincial",
    "省财政资金": "provincial",
    "中央财政资金": "central",
    "其他资金": "other",
    "其他": "other",
    "自有资金": "other",
    "自筹资金": "other",
    "单位自筹": "other",
    "其他资金来源": "other",
    "本年财政拨款": PUBLIC,
    "当年财政拨款": PUBLIC,
    "财政拨款数": PUBLIC,
    "其中财政资金": PUBLIC,
    "财政资金预算": PUBLIC,
    "其它资金": "other",
    "预算资金": PUBLIC,
    "中央资金": "central",
    "中央补助": "central",
    "中央补助资金": "central",
    "省级资金": "provincial",
    "市级资金": "municipal",
    "区级资金": "county",
    "县级资金": "county",
    "地方资金": "local",
    "地方财政资金": "local",
    "地方配套资金": "local",
    "地方财政": "local",
    "中央财政": "central",
    "省财政": "provincial",
    "省级财政": "provincial",
    "市财政": "municipal",
    "市级财政": "municipal",
    "区财政": "county",
    "县财政": "county",
    "区级财政": "county",
    "县级财政": "county",
    "市县财政": "county",  # 财政支出绩效评价's 计划安排资金 › 其中：市县财政 of a county's project: the 县（市）区级 column
    "市县财政预算": "county",
    "省财政预算": "provincial",
}
"""Funding labels other than the 总投入/中央/省/市/县/其他 grid (88号's block, county and town forms).
财政拨款 is the body's own budget (PUBLIC): a district's is the 县（市）区级财政 column of the grid."""

LOCAL_LEVEL = "local"
"""The kind of 地方资金 (地方财政资金, 地方配套资金): money below the centre that a form does not say is 省级, 市级 or
县级. No column is its: the total keeps it and the reader says it could not place it (file.unread)."""

UPPER_LEVEL = "upper"
"""The kind of 上级财政资金 (上级补助, 转移支付资金): money from above the district that a form does not say is
中央, 省级 or 市级. No column of the funding grid is its: it is never read as the district's own (``county``)."""
_UPPER_MONEY = re.compile(r"上级.{0,6}(?:资金|补助|拨款|财政)|.{0,6}转移支付(?:资金)?")


@functools.cache
def money_label(text: str) -> tuple[str, str | None, str, str] | None:
    """(total, a source key or UPPER_LEVEL, mid_term/annual/None, the unit it states, a value in the same cell)
    for a funding label such as 中期资金总额：150, 其中：财政拨款（万元）, 资金总额及构成; None for other text."""
    text = re.sub(r"^\s*其中\s*[:：]?\s*", "", text)
    head, _, inline = re.split(r"([:：])", text, maxsplit=1) if re.search(r"[:：]", text) else (text, "", "")
    label = normalise_label(head)
    if label.startswith("其中"):
        label = label[2:].lstrip(":：")
    unit = ""
    match = _UNIT_SUFFIX.search(label)
    if match is not None:
        unit, label = match[1], label[: match.start()]
    if label.endswith("小计") and label[:-2] in MONEY_SOURCES:
        label = label[:-2]  # （一）财政拨款小计 over its parts: the source's own amount
    bare = _PERIOD_WORD.sub("", label)  # 当年市级财政资金, 本年度省级补助资金: the level names the column
    if label in MONEY_TOTALS or _PROJECT_TOTAL.fullmatch(label):
        kind = "total"
    elif bare != label and bare in MONEY_SOURCES and MONEY_SOURCES[bare] not in (PUBLIC, "other"):
        kind = MONEY_SOURCES[bare]
    elif bare != label and (level := _LEVELLED_MONEY.fullmatch(bare)) is not None:
        kind = _LEVELS[level[1]]
    elif label in MONEY_SOURCES:
        kind = MONEY_SOURCES[label]
    elif _UPPER_MONEY.fullmatch(label):
        kind = UPPER_LEVEL
    elif (level := _LEVELLED_MONEY.fullmatch(label)) is not None:
        kind = _LEVELS[level[1]]  # 下达中央预算内投资, 省级补助资金: the level names the column
    elif _PERIOD_BUDGET.fullmatch(label):
        # 中期市财政预算, 本年度申请市财政预算资金, 当年年度预算; 年度本级预算金额 is the district's own
        kind = "county" if "本级" in label else "total"
    else:
        return None
    period = "mid_term" if "中期" in label else "annual" if re.search("年度|当年|本年", label) else None
    return kind, period, unit, inline.strip()


_PROJECT_TOTAL = re.compile(r"项目(?:年度)?(?:预算|资金|申报|申请)(?:总)?(?:金额|数|额)")
"""A project's total by its words (项目预算金额, 项目预算数, 项目申报总额) beside the spelt-out MONEY_TOTALS."""
_PERIOD_WORD = re.compile(r"^(?:本年度?|当年度?|年度)")
_LEVELS = {"中央": "central", "省级": "provincial", "市级": "municipal", "县级": "county", "区级": "county"}
_LEVELLED_MONEY = re.compile(
    r"(?:下达|安排|申请)?(中央|省级|市级|县级|区级)(?:财政)?(?:预算内)?(?:补助|专项)?(?:资金|投资|补助|拨款)"
)
_PERIOD_BUDGET = re.compile(r"(?:中期|本年度|年度|当年度?)[^执结率]{0,10}?(?:预算|资金|金额)(?:资金|总额|数|金额)?")
