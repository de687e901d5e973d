"""The Debian package installed on a clean Debian root, then used as a person on UOS or Debian would (minutes).

The package is GRIDBUDGET_DEB when set (scripts/build-deb.sh --smoke sets it), else built here with
scripts/build-deb.sh. The root is a `debootstrap --variant=minbase` of the build machine's Debian, made once and
kept as a tarball in the build cache (scripts/debian-root.sh); `apt install ./gridbudget_*.deb` inside it must pull
everything the program needs from Debian. The window paints on an Xvfb display of the host, which the chroot
reaches through X's abstract socket.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import struct
import subprocess
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gridbudget_gui import __version__
from tests.conftest import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="debootstrap and chroot need root"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="not a Debian system (no dpkg-deb)"),
]

SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXAMPLE_INSIDE = "/opt/gridbudget/_internal/resources/example/wujin-wangge-2021.json"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package under test: the one given, or one built now."""
    given = os.environ.get("GRIDBUDGET_DEB")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("deb")
    built = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-deb.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    (package,) = out.glob("gridbudget_*_amd64.deb")
    return package


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


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chroot]:
    """The package installed with apt into a fresh copy of the clean root."""
    made = subprocess.run(
        ["bash", str(REPO / "scripts" / "debian-root.sh")], capture_output=True, text=True, timeout=900, check=False
    )
    assert made.returncode == 0, made.stderr[-4000:]
    root = tmp_path_factory.mktemp("debian") / "root"
    root.mkdir()
    with tarfile.open(made.stdout.strip()) as tarball:
        tarball.extractall(root, filter="fully_trusted")  # a root file system: devices, setuid and all
    shutil.copy2("/etc/resolv.conf", root / "etc" / "resolv.conf")
    shutil.copy2(deb, root / "tmp" / deb.name)
    mounts = [("proc", root / "proc", ["-t", "proc", "proc"]), ("sys", root / "sys", ["--bind", "/sys"])]
    mounts.append(("dev", root / "dev", ["--bind", "/dev"]))
    mounted: list[Path] = []
    try:
        for _, target, how in mounts:
            subprocess.run(["mount", *how, str(target)], check=True, capture_output=True)
            mounted.append(target)
        chroot = Chroot(root)
        updated = chroot.run("apt-get", "update", "-qq", timeout=600)
        assert updated.returncode == 0, updated.stderr[-2000:]
        started = time.monotonic()
        # Recommends included, as a user's `apt install` does: they bring the desktop, MIME and icon caches.
        added = chroot.run(
            "apt-get", "install", "-y", "-q", f"/tmp/{deb.name}", timeout=900, DEBIAN_FRONTEND="noninteractive"
        )
        assert added.returncode == 0, added.stdout[-3000:] + added.stderr[-3000:]
        print(f"apt install took {time.monotonic() - started:.0f} s")
        yield chroot
    finally:
        for target in reversed(mounted):
            subprocess.run(["umount", "-l", str(target)], check=False)
        shutil.rmtree(root, ignore_errors=True)


def test_the_package_is_named_for_the_version_and_declares_its_depends(deb: Path) -> None:
    assert deb.name == f"gridbudget_{__version__}_amd64.deb"
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    for package in ("libc6 (>= 2.", "libgssapi-krb5-2", "libcups2", "xkb-data", "fontconfig-config"):
        assert package in depends, package
    maintainer = next(line for line in fields.splitlines() if line.startswith("Maintainer:"))
    assert maintainer == "Maintainer: GridBudget developers <gridbudget@users.noreply.github.com>"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./opt/gridbudget/gridbudget",
        "./usr/bin/gridbudget -> /opt/gridbudget/gridbudget",
        "./usr/share/applications/gridbudget.desktop",
        "./usr/share/mime/packages/gridbudget.xml",
        "./usr/share/doc/gridbudget/changelog.gz",
        *(f"./usr/share/icons/hicolor/{size}x{size}/apps/gridbudget.png" for size in ICON_SIZES),
    ):
        assert path in listing, path


def test_the_changelog_names_this_version_and_the_maintainer(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    text = gzip.decompress((tmp_path / "usr/share/doc/gridbudget/changelog.gz").read_bytes()).decode("utf-8")
    assert text.startswith(f"gridbudget ({__version__}) ")
    assert "-- GridBudget developers <gridbudget@users.noreply.github.com>  " in text
    for size in ICON_SIZES:  # each size drawn for itself, not one picture scaled
        png = (tmp_path / f"usr/share/icons/hicolor/{size}x{size}/apps/gridbudget.png").read_bytes()
        assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (size, size)


def test_the_command_prints_its_version(installed: Chroot) -> None:
    shown = installed.run("gridbudget", "--version")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"GridBudget {__version__}"


def test_export_writes_a_pdf_with_the_bundled_font(installed: Chroot) -> None:
    exported = installed.run("gridbudget", "export", EXAMPLE_INSIDE, "/tmp/example.pdf")
    assert exported.returncode == 0, exported.stderr
    pdf = installed.root / "tmp" / "example.pdf"
    if shutil.which("pdffonts") is None:
        assert pdf.read_bytes().startswith(b"%PDF")
        return
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "UMing" in fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "项目申报书" in "".join(text.split())


def test_check_runs_from_the_cli_command(installed: Chroot) -> None:
    checked = installed.run("gridbudget-cli", "check", "--json", EXAMPLE_INSIDE)
    assert checked.returncode in (0, 1), checked.stderr
    (report,) = json.loads(checked.stdout)["files"]
    assert report["ok"]


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="xvfb not installed")
def test_the_window_paints_on_a_real_x_display(installed: Chroot) -> None:
    # -displayfd: Xvfb picks a free display number and writes it, so parallel runs do not collide.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        display = ":" + server.stdout.readline().strip()
        assert display != ":", "Xvfb did not start"
        # The platform plugin is Qt's default for X (xcb), loaded with the libraries the package pulled in.
        started = installed.run("gridbudget", "--example", "--smoke", timeout=120, DISPLAY=display)
        assert started.returncode == 0, started.stderr[-3000:]
        assert "first paint after" in started.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()


def test_the_desktop_entry_is_valid_and_the_default_for_xlsx(installed: Chroot) -> None:
    valid = installed.run("desktop-file-validate", "/usr/share/applications/gridbudget.desktop")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    queried = installed.run("xdg-mime", "query", "default", SPREADSHEET)
    assert queried.stdout.strip() == "gridbudget.desktop", queried.stdout + queried.stderr
    cache = (installed.root / "usr/share/applications/mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/vnd.ms-excel=gridbudget.desktop;" in cache
    assert "application/x-gridbudget+json=gridbudget.desktop;" in cache


def test_our_json_files_are_told_from_other_json_by_content(installed: Chroot) -> None:
    # update-mime-database ran (postinst or its trigger): GridBudget's type is known to the desktop.
    assert (installed.root / "usr/share/mime/application/x-gridbudget+json.xml").is_file()
    magic = (installed.root / "usr/share/mime/magic").read_bytes()
    assert b'"gridbudget-document"' in magic
    assert (installed.root / "usr/share/icons/hicolor/256x256/apps/gridbudget.png").is_file()


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (libglib2.0-bin) not installed")
def test_the_desktop_tells_our_json_from_other_json(installed: Chroot, tmp_path: Path) -> None:
    # GLib's type guess (what GNOME, deepin and the file managers use) over the MIME database the package
    # installed: our declarations by their format marker, any other .json stays JSON.
    ours, other = tmp_path / "申报书.json", tmp_path / "other.json"
    shutil.copy2(installed.root / EXAMPLE_INSIDE.lstrip("/"), ours)
    other.write_text('{"format": "something-else", "rows": []}\n', encoding="utf-8")
    env = {**os.environ, "XDG_DATA_DIRS": str(installed.root / "usr" / "share"), "XDG_DATA_HOME": str(tmp_path)}

    def content_type(path: Path) -> str:
        shown = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        return shown.split("standard::content-type:")[1].strip()

    assert content_type(ours) == "application/x-gridbudget+json"
    assert content_type(other) == "application/json"
