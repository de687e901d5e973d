"""The 项目绩效目标表 pages: header grid, funding, goals, the indicator matrix, notes and signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from gridbudget_gui.domain.dates import to_chinese
from gridbudget_gui.domain.document import PERIOD_LABELS, PERIODS, SOURCE_LABELS, Document, Indicator
from gridbudget_gui.domain.labels import INDICATOR_COLUMNS, printed, year_line
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.schemes import ordered_matrix
from gridbudget_gui.domain.targets import shown_field
from gridbudget_gui.io.pdf.grid import FormGrid, GridCell
from gridbudget_gui.io.pdf.style import (
    BODY_SIZE,
    FONT,
    FORM_TEMPLATE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    PAD,
    SMALL_SIZE,
    WIDE_FRAME_HEIGHT,
    WIDE_FRAME_WIDTH,
    WIDE_TEMPLATE,
    paragraph,
    title,
)
from gridbudget_gui.io.pdf.tables import (
    Cell,
    Command,
    PagedTable,
    TableSpec,
    balanced_widths,
    cell,
    form_table,
    merged_table,
    money_cell,
    run_ids,
    split_tall_row,
)

LABEL_WIDTH = 29 * mm  # one first column for every grid of the table, so its rule runs straight down
HALF = (FRAME_WIDTH - 2 * LABEL_WIDTH) / 2
INDICATOR_WIDTHS = [LABEL_WIDTH, 37 * mm, FRAME_WIDTH - LABEL_WIDTH - 67 * mm, 30 * mm]
FUNDING_LABEL_WIDTH = LABEL_WIDTH
ATTRIBUTE_CODES = {"新增项目": "001", "延续性项目": "002"}


def attribute_text(attribute: str) -> str:
    """项目属性 with its code, as the form prints it: 002 延续性项目."""
    code = ATTRIBUTE_CODES.get(attribute.strip())
    return f"{code} {attribute.strip()}" if code else attribute


def _label(first: int, text: str) -> GridCell:
    return GridCell(first, first, text, "CENTER", label=True)


def header_grid(document: Document) -> Flowable:
    """The project's name, department, unit, type, term, manager, summary and kind of legal basis."""
    project = document.project
    grid = FormGrid([LABEL_WIDTH, HALF, LABEL_WIDTH, HALF])
    grid.add(_label(0, printed("project.name")), GridCell(1, 3, project.name))
    pairs = [
        (printed("project.department"), project.department, "实施单位", document.unit.name),
        (printed("project.attribute"), attribute_text(project.attribute), printed("project.term"), project.term),
        (
            printed("project.manager.name"),
            project.manager.name,
            printed("project.manager.phone"),
            project.manager.phone,
        ),
    ]
    for left_label, left, right_label, right in pairs:
        grid.add(_label(0, left_label), GridCell(1, 1, left), _label(2, right_label), GridCell(3, 3, right))
    grid.add(_label(0, printed("project.summary")), GridCell(1, 3, project.summary))
    grid.add(_label(0, printed("project.basis_kind")), GridCell(1, 3, project.basis_kind))
    return grid.flowable()


def funding_grid(document: Document) -> Flowable:
    """资金来源: 中期 and 年度 rows, 总投入 and the five sources, right-aligned with separators."""
    keys = list(SOURCE_LABELS)
    column = (FRAME_WIDTH - FUNDING_LABEL_WIDTH) / len(keys)
    widths = [FUNDING_LABEL_WIDTH] + [column] * len(keys)
    rows: list[list[Cell]] = [[""] + [cell(SOURCE_LABELS[key], column, "CENTER") for key in keys]]
    for period in PERIODS:
        funding = document.funding.row(period)
        amounts: list[Cell] = []
        for key in keys:
            amount = funding.get(key)
            # The official form leaves a source blank when it gives nothing; 总投入 is always printed.
            text = format_money(amount) if amount or key == "total" else ""
            amounts.append(money_cell(text, column, size=SMALL_SIZE, padding=2))
        label = f"{PERIOD_LABELS[period]}资金来源\n（元）"
        rows.append([cell(label, FUNDING_LABEL_WIDTH, "CENTER"), *amounts])
    commands: list[Command] = [
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (1, 1), (-1, -1), SMALL_SIZE),
        ("LEFTPADDING", (1, 1), (-1, -1), 2),
        ("RIGHTPADDING", (1, 1), (-1, -1), 2),
    ]
    return form_table(rows, widths, commands, split_in_row=False)


def goals_grid(document: Document) -> Flowable:
    """总体目标: 中期目标 and 年度目标 side by side, under one label."""
    half = (FRAME_WIDTH - LABEL_WIDTH) / 2
    grid = FormGrid([LABEL_WIDTH, half, half])
    # The heading row leaves the label column open, so 总体目标 reads as one cell over both rows.
    # It is repeated on every page the goals continue on, so each column says which goal it is.
    grid.add(
        _label(0, ""),
        GridCell(1, 1, "中期目标", "CENTER"),
        GridCell(2, 2, "年度目标", "CENTER"),
        rule_from=1,
        heading=True,
    )
    grid.add(_label(0, "总体目标"), GridCell(1, 1, document.goals.mid_term), GridCell(2, 2, document.goals.annual))
    return grid.flowable()


WIDE_COLUMNS: list[tuple[str, str]] = [
    (key, INDICATOR_COLUMNS[key]) for key in ("operator", "value", "unit", "weight", "explanation", "scoring", "note")
]
"""The columns right of 三级指标 when any per-indicator column is filled, in the order of the official form."""
_PER_INDICATOR = ("operator", "unit", "weight", "explanation", "scoring", "note")
_CENTRED = {"level1", "level2", "operator", "value", "unit", "weight"}


def wide_columns(document: Document) -> list[tuple[str, str]]:
    """The indicator matrix's columns (field, header): the four of the form, or with the filled extra ones."""
    everything = [*document.indicators.mid_term, *document.indicators.annual]
    filled = {key for key in _PER_INDICATOR if any(getattr(indicator, key).strip() for indicator in everything)}
    base = [(key, INDICATOR_COLUMNS[key]) for key in ("level1", "level2", "name")]
    if not filled:
        return [*base, ("value", INDICATOR_COLUMNS["value"])]
    return [*base, *((key, label) for key, label in WIDE_COLUMNS if key == "value" or key in filled)]


def _matrix_widths(document: Document, columns: list[tuple[str, str]]) -> list[float]:
    if len(columns) == 4:
        return INDICATOR_WIDTHS
    everything = [*document.indicators.mid_term, *document.indicators.annual]
    texts = [[label, *(shown_field(indicator, key) for indicator in everything)] for key, label in columns]
    short = {index for index, (key, _) in enumerate(columns) if key in ("operator", "unit", "weight")}
    # The short columns as wide as their header or longest entry, the texts balanced by content.
    fixed = {index: max(stringWidth(text, FONT, BODY_SIZE) for text in texts[index]) + 2 * PAD + 2 for index in short}
    return balanced_widths(texts, fixed, WIDE_FRAME_WIDTH)


class _Matrix:
    """The indicator rows of both periods, with section captions, run ids and page hooks."""

    def __init__(self, document: Document, columns: list[tuple[str, str]], widths: list[float]) -> None:
        self.widths = widths
        total = sum(widths)
        blank = [""] * (len(columns) - 1)
        self.blank = blank
        self.rows: list[list[Cell]] = []
        self.kind: list[str] = []  # "caption", "header", "row" or "empty"
        self.period: list[str] = []
        self.run: list[int] = []  # rows of one level-1 group share a run id
        self.keep: set[int] = set()
        run = 0
        header = [cell(label, width, "CENTER") for (_, label), width in zip(columns, widths, strict=True)]
        self.header = header
        for period in PERIODS:
            label = PERIOD_LABELS[period]
            self._add([cell(f"{label}绩效指标", total, "CENTER"), *blank], "caption", period, -1)
            self.keep.add(len(self.rows) - 1)
            self._add(header, "header", period, -1)
            self.keep.add(len(self.rows) - 1)
            indicators: list[Indicator] = ordered_matrix(document.indicators.matrix(period), document.scheme)
            if not indicators:
                self._add([cell("（未填写）", total, "CENTER"), *blank], "empty", period, -1)
            previous: str | None = None
            for indicator in indicators:
                if indicator.level1 != previous:
                    run += 1
                    previous = indicator.level1
                row = [
                    cell(shown_field(indicator, key), width, "CENTER" if key in _CENTRED else "LEFT")
                    for (key, _), width in zip(columns, widths, strict=True)
                ]
                for piece in split_tall_row(row):
                    self._add(piece, "row", period, run)
                if indicator is indicators[0] and len(indicators) > 1:
                    self.keep.add(len(self.rows) - 1)  # the column header never over one row alone
        self.left = [index for index, (key, _) in enumerate(columns) if key not in _CENTRED]

    def _add(self, row: list[Cell], kind: str, period: str, run: int) -> None:
        self.rows.append(row)
        self.kind.append(kind)
        self.period.append(period)
        self.run.append(run)

    def page_header(self, start: int) -> list[list[Cell]]:
        """A page that starts inside a period repeats its caption (续) and the column header."""
        if start == 0 or self.kind[start] == "caption":
            return []
        caption = f"{PERIOD_LABELS[self.period[start]]}绩效指标（续）"
        rows: list[list[Cell]] = [[cell(caption, sum(self.widths), "CENTER"), *self.blank]]
        if self.kind[start] != "header":
            rows.append(self.header)
        return rows

    def prepare(self, start: int, stop: int) -> list[list[Cell]]:
        """The page's rows, with each level-1 label on the first row of its group on this page."""
        result = []
        for index in range(start, stop):
            row = self.rows[index]
            continues = index > start and self.run[index] >= 0 and self.run[index] == self.run[index - 1]
            result.append(["", *row[1:]] if continues else row)
        return result

    def commands(self, start: int, stop: int, offset: int) -> list[Command]:
        """Centre the headers, span captions across the table and level-1 cells down their group."""
        result: list[Command] = []
        for at in range(offset):
            result.append(("SPAN", (0, at), (-1, at)) if at == 0 else ("ALIGN", (0, at), (-1, at), "CENTER"))
        result.append(("ALIGN", (0, 0), (-1, -1), "CENTER"))
        for column in self.left:
            result.append(("ALIGN", (column, offset), (column, -1), "LEFT"))
        index = start
        while index < stop:
            at = offset + index - start
            if self.kind[index] in ("caption", "empty"):
                result.append(("SPAN", (0, at), (-1, at)))
            if self.kind[index] == "header":
                result += [("ALIGN", (column, at), (column, at), "CENTER") for column in self.left]
            end = index + 1
            if self.run[index] >= 0:
                while end < stop and self.run[end] == self.run[index]:
                    end += 1
                if end - index > 1:
                    result.append(("SPAN", (0, at), (0, at + end - index - 1)))
            index = end
        return result


def indicator_table(document: Document) -> PagedTable:
    """绩效指标: the 中期 and 年度 matrices, level-1 cells spanning their group, paged with headers repeated.

    With any per-indicator column filled (计算符号, 计量单位, 权重, 指标解释, 评（扣）分标准, 备注), the filled ones
    join the matrix, on landscape pages, so that a reviewer reads each indicator along one row.
    """
    columns = wide_columns(document)
    widths = _matrix_widths(document, columns)
    matrix = _Matrix(document, columns, widths)
    spec = TableSpec(
        widths=widths,
        rows=matrix.rows,
        header=matrix.page_header,
        commands=matrix.commands,
        prepare=matrix.prepare,
        keep_with_next=matrix.keep,
        frame_height=FRAME_HEIGHT if len(columns) == 4 else WIDE_FRAME_HEIGHT,
    )
    spec.measure()
    return PagedTable(spec)


def notes_grid(document: Document) -> Flowable:
    """单位已有的保障项目实施的制度措施 and 预算绩效说明, with the signatures kept under its last lines."""
    grid = FormGrid([LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH])
    grid.add(_label(0, "单位已有的保障项目实施的制度措施"), GridCell(1, 1, document.project.safeguards))
    grid.add(_label(0, "预算绩效说明"), GridCell(1, 1, document.project.budget_notes))
    return grid.flowable(trailer=signature_block(document))


def signature_block(document: Document, seal_height: float = 46 * mm, date: str | None = None) -> Flowable:
    """The head of unit, the preparer and the date (the declaration's, or ``date`` when given: the 自评表 has its own), with a
    blank area of ``seal_height`` below for the unit's official seal."""
    signatures = document.signatures
    widths = [FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.4]
    rows: list[list[Cell]] = [
        [
            cell(f"{printed('signatures.unit_head')}：{signatures.unit_head}", widths[0]),
            cell(f"{printed('signatures.preparer')}：{signatures.preparer}", widths[1]),
            cell(f"{printed('signatures.date')}：{to_chinese(signatures.date if date is None else date)}", widths[2]),
        ],
        ["单位（盖章）", "", ""],
    ]
    commands: list[Command] = [
        ("SPAN", (0, 1), (-1, 1)),
        ("ALIGN", (0, 1), (0, 1), "RIGHT"),
        ("RIGHTPADDING", (0, 1), (0, 1), 24 * mm),
    ]
    # Room for a round seal of about 42 mm, stamped over 单位（盖章） as the custom is.
    return form_table(rows, widths, commands, split_in_row=False, heights=[None, seal_height])


SIDE_BY_SIDE_WIDTHS = [17 * mm, 17 * mm, FRAME_WIDTH / 2 - 54 * mm, 20 * mm] * 2
"""One period's 一级指标, 二级指标, 三级指标 and 指标值 in half the frame, 中期 left and 年度 right."""


def side_by_side_table(document: Document) -> Flowable:
    """绩效指标 as the seed lays it out: the 中期 matrix in the left four columns, the 年度 one in the right four,
    row beside row; each half's 一级指标 one merged cell per group on each page, carried onto the next page when
    the group runs on; both captions and headers repeated on every page."""
    widths = SIDE_BY_SIDE_WIDTHS
    halves = [ordered_matrix(document.indicators.matrix(period), document.scheme) for period in PERIODS]
    captions: list[Cell] = []
    header: list[Cell] = []
    for period in PERIODS:
        captions += [cell(f"{PERIOD_LABELS[period]}绩效指标", sum(widths[:4]), "CENTER"), "", "", ""]
        header += [cell(label, width, style="small_center") for label, width in zip(_HALF_HEADER, widths, strict=False)]
    rows: list[list[Cell]] = []
    count = max(1, *(len(half) for half in halves))
    for index in range(count):
        row: list[Cell] = []
        for half in halves:
            if index >= len(half):
                row += ["", "", "", ""]
                continue
            indicator = half[index]
            texts = (indicator.level1, indicator.level2, indicator.name, indicator.value)
            row += [
                cell(text, width, style="small" if column == 2 else "small_center")
                for column, (text, width) in enumerate(zip(texts, widths, strict=False))
            ]
        rows.append(row)
    runs = {}
    for offset, half in zip((0, 4), halves, strict=True):
        ids = run_ids([indicator.level1 for indicator in half])
        runs[offset] = ids + [-1] * (count - len(ids))

    def styled(start: int, stop: int, offset: int) -> list[Command]:
        return [("SPAN", (0, 0), (3, 0)), ("SPAN", (4, 0), (7, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

    return merged_table(list(widths), [captions, header], rows, runs, styled)


_HALF_HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


def targets_story(document: Document, *, side_by_side: bool = False) -> list[Flowable]:
    """The flowables of the 项目绩效目标表 part; ``side_by_side`` lays the matrices out as the seed does.

    Side by side holds the four columns of the form only: with per-indicator columns filled, the stacked
    landscape matrix is used whatever is asked, so that no filled column is left out."""
    year = year_line(document.year)
    return [
        title("项目绩效目标表", "subtitle"),
        paragraph(year, "year"),
        Spacer(1, 4 * mm),
        header_grid(document),
        funding_grid(document),
        goals_grid(document),
        *(
            [side_by_side_table(document)]
            if side_by_side and len(wide_columns(document)) == 4
            else _on_wide_pages(document, indicator_table(document))
        ),
        notes_grid(document),
    ]


def _on_wide_pages(document: Document, table: PagedTable) -> list[Flowable]:
    """The matrix as it is, or on landscape pages of its own when it has the per-indicator columns."""
    if len(wide_columns(document)) == 4:
        return [table]
    return [NextPageTemplate(WIDE_TEMPLATE), PageBreak(), table, NextPageTemplate(FORM_TEMPLATE), PageBreak()]
