"""Suggested 经济分类 codes for cost lines (``gridbudget classify``, 测算明细 → 建议经济分类).

A line's code is guessed from its name, its units and its amounts, by the rules a budget officer applies:
wages and fees of hired staff are 劳务费; commercial insurance is 其他商品和服务支出; anything charged by the month
(元/月) is a service, not a purchase, whatever the thing is called; equipment and vehicles bought are 资本性支出
when a piece costs 1,000 元 or more (the fixed-asset threshold), else materials; vests and badges are 专用材料费…
Each suggestion carries a one-line reason. A code the clerk gave is never replaced, and only codes of the bundled
list are suggested (``domain/codes.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from gridbudget_gui.domain.codes import CodeList, economic_codes
from gridbudget_gui.domain.document import CostItem, Document
from gridbudget_gui.domain.patterns import compiled

FIXED_ASSET_PRICE = Decimal(1000)
"""A piece of equipment worth this much or more is a fixed asset (资本性支出); below it, a material."""

_MONTHLY = r"元\s*/\s*(?:人\s*/\s*)?(?:月|个月)|每月|月租|月费"
_PRICE_UNIT = r"元\s*/\s*(?:台|辆|套|个|件|部|张|只|把|组)"


@dataclass(frozen=True)
class Rule:
    """One rule: a pattern of the line's name, the code it suggests, the 政府采购品目 and the reason."""

    words: str
    """The pattern of the line's name, as written (``pattern`` compiles it when first asked, not at import)."""
    code: str
    procurement: str
    reason: str
    capital: bool = False
    """A purchase of equipment: a piece under FIXED_ASSET_PRICE falls back to materials (专用材料费)."""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern of the line's name."""
        return compiled(self.words)


def _rule(words: str, code: str, procurement: str, reason: str, capital: bool = False) -> Rule:
    return Rule(words, code, procurement, reason, capital)


_MONTHLY_RULES: tuple[Rule, ...] = (
    _rule(r"租|租赁|租金|房租", "30214", "服务", "按月支付的租金列租赁费"),
    _rule(
        r"终端|通讯|通信|流量|话费|网络|宽带|专线|手机|卡",
        "30207",
        "服务",
        "按月计费（元/月）的终端、通信和网络使用费是购买的服务，列邮电费，不是设备购置",
    ),
    _rule(r"物业|保洁|安保|保安", "30209", "服务", "按月支付的物业、保洁、安保服务列物业管理费"),
)
"""Lines charged by the month: a service, whatever the thing is called."""

_RULES: tuple[Rule, ...] = (
    _rule(r"工会", "30228", "", "按规定提取的工会经费"),
    _rule(r"福利费", "30229", "", "按规定提取的福利费"),
    _rule(r"公务接待|接待费", "30217", "", "公务接待费"),
    _rule(
        r"车辆?(?:保险|维修|维护|保养|燃油|油费|过路)|公务用车",
        "30231",
        "服务",
        "公务用车的保险、维修、燃料等运行维护费",
    ),
    _rule(
        r"保险|意外险|人身险|险$",
        "30299",
        "服务",
        "为聘用人员购买的商业保险（意外险）不是单位为职工缴纳的社会保险费，列其他商品和服务支出",
    ),
    _rule(
        r"派遣",
        "30226",
        "",
        "聘用（派遣）人员的工资及派遣费是支付给外单位和个人的劳务费用，列劳务费；整体委托派遣公司时也可列委托业务费 30227",
    ),
    _rule(
        r"工资|薪酬|报酬|劳务|临聘|聘用|协管员|网格员|保洁员|巡查员|评审费|专家|稿费|翻译|讲课费",
        "30226",
        "",
        "支付给编外聘用人员和个人的劳务报酬，列劳务费（在编人员的基本工资不应列入项目支出）",
    ),
    _rule(r"印刷|印制|宣传册|宣传单|手册|海报|画册|烫金|封面|装订", "30202", "服务", "委托印刷的资料和宣传品列印刷费"),
    _rule(
        r"委托|外包|购买服务|第三方|评估|审计|检测|测绘|咨询|监理|设计|编制",
        "30227",
        "服务",
        "委托外单位办理业务，列委托业务费",
    ),
    _rule(r"培训", "30216", "服务", "培训支出列培训费"),
    _rule(r"会议|会务", "30215", "服务", "会议支出列会议费"),
    _rule(r"差旅|出差|住宿费|交通补助", "30211", "", "出差的交通、住宿等费用列差旅费"),
    _rule(r"租赁|租金|房租|租用|场地费", "30214", "服务", "租用房屋、场地和设备列租赁费"),
    _rule(r"物业|保洁|安保|保安服务", "30209", "服务", "物业、保洁、安保服务列物业管理费"),
    _rule(r"水费", "30205", "", "水费"),
    _rule(r"电费", "30206", "", "电费"),
    _rule(r"取暖|供暖", "30208", "", "取暖费"),
    _rule(
        r"邮寄|快递|电话费|话费|通讯费|通信费|网络费|宽带|流量", "30207", "服务", "邮寄、电话、网络等通信费用列邮电费"
    ),
    _rule(r"手续费", "30204", "", "银行等手续费"),
    _rule(r"燃料|燃油|油料|加油", "30225", "", "业务设备的车、船等油料支出列专用燃料费"),
    _rule(
        r"马甲|服装|制服|工作服|被装|帽|鞋|雨衣|工作牌|工作证|胸牌|袖标|标识",
        "30218",
        "货物",
        "工作牌、工作证和工作服装是开展业务的专用材料（专用材料费的说明列有专用服装）；为在编人员购置被装时列被装购置费 30224",
    ),
    _rule(r"药品|医疗|医用|实验|农用|兽医", "30218", "货物", "药品、医疗耗材和实验、农用等专用材料列专用材料费"),
    _rule(
        r"墨盒|硒鼓|耗材|复印纸|打印纸|订书|文件夹|档案盒|低值易耗|文具|办公用品",
        "30201",
        "货物",
        "日常办公用品和耗材列办公费",
    ),
    _rule(
        r"电瓶车|电动车|自行车|摩托车|汽车|车辆|巡逻车|执法车|清运车|用车购置|购车",
        "31099",
        "货物",
        "购置车辆是资本性支出，不能列商品和服务支出；随附清单中没有车辆购置的款级科目，暂列其他资本性支出",
        capital=True,
    ),
    _rule(
        r"电脑|计算机|笔记本|打印机|复印机|扫描仪|传真机|投影|办公设备|办公桌|办公椅|桌椅|家具|文件柜|空调",
        "31002",
        "货物",
        "购置办公设备和家具是资本性支出，列办公设备购置",
        capital=True,
    ),
    _rule(
        r"软件|系统开发|平台建设|信息化|数据库|网络设备|服务器",
        "31007",
        "服务",
        "信息网络和软件的购置与开发列信息网络及软件购置更新",
        capital=True,
    ),
    _rule(
        r"设备|终端|仪器|监控|摄像|无人机|对讲机|执法记录仪|消防器材|器械",
        "31003",
        "货物",
        "购置专用设备是资本性支出，列专用设备购置",
        capital=True,
    ),
    _rule(r"修缮|改造|装修", "31006", "工程", "按规定资本化的修缮改造列大型修缮"),
    _rule(r"建设|施工|工程", "31005", "工程", "公共基础设施建设列基础设施建设"),
    _rule(r"办公用品|文具|耗材|纸张|墨盒|硒鼓|办公费", "30201", "货物", "日常办公用品和耗材列办公费"),
    _rule(r"材料|物资|器材|用品|药品|工具", "30218", "货物", "开展业务所需的专用材料列专用材料费"),
)

_FALLBACK = Rule("", "30299", "", "从名称看不出支出的性质，暂列其他商品和服务支出，请核对")
_MATERIALS = "30218"


@dataclass(frozen=True)
class Suggestion:
    """The code of one line: given by the clerk, or suggested with its 政府采购品目 and the reason."""

    index: int
    name: str
    code: str
    class_name: str
    source: str
    """``given`` or ``suggested``."""
    why: str
    procurement: str = ""

    def to_json(self) -> dict[str, str]:
        """The line as ``classify --json`` prints it."""
        return {
            "where": f"cost_items[{self.index}]",
            "name": self.name,
            "code": self.code,
            "class": self.class_name,
            "source": self.source,
            "why": self.why,
            "procurement": self.procurement,
        }


def unit_price(item: CostItem) -> Decimal | None:
    """The price of one piece (a factor in 元/台, 元/辆…, or a plain 元 beside a count), or None when unknown."""
    for factor in item.factors:
        if compiled(_PRICE_UNIT).search(factor.unit):
            return factor.value
    priced = [factor.value for factor in item.factors if factor.unit.strip().startswith("元")]
    return priced[0] if len(priced) == 1 else None


def is_monthly(item: CostItem) -> bool:
    """True when the line is charged by the month (a factor in 元/月, or 月租 in its name)."""
    monthly = compiled(_MONTHLY)
    return any(monthly.search(factor.unit) for factor in item.factors) or monthly.search(item.name) is not None


def suggest_rule(item: CostItem, codes: CodeList | None = None) -> Rule:
    """The rule that fits ``item`` best (the fallback when none does), among codes of the list."""
    codes = codes if codes is not None else economic_codes()
    key = (id(codes), item.name, is_monthly(item), unit_price(item))
    rule = _CHOSEN.get(key)
    if rule is None:
        if len(_CHOSEN) >= _CHOSEN_LIMIT:
            _CHOSEN.clear()
        rule = _CHOSEN[key] = _rule_for(item.name, key[2], key[3], codes)
    return rule


_CHOSEN: dict[tuple[int, str, bool, Decimal | None], Rule] = {}
"""The rules chosen so far: a table repeats its kinds of line, and the check asks again after every edit."""
_CHOSEN_LIMIT = 4096


def _rule_for(name: str, monthly: bool, price: Decimal | None, codes: CodeList) -> Rule:
    candidates = _MONTHLY_RULES + _RULES if monthly else _RULES
    for rule in candidates:
        if rule.pattern.search(name) and codes.get(rule.code) is not None:
            cheap = price is not None and price < FIXED_ASSET_PRICE and codes.get(_MATERIALS) is not None
            if rule.capital and not monthly and cheap:
                return Rule(
                    rule.words,
                    _MATERIALS,
                    "货物",
                    f"单价 {price} 元低于固定资产标准 {FIXED_ASSET_PRICE} 元，列专用材料费而不是资本性支出",
                )
            return rule
    return _FALLBACK


def classify_line(index: int, item: CostItem, codes: CodeList | None = None) -> Suggestion:
    """The code of one line: the clerk's own when given (never replaced), else a suggestion with its reason."""
    codes = codes if codes is not None else economic_codes()
    if item.economic_class:
        known = codes.name(item.economic_class)
        why = "申报书中已填写" if known else "申报书中已填写（不在随附的经济分类科目表中，请核对）"
        return Suggestion(index, item.name, item.economic_class, known, "given", why, item.procurement)
    rule = suggest_rule(item, codes)
    return Suggestion(index, item.name, rule.code, codes.name(rule.code), "suggested", rule.reason, rule.procurement)


def classify(document: Document, codes: CodeList | None = None) -> list[Suggestion]:
    """Every written cost line's code, given or suggested, in order."""
    codes = codes if codes is not None else economic_codes()
    return [classify_line(index, item, codes) for index, item in enumerate(document.cost_items) if not item.is_empty]


def apply_suggestions(document: Document, suggestions: list[Suggestion]) -> int:
    """Write the suggested codes into the lines that have none; return how many lines changed. A given code is
    never overwritten, and no line is marked for 政府采购 (that is the clerk's decision; the check hints at it)."""
    changed = 0
    for suggestion in suggestions:
        item = document.cost_items[suggestion.index]
        if suggestion.source != "suggested" or item.economic_class:
            continue
        item.economic_class = suggestion.code
        changed += 1
    return changed


def classification_to_json(path: str, suggestions: list[Suggestion]) -> dict[str, object]:
    """The ``classify --json`` object of docs/interface.md."""
    return {"file": path, "lines": [suggestion.to_json() for suggestion in suggestions]}


def format_classification(suggestions: list[Suggestion]) -> str:
    """The suggestions as lines for the terminal: row, name, code and name, given or suggested, the reason."""
    if not suggestions:
        return "  测算明细没有支出行"
    lines = []
    for suggestion in suggestions:
        mark = "已填" if suggestion.source == "given" else "建议"
        label = f"{suggestion.code} {suggestion.class_name}".strip()
        lines.append(f"  第 {suggestion.index + 1} 行 {suggestion.name}：[{mark}] {label}——{suggestion.why}")
    return "\n".join(lines)
