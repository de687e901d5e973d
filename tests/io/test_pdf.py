"""The declaration as PDF: text that can be extracted, embedded fonts, A4, page numbers, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.platypus.doctemplate import LayoutError

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.pdf import write as pdf
from gridbudget_gui.io.pdf.write import render_pdf, write_pdf
from gridbudget_gui.resources import CJK_FONT_SUBFONT, cjk_font_path, example_path
from tests.io import pdf_tools


@pytest.fixture
def example_pdf(example_document: Document, tmp_path: Path) -> Path:
    """The example declaration written as PDF."""
    path = tmp_path / "example.pdf"
    write_pdf(example_document, path)
    return path


def test_the_bundled_font_is_a_truetype_collection_with_its_licence() -> None:
    path = cjk_font_path()
    assert path.read_bytes()[:4] == b"ttcf"
    assert CJK_FONT_SUBFONT == 0
    assert (path.parent / "ARPHICPL.TXT").is_file()
    assert (path.parent / "README.md").is_file()


def test_the_text_comes_back_out(example_pdf: Path) -> None:
    text = pdf_tools.text(example_pdf)
    expected = [
        "昆明市网格化综合监督指挥中心呈贡分中心2021年全面推进“五进网格”精细化管理经费项目",
        "项目申报书",
        "全面推进“五进网格”精细化管理经费",
        "《呈贡区城市网格化管理“五进网格”工作实施细则》",
        "12530121MB01852289",
        "杨翰挺",
        "吴世芸",
        "13888099030",
        "158人×2580元×11个月",
        "4,484,040.00",
        "63,200.00",
        "共80,000.00元",
        "5,345,800.00",
        "人民币伍佰叁拾肆万伍仟捌佰元整",
        "项目绩效目标表",
        "（2021年度）",
        "002延续性项目",
        "16,037,400.00",
        "县（市）区级财政",
        "网格案件处置率",
        "≧95%",
        "单位负责人：杨翰挺",
        "填报人：吴世芸",
        "填报日期：2020年10月26日",
        "单位（盖章）",
    ]
    missing = [item for item in expected if item not in text]
    assert not missing
    # The 申报书 comes before the 绩效目标表, and the signatures close the document.
    assert text.index("项目申报书") < text.index("项目绩效目标表") < text.index("单位负责人")


def test_every_font_is_embedded_even_for_digits(example_pdf: Path) -> None:
    rows = pdf_tools.fonts(example_pdf)
    assert rows
    for row in rows:
        assert row[0].split("+")[-1].startswith("UMingCN"), row
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row


def test_pages_are_a4_and_numbered(example_pdf: Path) -> None:
    count = pdf_tools.page_count(example_pdf)
    assert count >= 3
    sizes = pdf_tools.page_sizes(example_pdf)
    assert sizes == ["595.276 x 841.89 pts (A4)"] * count
    for page in range(1, count + 1):
        assert f"第{page}页共{count}页" in pdf_tools.text(example_pdf, page)


def test_the_performance_table_starts_on_its_own_page(example_pdf: Path) -> None:
    count = pdf_tools.page_count(example_pdf)
    first = next(page for page in range(1, count + 1) if "项目绩效目标表" in pdf_tools.text(example_pdf, page))
    assert pdf_tools.text(example_pdf, first).startswith("项目绩效目标表（2021年度）")
    assert "项目申报书" not in pdf_tools.text(example_pdf, first)


def test_render_pdf_returns_the_same_document_as_bytes(example_document: Document) -> None:
    data = render_pdf(example_document)
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def test_an_empty_declaration_still_prints_the_form(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_pdf(Document(), path)
    text = pdf_tools.text(path)
    for label in (
        "项目名称",
        "立项依据",
        "合计（小写）",
        "0.00",
        "零元整",
        "项目绩效目标表",
        "（未填写）",
        "单位（盖章）",
    ):
        assert label in text


def test_a_failed_layout_leaves_the_old_file_alone(
    example_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")

    def broken(document: Document, **_options: object) -> bytes:
        raise LayoutError("Flowable too large")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    with pytest.raises(DocumentError, match="无法排版"):
        write_pdf(example_document, path)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def _gridbudget(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "gridbudget_gui", *args]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)


def test_export_command_writes_the_pdf(tmp_path: Path) -> None:
    target = tmp_path / "申报书.pdf"
    result = _gridbudget("export", str(example_path()), str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert "5,345,800.00" in pdf_tools.text(target)


def test_export_to_a_missing_folder_fails_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "out.pdf"
    result = _gridbudget("export", str(example_path()), str(target))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "out.pdf" in lines[0]
    assert "Traceback" not in result.stderr
    assert not target.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_export_to_a_read_only_folder_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _gridbudget("export", str(example_path()), str(folder / "out.pdf"))
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_reportlab_runs_on_its_c_accelerator() -> None:
    """rl_accel is a dependency: without it reportlab silently falls back to slower pure-Python code."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "escapePDF"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name  # the C module's, not the Python fallback
