"""Which reader or writer a file needs: formats are recognised by their first bytes, not their names."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.atomic import keep_backup
from gridbudget_gui.io.document_file import DocumentError, LoadResult, describe_os_error
from gridbudget_gui.io.json import read_json, write_json

OPEN_SUFFIXES: tuple[str, ...] = (".xlsx", ".xls", ".json")
SAVE_SUFFIXES: tuple[str, ...] = (".xlsx", ".json", ".pdf")

log = logging.getLogger(__name__)


def _log_failure(action: str, problem: DocumentError) -> None:
    # A refused file is the user's everyday business, not a bug: one line, with the underlying
    # exception's traceback when there is one, which is what a bug report about an odd file needs.
    log.warning("%s failed: %s", action, problem, exc_info=problem.__cause__ is not None)


def sniff(path: Path) -> str:
    """The format of ``path`` from its first bytes: xlsx, xls, json, pdf or unknown."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(64)
    except OSError as error:
        raise DocumentError(path, f"无法打开：{describe_os_error(error)}") from error
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "json"
    return "unknown"


def load_document(path: Path) -> LoadResult:
    """Read a declaration from .json, .xlsx or .xls, whatever its name says; raise DocumentError."""
    path = Path(path)
    started = time.perf_counter()
    try:
        loaded = _load_document(path)
    except DocumentError as problem:
        _log_failure("Open", problem)
        raise
    log.info("Opened %s in %.2f s", path, time.perf_counter() - started)
    return loaded


def _load_document(path: Path) -> LoadResult:
    if path.is_dir():
        raise DocumentError(path, "这是一个文件夹，不是文件")
    kind = sniff(path)
    if kind == "json":
        return read_json(path)
    if kind == "xlsx":
        from gridbudget_gui.io.xlsx.read import read_xlsx

        return read_xlsx(path)
    if kind == "xls":
        from gridbudget_gui.io.xls import read_xls

        return read_xls(path)
    if kind == "pdf":
        raise DocumentError(path, "PDF 文件只能导出，不能打开；请打开 .xlsx、.xls 或 .json 文件")
    raise DocumentError(path, "无法识别的文件格式（应为 .xlsx、.xls 或 GridBudget 的 .json 文件）")


def save_document(document: Document, path: Path) -> None:
    """Write the document in the format ``path``'s suffix names (.xlsx, .json or .pdf), atomically.

    An .xlsx or .json that is overwritten is first copied to its backup name (atomic.backup_path).
    """
    path = Path(path)
    started = time.perf_counter()
    try:
        _save_document(document, path)
    except DocumentError as problem:
        _log_failure("Save", problem)
        raise
    log.info("Saved %s in %.2f s", path, time.perf_counter() - started)


def _save_document(document: Document, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix in (".json", ".xlsx"):
        keep_backup(path)  # the user's previous version; a PDF is only ever an output
    if suffix == ".json":
        write_json(document, path)
    elif suffix == ".xlsx":
        from gridbudget_gui.io.xlsx.write import write_xlsx

        write_xlsx(document, path)
    elif suffix == ".pdf":
        from gridbudget_gui.io.pdf.write import write_pdf

        write_pdf(document, path)
    else:
        raise DocumentError(path, f"不支持导出为“{suffix or '无扩展名'}”格式（可用：.xlsx、.pdf、.json）")
