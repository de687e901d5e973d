"""The print path: the PDF's own pages, rendered with QtPdf onto a printer (here a PDF printer)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.pdf.write import render_pdf
from gridbudget_gui.ui import printing
from tests.io import pdf_tools


def _pdf_printer(path: Path) -> QPrinter:
    printer = printing.a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_image(path: Path, page: int, folder: Path, name: str) -> QImage:
    prefix = folder / name
    subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", "-f", str(page), "-l", str(page), "-singlefile", str(path), str(prefix)],
        check=True,
    )
    image = QImage(str(prefix) + ".pgm")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _difference(one: QImage, other: QImage) -> float:
    """Mean absolute difference of two greyscale pages, brought to one size (the PDF printer rounds to whole points)."""
    size = QSize(100, 141)  # a width divisible by 4: no padding at the end of each scan line
    mode = Qt.AspectRatioMode.IgnoreAspectRatio
    smooth = Qt.TransformationMode.SmoothTransformation
    a = one.scaled(size, mode, smooth).constBits().tobytes()
    b = other.scaled(size, mode, smooth).constBits().tobytes()
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_printing_draws_every_page_of_the_pdf(qapp: object, example_document: Document, tmp_path: Path) -> None:
    data = render_pdf(example_document)
    (tmp_path / "source.pdf").write_bytes(data)
    printer = _pdf_printer(tmp_path / "printed.pdf")
    sheets = printing.paint_pdf_to_printer(data, printer)
    count = pdf_tools.page_count(tmp_path / "source.pdf")
    assert sheets == count
    assert pdf_tools.page_count(tmp_path / "printed.pdf") == count
    assert pdf_tools.page_sizes(tmp_path / "printed.pdf") == ["595 x 842 pts (A4)"] * count
    # Each printed sheet looks like its own PDF page (rasterising blurs the rules a little), far less
    # like another page, and is not blank.
    sources = [_page_image(tmp_path / "source.pdf", page, tmp_path, f"source-{page}") for page in range(1, count + 1)]
    for page in range(1, count + 1):
        printed = _page_image(tmp_path / "printed.pdf", page, tmp_path, f"printed-{page}")
        own = _difference(printed, sources[page - 1])
        others = [_difference(printed, source) for index, source in enumerate(sources) if index != page - 1]
        assert own < 0.6 * min(others), (page, own, others)
        assert _difference(printed, _blank_like(printed)) > 2 * own


def _blank_like(image: QImage) -> QImage:
    blank = QImage(image.size(), QImage.Format.Format_Grayscale8)
    blank.fill(255)
    return blank


def test_page_range_and_copies(qapp: object, example_document: Document, tmp_path: Path) -> None:
    data = render_pdf(example_document)
    printer = _pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    assert printing.paint_pdf_to_printer(data, printer, dpi=100) == 4
    assert pdf_tools.page_count(tmp_path / "range.pdf") == 4


def test_page_indexes_follow_the_printer(qapp: object) -> None:
    printer = QPrinter()
    assert printing.page_indexes(printer, 5) == [0, 1, 2, 3, 4]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(4, 9)
    assert printing.page_indexes(printer, 5) == [3, 4]


def test_print_document_prints_through_the_dialog(
    qapp: object, example_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dialog.pdf"
    seen: dict[str, int] = {}

    def accept(dialog: QPrintDialog) -> int:
        seen["min"], seen["max"] = dialog.minPage(), dialog.maxPage()
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert printing.print_document(example_document) is True
    count = pdf_tools.page_count(target)
    assert seen == {"min": 1, "max": count}
    assert count == printing.PdfPages(render_pdf(example_document)).page_count


def test_cancelling_the_print_dialog_prints_nothing(
    qapp: object, example_document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected.value))
    painted: list[bytes] = []
    monkeypatch.setattr(printing, "paint_pdf_to_printer", lambda data, printer, dpi=0: painted.append(data))
    assert printing.print_document(example_document) is False
    assert painted == []


def test_preview_opens_readable_and_draws_the_pages_in_sight(
    qtbot: QtBot, example_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[printing.PreviewDialog] = []
    monkeypatch.setattr(printing.PreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    printing.preview_document(example_document)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    screen = QApplication.primaryScreen().availableGeometry()
    assert dialog.width() >= screen.width() * 0.8 and dialog.height() >= screen.height() * 0.8  # opens readable
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.pages.page_count == printing.PdfPages(render_pdf(example_document)).page_count
    assert dialog.page_label.text() == f"第 1 页，共 {dialog.pages.page_count} 页"
    dialog.show()

    def first_page_drawn() -> None:  # QPdfView renders the pages in sight in a worker thread
        image = dialog.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        dark = sum(
            1
            for y in range(0, image.height(), 4)
            for x in range(0, image.width(), 4)
            if image.pixelColor(x, y).value() < 100
        )
        assert dark > 50

    qtbot.waitUntil(first_page_drawn, timeout=5000)
    # 打印 in the preview prints the very pages previewed.
    target = tmp_path / "from-preview.pdf"

    def accept(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog.print_action.trigger()
    assert pdf_tools.page_count(target) == dialog.pages.page_count


def test_a_broken_pdf_is_refused(qapp: object) -> None:
    with pytest.raises(ValueError, match="QtPdf"):
        printing.PdfPages(b"%PDF-1.4 not really")
