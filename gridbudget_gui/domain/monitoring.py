"""The mid-year 绩效运行监控 (``gridbudget monitor``, the 运行监控 page): time progress, execution and alerts.

Time progress is the share of the budget year elapsed at the 监控时点 by whole months (the end of July: 7/12 =
58.33 %; the 15th of July counts six months). The execution rate is 执行数 over the 年度 budget (年度 总投入, or
the cost total when no funding is given). The alert compares the two as the 一体化 system does by default: red
when execution is below 60 % of time progress, yellow below 80 %, else green; a province may set others, which
``Thresholds`` holds in one place. Each 年度 indicator's 偏离度 is how far its 全年预计完成值 falls short of the
target (for ≤ targets: how far it goes over), in per cent of the target.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from gridbudget_gui.domain.dates import parse_date
from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.targets import parse_target

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
ALERT_LABELS: dict[str, str] = {"green": "绿色（正常）", "yellow": "黄色预警", "red": "红色预警", "": "无法判断"}
QUALITATIVE_ALERTS: dict[str, str] = {"达成": "green", "部分达成": "yellow", "未达成": "red"}
"""A 定性 indicator's 全年预计 as the clerk states it, and its alert."""


@dataclass(frozen=True)
class Thresholds:
    """The alert thresholds, in per cent: execution below ``red`` % of time progress is red, below ``yellow`` %
    yellow; an indicator whose 偏离度 exceeds ``indicator_red`` is red, ``indicator_yellow`` yellow."""

    red: Decimal = Decimal(60)
    yellow: Decimal = Decimal(80)
    indicator_yellow: Decimal = Decimal(10)
    indicator_red: Decimal = Decimal(30)


DEFAULT_THRESHOLDS = Thresholds()
"""The 一体化 system's default (60 % / 80 %); the indicator thresholds are this program's (10 % / 30 %)."""


@dataclass(frozen=True)
class IndicatorProgress:
    """One 年度 indicator at the 监控时点: target, progress, forecast, 偏离度 (per cent, None when unknown), alert."""

    index: int
    name: str
    target: str
    progress: str
    forecast: str
    deviation: Decimal | None
    alert: str
    cause: str
    measure: str

    @property
    def needs_explanation(self) -> bool:
        """True when the row is red or yellow and lacks a cause or a measure."""
        return self.alert in ("red", "yellow") and not (self.cause.strip() and self.measure.strip())


@dataclass(frozen=True)
class MonitoringReport:
    """The whole 绩效运行监控: the money line and each 年度 indicator."""

    as_of: datetime.date | None
    time_progress: Decimal | None
    budget: Decimal
    spent: Decimal | None
    execution_rate: Decimal | None
    alert: str
    indicators: list[IndicatorProgress]


def percent(value: Decimal) -> Decimal:
    """A percentage rounded half-up to two places."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def time_progress(as_of: datetime.date) -> Decimal:
    """The share of the year elapsed at ``as_of`` by whole months, in per cent (unrounded)."""
    last_day = calendar.monthrange(as_of.year, as_of.month)[1]
    months = as_of.month if as_of.day == last_day else as_of.month - 1
    return Decimal(months) * HUNDRED / Decimal(12)


def alert_of(rate: Decimal, progress: Decimal, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> str:
    """``red``, ``yellow`` or ``green``: the execution rate against the time progress (both in per cent)."""
    if progress <= 0:
        return "green"
    share = rate * HUNDRED / progress
    if share < thresholds.red:
        return "red"
    if share < thresholds.yellow:
        return "yellow"
    return "green"


def budget_of(document: Document) -> Decimal:
    """The 年度 budget the execution is measured against: 年度 总投入, or the cost total when it is zero."""
    return document.funding.annual.total or document.cost_total


def _number(text: str) -> Decimal | None:
    return parse_target(text.strip()).number if text.strip() else None


def indicator_deviation(row: Indicator) -> Decimal | None:
    """The 偏离度 of a row in per cent: how far the forecast misses the target; None when either is not a figure."""
    target = parse_target((row.operator if row.operator not in ("", "定性") else "") + row.value.strip())
    forecast = _number(row.forecast)
    if target.number is None or forecast is None or target.number == 0:
        return None
    goal = target.number
    if target.operator in ("≤", "<"):
        miss = forecast - goal
    else:
        miss = goal - forecast
    return percent(max(miss, Decimal(0)) * HUNDRED / abs(goal))


def indicator_alert(row: Indicator, deviation: Decimal | None, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> str:
    """The row's alert from its 偏离度, or from a 定性 forecast (达成 / 部分达成 / 未达成); "" when unknown."""
    if deviation is None:
        return QUALITATIVE_ALERTS.get(row.forecast.strip(), "")
    if deviation > thresholds.indicator_red:
        return "red"
    if deviation > thresholds.indicator_yellow:
        return "yellow"
    return "green"


def monitor(document: Document, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> MonitoringReport:
    """The 绩效运行监控 of ``document`` as of its monitoring block."""
    block = document.monitoring
    as_of = parse_date(block.as_of) if block.as_of else None
    progress = time_progress(as_of) if as_of is not None else None
    budget = budget_of(document)
    rate = block.spent * HUNDRED / budget if block.spent is not None and budget > 0 else None
    alert = alert_of(rate, progress, thresholds) if rate is not None and progress is not None else ""
    rows = []
    for index, row in enumerate(document.indicators.annual):
        if not (row.name.strip() or row.value.strip()):
            continue
        deviation = indicator_deviation(row)
        rows.append(
            IndicatorProgress(
                index,
                row.name,
                row.value,
                row.progress,
                row.forecast,
                deviation,
                indicator_alert(row, deviation, thresholds),
                row.cause,
                row.measure,
            )
        )
    return MonitoringReport(
        as_of,
        None if progress is None else percent(progress),
        budget,
        block.spent,
        None if rate is None else percent(rate),
        alert,
        rows,
    )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def report_to_json(report: MonitoringReport, path: str) -> dict[str, object]:
    """The ``monitor --json`` object of docs/interface.md."""
    return {
        "file": path,
        "as_of": None if report.as_of is None else report.as_of.isoformat(),
        "time_progress": _text(report.time_progress),
        "budget": format(report.budget, ".2f"),
        "spent": None if report.spent is None else format(report.spent, ".2f"),
        "execution_rate": _text(report.execution_rate),
        "alert": report.alert,
        "indicators": [
            {
                "where": f"indicators.annual[{row.index}]",
                "name": row.name,
                "target": row.target,
                "progress": row.progress,
                "forecast": row.forecast,
                "deviation": _text(row.deviation),
                "alert": row.alert,
                "cause": row.cause,
                "measure": row.measure,
            }
            for row in report.indicators
        ],
    }


def format_report(report: MonitoringReport) -> str:
    """The report as lines for the terminal."""
    if report.as_of is None:
        head = "  没有填写监控时点（monitoring.as_of），无法计算时间进度"
    else:
        head = f"  监控时点 {report.as_of.isoformat()}，时间进度 {report.time_progress}%"
    lines = [head]
    if report.execution_rate is None:
        lines.append("  没有填写执行数（monitoring.spent）或年度预算为零，无法计算执行率")
    else:
        lines.append(
            f"  执行数 {report.spent:,.2f} 元 / 年度预算 {report.budget:,.2f} 元，执行率 {report.execution_rate}%"
            f"：{ALERT_LABELS[report.alert]}"
        )
    for row in report.indicators:
        deviation = "—" if row.deviation is None else f"{row.deviation}%"
        lines.append(
            f"  {row.name}：目标 {row.target or '—'}，已完成 {row.progress or '—'}，全年预计 {row.forecast or '—'}，"
            f"偏离度 {deviation}：{ALERT_LABELS[row.alert]}"
            + ("（需填写偏差原因和纠偏措施）" if row.needs_explanation else "")
        )
    return "\n".join(lines)
