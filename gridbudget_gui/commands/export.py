"""``gridbudget export IN OUT``: a declaration converted to the format OUT's suffix names, or its 自评表."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from gridbudget_gui.commands import EXIT_FILE, EXIT_OK, text
from gridbudget_gui.commands.files import say_failure

HELP = {
    "zh": "转换申报书的格式（.xlsx、.pdf、.docx、.json），或导出绩效自评表",
    "en": "convert a declaration (.xlsx, .pdf, .docx, .json) or export its self-evaluation",
}

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    """IN, OUT, ``--form`` and ``--indicators``."""
    parser.add_argument(
        "source", type=Path, metavar="IN", help=text(lang, "输入文件：.xlsx、.xls 或 .json 等", "the file to read")
    )
    parser.add_argument(
        "target",
        type=Path,
        metavar="OUT",
        help=text(
            lang,
            "输出文件：扩展名决定格式（.xlsx、.pdf、.docx 或 .json）",
            "the file to write; its suffix names the format (.xlsx, .pdf, .docx or .json)",
        ),
    )
    parser.add_argument(
        "--form",
        choices=("declaration", "self-evaluation", "monitoring"),
        default="declaration",
        help=text(
            lang,
            "导出的表：declaration 申报书（默认）、self-evaluation 绩效自评表或 monitoring 绩效运行监控表"
            "（后两者为 .pdf/.xlsx/.docx）",
            "what to export: declaration (default), self-evaluation (the 绩效自评表) or monitoring (the"
            " 绩效运行监控表); the last two as .pdf/.xlsx/.docx",
        ),
    )
    parser.add_argument(
        "--indicators",
        choices=("stacked", "side-by-side"),
        default="stacked",
        help=text(
            lang,
            "PDF 中绩效指标的排法：stacked 中期在上、年度在下（默认）；side-by-side 中期在左、年度在右",
            "the PDF's indicator tables: stacked, 中期 above 年度 (default), or side-by-side",
        ),
    )


def run(options: argparse.Namespace) -> int:
    """Convert; 0 done, 2 a file could not be read or written.

    A declaration with errors is still written (a draft may be exported on purpose), with one line on stderr.
    """
    from gridbudget_gui.domain.checker import check_document
    from gridbudget_gui.domain.findings import Severity
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.form.report import separate_unread
    from gridbudget_gui.io.formats import load_document, save_document

    source: Path = options.source
    target: Path = options.target
    log.info("Export %s to %s: form %s, indicators %s", source, target, options.form, options.indicators)
    try:
        loaded = load_document(source)
        try:
            same = target.exists() and target.resolve() == source.resolve()
        except OSError:  # a name too long or a loop of links: the save below says so
            same = False
        if same:
            raise DocumentError(target, "输出文件与输入文件相同；请另选输出文件名")
        if options.form == "self-evaluation":
            from gridbudget_gui.io.self_evaluation import write_self_evaluation

            write_self_evaluation(loaded.document, target)
        elif options.form == "monitoring":
            from gridbudget_gui.io.monitoring import write_monitoring

            write_monitoring(loaded.document, target)
        elif options.indicators == "side-by-side" and target.suffix.lower() == ".pdf":
            from gridbudget_gui.io.pdf.write import write_pdf

            write_pdf(loaded.document, target, side_by_side=True)
        else:
            save_document(loaded.document, target)
    except DocumentError as problem:
        say_failure(problem)
        return EXIT_FILE
    log.info("Exported %s to %s", source, target)
    findings = separate_unread(loaded.notes, check_document(loaded.document))
    errors = sum(finding.severity is Severity.ERROR for finding in findings)
    if errors:
        log.info("Exported %s with %d errors", source, errors)
        say_failure(f"注意：{source} 有 {errors} 个错误，仍已导出（gridbudget check 列出它们）")
    return EXIT_OK
