"""``gridbudget check FILE_OR_FOLDER…``: every rule on every file, as text or JSON, and an optional report."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from gridbudget_gui.commands import EXIT_FILE, EXIT_FINDINGS, EXIT_OK, text
from gridbudget_gui.commands.files import add_jobs_argument, expand_paths, same_file, say_failure

if TYPE_CHECKING:
    from gridbudget_gui.domain.findings import Finding

HELP = {
    "zh": "检查申报书的一致性（错误、警告、提示）",
    "en": "check declarations for consistency (errors, warnings, info)",
}
REPORT_SUFFIXES = (".html", ".htm", ".xlsx")


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """Files or folders, ``--json``, ``--scheme``, ``--report OUT`` and ``--jobs N``."""
    from gridbudget_gui.domain.schemes import SCHEME_IDS

    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=text(
            lang,
            "申报文件（.xlsx/.xls/.json 等）或包含它们的文件夹",
            "declaration files (.xlsx/.xls/.json…) or folders",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=text(lang, "以 JSON 输出检查结果", "print the findings as JSON")
    )
    parser.add_argument(
        "--scheme",
        choices=SCHEME_IDS,
        help=text(
            lang,
            "按此指标体系检查（默认：文件中记录的体系）",
            "check the indicators against this scheme (default: the one the file names)",
        ),
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="OUT",
        help=text(
            lang,
            "把全部结果写成一份报告：OUT.html（网页）或 OUT.xlsx（每个问题一行）",
            "also write every finding to OUT.html (a page) or OUT.xlsx (one row per finding)",
        ),
    )
    add_jobs_argument(parser, lang)


def run(options: argparse.Namespace) -> int:
    """Print the findings of every file in ``options.lang``, and write the report when asked; 0 clean, 1 errors
    found, 2 a file unreadable (or the report unwritable)."""
    from gridbudget_gui.domain.findings import Severity
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.report.batch import check_files

    report: Path | None = options.report
    lang: str = options.lang
    if report is not None and report.suffix.lower() not in REPORT_SUFFIXES:
        say_failure(f"{report}: 报告只能是 .html 或 .xlsx 文件")
        return EXIT_FILE
    paths = [path for path in expand_paths(options.files) if report is None or not same_file(path, report)]
    results = check_files(paths, options.scheme, options.jobs)
    reports: list[dict[str, object]] = []
    status = EXIT_OK
    for result in results:
        path = result.path
        if result.error is not None:
            reports.append({"file": str(path), "ok": False, "error": result.error, "findings": []})
            say_failure(f"{path}: {result.error}")
            status = EXIT_FILE
            continue
        findings = result.findings
        if any(finding.severity is Severity.ERROR for finding in findings) and status == EXIT_OK:
            status = EXIT_FINDINGS
        reports.append({"file": str(path), "ok": True, "error": None, "findings": [f.to_json(lang) for f in findings]})
        if not options.json:
            print_findings(path, findings, lang)
    if options.json:
        print(json.dumps({"files": reports}, ensure_ascii=False, indent=2))
    if report is not None:
        try:
            if report.suffix.lower() == ".xlsx":
                from gridbudget_gui.io.report.xlsx import write_xlsx_report

                write_xlsx_report(results, report, lang)
            else:
                from gridbudget_gui.io.report.html import write_html_report

                write_html_report(results, report, lang)
        except DocumentError as problem:
            say_failure(problem)
            return EXIT_FILE
    return status


def print_findings(path: Path, findings: list[Finding], lang: str) -> None:
    """One file's summary line (counts by severity) and a line per finding."""
    from gridbudget_gui.domain.checker import count_by_severity
    from gridbudget_gui.domain.findings import Severity
    from gridbudget_gui.domain.messages import render, severity_word
    from gridbudget_gui.domain.place_words import place_trail
    from gridbudget_gui.io.form.report import reading_summary

    counts = count_by_severity(findings)
    if lang == "en":
        words = (
            f"{counts[s]} {severity_word(s, lang)}{'s' if counts[s] != 1 and s != Severity.INFO else ''}"
            for s in Severity
        )
        print(f"{path}: " + ", ".join(words))
    else:
        print(f"{path}：" + "，".join(f"{severity_word(s)} {counts[s]} 个" for s in Severity))
    if summary := reading_summary(findings, lang):  # a colleague's file: how much of it was read
        print(f"  {summary}")
    for finding in findings:
        message = render(finding, lang)
        where = "" if str(finding.where) in message else f"{place_trail(finding.where, lang)}  "  # a cell names itself
        print(f"  [{severity_word(finding.severity, lang)}] {finding.rule}  {where}{message}")
