"""What several commands share: folders expanded to the files in them, the same file twice, the one-line failure."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from gridbudget_gui.commands import text


def expand_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Each path, a folder replaced by the files directly inside it whose suffix io/formats.py names, in name order."""
    from gridbudget_gui.io.formats import SPREADSHEET_SUFFIXES

    for path in paths:
        if path.is_dir():
            # Every file we read (also .docx, .htm(l), .xml, .xlsb), and spreadsheets we only name (.xltx, .ett):
            # each gets a line saying what it is.
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in SPREADSHEET_SUFFIXES and not p.is_dir())
        else:
            yield path


def same_file(path: Path, other: Path) -> bool:
    """True when both name one file (False when either cannot be resolved)."""
    try:
        return path.resolve() == other.resolve()
    except OSError:
        return False


def say_failure(problem: object) -> None:
    """The one line on standard error for a file that could not be read or written: ``gridbudget: FILE: cause``."""
    print(f"gridbudget: {problem}", file=sys.stderr)


def add_jobs_argument(parser: argparse.ArgumentParser, lang: str) -> None:
    """``--jobs N``: how many processes read and check the files."""
    cores = os.cpu_count() or 1
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help=text(
            lang,
            f"同时处理的进程数（默认：处理器核数，本机 {cores}）",
            f"processes reading and checking the files (default: one per core, {cores} here)",
        ),
    )
