"""Saving the declaration as a workbook: layout, print setup, live formulas, drop-downs, text that stays text."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridbudget_gui.domain.breakdown import breakdown_text
from gridbudget_gui.domain.document import CostItem, Factor
from gridbudget_gui.domain.money import money_in_words
from gridbudget_gui.domain.schemes import get_scheme
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.package import Package
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.io.xlsx_helpers import awkward_document, named_cell


def test_two_form_sheets_and_a_hidden_format_sheet(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == [lay.DECLARATION_SHEET, lay.TARGETS_SHEET, lay.META_SHEET]
    assert workbook[lay.META_SHEET].sheet_state == "hidden"
    assert workbook[lay.META_SHEET]["B1"].value == lay.WORKBOOK_FORMAT
    assert workbook.active.title == lay.DECLARATION_SHEET


def test_print_setup_is_a4_portrait_one_page_wide_with_page_numbers(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    example_document.cost_items = example_document.cost_items * 20  # long enough to need repeated headers
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    for sheet in (workbook[lay.DECLARATION_SHEET], workbook[lay.TARGETS_SHEET]):
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.orientation == "portrait"
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
        assert sheet.print_area
    header = named_cell(workbook, "cost.header")
    assert workbook[lay.DECLARATION_SHEET].print_title_rows == f"${header.row}:${header.row}"
    assert [c.value for c in workbook[lay.DECLARATION_SHEET][header.row]][:4] == ["序号", "支出内容", "数量1", "单位1"]


def test_line_amounts_total_and_funding_are_live_formulas(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.DECLARATION_SHEET]
    first = named_cell(workbook, "cost.lines").row
    amounts = [sheet.cell(row=first + i, column=9) for i in range(5)]
    assert amounts[0].value == f"=ROUND(C{first}*E{first}*G{first},2)"
    assert amounts[1].value == f"=ROUND(C{first + 1}*E{first + 1},2)"
    assert amounts[4].value == Decimal("80000.00") or amounts[4].value == 80000  # a lump sum is its value
    assert all(cell.number_format == "#,##0.00" for cell in amounts)
    total = named_cell(workbook, "cost.total")
    assert total.value == f"=SUM(I{first}:I{first + 4})"
    assert "MID(" in str(sheet.cell(row=total.row, column=3).value)  # the 大写 follows the total
    funding = named_cell(workbook, "funding.annual")
    assert funding.value == f"=SUM(D{funding.row}:H{funding.row})"
    # The typed arithmetic 45*4-22 is the factor cell's formula: visible, and the engine computes 158.
    assert sheet.cell(row=first, column=3).value == "=45*4-22"
    assert sheet.cell(row=first + 3, column=5).number_format == "#,##0.00"  # 4500.00 keeps its places


def test_text_that_looks_like_a_formula_stays_text(example_document, tmp_path: Path) -> None:
    document = awkward_document(example_document)
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    workbook = load_workbook(path)
    name = named_cell(workbook, "project.name")
    assert name.value == document.project.name
    assert name.data_type == "s"
    sheet = workbook[lay.DECLARATION_SHEET]
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    formulas = [c for c in texts if c.data_type == "f"]
    generated = ("=ROUND(", "=SUM(", "=1/2", "=4*3", "=45*4-22", '="大写：', "=A")  # =A…: the 测算说明 lines
    assert all(c.value.startswith(generated) for c in formulas), formulas
    assert {"@备注以@开头", "-减号开头", "+86 开头的文件"} <= {c.value for c in texts if c.data_type == "s"}


def test_drop_downs_offer_the_schemes_groups(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.TARGETS_SHEET]
    first = named_cell(workbook, "indicators.annual")
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    level1 = next(v for ref, v in validations.items() if f"B{first.row}" in ref)
    level2 = next(v for ref, v in validations.items() if f"C{first.row}" in ref)
    meta = workbook[lay.META_SHEET]

    def listed(validation) -> list[str]:  # type: ignore[no-untyped-def]
        ref = validation.formula1.split("!")[1].replace("$", "")
        return [c.value for row in meta[ref] for c in row]

    scheme = get_scheme("classic")
    assert listed(level1) == scheme.level1_names()
    assert "可持续影响指标" in listed(level2)
    assert level1.type == "list"


def test_wide_lines_get_enough_factor_columns_and_tall_rows(example_document, tmp_path: Path) -> None:
    example_document.cost_items.append(
        CostItem("很长的名称" * 20, [Factor(Decimal(i + 1), "个") for i in range(6)], note="")
    )
    example_document.cost_items[-1].recompute()
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.DECLARATION_SHEET]
    header = named_cell(workbook, "cost.header").row
    headers = [c.value for c in sheet[header]]
    assert [h for h in headers if h.startswith("单位")] == [f"单位{n}" for n in range(1, 7)] and headers[-2:] == [
        "金额（元）",
        "备注",
    ]
    last_line = named_cell(workbook, "cost.total").row - 1
    assert sheet.row_dimensions[last_line].height > 3 * lay.LINE_HEIGHT  # 100 CJK characters wrap to several lines


def test_failed_save_leaves_the_old_file_alone(
    example_document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"old contents")

    def packing_fails(self, stream, attachment=None) -> None:  # type: ignore[no-untyped-def]
        stream.write(b"PK\x03\x04half")
        raise ValueError("cannot pack")

    # The full disk itself is tests/io/test_safe_save.py's (/dev/full): the zip is packed in memory first.
    monkeypatch.setattr(Package, "save", packing_fails)
    with pytest.raises(DocumentError, match="无法生成 Excel 文件：cannot pack"):
        write_xlsx(example_document, path)
    assert path.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("project.overview", "“项目基本概况”"),
        ("cost_items[1].note", "测算明细第 2 行的备注"),
        ("indicators.annual[3].value", "年度绩效指标第 4 行的指标值"),
    ],
)
def test_text_longer_than_a_cell_refuses_the_xlsx_and_names_the_place(
    place: str, expected: str, example_document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Excel and WPS hold 32,767 characters in a cell; openpyxl would cut the rest off without a word.
    long_text = "很长的说明。" * 6_000  # 36,000 characters
    if place == "project.overview":
        example_document.project.overview = long_text
    elif place.startswith("cost_items"):
        example_document.cost_items[1].note = long_text
    else:
        example_document.indicators.annual[3].value = long_text
    path = tmp_path / "long.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(DocumentError) as raised:
        write_xlsx(example_document, path)
    assert expected in raised.value.cause and "36,000" in raised.value.cause and "32,767" in raised.value.cause
    assert path.read_bytes() == b"old"


def test_text_that_fits_only_before_escaping_is_refused_too(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    example_document.cost_items[0].note = "\x01" * 5_000  # 5,000 characters, written as 35,000 (_x0001_)
    with pytest.raises(DocumentError, match="35,000"):
        write_xlsx(example_document, tmp_path / "a.xlsx")
    example_document.cost_items[0].note = "字" * 32_767  # exactly a full cell: saved whole
    write_xlsx(example_document, tmp_path / "a.xlsx")
    assert read_xlsx(tmp_path / "a.xlsx").document.cost_items[0].note == "字" * 32_767


def test_a_long_breakdown_spans_rows_each_printable_and_each_formula_within_excels_limit(
    example_document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    template = example_document.cost_items[1]
    example_document.cost_items = [template.copy() for _ in range(1_000)]  # ~40 characters a line
    path = tmp_path / "many.xlsx"
    write_xlsx(example_document, path)
    formulas = load_workbook(path)
    first = named_cell(formulas, "cost.breakdown")
    sheet = formulas[lay.DECLARATION_SHEET]
    values = load_workbook(path, data_only=True)[lay.DECLARATION_SHEET]
    rows = range(first.row, sheet.max_row + 1)
    # The lines' rows, and the total line's own row when the last row of lines is full.
    block = [r for r in rows if str(sheet.cell(row=r, column=3).value).startswith(("=A", '="合计'))]
    assert len(block) > 10
    assert all(len(sheet.cell(row=r, column=3).value) < 8_192 for r in block)
    assert all(sheet.row_dimensions[r].height <= 409 for r in block)
    # Stored values: the whole breakdown, every line, for programs that do not calculate.
    text = "\n".join(values.cell(row=r, column=3).value for r in block)
    assert text == breakdown_text(example_document)


def test_every_formula_carries_its_value(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    missing = [
        f"{sheet.title}!{cell.coordinate}"
        for sheet in formulas.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f" and values[sheet.title][cell.coordinate].value is None
    ]
    assert missing == []
    total = named_cell(values, "cost.total")
    assert Decimal(str(total.value)) == example_document.cost_total
    words = values[lay.DECLARATION_SHEET].cell(row=total.row, column=3).value
    assert words == f"大写：{money_in_words(example_document.cost_total)}"
    targets = values[lay.TARGETS_SHEET]
    shown = [c.value for row in targets.iter_rows(max_row=8) for c in row]
    assert example_document.project.name in shown and example_document.unit.name in shown


def test_a_20000_character_field_spans_rows_under_409_points_and_comes_back_whole(
    example_document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [f"第{i}段。" + "推进网格化管理，" * 20 for i in range(100)]
    paragraphs[50] = "一段没有换行的很长的文字，" * 400  # longer than one row can show
    example_document.goals.mid_term = "\n".join(paragraphs)
    assert len(example_document.goals.mid_term) > 20_000
    path = tmp_path / "long.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.TARGETS_SHEET]
    first = named_cell(workbook, "goals.mid_term").row
    pieces = [r for r in range(first, sheet.max_row) if sheet.cell(row=r, column=3).value]
    assert len(pieces) > 10
    assert all(sheet.row_dimensions[r].height <= 409 for r in pieces)
    assert read_xlsx(path).document.goals.mid_term == example_document.goals.mid_term


def test_empty_inserted_lines_are_not_written(example_document, tmp_path: Path) -> None:
    """Lines inserted and left empty are left out of the table and of 测算说明; the filled lines read back."""
    filled = len(example_document.cost_items)
    example_document.cost_items.insert(1, CostItem())
    example_document.cost_items.append(CostItem())
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path, data_only=True)  # the values as Excel shows them
    shown = str(workbook[lay.DECLARATION_SHEET].cell(named_cell(workbook, "cost.breakdown").row, 3).value)
    assert shown.startswith("1.") and "：共0.00元" not in shown
    document = read_xlsx(path).document
    assert len(document.cost_items) == filled
    assert not any(item.is_empty for item in document.cost_items)


def test_a_sealed_sheet_writes_what_an_unsealed_one_writes() -> None:
    """Sealing rows (kept as XML once complete) changes nothing in the sheet, and refuses later writes there."""
    from gridbudget_gui.io.xlsx.package import Sheet, Styles

    def fill(sheet: Sheet, seal: bool) -> str:
        sheet.merge(1, 1, 3, 2, None)  # a block across the seal
        for row in range(1, 7):
            sheet.text(row, 3, f"第{row}行 & <b>")
            sheet.number(row, 4, Decimal(row) / 4)
            sheet.heights[row] = 20 + row
            if seal and row == 2:
                sheet.seal(3)
        sheet.merge(5, 1, 6, 4, None)
        return sheet.xml(selected=False)

    sealed = Sheet("a", [6.0] * 4, Styles())
    assert fill(sealed, seal=True) == fill(Sheet("a", [6.0] * 4, Styles()), seal=False)
    sealed = Sheet("b", [6.0] * 4, Styles())
    sealed.text(4, 1, "x")
    sealed.seal(4)
    with pytest.raises(ValueError, match="第 3 行已经写出"):
        sealed.text(3, 1, "too late")
    with pytest.raises(ValueError, match="第 2 行已经写出"):
        sealed.merge(2, 1, 5, 1, None)
    sealed.close()


def test_a_row_put_whole_takes_no_other_cell() -> None:
    """A whole row's cells come out as given; a cell or a merge over it later is refused, never misplaced."""
    from gridbudget_gui.io.xlsx.package import Sheet, Styles, cell_xml, number_body, text_body

    sheet = Sheet("a", [6.0] * 3, Styles())
    sheet.put_whole_row(2, cell_xml(1, 2, "", number_body(Decimal("1.50"))) + cell_xml(3, 2, "", text_body("元")), 3)
    with pytest.raises(ValueError, match="第 2 行已整行写出"):
        sheet.text(2, 2, "x")
    assert '<row r="2"><c r="A2"><v>1.5</v></c><c r="C2" t="inlineStr"><is><t>元</t></is></c></row>' in sheet.xml(False)
    sheet = Sheet("b", [6.0] * 3, Styles())
    sheet.put_whole_row(2, cell_xml(1, 2, "", "/>"), 1)
    sheet.merge(1, 2, 3, 2, None)
    with pytest.raises(ValueError, match="整行写出"):
        sheet.xml(False)
    sheet.close()
