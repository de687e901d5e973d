"""The paper of every Word form: an A4 document set up as the official forms are, headings, small ruled tables
filled cell by cell, page numbers, the East Asian font names and the atomic save.

The declaration (write.py), the 自评表 (self_evaluation.py), the 运行监控表 (monitoring.py) and the budget
system's tables (system.py) build on these. The page-number field and the East Asian font name have no
python-docx API and are set as the WordprocessingML elements they are.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.docx.grid import SONG, clean_text

BODY = 10.5
"""五号, the size of the forms' text in pt."""
HEI = "黑体"
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "centre": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _font(run: Any, name: str = SONG, size: float = BODY, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold  # the East Asian font follows the ASCII one when the document is done (east_asian_fonts)


def word_paragraph(
    container: Any,
    text: str,
    *,
    size: float = BODY,
    bold: bool = False,
    align: str = "left",
    font: str = SONG,
    keep_with_next: bool = False,
) -> Any:
    """A paragraph of ``text`` added to ``container`` (a document or a cell), line breaks kept; a heading keeps
    with the table after it."""
    paragraph = container.add_paragraph()
    paragraph.alignment = _ALIGN[align]
    if keep_with_next:
        paragraph.paragraph_format.keep_with_next = True
    lines = clean_text(text).split("\n")
    run = paragraph.add_run()
    _font(run, font, size, bold)
    for index, line in enumerate(lines):
        if index:
            run.add_break()
        run.add_text(line)
    return paragraph


def word_cell(cell: Any, text: str, *, bold: bool = False, align: str = "left", size: float = BODY) -> None:
    """Fill a table cell with ``text`` (its first, empty paragraph reused)."""
    paragraph = cell.paragraphs[0]
    paragraph.alignment = _ALIGN[align]
    run = paragraph.add_run()
    _font(run, SONG, size, bold)
    for index, line in enumerate(clean_text(text).split("\n")):
        if index:
            run.add_break()
        run.add_text(line)


def word_table(document: Any, rows: int, widths: Sequence[float]) -> Any:
    """A bordered table of ``rows`` rows with columns of ``widths`` cm, for small tables filled cell by cell
    (``WordTable`` writes long ones in one pass)."""
    table = document.add_table(rows=rows, cols=len(widths))
    table.style = "Table Grid"  # single black borders, as the form
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid: LibreOffice sizes columns by it, not by the cells
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return table


def page_number_footer(section: Any) -> None:
    """第 N 页，共 M 页, centred, from PAGE and NUMPAGES fields."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fields: list[str | None] = []
    for text, field in (("第 ", None), ("", "PAGE"), (" 页，共 ", None), ("", "NUMPAGES"), (" 页", None)):
        _font(paragraph.add_run(text), SONG, 9)
        fields.append(field)
    # python-docx has no field API: the runs are reached through the footer part's public XML root.
    runs = section.footer.part.element.xpath(".//w:r")
    for run, field in zip(runs, fields, strict=True):
        if field is not None:
            for kind, instruction in (("begin", None), (None, field), ("end", None)):
                if kind is not None:
                    element = OxmlElement("w:fldChar")
                    element.set(qn("w:fldCharType"), kind)
                else:
                    element = OxmlElement("w:instrText")
                    element.set(qn("xml:space"), "preserve")
                    element.text = f" {instruction} "
                run.append(element)


def east_asian_fonts(word: Any) -> None:
    """Name every run's ASCII font as its East Asian font too (w:eastAsia: what Word and WPS use for Chinese),
    in the body and in every section's footer; call it when the document is complete.

    python-docx sets only the ASCII names; the parts' XML roots are public, so the names are copied there.
    """
    roots = [word.element, *(section.footer.part.element for section in word.sections)]
    for root in roots:
        for fonts in root.xpath(".//w:rFonts[@w:ascii]"):
            fonts.set(qn("w:eastAsia"), fonts.get(qn("w:ascii")))


def form_document() -> Any:
    """An empty Word document set up as the official forms are: A4 upright, room to bind on the left,
    五号 Song (also for Chinese text), page numbers in the footer."""
    word = docx.Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.2)  # room to bind on the left
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    normal = word.styles["Normal"]
    normal.font.name = SONG
    normal.font.size = Pt(BODY)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), SONG)
    page_number_footer(section)
    return word


def save_word(path: Path, build: Callable[[], Any]) -> None:
    """Build a Word document with ``build`` and save it at ``path`` atomically; raise DocumentError on failure."""
    packed = io.BytesIO()
    try:
        build().save(packed)
    except MemoryError as problem:
        raise DocumentError(path, "导出失败：内存不足") from problem
    except (ValueError, TypeError, KeyError) as problem:
        raise DocumentError(path, f"无法生成 Word 文件：{problem}") from problem

    atomic_write_bytes(path, packed)
