"""Issue 26.2 on paper: the 自评表 has its own 填报日期, says 待评 before anything is scored, 待打分 for a 定性 row the
clerk has not scored, one 一级 cell per group, 分值 with two decimals, and no word broken in the 一级/二级 columns."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import load_workbook
from reportlab.pdfbase.pdfmetrics import stringWidth

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.docx.self_evaluation import write_self_evaluation_docx
from gridbudget_gui.io.pdf.self_evaluation import INDICATOR_HEADER, indicator_widths, write_self_evaluation_pdf
from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, PAD
from gridbudget_gui.io.xlsx.self_evaluation import write_self_evaluation_xlsx
from tests.io.pdf_tools import body_text


def test_the_pdf_of_a_declaration_prints_neither_the_spring_date_nor_a_grade(
    example_document: Document, tmp_path: Path
) -> None:
    path = tmp_path / "自评表.pdf"
    write_self_evaluation_pdf(example_document, path)
    text = body_text(path)
    assert "2020年10月26日" not in text  # the declaration's date, not the 自评表's
    assert "等级：待评" in text and "等级：差" not in text
    assert "10.00" in text and "8.34" in text and "7.50" in text
    assert text.count("产出指标") == 1  # one merged 一级 cell


def test_the_self_evaluations_own_date_and_a_score_awaited(example_document: Document, tmp_path: Path) -> None:
    example_document.execution.date = "2022-01-15"
    graded = next(row for row in example_document.indicators.annual if row.value == "得到提升")
    graded.actual = "达成"
    for suffix in (".pdf", ".docx", ".xlsx"):
        path = tmp_path / f"自评表{suffix}"
        if suffix == ".pdf":
            write_self_evaluation_pdf(example_document, path)
            text = body_text(path)
        elif suffix == ".docx":
            write_self_evaluation_docx(example_document, path)
            word = docx.Document(str(path))
            text = "".join(p.text for p in word.paragraphs) + "".join(
                c.text for t in word.tables for r in t.rows for c in r.cells
            )
        else:
            write_self_evaluation_xlsx(example_document, path)
            sheet = load_workbook(path).active
            text = "".join(str(c.value) for r in sheet.iter_rows() for c in r if c.value is not None)
        assert "2022年1月15日" in text and "2020年10月26日" not in text, suffix
        assert "待打分" in text, suffix


def test_level_columns_hold_their_labels_whole() -> None:
    labels = (
        ["产出指标", "效益指标", "满意度指标", "产出指标"],
        ["数量指标", "质量指标", "社会效益指标", "可持续影响指标"],
    )
    texts = [[header] for header in INDICATOR_HEADER]
    texts[0] += labels[0]
    texts[1] += labels[1]
    for column in range(2, 8):
        texts[column] += ["≧95%"] * 4
    widths = indicator_widths(texts)
    for column, words in enumerate(labels):
        fitting = [word for word in words if len(word) <= 6]
        assert all(stringWidth(word, FONT, BODY_SIZE) <= widths[column] - 2 * PAD for word in fitting)
