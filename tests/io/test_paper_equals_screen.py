"""Issue 26.3: paper equals the screen. 计算符号 and 计量单位 print on every row as the window shows them (not only
on the rows the clerk edited), and the side-by-side indicators PDF merges 一级 and carries it to the next page."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from openpyxl import load_workbook

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.targets import shown_field
from gridbudget_gui.io.docx.write import write_docx
from gridbudget_gui.io.pdf.write import write_pdf
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.io import pdf_tools


def _one_row_edited(document: Document) -> Document:
    """The example with one row's 计算符号 and 计量单位 set by the clerk: the columns appear on every output."""
    row = document.indicators.annual[0]
    row.value, row.operator, row.unit = "≥45个", "≥", "个"
    return document


def test_every_row_carries_the_derived_operator_and_unit(example_document: Document, tmp_path: Path) -> None:
    document = _one_row_edited(example_document)
    never_edited = next(row for row in document.indicators.annual if row.value == "≧95%")
    assert (never_edited.operator, never_edited.unit) == ("", "")
    assert (shown_field(never_edited, "operator"), shown_field(never_edited, "unit")) == ("≥", "%")

    workbook = tmp_path / "a.xlsx"
    write_xlsx(document, workbook)
    sheet = load_workbook(workbook)["项目绩效目标表"]
    for values in sheet.iter_rows(values_only=True):
        if never_edited.name in values:
            assert "≥" in values and "%" in values, values
            break
    else:
        raise AssertionError("row not found in the workbook")

    word = tmp_path / "a.docx"
    write_docx(document, word)
    rows = [[c.text for c in row.cells] for table in docx.Document(str(word)).tables for row in table.rows]
    found = [row for row in rows if never_edited.name in row and "≧95%" in row]
    annual = [row for row in found if row[0] == "年度绩效指标"]  # Word gives each matrix its own columns
    assert annual and all("≥" in row and "%" in row for row in annual)

    pdf = tmp_path / "a.pdf"
    write_pdf(document, pdf)
    layout = pdf_tools.text(pdf, layout=True)
    assert f"{never_edited.name}≥≧95%%" in layout  # 三级指标, 计算符号, 指标值, 计量单位 along one line


def test_side_by_side_merges_level1_and_carries_it_to_the_next_page(example_document: Document, tmp_path: Path) -> None:
    for period in ("mid_term", "annual"):
        rows = example_document.indicators.matrix(period)
        for number in range(40):  # 产出 runs over a page
            extra = copy.copy(rows[0])
            extra.name = f"覆盖个数{number}"
            rows.insert(0, extra)
    path = tmp_path / "a.pdf"
    write_pdf(example_document, path, side_by_side=True)
    pages = [pdf_tools.text(path, page) for page in range(1, pdf_tools.page_count(path) + 1)]
    with_matrix = [page for page in pages if "覆盖个数" in page]
    assert len(with_matrix) >= 2
    # One merged 产出指标 cell per half on each page the group runs over: twice a page, never once a row.
    assert all(page.count("产出指标") == 2 for page in with_matrix[:-1])
    assert with_matrix[1].count("产出指标") == 2  # carried onto the next page
