"""Read and check many declarations, each on its own, in parallel processes; results in the input order.

Checking one file needs nothing of another, so ``check_files`` hands them to a pool of processes (one per
core by default) and gathers what each found: its findings, or the reason it could not be read, and the
figures the 汇总表 lists. A province-size folder runs the same way on a scheduler that already exists (GNU
parallel, a Dask bag): see the README.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from gridbudget_gui.domain.checker import check_document, count_by_severity, sort_findings
from gridbudget_gui.domain.document import PERIODS, Document
from gridbudget_gui.domain.findings import Finding, Severity
from gridbudget_gui.domain.money import money_sum
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.form.report import separate_unread
from gridbudget_gui.io.formats import load_document

log = logging.getLogger(__name__)

SOURCES = ("central", "provincial", "municipal", "county", "other")


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator of a declaration, as the 汇总表's second sheet lists it."""

    period: str
    level1: str
    level2: str
    name: str
    value: str


@dataclass(frozen=True)
class Facts:
    """What the 汇总表 says of one declaration."""

    unit: str
    project: str
    year: int | None
    attribute: str
    annual_total: Decimal
    sources: tuple[Decimal, ...]
    cost_total: Decimal
    cost_lines: int
    indicators: tuple[IndicatorRow, ...]
    function_class: str = ""
    """支出功能分类科目 (the budget system's dimensions, docs/system.md)."""
    classified_lines: int = 0
    """Cost lines that carry a 经济分类."""
    procurement_total: Decimal = Decimal(0)
    """政府采购预算: the lines marked 货物, 服务 or 工程."""
    monitoring: tuple[str, str, str] = ("", "", "")
    """运行监控: 监控时点, 执行率 (58.33%) and the alert's label, empty when not filled in."""


@dataclass(frozen=True)
class FileResult:
    """One file checked: its findings and facts, or why it could not be read (``error``)."""

    path: Path
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    facts: Facts | None = None
    self_evaluation: bool = False
    """True when the file is a 绩效自评表 rather than a declaration (the 汇总表 lists it apart)."""

    @property
    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity."""
        return count_by_severity(self.findings)


ATTRIBUTES = {
    "延续性项目": ("延续性项目", "延续项目", "延续性", "延续", "持续性项目"),
    "新增项目": ("新增项目", "新增", "新项目"),
}
"""项目属性 as the 汇总表 groups it, with the ways clerks write it (002 延续性项目, 延续项目 …)."""


def normalise_attribute(attribute: str) -> str:
    """One name per 项目属性: 延续项目, 002 延续性项目 and 延续性项目 are all 延续性项目; others stay as written."""
    plain = re.sub(r"^\s*0*\d{1,3}\s*[.、．]?\s*", "", unicodedata.normalize("NFKC", attribute)).replace(" ", "")
    for name, spellings in ATTRIBUTES.items():
        if plain in spellings:
            return name
    return attribute.strip()


SELF_EVALUATION_HEADINGS = ("年初预算数", "全年预算数", "全年执行数", "执行率", "实际完成值", "总分", "自评")
"""Headings of the 绩效自评表 that a declaration does not have; the form reader leaves them unplaced."""


def is_self_evaluation_form(notes: Sequence[Finding]) -> bool:
    """True when a reader's notes show it read a 绩效自评表 (its sheet named so, or two of its own headings
    left unplaced): figures of a year-end report, not a declaration's request."""
    headings = 0
    for note in notes:
        if note.rule == "file.read" and "自评" in str(note.args.get("sheet", "")):
            return True
        if note.rule == "file.unplaced" and str(note.args.get("text", "")).strip().startswith(SELF_EVALUATION_HEADINGS):
            headings += 1
    return headings >= 2


def facts_of(document: Document) -> Facts:
    """The figures of a declaration the 汇总表 lists."""
    annual = document.funding.annual
    rows = tuple(
        IndicatorRow(period, row.level1, row.level2, row.name, row.value)
        for period in PERIODS
        for row in document.indicators.matrix(period)
    )
    return Facts(
        unit=document.unit.name.strip(),
        project=document.project.name.strip(),
        year=document.year,
        attribute=normalise_attribute(document.project.attribute),
        annual_total=annual.total,
        sources=tuple(annual.get(source) for source in SOURCES),
        cost_total=document.cost_total,
        cost_lines=len(document.cost_items),
        indicators=rows,
        **_system_facts(document),
    )


def _system_facts(document: Document) -> dict[str, Any]:
    """The 汇总表's columns of the budget system: 功能分类, lines classified, 政府采购, 运行监控."""
    from gridbudget_gui.domain.monitoring import ALERT_LABELS, monitor

    monitoring: tuple[str, str, str] = ("", "", "")
    if not document.monitoring.is_empty:
        report = monitor(document)
        rate = "" if report.execution_rate is None else f"{report.execution_rate}%"
        monitoring = (document.monitoring.as_of, rate, ALERT_LABELS[report.alert] if report.alert else "")
    return {
        "function_class": document.project.function_class,
        "classified_lines": sum(1 for item in document.cost_items if item.economic_class),
        "procurement_total": money_sum(item.amount for item in document.cost_items if item.procurement),
        "monitoring": monitoring,
    }


def check_file(path: Path, scheme: str | None = None) -> FileResult:
    """Read and check one file; a file that cannot be read gives its reason (a bug of the checker raises)."""
    try:
        loaded = load_document(path)
    except DocumentError as problem:
        return FileResult(path, problem.cause)
    except Exception as problem:  # one bad file never ends the run: it is reported and the next one read
        log.error("Checking %s failed", path, exc_info=True)
        return FileResult(path, f"内部错误：{type(problem).__name__}（详细信息已写入日志文件）")
    # A bug of the checker itself is not the file's fault: it ends the run as an internal error.
    findings = sort_findings(separate_unread(loaded.notes, check_document(loaded.document, scheme)))
    return FileResult(path, None, findings, facts_of(loaded.document), is_self_evaluation_form(loaded.notes))


def _check_one(job: tuple[Path, str | None]) -> FileResult:
    return check_file(*job)


def default_jobs() -> int:
    """The number of processes by default: one per core."""
    return os.cpu_count() or 1


def check_files(paths: Sequence[Path], scheme: str | None = None, jobs: int | None = None) -> list[FileResult]:
    """Every file checked, in ``jobs`` processes (default: one per core), the results in the order of ``paths``."""
    workers = min(jobs or default_jobs(), len(paths))
    if workers <= 1:
        return [check_file(path, scheme) for path in paths]
    # Imported here: one file (the usual `check a.json`) needs no pool, and the import is most of its start-up.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where there is one (Linux): the children start with the program already imported
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform == "linux" else None)
    chunk = max(1, len(paths) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_check_one, [(path, scheme) for path in paths], chunksize=chunk))
