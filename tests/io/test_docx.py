"""The Word export: both tables, the 大写, Song as the East Asian font, A4, page numbers; LibreOffice reads it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from gridbudget_gui.domain.money import money_in_words
from gridbudget_gui.io.formats import save_document
from tests.io import word_xml
from tests.io.pdf_tools import text as pdf_text
from tests.libreoffice import SOFFICE, convert, needs_libreoffice

# Debian splits LibreOffice: Calc alone (libreoffice-calc-nogui) cannot open a .docx; Writer is libsw*.
HAS_WRITER = SOFFICE is not None and any(Path(SOFFICE).resolve().parent.glob("libsw*"))


def test_the_example_as_word_holds_both_forms_and_the_words(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    word = docx.Document(str(path))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert f"大写：{money_in_words(example_document.cost_total)}" in cells
    assert "5,345,800.00" in cells
    assert all(item.name in cells for item in example_document.cost_items)
    assert all(i.name in cells for i in example_document.indicators.annual)
    paragraphs = [p.text for p in word.paragraphs]
    assert "项目申报书" in paragraphs and "项目绩效目标表" in paragraphs
    section = word.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert word_xml.footer_fields(path) == ["PAGE", "NUMPAGES"]
    fonts = word_xml.body_east_asian_fonts(path)
    assert fonts <= {"宋体", "黑体"} and "宋体" in fonts
    # 一级指标 is one merged cell per group: vertically merged cells share one text.
    annual = word.tables[-2]
    level1 = [row.cells[1].text for row in annual.rows[1:]]
    assert level1.count("产出指标") == sum(1 for i in example_document.indicators.annual if i.level1 == "产出指标")
    assert word_xml.is_vertically_merged(path, -2, 1, 1)
    assert not word_xml.is_vertically_merged(path, -2, 1, 2)  # the 二级指标 beside it is one cell a row


def test_control_characters_do_not_stop_the_export(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    example_document.project.name = "名称\x01带控制符"
    save_document(example_document, tmp_path / "a.docx")
    assert "名称带控制符" in [
        c.text for t in docx.Document(str(tmp_path / "a.docx")).tables for r in t.rows for c in r.cells
    ]


@pytest.mark.slow
@needs_libreoffice
@pytest.mark.skipif(not HAS_WRITER, reason="LibreOffice Writer is not installed")
def test_libreoffice_writer_prints_the_word_export(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    text = pdf_text(convert(path, "pdf", tmp_path / "lo")).replace(" ", "")
    assert "项目申报书" in text and "项目绩效目标表" in text
    assert money_in_words(example_document.cost_total) in text
    assert "第1页，共" in text


def _grid_cm(table) -> list[float]:  # type: ignore[no-untyped-def]
    return [round(column.width.cm, 2) for column in table.columns]


def test_the_tables_stand_on_a_real_grid_and_the_cost_table_is_a_form(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The grid carries the widths (LibreOffice sizes by it): the label column a fifth of the page, not half;
    the cost header repeats on each page, no row splits, the lines before 合计 keep with it."""
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    word = docx.Document(str(path))
    fields, costs = word.tables[0], word.tables[1]
    label, value = _grid_cm(fields)
    assert label < 4.0 and value > 12.0
    assert abs(sum(_grid_cm(costs)) - 16.0) < 0.05
    rows = word_xml.row_properties(path, 1)
    assert rows[0] >= {"tblHeader", "cantSplit"} and all("cantSplit" in row for row in rows)
    assert all("tblHeader" not in row for row in rows[1:])
    assert word_xml.kept_with_next(path, 1)[-5:] == [False, True, True, True, False]  # 3 lines go with 合计
    lump = example_document.cost_items[-1]
    assert [cell.text for cell in costs.rows[5].cells][2:4] == ["共80,000.00元", "80,000.00"] and lump.is_lump_sum


def test_indicators_print_in_the_schemes_order_as_in_the_pdf(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.domain.schemes import ordered_matrix

    path = tmp_path / "a.docx"
    save_document(example_document, path)
    annual = docx.Document(str(path)).tables[-2]
    expected = ordered_matrix(example_document.indicators.annual, example_document.scheme)
    assert [row.cells[3].text for row in annual.rows[1:]] == [indicator.name for indicator in expected]
    # A short matrix is kept whole on one page: every row but its last is kept with the next.
    assert word_xml.kept_with_next(path, -2) == [True] * len(expected) + [False]


def test_a_long_matrix_keeps_each_group_with_its_rows(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.domain.document import Indicator
    from gridbudget_gui.domain.schemes import ordered_matrix

    example_document.indicators.annual += [
        Indicator("产出指标", "数量指标", f"第{n}批覆盖社区个数", f"{n}个") for n in range(1, 41)
    ]
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    expected = ordered_matrix(example_document.indicators.annual, example_document.scheme)
    last_of_group = [
        index == len(expected) - 1 or expected[index + 1].level1 != indicator.level1
        for index, indicator in enumerate(expected)
    ]
    assert word_xml.kept_with_next(path, -2)[1:] == [not last for last in last_of_group]


def test_a_long_declaration_is_built_without_looking_up_cells(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The export's work grows with the lines: no table.cell(row, col), which walks the whole table each time."""
    import sys

    from docx.table import Table

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from common import big_declaration

    def refused(*_args: object) -> None:
        raise AssertionError("table.cell() is quadratic")

    monkeypatch.setattr(Table, "cell", refused)
    document = big_declaration(2_000)
    save_document(document, tmp_path / "big.docx")
    costs = docx.Document(str(tmp_path / "big.docx")).tables[1]
    assert len(costs.rows) == 2_000 + 2


@pytest.mark.slow
@needs_libreoffice
@pytest.mark.skipif(not HAS_WRITER, reason="LibreOffice Writer is not installed")
def test_libreoffice_prints_every_amount_whole_and_the_cost_header_on_every_page(tmp_path: Path) -> None:
    """A 120-line declaration printed by LibreOffice: each amount on one printed line, the header over the
    lines on every page the cost table runs onto."""
    import sys

    from gridbudget_gui.domain.money import format_money
    from tests.io.pdf_tools import page_count, run

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from common import big_declaration

    document = big_declaration(120)
    path = tmp_path / "d120.docx"
    save_document(document, path)
    printed = convert(path, "pdf", tmp_path / "lo")
    pages = [
        run("pdftotext", "-layout", "-f", str(n), "-l", str(n), str(printed), "-")
        for n in range(1, page_count(printed) + 1)
    ]
    tokens = {token for page in pages for token in page.split()}
    amounts = {format_money(item.amount) for item in document.cost_items} | {format_money(document.cost_total)}
    assert amounts <= tokens
    with_lines = [page for page in pages if "（第" in page and "批）" in page]
    assert len(with_lines) >= 3
    assert all("测算依据" in page and "金额（元）" in page for page in with_lines)


def test_the_systems_columns_turn_the_matrices_across_the_page(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With 计算符号, 权重… filled, the matrices go on landscape pages (as in the PDF), each with the columns its
    own rows fill, and the page turns upright again after them."""
    for indicator in example_document.indicators.annual[:3]:
        indicator.operator, indicator.unit, indicator.weight = "≥", "人", "10"
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    word = docx.Document(str(path))
    orientations = [(round(s.page_width.cm, 1), round(s.page_height.cm, 1)) for s in word.sections]
    assert orientations == [(21.0, 29.7), (29.7, 21.0), (21.0, 29.7)]
    mid_term, annual = word.tables[-3], word.tables[-2]
    assert [cell.text for cell in annual.rows[0].cells][5:] == ["计算符号", "计量单位", "权重"]
    assert len(mid_term.columns) == 5
    assert sum(column.width.cm for column in annual.columns) > 24
