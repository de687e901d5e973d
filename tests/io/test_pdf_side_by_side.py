"""The seed's side-by-side 中期 | 年度 indicator layout, chosen per export (``--indicators side-by-side``)."""

from __future__ import annotations

from pathlib import Path

from gridbudget_gui.cli import main
from gridbudget_gui.io.json import write_json
from gridbudget_gui.io.pdf.write import write_pdf
from tests.io import pdf_tools

BESIDE = "中期绩效指标年度绩效指标"  # both captions on one line (the text comes without spaces)


def _beside(path: Path) -> bool:
    return BESIDE in pdf_tools.text(path, layout=True)


def test_side_by_side_puts_both_periods_on_one_line_with_every_value(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stacked, beside = tmp_path / "stacked.pdf", tmp_path / "beside.pdf"
    write_pdf(example_document, stacked)
    write_pdf(example_document, beside, side_by_side=True)
    assert not _beside(stacked) and _beside(beside)
    body = pdf_tools.text(beside, layout=True)
    assert body.count(BESIDE) == pdf_tools.page_count(beside) - 2  # repeated on the matrix's second page
    for indicator in [*example_document.indicators.mid_term, *example_document.indicators.annual]:
        assert indicator.value in body


def test_side_by_side_gives_way_to_the_landscape_matrix_when_extra_columns_are_filled(
    example_document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    example_document.indicators.annual[0].weight = "10"
    path = tmp_path / "a.pdf"
    write_pdf(example_document, path, side_by_side=True)
    assert not _beside(path)
    assert "权重" in pdf_tools.body_text(path)


def test_the_export_command_takes_the_layout(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, target = tmp_path / "a.json", tmp_path / "a.pdf"
    write_json(example_document, source)
    assert main(["export", str(source), str(target), "--indicators", "side-by-side"]) == 0
    assert _beside(target)
