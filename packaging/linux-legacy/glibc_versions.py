"""List each ELF file of a folder with the newest GLIBC symbol version it imports; fail if any is above --limit.

Usage: python glibc_versions.py FOLDER [--limit 2.28]

`objdump -T` shows the dynamic symbols a file imports (*UND*) with their versions, GLIBC_2.2.5 to GLIBC_2.36 on
x86-64; a file needing GLIBC_2.34 refuses to load where glibc is 2.28, whatever else is installed. The lines go
to stdout, oldest first, then the newest version of all; the files above the limit go to stderr as well.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.\d+)?\b")


def elf_files(folder: Path) -> list[Path]:
    """Every regular ELF file under folder."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def newest_glibc(path: Path) -> tuple[int, int]:
    """The newest GLIBC_x.y version among the symbols path imports ((2, 0) when it imports none)."""
    dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=True).stdout
    newest = (2, 0)
    for line in dump.splitlines():
        if "*UND*" in line:
            for major, minor in GLIBC_VERSION.findall(line):
                newest = max(newest, (int(major), int(minor)))
    return newest


def main(arguments: list[str]) -> int:
    """Print every file's need and the newest; exit 1 when a file needs more than the limit."""
    folder = Path(arguments[0])
    limit = (
        tuple(int(part) for part in arguments[arguments.index("--limit") + 1].split("."))
        if "--limit" in arguments
        else None
    )
    needs = sorted((newest_glibc(path), path.relative_to(folder)) for path in elf_files(folder))
    if not needs:
        print(f"glibc_versions: no ELF file in {folder}", file=sys.stderr)
        return 1
    for (major, minor), path in needs:
        print(f"GLIBC_{major}.{minor}\t{path}")
    over = [(version, path) for version, path in needs if limit is not None and version > limit]
    for (major, minor), path in over:
        print(f"glibc_versions: {path} needs GLIBC_{major}.{minor}", file=sys.stderr)
    newest = needs[-1][0]
    print(f"{len(needs)} ELF files, newest GLIBC_{newest[0]}.{newest[1]}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
