"""The 指标库: the starter library inserts a row with its group, operator and unit through the undo stack, and
the 历史指标参考 grows from an opened declaration."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.library import HISTORY_KIND, entries_from_document, search
from gridbudget_gui.domain.schemes import get_scheme
from gridbudget_gui.io.json import read_json
from gridbudget_gui.resources import example_path
from gridbudget_gui.ui.indicator_library import history_file, load_history, starter_entries
from gridbudget_gui.ui.indicators_page import IndicatorsPage
from gridbudget_gui.ui.session import DocumentSession


def test_the_starter_library_covers_the_kinds_of_project_and_reads_clean() -> None:
    entries = starter_entries()
    kinds = {entry.kind for entry in entries}
    assert {"人员经费", "设备购置", "培训", "会议", "信息化建设", "网格化与社区服务", "课题研究"} <= kinds
    names = {entry.name for entry in entries}
    assert {"业务保障能力提升情况", "公共服务水平提升情况"} <= names  # the seed's, with a measurable target
    for scheme_id in ("classic", "2021"):
        scheme = get_scheme(scheme_id)
        for entry in entries:
            row = entry.to_indicator(scheme)
            assert scheme.placed(row.level1, row.level2) is not None, entry
            assert scheme.placed(row.level1, row.level2)[1] is not None, entry  # type: ignore[index]
    # every entry is a target a reviewer accepts: no rule of the reviewer's desk fires on it
    document = read_json(example_path()).document
    document.indicators.annual = [entry.to_indicator(get_scheme("classic")) for entry in entries]
    noisy = {"indicator.vague-value", "indicator.output-qualitative", "indicator.operator-direction",
             "indicator.placeholder", "indicator.name-unit", "indicator.multi-in-row", "indicator.percent-range",
             "indicator.timeliness-period", "indicator.satisfaction-form", "indicator.cost-not-money"}  # fmt: skip
    fired = [(f.rule, f.path) for f in check_document(document) if f.rule in noisy and "annual" in f.path]
    assert fired == []
    assert [entry.name for entry in search(entries, "培训 合格率")] == ["培训考核合格率"]


def test_double_click_inserts_a_row_with_group_operator_and_unit(qtbot: QtBot, example_document: Document) -> None:
    session = DocumentSession(example_document)
    page = IndicatorsPage(session)
    qtbot.addWidget(page)
    view = page.tables["annual"].view
    view.setCurrentIndex(page.models["annual"].index(1, 2))
    dialog = page.library_dialog()
    dialog.words.setText("人均培训费")
    assert dialog.table.rowCount() == 1
    dialog.table.setCurrentCell(0, 3)
    dialog.table.cellDoubleClicked.emit(0, 3)
    row = example_document.indicators.annual[2]
    assert (row.level1, row.level2, row.name) == ("产出指标", "成本指标", "人均培训费")
    assert (row.operator, row.unit, row.value) == ("≤", "元/人/天", "≤450元/人/天")
    assert len(example_document.indicators.annual) == 12
    session.undo_stack.undo()
    assert len(example_document.indicators.annual) == 11
    dialog.close()


def test_inserted_cost_goes_where_the_2021_scheme_keeps_it(qtbot: QtBot, example_document: Document) -> None:
    example_document.scheme = "2021"
    page = IndicatorsPage(DocumentSession(example_document))
    qtbot.addWidget(page)
    entry = next(e for e in starter_entries() if e.name == "人均培训费")
    page.insert_entry(entry)
    row = example_document.indicators.annual[-1]
    assert (row.level1, row.level2) == ("成本指标", "经济成本指标")


def test_the_history_grows_from_an_opened_declaration(qtbot: QtBot, example_document: Document) -> None:
    assert load_history() == []
    page = IndicatorsPage(DocumentSession(example_document))
    qtbot.addWidget(page)
    dialog = page.library_dialog()
    dialog.add_document()
    history = load_history()
    assert len(history) == len(entries_from_document(example_document)) == 11
    assert history_file().is_file() and history_file().parent.name == "GridBudget"
    assert {entry.kind for entry in history} == {HISTORY_KIND}
    assert history[0].source == example_document.project.name
    dialog.kind.setCurrentIndex(dialog.kind.findData(HISTORY_KIND))
    assert dialog.table.rowCount() == 11
    # a second declaration adds what it has new; the same indicator is kept once
    other = read_json(example_path()).document
    other.indicators.annual[0].name = "网格员培训人次"
    dialog._document = lambda: other  # the page's document, as when another file was opened
    dialog.add_document()
    assert len(load_history()) == 12
    # a damaged file is set aside, never read as an empty library and overwritten
    history_file().write_text("{not json", encoding="utf-8")
    assert load_history() == []
    assert history_file().with_name("indicator-history.json.damaged").is_file()
    dialog.close()
