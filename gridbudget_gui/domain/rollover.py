"""Next year's declaration from this year's (``gridbudget rollover``, File → 生成下一年度申报).

What a clerk expects when the same project is declared again:

- the budget year becomes N (this year + 1 unless told); a 新增项目 becomes a 延续性项目 (it continues);
- everything written is kept as the starting point: texts, goals, both indicator matrices (the 年度 targets with
  their 计算符号, units and weights), the cost lines and the funding (last year's amounts are the best first guess,
  and a cleared table would have to be retyped from the old file);
- the 中期 plan by year (``funding.years``) moves with the year: its window of as many years starts at N, the
  years already planned keep their amounts and a year new to the window is left at zero, to fill;
- what belonged to the year that ended is cleared: the mid-year 绩效运行监控 (监控时点, 执行数 and each indicator's
  progress, forecast, cause and measure), the self-evaluation (实际完成值, 得分, 偏差原因 of every
  indicator, the money block) and the signatures' date (单位负责人 and 填报人 stay);
- nothing inside the texts is changed; instead every text mentioning the old budget year or the year before it
  (a 2021 declaration is written in 2020: “与2020年…持平” means last year) is listed as a finding to review
  (``rollover.stale-year``), and a 中期 period written in the texts (2021-2023年) that has ended
  by year N is flagged (``rollover.mid-term-ended``): its funding and targets are kept but need a new period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from gridbudget_gui.domain.document import Document, Execution, Indicator, Monitoring
from gridbudget_gui.domain.findings import Finding, info, warning
from gridbudget_gui.domain.money import ZERO
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.place_words import FIELD_NAMES

_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年?")
_CONTEXT = 12
"""Characters shown on either side of a stale year in its finding."""


class RolloverError(ValueError):
    """The declaration cannot be rolled over (no budget year to start from); the message says why, in Chinese."""


def _text_places(document: Document) -> list[Place]:
    """Every free text of the document a year can hide in: the form's fields, the basis, lines' notes, targets."""
    places = [Place.parse(path) for path in FIELD_NAMES if not path.startswith("signatures")]
    places += [Place.of("project.basis", index) for index in range(len(document.project.basis))]
    for index in range(len(document.cost_items)):
        places += [Place.cost(index, "name"), Place.cost(index, "note")]
    for period in ("mid_term", "annual"):
        for row in range(len(document.indicators.matrix(period))):
            places += [Place.indicator(period, row, field) for field in ("name", "value", "explanation", "note")]
    return places


def _text_at(document: Document, place: Place) -> str:
    if place.steps[:2] == ("project", "basis"):
        index = place.steps[2]
        assert isinstance(index, int)
        return document.project.basis[index]
    return place.get_text(document)


def stale_years(document: Document, old_year: int, new_year: int) -> list[Finding]:
    """Findings on every text that mentions ``old_year`` or the year before it, when the declaration was written
    (and on a 中期 span ending before ``new_year``)."""
    findings: list[Finding] = []
    year_text = re.compile(rf"(?<!\d)(?:{old_year}|{old_year - 1})(?!\d)")
    flagged_span = False
    for place in _text_places(document):
        text = _text_at(document, place)
        for span in _SPAN.finditer(text):
            start, end = int(span[1]), int(span[2])
            if start <= old_year <= end < new_year and not flagged_span:
                flagged_span = True
                findings.append(warning("rollover.mid-term-ended", place, period=span[0].strip(), year=new_year))
        for match in year_text.finditer(text):
            left, right = max(match.start() - _CONTEXT, 0), match.end() + _CONTEXT
            excerpt = ("…" if left else "") + text[left:right].replace("\n", " ") + ("…" if right < len(text) else "")
            findings.append(info("rollover.stale-year", place, year=match[0], excerpt=excerpt))
            break  # one finding per text: the clerk reads the whole text anyway
    return findings


def _fresh(indicator: Indicator) -> Indicator:
    return replace(indicator, actual="", score="", deviation="", progress="", forecast="", cause="", measure="")


def shift_years(years: dict[str, Decimal], old_year: int, new_year: int) -> dict[str, Decimal]:
    """The 中期 plan by year moved from a window starting at ``old_year`` to one starting at ``new_year``: as many
    years (at least up to the last planned one), known years carried, new ones at zero."""
    if not years:
        return {}
    planned = sorted(int(year) for year in years)
    length = planned[-1] - min(planned[0], old_year) + 1
    return {str(year): years.get(str(year), ZERO) for year in range(new_year, new_year + length)}


def rollover(document: Document, year: int | None = None) -> tuple[Document, list[Finding]]:
    """Next year's declaration (a new document; ``document`` is not changed) and the findings to review."""
    if document.year is None and year is None:
        raise RolloverError("申报书没有填写预算年度，请用 --year 指定新的年度")
    old_year = document.year if document.year is not None else (year or 0) - 1
    new_year = year if year is not None else old_year + 1
    if new_year <= old_year:
        raise RolloverError(f"新的年度 {new_year} 应晚于原年度 {old_year}")
    new = Document(
        year=new_year,
        scheme=document.scheme,
        project=replace(
            document.project,
            basis=list(document.project.basis),
            manager=replace(document.project.manager),
            attribute="延续性项目" if document.project.attribute == "新增项目" else document.project.attribute,
        ),
        unit=replace(document.unit),
        cost_items=[item.copy() for item in document.cost_items],
        funding=replace(
            document.funding,
            mid_term=document.funding.mid_term.copy(),
            annual=document.funding.annual.copy(),
            years=shift_years(document.funding.years, old_year, new_year),
        ),
        goals=replace(document.goals),
        indicators=replace(
            document.indicators,
            mid_term=[_fresh(row) for row in document.indicators.mid_term],
            annual=[_fresh(row) for row in document.indicators.annual],
        ),
        signatures=replace(document.signatures, date=""),
        execution=Execution(),
        monitoring=Monitoring(),
    )
    return new, stale_years(new, old_year, new_year)
