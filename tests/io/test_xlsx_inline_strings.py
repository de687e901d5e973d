"""The fast inline-string reading gives exactly what openpyxl's own cell parser gives, on every test workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet._reader import WorkSheetParser

from gridbudget_gui.io import xlsx_fastread
from gridbudget_gui.io.xlsx_write import write_xlsx
from tests.conftest import FORMS, ODD_XLSX


def _cells(path: Path) -> list[tuple[str, int, int, object, str]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        found = []
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            for row in sheet.iter_rows():
                found += [(sheet.title, c.row, c.column, c.value, c.data_type) for c in row if hasattr(c, "column")]
        return found
    finally:
        workbook.close()


def _workbooks(tmp_path: Path, example_document) -> list[Path]:  # type: ignore[no-untyped-def]
    ours = tmp_path / "ours.xlsx"
    example_document.project.name = "  =1+1 _x0041_ \\t 𠀀 "
    write_xlsx(example_document, ours)
    return [ours, *sorted(FORMS.glob("*.xlsx")), *sorted(ODD_XLSX.rglob("*.xlsx"))]


def test_fast_inline_strings_equal_openpyxls(tmp_path: Path, example_document, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert WorkSheetParser.parse_cell is xlsx_fastread._parse_cell  # the fast path is in place
    checked = 0
    for path in _workbooks(tmp_path, example_document):
        try:
            fast = _cells(path)
        except Exception:  # odd files openpyxl cannot read at all are the readers' business, not this test's
            continue
        with monkeypatch.context() as patch:
            patch.setattr(WorkSheetParser, "parse_cell", xlsx_fastread._openpyxl_parse_cell)
            slow = _cells(path)
        assert fast == slow, path.name
        checked += 1
    assert checked > 20
