"""The glibc 2.28 package (UOS V20, Kylin V10): no bundled binary newer than glibc 2.28, installed and started on
clean Debian 11 (glibc 2.31) and Debian 12 roots (minutes; tens of minutes when it has to build the package).

The package is GRIDBUDGET_DEB_LEGACY when set (scripts/build-deb-legacy.sh --smoke sets it); with
GRIDBUDGET_BUILD_LEGACY=1 it is built here; otherwise the tests skip, since the first build compiles an
interpreter (docs/building-legacy.md gives the times). The roots are `debootstrap --variant=minbase` tarballs kept
in the build cache (scripts/debian-root.sh); the window paints on an Xvfb display of the host, which the chroot
reaches through X's abstract socket.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from gridbudget_gui import __version__
from tests.conftest import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="not a Debian system (no dpkg-deb)"),
    pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) not installed"),
]
needs_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="debootstrap and chroot need root")

GLIBC_LIMIT = (2, 28)
EXAMPLE_INSIDE = "/opt/gridbudget/_internal/resources/example/wujin-wangge-2021.json"


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package under test: the one given, one built now on request, or a skip."""
    given = os.environ.get("GRIDBUDGET_DEB_LEGACY")
    if given:
        return Path(given)
    if os.environ.get("GRIDBUDGET_BUILD_LEGACY") != "1":
        pytest.skip("no legacy package given (GRIDBUDGET_DEB_LEGACY) nor asked for (GRIDBUDGET_BUILD_LEGACY=1)")
    out = tmp_path_factory.mktemp("deb-legacy")
    built = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-deb-legacy.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=5400,
        check=False,
    )
    if built.returncode == 3:
        pytest.skip(f"the glibc 2.28 interpreter could not be built here: {built.stderr[-500:]}")
    assert built.returncode == 0, built.stderr[-4000:]
    (package,) = out.glob("gridbudget_*_amd64.deb")
    return package


def test_no_bundled_binary_needs_more_than_glibc_2_28(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    checked = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "linux-legacy" / "glibc_versions.py"),
            str(tmp_path / "opt"),
            "--limit",
            "2.28",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    lines = checked.stdout.splitlines()
    count = int(lines[-1].split()[0])
    # The interpreter, its extension modules, Qt's libraries and plugins, PySide6's modules: hundreds, not a few.
    assert count > 100, lines[-1]
    assert any(line.endswith("libpython3.13.so.1.0") for line in lines), "the interpreter's library is checked"
    assert any("libQt6Core.so" in line for line in lines), "Qt is checked"
    assert any(line.endswith("\tgridbudget/gridbudget") for line in lines), "the bootloader is checked"


def test_the_package_says_what_it_is_for(deb: Path) -> None:
    assert deb.name == f"gridbudget_{__version__}~glibc2.28_amd64.deb"
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}~glibc2.28" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    libc = depends.split("libc6 (>= ")[1].split(")")[0]
    assert tuple(int(part) for part in libc.split(".")[:2]) <= GLIBC_LIMIT, depends
    # The system's own Qt dependencies, which the package leaves to the system.
    for package in ("libfontconfig1", "libxkbcommon0", "libglib2.0-0", "libcups2", "xkb-data"):
        assert package in depends, package
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./opt/gridbudget/_internal/libpython3.13.so.1.0" in listing
    assert "libstdc++" not in listing and "libxcb.so" not in listing, "system libraries stay the system's"


class Chroot:
    """A clean Debian root with /proc, /sys and /dev mounted, for running commands as its root user."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def run(self, *command: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
        """Run a command inside the root with a plain environment (plus env)."""
        base = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8"}
        environment = [f"{key}={value}" for key, value in {**base, **env}.items()]
        return subprocess.run(
            ["chroot", str(self.root), "/usr/bin/env", "-i", *environment, *command],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


@pytest.fixture(scope="module", params=["bullseye", "bookworm"])
def installed(request: pytest.FixtureRequest, deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chroot]:
    """The package installed with apt into a fresh copy of a clean Debian 11 or 12 root."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("debootstrap and chroot need root")
    suite = str(request.param)
    made = subprocess.run(
        ["bash", str(REPO / "scripts" / "debian-root.sh")],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, "GRIDBUDGET_DEBIAN_SUITE": suite},
    )
    if made.returncode != 0:
        pytest.skip(f"no Debian {suite} root could be made here: {made.stderr[-300:]}")
    root = tmp_path_factory.mktemp(suite) / "root"
    root.mkdir()
    with tarfile.open(made.stdout.strip()) as tarball:
        tarball.extractall(root, filter="fully_trusted")  # a root file system: devices, setuid and all
    shutil.copy2("/etc/resolv.conf", root / "etc" / "resolv.conf")
    shutil.copy2(deb, root / "tmp" / deb.name)
    mounts = [(root / "proc", ["-t", "proc", "proc"]), (root / "sys", ["--bind", "/sys"])]
    mounts.append((root / "dev", ["--bind", "/dev"]))
    mounted: list[Path] = []
    try:
        for target, how in mounts:
            subprocess.run(["mount", *how, str(target)], check=True, capture_output=True)
            mounted.append(target)
        chroot = Chroot(root)
        updated = chroot.run("apt-get", "update", "-qq", timeout=600)
        assert updated.returncode == 0, updated.stderr[-2000:]
        added = chroot.run(
            "apt-get", "install", "-y", "-q", f"/tmp/{deb.name}", timeout=900, DEBIAN_FRONTEND="noninteractive"
        )
        assert added.returncode == 0, added.stdout[-3000:] + added.stderr[-3000:]
        glibc = chroot.run("ldd", "--version").stdout.splitlines()[0]
        pulled = added.stdout.split(" newly installed")[0].rsplit("\n", 1)[-1]
        print(f"{suite} ({glibc}): apt install: {pulled}")
        yield chroot
    finally:
        for target in reversed(mounted):
            subprocess.run(["umount", "-l", str(target)], check=False)
        shutil.rmtree(root, ignore_errors=True)


@needs_root
def test_the_command_prints_its_version(installed: Chroot) -> None:
    shown = installed.run("gridbudget", "--version")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"GridBudget {__version__}"


@needs_root
def test_export_writes_a_pdf(installed: Chroot) -> None:
    exported = installed.run("gridbudget", "export", EXAMPLE_INSIDE, "/tmp/example.pdf")
    assert exported.returncode == 0, exported.stderr
    assert (installed.root / "tmp" / "example.pdf").read_bytes().startswith(b"%PDF")


@needs_root
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="xvfb not installed")
def test_the_window_paints_on_a_real_x_display(installed: Chroot) -> None:
    # -displayfd: Xvfb picks a free display number and writes it, so parallel runs do not collide.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        display = ":" + server.stdout.readline().strip()
        assert display != ":", "Xvfb did not start"
        # Qt's xcb plugin from the package, on the root's own libxcb, fontconfig, glib and libstdc++.
        started = installed.run("gridbudget", "--example", "--smoke", timeout=120, DISPLAY=display)
        assert started.returncode == 0, started.stderr[-3000:]
        assert "first paint after" in started.stdout
        print(started.stdout.strip())
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()
