"""The faster shared-string reader gives exactly what openpyxl's own gives."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl.reader.strings import read_string_table as openpyxl_strings

from gridbudget_gui.io.xlsx.fastread import read_string_table
from gridbudget_gui.io.xlsx.sheetxml import UnsafeXmlError
from tests.conftest import FORMS, ODD_XLSX

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
