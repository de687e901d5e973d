"""Print the Debian `Depends` of a PyInstaller folder from the libraries its ELF files link directly (DT_NEEDED).

Usage: python direct_depends.py FOLDER [--glibc 2.28]

scripts/deb_depends.py follows ldd, which lists every library down the chain: on Debian 12 that names packages
of Debian 12 (libffi8 under glib, for one) that Debian 11, UOS and Kylin call otherwise. The glibc 2.28 package
depends only on the libraries its own files name, found outside the folder; each of those packages brings its
own dependencies under its own system's names. Qt's GTK theme plugin is left out: Qt loads it only where GTK is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)
OPTIONAL_PLUGINS = ("libqgtk3.so",)
# glibc's own libraries: libc6, whose version the Depends states.
GLIBC = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "ld-linux-x86-64.so.2"}


def elf_files(folder: Path) -> list[Path]:
    """Every regular ELF file under folder."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_paths() -> dict[str, str]:
    """x86-64 library name → path, as the dynamic loader's cache (ldconfig -p) knows them."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in listing.splitlines():
        if "x86-64" in line and "=>" in line:
            name = line.split()[0]
            paths.setdefault(name, line.split("=>")[1].strip())
    return paths


def package_of(library: str) -> str:
    """The Debian package that owns a library file (dpkg records either the /lib or the /usr/lib spelling)."""
    candidates = [library, library.removeprefix("/usr") if library.startswith("/usr/") else "/usr" + library]
    for candidate in candidates:
        owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if owner.returncode == 0:
            return owner.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"direct_depends: no Debian package owns {library}")


def main(arguments: list[str]) -> int:
    """Print the Depends line; exit 1 when a directly linked library is nowhere to be found."""
    folder = Path(arguments[0])
    glibc = arguments[arguments.index("--glibc") + 1] if "--glibc" in arguments else "2.28"
    files = [path for path in elf_files(folder) if not path.name.startswith(OPTIONAL_PLUGINS)]
    bundled = {path.name for path in elf_files(folder)}
    needed: dict[str, set[str]] = {}
    for path in files:
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
        for name in NEEDED.findall(dump):
            if name not in bundled and name not in GLIBC:
                needed.setdefault(name, set()).add(str(path.relative_to(folder)))
    paths = system_paths()
    missing = sorted(name for name in needed if name not in paths)
    for name in missing:
        print(f"direct_depends: {name} not found, needed by {', '.join(sorted(needed[name])[:3])}", file=sys.stderr)
    if missing:
        return 1
    packages = sorted({package_of(paths[name]) for name in needed} - {"libc6"})
    print(", ".join([f"libc6 (>= {glibc})", *packages]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
