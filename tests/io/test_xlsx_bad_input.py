"""Odd and hostile workbooks: each opens or fails with one clear line naming the file and the cause."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gridbudget_gui.cli import main
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.conftest import ODD_XLSX
from tests.io.ole import compound_file
from tests.work import calls_made

ODD_FILES = sorted(ODD_XLSX.rglob("*.xlsx"))

SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    "<si><t>&lol4;</t></si></sst>"
)


def _assert_one_clear_line(error: DocumentError, path: Path) -> None:
    message = str(error)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.cause), message  # the cause is in Chinese
    assert "Traceback" not in message


@pytest.mark.parametrize("path", ODD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_odd_workbooks_open_or_fail_clearly(path: Path) -> None:
    try:
        loaded = load_document(path)
    except DocumentError as error:
        _assert_one_clear_line(error, path)
    else:
        assert loaded.foreign


def test_odd_files_are_in_the_repository_with_their_licences() -> None:
    # A missing folder must fail here, not shrink the parametrized test above to nothing.
    counts = {folder.name: len(list(folder.glob("*.xlsx"))) for folder in ODD_XLSX.iterdir() if folder.is_dir()}
    assert counts == {"calamine": 23, "excelize": 6, "tealeg": 11}
    assert all((ODD_XLSX / folder / "LICENSE").is_file() for folder in counts)


@pytest.fixture
def saved(example_document, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "good.xlsx"
    write_xlsx(example_document, path)
    return path


def _rezip(source: Path, target: Path, replace: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = replace.get(info.filename, old.read(info.filename))
            new.writestr(info.filename, data)
        for name, data in replace.items():
            if name not in old.namelist():
                new.writestr(name, data)
    return target


def _bad_files(saved: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    truncated = folder / "truncated.xlsx"
    truncated.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])
    not_workbook = folder / "photos.xlsx"
    with zipfile.ZipFile(not_workbook, "w") as package:
        package.writestr("readme.txt", "hello")
    word = folder / "letter.xlsx"
    with zipfile.ZipFile(word, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<document/>")
    with zipfile.ZipFile(saved) as package:
        rels = package.read("xl/_rels/workbook.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    # openpyxl writes inline strings, so give the workbook a shared-string part to carry the bomb.
    rels = rels.replace(
        "</Relationships>", f'<Relationship Id="rIdBomb" Type="{SST_TYPE}" Target="sharedStrings.xml"/></Relationships>'
    )
    types = types.replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_CONTENT}"/></Types>'
    )
    bomb = _rezip(
        saved,
        folder / "bomb.xlsx",
        {"xl/sharedStrings.xml": BOMB, "xl/_rels/workbook.xml.rels": rels, "[Content_Types].xml": types},
    )
    sheet_bomb = _rezip(
        saved, folder / "sheetbomb.xlsx", {"xl/worksheets/sheet1.xml": BOMB.replace("sst", "worksheet")}
    )
    encrypted = folder / "secret.xlsx"
    encrypted.write_bytes(compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x00" * 5000}))
    other_ole = folder / "old.xls"
    other_ole.write_bytes(compound_file({"WordDocument": b"\x00" * 10}))
    empty = folder / "empty.xlsx"
    empty.write_bytes(b"")
    garbage = folder / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    broken_xml = _rezip(saved, folder / "brokenxml.xlsx", {"xl/worksheets/sheet1.xml": "<worksheet><sheetData><row>"})
    return {
        "truncated": (truncated, "损坏"),
        "not a workbook": (not_workbook, "不是 Excel 工作簿"),
        "word": (word, "Word"),
        "entity bomb": (bomb, "不安全的 XML"),
        "entity bomb in a sheet": (sheet_bomb, "不安全的 XML"),
        "encrypted": (encrypted, "文件已加密"),
        "other ole": (other_ole, "Word"),
        "empty": (empty, "无法识别"),
        "garbage": (garbage, "损坏"),
        "broken xml": (broken_xml, "损坏"),
    }


def test_hostile_and_broken_files_fail_with_one_clear_line(saved: Path, tmp_path: Path) -> None:
    for name, (path, cause) in _bad_files(saved, tmp_path).items():
        with pytest.raises(DocumentError) as raised:
            load_document(path)
        _assert_one_clear_line(raised.value, path)
        assert cause in raised.value.cause, (name, raised.value.cause)


def test_cli_exits_2_with_one_line_and_leaves_no_output(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, _ in _bad_files(saved, tmp_path).values():
        target = tmp_path / "out.json"
        assert main(["export", str(path), str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
        assert not target.exists()
        assert main(["check", str(path)]) == 2
        capsys.readouterr()


def test_cli_in_a_real_process(saved: Path, tmp_path: Path) -> None:
    bad = _bad_files(saved, tmp_path)["encrypted"][0]
    result = subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "文件已加密" in result.stderr
    good = subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", "export", str(saved), str(tmp_path / "x.json")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert good.returncode == 0, good.stderr
    assert (tmp_path / "x.json").exists()


def test_bomb_is_refused_before_it_expands(saved: Path, tmp_path: Path) -> None:
    bomb = _bad_files(saved, tmp_path)["entity bomb"][0]
    # Refused at its DTD, before any entity is expanded: the parse makes a bounded number of calls.
    assert calls_made(lambda: load_document(bomb)) < 50_000
    with pytest.raises(DocumentError, match="不安全的 XML"):
        load_document(bomb)
