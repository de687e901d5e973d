"""The command line: ``check`` and ``export`` without a window, or the editor with a file (INTERFACE.md)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from gridbudget_gui import __version__
from gridbudget_gui.domain.checker import check_document, count_by_severity
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, Severity
from gridbudget_gui.domain.messages import render, severity_word
from gridbudget_gui.domain.schemes import SCHEME_IDS
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import SPREADSHEET_SUFFIXES, load_document, save_document
from gridbudget_gui.io.report.batch import check_files, default_jobs
from gridbudget_gui.io.report.html import write_html_report
from gridbudget_gui.io.report.xlsx import write_summary, write_xlsx_report
from gridbudget_gui.logfile import start_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FINDINGS, EXIT_FILE = 0, 1, 2
_REPORTS = {".html": write_html_report, ".htm": write_html_report, ".xlsx": write_xlsx_report}


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gridbudget check", description="检查申报书的一致性")
    parser.add_argument("files", nargs="+", type=Path, help="申报文件（.xlsx/.xls/.json）或包含它们的文件夹")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出检查结果")
    parser.add_argument("--scheme", choices=SCHEME_IDS, help="按此指标体系检查（默认：文件中记录的体系）")
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="检查结果的语言：zh 中文（默认）或 en 英文（English）"
    )
    parser.add_argument(
        "--report", type=Path, metavar="OUT", help="把全部结果写成一份报告：OUT.html（网页）或 OUT.xlsx（每个问题一行）"
    )
    _jobs_argument(parser)
    return parser


def _jobs_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs", type=int, metavar="N", help=f"同时处理的进程数（默认：处理器核数，本机 {default_jobs()}）"
    )


def _summary_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gridbudget summary", description="把多份申报书汇总成一张汇总表（.xlsx，每份申报书一行）"
    )
    parser.add_argument("files", nargs="+", type=Path, help="申报文件或文件夹，最后一个是输出的 .xlsx 文件")
    _jobs_argument(parser)
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gridbudget export", description="转换申报书的格式")
    parser.add_argument("source", type=Path, help="输入文件：.xlsx、.xls 或 .json")
    parser.add_argument("target", type=Path, help="输出文件：扩展名决定格式（.xlsx、.pdf、.docx 或 .json）")
    parser.add_argument(
        "--form",
        choices=("declaration", "self-evaluation"),
        default="declaration",
        help="导出的表：declaration 申报书（默认）或 self-evaluation 绩效自评表（.pdf/.xlsx/.docx）",
    )
    parser.add_argument(
        "--indicators",
        choices=("stacked", "side-by-side"),
        default="stacked",
        help="PDF 中绩效指标的排法：stacked 中期在上、年度在下（默认）；side-by-side 中期在左、年度在右",
    )
    return parser


def _evaluate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gridbudget evaluate", description="年终绩效自评：各指标得分、预算执行率得分和总分"
    )
    parser.add_argument("file", type=Path, help="申报文件（.xlsx/.xls/.json），已填写实际完成值")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出评分")
    return parser


def run_evaluate(path: Path, as_json: bool) -> int:
    """``gridbudget evaluate FILE``: print each 年度 indicator's score, the money block's and the total; 0 done,
    2 the file could not be read (low scores are not a failure)."""
    from gridbudget_gui.domain.scoring import evaluate, evaluation_to_json, format_evaluation

    try:
        loaded = load_document(path)
    except DocumentError as problem:
        print(f"gridbudget: {problem}", file=sys.stderr)
        return EXIT_FILE
    evaluation = evaluate(loaded.document)
    if as_json:
        print(json.dumps(evaluation_to_json(evaluation, str(path)), ensure_ascii=False, indent=2))
    else:
        print(f"{path}：")
        print(format_evaluation(evaluation))
    return EXIT_OK


def _rollover_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gridbudget rollover", description="由本年度申报书生成下一年度申报书")
    parser.add_argument("source", type=Path, help="本年度申报文件（.xlsx/.xls/.json）")
    parser.add_argument("target", type=Path, help="下一年度申报书：扩展名决定格式（.xlsx 或 .json）")
    parser.add_argument("--year", type=int, help="新的预算年度（默认：原年度 + 1）")
    return parser


def run_rollover(source: Path, target: Path, year: int | None) -> int:
    """``gridbudget rollover IN OUT``: write next year's declaration and list what to review; 0 done, 2 failed."""
    from gridbudget_gui.domain.rollover import RolloverError, rollover

    try:
        loaded = load_document(source)
        if target.exists() and target.resolve() == source.resolve():
            raise DocumentError(target, "输出文件与输入文件相同；请另选输出文件名")
        try:
            new, findings = rollover(loaded.document, year)
        except RolloverError as problem:
            raise DocumentError(source, str(problem)) from None
        save_document(new, target)
    except DocumentError as problem:
        print(f"gridbudget: {problem}", file=sys.stderr)
        return EXIT_FILE
    print(f"{target}：{new.year}年度申报书，请核对 {len(findings)} 处")
    for finding in findings:
        print(f"  [{severity_word(finding.severity)}] {finding.rule}  {finding.where}  {render(finding)}")
    return EXIT_OK


def _diff_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gridbudget diff", description="比较两份申报书的差异")
    parser.add_argument("a", type=Path, help="第一份申报书（如上一年度）")
    parser.add_argument("b", type=Path, help="第二份申报书（如本年度）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出差异")
    return parser


def run_diff(a: Path, b: Path, as_json: bool) -> int:
    """``gridbudget diff A B``: what differs; 0 whether or not they differ, 2 a file could not be read."""
    from gridbudget_gui.domain.diff import diff_documents, diff_to_json, format_changes, totals

    try:
        first, second = load_document(a).document, load_document(b).document
    except DocumentError as problem:
        print(f"gridbudget: {problem}", file=sys.stderr)
        return EXIT_FILE
    changes = diff_documents(first, second)
    sums = totals(first, second)
    if as_json:
        print(json.dumps(diff_to_json(str(a), str(b), changes, sums), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{a} → {b}：{len(changes)} 处不同")
    print(format_changes(changes))
    labels = {"cost_total": "测算明细合计", "annual_funding": "年度总投入", "mid_term_funding": "中期总投入"}
    for key, pair in sums.items():
        print(f"  {labels[key]}：{pair['a']} → {pair['b']}" + ("" if pair["a"] != pair["b"] else "（相同）"))
    return EXIT_OK


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gridbudget",
        description="GridBudget 项目申报书编辑器。子命令：check（检查）、export（导出）、summary（汇总表）。",
    )
    parser.add_argument("file", nargs="?", type=Path, help="要打开的文件（.xlsx、.xls 或 .json）")
    parser.add_argument("--example", action="store_true", help="打开内置示例（2021年五进网格项目）")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--smoke-print", type=Path, help=argparse.SUPPRESS)  # with --smoke: preview, print to a PDF
    parser.add_argument("--version", action="version", version=f"GridBudget {__version__}")
    return parser


def _expand(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            # Every file we read (also .docx, .htm(l), .xml, .xlsb), and spreadsheets we only name (.xltx, .ett):
            # each gets a line saying what it is.
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in SPREADSHEET_SUFFIXES and not p.is_dir())
        else:
            yield path


def run_check(
    files: Sequence[Path],
    as_json: bool,
    scheme: str | None,
    lang: str = "zh",
    *,
    report: Path | None = None,
    jobs: int | None = None,
) -> int:
    """``gridbudget check``: print the findings of every file in ``lang`` (zh or en), and write them to ``report``
    (.html or .xlsx) when given; 0 clean, 1 errors found, 2 a file unreadable (or the report unwritable)."""
    if report is not None and report.suffix.lower() not in _REPORTS:
        print(f"gridbudget: {report}: 报告只能是 .html 或 .xlsx 文件", file=sys.stderr)
        return EXIT_FILE
    paths = [path for path in _expand(files) if report is None or not _same_file(path, report)]
    results = check_files(paths, scheme, jobs)
    reports: list[dict[str, object]] = []
    status = EXIT_OK
    for result in results:
        path = result.path
        if result.error is not None:
            reports.append({"file": str(path), "ok": False, "error": result.error, "findings": []})
            print(f"gridbudget: {path}: {result.error}", file=sys.stderr)
            status = EXIT_FILE
            continue
        findings = result.findings
        if any(finding.severity is Severity.ERROR for finding in findings) and status == EXIT_OK:
            status = EXIT_FINDINGS
        reports.append({"file": str(path), "ok": True, "error": None, "findings": [f.to_json(lang) for f in findings]})
        if not as_json:
            _print_report(path, findings, lang)
    if as_json:
        print(json.dumps({"files": reports}, ensure_ascii=False, indent=2))
    if report is not None:
        try:
            _REPORTS[report.suffix.lower()](results, report, lang)
        except DocumentError as problem:
            print(f"gridbudget: {problem}", file=sys.stderr)
            return EXIT_FILE
    return status


def run_summary(files: Sequence[Path], jobs: int | None = None) -> int:
    """``gridbudget summary FILE_OR_FOLDER… OUT.xlsx``: the 汇总表; 0 done, 2 a file unreadable or OUT unwritable."""
    *sources, target = files
    if not sources or target.suffix.lower() != ".xlsx":
        print("gridbudget: summary 需要申报文件（或文件夹）和一个输出的 .xlsx 文件", file=sys.stderr)
        return EXIT_FILE
    paths = [path for path in _expand(sources) if not _same_file(path, target)]
    results = check_files(paths, None, jobs)
    status = EXIT_OK
    for result in results:
        if result.error is not None:
            print(f"gridbudget: {result.path}: {result.error}", file=sys.stderr)
            status = EXIT_FILE
    try:
        write_summary(results, target)
    except DocumentError as problem:
        print(f"gridbudget: {problem}", file=sys.stderr)
        return EXIT_FILE
    return status


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path.resolve() == other.resolve()
    except OSError:
        return False


def _print_report(path: Path, findings: list[Finding], lang: str) -> None:
    counts = count_by_severity(findings)
    if lang == "en":
        words = (
            f"{counts[s]} {severity_word(s, lang)}{'s' if counts[s] != 1 and s != Severity.INFO else ''}"
            for s in Severity
        )
        print(f"{path}: " + ", ".join(words))
    else:
        print(f"{path}：" + "，".join(f"{severity_word(s)} {counts[s]} 个" for s in Severity))
    for finding in findings:
        print(f"  [{severity_word(finding.severity, lang)}] {finding.rule}  {finding.where}  {render(finding, lang)}")


def save_self_evaluation(document: Document, target: Path) -> None:
    """Write the 自评表 in the format ``target``'s suffix names; raise DocumentError for one it cannot."""
    from gridbudget_gui.io.self_evaluation import write_self_evaluation

    write_self_evaluation(document, target)


def run_export(source: Path, target: Path, form: str = "declaration", indicators: str = "stacked") -> int:
    """``gridbudget export IN OUT``: convert; 0 done, 2 a file could not be read or written.

    A declaration with errors is still written (a draft may be exported on purpose), with one line on stderr.
    """
    try:
        loaded = load_document(source)
        try:
            same = target.exists() and target.resolve() == source.resolve()
        except OSError:  # a name too long or a loop of links: the save below says so
            same = False
        if same:
            raise DocumentError(target, "输出文件与输入文件相同；请另选输出文件名")
        if form == "self-evaluation":
            save_self_evaluation(loaded.document, target)
        elif indicators == "side-by-side" and target.suffix.lower() == ".pdf":
            from gridbudget_gui.io.pdf.write import write_pdf

            write_pdf(loaded.document, target, side_by_side=True)
        else:
            save_document(loaded.document, target)
    except DocumentError as problem:
        print(f"gridbudget: {problem}", file=sys.stderr)
        return EXIT_FILE
    findings = loaded.notes + check_document(loaded.document)
    errors = sum(finding.severity is Severity.ERROR for finding in findings)
    if errors:
        print(f"gridbudget: 注意：{source} 有 {errors} 个错误，仍已导出（gridbudget check 列出它们）", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """The ``gridbudget`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    # The same log file as the window's; nothing of it reaches stdout or stderr.
    log_file = start_logging()
    log.info("gridbudget %s started: %s", __version__, args)
    try:
        if args and args[0] == "check":
            options = _check_parser().parse_args(args[1:])
            return run_check(
                options.files, options.json, options.scheme, options.lang, report=options.report, jobs=options.jobs
            )
        if args and args[0] == "summary":
            options = _summary_parser().parse_args(args[1:])
            return run_summary(options.files, options.jobs)
        if args and args[0] == "export":
            options = _export_parser().parse_args(args[1:])
            return run_export(options.source, options.target, options.form, options.indicators)
        if args and args[0] == "evaluate":
            options = _evaluate_parser().parse_args(args[1:])
            return run_evaluate(options.file, options.json)
        if args and args[0] == "rollover":
            options = _rollover_parser().parse_args(args[1:])
            return run_rollover(options.source, options.target, options.year)
        if args and args[0] == "diff":
            options = _diff_parser().parse_args(args[1:])
            return run_diff(options.a, options.b, options.json)
        options = _window_parser().parse_args(args)
        from gridbudget_gui.app import run_window

        return run_window(options.file, example=options.example, smoke=options.smoke, smoke_print=options.smoke_print)
    except KeyboardInterrupt:
        return 130
    except Exception as bug:  # the last guard: a user never sees a traceback, the log file keeps it
        log.critical("Internal error", exc_info=True)
        if os.environ.get("GRIDBUDGET_DEBUG"):
            traceback.print_exc()
        details = f"详细信息已写入日志文件 {log_file}" if log_file else "设置 GRIDBUDGET_DEBUG=1 可查看详细信息"
        first_line = next(iter(str(bug).splitlines()), "")
        print(f"gridbudget: 内部错误：{type(bug).__name__}: {first_line}（{details}）", file=sys.stderr)
        return EXIT_FILE
