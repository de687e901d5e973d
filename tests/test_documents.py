"""Every document the code, the scripts and the configuration cite is in the repository, spelled as its file is
(issue 29): a citation in other capitals names a file a case-sensitive system does not have."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPO

CITING = [
    *REPO.joinpath("gridbudget_gui").rglob("*.py"),
    *REPO.joinpath("scripts").rglob("*"),
    *REPO.joinpath("tests").glob("*.py"),
    *REPO.joinpath("tests").glob("*/*.py"),
    *REPO.joinpath("benchmarks").glob("*.py"),
    REPO / "build.spec",
    REPO / "pyproject.toml",
    REPO / "setup.py",
    REPO / ".ci" / "run",
]
MARKDOWN = re.compile(r"[\w./-]*[\w-]\.md\b")


def _cited(path: Path) -> set[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, IsADirectoryError):
        return set()
    return set(MARKDOWN.findall(text))


def _exists(name: str, citing: Path) -> bool:
    candidates = (REPO / name, REPO / "docs" / name, citing.parent / name, REPO / "docs" / Path(name).name)
    return any(candidate.is_file() for candidate in candidates)


def test_every_cited_document_is_in_the_repository() -> None:
    missing = {
        f"{path.relative_to(REPO)}: {name}"
        for path in CITING
        if path.is_file()
        for name in _cited(path)
        if not _exists(name, path)
    }
    assert sorted(missing) == []
