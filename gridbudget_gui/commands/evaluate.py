"""``gridbudget evaluate FILE``: the year-end self-evaluation's scores."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import say_failure

HELP = {
    "zh": "年终绩效自评：各指标得分、预算执行率得分和总分",
    "en": "year-end self-evaluation: each indicator's score, the budget execution score and the total",
}


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """FILE and ``--json``."""
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=text(
            lang, "申报文件（.xlsx/.xls/.json），已填写实际完成值", "a declaration with its actual values filled in"
        ),
    )
    parser.add_argument("--json", action="store_true", help=text(lang, "以 JSON 输出评分", "print the scores as JSON"))


def run(options: argparse.Namespace) -> int:
    """Print each 年度 indicator's score, the money block's and the total; 0 done, 2 the file could not be read
    (low scores are not a failure)."""
    from gridbudget_gui.domain.scoring import evaluate, evaluation_to_json, format_evaluation
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.formats import load_document

    path: Path = options.file
    try:
        loaded = load_document(path)
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    evaluation = evaluate(loaded.document)
    if options.json:
        print(json.dumps(evaluation_to_json(evaluation, str(path)), ensure_ascii=False, indent=2))
    else:
        print(f"{path}：")
        print(format_evaluation(evaluation))
    return EXIT_OK
