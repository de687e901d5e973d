"""The 自评表 as a workbook (scores as formulas with stored values) and as Word; LibreOffice recalculates and prints."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.scoring import evaluate
from gridbudget_gui.io.docx.self_evaluation import write_self_evaluation_docx
from gridbudget_gui.io.xlsx.self_evaluation import Figure, figure_of, write_self_evaluation_xlsx
from tests.domain import selfeval_example as example
from tests.io import word_xml
from tests.io.pdf_tools import text as pdf_text
from tests.io.test_docx import HAS_WRITER
from tests.libreoffice import convert, needs_libreoffice


@pytest.fixture
def evaluated(clean_document: Document) -> Document:
    return example.self_evaluated(clean_document)


def _rows(sheet: Any) -> dict[str, int]:
    """Each indicator's row by its name (column C)."""
    return {str(sheet.cell(row, 3).value): row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 3).value}


def _number(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _money_row(sheet: Any) -> int:
    return next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == "年度资金总额")


def _total_row(sheet: Any) -> int:
    return next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == "总分")


def _assert_sheet_scores(sheet: Any, document: Document) -> None:
    """Every score, the 执行率, the money score, 总分 and the grade as ``domain.scoring`` computes them."""
    evaluation = evaluate(document)
    rows = _rows(sheet)
    for item in evaluation.indicators:
        value = sheet.cell(rows[item.name], 7).value
        assert (None if value in (None, "") else _number(value)) == item.score, item.name
    money = _money_row(sheet)
    assert Decimal(str(sheet.cell(money, 7).value)) == evaluation.execution.rate
    assert _number(sheet.cell(money, 8).value) == evaluation.execution.score
    total = _total_row(sheet)
    assert _number(sheet.cell(total, 7).value) == evaluation.total
    assert Decimal(str(sheet.cell(total, 6).value)) == evaluation.weights_total
    note = f"（{evaluation.incomplete_note}）" if evaluation.incomplete_note else ""
    assert sheet.cell(total, 8).value == f"等级：{evaluation.grade_text}{note}"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("≥45个", Figure(Decimal(45), '"≥"0"个"', Decimal(1))),
        ("5,600,000元", Figure(Decimal(5600000), '#,##0"元"', Decimal(1))),
        ("≤534.58万元", Figure(Decimal("534.58"), '"≤"0.00"万元"', Decimal(10000))),
        ("-5%", Figure(Decimal("-0.05"), "0%", Decimal(100))),
        ("97.5%", Figure(Decimal("0.975"), "0.0%", Decimal(100))),
        ("512", Figure(Decimal(512), "0", Decimal(10000))),
    ],
)
def test_a_figure_becomes_a_number_shown_as_typed(text: str, figure: Figure) -> None:
    assert figure_of(text, bare_scale=Decimal(10000)) == figure


@pytest.mark.parametrize("text", ["不低于45个", "45 个", "≥-3天", "1,00元", "得到提升", '3"个', "达成"])
def test_what_a_number_cell_cannot_show_as_typed_stays_text(text: str) -> None:
    assert figure_of(text, signed=False) is None


def test_the_workbook_stores_the_programs_scores_under_live_formulas(evaluated: Document, tmp_path: Path) -> None:
    path = tmp_path / "自评表.xlsx"
    write_self_evaluation_xlsx(evaluated, path)
    _assert_sheet_scores(load_workbook(path, data_only=True).active, evaluated)
    sheet = load_workbook(path).active
    rows = _rows(sheet)
    # Every quantitative score is a formula of the row's cells; the 定性 one is the clerk's number.
    for name in ("覆盖社区个数", "全年经费成本", "平均处置时长", "设施完好率"):
        formula = sheet.cell(rows[name], 7).value
        assert str(formula).startswith("=IF(ISNUMBER(E"), name
    assert "(D" in sheet.cell(rows["全年经费成本"], 7).value  # 534.58 万元 compared in 元: (D16*10000)
    assert sheet.cell(rows["公共服务水平提升情况"], 7).value == 18
    assert sheet.cell(rows["公共服务水平提升情况"], 5).value == "达成"
    assert sheet.cell(rows["覆盖社区个数"], 4).number_format == '"≥"0"个"'  # shows ≥45个, holds 45
    money = _money_row(sheet)
    assert str(sheet.cell(money, 7).value).startswith("=IF(AND(ISNUMBER(D")
    # 总分 is the rounded sum, or 待评 while no score is a figure yet.
    assert "ROUND(SUM(G" in str(sheet.cell(_total_row(sheet), 7).value)
    assert str(sheet.cell(_total_row(sheet), 7).value).startswith("=IF(COUNT(G")


def test_an_unreadable_actual_keeps_its_text_and_leaves_the_score_blank(evaluated: Document, tmp_path: Path) -> None:
    evaluated.indicators.annual[0].actual = "基本完成"
    evaluated.indicators.annual[1].actual = ""
    path = tmp_path / "自评表.xlsx"
    write_self_evaluation_xlsx(evaluated, path)
    values = load_workbook(path, data_only=True).active
    rows = _rows(values)
    assert values.cell(rows["覆盖社区个数"], 5).value == "基本完成"
    assert values.cell(rows["覆盖社区个数"], 7).value is None
    _assert_sheet_scores(values, evaluated)
    # A blank actual is a blank number cell in the target's unit, its score a formula waiting for it.
    formulas = load_workbook(path).active
    assert formulas.cell(rows["培训人次"], 5).value is None
    assert formulas.cell(rows["培训人次"], 5).number_format == '0"人次"'
    assert str(formulas.cell(rows["培训人次"], 7).value).startswith("=IF(ISNUMBER(E")


def test_the_word_form_has_the_blocks_the_scores_and_the_house_conventions(evaluated: Document, tmp_path: Path) -> None:
    path = tmp_path / "自评表.docx"
    write_self_evaluation_docx(evaluated, path)
    word = docx.Document(str(path))
    paragraphs = [p.text for p in word.paragraphs]
    assert "项目支出绩效自评表" in paragraphs and "（2021年度）" in paragraphs
    assert any(p.startswith("单位负责人：") for p in paragraphs) and "单位（盖章）" in paragraphs
    header, money, goals, indicators = word.tables
    assert header.cell(1, 3).text == evaluated.unit.name
    assert [c.text for c in money.rows[1].cells] == [
        "年度资金总额",
        "5,345,800.00",
        "5,345,800.00",
        "5,120,000.00",
        "10.00",  # 分值 with two decimals throughout
        "95.78%",
        example.EXECUTION_SCORE,
    ]
    assert goals.cell(0, 2).text == "实际完成情况"
    scores = [row.cells[6].text for row in indicators.rows[1:-1]]
    assert scores == list(example.SCORES)
    assert [c.text for c in indicators.rows[-1].cells][5:] == ["100.00", example.TOTAL, f"等级：{example.GRADE}"]
    level1 = [row.cells[0].text for row in indicators.rows[1:-1]]
    assert level1 == ["产出指标"] * 8 + ["效益指标"] * 2  # one merged cell per group
    assert word_xml.is_vertically_merged(path, 3, 1, 0) and not word_xml.is_vertically_merged(path, 3, 1, 1)
    section = word.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "NUMPAGES" in word_xml.footer_fields(path)
    assert word_xml.body_east_asian_fonts(path) <= {"宋体", "黑体"}


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_computes_the_same_scores_from_the_formulas(evaluated: Document, tmp_path: Path) -> None:
    path = tmp_path / "自评表.xlsx"
    write_self_evaluation_xlsx(evaluated, path)
    # openpyxl saves formulas without their stored values: what LibreOffice shows is what it computed.
    workbook = load_workbook(path)
    sheet = workbook.active
    rows = _rows(sheet)
    bare = tmp_path / "bare.xlsx"
    workbook.save(bare)
    _assert_sheet_scores(load_workbook(convert(bare, "xlsx", tmp_path / "lo1"), data_only=True).active, evaluated)
    # An edit in the spreadsheet rescores: fewer communities, more cost, another 执行数.
    sheet.cell(rows["覆盖社区个数"], 5).value = 30
    sheet.cell(rows["全年经费成本"], 5).value = 6000000
    sheet.cell(_money_row(sheet), 5).value = 5400000
    workbook.save(bare)
    evaluated.indicators.annual[0].actual = "30个"
    evaluated.indicators.annual[5].actual = "6,000,000元"
    evaluated.execution.spent = Decimal(5400000)
    recalculated = load_workbook(convert(bare, "xlsx", tmp_path / "lo2"), data_only=True).active
    _assert_sheet_scores(recalculated, evaluated)
    assert evaluate(evaluated).execution.score == Decimal(10)


@pytest.mark.slow
@needs_libreoffice
@pytest.mark.skipif(not HAS_WRITER, reason="LibreOffice Writer is not installed")
def test_libreoffice_writer_prints_the_word_form(evaluated: Document, tmp_path: Path) -> None:
    path = tmp_path / "自评表.docx"
    write_self_evaluation_docx(evaluated, path)
    text = pdf_text(convert(path, "pdf", tmp_path / "lo")).replace(" ", "")
    assert "项目支出绩效自评表" in text and "（2021年度）" in text
    assert "95.78%" in text and "73.65" in text and "等级：中" in text
    assert "偏差原因分析及改进措施" in text and "单位（盖章）" in text and "第1页，共" in text
