"""Helpers for the PDF tests: poppler's pdftotext, pdfinfo and pdffonts on a file."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def run(*args: str) -> str:
    """Run a poppler tool and return its standard output."""
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def text(path: Path, page: int | None = None, layout: bool = False) -> str:
    """The text of the PDF (or of one 1-based page) with all white space removed.

    ``layout`` keeps each printed line together (a table row reads left to right).
    """
    options = ["-f", str(page), "-l", str(page)] if page is not None else []
    if layout:
        options.append("-layout")
    return "".join(run("pdftotext", *options, str(path), "-").split())


def page_count(path: Path) -> int:
    """The number of pages pdfinfo reports."""
    match = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.MULTILINE)
    assert match is not None
    return int(match[1])


def page_sizes(path: Path) -> list[str]:
    """The size line of every page, e.g. '595.276 x 841.89 pts (A4)'."""
    info = run("pdfinfo", "-f", "1", "-l", str(page_count(path)), str(path))
    return re.findall(r"^Page\s+\d+ size:\s+(.+)$", info, re.MULTILINE)


def fonts(path: Path) -> list[list[str]]:
    """pdffonts' rows, split into columns (name, type…, emb, sub, uni, object, generation)."""
    lines = run("pdffonts", str(path)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def body_text(path: Path) -> str:
    """The text of all pages without their 第 N 页 共 M 页 footers (a sentence may run across pages)."""
    pages = [text(path, page) for page in range(1, page_count(path) + 1)]
    return "".join(re.sub(r"第\d+页共\d+页", "", page) for page in pages)


LINE_PIECES = ["网格", "化", "管理", "【重要】", "（一）", "“五进网格”", "《通知》", "，", "。", "4,484,040.00元"]
"""Pieces that random texts for the line breakers are made of: words, brackets, quotes, punctuation, a figure."""
