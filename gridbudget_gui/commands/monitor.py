"""``gridbudget monitor FILE [--json]``: the mid-year 绩效运行监控 (time progress, execution rate, alerts)."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import say_failure

HELP = {
    "zh": "绩效运行监控：时间进度、预算执行率、预警和各指标偏离度",
    "en": "mid-year monitoring: time progress, execution rate, the alert and each indicator's deviation",
}
RED, YELLOW = Decimal(60), Decimal(80)
"""The 一体化 system's default alerts (domain.monitoring.DEFAULT_THRESHOLDS), named here so help needs no import."""


def _percent(value: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"“{value}”不是百分数") from None
    if not number.is_finite() or not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"“{value}”应在 0 到 100 之间")
    return number


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """FILE, ``--json`` and the two alert thresholds."""
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=text(lang, "申报文件，含监控时点和执行数", "a declaration")
    )
    parser.add_argument("--json", action="store_true", help=text(lang, "以 JSON 输出", "print JSON"))
    parser.add_argument(
        "--red",
        type=_percent,
        default=RED,
        help=text(lang, "执行率低于时间进度的该百分比为红色预警（默认 60）", "red below this %% of time progress (60)"),
    )
    parser.add_argument(
        "--yellow",
        type=_percent,
        default=YELLOW,
        help=text(
            lang, "执行率低于时间进度的该百分比为黄色预警（默认 80）", "yellow below this %% of time progress (80)"
        ),
    )


def run(options: argparse.Namespace) -> int:
    """Print the monitoring report; 0 done (an alert is not a failure), 2 the file could not be read."""
    from dataclasses import replace

    from gridbudget_gui.domain.monitoring import DEFAULT_THRESHOLDS, format_report, monitor, report_to_json
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.formats import load_document

    source: Path = options.file
    try:
        document = load_document(source).document
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    thresholds = replace(
        DEFAULT_THRESHOLDS, red=getattr(options, "red", RED), yellow=getattr(options, "yellow", YELLOW)
    )
    report = monitor(document, thresholds)
    if options.json:
        print(json.dumps(report_to_json(report, str(source)), ensure_ascii=False, indent=2))
    else:
        print(f"{source}：")
        print(format_report(report))
    return EXIT_OK
