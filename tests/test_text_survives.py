"""User text survives every format unchanged: formula-like text, control characters, emoji, rare CJK and
10,000-character fields, through JSON, our xlsx, LibreOffice re-saving that xlsx, and the PDF.

Decisions tested here:
- Control characters that XML 1.0 cannot hold (U+0001, U+000B…) are written as Excel writes them,
  ``_x0001_``; Excel, LibreOffice and our reader turn them back into the character. A literal
  ``_x0041_`` typed by the user is protected as ``_x005F_x0041_`` so it does not come back as "A".
- A carriage return is a line break: "\\r\\n" and "\\r" come back from xlsx as "\\n".
- The PDF cannot draw what its font lacks (emoji; CJK beyond the BMP such as 𠀀, and a few of Extension A
  such as 䶵; control characters): those are left out of the printed text (controls print as a space);
  everything else is printed as typed.
- Known loss: LibreOffice re-saving our xlsx turns a literal "_x0041_" into "A" (it does not re-escape).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.schemes import ordered_matrix
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.resources import example_path
from tests.io import pdf_tools
from tests.libreoffice import convert, needs_libreoffice

TEXTS = {
    "formula": "=1+1",
    "formula call": '=HYPERLINK("http://example.com","点我")',
    "plus": "+86 138 8809 9030",
    "minus": "-5%（同比下降）",
    "at": "@SUM(A1:A3)",
    "control characters": "第一项\x01第二项\x0b第三项\x1f完",
    "escape look-alike": "_x0041_ 与 _x005F_ 原样保留",
    "emoji": "按时完成👍🏽😀",
    "rare CJK": "𠀀龘䶵𪚥",
    "tab and newline": "甲\t乙\n丙",
    "long": "预算说明" * 2_500,  # 10,000 characters
}


def _font_lacks(ch: str) -> bool:
    """True for a character the bundled PDF font has no glyph for (emoji, most CJK beyond the BMP, controls)."""
    from reportlab.pdfbase import pdfmetrics

    from gridbudget_gui.io.pdf.style import register_font

    return ord(ch) not in pdfmetrics.getFont(register_font()).face.charToGlyph or not ch.isprintable()


def _document_with_texts() -> Document:
    document = load_document(example_path()).document
    for period in ("mid_term", "annual"):  # as the workbook writes them: the rows in the scheme's order
        document.indicators.matrix(period)[:] = ordered_matrix(document.indicators.matrix(period), document.scheme)
    document.project.name = TEXTS["formula"]
    document.project.overview = TEXTS["long"]
    document.project.content = TEXTS["control characters"]
    document.project.outcomes = TEXTS["tab and newline"]
    document.cost_items[2].name = TEXTS["rare CJK"]
    document.unit.phone = TEXTS["plus"]
    document.goals.annual = TEXTS["emoji"]
    document.signatures.preparer = TEXTS["escape look-alike"]
    document.cost_items[0].name = TEXTS["formula call"]
    document.cost_items[0].note = TEXTS["at"]
    document.cost_items[1].note = TEXTS["minus"]
    document.indicators.annual[0].value = TEXTS["minus"]
    document.indicators.annual[1].name = TEXTS["formula"]
    return document


def _texts_of(document: Document) -> dict[str, str]:
    return {
        "project.name": document.project.name,
        "project.overview": document.project.overview,
        "project.content": document.project.content,
        "project.outcomes": document.project.outcomes,
        "cost 3 name": document.cost_items[2].name,
        "unit.phone": document.unit.phone,
        "goals.annual": document.goals.annual,
        "signatures.preparer": document.signatures.preparer,
        "cost 1 name": document.cost_items[0].name,
        "cost 1 note": document.cost_items[0].note,
        "cost 2 note": document.cost_items[1].note,
        "indicator value": document.indicators.annual[0].value,
        "indicator name": document.indicators.annual[1].name,
    }


@pytest.fixture
def document() -> Document:
    """The example carrying every awkward text."""
    return _document_with_texts()


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_our_round_trip_keeps_every_text(document: Document, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"texts{suffix}"
    save_document(document, path)
    again = load_document(path).document
    assert _texts_of(again) == _texts_of(document)
    assert document_to_dict(again) == document_to_dict(document)


def test_xlsx_holds_no_formula_and_no_illegal_xml(document: Document, tmp_path: Path) -> None:
    path = tmp_path / "texts.xlsx"
    save_document(document, path)
    workbook = load_workbook(path)
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    user_texts = [c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))]
    assert any(c.value == "=1+1" for c in user_texts)
    for cell in user_texts:
        if cell.value in (TEXTS["formula"], TEXTS["formula call"], TEXTS["plus"], TEXTS["minus"], TEXTS["at"]):
            assert cell.data_type == "s", (cell.coordinate, cell.value)
    assert any("_x0001_" in str(c.value) for c in cells)  # the control character, escaped as Excel does


@pytest.mark.slow
@needs_libreoffice
def test_texts_survive_libreoffice_resaving(document: Document, tmp_path: Path) -> None:
    path = tmp_path / "texts.xlsx"
    save_document(document, path)
    resaved = convert(path, "xlsx", tmp_path / "lo")
    # LibreOffice wrote no formula for any user text: every cell that starts with = is a string.
    workbook = load_workbook(resaved)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in (TEXTS["formula"], TEXTS["formula call"]):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)
    # Its own text export of the first sheet shows the text, not a computed 2.
    table = convert(path, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "csv")
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8"))))
    values = {value for row in rows for value in row}
    assert TEXTS["formula"] in values
    assert TEXTS["formula call"] in values
    # And reading LibreOffice's file back gives every text unchanged, but one: LibreOffice 7.4 decodes our
    # "_x005F_x0041_" to "_x0041_" and writes that back unescaped, so any reader then sees "A".
    expected = _texts_of(document)
    expected["signatures.preparer"] = "A 与 _ 原样保留"
    assert _texts_of(load_document(resaved).document) == expected


@pytest.mark.slow
def test_pdf_prints_every_text_it_has_glyphs_for(document: Document, tmp_path: Path) -> None:
    path = tmp_path / "texts.pdf"
    save_document(document, path)
    printed = pdf_tools.text(path)
    for name, text in TEXTS.items():
        if name == "long":
            # Every character printed; a page break may fall inside a word, so count them one by one.
            assert all(printed.count(ch) >= 2_500 for ch in "预算说明")
            continue
        expected = "".join(ch for ch in text if not _font_lacks(ch) and not ch.isspace())
        assert expected in printed, (name, expected)
    assert _font_lacks("😀") and _font_lacks("𠀀") and not _font_lacks("龘")  # what the table in the README says
