"""``gridbudget monitor FILE [--json]``: the mid-year 绩效运行监控 (time progress, execution, alerts)."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from gridbudget_gui.domain.monitoring import DEFAULT_THRESHOLDS, Thresholds, format_report, monitor, report_to_json
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document

HELP: dict[str, str] = {
    "zh": "年中绩效运行监控：时间进度、执行率、预警和各指标偏离度",
    "en": "mid-year performance monitoring: time progress, execution rate, alerts and indicator deviations",
}

EXIT_OK, EXIT_FILE = 0, 2


def _percent(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"“{text}”不是百分数") from None
    if not value.is_finite() or not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"“{text}”应在 0 到 100 之间")
    return value


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """The arguments of ``monitor``: FILE, --json and the two alert thresholds."""
    zh = not lang.lower().startswith("en")
    parser.add_argument("file", type=Path, help="申报文件，含监控时点和执行数" if zh else "declaration file")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出" if zh else "print JSON")
    parser.add_argument(
        "--red",
        type=_percent,
        default=DEFAULT_THRESHOLDS.red,
        help="执行率低于时间进度的该百分比为红色预警（默认 60）" if zh else "red below this % of time progress",
    )
    parser.add_argument(
        "--yellow",
        type=_percent,
        default=DEFAULT_THRESHOLDS.yellow,
        help="执行率低于时间进度的该百分比为黄色预警（默认 80）" if zh else "yellow below this % of time progress",
    )


def run(options: argparse.Namespace) -> int:
    """Print the monitoring report; 0 done (an alert is not a failure), 2 the file could not be read."""
    source: Path = options.file
    red = getattr(options, "red", DEFAULT_THRESHOLDS.red)
    yellow = getattr(options, "yellow", DEFAULT_THRESHOLDS.yellow)
    try:
        document = load_document(source).document
    except DocumentError as problem:
        print(f"gridbudget: {problem}", file=sys.stderr)
        return EXIT_FILE
    thresholds = Thresholds(
        red=red,
        yellow=yellow,
        indicator_yellow=DEFAULT_THRESHOLDS.indicator_yellow,
        indicator_red=DEFAULT_THRESHOLDS.indicator_red,
    )
    report = monitor(document, thresholds)
    if options.json:
        print(json.dumps(report_to_json(report, str(source)), ensure_ascii=False, indent=2))
    else:
        print(f"{source}：")
        print(format_report(report))
    return EXIT_OK
