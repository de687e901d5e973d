"""The PDF's pagination: long cost tables, long texts and long indicator matrices break across pages."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.io.pdf.write import write_pdf
from tests.io import pdf_tools

COST_HEADER = "序号支出内容测算依据金额（元）备注"


def _cost_lines(document: Document, count: int) -> None:
    document.cost_items = []
    for number in range(1, count + 1):
        item = CostItem(f"测试支出第{number}项", [Factor(Decimal(number), "人"), Factor(Decimal("1234.5"), "元")])
        item.recompute()
        document.cost_items.append(item)


def _pages_with(path: Path, pattern: str) -> list[int]:
    return [page for page in range(1, pdf_tools.page_count(path) + 1) if re.search(pattern, pdf_tools.text(path, page))]


def test_a_300_line_cost_table_repeats_its_header_on_every_page(example_document: Document, tmp_path: Path) -> None:
    _cost_lines(example_document, 300)
    path = tmp_path / "long-costs.pdf"
    write_pdf(example_document, path)
    pages = _pages_with(path, r"测试支出第\d+项")
    assert len(pages) >= 5
    assert pages == list(range(pages[0], pages[-1] + 1))
    for page in pages:
        assert COST_HEADER in pdf_tools.text(path, page, layout=True), page
    # Every line printed once, in order, with its amount.
    text = pdf_tools.text(path)
    numbers = [int(n) for n in re.findall(r"测试支出第(\d+)项", text)]
    assert numbers == list(range(1, 301))
    assert format_money(Decimal(300) * Decimal("1234.5")) in text
    # The total in figures and in words stay together, after the last line.
    last = pdf_tools.text(path, pages[-1])
    if "合计（小写）" in last:
        assert "合计（大写）" in last
    total_pages = _pages_with(path, "合计（小写）")
    assert total_pages == _pages_with(path, "合计（大写）")
    assert total_pages[0] >= pages[-1]


def _numbered_text(count: int) -> str:
    return "".join(f"第{number:05d}句：贯彻执行网格化管理的方针政策，细化管理标准。" for number in range(1, count + 1))


def test_a_very_long_text_field_breaks_across_pages(example_document: Document, tmp_path: Path) -> None:
    long_text = _numbered_text(700)
    assert len(long_text) > 20_000
    example_document.unit.profile = long_text
    path = tmp_path / "long-text.pdf"
    write_pdf(example_document, path)
    pages = _pages_with(path, r"第\d{5}句")
    assert len(pages) >= 8
    # The label is carried onto every page the field continues on; take it out to read the sentences.
    text = pdf_tools.body_text(path)
    assert text.count("单位概况") == len(pages)
    assert [int(n) for n in re.findall(r"第(\d{5})句", text.replace("单位概况", ""))] == list(range(1, 701))
    # The fields after it still follow, and every page keeps its number.
    assert text.index("第00700句") < text.index("项目基本概况") < text.index("项目绩效目标表")
    count = pdf_tools.page_count(path)
    for page in (1, pages[len(pages) // 2], count):
        assert f"第{page}页共{count}页" in pdf_tools.text(path, page)


@pytest.mark.parametrize("field", ["goals", "safeguards", "budget_notes", "summary", "overview"])
def test_long_texts_split_in_every_grid(example_document: Document, tmp_path: Path, field: str) -> None:
    long_text = _numbered_text(300)
    if field == "goals":
        example_document.goals.mid_term = long_text
        example_document.goals.annual = long_text
    else:
        setattr(example_document.project, field, long_text)
    path = tmp_path / f"{field}.pdf"
    write_pdf(example_document, path)
    assert len(_pages_with(path, r"第\d{5}句")) >= 3
    numbers = re.findall(r"第(\d{5})句", pdf_tools.body_text(path))
    assert numbers.count("00300") == (2 if field == "goals" else 1)


def test_a_cost_line_taller_than_a_page_still_prints(example_document: Document, tmp_path: Path) -> None:
    example_document.cost_items[1].note = _numbered_text(150)
    path = tmp_path / "tall-row.pdf"
    write_pdf(example_document, path)
    text = pdf_tools.body_text(path)
    # A line may break before 句, never inside the number (io/pdf/linebreak.py).
    assert [int(n) for n in re.findall(r"第(\d{5})", text)] == list(range(1, 151))
    assert "信息采集终端" in text
    assert "5,345,800.00" in text


def test_the_indicator_matrix_carries_its_labels_across_pages(example_document: Document, tmp_path: Path) -> None:
    rows = [Indicator("产出指标", "数量指标", f"产出第{n:03d}项", f"{n}个") for n in range(1, 61)]
    rows += [Indicator("效益指标", "社会效益指标", f"效益第{n:03d}项", "得到提升") for n in range(1, 41)]
    example_document.indicators.annual = rows
    path = tmp_path / "matrix.pdf"
    write_pdf(example_document, path)
    pages = _pages_with(path, r"(产出|效益)第\d{3}项")
    assert len(pages) >= 2
    for page in pages:
        text = pdf_tools.text(path, page)
        assert "一级指标二级指标三级指标指标值" in pdf_tools.text(path, page, layout=True), page
        first = re.search(r"(产出|效益)第\d{3}项", text)
        assert first is not None
        # The level-1 label of the first row on the page is printed on that page.
        assert f"{first[1]}指标" in text[: first.start()], page
    annual = next(page for page in pages if "年度绩效指标" in pdf_tools.text(path, page))
    later = [page for page in pages if page > annual]
    assert later
    assert all("年度绩效指标（续）" in pdf_tools.text(path, page) for page in later)
    names = re.findall(r"(?:产出|效益)第\d{3}项", pdf_tools.text(path))
    assert len(names) == 100


@pytest.mark.slow
def test_ten_thousand_cost_lines_print_whole(example_document: Document, tmp_path: Path) -> None:
    """Every line of a 10,000-line table is printed, once (its speed is benchmarks/pdf_speed.py's)."""
    _cost_lines(example_document, 10_000)
    write_pdf(example_document, tmp_path / "big.pdf")
    assert pdf_tools.page_count(tmp_path / "big.pdf") > 150
    numbers = {int(n) for n in re.findall(r"测试支出第(\d+)项", pdf_tools.text(tmp_path / "big.pdf"))}
    assert sorted(numbers) == list(range(1, 10_001))


def test_a_figure_of_the_basis_is_never_cut_in_two(example_document: Document) -> None:
    """Many lines, long names, notes and a long 大写 all want width, yet 共80,000.00元 keeps one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from gridbudget_gui.io.pdf.declaration import cost_widths
    from gridbudget_gui.io.pdf.style import BODY_SIZE, FONT, PAD, register_font

    note = "按2020年区财政局下拨标准测算，与上年基本持平。"
    units = (("人", "元", "个月"), ("台", "元/月", "月"), ())
    example_document.cost_items = []
    for n in range(10_000):
        kind = units[n % 3]
        values = (Decimal(10 + n % 150), Decimal(180 + n % 2500), Decimal(1 + n % 12))
        factors = [Factor(value, unit) for value, unit in zip(values, kind, strict=False)]
        item = CostItem(
            f"社区专职网格员工资及劳务派遣费（第{n}批）", factors, Decimal("80000.00"), note if n % 7 else ""
        )
        item.recompute()
        example_document.cost_items.append(item)
    register_font()
    basis = cost_widths(example_document)[2] - 2 * PAD - 0.5 * BODY_SIZE  # the room for text in 测算依据
    assert basis >= stringWidth("共80,000.00元", FONT, BODY_SIZE)
