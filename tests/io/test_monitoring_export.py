"""``gridbudget export IN OUT.pdf --form monitoring``: the 绩效运行监控表 shows the domain's figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from gridbudget_gui import cli
from gridbudget_gui.domain.document import Document, Monitoring
from gridbudget_gui.io.json import write_json
from tests.io.pdf_tools import text


def test_the_monitoring_pdf_shows_time_progress_execution_and_the_alert(
    example_document: Document, tmp_path: Path
) -> None:
    example_document.monitoring = Monitoring("2021-07-31", Decimal("2000000.00"))
    annual = example_document.indicators.annual
    annual[1].progress, annual[1].forecast = "90%", "80%"
    annual[1].cause, annual[1].measure = "人员保障", "增派网格员"
    source, target = tmp_path / "seed.json", tmp_path / "monitoring.pdf"
    write_json(example_document, source)
    assert cli.main(["export", str(source), str(target), "--form", "monitoring"]) == 0
    printed = text(target)
    for expected in (
        "项目支出绩效运行监控表",
        "2021-07-31",
        "5,345,800.00",
        "2,000,000.00",
        "58.33%",
        "37.41%",
        "黄色预警",
        "15.79%",
        "人员保障",
        "增派网格员",
    ):
        assert expected in printed, expected


def test_another_suffix_is_refused(
    example_document: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "seed.json"
    write_json(example_document, source)
    assert cli.main(["export", str(source), str(tmp_path / "m.odt"), "--form", "monitoring"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".pdf" in err
    assert not (tmp_path / "m.odt").exists()


def test_the_declaration_pdf_prints_the_procurement_budget_when_a_line_is_marked(
    example_document: Document, tmp_path: Path
) -> None:
    from gridbudget_gui.io.formats import save_document

    plain = tmp_path / "plain.pdf"
    save_document(example_document, plain)
    assert "政府采购预算" not in text(plain) and "按经济分类汇总" not in text(plain)
    for index, code in enumerate(("30226", "30299", "30207", "31099", "30218")):
        example_document.cost_items[index].economic_class = code
    example_document.cost_items[2].procurement = "服务"
    example_document.cost_items[3].procurement = "货物"
    marked = tmp_path / "marked.pdf"
    save_document(example_document, marked)
    printed = text(marked, layout=True)
    assert "按经济分类汇总" in printed and "30226劳务费4,484,040.00" in printed
    assert "政府采购预算" in printed
    assert "服务小计682,560.00" in printed and "货物小计36,000.00" in printed and "合计718,560.00" in printed


def test_the_monitoring_form_as_workbook_and_word(example_document: Document, tmp_path: Path) -> None:
    from docx import Document as WordDocument
    from openpyxl import load_workbook

    example_document.monitoring = Monitoring("2021-07-31", Decimal("2000000.00"))
    example_document.indicators.annual[1].forecast = "80%"
    source = tmp_path / "seed.json"
    write_json(example_document, source)
    sheet_path, word_path = tmp_path / "m.xlsx", tmp_path / "m.docx"
    for target in (sheet_path, word_path):
        assert cli.main(["export", str(source), str(target), "--form", "monitoring"]) == 0
    workbook = load_workbook(sheet_path)
    values = [cell.value for row in workbook.active.iter_rows() for cell in row if cell.value is not None]
    assert {"项目支出绩效运行监控表", "58.33%", "37.41%", "黄色预警", "15.79%"} <= set(values)
    assert Decimal("2000000.00") in [Decimal(str(v)) for v in values if isinstance(v, (int, float))]
    word = WordDocument(str(word_path))
    texts = {cell.text for table in word.tables for row in table.rows for cell in row.cells}
    assert {"58.33%", "37.41%", "黄色预警", "15.79%", "2,000,000.00"} <= texts


def test_the_word_declaration_prints_both_tables_and_still_reads_back(
    example_document: Document, tmp_path: Path
) -> None:
    from docx import Document as WordDocument

    from gridbudget_gui.io.formats import load_document, save_document
    from gridbudget_gui.io.json import document_to_dict

    before = document_to_dict(example_document)
    for index, code in enumerate(("30226", "30299", "30207", "31099", "30218")):
        example_document.cost_items[index].economic_class = code
    example_document.cost_items[3].procurement = "货物"
    path = tmp_path / "a.docx"
    save_document(example_document, path)
    word = WordDocument(str(path))
    texts = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert "30226 劳务费" in texts and "货物小计" in texts and "36,000.00" in texts
    back = document_to_dict(load_document(path).document)
    assert back["cost_items"] == before["cost_items"]  # the codes are not read back from Word (docs/system.md)
    assert back["funding"] == before["funding"]
