"""The declaration document: 项目申报书 and 项目绩效目标表 as plain data, with no Qt and no file format."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from gridbudget_gui.domain.money import ZERO, money_sum, to_money

SOURCE_KEYS: tuple[str, ...] = ("central", "provincial", "municipal", "county", "other")
"""The five funding source columns, in the order of the official form."""

SOURCE_LABELS: dict[str, str] = {
    "total": "总投入",
    "central": "中央财政",
    "provincial": "省级财政",
    "municipal": "市本级财政",
    "county": "县（市）区级财政",
    "other": "其他",
}

PERIODS: tuple[str, ...] = ("mid_term", "annual")
"""The two periods of funding, goals and indicators: 中期 (the whole project period) and 年度."""

PERIOD_LABELS: dict[str, str] = {"mid_term": "中期", "annual": "年度"}

ATTRIBUTES: tuple[str, ...] = ("新增项目", "延续性项目")
TERMS: tuple[str, ...] = ("经常性项目", "一次性项目")


@dataclass(eq=False)
class Factor:
    """One factor of a cost line: a number with its unit, and the arithmetic the user typed for it."""

    value: Decimal
    unit: str = ""
    expression: str = ""

    def copy(self) -> Factor:
        """Return an independent copy."""
        return Factor(self.value, self.unit, self.expression)


@dataclass(eq=False)
class CostItem:
    """One line of the cost breakdown (测算明细): a product of factors, or a lump sum when it has none.

    ``amount`` is the amount as declared. The editor keeps it equal to the product of the factors;
    a file from elsewhere may not, which the checks report.
    """

    name: str = ""
    factors: list[Factor] = field(default_factory=list)
    amount: Decimal = ZERO
    note: str = ""
    economic_class: str = ""
    """经济分类科目 (部门预算支出经济分类), the code: ``30226``; its name comes from the bundled code list."""
    procurement: str = ""
    """政府采购品目: 货物, 服务, 工程, or empty when the line is not procured."""

    @property
    def is_lump_sum(self) -> bool:
        """True when the line is a lump sum (共…元) rather than a product of factors."""
        return not self.factors

    @property
    def is_empty(self) -> bool:
        """True for a line inserted and left empty: no name, no factors, no amount, no note."""
        return (
            not self.name.strip()
            and not self.factors
            and not self.amount
            and not self.note.strip()
            and not self.economic_class
            and not self.procurement
        )

    def product(self) -> Decimal | None:
        """The product of the factors in 元, rounded half-up to fen; None for a lump sum."""
        if not self.factors:
            return None
        result = Decimal(1)
        for factor in self.factors:
            result *= factor.value
        return to_money(result)

    def recompute(self) -> None:
        """Set the amount to the product of the factors (lump sums keep theirs)."""
        product = self.product()
        if product is not None:
            self.amount = product

    def copy(self) -> CostItem:
        """Return an independent copy."""
        return CostItem(
            self.name, [f.copy() for f in self.factors], self.amount, self.note, self.economic_class, self.procurement
        )


@dataclass(eq=False)
class FundingRow:
    """One row of 资金来源: 总投入 and the five sources, in 元."""

    total: Decimal = ZERO
    central: Decimal = ZERO
    provincial: Decimal = ZERO
    municipal: Decimal = ZERO
    county: Decimal = ZERO
    other: Decimal = ZERO

    def sources_sum(self) -> Decimal:
        """The sum of the five source columns."""
        return money_sum(self.get(key) for key in SOURCE_KEYS)

    def get(self, key: str) -> Decimal:
        """The amount in column ``key`` (total or a source key)."""
        value: Decimal = getattr(self, key)
        return value

    def set(self, key: str, value: Decimal) -> None:
        """Set column ``key`` (total or a source key) to ``value``."""
        if key not in SOURCE_LABELS:
            raise KeyError(key)
        setattr(self, key, to_money(value))

    def copy(self) -> FundingRow:
        """Return an independent copy."""
        return FundingRow(**{key: self.get(key) for key in SOURCE_LABELS})


PROCUREMENT_KINDS: tuple[str, ...] = ("货物", "服务", "工程")
"""政府采购品目 of a cost line (empty: not procured)."""


@dataclass(eq=False)
class Funding:
    """资金来源: the 中期 and 年度 rows, and the 中期 plan by year."""

    mid_term: FundingRow = field(default_factory=FundingRow)
    annual: FundingRow = field(default_factory=FundingRow)
    years: dict[str, Decimal] = field(default_factory=dict)
    """The 中期 plan by year: ``{"2021": 5345800.00, …}`` (year as text, amount in 元), in year order."""

    def row(self, period: str) -> FundingRow:
        """The row of ``period`` (mid_term or annual)."""
        row: FundingRow = getattr(self, period)
        return row


@dataclass(eq=False)
class Goals:
    """总体目标: the mid-term and annual goal texts."""

    mid_term: str = ""
    annual: str = ""


@dataclass(eq=False)
class Indicator:
    """One row of the indicator matrix: 一级指标 → 二级指标 → 三级指标 (name) → 指标值 (value)."""

    level1: str = ""
    level2: str = ""
    name: str = ""
    value: str = ""
    # The 一体化 system's columns beside the value (all kept as the clerk wrote them):
    operator: str = ""
    """计算符号: ≥ > = < ≤ or 定性."""
    unit: str = ""
    """计量单位."""
    explanation: str = ""
    """指标解释."""
    scoring: str = ""
    """评（扣）分标准."""
    weight: str = ""
    """分值 / 权重, a decimal string."""
    note: str = ""
    """备注."""
    # The year-end self-evaluation (绩效自评):
    actual: str = ""
    """实际完成值; for a qualitative indicator 达成, 部分达成 or 未达成."""
    score: str = ""
    """得分, a decimal string: computed for a quantitative indicator, the clerk's for a qualitative one."""
    deviation: str = ""
    """偏差原因分析及改进措施."""
    # The mid-year 绩效运行监控:
    progress: str = ""
    """截至监控时点的完成值."""
    forecast: str = ""
    """全年预计完成值."""
    cause: str = ""
    """偏差原因: 经费保障, 制度保障, 人员保障, 硬件条件保障 or 其他."""
    measure: str = ""
    """纠偏措施."""

    def copy(self) -> Indicator:
        """Return an independent copy."""
        return replace(self)


INDICATOR_EXTRA_FIELDS: tuple[str, ...] = (
    "operator",
    "unit",
    "explanation",
    "scoring",
    "weight",
    "note",
    "actual",
    "score",
    "deviation",
    "progress",
    "forecast",
    "cause",
    "measure",
)
"""The indicator's fields beyond level1/level2/name/value, in the order of the document JSON."""


@dataclass(eq=False)
class Execution:
    """The self-evaluation's money block: 全年预算数, 全年执行数, the weight (分值) and the score (得分), and the
    自评表's own date of filing (ISO date text, empty until set: never the declaration's spring date)."""

    budget: Decimal | None = None
    spent: Decimal | None = None
    weight: str = ""
    score: str = ""
    date: str = ""

    @property
    def is_empty(self) -> bool:
        """True when nothing of the block is filled in."""
        return self.budget is None and self.spent is None and not self.weight and not self.score and not self.date

    def copy(self) -> Execution:
        """Return an independent copy."""
        return replace(self)


MONITORING_CAUSES: tuple[str, ...] = ("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他")
"""The 偏差原因 of the 绩效运行监控表."""


@dataclass(eq=False)
class Monitoring:
    """The mid-year 绩效运行监控's money block: 监控时点 (ISO date text, as typed) and 截至该时点的执行数."""

    as_of: str = ""
    spent: Decimal | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing of the block is filled in."""
        return not self.as_of and self.spent is None

    def copy(self) -> Monitoring:
        """Return an independent copy."""
        return replace(self)


@dataclass(eq=False)
class Indicators:
    """绩效指标: one matrix for 中期 and one for 年度."""

    mid_term: list[Indicator] = field(default_factory=list)
    annual: list[Indicator] = field(default_factory=list)

    def matrix(self, period: str) -> list[Indicator]:
        """The matrix of ``period`` (mid_term or annual)."""
        rows: list[Indicator] = getattr(self, period)
        return rows


@dataclass(eq=False)
class Manager:
    """The project manager and their phone."""

    name: str = ""
    phone: str = ""


@dataclass(eq=False)
class Project:
    """The project part of the declaration and of the performance-target table."""

    name: str = ""
    basis: list[str] = field(default_factory=list)
    basis_kind: str = ""
    attribute: str = ""
    term: str = ""
    department: str = ""
    manager: Manager = field(default_factory=Manager)
    overview: str = ""
    content: str = ""
    funding_arrangement: str = ""
    schedule: str = ""
    outcomes: str = ""
    safeguards: str = ""
    budget_notes: str = ""
    summary: str = ""
    """项目概况 of the performance-target table (the declaration's own overview is ``overview``)."""
    function_class: str = ""
    """支出功能分类科目, the code: ``2120104``."""


@dataclass(eq=False)
class Unit:
    """项目实施单位: the implementing unit."""

    name: str = ""
    code: str = ""
    address: str = ""
    phone: str = ""
    legal_representative: str = ""
    funding_source: str = ""
    profile: str = ""


@dataclass(eq=False)
class Signatures:
    """The head of unit, the preparer and the date of filing (ISO text, kept as typed so a bad date is reported)."""

    unit_head: str = ""
    preparer: str = ""
    date: str = ""


@dataclass(eq=False)
class Document:
    """A whole declaration: 项目申报书 with its cost breakdown, and 项目绩效目标表."""

    year: int | None = None
    scheme: str = "classic"
    project: Project = field(default_factory=Project)
    unit: Unit = field(default_factory=Unit)
    cost_items: list[CostItem] = field(default_factory=list)
    funding: Funding = field(default_factory=Funding)
    goals: Goals = field(default_factory=Goals)
    indicators: Indicators = field(default_factory=Indicators)
    signatures: Signatures = field(default_factory=Signatures)
    execution: Execution = field(default_factory=Execution)
    """The self-evaluation's money block (empty until the year-end 自评)."""
    monitoring: Monitoring = field(default_factory=Monitoring)
    """The mid-year 绩效运行监控 block (empty until July/August)."""

    @property
    def cost_total(self) -> Decimal:
        """合计: the sum of the cost lines' amounts."""
        return money_sum(item.amount for item in self.cost_items)

    @property
    def written_cost_items(self) -> list[CostItem]:
        """The cost lines the forms print and the breakdown numbers: all but those left empty."""
        return [item for item in self.cost_items if not item.is_empty]
