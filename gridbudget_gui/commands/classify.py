"""``gridbudget classify FILE [OUT] [--json]``: suggest 经济分类 codes for the cost lines that have none."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import say_failure

HELP = {
    "zh": "为没有经济分类科目的支出行建议科目（已填写的不改动）",
    "en": "suggest economic classification codes for cost lines that have none (given codes are kept)",
}


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """FILE, an optional OUT and ``--json``."""
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=text(lang, "申报文件（.xlsx/.xls/.json/.docx）", "a declaration")
    )
    parser.add_argument(
        "out",
        type=Path,
        nargs="?",
        metavar="OUT",
        help=text(lang, "写入建议科目后的申报书（扩展名决定格式）", "the declaration with the suggestions filled in"),
    )
    parser.add_argument("--json", action="store_true", help=text(lang, "以 JSON 输出", "print JSON"))


def run(options: argparse.Namespace) -> int:
    """Print each line's code (given or suggested, with the reason) and write OUT when asked; 0 done, 2 a file
    could not be read or written."""
    from gridbudget_gui.domain.classify import (
        apply_suggestions,
        classification_to_json,
        classify,
        format_classification,
    )
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.formats import load_document, save_document

    source: Path = options.file
    target: Path | None = getattr(options, "out", None)
    try:
        document = load_document(source).document
        suggestions = classify(document)
        if target is not None:
            if target.exists() and target.resolve() == source.resolve():
                raise DocumentError(target, "输出文件与输入文件相同；请另选输出文件名")
            apply_suggestions(document, suggestions)
            save_document(document, target)
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    if options.json:
        print(json.dumps(classification_to_json(str(source), suggestions), ensure_ascii=False, indent=2))
    else:
        print(f"{source}：")
        print(format_classification(suggestions))
        if target is not None:
            print(f"已写入 {target}")
    return EXIT_OK
