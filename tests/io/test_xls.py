"""The old binary .xls: the colleague form saved as .xls opens exactly like the .xlsx, whatever its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridbudget_gui.io.formats import load_document, sniff
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xls import read_xls
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.conftest import COLLEAGUE_FORM, as_written
from tests.libreoffice import convert, needs_libreoffice

pytestmark = [pytest.mark.slow, needs_libreoffice]


@pytest.fixture(scope="module")
def colleague_xls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The colleague's form converted to .xls by LibreOffice."""
    return convert(COLLEAGUE_FORM, "xls", tmp_path_factory.mktemp("xls"))


def test_xls_reads_like_the_xlsx(colleague_xls: Path) -> None:
    from_xls = read_xls(colleague_xls)
    from_xlsx = read_xlsx(COLLEAGUE_FORM)
    assert document_to_dict(from_xls.document) == document_to_dict(from_xlsx.document)
    assert from_xls.notes == from_xlsx.notes
    assert from_xls.foreign
    assert len(from_xls.document.cost_items) == 5
    assert len(from_xls.document.indicators.annual) == 11


def test_xls_renamed_xlsx_still_opens(colleague_xls: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "really-an-xls.xlsx"
    renamed.write_bytes(colleague_xls.read_bytes())
    assert sniff(renamed) == "xls"
    loaded = load_document(renamed)
    assert loaded.document.project.name == "全面推进“五进网格”精细化管理经费"


def test_our_workbook_saved_as_xls_by_libreoffice_reads_by_its_labels(example_document, tmp_path: Path) -> None:
    path = tmp_path / "ours.xlsx"
    write_xlsx(example_document, path)
    as_xls = convert(path, "xls", tmp_path / "lo")
    got = document_to_dict(read_xls(as_xls).document)
    expected = as_written(example_document)  # the workbook holds the matrices in the scheme's order
    for key in ("year", "unit", "funding", "goals", "indicators", "signatures", "cost_total"):
        assert got[key] == expected[key], key
    assert [item["amount"] for item in got["cost_items"]] == [item["amount"] for item in expected["cost_items"]]
