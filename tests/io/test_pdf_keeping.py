"""The PDF as a clerk reads it: Chinese line breaking, no block stranded on a page, headers on continuations."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from gridbudget_gui.domain.document import CostItem, Document, Factor
from gridbudget_gui.io.pdf.linebreak import CANNOT_END_ZH, CANNOT_START_ZH, break_line
from gridbudget_gui.io.pdf.style import FONT, register_font
from gridbudget_gui.io.pdf.write import write_pdf
from tests.io import pdf_tools

_PIECES = [*pdf_tools.LINE_PIECES, "；", "abc ", "2019"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.integers(min_value=90, max_value=300))
def test_lines_never_end_on_an_opening_mark_nor_start_on_a_closing_one(pieces: list[str], width: int) -> None:
    register_font()
    text = "".join(pieces)
    lines = break_line(text, width, FONT, 10.5)
    # Nothing is lost but the spaces the lines broke at.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for index, line in enumerate(lines):
        if index < len(lines) - 1 and line:
            assert line[-1] not in CANNOT_END_ZH, lines
        if index > 0 and line and len(lines[index - 1]) > 1:
            assert line[0] not in CANNOT_START_ZH, lines
        # Only a closing mark may hang past the width.
        body = line[:-1] if line and line[-1] in CANNOT_START_ZH else line
        if len(body) > 1:
            assert stringWidth(body, FONT, 10.5) <= width + 0.01, lines


def test_numbers_are_not_cut_and_brackets_open_the_next_line() -> None:
    register_font()
    text = "依据《呈贡区网格化管理办法》【2019】第37号，共计4,484,040.00元（含劳务派遣）。" * 3
    for width in range(80, 260, 7):  # from the width of the number up
        lines = break_line(text, width, FONT, 10.5)
        joined = "\n".join(lines)
        assert joined.count("4,484,040.00") == 3, lines
        assert not any(line.endswith(("【", "《", "（")) for line in lines), lines


def test_the_typed_arithmetic_is_printed_beside_its_factor(example_document: Document, tmp_path: Path) -> None:
    path = tmp_path / "example.pdf"
    write_pdf(example_document, path)
    text = pdf_tools.text(path)
    # 158 was typed as 45*4-22 on three lines; 2580 was typed plain.
    assert text.count("158（45×4-22）人") == 3
    assert "2580（" not in text


def _sentences(count: int) -> str:
    return "".join(f"第{n:04d}句：落实【网格化】管理（细化）标准。" for n in range(1, count + 1))


def _page_of(path: Path, marker: str) -> int:
    pages = [page for page in range(1, pdf_tools.page_count(path) + 1) if marker in pdf_tools.text(path, page)]
    assert len(pages) == 1, (marker, pages)
    return pages[0]


@pytest.mark.parametrize("count", [8, 14, 20, 26, 32, 38, 44, 50])
def test_the_signatures_never_stand_alone(example_document: Document, tmp_path: Path, count: int) -> None:
    example_document.project.budget_notes = _sentences(count)
    path = tmp_path / "notes.pdf"
    write_pdf(example_document, path)
    page = pdf_tools.text(path, _page_of(path, "单位（盖章）"))
    # At least the last three lines of 预算绩效说明 (about two sentences) stand above the signatures.
    numbers = [int(n) for n in re.findall(r"第(\d{4})", page)]
    assert numbers and numbers[-1] == count
    assert len(numbers) >= min(count, 3), numbers


@pytest.mark.parametrize("count", [14, 17, 20, 23, 26, 29, 32, 35])
def test_the_total_keeps_the_last_cost_lines(example_document: Document, tmp_path: Path, count: int) -> None:
    rng = random.Random(count)
    example_document.cost_items = []
    for number in range(1, count + 1):
        name = f"支出第{number:03d}项" + "网格员培训及宣传" * rng.randint(0, 3)
        item = CostItem(name, [Factor(Decimal(number), "人"), Factor(Decimal("100"), "元")])
        item.recompute()
        example_document.cost_items.append(item)
    path = tmp_path / "costs.pdf"
    write_pdf(example_document, path)
    page = _page_of(path, "合计（小写）")
    assert page == _page_of(path, "合计（大写）")
    lines = [int(n) for n in re.findall(r"支出第(\d{3})项", pdf_tools.text(path, page))]
    assert lines[-3:] == [count - 2, count - 1, count], lines


def test_the_goals_repeat_their_heading_on_every_page(example_document: Document, tmp_path: Path) -> None:
    example_document.goals.mid_term = _sentences(260)
    example_document.goals.annual = _sentences(120)
    path = tmp_path / "goals.pdf"
    write_pdf(example_document, path)
    pages = [page for page in range(1, pdf_tools.page_count(path) + 1) if "第0200句" in pdf_tools.text(path, page)]
    goal_pages = [
        page
        for page in range(1, pdf_tools.page_count(path) + 1)
        if re.search(r"第0\d{3}句", pdf_tools.text(path, page))
    ]
    assert len(goal_pages) >= 3 and pages
    for page in goal_pages:
        assert "中期目标年度目标" in pdf_tools.text(path, page, layout=True), page


def test_no_printed_line_ends_on_an_opening_bracket(example_document: Document, tmp_path: Path) -> None:
    # Sentences of every length, so that some bracket falls at each position of a line.
    example_document.unit.profile = "".join(f"第{n}项【{'网格' * (n % 11)}】（{'细' * (n % 5)}）" for n in range(90))
    example_document.cost_items[0].note = "".join(f"【{'细' * n}】" for n in range(12))
    path = tmp_path / "brackets.pdf"
    write_pdf(example_document, path)
    lines = pdf_tools.run("pdftotext", str(path), "-").splitlines()
    assert sum("【" in line for line in lines) > 40
    assert not [line for line in lines if line.rstrip().endswith(("【", "（", "“", "《"))]


def test_filled_per_indicator_columns_print_on_landscape_pages(example_document: Document, tmp_path: Path) -> None:
    for indicator in example_document.indicators.annual:
        indicator.operator, indicator.unit, indicator.weight = "≥", "个", "10"
        indicator.scoring = f"{indicator.name}完成得满分，未完成按比例扣分。"
    path = tmp_path / "wide.pdf"
    write_pdf(example_document, path)
    sizes = pdf_tools.page_sizes(path)
    wide = [number for number, size in enumerate(sizes, start=1) if size.startswith("841.89 x 595.276")]
    assert wide and all(size.startswith("595.276 x 841.89") for n, size in enumerate(sizes, 1) if n not in wide)
    # The filled columns only (no 指标解释, no 备注), each indicator along one row.
    header = "一级指标二级指标三级指标计算符号指标值计量单位权重评（扣）分标准"
    for page in wide:
        assert header in pdf_tools.text(path, page, layout=True), page
    text = "".join(pdf_tools.text(path, page, layout=True) for page in wide)
    assert "指标解释" not in text
    assert "城市环境改善≥成效显著个10" in text
    # The notes and the signatures come back to portrait after the matrix.
    assert wide[-1] < _page_of(path, "单位（盖章）")
