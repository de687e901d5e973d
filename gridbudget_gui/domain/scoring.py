"""The year-end self-evaluation (绩效自评): each 年度 indicator's score, the money block's, the total and the grade.

The formulas are the 一体化 system's (docs/form.md "The year after"), with target A, actual B and weight w:

- ≥ or >: B ≥ A gives w, otherwise B/A × w.
- ≤ or <: B ≤ A gives w; A < B < 2A gives (1 − (B − A)/A) × w; B ≥ 2A gives 0.
- =: with A > 0 as ≥; with A ≤ 0, w when B ≤ 0 and 0 otherwise.
- A negative B counts as 0. Every score is rounded half-up to two places; the total is the sum of the rounded scores.
- 定性: the actual is 达成 (80–100 % of w), 部分达成 (60–80 %) or 未达成 (below 60 %); the score is the clerk's and
  must lie inside that band (80 % itself is 达成, 60 % is 部分达成).
- Money block: 执行率 = 全年执行数 / 全年预算数 (four places), score = min(执行率, 1) × its weight (10).

Weights: 产出 50 (a 2021-scheme 成本指标 group counts with 产出), 效益 30, 满意度 10, 预算执行率 10. Within a group
the weight is split evenly over the indicators whose 分值 the clerk left empty (what the group has left after
the ones set), in cents, the first rows taking the odd cents, so the default weights add up to exactly 100. A
project without a 满意度 indicator gives its 10 to 效益. Units: an actual in 万元 is compared in 元; a bare actual
takes the unit the target is written in (512 against ≤534.58万元 is 512 万元); % and a bare number compare as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal, localcontext

from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.numbers import NumberError, parse_number, scale_of
from gridbudget_gui.domain.targets import operator_symbol, parse_target

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
HUNDRED = Decimal(100)
ZERO = Decimal(0)

GROUP_WEIGHTS: dict[str, Decimal] = {"产出": Decimal(50), "效益": Decimal(30), "满意度": Decimal(10)}
"""The weight of each group of indicators on the 自评表; the money block has ``EXECUTION_WEIGHT``."""
EXECUTION_WEIGHT = Decimal(10)

QUANTITATIVE_OPERATORS = ("≥", ">", "=", "<", "≤")
QUALITATIVE = "定性"
GRADES: dict[str, tuple[Decimal, Decimal]] = {
    "达成": (Decimal("0.8"), Decimal(1)),
    "部分达成": (Decimal("0.6"), Decimal("0.8")),
    "未达成": (ZERO, Decimal("0.6")),
}
"""Each grade of a qualitative indicator and its band as shares of the weight: [low, high], the high end open
except for 达成 (80 % belongs to 达成, 60 % to 部分达成)."""

_MONEY_SCALE = re.compile("亿元|万元")


def group_of(level1: str) -> str:
    """The weight group of a 一级指标: 产出 (with 成本), 效益 or 满意度; ``""`` for one outside all three."""
    if "满意" in level1:
        return "满意度"
    if "效益" in level1:
        return "效益"
    if "产出" in level1 or "成本" in level1:
        return "产出"
    return ""


def round_score(value: Decimal) -> Decimal:
    """A score rounded half-up to two places."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


PENDING = "待评"
"""What the 自评表 prints for 总分 and 等级 while nothing is scored."""
AWAITING_SCORE = "待打分"
"""What the 自评表 prints as the 得分 of a 定性 row graded but not yet scored by the clerk."""


def two_places(value: Decimal) -> str:
    """A 分值 or 得分 as the 自评表 prints it, always with two decimals: 8.34, 7.50, 10.00."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 10, 8.33, 12.5, 0.96."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def score_quantitative(operator: str, target: Decimal, actual: Decimal, weight: Decimal) -> Decimal:
    """The score of a quantitative indicator, rounded half-up to two places (the module's formulas)."""
    b = max(actual, ZERO)
    a = target
    with localcontext() as context:
        context.prec = 50  # ratios of 18-digit figures keep their cents exact before the rounding
        if operator == "=":
            if a <= 0:
                return round_score(weight if b <= 0 else ZERO)
            operator = "≥"
        if operator in ("≥", ">"):
            # One division, last: b × w / a is exact whenever the score is, so a half cent rounds up.
            return round_score(weight if b >= a else b * weight / a)
        if operator in ("≤", "<"):
            if b <= a:
                return round_score(weight)
            if b >= 2 * a:
                return round_score(ZERO)
            return round_score((2 * a - b) * weight / a)  # (1 − (B − A)/A) × w
    raise ValueError(f"not an operator: {operator!r}")


def grade_band(grade: str, weight: Decimal) -> tuple[Decimal, Decimal]:
    """The lowest and highest score (in cents, both allowed) of a qualitative grade at ``weight``.

    The bands are shares of the weight, their upper end open below 达成 (80 % is 达成, 60 % 部分达成): in cents
    the lower end is rounded up and an open upper end is the last cent below it.
    """
    low_share, high_share = GRADES[grade]
    low = (low_share * weight).quantize(CENT, rounding=ROUND_UP)
    exact_high = high_share * weight
    high = exact_high.quantize(CENT, rounding=ROUND_DOWN)
    if grade != "达成" and high == exact_high and high > low:
        high -= CENT
    return low, high


def in_band(grade: str, score: Decimal, weight: Decimal) -> bool:
    """True when ``score`` (rounded half-up to cents) lies inside the band of ``grade`` at ``weight``."""
    low, high = grade_band(grade, weight)
    return low <= round_score(score) <= high


def grade_of_total(total: Decimal) -> str:
    """优 ≥ 90, 良 80–90, 中 60–80, 差 < 60."""
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


@dataclass(frozen=True)
class IndicatorScore:
    """One 年度 indicator on the 自评表.

    ``problem`` says why there is no score: ``""`` (scored, or nothing typed yet), ``number`` (the actual is not
    a number), ``unit`` (its unit is not the target's), ``grade`` (a qualitative actual other than the three
    grades), ``target`` (the target cannot be compared: empty), ``band`` (the clerk's score is outside its
    grade's band), ``score-missing`` (a qualitative grade without a score) or ``weight`` (an unreadable 分值).
    """

    row: int
    name: str
    group: str
    operator: str
    target: str
    """The target as compared: a plain number (in 元 for money, without the %), or the text of a 定性 one."""
    unit: str
    actual: str
    """The actual as compared (a plain number in the target's unit, or the grade), ``""`` when not typed."""
    weight: Decimal
    weight_set: bool
    """True when the clerk set the 分值; False when it is the group's even share."""
    score: Decimal | None
    problem: str = ""

    @property
    def qualitative(self) -> bool:
        """True for a 定性 indicator (the score is the clerk's)."""
        return self.operator == QUALITATIVE

    @property
    def needs_deviation(self) -> bool:
        """True when the score is below the weight: the 自评表 asks for the reason."""
        return self.score is not None and self.score < self.weight


@dataclass(frozen=True)
class ExecutionScore:
    """The money block: 全年预算数 (the document's, or else the 年度 funding total), 全年执行数, 执行率 and 得分."""

    budget: Decimal | None
    spent: Decimal | None
    rate: Decimal | None
    weight: Decimal
    score: Decimal | None
    budget_is_default: bool = False


@dataclass(frozen=True)
class Evaluation:
    """The whole self-evaluation of a document.

    ``total`` and ``grade`` are None until something is scored (an indicator or the money block); ``reason``
    then says why in the clerk's words. ``unscored`` counts the rows (and the money block) still without a score,
    so a total over part of the form is marked incomplete rather than read as a low grade.
    """

    indicators: tuple[IndicatorScore, ...]
    execution: ExecutionScore
    total: Decimal | None
    grade: str | None
    weights_total: Decimal
    reason: str = ""
    unscored: int = 0

    def at(self, row: int) -> IndicatorScore | None:
        """The score of 年度 row ``row`` (None for a blank row, which is not on the form)."""
        for item in self.indicators:
            if item.row == row:
                return item
        return None

    @property
    def total_text(self) -> str:
        """总分 as printed: 73.65, or 待评 while nothing is scored."""
        return PENDING if self.total is None else two_places(self.total)

    @property
    def grade_text(self) -> str:
        """等级 as printed: 优 良 中 差, or 待评 while nothing is scored."""
        return self.grade or PENDING

    @property
    def incomplete_note(self) -> str:
        """A note for a total over part of the form (“另有2项未得分，总分不完整”), ``""`` when complete or ungraded."""
        if self.total is None or not self.unscored:
            return ""
        return f"另有{self.unscored}项未得分，总分不完整"


def grouped(evaluation: Evaluation, rows: list[Indicator]) -> list[IndicatorScore]:
    """The scored rows in the 自评表's order: each 一级指标's rows together (in the order the groups first appear,
    rows in their own order), so that every output merges one 一级 cell per group."""
    first: dict[str, int] = {}
    for item in evaluation.indicators:
        first.setdefault(rows[item.row].level1.strip(), len(first))
    return sorted(evaluation.indicators, key=lambda item: first[rows[item.row].level1.strip()])


def score_text(item: IndicatorScore) -> str:
    """An indicator's 得分 as printed: 8.34; 待打分 for a graded 定性 row the clerk has not scored; else ``""``."""
    if item.score is not None:
        return two_places(item.score)
    return AWAITING_SCORE if item.problem == "score-missing" else ""


def in_self_evaluation(document: Document) -> bool:
    """True when the document is a 自评表 in the making: an actual value or the money block's 执行数 is filled in.

    The self-evaluation rules run only then, so a declaration (which has no actuals yet) is never told about them.
    """
    if document.execution.spent is not None:
        return True
    return any(row.actual.strip() for row in document.indicators.annual)


def _is_blank(row: Indicator) -> bool:
    return not (row.name.strip() or row.value.strip() or row.actual.strip())


def _weight_of(row: Indicator) -> Decimal | None:
    """The clerk's 分值, or None when left empty; raises NumberError when it cannot be read."""
    if not row.weight.strip():
        return None
    value = parse_number(row.weight)
    if value < 0:
        raise NumberError("分值不能为负数")
    return value


def split_weights(rows: list[Indicator]) -> list[tuple[Decimal, bool, bool]]:
    """Each row's weight: (weight, set by the clerk, readable), with the groups' defaults split in cents."""
    groups = {group_of(row.level1) for row in rows if not _is_blank(row)}
    budgets = dict(GROUP_WEIGHTS)
    if "满意度" not in groups:
        budgets["效益"] += budgets.pop("满意度")
    result: list[tuple[Decimal, bool, bool]] = []
    unset: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        group = group_of(row.level1)
        try:
            weight = _weight_of(row)
        except NumberError:
            result.append((ZERO, True, False))
            continue
        if weight is not None:
            result.append((weight, True, True))
            if group in budgets:
                budgets[group] -= weight
        elif _is_blank(row) or group not in budgets:
            result.append((ZERO, False, True))
        else:
            result.append((ZERO, False, True))
            unset.setdefault(group, []).append(index)
    for group, indexes in unset.items():
        left = max(budgets[group], ZERO)
        cents = int((left * 100).to_integral_value(rounding=ROUND_DOWN))
        share, odd = divmod(cents, len(indexes))
        for position, index in enumerate(indexes):
            result[index] = (Decimal(share + (1 if position < odd else 0)) / 100, False, True)
    return result


def _target_of(row: Indicator) -> tuple[str, Decimal | None, str, Decimal]:
    """(operator, A, unit as compared, the scale a bare actual takes) of a row; operator 定性 for a text target.

    The operator may be written in the 计算符号 column or in the value, either way (≧95% beside ≥, ≦ or ＜ in the
    column); the column's, once read, wins over the value's."""
    operator = operator_symbol(row.operator)
    text = row.value.strip()
    if operator == QUALITATIVE:
        return QUALITATIVE, None, "", Decimal(1)
    unit_field = row.unit.strip()
    target = parse_target(text)
    if unit_field and target.is_quantitative and not target.unit:
        text += unit_field
        target = parse_target(text)
    if not target.is_quantitative or target.number is None:
        return QUALITATIVE, None, "", Decimal(1)
    scale_match = _MONEY_SCALE.search(text)
    scale = scale_of(scale_match[0]) if scale_match else Decimal(1)
    chosen = operator if operator in QUANTITATIVE_OPERATORS else (target.operator or "=")
    return chosen, target.number, target.unit, scale


def _score_row(row: Indicator, index: int, weight: Decimal, weight_set: bool, readable: bool) -> IndicatorScore:
    operator, a, unit, scale = _target_of(row)
    group = group_of(row.level1)
    actual_text = row.actual.strip()
    target_text = plain(a) if a is not None else row.value.strip()

    def made(actual: str, score: Decimal | None, problem: str = "") -> IndicatorScore:
        if not readable:
            problem = problem or "weight"
            score = None
        return IndicatorScore(
            index, row.name, group, operator, target_text, unit, actual, weight, weight_set, score, problem
        )

    if not actual_text:
        return made("", None)
    if operator == QUALITATIVE:
        if actual_text not in GRADES:
            if not row.value.strip() and parse_target(actual_text).is_quantitative:
                return made(actual_text, None, "target")
            return made(actual_text, None, "grade")
        if not row.score.strip():
            return made(actual_text, None, "score-missing")
        try:
            given = parse_number(row.score)
        except NumberError:
            return made(actual_text, None, "band")
        if not in_band(actual_text, given, weight):
            return made(actual_text, None, "band")
        return made(actual_text, round_score(given))
    assert a is not None
    reading = parse_target(actual_text)
    if reading.number is None:
        return made(actual_text, None, "number")
    b = reading.number
    if not reading.unit:
        b = b * scale  # a bare actual is in the unit the target is written in
    elif reading.unit != unit and {reading.unit, unit} != {"%", ""}:
        return made(actual_text, None, "unit")
    return made(plain(b), score_quantitative(operator, a, b, weight))


def score_execution(document: Document) -> ExecutionScore:
    """The money block's 执行率 and score; the budget defaults to the 年度 funding total when not typed."""
    execution = document.execution
    budget, default = execution.budget, False
    if budget is None and document.funding.annual.total:
        budget, default = document.funding.annual.total, True
    try:
        weight = parse_number(execution.weight) if execution.weight.strip() else EXECUTION_WEIGHT
    except NumberError:
        weight = EXECUTION_WEIGHT
    spent = execution.spent
    if budget is None or spent is None or budget <= 0:
        return ExecutionScore(budget, spent, None, weight, None, default)
    with localcontext() as context:
        context.prec = 50
        ratio = max(spent, ZERO) / budget
        score = round_score(weight if ratio >= 1 else max(spent, ZERO) * weight / budget)
    return ExecutionScore(budget, spent, ratio.quantize(RATE_PLACES, rounding=ROUND_HALF_UP), weight, score, default)


def evaluate(document: Document) -> Evaluation:
    """Score the document's 年度 indicators and money block: the whole 自评表's arithmetic."""
    rows = document.indicators.annual
    weights = split_weights(rows)
    scores = tuple(_score_row(row, index, *weights[index]) for index, row in enumerate(rows) if not _is_blank(row))
    execution = score_execution(document)
    weights_total = sum((item.weight for item in scores), ZERO) + execution.weight
    given = [item.score for item in scores if item.score is not None]
    if execution.score is not None:
        given.append(execution.score)
    unscored = len(scores) + 1 - len(given)
    if not given:
        reason = (
            "尚未填写实际完成值或全年执行数" if not in_self_evaluation(document) else "已填写的实际完成值尚无一项得分"
        )
        return Evaluation(scores, execution, None, None, weights_total, reason, unscored)
    total = round_score(sum(given, ZERO))
    return Evaluation(scores, execution, total, grade_of_total(total), weights_total, "", unscored)


def evaluation_to_json(evaluation: Evaluation, file: str) -> dict[str, object]:
    """The ``evaluate --json`` object of docs/interface.md."""
    execution = evaluation.execution
    return {
        "file": file,
        "total": None if evaluation.total is None else str(evaluation.total),
        "grade": evaluation.grade,
        "reason": evaluation.reason or None,
        "complete": evaluation.total is not None and not evaluation.unscored,
        "unscored": evaluation.unscored,
        "execution": {
            "budget": None if execution.budget is None else str(round_score(execution.budget)),
            "spent": None if execution.spent is None else str(round_score(execution.spent)),
            "rate": None if execution.rate is None else str(execution.rate),
            "weight": plain(execution.weight),
            "score": None if execution.score is None else str(execution.score),
        },
        "indicators": [
            {
                "where": f"indicators.annual[{item.row}]",
                "name": item.name,
                "operator": item.operator,
                "target": item.target,
                "unit": item.unit,
                "actual": item.actual,
                "weight": plain(item.weight),
                "score": None if item.score is None else str(item.score),
                "needs_deviation": item.needs_deviation,
                "problem": item.problem or None,
            }
            for item in evaluation.indicators
        ],
        "weights_total": plain(evaluation.weights_total),
    }


def format_evaluation(evaluation: Evaluation) -> str:
    """The evaluation as lines of text for the terminal (``gridbudget evaluate`` without ``--json``)."""
    lines: list[str] = []
    for item in evaluation.indicators:
        score = score_text(item) or "—"
        actual = item.actual or "（未填）"
        mark = "  需说明偏差原因" if item.needs_deviation else ""
        lines.append(
            f"  {item.row + 1:>3}. {item.name}  {item.operator} {item.target}{item.unit}  实际 {actual}  "
            f"分值 {two_places(item.weight)}  得分 {score}{mark}"
        )
    execution = evaluation.execution
    rate = "—" if execution.rate is None else f"{execution.rate * 100:.2f}%"
    score = "—" if execution.score is None else two_places(execution.score)
    lines.append(f"  预算执行率 {rate}  分值 {two_places(execution.weight)}  得分 {score}")
    if evaluation.total is None:
        lines.append(f"  总分 {PENDING}  等级 {PENDING}（{evaluation.reason}）")
    else:
        note = f"（{evaluation.incomplete_note}）" if evaluation.incomplete_note else ""
        lines.append(f"  总分 {evaluation.total_text}  等级 {evaluation.grade_text}{note}")
    if evaluation.weights_total != HUNDRED:
        lines.append(f"  注意：各项分值合计 {two_places(evaluation.weights_total)} 分，不是 100 分")
    return "\n".join(lines)
