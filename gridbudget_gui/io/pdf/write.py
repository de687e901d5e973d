"""The declaration as an A4 PDF: 项目申报书 then 项目绩效目标表, in the bundled Song face, embedded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import PageBreak
from reportlab.platypus.doctemplate import LayoutError

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError, collector_paused
from gridbudget_gui.io.pdf.declaration import declaration_story, declaration_title
from gridbudget_gui.io.pdf.style import build_pdf
from gridbudget_gui.io.pdf.tables import frequent_characters
from gridbudget_gui.io.pdf.targets import targets_story


def render_pdf(document: Document, *, side_by_side: bool = False) -> bytes:
    """The whole declaration as PDF bytes (also what the print path renders); ``side_by_side`` puts the
    中期 and 年度 indicator matrices beside each other, as the seed form does, instead of one under the other."""
    story = [*declaration_story(document), PageBreak(), *targets_story(document, side_by_side=side_by_side)]
    title_text = declaration_title(document) or "项目申报书"
    return build_pdf(story, title_text, document.signatures.preparer, frequent_characters(story))


def write_pdf(document: Document, path: Path, *, side_by_side: bool = False) -> None:
    """Write the declaration to ``path`` as PDF, atomically; raise DocumentError on failure."""
    save_rendered(Path(path), lambda: render_pdf(document, side_by_side=side_by_side))


def save_rendered(path: Path, render: Callable[[], bytes]) -> None:
    """Lay out a PDF with ``render`` and write it to ``path`` atomically; raise DocumentError on failure."""
    try:
        with collector_paused():
            data = render()
    except LayoutError as error:
        raise DocumentError(path, f"无法排版 PDF：{error}") from error
    except FileNotFoundError as error:
        raise DocumentError(path, f"找不到字体文件：{error.filename or error}") from error

    atomic_write_bytes(path, data)
