"""The direct sheet reader gives exactly the cells openpyxl's read-only mode gives, on every test workbook
and on hand-written sheets that bend the rules (rows out of order, duplicates, shared formulas…)."""

from __future__ import annotations

import random
import shutil
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import openpyxl
import pytest
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.xlsx.book import Book
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.sheetxml import UnsafeXmlError, read_sheet
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.conftest import COLLEAGUE_FORM, FORMS, ODD_XLSX
from tests.io.fuzz_tools import mangle_xml, wrong_cell_types

Cells = dict[tuple[str, int, int], tuple[object, str, str]]


def _comparable(value: object) -> object:
    if isinstance(value, ArrayFormula | DataTableFormula):
        return (
            type(value).__name__,
            sorted(dict(value).items()) if isinstance(value, DataTableFormula) else (value.ref, value.text),
        )
    return value


def _openpyxl_cells(path: Path, data_only: bool) -> Cells:
    """What openpyxl's own read-only iteration gives: every cell with a value."""
    # Opened here and closed below: openpyxl leaves its own file open when a damaged package fails to load.
    with path.open("rb") as stream:
        return _openpyxl_stream_cells(stream, data_only)


def _openpyxl_stream_cells(stream: BinaryIO, data_only: bool) -> Cells:
    workbook = openpyxl.load_workbook(stream, read_only=True, data_only=data_only)
    try:
        found: Cells = {}
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            for row in sheet.iter_rows():
                for c in row:
                    if hasattr(c, "column") and c.value is not None:
                        found[(sheet.title, c.row, c.column)] = (_comparable(c.value), c.data_type, c.number_format)
        return found
    finally:
        workbook.close()


def _direct_cells(path: Path, data_only: bool) -> Cells:
    workbook = Book(path, data_only=data_only)
    try:
        found: Cells = {}
        for sheet in workbook.worksheets:
            for (row, column), (value, data_type, number_format) in read_sheet(sheet).items():
                found[(sheet.title, row, column)] = (_comparable(value), data_type, number_format)
        return found
    finally:
        workbook.close()


def _workbooks(tmp_path: Path, example_document) -> list[Path]:  # type: ignore[no-untyped-def]
    ours = tmp_path / "ours.xlsx"
    example_document.project.name = "  =1+1 _x0041_ \\t 𠀀 "
    write_xlsx(example_document, ours)
    return [ours, *sorted(FORMS.glob("*.xlsx")), *sorted(ODD_XLSX.rglob("*.xlsx"))]


def test_direct_reading_equals_openpyxl_on_every_test_workbook(tmp_path: Path, example_document) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for path in _workbooks(tmp_path, example_document):
        for data_only in (False, True):
            try:
                expected = _openpyxl_cells(path, data_only)
            except Exception:  # files openpyxl cannot read at all are the readers' business, not this test's
                continue
            assert _direct_cells(path, data_only) == expected, (path.name, data_only)
            checked += 1
    assert checked > 40


SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"

ODD_SHEETS = {
    "rows out of order and repeated": '<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>'
    '<row r="3"><c r="B3"><v>9</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>',
    "no addresses": '<row><c><v>1</v></c><c><v>2.5</v></c></row><row><c/><c t="b"><v>1</v></c></row>',
    "a duplicate column, the later wins": '<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>',
    "a cell left of the row's last is dropped": '<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>2</v></c></row>',
    "cell address in another row": '<row r="2"><c r="B7"><v>1</v></c></row>',
    "second v ignored, empty first": '<row r="1"><c r="A1"><v></v><v>7</v></c><c r="B1"><v>8</v><v>9</v></c></row>',
    "inline strings with runs, phonetics and a second is": '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><t>b</t>'
    '<r><t>c</t><t>e</t></r><r/><rPh sb="0" eb="1"><t>x</t></rPh></is><is><t>z</t></is></c><c r="B1" t="inlineStr"><is><r><rPr/><t xml:space="preserve"> d </t></r></is></c>'
    '<c r="C1" t="inlineStr"/><c r="D1" t="inlineStr"><is/></c></row>',
    "text with a child and a tail": '<row r="1"><c r="A1" t="inlineStr"><is><t>he<b>x</b>llo</t></is></c></row>',
    "shared and array formulas": '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c>'
    '<c r="C1"><f t="array" ref="C1:C2">SUM(B1:B2)</f><v>3</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c>'
    '<c r="D2"><f/><v>1</v></c><c r="E2"><f>1+1</f></c></row>',
    "strings, booleans, errors, dates": '<row r="1"><c r="A1" t="str"><v>x</v></c><c r="B1" t="e"><v>#N/A</v></c>'
    '<c r="C1" t="d"><v>2021-03-04T00:00:00</v></c><c r="D1" t="b"><v>0</v></c><c r="E1"><v>1E3</v></c></row>',
    "row number written as a float": '<row r="4.0"><c><v>1</v></c></row>',
}


def _with_sheet(tmp_path: Path, body: str, name: str = "odd.xlsx") -> Path:
    """A real workbook whose first sheet's XML is replaced by ``body``."""
    plain = tmp_path / "plain.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = 1
    workbook.save(plain)
    path = tmp_path / name
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (SHEET_HEAD + body + SHEET_TAIL).encode()
            target.writestr(info, data)
    return path


@pytest.mark.parametrize("body", ODD_SHEETS.values(), ids=ODD_SHEETS.keys())
def test_direct_reading_equals_openpyxl_on_odd_sheets(tmp_path: Path, body: str) -> None:
    path = _with_sheet(tmp_path, body)
    for data_only in (False, True):
        expected = _openpyxl_cells(path, data_only)
        assert expected, "the sheet has cells"
        assert _direct_cells(path, data_only) == expected


def test_a_sheet_defining_entities_is_refused_unexpanded(tmp_path: Path) -> None:
    # openpyxl (through defusedxml) already refuses it while sizing the sheet; the direct reader must too.
    bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
    xml = (SHEET_HEAD + body + SHEET_TAIL).replace("?>", "?>" + bomb, 1).encode()
    plain = _with_sheet(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info, xml if info.filename == "xl/worksheets/sheet1.xml" else source.read(info))
    workbook = Book(path)
    with pytest.raises(UnsafeXmlError):
        read_sheet(workbook.worksheets[0])
    workbook.close()


def test_a_plain_document_type_is_read_as_openpyxl_reads_it(tmp_path: Path) -> None:
    path = _with_sheet(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    xml = (SHEET_HEAD + '<row r="1"><c r="A1"><v>1</v></c></row>' + SHEET_TAIL).replace("?>", "?><!DOCTYPE worksheet>")
    odd = tmp_path / "doctype.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(odd, "w") as target:
        for info in source.infolist():
            target.writestr(info, xml.encode() if info.filename == "xl/worksheets/sheet1.xml" else source.read(info))
    assert _direct_cells(odd, False) == _openpyxl_cells(odd, False) == {("Sheet", 1, 1): (1, "n", "General")}


def test_a_row_nested_in_a_row_is_refused_not_guessed(tmp_path: Path) -> None:
    path = _with_sheet(tmp_path, '<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row></row>')
    with pytest.raises(ValueError, match="嵌套"):
        _direct_cells(path, False)


def test_our_damaged_sheet_xml_gives_one_clear_message(tmp_path: Path, example_document) -> None:  # type: ignore[no-untyped-def]
    ours = tmp_path / "ours.xlsx"
    write_xlsx(example_document, ours)
    broken = tmp_path / "broken.xlsx"
    shutil.copy(ours, broken)
    with zipfile.ZipFile(ours) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # cut off mid-sheet
            target.writestr(info, data)
    with pytest.raises(DocumentError) as raised:
        read_xlsx(broken)
    assert "broken.xlsx" in str(raised.value)
    assert "XML" in str(raised.value)


def _outcome(read: Callable[[Path, bool], Cells], path: Path, data_only: bool) -> object:
    try:
        with warnings.catch_warnings():  # as open_workbook reads: openpyxl's warnings are no refusal
            warnings.simplefilter("ignore")
            return read(path, data_only)
    except Exception as problem:  # the test compares outcomes: any refusal counts as one
        return f"refused ({type(problem).__name__})"


def test_direct_reading_equals_openpyxl_on_mutated_sheets(tmp_path: Path, example_document) -> None:  # type: ignore[no-untyped-def]
    """Differential fuzzing: damaged sheets and retyped cells give the same cells, or both are refused
    (or only openpyxl is, over a part the cells do not need: see below)."""
    ours = tmp_path / "ours.xlsx"
    write_xlsx(example_document, ours)
    seeds = [ours, COLLEAGUE_FORM, ODD_XLSX / "tealeg" / "testcelltypes.xlsx"]
    rng = random.Random(20261126)
    compared = refused = 0
    for number in range(150):
        seed = seeds[number % len(seeds)]
        mutation = (mangle_xml, wrong_cell_types)[number % 2]
        path = tmp_path / f"mutant-{number}.xlsx"
        path.write_bytes(mutation(seed.read_bytes(), rng))
        for data_only in (False, True):
            expected = _outcome(_openpyxl_cells, path, data_only)
            actual = _outcome(_direct_cells, path, data_only)
            if isinstance(expected, str):
                refused += 1
                # openpyxl also parses parts the cells never need (docProps/core.xml, every content type):
                # damage there may be read through, but then the cells must be the undamaged seed's.
                if not isinstance(actual, str):
                    assert actual == _direct_cells(seed, data_only), (path.name, data_only, expected)
            else:
                compared += 1
                assert actual == expected, (path.name, data_only)
    assert compared > 100 and refused > 10
