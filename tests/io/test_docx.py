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
