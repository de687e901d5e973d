"""``gridbudget diff A B``: what differs between two declarations."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import say_failure

HELP = {"zh": "比较两份申报书的差异", "en": "compare two declarations"}


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """A, B and ``--json``."""
    parser.add_argument(
        "a",
        type=Path,
        metavar="A",
        help=text(lang, "第一份申报书（如上一年度）", "the first declaration (last year's, say)"),
    )
    parser.add_argument(
        "b", type=Path, metavar="B", help=text(lang, "第二份申报书（如本年度）", "the second declaration (this year's)")
    )
    parser.add_argument(
        "--json", action="store_true", help=text(lang, "以 JSON 输出差异", "print the differences as JSON")
    )


def run(options: argparse.Namespace) -> int:
    """Print what differs; 0 whether or not they differ, 2 a file could not be read."""
    from gridbudget_gui.domain.diff import diff_documents, diff_to_json, format_changes, totals
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.formats import load_document

    a: Path = options.a
    b: Path = options.b
    try:
        first, second = load_document(a).document, load_document(b).document
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    changes = diff_documents(first, second)
    sums = totals(first, second)
    if options.json:
        print(json.dumps(diff_to_json(str(a), str(b), changes, sums), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{a} → {b}：{len(changes)} 处不同")
    print(format_changes(changes))
    labels = {"cost_total": "测算明细合计", "annual_funding": "年度总投入", "mid_term_funding": "中期总投入"}
    for key, pair in sums.items():
        print(f"  {labels[key]}：{pair['a']} → {pair['b']}" + ("" if pair["a"] != pair["b"] else "（相同）"))
    return EXIT_OK
