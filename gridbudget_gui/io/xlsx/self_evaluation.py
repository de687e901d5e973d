"""The year-end 项目支出绩效自评表 as a workbook whose 执行率, scores and 总分 are formulas of its cells.

The layout is the PDF's (io/pdf/self_evaluation.py): heading, money block, goals against 实际完成情况, the 年度
indicators with 分值, 得分 and 偏差原因, 总分 with its grade, signatures and the seal box. Each formula carries
the value ``domain.scoring`` computed (package.py), so a preview that does not calculate shows the program's
numbers, and Excel, WPS or LibreOffice give the same ones when they do.

A target or actual that is a plain figure (≥45个, 5,600,000元, 97%) is written as a number whose display format
prints it as typed (``"≥"0"个"``), so the score is a formula of the cell and follows an edit in the spreadsheet;
a percentage is a real percentage (0.97 shown as 97 %), so typing 97% there works. Anything else (a text actual,
a 定性 grade, an unreadable 分值) is written as typed, its score a stored number.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from gridbudget_gui.domain.dates import to_chinese
from gridbudget_gui.domain.document import Document, Indicator
from gridbudget_gui.domain.labels import (
    SELF_EVALUATION_INDICATOR_HEADER,
    SELF_EVALUATION_MONEY_HEADER,
    printed,
    year_line,
)
from gridbudget_gui.domain.numbers import NumberError
from gridbudget_gui.domain.scoring import AWAITING_SCORE, PENDING, Evaluation, IndicatorScore, evaluate, grouped
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.package import Package, Style, ref
from gridbudget_gui.io.xlsx.write import CENTRE, LABEL, PLAIN_LABEL, PLAIN_LEFT, PLAIN_RIGHT, TOP, FormWriter, money

TITLE = "项目支出绩效自评表"
SHEET = "绩效自评表"
WIDTHS = [11.0, 13.0, 18.0, 13.0, 13.0, 8.0, 8.0, 24.0]
"""一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 (the money block shares the columns)."""
HEADING = Style(font="heading", align="centre", border=False)
TITLE_STYLE = Style(font="title", align="centre", border=False)
SCORE = money("0.00")
WEIGHT = money("0.00")
RATE = money("0.00%")
NUMBER_CENTRE = Style(align="centre")

_SCALES = {"%": Decimal(100), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_FIGURE = re.compile(
    r"(?P<op>[≥≤<>=]?)(?P<sign>-?)(?P<number>(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?)(?P<unit>[^\d\s\"\\]{0,8})"
)


@dataclass(frozen=True)
class Figure:
    """A target or actual written as a number cell: the cell's value, its display format and ``scale``, the
    factor that turns the cell's value into the figure ``domain.scoring`` compares (534.58 万元 → × 10000)."""

    value: Decimal
    fmt: str
    scale: Decimal


@lru_cache(maxsize=64)  # one Style per format: the package looks styles up by identity first
def centred(fmt: str) -> Style:
    """A centred number in ``fmt``, as the form prints 年度指标值 and 实际完成值."""
    return Style(align="centre", fmt=fmt)


def figure_of(text: str, bare_scale: Decimal = Decimal(1), signed: bool = True) -> Figure | None:
    """``text`` (≥45个, -5%, 5,600,000元, 534.58万元) as a number cell that displays exactly as typed, or None.

    A bare number takes ``bare_scale`` (an actual without a unit is in the target's unit).
    """
    match = _FIGURE.fullmatch(text.strip())
    if match is None or (match["sign"] and (match["op"] or not signed)):
        return None
    number_text, unit = match["number"], match["unit"]
    places = len(number_text.partition(".")[2])
    body = ("#,##0" if "," in number_text else "0") + ("." + "0" * places if places else "")
    prefix = f'"{match["op"]}"' if match["op"] else ""
    value = Decimal(number_text.replace(",", "")) * (-1 if match["sign"] else 1)
    if unit == "%":
        # A real percentage: 0.97 shown as 97%, so typing 97% in the cell means the same.
        return Figure(value / 100, prefix + body + "%", Decimal(100))
    suffix = f'"{unit}"' if unit else ""
    scale = _SCALES.get(unit, Decimal(1)) if unit else bare_scale
    return Figure(value, prefix + body + suffix, scale)


def _operand(cell: str, scale: Decimal, common: Decimal) -> str:
    """``D16`` or ``(D16*10000)``: the cell in the pair's smaller scale (the formulas are ratios, so only the
    operands' relative scale matters)."""
    factor = scale / common
    return cell if factor == 1 else f"({cell}*{format(factor.normalize(), 'f')})"


def score_formula(operator: str, a: str, b: str, w: str) -> str:
    """The spreadsheet form of ``domain.scoring.score_quantitative`` (``a``, ``b``, ``w`` are expressions),
    blank while the actual is not a number."""
    big_b = f"MAX({b},0)"
    if operator in ("≤", "<"):
        body = f"IF({big_b}<={a},{w},IF({big_b}>=2*{a},0,(2*{a}-{big_b})*{w}/{a}))"
    else:
        body = f"IF({big_b}>={a},{w},{big_b}*{w}/{a})"
        if operator == "=":
            body = f"IF({a}<=0,IF({big_b}<=0,{w},0),{body})"
    return f'IF(ISNUMBER({b}),ROUND({body},2),"")'


def _target_scale(row: Indicator) -> Decimal:
    """The scale a bare actual takes: the money unit the target is written in (as domain.scoring reads it)."""
    found = re.search("亿元|万元", row.value)
    return _SCALES[found[0]] if found else Decimal(1)


def _indicator_row(w: FormWriter, at: int, row: Indicator, item: IndicatorScore) -> None:
    """One indicator's target, actual, 分值 and 得分 (D to G), the score a formula when both figures are cells."""
    sheet = w.sheet
    weight_cell, actual_cell, target_cell = ref(at, 6), ref(at, 5), ref(at, 4)
    readable = item.problem != "weight"
    if readable:
        sheet.number(at, 6, item.weight, WEIGHT)
    else:
        w.text(at, 6, row.weight, NUMBER_CENTRE)
    target = actual = None
    if not item.qualitative and readable:
        target = figure_of(row.value, signed=False)
        if target is not None and target.value * target.scale != Decimal(item.target):
            target = None  # the cell would not say what the program compares: keep the text
        if row.actual.strip():
            actual = figure_of(row.actual, _target_scale(row))
            if actual is not None and (item.score is None or actual.value * actual.scale != Decimal(item.actual)):
                actual = None
        elif target is not None:
            # A blank actual, formatted in the target's unit, ready for the clerk to type into.
            actual = Figure(Decimal(0), re.sub('^"[≥≤<>=]"', "", target.fmt), target.scale)
    if target is not None:
        sheet.number(at, 4, target.value, centred(target.fmt))
    else:
        w.text(at, 4, row.value, CENTRE)
    if actual is not None and row.actual.strip():
        sheet.number(at, 5, actual.value, centred(actual.fmt))
    elif actual is not None:
        sheet.number(at, 5, None, centred(actual.fmt))
    else:
        w.text(at, 5, row.actual, CENTRE)
    stored: Decimal | str = item.score if item.score is not None else ""
    if actual is not None:
        a_scale = target.scale if target is not None else Decimal(1)
        common = min(a_scale, actual.scale)
        if target is not None:
            a = _operand(target_cell, a_scale, common)
        else:  # a target the cell cannot show as typed (不低于45个): its figure, in the formula
            a = format(Decimal(item.target).normalize(), "f")
        b = _operand(actual_cell, actual.scale, common)
        sheet.formula(at, 7, "=" + score_formula(item.operator, a, b, weight_cell), stored, SCORE)
    elif item.problem == "score-missing":
        w.text(at, 7, AWAITING_SCORE, CENTRE)  # a graded 定性 row the clerk has not scored yet
    else:
        sheet.number(at, 7, item.score, SCORE)


def _height(w: FormWriter, at: int, texts: list[tuple[str, int, int]]) -> None:
    w.height(at, [(text, w.width(first, last)) for text, first, last in texts])


def build_self_evaluation(document: Document) -> Package:
    """The 自评表 workbook, not yet saved."""
    evaluation = evaluate(document)
    package = Package()
    sheet = package.sheet(SHEET, list(WIDTHS))
    w = FormWriter(package, sheet)
    row = w.title(1, TITLE, TITLE_STYLE)
    row = w.title(row, year_line(document.year), HEADING, 20)
    w.text(row, 1, "金额单位：元", PLAIN_RIGHT)
    w.box(row, 1, row, w.last, PLAIN_RIGHT)
    sheet.heights[row] = 18
    heading_end = row
    row += 1
    for label, value, right in (
        ("项目名称", document.project.name, None),
        ("主管部门", document.project.department, ("实施单位", document.unit.name)),
    ):
        w.text(row, 1, label, LABEL)
        w.box(row, 1, row, 2, LABEL)
        if right is None:
            w.text(row, 3, value)
            w.box(row, 3, row, w.last)
            _height(w, row, [(value, 3, w.last)])
        else:
            w.text(row, 3, value)
            w.box(row, 3, row, 4)
            w.text(row, 5, right[0], LABEL)
            w.box(row, 5, row, 6, LABEL)
            w.text(row, 7, right[1])
            w.box(row, 7, row, w.last)
            _height(w, row, [(value, 3, 4), (right[1], 7, w.last)])
        row += 1
    money_row = _money_block(w, row, document, evaluation)
    row = _goals(w, money_row + 1, document)
    row = _indicators(w, row, money_row, document, evaluation)
    row = _signatures(w, row + 1, document)
    sheet.print_area = (row - 1, w.last)
    sheet.print_rows = (1, heading_end)
    sheet.footer = lay.FOOTER
    return package


def _money_block(w: FormWriter, row: int, document: Document, evaluation: Evaluation) -> int:
    """年度资金总额: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 = 执行数 ÷ 预算数 and 得分, live;
    returns the 年度资金总额 row."""
    sheet = w.sheet
    execution = evaluation.execution
    w.text(row, 1, SELF_EVALUATION_MONEY_HEADER[0], LABEL)
    w.box(row, 1, row, 2, LABEL)
    for column, label in enumerate(SELF_EVALUATION_MONEY_HEADER[1:], start=3):
        w.text(row, column, label, LABEL)
    sheet.heights[row] = 22
    row += 1
    w.text(row, 1, "年度资金总额", LABEL)
    w.box(row, 1, row, 2, LABEL)
    initial = document.funding.annual.total
    sheet.number(row, 3, initial if initial else None, money())
    budget, spent, weight = ref(row, 4), ref(row, 5), ref(row, 6)
    if execution.budget_is_default and execution.budget is not None:
        sheet.formula(row, 4, f"={ref(row, 3)}", execution.budget, money())  # 全年预算数 not typed: 年初预算数
    else:
        sheet.number(row, 4, execution.budget, money())
    sheet.number(row, 5, execution.spent, money())
    sheet.number(row, 6, execution.weight, WEIGHT)
    rate: Decimal | str = execution.rate if execution.rate is not None else ""
    sheet.formula(
        row,
        7,
        f'=IF(AND(ISNUMBER({budget}),ISNUMBER({spent})),IF({budget}>0,ROUND(MAX({spent},0)/{budget},4),""),"")',
        rate,
        RATE,
    )
    score: Decimal | str = execution.score if execution.score is not None else ""
    big = f"MAX({spent},0)"
    sheet.formula(
        row,
        8,
        f'=IF(ISNUMBER({ref(row, 7)}),ROUND(IF({big}>={budget},{weight},{big}*{weight}/{budget}),2),"")',
        score,
        SCORE,
    )
    sheet.heights[row] = 22
    return row


def _goals(w: FormWriter, row: int, document: Document) -> int:
    """年度总体目标: the declared goal against 实际完成情况 (left for the clerk when the document has none)."""
    w.text(row, 2, "预期目标", LABEL)
    w.box(row, 2, row, 4, LABEL)
    w.text(row, 5, "实际完成情况", LABEL)
    w.box(row, 5, row, w.last, LABEL)
    w.sheet.heights[row] = 20
    goal = document.goals.annual
    w.text(row + 1, 2, goal, TOP)
    w.box(row + 1, 2, row + 1, 4, TOP)
    w.text(row + 1, 5, "", TOP)
    w.box(row + 1, 5, row + 1, w.last, TOP)
    _height(w, row + 1, [(goal, 2, 4)])
    w.sheet.heights[row + 1] = max(w.sheet.heights[row + 1], 60.0)
    w.text(row, 1, "年度总体目标", LABEL)
    w.box(row, 1, row + 1, 1, LABEL)
    return row + 2


def _indicators(w: FormWriter, row: int, money_row: int, document: Document, evaluation: Evaluation) -> int:
    """The 年度 indicators with their scores, one merged 一级指标 cell per group, then 总分 and the grade."""
    sheet = w.sheet
    for column, label in enumerate(SELF_EVALUATION_INDICATOR_HEADER, start=1):
        w.text(row, column, label, LABEL)
    sheet.heights[row] = 30
    row += 1
    first = row
    annual = document.indicators.annual
    items = grouped(evaluation, annual)
    for index, item in enumerate(items):
        indicator = annual[item.row]
        level1 = indicator.level1.strip()
        if index == 0 or not level1 or level1 != annual[items[index - 1].row].level1.strip():
            end = index
            while end + 1 < len(items) and level1 and annual[items[end + 1].row].level1.strip() == level1:
                end += 1
            w.text(row, 1, level1, CENTRE)
            w.box(row, 1, row + end - index, 1, CENTRE)
        w.text(row, 2, indicator.level2, CENTRE)
        w.text(row, 3, indicator.name)
        _indicator_row(w, row, indicator, item)
        w.text(row, 8, indicator.deviation)
        _height(
            w,
            row,
            [
                (indicator.level2, 2, 2),
                (indicator.name, 3, 3),
                (indicator.value, 4, 4),
                (indicator.actual, 5, 5),
                (indicator.deviation, 8, 8),
            ],
        )
        row += 1
    last = row - 1
    money_weight, money_score = ref(money_row, 6), ref(money_row, 8)
    w.text(row, 1, "总分", LABEL)
    w.box(row, 1, row, 5, LABEL)
    weights = f"SUM({ref(first, 6)}:{ref(last, 6)})+" if items else ""
    scores = f"SUM({ref(first, 7)}:{ref(last, 7)})+" if items else ""
    sheet.formula(row, 6, f"={weights}{money_weight}", evaluation.weights_total, WEIGHT)
    # Nothing scored yet (no figure among the scores): 总分 and 等级 say 待评, not 0.00 and 差.
    counted = f"COUNT({ref(first, 7)}:{ref(last, 7)},{money_score})" if items else f"COUNT({money_score})"
    sheet.formula(
        row,
        7,
        f'=IF({counted}=0,"{PENDING}",ROUND({scores}N({money_score}),2))',
        evaluation.total if evaluation.total is not None else PENDING,
        SCORE,
    )
    total = ref(row, 7)
    grade = f'IF({total}>=90,"优",IF({total}>=80,"良",IF({total}>=60,"中","差")))'
    # A total over part of the form says so: how many rows (and the money block) have no score yet.
    places = f"{len(items) + 1}"
    left = f"({places}-{counted})"
    incomplete = f'IF({left}>0,"（另有"&{left}&"项未得分，总分不完整）","")'
    note = evaluation.incomplete_note
    sheet.formula(
        row,
        8,
        f'="等级："&IF(ISNUMBER({total}),{grade}&{incomplete},"{PENDING}")',
        f"等级：{evaluation.grade_text}" + (f"（{note}）" if note else ""),
        CENTRE,
    )
    sheet.heights[row] = 22
    return row + 1


def _signatures(w: FormWriter, row: int, document: Document) -> int:
    """The head of unit, the preparer and the date on one line, then the seal box; returns the next row."""
    sheet = w.sheet
    signatures = document.signatures
    for column, key, value in (
        (1, "signatures.unit_head", signatures.unit_head),
        (4, "signatures.preparer", signatures.preparer),
        (6, "signatures.date", to_chinese(document.execution.date)),
    ):
        w.text(row, column, f"{printed(key)}：", PLAIN_LABEL)
        w.text(row, column + 1, value, PLAIN_LEFT)
    w.box(row, 2, row, 3, PLAIN_LEFT)
    w.box(row, 7, row, 8, PLAIN_LEFT)
    sheet.heights[row] = 24
    row += 1
    w.text(row, 6, "单位（盖章）", Style(align="top"))
    w.box(row, 6, row + 3, w.last, Style(align="top"))
    for offset in range(4):
        sheet.heights[row + offset] = 22
    return row + 4


def write_self_evaluation_xlsx(document: Document, path: Path) -> None:
    """Write the 自评表 to ``path`` as a workbook, atomically; raise DocumentError on failure."""
    path = Path(path)
    packed = io.BytesIO()
    try:
        build_self_evaluation(document).save(packed)
    except MemoryError as problem:
        raise DocumentError(path, "导出失败：内存不足") from problem
    except (OSError, ValueError, TypeError, NumberError) as problem:
        raise DocumentError(path, f"无法生成 Excel 文件：{problem}") from problem

    atomic_write_bytes(path, packed)
