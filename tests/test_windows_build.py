"""The Windows build (scripts/build-windows.sh) run under Wine as a Windows user would run it (minutes).

The folder under test is GRIDBUDGET_WINDOWS_DIST when set (scripts/build-windows.sh --smoke sets it), else it is
built here into a temporary folder. Each program runs under the build's Wine prefix (scripts/wine/run.sh), whose
system32 holds the stub DLLs Qt needs under Wine only; the shipped folder and zip must not hold them. What the
Windows programs make is compared with what the Linux source makes of the same input.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gridbudget_gui import __version__
from tests.conftest import COLLEAGUE_FORM, REPO

WINE = Path("/usr/lib/wine/wine64")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sys.platform != "linux" or (not WINE.exists() and os.geteuid() != 0),
        reason="needs Wine (apt-get install wine64 wine), or root so that scripts/build-windows.sh installs it",
    ),
]

EXAMPLE = REPO / "resources" / "example" / "wujin-wangge-2021.json"
RUN = REPO / "scripts" / "wine" / "run.sh"
STUBS = {"icuuc.dll", "mscms.dll", "bcryptprimitives.dll"}
RT_ICON, RT_GROUP_ICON, RT_VERSION = 3, 14, 16
needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Windows folder: the one given, or one built now."""
    given = os.environ.get("GRIDBUDGET_WINDOWS_DIST")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("windows")
    built = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-windows.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return out / "gridbudget"


def windows_path(path: Path) -> str:
    """The path as a Windows program under Wine sees it (drive Z: is the Linux root)."""
    return "Z:" + str(path.resolve())


def wine(program: Path, *args: str, display: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a Windows program of the build under Wine; with display, on a fresh Xvfb screen (xvfb-run)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DISPLAY"))}
    env.pop("GRIDBUDGET_DEBUG", None)
    # A Chinese Windows: code page 936, so output that goes to a pipe is GBK. (The frozen Python ignores
    # PYTHONIOENCODING; in Wine's default English locale Chinese would come out as "?".)
    env["LANG"] = env["LC_ALL"] = "zh_CN.UTF-8"
    command = ["bash", str(RUN), str(program), *args]
    if display:
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", *command]
    # A session of its own, so that a hung program (a Qt message box nobody can click) is killed with all of
    # Wine's processes it started, instead of holding the pipes open after the timeout.
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="gbk",
        errors="replace",
        env=env,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(
            f"{program.name} {' '.join(args)} did not finish in {timeout:.0f} s: {stdout[-1000:]}{stderr[-1000:]}"
        )
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def linux(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The same command run from the Linux source checkout, for comparison."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def cli(dist: Path) -> Path:
    """The console program."""
    return dist / "gridbudget-cli.exe"


def pdf_pages(pdf: Path) -> int:
    """The page count pdfinfo reads."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def pe_resources(path: Path) -> dict[int, list[bytes]]:
    """The resources of a PE file, by numeric type: a small reader of the resource directory (PE/COFF spec)."""
    data = path.read_bytes()
    header = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[header : header + 4] == b"PE\0\0", f"{path.name} is not a PE file"
    sections_count, optional_size = (
        struct.unpack_from("<H", data, header + 6)[0],
        struct.unpack_from("<H", data, header + 20)[0],
    )
    optional = header + 24
    directories = optional + (112 if struct.unpack_from("<H", data, optional)[0] == 0x20B else 96)
    resource_rva = struct.unpack_from("<I", data, directories + 8 * 2)[0]
    sections = optional + optional_size

    def offset(rva: int) -> int:
        for index in range(sections_count):
            virtual_size, address, raw_size, raw_pointer = struct.unpack_from("<IIII", data, sections + 40 * index + 8)
            if address <= rva < address + max(virtual_size, raw_size):
                return raw_pointer + rva - address
        raise ValueError(f"RVA {rva:#x} is in no section")

    base = offset(resource_rva)

    def entries(directory: int) -> list[tuple[int, int]]:
        named, numbered = struct.unpack_from("<HH", data, base + directory + 12)
        return [struct.unpack_from("<II", data, base + directory + 16 + 8 * i) for i in range(named + numbered)]

    found: dict[int, list[bytes]] = {}
    for kind, names in entries(0):
        for _, languages in entries(names & 0x7FFFFFFF):
            for _, leaf in entries(languages & 0x7FFFFFFF):
                rva, size = struct.unpack_from("<II", data, base + leaf)
                found.setdefault(kind, []).append(data[offset(rva) : offset(rva) + size])
    return found


def test_the_folder_and_zip_hold_both_programs_and_no_wine_stub(dist: Path) -> None:
    assert cli(dist).is_file() and (dist / "gridbudget.exe").is_file()
    shipped = {path.name.lower() for path in dist.rglob("*")}
    assert not shipped & STUBS, "a DLL made only for Wine is in the shipped folder"
    archive = dist.parent / f"GridBudget-{__version__}-windows-x64.zip"
    with zipfile.ZipFile(archive) as zipped:
        names = [name for name in zipped.namelist() if not name.endswith("/")]
    assert not {Path(name).name.lower() for name in names} & STUBS
    assert len(names) == sum(1 for path in dist.rglob("*") if path.is_file())
    assert all(name.startswith("gridbudget/") for name in names)  # unpacks into one folder
    assert (dist / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll").is_file()
    assert (dist / "_internal" / "resources" / "fonts" / "uming.ttc").is_file()


@pytest.mark.parametrize("name", ["gridbudget.exe", "gridbudget-cli.exe"])
def test_each_program_carries_the_version_resource_and_the_icon(dist: Path, name: str) -> None:
    resources = pe_resources(dist / name)
    (version_block,) = resources[RT_VERSION]
    text = version_block.decode("utf-16-le", errors="replace")
    assert "GridBudget 项目申报书编辑器" in text and __version__ in text
    assert f"{name}" in text  # OriginalFilename
    fixed = version_block.index(struct.pack("<I", 0xFEEF04BD))
    most, least = struct.unpack_from("<II", version_block, fixed + 8)
    numbers = [int(part) for part in __version__.split(".")][:3]
    assert [most >> 16, most & 0xFFFF, least >> 16] == numbers
    ico = (REPO / "resources" / "icons" / "gridbudget.ico").read_bytes()
    (group,) = resources[RT_GROUP_ICON]
    assert struct.unpack_from("<H", group, 4)[0] == struct.unpack_from("<H", ico, 4)[0]  # same number of sizes
    first_image_size, first_image_offset = struct.unpack_from("<II", ico, 6 + 8)
    assert ico[first_image_offset : first_image_offset + first_image_size] in resources[RT_ICON]


def test_the_console_program_prints_its_version(dist: Path) -> None:
    shown = wine(cli(dist), "--version")
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert shown.stdout.strip().splitlines()[-1] == f"GridBudget {__version__}"


@needs_poppler
def test_export_to_pdf_embeds_the_font_and_matches_the_linux_page_count(dist: Path, tmp_path: Path) -> None:
    target = tmp_path / "windows.pdf"
    exported = wine(cli(dist), "export", windows_path(EXAMPLE), windows_path(target))
    assert exported.returncode == 0, exported.stdout[-2000:] + exported.stderr[-2000:]
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and any("UMing" in row[0] for row in rows)
    assert all(row[-5] == "yes" for row in rows), fonts  # the "emb" column: every font is embedded
    reference = tmp_path / "linux.pdf"
    assert linux("export", EXAMPLE, reference).returncode == 0
    assert pdf_pages(target) == pdf_pages(reference)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "五进网格" in "".join(text.split())


def test_export_to_xlsx_writes_both_sheets(dist: Path, tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "windows.xlsx"
    exported = wine(cli(dist), "export", windows_path(EXAMPLE), windows_path(target))
    assert exported.returncode == 0, exported.stdout[-2000:] + exported.stderr[-2000:]
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[:2] == ["项目申报书", "项目绩效目标表"]
    assert workbook.worksheets[0]["A1"].value == "项目申报书"


def test_check_of_a_colleagues_form_finds_what_linux_finds(dist: Path) -> None:
    checked = wine(cli(dist), "check", "--json", windows_path(COLLEAGUE_FORM))
    assert checked.returncode == 1, checked.stdout[-2000:] + checked.stderr[-2000:]
    (report,) = json.loads(checked.stdout)["files"]
    on_linux = json.loads(linux("check", "--json", COLLEAGUE_FORM).stdout)["files"][0]
    assert report["ok"] and on_linux["ok"]
    found = [(finding["rule"], finding["where"]) for finding in report["findings"]]
    assert found == [(finding["rule"], finding["where"]) for finding in on_linux["findings"]]
    assert ("indicator.cost-empty", "indicators.annual[3].value") in found
    assert ("file.unplaced", "绩效目标表!E4") in found  # a Chinese sheet name, read and printed intact
    assert [finding["message"] for finding in report["findings"]] == [f["message"] for f in on_linux["findings"]]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb not installed")
def test_the_window_program_paints_the_example_with_the_windows_platform_plugin(dist: Path) -> None:
    # Not offscreen: under Wine, app.quit() after the first paint spins there (docs/pitfalls.md). Under Xvfb Qt uses
    # its normal Windows plugin (qwindows.dll), drawn by Wine's X11 driver.
    started = wine(dist / "gridbudget.exe", "--example", "--smoke", display=True)
    assert started.returncode == 0, started.stdout[-2000:] + started.stderr[-2000:]
    assert "first paint after" in started.stdout
    assert "Traceback" not in started.stderr


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb not installed")
@needs_poppler
def test_the_window_program_previews_and_prints_to_a_pdf_printer(dist: Path, tmp_path: Path) -> None:
    # Print and print preview go through QtPdf (Qt6Pdf.dll), which stopped the process under Wine until the
    # prefix had bcryptprimitives.dll (scripts/wine/bcryptprimitives.c); the printer is Qt's PDF printer.
    # A space in the name; not Chinese: Wine turns Windows file names into Linux ones through the Linux locale, and
    # a machine without zh_CN.UTF-8 (locales not generated) cannot name the file (the program's paths are fine).
    target = tmp_path / "printed copy.pdf"
    started = wine(dist / "gridbudget.exe", "--example", "--smoke", "--smoke-print", windows_path(target), display=True)
    assert started.returncode == 0, started.stdout[-2000:] + started.stderr[-2000:]
    reference = tmp_path / "linux.pdf"
    assert linux("export", EXAMPLE, reference).returncode == 0
    pages = pdf_pages(reference)
    assert f"print preview: {pages} pages" in started.stdout
    assert f"printed: {pages} pages" in started.stdout
    assert pdf_pages(target) == pages
    print(*[line for line in started.stdout.splitlines() if line.startswith(("print", "first"))], sep="\n")


def test_the_folder_ships_only_the_languages_the_program_speaks(dist: Path) -> None:
    catalogues = sorted(path.name for path in dist.rglob("*.qm"))
    assert len(catalogues) <= 6, catalogues
    assert {"qtbase_zh_CN.qm", "gridbudget_en.qm"} <= set(catalogues)
    shipped = {path.name.lower() for path in dist.rglob("*")}
    for unused in ("opengl32sw.dll", "qopensslbackend.dll", "qschannelbackend.dll", "qnetworklistmanager.dll"):
        assert unused not in shipped, unused
