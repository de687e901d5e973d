"""Export the declaration as a Word document: the 申报书 and the 绩效目标表 in the official layout.

A4, 宋体 set as the East Asian font (w:eastAsia, which Word and WPS read for Chinese; the ASCII font
alone leaves Chinese in the theme's font), bordered tables, 一级指标 merged per group, the 大写 beside
合计 and page numbers in the footer. Built with python-docx's public API; the page-number field and
the East Asian font name have no API there and are set as the WordprocessingML elements they are.
"""

from __future__ import annotations

import io
import re
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

from gridbudget_gui.domain.breakdown import breakdown_text, typed_arithmetic_text
from gridbudget_gui.domain.dates import to_chinese
from gridbudget_gui.domain.document import PERIOD_LABELS, PERIODS, SOURCE_KEYS, Document, Indicator
from gridbudget_gui.domain.labels import COST_COLUMNS, FIELD_LABELS, INDICATOR_COLUMNS
from gridbudget_gui.domain.money import format_money, money_in_words
from gridbudget_gui.domain.targets import shown_field
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.xlsx.write import EXTRA_COLUMNS, attribute_text

SONG = "宋体"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters Word's XML cannot hold (python-docx refuses them): a pasted control character is dropped."""
HEI = "黑体"
SOURCE_LABELS = ("总投入", "中央财政", "省级财政", "市本级财政", "县（市）区级财政", "其他")


def _font(run: Any, name: str = SONG, size: float = 10.5, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold  # the East Asian font follows the ASCII one when the document is done (east_asian_fonts)


def word_paragraph(
    container: Any, text: str, *, size: float = 10.5, bold: bool = False, align: str = "left", font: str = SONG
) -> Any:
    """A paragraph of ``text`` added to ``container`` (a document or a cell), line breaks kept."""
    paragraph = container.add_paragraph()
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "centre": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    lines = _NOT_XML.sub("", text).split("\n")
    run = paragraph.add_run()
    _font(run, font, size, bold)
    for index, line in enumerate(lines):
        if index:
            run.add_break()
        run.add_text(line)
    return paragraph


def word_cell(cell: Any, text: str, *, bold: bool = False, align: str = "left", size: float = 10.5) -> None:
    """Fill a table cell with ``text`` (its first, empty paragraph reused)."""
    paragraph = cell.paragraphs[0]
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "centre": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    run = paragraph.add_run()
    _font(run, SONG, size, bold)
    for index, line in enumerate(_NOT_XML.sub("", text).split("\n")):
        if index:
            run.add_break()
        run.add_text(line)


def word_table(document: Any, rows: int, widths: Sequence[float]) -> Any:
    """A bordered table of ``rows`` rows with columns of ``widths`` cm."""
    table = document.add_table(rows=rows, cols=len(widths))
    table.style = "Table Grid"  # single black borders, as the form
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
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
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), SONG)
    page_number_footer(section)
    return word


def build_docx(document: Document) -> Any:
    """The Word document for ``document``, not yet saved."""
    word = form_document()
    _declaration(word, document)
    word.add_page_break()
    _targets(word, document)
    east_asian_fonts(word)
    return word


def _declaration(word: Any, document: Document) -> None:
    project, unit = document.project, document.unit
    word_paragraph(word, "项目申报书", size=18, bold=True, align="centre", font=HEI)
    fields = [
        ("项目名称", project.name),
        ("年度", str(document.year or "")),
        ("立项依据", "\n".join(project.basis)),
        ("单位名称", unit.name),
        (FIELD_LABELS["unit.code"], unit.code),
        ("地址", unit.address),
        ("联系电话", unit.phone),
        ("法定代表人", unit.legal_representative),
        ("经费来源", unit.funding_source),
        ("单位概况", unit.profile),
        ("项目基本概况", project.overview),
        ("项目实施内容", project.content),
    ]
    _fields(word, fields)
    word_paragraph(word, "测算明细", size=12, bold=True, align="centre", font=HEI)
    items = document.written_cost_items
    table = word_table(word, len(items) + 2, [1.2, 4.4, 5.2, 2.6, 2.6])
    for column, label in enumerate(COST_COLUMNS[key] for key in ("number", "name", "basis", "amount", "note")):
        word_cell(table.cell(0, column), label, bold=True, align="centre")
    for index, item in enumerate(items, start=1):
        word_cell(table.cell(index, 0), str(index), align="centre")
        word_cell(table.cell(index, 1), item.name)
        word_cell(table.cell(index, 2), typed_arithmetic_text(item))
        word_cell(table.cell(index, 3), format_money(item.amount), align="right")
        word_cell(table.cell(index, 4), item.note)
    last = len(items) + 1
    word_cell(table.cell(last, 0), "合计", bold=True, align="centre")
    words = table.cell(last, 1).merge(table.cell(last, 2))
    word_cell(words, f"大写：{money_in_words(document.cost_total)}")
    word_cell(table.cell(last, 3), format_money(document.cost_total), bold=True, align="right")
    _fields(
        word,
        [
            ("测算说明", breakdown_text(document)),
            ("资金安排情况", project.funding_arrangement),
            ("项目实施计划", project.schedule),
            ("项目实施成效", project.outcomes),
        ],
    )


def _fields(word: Any, fields: list[tuple[str, str]]) -> None:
    table = word_table(word, len(fields), [3.2, 12.8])
    for row, (label, value) in enumerate(fields):
        word_cell(table.cell(row, 0), label, bold=True, align="centre")
        word_cell(table.cell(row, 1), value)


def _targets(word: Any, document: Document) -> None:
    project = document.project
    word_paragraph(word, "项目绩效目标表", size=18, bold=True, align="centre", font=HEI)
    if document.year is not None:
        word_paragraph(word, f"（{document.year}年度）", size=12, align="centre")
    word_paragraph(word, f"填报单位（盖章）：{document.unit.name}　　　　金额单位：元", size=10.5)
    table = word_table(word, 6, [3.0, 5.0, 3.0, 5.0])
    rows = [
        ("项目名称", project.name, None, None),
        ("主管部门及代码", project.department, "实施单位", document.unit.name),
        ("项目属性", attribute_text(project.attribute), "项目期", project.term),
        ("项目负责人", project.manager.name, "联系电话", project.manager.phone),
        ("项目概况", project.summary, None, None),
        ("项目立项依据", project.basis_kind, None, None),
    ]
    for index, (label, value, right_label, right) in enumerate(rows):
        word_cell(table.cell(index, 0), label, bold=True, align="centre")
        if right_label is None:
            word_cell(table.cell(index, 1).merge(table.cell(index, 3)), value)
        else:
            word_cell(table.cell(index, 1), value)
            word_cell(table.cell(index, 2), right_label, bold=True, align="centre")
            word_cell(table.cell(index, 3), right or "")
    funding = word_table(word, 3, [2.4, 2.8, 2.16, 2.16, 2.16, 2.16, 2.16])
    word_cell(funding.cell(0, 0), "资金来源（元）", bold=True, align="centre", size=9)
    for column, label in enumerate(SOURCE_LABELS, start=1):
        word_cell(funding.cell(0, column), label, bold=True, align="centre", size=9)
    for row, period in enumerate(PERIODS, start=1):
        amounts = document.funding.row(period)
        word_cell(funding.cell(row, 0), f"{PERIOD_LABELS[period]}资金来源", bold=True, align="centre", size=9)
        for column, key in enumerate(("total", *SOURCE_KEYS), start=1):
            amount = amounts.get(key)
            text = format_money(amount) if amount or key == "total" else ""  # blank as on the form and the PDF
            word_cell(funding.cell(row, column), text, align="right", size=8)
    goals = word_table(word, 2, [2.8, 6.6, 6.6])
    label = goals.cell(0, 0).merge(goals.cell(1, 0))
    word_cell(label, "总体目标", bold=True, align="centre")
    word_cell(goals.cell(0, 1), "中期目标", bold=True, align="centre")
    word_cell(goals.cell(0, 2), "年度目标", bold=True, align="centre")
    word_cell(goals.cell(1, 1), document.goals.mid_term)
    word_cell(goals.cell(1, 2), document.goals.annual)
    extra = [
        (k, lbl)
        for k, lbl in EXTRA_COLUMNS
        if any(getattr(i, k) for i in (*document.indicators.mid_term, *document.indicators.annual))
    ]
    for period in PERIODS:
        _matrix(word, period, document.indicators.matrix(period), extra)
    _fields(word, [("单位已有的保障项目实施的制度措施", project.safeguards), ("预算绩效说明", project.budget_notes)])
    signatures = document.signatures
    word_paragraph(
        word,
        f"单位负责人：{signatures.unit_head}　　填报人：{signatures.preparer}　　"
        f"填报日期：{to_chinese(signatures.date)}",
    )
    word_paragraph(word, "单位（盖章）", align="right")


def _matrix(word: Any, period: str, indicators: list[Indicator], extra: list[tuple[str, str]]) -> None:
    """One indicator matrix with one merged 一级指标 cell per group."""
    rows = indicators or [Indicator()]
    base = [2.0, 2.6, 3.0, 5.4, 3.0] if not extra else [1.6, 1.8, 2.0, 3.0, 1.8]
    widths = base + [max(1.2, (16.0 - sum(base)) / len(extra))] * len(extra) if extra else base
    table = word_table(word, len(rows) + 1, widths)
    for column, label in enumerate(
        ("", *(INDICATOR_COLUMNS[key] for key in ("level1", "level2", "name", "value")), *(lbl for _, lbl in extra))
    ):
        word_cell(table.cell(0, column), label, bold=True, align="centre", size=9 if extra else 10.5)
    period_cell = table.cell(0, 0).merge(table.cell(len(rows), 0))
    word_cell(period_cell, f"{PERIOD_LABELS[period]}绩效指标", bold=True, align="centre")
    start = 0
    for index, indicator in enumerate(rows, start=1):
        size = 9 if extra else 10.5
        word_cell(table.cell(index, 2), indicator.level2, align="centre", size=size)
        word_cell(table.cell(index, 3), indicator.name, size=size)
        word_cell(table.cell(index, 4), indicator.value, align="centre", size=size)
        for offset, (key, _) in enumerate(extra):
            word_cell(table.cell(index, 5 + offset), shown_field(indicator, key), size=size)  # as the window shows
        group_ends = index == len(rows) or not indicator.level1 or rows[index].level1 != indicator.level1
        if start == 0:
            start = index
        if group_ends:
            cell = table.cell(start, 1) if start == index else table.cell(start, 1).merge(table.cell(index, 1))
            word_cell(cell, indicator.level1, align="centre", size=size)
            start = 0


def write_docx(document: Document, path: Path) -> None:
    """Save ``document`` as a Word document at ``path``, atomically; raise DocumentError on failure."""
    save_word(Path(path), lambda: build_docx(document))


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
