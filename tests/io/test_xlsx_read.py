"""Our own workbook comes back exactly, also after LibreOffice re-saved it or a number was changed there."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridbudget_gui.domain.document import Document, Execution
from gridbudget_gui.domain.money import money_in_words
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.conftest import as_written
from tests.io.xlsx_helpers import awkward_document, named_cell
from tests.libreoffice import convert, needs_libreoffice


def test_example_round_trips_exactly(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    loaded = read_xlsx(path)
    assert document_to_dict(loaded.document) == as_written(example_document)
    assert loaded.notes == []
    assert loaded.foreign is False


def test_awkward_document_round_trips_exactly(example_document, tmp_path: Path) -> None:
    document = awkward_document(example_document)
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    loaded = read_xlsx(path)
    assert document_to_dict(loaded.document) == as_written(document)
    # The declared amount that disagrees with its factors is kept, for the checks to report.
    assert loaded.document.cost_items[-1].amount == Decimal("250.00")
    assert loaded.document.funding.mid_term.total == Decimal("1.00")


def test_indicator_columns_self_evaluation_and_execution_round_trip(example_document, tmp_path: Path) -> None:
    indicator = example_document.indicators.annual[0]
    for key, value in (
        ("operator", "≥"),
        ("unit", "%"),
        ("explanation", "网格员到岗率"),
        ("scoring", "每低1%扣1分"),
        ("weight", "10"),
        ("note", "按月统计"),
        ("actual", "98%"),
        ("score", "9.5"),
        ("deviation", "两人离职"),
    ):
        setattr(indicator, key, value)
    example_document.indicators.mid_term[-1].deviation = "无"
    example_document.execution = Execution(Decimal("5345800.00"), Decimal("5000000.00"), "10", "9.35")
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    loaded = read_xlsx(path)
    assert document_to_dict(loaded.document) == as_written(example_document)
    assert loaded.notes == []


def test_empty_document_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_xlsx(Document(), path)
    assert document_to_dict(read_xlsx(path).document) == document_to_dict(Document())


def test_export_through_formats_and_renamed_file(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    save_document(example_document, path)
    renamed = tmp_path / "a.json"  # the bytes decide, not the name
    renamed.write_bytes(path.read_bytes())
    assert document_to_dict(load_document(renamed).document) == as_written(example_document)


def test_a_number_changed_elsewhere_wins_and_amounts_follow(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    first = named_cell(workbook, "cost.lines")
    sheet = workbook[lay.DECLARATION_SHEET]
    sheet.cell(row=first.row, column=5).value = 2600  # 2580元 → 2600元, as a colleague would type it
    workbook.save(path)  # openpyxl keeps no computed values: the reader must redo the arithmetic itself
    loaded = read_xlsx(path).document
    assert loaded.cost_items[0].amount == Decimal("4518800.00")  # 158 × 2600 × 11
    assert loaded.cost_total == Decimal("5380560.00")


def test_damaged_anchors_fall_back_to_the_labels(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    for name in list(workbook.defined_names):
        if name != lay.name_for("format"):
            del workbook.defined_names[name]
    workbook.save(path)
    loaded = read_xlsx(path)
    assert loaded.notes[0].rule == "file.anchor-missing"
    got, expected = document_to_dict(loaded.document), as_written(example_document)
    for key in ("project", "unit", "funding", "goals", "indicators", "cost_total", "year"):
        assert got[key] == expected[key], key
    assert [i["amount"] for i in got["cost_items"]] == [i["amount"] for i in expected["cost_items"]]


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_computes_the_live_formulas(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    resaved = convert(path, "xlsx", tmp_path / "lo")
    computed = load_workbook(resaved, data_only=True)
    sheet = computed[lay.DECLARATION_SHEET]
    first = named_cell(computed, "cost.lines").row
    amounts = [Decimal(str(sheet.cell(row=first + i, column=9).value)) for i in range(5)]
    assert amounts == [item.amount for item in example_document.cost_items]
    assert Decimal(str(named_cell(computed, "cost.total").value)) == example_document.cost_total
    for period in ("mid_term", "annual"):
        total = named_cell(computed, f"funding.{period}")
        assert Decimal(str(total.value)) == example_document.funding.row(period).total
    assert sheet.cell(row=first, column=3).value == 158  # =45*4-22
    # The name on the targets sheet is a formula pointing at 项目申报书: the engine fills it in.
    targets = computed[lay.TARGETS_SHEET]
    assert example_document.project.name in [c.value for row in targets.iter_rows(max_row=5) for c in row]


@pytest.mark.slow
@needs_libreoffice
def test_round_trip_survives_a_libreoffice_resave(example_document, tmp_path: Path) -> None:
    document = awkward_document(example_document)
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    resaved = convert(path, "xlsx", tmp_path / "lo")
    loaded = read_xlsx(resaved)
    assert document_to_dict(loaded.document) == as_written(document)
    assert loaded.foreign is False
    # Text that looked like a formula is still text after LibreOffice: no #NAME? anywhere.
    values = load_workbook(resaved, data_only=True)[lay.DECLARATION_SHEET]
    assert document.project.name in [c.value for row in values.iter_rows(max_row=3) for c in row]


@pytest.mark.slow
@needs_libreoffice
def test_factor_changed_then_recalculated_by_libreoffice(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    first = named_cell(workbook, "cost.lines").row
    workbook[lay.DECLARATION_SHEET].cell(row=first + 3, column=3).value = 10  # 8辆 → 10辆
    workbook.save(path)
    resaved = convert(path, "xlsx", tmp_path / "lo")
    computed = load_workbook(resaved, data_only=True)
    assert computed[lay.DECLARATION_SHEET].cell(row=first + 3, column=9).value == 45000
    assert Decimal(str(named_cell(computed, "cost.total").value)) == Decimal("5354800")
    # The 大写 and the 测算说明 restate the new numbers: the sheet agrees with itself.
    total_row = named_cell(computed, "cost.total").row
    words = computed[lay.DECLARATION_SHEET].cell(row=total_row, column=3).value
    assert words == f"大写：{money_in_words(Decimal('5354800'))}"
    breakdown = named_cell(computed, "cost.breakdown").value
    assert "4.新增社区两轮电瓶车：10辆×4500.00元/辆=45,000.00元；" in breakdown
    assert "合计：5,354,800.00元（大写：伍佰叁拾伍万肆仟捌佰元整）。" in breakdown
    loaded = read_xlsx(resaved).document
    assert loaded.cost_items[3].factors[0].value == 10
    assert loaded.cost_items[3].amount == Decimal("45000.00")
    assert loaded.cost_total == Decimal("5354800.00")
