"""The PDF's page, font and paragraph styles: A4 with a binding margin, one embedded Song face, page numbers."""

from __future__ import annotations

import functools
import io
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from gridbudget_gui.io.pdf.linebreak import CANNOT_START_ZH, break_line
from gridbudget_gui.resources import CJK_FONT_SUBFONT, cjk_font_path

FONT = "GridBudgetSong"
"""The name the bundled Song face is registered under in reportlab."""

PAGE_WIDTH, PAGE_HEIGHT = A4
# Binding (装订) on the left: the sheets are stapled or bound along it, so it gets the wide margin.
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FOOTER_BASELINE = 11 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
FRAME_PADDING = 0.0
# Landscape pages (the indicator matrix with its per-indicator columns), bound on the same side.
WIDE_FRAME_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT
WIDE_FRAME_HEIGHT = PAGE_WIDTH - MARGIN_TOP - MARGIN_BOTTOM
WIDE_TEMPLATE = "wide"
"""The page template of landscape pages: switch to it with ``NextPageTemplate(WIDE_TEMPLATE)``."""
FORM_TEMPLATE = "form"

BODY_SIZE = 10.5  # 五号, the size of body text on Chinese official forms
SMALL_SIZE = 9.0
LEADING = round(BODY_SIZE * 1.45, 1)
PAD = 4.0  # cell padding on every side


@cache
def register_font() -> str:
    """Register the bundled CJK face with reportlab once per process and return its name."""
    for module in (rl_textsplit, rl_paragraph):  # one-fragment paragraphs wrap in textsplit, others here
        missing = "".join(ch for ch in CANNOT_START_ZH if ch not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing
    path = cjk_font_path()
    pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=CJK_FONT_SUBFONT))
    return FONT


def _style(name: str, size: float, align: int, leading: float | None = None) -> ParagraphStyle:
    register_font()
    return ParagraphStyle(
        name,
        fontName=FONT,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.45, 1),
        alignment=align,
        # A closing punctuation mark may hang past the line end (标点悬挂); keep its ink off the rule.
        rightIndent=0.5 * size if align == TA_LEFT else 0,
        wordWrap="CJK",  # never TA_JUSTIFY with CJK wrapping (see docs/pitfalls.md)
        splitLongWords=True,
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the form, by role."""
    return {
        "body": _style("body", BODY_SIZE, TA_LEFT),
        "label": _style("label", BODY_SIZE, TA_CENTER),
        "center": _style("center", BODY_SIZE, TA_CENTER),
        "number": _style("number", BODY_SIZE, TA_RIGHT),
        "small": _style("small", SMALL_SIZE, TA_LEFT),
        "small_center": _style("small_center", SMALL_SIZE, TA_CENTER),
        "title": _style("title", 16, TA_CENTER, leading=24),
        "subtitle": _style("subtitle", 18, TA_CENTER, leading=26),
        "year": _style("year", 12, TA_CENTER, leading=18),
    }


def markup(text: str) -> str:
    """Text as paragraph markup: escaped, with its line breaks kept."""
    return escape(text.strip("\n")).replace("\n", "<br/>")


def paragraph(text: str, style: str = "body") -> Paragraph:
    """A wrapped paragraph of user text in one of the form's styles."""
    return Paragraph(markup(text), styles()[style])


class BoldParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph drawn with a thin outline stroke: the bundled face has no bold weight."""

    def draw(self) -> None:
        """Draw the paragraph in text render mode 2 (fill and stroke)."""
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.045 * self.style.fontSize)
        # Text render mode is part of the graphics state, so it holds inside the paragraph's BT…ET.
        canvas.addLiteral("2 Tr")
        super().draw()
        canvas.addLiteral("0 Tr")
        canvas.restoreState()


def title(text: str, style: str = "title") -> Flowable:
    """A centred heading in faux bold, broken the Chinese way (no opening quote left at a line end)."""
    paragraph_style = styles()[style]
    lines = break_line(text.strip(), FRAME_WIDTH, FONT, paragraph_style.fontSize)
    return BoldParagraph("<br/>".join(escape(line) for line in lines), paragraph_style)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages back until the end to print 第 N 页 共 M 页 on each."""

    def __init__(self, *args: Any, first_glyphs: str = "", **kwargs: Any) -> None:
        # The bundled face from the start: a Helvetica preamble would put an unembedded font in the file.
        kwargs["initialFontName"] = register_font()
        self.page_size: tuple[float, float] = kwargs.get("pagesize", A4)
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        if first_glyphs:
            # reportlab numbers the face's glyphs in subsets of 256 in the order they are first set, and starts a
            # new font operator wherever a string passes from one subset to another. Set in a text object that is
            # never drawn, the long tables' commonest characters share the first subset with the digits, instead
            # of the later ones the fields above the tables left them: a 10,000-line declaration switched subsets
            # 192,592 times, a third of its build; now 10,283 times. Nothing is written: the text object is dropped.
            self.beginText().textLine(first_glyphs)

    def setPageSize(self, size: tuple[float, float]) -> None:  # noqa: N802 - reportlab's name
        """Remember the size (a landscape page centres its footer on its own width)."""
        self.page_size = size
        super().setPageSize(size)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Keep the finished page instead of writing it, until the page count is known."""
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Write every held page with its footer, then the file."""
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, SMALL_SIZE)
            self.drawCentredString(self.page_size[0] / 2, FOOTER_BASELINE, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def build_pdf(story: list[Flowable], title_text: str, author: str, first_glyphs: str = "") -> bytes:
    """Lay the story out on A4 pages and return the PDF's bytes; ``first_glyphs``, the characters printed most
    often, are numbered first in the embedded font (see ``NumberedCanvas``)."""
    register_font()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title_text,
        author=author,
        creator="GridBudget",
        subject="项目申报书 / 项目绩效目标表",
        lang="zh-CN",
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=FRAME_PADDING,
        rightPadding=FRAME_PADDING,
        topPadding=FRAME_PADDING,
        bottomPadding=FRAME_PADDING,
        id="body",
    )
    wide = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        WIDE_FRAME_WIDTH,
        WIDE_FRAME_HEIGHT,
        leftPadding=FRAME_PADDING,
        rightPadding=FRAME_PADDING,
        topPadding=FRAME_PADDING,
        bottomPadding=FRAME_PADDING,
        id="wide",
    )
    template.addPageTemplates(
        [
            PageTemplate(id=FORM_TEMPLATE, frames=[frame], pagesize=A4),
            PageTemplate(id=WIDE_TEMPLATE, frames=[wide], pagesize=landscape(A4)),
        ]
    )
    # Plain Flate streams: ASCII85 on top makes the file a quarter bigger and the build ~10% slower.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        template.build(story, canvasmaker=functools.partial(NumberedCanvas, first_glyphs=first_glyphs))
    finally:
        rl_config.useA85 = saved_a85
    return buffer.getvalue()
