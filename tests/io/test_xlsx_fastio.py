"""The faster row writer and shared-string reader give exactly what openpyxl's own give."""

from __future__ import annotations

import datetime
import io
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.reader.strings import read_string_table as openpyxl_strings
from openpyxl.writer import excel

from gridbudget_gui.domain.document import CostItem, Factor
from gridbudget_gui.io.xlsx.fastread import load_workbook, read_string_table
from gridbudget_gui.io.xlsx.fastwrite import fast_rows, save_fast
from gridbudget_gui.io.xlsx.sheetxml import UnsafeXmlError
from gridbudget_gui.io.xlsx.write import build_workbook
from tests.conftest import FORMS, ODD_XLSX
from tests.io.xlsx_helpers import awkward_document


def _parts(save) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    stream = io.BytesIO()
    save(stream)
    with zipfile.ZipFile(stream) as package:
        return {name: package.read(name) for name in package.namelist() if name != "docProps/core.xml"}


def _assert_same_package(make) -> None:  # type: ignore[no-untyped-def]
    ours = _parts(lambda stream: save_fast(make(), stream))
    theirs = _parts(lambda stream: make().save(stream))
    assert ours.keys() == theirs.keys()
    for name, data in theirs.items():
        assert ours[name] == data, name


def test_our_workbook_is_byte_for_byte_what_openpyxl_writes(example_document) -> None:  # type: ignore[no-untyped-def]
    example_document.cost_items += [
        CostItem(
            '  leading & <trailing> "quoted"  ', [Factor(Decimal("4500.00"), "元", "4000+500")], note="a\nb\rc\td"
        ),
        CostItem("=SUM(A1)", [Factor(Decimal("0.5"), "人")]),
    ]
    for item in example_document.cost_items:
        item.recompute()
    _assert_same_package(lambda: build_workbook(example_document))
    from gridbudget_gui.io.json import read_json
    from gridbudget_gui.resources import example_path

    awkward = awkward_document(read_json(example_path()).document)
    _assert_same_package(lambda: build_workbook(awkward))


def _odd_workbook() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.row_dimensions[3].height = 30  # a styled row without cells
    sheet["A1"] = datetime.date(2024, 1, 2)
    sheet["B1"] = True
    sheet["C1"] = 1.5
    sheet["D1"] = float("nan")
    sheet["E1"] = "#N/A"
    sheet["F1"] = 10**20
    sheet["A2"] = CellRichText(["a", TextBlock(InlineFont(b=True), "b")])
    sheet["B2"] = "commented"
    sheet["B2"].comment = Comment("a note", "someone")
    sheet["C2"] = "link"
    sheet["C2"].hyperlink = "https://example.com"
    sheet["D2"] = "=A1+1"
    sheet["E2"] = " spaced"
    sheet["A5"].number_format = "0.00"  # styled, empty
    return workbook


def test_unusual_cells_are_left_to_openpyxl_and_come_out_the_same() -> None:
    _assert_same_package(_odd_workbook)


def test_the_swap_is_undone_even_when_the_save_fails() -> None:
    original = excel.WorksheetWriter
    with pytest.raises(RuntimeError), fast_rows():
        assert excel.WorksheetWriter is not original
        raise RuntimeError("disk full")
    assert excel.WorksheetWriter is original


SHARED = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">'
    "<si><t>plain</t></si>"
    '<si><r><rPr><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">项目 </t></r><r><t>名称</t></r></si>'
    "<si><t/></si>"
    '<si><t>天</t><rPh sb="0" eb="1"><t>てん</t></rPh></si>'
    "<si><t>a_x005F_x000D_b</t></si>"
    "<si><t>first</t><t>last</t><r><t>c</t><t>d</t></r><r><rPr/></r><t>he<b>x</b>llo</t></si>"
    "</sst>"
)


def test_shared_strings_read_as_openpyxl_reads_them() -> None:
    data = SHARED.encode("utf-8")
    assert read_string_table(io.BytesIO(data)) == openpyxl_strings(io.BytesIO(data))


def test_shared_strings_read_as_openpyxl_reads_them_in_every_test_workbook() -> None:
    checked = 0
    for path in [*sorted(FORMS.glob("*.xlsx")), *sorted(ODD_XLSX.rglob("*.xlsx"))]:
        try:
            with zipfile.ZipFile(path) as package:
                data = package.read("xl/sharedStrings.xml")
            expected = openpyxl_strings(io.BytesIO(data))
        except Exception:  # no table, or one openpyxl refuses: the readers' business, not this test's
            continue
        assert read_string_table(io.BytesIO(data)) == expected, path.name
        checked += 1
    assert checked > 15


def test_a_string_table_nested_in_itself_is_refused_not_shifted() -> None:
    data = SHARED.replace("<si><t>plain</t></si>", "<si><t>a</t><si><t>b</t></si></si>").encode("utf-8")
    with pytest.raises(ValueError, match="嵌套"):
        read_string_table(io.BytesIO(data))


def test_a_string_table_defining_entities_is_refused() -> None:
    bomb = '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    data = SHARED.replace("?>", "?>" + bomb, 1).replace("plain", "&b;").encode("utf-8")
    with pytest.raises(UnsafeXmlError):
        read_string_table(io.BytesIO(data))


def test_a_workbook_opens_the_same_through_the_fast_loader(example_document, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook as openpyxl_load

    path = tmp_path / "a.xlsx"
    build_workbook(example_document).save(path)
    ours, theirs = load_workbook(path), openpyxl_load(path)
    for sheet in theirs.worksheets:
        assert [[c.value for c in row] for row in sheet.iter_rows()] == [
            [c.value for c in row] for row in ours[sheet.title].iter_rows()
        ]
