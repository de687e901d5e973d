"""绩效自评 in the window, as a clerk uses it: type an actual value, see the score and the total move, undo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.models.self_evaluation import ACTUAL, DEVIATION, SCORE, WEIGHT
from gridbudget_gui.ui.navigation import Page
from tests.ui.conftest import edit_cell, type_text


def _page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page(Page.SELF_EVALUATION)
    return window.self_evaluation_page


def _shown(page, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(page.model.index(row, column).data())


def test_typing_an_actual_scores_it_live_and_undo_takes_it_back(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    # Row 1 is 网格案件处置率 ≧95%; the 产出 group's 50 over its six rows gives it 8.34.
    assert _shown(page, 1, WEIGHT) == "8.34" and _shown(page, 1, SCORE) == ""
    assert "总分 待评" in page.total.text()
    edit_cell(qtbot, page.view, 1, ACTUAL, "90%")
    assert window.session.document.indicators.annual[1].actual == "90%"
    assert _shown(page, 1, SCORE) == "7.90"  # 90/95 × 8.34 = 7.9010…
    assert "总分 7.90" in page.total.text() and "等级 差" in page.total.text()
    # A score below the weight without a reason is a finding on the 偏差原因 cell, shown on the page.
    rules = {f.rule for f in window.session.findings}
    assert "selfeval.deviation-missing" in rules
    assert page.model.index(1, DEVIATION).data(Qt.ItemDataRole.BackgroundRole) is not None
    # The 得分 of a quantitative indicator is read-only.
    assert not page.model.flags(page.model.index(1, SCORE)) & Qt.ItemFlag.ItemIsEditable
    window.session.undo_stack.undo()
    assert window.session.document.indicators.annual[1].actual == ""
    assert _shown(page, 1, SCORE) == "" and "总分 待评" in page.total.text()
    assert "selfeval.deviation-missing" not in {f.rule for f in window.session.findings}
    window.session.undo_stack.redo()
    assert _shown(page, 1, SCORE) == "7.90"


def test_a_qualitative_grade_proposes_its_band_and_refuses_a_score_outside(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    # Row 6 is 业务保障能力提升情况 (得到提升): 效益 30 over four rows, 7.5 each.
    edit_cell(qtbot, page.view, 6, ACTUAL, "部分达成")
    annual = window.session.document.indicators.annual
    assert annual[6].actual == "部分达成" and annual[6].score == "5.99"  # the top of 60–80 % of 7.5
    edit_cell(qtbot, page.view, 6, SCORE, "7")
    assert annual[6].score == "5.99"
    assert "4.50–5.99" in page.message.text()
    edit_cell(qtbot, page.view, 6, SCORE, "5")
    assert annual[6].score == "5" and _shown(page, 6, SCORE) == "5.00"
    assert "总分 5.00" in page.total.text()


def test_the_money_block_scores_the_execution_rate(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    assert page.budget.placeholderText() == "5,345,800.00"  # 年度 总投入 until a budget is typed
    page.spent.setFocus()
    type_text(qtbot, page.spent, "512万元")
    qtbot.keyClick(page.spent, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.session.document.execution.spent == Decimal("5120000.00")
    assert page.rate.text() == "95.78%" and page.execution_score.text() == "9.58"
    assert "总分 9.58" in page.total.text()
    window.session.undo_stack.undo()
    assert window.session.document.execution.spent is None and page.execution_score.text() == "—"


def test_a_changed_weight_moves_the_others_of_its_group(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    edit_cell(qtbot, page.view, 0, WEIGHT, "15")
    assert window.session.document.indicators.annual[0].weight == "15"
    assert _shown(page, 0, WEIGHT) == "15.00" and _shown(page, 1, WEIGHT) == "7.00"  # (50 − 15) / 5
    # The 绩效指标 page and this one edit the same rows: a row inserted there appears here.
    indicators = window.indicators_page.models["annual"]
    indicators.insert_rows(0, [indicators.new_row()])
    assert page.model.rowCount() == len(window.session.document.indicators.annual) == 12
    assert _shown(page, 1, WEIGHT) == "15.00"


def test_file_menu_exports_the_self_evaluation_and_starts_next_year(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.io import pdf_tools

    target = tmp_path / "自评表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.year_actions.export_action.trigger()
    assert "项目支出绩效自评表" in pdf_tools.text(target)
    window.session.document.goals.annual += "2021年完成。"
    window.year_actions.rollover_action.trigger()
    assert window.session.document.year == 2022 and window.session.path is None
    assert {f.rule for f in window.session.findings} >= {"rollover.stale-year"}
    assert "goals.annual" in {f.path for f in window.session.findings if f.rule == "rollover.stale-year"}


def test_one_export_dialog_offers_pdf_excel_and_word(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def choose(index: int, name: str) -> object:
        def dialog(*args: object, **_: object) -> tuple[str, str]:
            filters = str(args[3]).split(";;")
            offered[:] = filters
            return str(tmp_path / name), filters[index]

        return dialog

    assert window.year_actions.export_action.text() == "导出绩效自评表…"
    window.session.document.indicators.annual[0].actual = "46个"
    # A name typed without a suffix takes the type chosen in the dialog.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose(1, "自评表"))
    window.year_actions.export_action.trigger()
    assert offered == ["PDF 文件 (*.pdf)", "Excel 工作簿 (*.xlsx)", "Word 文档 (*.docx)"]
    values = [c.value for row in load_workbook(tmp_path / "自评表.xlsx").active.iter_rows() for c in row]
    assert "项目支出绩效自评表" in values and 46 in values
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose(2, "自评表"))
    window.year_actions.export_action.trigger()
    cells = [c.text for t in docx.Document(str(tmp_path / "自评表.docx")).tables for r in t.rows for c in r.cells]
    assert "46个" in cells
    assert "已导出" in window.statusBar().currentMessage()


def test_the_self_evaluation_has_its_own_date(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    assert page.date.text() == "" and window.session.document.signatures.date == "2020-10-26"
    page.date.setFocus()
    type_text(qtbot, page.date, "2022年1月15日")
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.session.document.execution.date == "2022-01-15"
    assert window.session.document.signatures.date == "2020-10-26"  # the declaration's stays its own
    window.session.undo_stack.undo()
    assert window.session.document.execution.date == ""
