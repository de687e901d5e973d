"""One set of labels: the window's titles are those the workbook, Word file and PDF print (domain/labels.py)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt

from gridbudget_gui.app import make_application
from gridbudget_gui.domain import labels
from gridbudget_gui.domain.document import CostItem
from gridbudget_gui.io.docx.write import write_docx
from gridbudget_gui.io.formats import load_document
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.write import write_xlsx
from gridbudget_gui.ui import pages
from gridbudget_gui.ui.language import field_in_sentence, install_language
from gridbudget_gui.ui.models.cost import CostTableModel
from gridbudget_gui.ui.models.indicators import IndicatorTableModel
from gridbudget_gui.ui.session import DocumentSession
from tests.io.xlsx_helpers import named_cell


def _headers(model: CostTableModel | IndicatorTableModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_window_shows_the_domains_labels_in_either_language() -> None:
    app = make_application()
    assert pages.FIELD_LABELS is labels.FIELD_LABELS
    assert pages.field_label("unit.code") == "统一社会信用代码"
    try:
        install_language(app, "en")
        assert {path: pages.field_label(path) for path in labels.FIELDS} == {
            path: label.en for path, label in labels.FIELDS.items()
        }
        assert pages.field_label("signatures.date") == "Date of filing"
        assert field_in_sentence("project.basis") == "legal basis"
        assert QCoreApplication.translate("BasisList", "编辑{label}") == "Edit {label}"
    finally:
        install_language(app, "zh_CN")
    assert field_in_sentence("project.basis") == "立项依据"


def test_cost_grid_and_workbook_share_their_column_titles(example_document, tmp_path: Path) -> None:
    screen = _headers(CostTableModel(DocumentSession(example_document)))
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    header = named_cell(workbook, "cost.header")
    written = [c.value for c in workbook[lay.DECLARATION_SHEET][header.row] if c.value]
    assert written[0] == "序号"
    # The grid always shows one empty pair more than used; the workbook writes the used ones.
    pairs = (len(written) - 4) // 2
    assert screen[: 1 + 2 * pairs] == written[1 : 2 + 2 * pairs]
    # 金额 and 备注 end the workbook's table; the grid shows 经济分类科目 and 政府采购 after them.
    assert screen[-4:-2] == written[-2:]
    assert screen[1:3] == ["数量1", "单位1"]
    texts = {c.value for row in workbook[lay.DECLARATION_SHEET].iter_rows() for c in row}
    assert "统一社会信用代码" in texts
    assert not texts & {"组织机构代码", "因素一"}


def test_indicator_grid_titles_are_the_domains(example_document) -> None:
    model = IndicatorTableModel(DocumentSession(example_document), "annual")
    shown = set(_headers(model)) - {"解析"}
    assert shown <= set(labels.INDICATOR_COLUMNS.values())
    assert {"一级指标", "三级指标", "指标值", "权重"} <= shown


def test_word_file_uses_the_screens_label_for_the_code(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    write_docx(example_document, path)
    cells = {cell.text for table in WordDocument(str(path)).tables for row in table.rows for cell in row.cells}
    assert "统一社会信用代码" in cells
    assert "组织机构代码" not in cells


def test_a_workbook_with_the_former_titles_still_reads(example_document, tmp_path: Path) -> None:
    """分值 (written before the labels were shared) still reads as the indicators' 权重."""
    example_document.indicators.annual[0].weight = "20"
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.TARGETS_SHEET]
    renamed = 0
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == "权重":
                cell.value = "分值"
                renamed += 1
    declaration = workbook[lay.DECLARATION_SHEET]
    for row in declaration.iter_rows():
        for cell in row:
            if cell.value in ("统一社会信用代码", "数量1"):
                cell.value = {"统一社会信用代码": "组织机构代码", "数量1": "因素一"}[cell.value]
    assert renamed
    workbook.save(path)
    document = load_document(path).document
    assert document.indicators.annual[0].weight == "20"

    def lines(items):  # type: ignore[no-untyped-def]
        return [(i.name, i.amount, [(f.value, f.unit) for f in i.factors]) for i in items]

    assert lines(document.cost_items) == lines(example_document.cost_items)


def test_word_file_leaves_out_empty_inserted_lines(example_document, tmp_path: Path) -> None:
    filled = len(example_document.cost_items)
    example_document.cost_items.insert(2, CostItem())
    path = tmp_path / "a.docx"
    write_docx(example_document, path)
    word = WordDocument(str(path))
    costs = next(table for table in word.tables if table.cell(0, 2).text == "测算依据")
    assert len(costs.rows) == filled + 2  # the header, the filled lines, 合计
    texts = "\n".join(cell.text for table in word.tables for row in table.rows for cell in row.cells)
    assert "：共0.00元" not in texts and f"{filled}." in texts and f"{filled + 1}.：" not in texts
