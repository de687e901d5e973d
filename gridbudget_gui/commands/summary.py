"""``gridbudget summary FILE_OR_FOLDER… OUT.xlsx``: the 汇总表, one row per declaration."""

from __future__ import annotations

import argparse
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import add_jobs_argument, expand_paths, same_file, say_failure

HELP = {
    "zh": "把多份申报书汇总成一张汇总表（.xlsx，每份申报书一行）",
    "en": "sum many declarations up in one table (.xlsx, one row each)",
}


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """Files or folders, the output last, and ``--jobs N``."""
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=text(
            lang,
            "申报文件或文件夹，最后一个是输出的 .xlsx 文件",
            "declaration files or folders, then the .xlsx file to write",
        ),
    )
    add_jobs_argument(parser, lang)


def run(options: argparse.Namespace) -> int:
    """Write the 汇总表; 0 done, 2 a file unreadable (the others are summed all the same) or OUT unwritable."""
    *sources, target = options.files
    if not sources or target.suffix.lower() != ".xlsx":
        say_failure("summary 需要申报文件（或文件夹）和一个输出的 .xlsx 文件")
        return EXIT_FILE
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.report.batch import check_files
    from gridbudget_gui.io.report.xlsx import write_summary

    paths = [path for path in expand_paths(sources) if not same_file(path, target)]
    results = check_files(paths, None, options.jobs)
    status = EXIT_OK
    for result in results:
        if result.error is not None:
            say_failure(f"{result.path}: {result.error}")
            status = EXIT_FILE
    try:
        notes = write_summary(results, target)
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    for note in notes:  # years kept apart, copies counted once, 自评表 set aside: said, not an error
        say_failure(note)
    return status
