"""Print and print preview: the pages of the PDF itself, rendered with QtPdf, so paper and PDF never differ."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt, QThread
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.pdf.write import render_pdf
from gridbudget_gui.ui.autosave import autosave_before_risk

log = logging.getLogger(__name__)

PRINT_DPI = 300
"""Pages go to the printer as images of at most this resolution: sharp text, bounded memory per page."""


class PdfPages:
    """A PDF held in memory and opened with QtPdf, ready to be rendered page by page."""

    def __init__(self, pdf_bytes: bytes) -> None:
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument()
        self.pdf.load(self._buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() <= 0:
            raise ValueError(f"QtPdf could not open the PDF ({self.pdf.error().name})")

    @property
    def page_count(self) -> int:
        """The number of pages."""
        return int(self.pdf.pageCount())

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (0-based) as a greyscale image at ``dpi``."""
        points = self.pdf.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        rendered = self.pdf.render(index, size)
        # QtPdf leaves the paper transparent; lay the page on white before dropping the alpha channel.
        sheet = QImage(rendered.size(), QImage.Format.Format_RGB32)
        sheet.fill(Qt.GlobalColor.white)
        painter = QPainter(sheet)
        painter.drawImage(0, 0, rendered)
        painter.end()
        # The form is black on white: greyscale keeps it exact at a quarter of the memory.
        return sheet.convertToFormat(QImage.Format.Format_Grayscale8)


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer set up for the form: A4 portrait, the whole sheet (the PDF carries its own margins)."""
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("项目申报书")
    return printer


def page_indexes(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the printer asks for: its page range if one was chosen, else all."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
    return list(range(first - 1, last))


def paint_pdf_to_printer(pdf_bytes: bytes, printer: QPrinter, dpi: float = PRINT_DPI) -> int:
    """Draw the PDF's pages on ``printer`` (page range and copies honoured); return the sheets painted."""
    pages = PdfPages(pdf_bytes)
    indexes = page_indexes(printer, pages.page_count)
    # Drivers that cannot make copies themselves leave it to the application (QPrinter docs).
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        sequence = indexes * copies
    else:
        sequence = [index for index in indexes for _ in range(copies)]
    if not sequence:
        return 0
    resolution = min(float(printer.resolution()), dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("printing", "无法开始打印（打印机不可用）"))
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, index in enumerate(sequence):
            if number and not printer.newPage():
                raise OSError(QCoreApplication.translate("printing", "打印机拒绝了新的一页"))
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            image = pages.render(index, resolution)
            painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
    finally:
        painter.end()
    return len(sequence)


def _render_or_warn(document: Document, parent: QWidget | None, step: str, side_by_side: bool = False) -> bytes | None:
    # Printing runs native code (QtPdf, the printer driver) that has crashed the process under Wine: the
    # document is autosaved first, so that nothing typed is lost whatever happens next.
    autosave_before_risk(parent, step)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return render_pdf(document, side_by_side=side_by_side)
    except Exception as error:
        log.exception("Rendering the pages to print failed")
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("printing", "无法打印"),
            QCoreApplication.translate("printing", "无法生成打印页面：{error}").format(error=error),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()


def print_document(document: Document, parent: QWidget | None = None, *, side_by_side: bool = False) -> bool:
    """File → Print: choose a printer, pages and copies, then print the PDF's pages (the indicator matrices
    side by side when ``side_by_side``, as the PDF export lays them); True if printed."""
    data = _render_or_warn(document, parent, "print", side_by_side)
    if data is None:
        return False
    return print_pdf(data, parent)


def print_pdf(data: bytes, parent: QWidget | None = None) -> bool:
    """Choose a printer, pages and copies, then print the pages of the PDF ``data``; True if printed."""
    pages = PdfPages(data).page_count
    printer = a4_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "打印申报书"))
    dialog.setMinMax(1, pages)
    dialog.setFromTo(1, pages)
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(option.PrintPageRange | option.PrintCollateCopies | option.PrintToFile | option.PrintShowPageSize)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    log.info(
        "Printing %d of %d pages to %s", len(page_indexes(printer, pages)), pages, printer.printerName() or "a file"
    )
    try:
        paint_pdf_to_printer(data, printer)
    except OSError as error:
        log.warning("Printing failed: %s", error)
        QMessageBox.warning(parent, QCoreApplication.translate("printing", "打印失败"), str(error))
        return False
    return True


PREVIEW_SCREEN_SHARE = 0.85
"""The print preview takes this share of the screen's width and height."""


class PreviewDialog(QDialog):
    """The pages of the PDF in a QPdfView, which renders only the pages in sight (in a worker thread), so
    the preview opens as soon as the PDF is made however long the declaration; 打印 prints the same PDF."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("printing", "打印预览"))
        self.data = data
        self.pages = PdfPages(data)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)  # readable at once: the page as wide as the window
        self.view.setDocument(self.pages.pdf)
        self.view.setPageSpacing(12)
        bar = QToolBar(self)
        self.print_action = bar.addAction(QCoreApplication.translate("printing", "打印(&P)…"), self.print_pages)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        bar.addSeparator()
        self.fit_width_action = bar.addAction(QCoreApplication.translate("printing", "适合宽度(&W)"), self.fit_width)
        self.whole_page_action = bar.addAction(QCoreApplication.translate("printing", "整页(&G)"), self.whole_page)
        self.zoom_in_action = bar.addAction(QCoreApplication.translate("printing", "放大(&I)"), lambda: self.zoom(1.25))
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = bar.addAction(QCoreApplication.translate("printing", "缩小(&O)"), lambda: self.zoom(0.8))
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        bar.addSeparator()
        self.page_label = QLabel(self)
        bar.addWidget(self.page_label)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self._show_page(navigator.currentPage())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view)
        screen = (parent.screen() if parent is not None else QApplication.primaryScreen()).availableGeometry()
        self.resize(int(screen.width() * PREVIEW_SCREEN_SHARE), int(screen.height() * PREVIEW_SCREEN_SHARE))

    def _show_page(self, index: int) -> None:
        self.page_label.setText(
            QCoreApplication.translate("printing", "第 {page} 页，共 {pages} 页").format(
                page=index + 1, pages=self.pages.page_count
            )
        )

    def fit_width(self) -> None:
        """The page as wide as the window."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def whole_page(self) -> None:
        """A whole page in the window."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` from the size shown now."""
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def print_pages(self) -> bool:
        """Print the previewed pages (the printer dialog first); True if printed."""
        return print_pdf(self.data, self)


def preview_document(document: Document, parent: QWidget | None = None, *, side_by_side: bool = False) -> None:
    """File → Print Preview: the PDF's pages (laid out as ``side_by_side`` says), rendered as they come into
    sight; it can print them too."""
    data = _render_or_warn(document, parent, "print preview", side_by_side)
    if data is None:
        return
    PreviewDialog(data, parent).exec()


SMOKE_PREVIEW_POLLS = 200
"""How many times (50 ms apart) the smoke test lets the preview's view draw before it calls the preview blank."""


def _inked(image: QImage) -> bool:
    """Whether a page image holds anything darker than paper."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return min(grey.constBits().tobytes()) < 128  # type: ignore[union-attr]


def smoke_print(document: Document, parent: QWidget, target: Path, *, side_by_side: bool = False) -> tuple[int, int]:
    """The release smoke test's print run, without dialogs: the print preview opened and drawn, then every page
    printed to the PDF printer writing ``target``; return (pages previewed, pages printed)."""
    data = _render_or_warn(document, parent, "print preview", side_by_side)
    if data is None:
        raise OSError("the pages to print could not be made")
    preview = PreviewDialog(data, parent)
    preview.show()
    for _ in range(SMOKE_PREVIEW_POLLS):  # QPdfView draws the pages in sight in a worker thread
        QApplication.processEvents()
        if _inked(preview.view.viewport().grab().toImage()):
            break
        QThread.msleep(50)
    else:
        raise OSError("the print preview stayed blank")
    previewed = sum(_inked(preview.pages.render(index, 36)) for index in range(preview.pages.page_count))
    preview.close()
    autosave_before_risk(parent, "print")
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return previewed, paint_pdf_to_printer(data, printer)
