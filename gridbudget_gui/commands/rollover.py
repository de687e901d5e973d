"""``gridbudget rollover IN OUT``: next year's declaration from this year's."""

from __future__ import annotations

import argparse
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import say_failure

HELP = {"zh": "由本年度申报书生成下一年度申报书", "en": "write next year's declaration from this year's"}


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """IN, OUT and ``--year``."""
    parser.add_argument(
        "source",
        type=Path,
        metavar="IN",
        help=text(lang, "本年度申报文件（.xlsx/.xls/.json）", "this year's declaration"),
    )
    parser.add_argument(
        "target",
        type=Path,
        metavar="OUT",
        help=text(lang, "下一年度申报书：扩展名决定格式（.xlsx 或 .json）", "next year's declaration (.xlsx or .json)"),
    )
    parser.add_argument(
        "--year",
        type=int,
        help=text(lang, "新的预算年度（默认：原年度 + 1）", "the new budget year (default: the old one + 1)"),
    )


def run(options: argparse.Namespace) -> int:
    """Write next year's declaration and list what to review; 0 done, 2 failed."""
    from gridbudget_gui.domain.messages import render, severity_word
    from gridbudget_gui.domain.rollover import RolloverError, rollover
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.formats import load_document, save_document

    source: Path = options.source
    target: Path = options.target
    try:
        loaded = load_document(source)
        if target.exists() and target.resolve() == source.resolve():
            raise DocumentError(target, "输出文件与输入文件相同；请另选输出文件名")
        try:
            new, findings = rollover(loaded.document, options.year)
        except RolloverError as problem:
            raise DocumentError(source, str(problem)) from None
        save_document(new, target)
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    print(f"{target}：{new.year}年度申报书，请核对 {len(findings)} 处")
    for finding in findings:
        print(f"  [{severity_word(finding.severity)}] {finding.rule}  {finding.where}  {render(finding)}")
    return EXIT_OK
