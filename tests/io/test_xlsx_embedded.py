"""The sheets are the truth: a copy of the document inside the package (``gridbudget/document.json``, which
GridBudget wrote until issue 24) is never read. An old file whose copy alone was edited reads exactly as the
same file without the copy; an edit of the sheets is read, whatever the copy says."""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.io.xlsx_helpers import awkward_document

PART = "gridbudget/document.json"
RELATIONSHIP = "urn:gridbudget:relationships:document-copy"


def _parts(archive: zipfile.ZipFile) -> list[list[Any]]:
    return sorted([info.filename, info.CRC, info.file_size] for info in archive.infolist() if info.filename != PART)


def with_old_copy(path: Path, change: Any = None) -> Path:
    """The workbook at ``path`` as an older GridBudget saved it: its document's copy as the last part, named by
    the content types and a package relationship, listing every other part with its CRC-32 and size (so that
    the old reader trusted it); ``change`` edits the copy's document before it is written."""
    with zipfile.ZipFile(path) as source:
        contents = [(info, source.read(info)) for info in source.infolist()]
    loaded = read_xlsx(path).document
    data = document_to_dict(loaded)
    if change is not None:
        change(data)
    target = path.with_name(path.stem + "-old.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, original in contents:
            body = original
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"<Default Extension=",
                    f'<Override PartName="/{PART}" ContentType="application/json"/>'.encode() + b"<Default Extension=",
                    1,
                )
            elif info.filename == "_rels/.rels":
                body = body.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId9" Type="{RELATIONSHIP}" Target="{PART}"/></Relationships>'.encode(),
                )
            archive.writestr(info, body)
        copy = {"format": "gridbudget-workbook-copy", "version": 1, "document": data, "parts": _parts(archive)}
        archive.writestr(PART, json.dumps(copy, ensure_ascii=False))
    return target


def _read(path: Path) -> tuple[dict[str, Any], list[object], bool, list[str]]:
    """Everything a user or a reviewer sees of a file: the document, the notes, the findings of ``check``."""
    loaded = read_xlsx(path)
    findings = [f"{finding.rule}@{finding.where}" for finding in check_document(loaded.document)]
    return document_to_dict(loaded.document), list(loaded.notes), loaded.foreign, findings


def _edit_amount(data: dict[str, Any]) -> None:
    data["cost_items"][0]["amount"] = "44840400.00"
    data["cost_items"][0]["factors"][0]["value"] = "1580"


def _edit_names(data: dict[str, Any]) -> None:
    data["project"]["name"] = "并非工作表中的项目名称"
    data["unit"]["name"] = "另一个单位"


def _edit_indicators(data: dict[str, Any]) -> None:
    data["indicators"]["annual"] = data["indicators"]["annual"][:1]
    data["indicators"]["annual"][0]["value"] = "100%"


def _hide_errors(data: dict[str, Any]) -> None:
    """Make the copy agree with itself: every amount its factors' product, the funding its sources' sum."""
    for item in data["cost_items"]:
        item["factors"] = []
    data["funding"]["mid_term"] = dict.fromkeys(data["funding"]["mid_term"], "0.00")
    data["funding"]["annual"] = dict.fromkeys(data["funding"]["annual"], "0.00")


EDITS = {"amount": _edit_amount, "names": _edit_names, "indicators": _edit_indicators, "errors hidden": _hide_errors}


@pytest.mark.parametrize("edit", list(EDITS.values()), ids=list(EDITS))
@pytest.mark.parametrize("prepare", [lambda d: d, awkward_document], ids=["example", "awkward"])
def test_a_copy_edited_alone_changes_nothing(example_document, tmp_path: Path, prepare, edit) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.xlsx"
    write_xlsx(prepare(example_document), path)
    old = with_old_copy(path, edit)
    with zipfile.ZipFile(old) as archive:
        assert PART in archive.namelist()
    assert _read(old) == _read(path)


def test_the_awkward_declaration_has_errors_the_copy_cannot_hide(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(awkward_document(example_document), path)
    _, _, _, findings = _read(with_old_copy(path, _hide_errors))
    assert findings  # the sheets' mismatched amount and stated 总投入 are still found


def _replace_in_part(path: Path, part: str, old: bytes, new: bytes) -> None:
    """Rewrite one part of the package, as a program that edits only that part would."""
    with zipfile.ZipFile(path) as source:
        contents = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in contents:
            if info.filename == part:
                assert old in data
            target.writestr(info, data.replace(old, new, 1) if info.filename == part else data)


def _edit_sheet(path: Path) -> None:
    """The 2580 of the first cost line (factors 158, 2580, 11) typed as 2600 in the sheet by someone else."""
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    cell = re.search(rb'<c r="(E\d+)" s="\d+"><v>2580</v></c>', sheet)
    assert cell is not None
    _replace_in_part(path, "xl/worksheets/sheet1.xml", cell[0], cell[0].replace(b"2580", b"2600"))


def _check_sheet_edit(loaded: Document, example_document: Document) -> None:
    assert loaded.cost_items[0].amount == Decimal("4518800.00")  # 158 × 2600 × 11, from the sheet
    unchanged = document_to_dict(example_document)["cost_items"][1:]
    assert document_to_dict(loaded)["cost_items"][1:] == unchanged


def test_a_sheet_edited_alone_is_read(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    old = with_old_copy(path)
    _edit_sheet(old)
    _check_sheet_edit(read_xlsx(old).document, example_document)


def test_a_sheet_and_the_copy_both_edited_read_as_the_sheet(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    old = with_old_copy(path, _edit_amount)
    _edit_sheet(old)
    _edit_sheet(path)
    _check_sheet_edit(read_xlsx(old).document, example_document)
    assert _read(old) == _read(path)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:-10], id="cut short"),
        pytest.param(lambda data: b"[" * 100_000 + b"]" * 100_000, id="nested deeper than a parser goes"),
        pytest.param(lambda data: b"\xff" * 10, id="not text"),
    ],
)
def test_a_damaged_copy_changes_nothing(example_document, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    old = with_old_copy(path)
    with zipfile.ZipFile(old) as archive:
        data = archive.read(PART)
    _replace_in_part(old, PART, data, damage(data))
    assert _read(old) == _read(path)


def test_our_workbook_carries_no_copy(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode()
        relations = archive.read("_rels/.rels").decode()
    assert not any(name.startswith("gridbudget/") or name.endswith(".json") for name in names)
    assert "json" not in types and "gridbudget" not in relations
