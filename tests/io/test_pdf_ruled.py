"""The fast path of the long tables: ``RuledPage`` draws what reportlab's ``Table`` draws, and the quick line
breaker breaks as the general one does."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph, Table, TableStyle

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.pdf.declaration import declaration_story
from gridbudget_gui.io.pdf.linebreak import CANNOT_END_ZH, break_line
from gridbudget_gui.io.pdf.ruled import RuledPage
from gridbudget_gui.io.pdf.style import FONT, build_pdf, register_font, styles
from gridbudget_gui.io.pdf.tables import BASE_COMMANDS, RULE, Command, frequent_characters, row_height
from tests.io import pdf_tools

WIDTHS = [40.0, 120.0, 90.0, 70.0, 80.0]
ROWS: list[list[str]] = [
    ["序号", "支出内容", "测算依据", "金额（元）", "备注"],
    ["1", "社区专职网格员工资及劳务\n派遣费（第1批）", "10（8+2）人×180元×\n1个月", "1,800.00", "按标准\n测算\n持平。"],
    ["2", "人身意外险", "11人×181元/年", "1,991.00", ""],
    ["产出指标", "数量指标", "覆盖社区个数", "45个", "左"],
    ["", "质量指标", "处置率", "≥95%", "右"],
    ["合计（小写）", "", "", "3,791.00", ""],
    ["合计（大写）", "", "", "人民币叁仟柒佰玖拾壹元整", ""],
]
COMMANDS: list[Command] = [
    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ("ALIGN", (0, 1), (0, -1), "CENTER"),
    ("ALIGN", (3, 1), (3, -1), "RIGHT"),
    ("ALIGN", (4, 4), (4, 4), "RIGHT"),
    ("SPAN", (0, 3), (0, 4)),  # a level-1 label down its group
    ("SPAN", (0, 5), (2, 5)),  # 合计 across three columns
    ("SPAN", (0, -1), (2, -1)),
    ("SPAN", (3, -1), (4, -1)),
    ("ALIGN", (3, -1), (3, -1), "LEFT"),
    ("TOPPADDING", (0, 1), (-1, 1), 7.0),  # a page's lead-in
]


def _heights() -> list[float]:
    heights = [row_height(row, WIDTHS) for row in ROWS]
    heights[1] += 7.0
    return heights


def _table() -> Table:
    table = Table([list(row) for row in ROWS], colWidths=WIDTHS, rowHeights=_heights())
    table.setStyle(TableStyle([*BASE_COMMANDS, *COMMANDS]))
    return table


def _words(path: Path) -> list[tuple[str, float, float]]:
    """Each word pdftotext finds, with the left and top of its box, rounded to 0.1 pt."""
    html = pdf_tools.run("pdftotext", "-bbox", str(path), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
    return [(word, round(float(x), 1), round(float(y), 1)) for x, y, word in re.findall(pattern, html)]


def _grey(path: Path, folder: Path) -> tuple[int, int, bytes]:
    """The first page as 8-bit grey pixels (width, height, pixels), at 100 dpi."""
    prefix = folder / path.stem
    pdf_tools.run("pdftoppm", "-gray", "-r", "100", "-f", "1", "-l", "1", str(path), str(prefix))
    data = next(folder.glob(f"{path.stem}*.pgm")).read_bytes()
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    assert match is not None
    return int(match[1]), int(match[2]), data[match.end() :]


def test_a_ruled_page_draws_what_a_table_draws(tmp_path: Path) -> None:
    register_font()
    assert RuledPage.handles(ROWS, COMMANDS)
    reference, ours = tmp_path / "table.pdf", tmp_path / "ruled.pdf"
    reference.write_bytes(build_pdf([_table()], "t", "a"))
    ours.write_bytes(build_pdf([RuledPage(ROWS, WIDTHS, _heights(), COMMANDS, RULE)], "t", "a"))
    # The same words at the same places: alignment, spans, lead-in and vertical centring as Table's.
    words = _words(ours)
    assert len(words) > 20
    assert words == _words(reference)
    # The same rules: no pixel differs by more than anti-aliasing does (a missing or extra rule is black on white).
    width, height, pixels = _grey(ours, tmp_path)
    assert (width, height) == _grey(reference, tmp_path)[:2]
    differences = [abs(a - b) for a, b in zip(pixels, _grey(reference, tmp_path)[2], strict=True)]
    assert max(differences) < 128, max(differences)


def test_pages_with_paragraphs_or_other_styles_are_left_to_table() -> None:
    register_font()
    assert not RuledPage.handles([["1", Paragraph("段落", styles()["body"])]], [])
    assert not RuledPage.handles([["1", "2"]], [("VALIGN", (0, 0), (-1, -1), "TOP")])
    assert not RuledPage.handles([["1", "2"]], [("LINEBELOW", (0, 0), (-1, 0), 1, None)])


# Pieces without spaces: a text of them takes the quick breaker; with a space after it, the general one.
_PIECES = [*pdf_tools.LINE_PIECES, "2019", "ab.c", "%"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.integers(min_value=8, max_value=300))
def test_the_quick_breaker_breaks_as_the_general_one(pieces: list[str], width: int) -> None:
    register_font()
    text = "".join(pieces)
    if text[-1] in CANNOT_END_ZH:
        text += "化"  # a trailing opening mark would take the space into its unit
    quick = break_line(text, width, FONT, 10.5)
    general = break_line(f"{text} 网", width, FONT, 10.5)
    # Every line before the one the space falls in is the same; that one starts as the quick last line.
    assert general[: len(quick) - 1] == quick[:-1]
    assert general[len(quick) - 1].startswith(quick[-1])


def test_the_tables_commonest_characters_come_first_and_change_nothing_printed(
    example_document: Document, tmp_path: Path
) -> None:
    story = declaration_story(example_document)
    characters = frequent_characters(story)
    # Every character of the cost table but ASCII, once, the commonest first.
    assert "元" in characters and "0" not in characters and " " not in characters
    assert len(set(characters)) == len(characters)
    assert characters.index("元") < characters.index("险")  # 元 is on every cost line, 险 on one
    # Numbering them first in the font changes which subset a glyph is in, not what is printed.
    plain, ordered = tmp_path / "plain.pdf", tmp_path / "ordered.pdf"
    plain.write_bytes(build_pdf(declaration_story(example_document), "t", "a"))
    ordered.write_bytes(build_pdf(declaration_story(example_document), "t", "a", characters))
    assert _words(ordered) == _words(plain)
    assert pdf_tools.text(ordered, layout=True) == pdf_tools.text(plain, layout=True)
