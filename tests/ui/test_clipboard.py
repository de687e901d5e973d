"""Copy and paste with Excel, WPS and LibreOffice: TSV as they write it, ranges, one undo step per paste."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QMimeData, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import Document
from gridbudget_gui.ui.clipboard import format_html, format_tsv, parse_html_table, parse_tsv, tile
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.models.cost import CostTableModel
from gridbudget_gui.ui.navigation import Page
from gridbudget_gui.ui.table_page import GridView

# What Excel puts on the clipboard for two cost lines: CRLF after every row, the last one too; a cell
# with a line break is quoted, and a quote inside it doubled.
EXCEL_COST_LINES = (
    '终端维护费\t158\t台\t360.00\t元/台/年\t1\t年\t56,880.00\t"含上门\n“维修”与 ""备件"""\r\n'
    "宣传册\t2,000\t册\t4.50\t元/册\t\t\t9,000.00\t\r\n"
)


def select(view: GridView, top: int, left: int, bottom: int, right: int) -> None:
    """Select a rectangle of cells, as a drag with the mouse does."""
    model = view.model()
    view.setCurrentIndex(model.index(top, left))
    view.selectionModel().select(
        QItemSelection(model.index(top, left), model.index(bottom, right)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


# Pure TSV ------------------------------------------------------------------------------------------


def test_excel_tsv_reads_quoted_cells_with_line_breaks_and_doubled_quotes() -> None:
    grid = parse_tsv(EXCEL_COST_LINES)
    assert len(grid) == 2
    assert grid[0][8] == '含上门\n“维修”与 "备件"'
    assert grid[1] == ["宣传册", "2,000", "册", "4.50", "元/册", "", "", "9,000.00", ""]


def test_tsv_round_trips_and_is_written_the_way_excel_writes_it() -> None:
    grid = [["a", "b\nc", 'say "hi"'], ["1,234.00", "", "158人"]]
    text = format_tsv(grid)
    assert text == 'a\t"b\nc"\t"say ""hi"""\r\n1,234.00\t\t158人\r\n'
    assert parse_tsv(text) == grid
    assert parse_tsv("x\ny\n") == [["x"], ["y"]]  # LibreOffice on Linux ends lines with LF
    assert parse_tsv("a\tb\r\nc\r\n") == [["a", "b"], ["c", ""]]
    assert parse_tsv("") == []


def test_html_keeps_line_breaks_inside_a_cell_and_escapes() -> None:
    html = format_html([["<b>", "x\ny"]])
    assert "&lt;b&gt;" in html
    assert "x<br" in html
    assert html.count("<td>") == 2


def test_our_own_html_reads_back_as_the_same_grid() -> None:
    grid = [["名称", "含\n换行"], ["1,000.00", '&<"引号">']]
    assert parse_html_table(format_html(grid)) == grid


# A table as a web page or an online budget system puts it on the clipboard: a header cell spanning
# two columns, a cell spanning two rows, entities, &nbsp;, a line break, and a second table after it.
WEB_TABLE = (
    "<html><body><p>说明文字</p><table class=grid><thead><tr><th colspan='2'>支出内容</th><th>金额（元）</th></tr>"
    '</thead><tbody><tr><td rowspan="2">网格员</td><td>工资&nbsp;&amp;&nbsp;派遣</td><td> 4,484,040.00 </td></tr>'
    "<tr><td>意外险<br>（全年）</td><td>63,200.00</td></tr></tbody></table><table><tr><td>页脚</td></tr></table>"
)


def test_a_web_pages_table_reads_with_merged_cells_left_empty() -> None:
    assert parse_html_table(WEB_TABLE) == [
        ["支出内容", "", "金额（元）"],
        ["网格员", "工资 & 派遣", "4,484,040.00"],
        ["", "意外险\n（全年）", "63,200.00"],
    ]
    assert parse_html_table("<p>没有表格</p>") == []
    assert parse_html_table("<table><tr><td>截断") == [["截断"]]
    assert parse_html_table("<table><tr><td colspan=99999>x</td></tr></table>") == [["x"]]  # a layout trick


HTML_AS_A_BROWSER_SHOWS_IT = {
    "source line breaks are spaces, <br> is a line": (
        "<table><tr><td>第一行<br>\n    第二行</td></tr></table>",
        [["第一行\n第二行"]],
    ),
    "indented source": ("<table>\n <tr>\n  <td>\n   办公费\n  </td>\n  <td>1</td></tr></table>", [["办公费", "1"]]),
    "paragraphs and divs are lines": (
        "<table><tr><td><p>a</p><p>b</p></td><td><div>x</div>y</td></tr></table>",
        [["a\nb", "x\ny"]],
    ),
    "a table nested in a cell stays readable": (
        "<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td></tr></table></td><td>z</td></tr></table>",
        [["外 内1 内2\n内3", "z"]],
    ),
    "a page's layout table is looked through": (
        "<table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr></table>",
        [["a", "b"], ["c", "d"]],
    ),
    "scripts and styles are not text": (
        "<table><tr><td>a<script>var x=1;</script></td><style>td{}</style></tr></table>",
        [["a"]],
    ),
    "a stray </table> first": ("</table><table><tr><td>a</td></tr></table>", [["a"]]),
    "an empty table before the data": (
        "<table><tr><td> </td></tr></table><table><tr><td>data</td></tr></table>",
        [["data"]],
    ),
    "</br> as browsers read it": ("<table><tr><td>a</br>b</td></tr></table>", [["a\nb"]]),
    "colspan=2px is 2, as browsers read it": (
        '<table><tr><td colspan="2px">a</td><td>b</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>',
        [["a", "", "b"], ["1", "2", "3"]],
    ),
}


@pytest.mark.parametrize(("html", "grid"), HTML_AS_A_BROWSER_SHOWS_IT.values(), ids=HTML_AS_A_BROWSER_SHOWS_IT.keys())
def test_html_cells_read_as_a_browser_shows_them(html: str, grid: list[list[str]]) -> None:
    assert parse_html_table(html) == grid


def test_one_cell_fills_a_larger_selection() -> None:
    assert tile([["1"]], 2, 3) == [["1"] * 3] * 2
    assert tile([["1", "2"]], 1, 3) == [["1", "2"]]  # does not fit: pasted once


# In the window -------------------------------------------------------------------------------------


def test_copy_a_range_and_paste_it_below_is_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.COSTS)
    view = window.cost_page.table.view
    model = window.cost_page.model
    session = window.session
    assert session is not None
    document = session.document
    before = [item.copy() for item in document.cost_items]
    count = len(before)
    view.setFocus()
    select(view, 0, 0, 1, model.columnCount() - 1)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    assert text.endswith("\r\n") and text.count("\r\n") == 2
    assert "4,484,040.00" in text
    assert QApplication.clipboard().mimeData().hasHtml()
    view.setCurrentIndex(model.index(count - 1, 0))
    view.selectionModel().clearSelection()
    view.setCurrentIndex(model.index(count - 1, 0))
    undo_before = session.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # Two lines pasted on the last line: it is overwritten and one line is added.
    assert len(document.cost_items) == count + 1
    assert session.undo_stack.count() == undo_before + 1
    assert document.cost_items[count - 1].name == before[0].name
    assert document.cost_items[count].factors[0].value == before[1].factors[0].value
    assert document.cost_items[count].amount == before[1].amount
    assert "未识别" not in document.cost_items[count].note
    session.undo_stack.undo()
    assert len(document.cost_items) == count
    assert [(i.name, i.amount, i.note) for i in document.cost_items] == [(i.name, i.amount, i.note) for i in before]


def _cost_table(window: MainWindow) -> tuple[GridView, CostTableModel, Document]:
    """The 测算明细 page's view, its model and the document, with the page shown."""
    window.page(Page.COSTS)
    assert window.session is not None
    return window.cost_page.table.view, window.cost_page.model, window.session.document


def test_paste_a_colleagues_cost_lines_adds_lines_and_reads_thousands_and_units(window: MainWindow) -> None:
    view, model, document = _cost_table(window)
    count = len(document.cost_items)
    model.insert_rows(count, [model.new_row()])
    view.setCurrentIndex(model.index(count, 0))
    undo_before = window.session.undo_stack.count()
    view.paste_cells(EXCEL_COST_LINES)
    assert window.session.undo_stack.count() == undo_before + 1
    assert len(document.cost_items) == count + 2  # the empty line was filled, one more added
    terminal, leaflets = document.cost_items[count], document.cost_items[count + 1]
    assert [(f.value, f.unit) for f in terminal.factors] == [
        (Decimal(158), "台"),
        (Decimal("360.00"), "元/台/年"),
        (Decimal(1), "年"),
    ]
    assert terminal.amount == Decimal("56880.00")
    assert terminal.note == '含上门\n“维修”与 "备件"'
    assert [(f.value, f.unit) for f in leaflets.factors] == [(Decimal(2000), "册"), (Decimal("4.50"), "元/册")]
    assert leaflets.amount == Decimal("9000.00")


def test_an_html_only_clipboard_pastes_its_table(window: MainWindow) -> None:
    view, model, document = _cost_table(window)
    count = len(document.cost_items)
    mime = QMimeData()
    mime.setHtml(
        "<table><tr><td>宣传册</td><td>2,000</td><td>册</td><td>4.50</td><td>元/册</td><td>9,000.00</td><td></td></tr>"
        "<tr><td>展板</td><td>3</td><td>块</td><td>600</td><td>元/块</td><td>1,800.00</td><td>含安装</td></tr></table>"
    )
    QApplication.clipboard().setMimeData(mime)
    assert not QApplication.clipboard().mimeData().hasText()  # only HTML, as some web systems copy
    view.setCurrentIndex(model.index(count, 0))
    view.paste_cells()
    assert [(item.name, item.amount, item.note) for item in document.cost_items[count:]] == [
        ("宣传册", Decimal("9000.00"), ""),
        ("展板", Decimal("1800.00"), "含安装"),
    ]
    assert [(f.value, f.unit) for f in document.cost_items[count + 1].factors] == [(3, "块"), (600, "元/块")]
    QApplication.clipboard().clear()


def test_158_ren_in_a_quantity_cell_fills_the_unit(window: MainWindow) -> None:
    window.page(Page.COSTS)
    view = window.cost_page.table.view
    model = window.cost_page.model
    document = window.session.document
    view.setCurrentIndex(model.index(1, 1))
    view.paste_cells("200人\r\n")
    assert (document.cost_items[1].factors[0].value, document.cost_items[1].factors[0].unit) == (Decimal(200), "人")


def test_unreadable_cells_are_marked_in_the_note_and_listed(window: MainWindow) -> None:
    view, model, document = _cost_table(window)
    count = len(document.cost_items)
    view.setCurrentIndex(model.index(count - 1, 0))
    view.selectionModel().clearSelection()
    view.setCurrentIndex(model.index(count - 1, 0))
    view.paste_cells("差旅费\t约三十\t人次\t\t\t\t\t共计若干\t出差\r\n")
    line = document.cost_items[count - 1]
    assert line.name == "差旅费"
    assert "〔未识别" in line.note and "约三十" in line.note and "共计若干" in line.note
    assert line.note.startswith("出差")
    message = window.statusBar().currentMessage()
    assert "约三十" in message and f"第{count}行" in message


def test_paste_into_the_funding_grid_is_one_step(window: MainWindow) -> None:
    page = window.funding_page
    window.page(Page.FUNDING)
    view = page.view
    assert isinstance(view, GridView)
    view.setCurrentIndex(page.model.index(1, 3))  # 年度 市级
    session = window.session
    assert session is not None
    before = session.undo_stack.count()
    view.paste_cells("1,000.00\t2,345,800.00\r\n")
    annual = session.document.funding.annual
    assert annual.municipal == Decimal("1000.00")
    assert annual.county == Decimal("2345800.00")
    assert annual.total == Decimal("2346800.00")  # 总投入 follows the sources
    assert session.undo_stack.count() == before + 1


def test_enter_moves_down_and_tab_moves_right(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.COSTS)
    view = window.cost_page.table.view
    model = window.cost_page.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    # While editing: Enter commits and moves down.
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = window.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "150")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2)
    assert window.session.document.cost_items[1].factors[0].value == Decimal(150)
    assert view.currentIndex().column() == 1


def test_delete_clears_the_selected_cells_in_one_step(window: MainWindow, qtbot: QtBot) -> None:
    window.page(Page.INDICATORS)
    table = window.indicators_page.tables["annual"]
    view = table.view
    view.setFocus()
    select(view, 0, 2, 1, 3)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    matrix = window.session.document.indicators.annual
    assert (matrix[0].name, matrix[0].value, matrix[1].name) == ("", "", "")
    window.session.undo_stack.undo()
    assert matrix[0].name
