"""Print the Debian `Depends` of a PyInstaller folder: every library its ELF files load from the system, by package.

Usage: python scripts/deb_depends.py FOLDER [--min-glibc | --over-glibc X.Y]

Each ELF file of the folder (programs, Python extensions, Qt libraries and plugins) is run through `ldd` with the
folder's `_internal` on LD_LIBRARY_PATH, as the PyInstaller bootloader sets it. What resolves outside the folder is
a system library; `dpkg -S` names its package. libc6 gets the highest GLIBC_x.y symbol version any file needs;
--over-glibc X.Y lists the files that need a newer one (what keeps the folder off UOS V20's glibc 2.28).
A library that ldd cannot find on the build machine is reported on stderr with the files that need it; the
build script installs what it can first; with --strict any other missing library is an error (OPTIONAL: the GTK
theme plugin, which Qt loads only where GTK is installed).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)")
GLIBC_VERSION = re.compile(r"GLIBC_(\d+)\.(\d+)")
# Qt's GTK theme plugin is loaded only on GTK desktops that have GTK; without it Qt uses its own look.
OPTIONAL = {"libgtk-3.so.0", "libgdk-3.so.0"}


def elf_files(folder: Path) -> list[Path]:
    """Every regular ELF file under folder."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(folder: Path, files: list[Path]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(system library path → files needing it, missing library name → files needing it)."""
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    used: dict[str, set[str]] = {}
    missing: dict[str, set[str]] = {}
    resolved_folder = folder.resolve()
    for path in files:
        output = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        name = str(path.relative_to(folder))
        for line in output.splitlines():
            match = LDD_LINE.match(line)
            if not match:
                continue
            library, target = match.groups()
            if target == "not":
                missing.setdefault(library, set()).add(name)
            elif not Path(target).resolve().is_relative_to(resolved_folder):
                used.setdefault(str(Path(target).resolve()), set()).add(name)
    return used, missing


def package_of(library: str) -> str:
    """The Debian package that owns a library file (dpkg records either the /lib or the /usr/lib spelling)."""
    candidates = [library]
    if library.startswith("/usr/lib/"):
        candidates.append(library.removeprefix("/usr"))
    elif library.startswith("/lib/"):
        candidates.append("/usr" + library)
    for candidate in candidates:
        owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if owner.returncode == 0:
            return owner.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"deb_depends: no Debian package owns {library}")


def glibc_needed(path: Path) -> tuple[int, int]:
    """The highest GLIBC_x.y symbol version one ELF file imports (``objdump -T``)."""
    highest = (2, 2)
    dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
    for line in dump.splitlines():
        if "*UND*" in line:
            for major, minor in GLIBC_VERSION.findall(line):
                highest = max(highest, (int(major), int(minor)))
    return highest


def min_glibc(files: list[Path]) -> tuple[int, int]:
    """The highest GLIBC_x.y symbol version that any file imports."""
    return max((glibc_needed(path) for path in files), default=(2, 2))


def main() -> int:
    """Print the Depends line (or, with --min-glibc, only the glibc version)."""
    folder = Path(sys.argv[1])
    files = elf_files(folder)
    if "--over-glibc" in sys.argv:
        limit = tuple(int(part) for part in sys.argv[sys.argv.index("--over-glibc") + 1].split("."))
        over = [(glibc_needed(path), path) for path in files]
        for (major, minor), path in sorted(item for item in over if item[0] > limit):
            print(f"{major}.{minor} {path.relative_to(folder)}")
        return 1 if any(needed > limit for needed, _ in over) else 0
    glibc = min_glibc(files)
    if "--min-glibc" in sys.argv:
        print(f"{glibc[0]}.{glibc[1]}")
        return 0
    used, missing = system_libraries(folder, files)
    for library, needers in sorted(missing.items()):
        print(f"deb_depends: {library} not found, needed by {', '.join(sorted(needers)[:3])}", file=sys.stderr)
    if set(missing) - OPTIONAL and "--strict" in sys.argv:
        return 1
    packages = {package_of(library) for library in used}
    packages.discard("libc6")
    depends = [f"libc6 (>= {glibc[0]}.{glibc[1]})", *sorted(packages)]
    print(", ".join(depends))
    return 0


if __name__ == "__main__":
    sys.exit(main())
