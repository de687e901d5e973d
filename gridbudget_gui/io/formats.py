"""Which reader or writer a file needs: formats are recognised by their first bytes, not their names."""

from __future__ import annotations

import logging
import os
import stat
import time
from collections import Counter
from pathlib import Path

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.atomic import keep_backup
from gridbudget_gui.io.document_file import DocumentError, LoadResult, describe_os_error
from gridbudget_gui.io.json import read_json, write_json

OPEN_SUFFIXES: tuple[str, ...] = (
    ".xlsx",
    ".xls",
    ".json",
    ".xlsm",
    ".et",
    ".ods",
    ".csv",
    ".docx",
    ".htm",
    ".html",
    ".xml",
    ".xlsb",
)
SPREADSHEET_SUFFIXES: tuple[str, ...] = (*OPEN_SUFFIXES, ".xlsm", ".xltx", ".xlsb", ".et", ".ett", ".ods", ".csv")
"""What a folder check looks at: files we read, and spreadsheets we can only name (each gets a line)."""

log = logging.getLogger(__name__)


def _log_failure(action: str, problem: DocumentError, kind: str) -> None:
    # A refused file is the user's everyday business, not a bug: one line, with the underlying
    # exception's traceback when there is one, which is what a bug report about an odd file needs.
    log.warning("%s failed: %s [%s]", action, problem, kind, exc_info=problem.__cause__ is not None)


def sniff(path: Path) -> str:
    """The format of ``path`` from its first bytes: xlsx, xls, json, pdf, html, spreadsheetml (Excel 2003
    XML), csv, and for zip packages by the parts inside: docx, ods, xlsb; else unknown.
    """
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except OSError as error:
        raise DocumentError(path, f"无法打开：{describe_os_error(error)}") from error
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    text = _head_text(head)
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("{"):
        return "json"
    lowered = start[:2048].lower()
    if "urn:schemas-microsoft-com:office:spreadsheet" in lowered or 'progid="excel.sheet"' in lowered:
        return "spreadsheetml"
    if lowered.startswith(("<!doctype html", "<html", "<table", "<meta", "<head", "<body")) or (
        lowered.startswith("<") and "<html" in lowered
    ):
        return "html"
    if text and "\x00" not in text and _looks_like_csv(start):
        return "csv"
    return "unknown"


def _zip_kind(path: Path) -> str:
    """What a zip package holds: a workbook (xlsx, also .xlsm), a Word document, an .ods or an .xlsb."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        # The xlsx reader names what is wrong with the package; a broken .xlsb is named as one.
        return "xlsb" if path.suffix.lower() == ".xlsb" else "xlsx"
    if "word/document.xml" in names and "xl/workbook.xml" not in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    if "xl/workbook.bin" in names:
        return "xlsb"
    return "xlsx"


def _head_text(head: bytes) -> str:
    """The first bytes as text, whatever their Unicode encoding (UTF-8 or UTF-16, with or without a mark)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if len(head) > 1 and head[1:2] == b"\x00" and head[:1] != b"\x00":
        return head.decode("utf-16-le", "ignore")
    if len(head) > 1 and head[:1] == b"\x00" and head[1:2] != b"\x00":
        return head.decode("utf-16-be", "ignore")
    return head.decode("utf-8", "ignore")


def _looks_like_csv(text: str) -> bool:
    lines = [line for line in text.splitlines()[:5] if line.strip()]
    return bool(lines) and all(("," in line or "\t" in line or "，" in line) for line in lines)


FORMAT_NAMES = {
    "html": "网页（HTML）表格",
    "spreadsheetml": "Excel 2003 XML 表格（SpreadsheetML）",
    "csv": "CSV 文本表格",
    "ods": "OpenDocument 表格（.ods）",
    "docx": "Word 文档（.docx）",
    "xlsb": "Excel 二进制工作簿（.xlsb）",
}
"""What each format read through io/tables.py is called in a message: the name may say .xls, the file does not."""


def check_regular_file(path: Path) -> None:
    """Refuse at once what is not a regular file (a folder, a named pipe, a device): reading it could hang."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise DocumentError(path, f"无法打开：{describe_os_error(error)}") from error
    if stat.S_ISDIR(mode):
        raise DocumentError(path, "这是一个文件夹，不是文件")
    if stat.S_ISFIFO(mode):
        raise DocumentError(path, "这是一个命名管道（FIFO），不是普通文件")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise DocumentError(path, "这是一个设备，不是普通文件")
    if not stat.S_ISREG(mode):
        raise DocumentError(path, "这不是普通文件")


def load_document(path: Path) -> LoadResult:
    """Read a declaration from .json, .xlsx, .xls, .xlsb, HTML, SpreadsheetML, CSV, .ods or .docx, whatever its
    name says; raise DocumentError."""
    path = Path(path)
    started = time.perf_counter()
    kind = "unknown"
    try:
        check_regular_file(path)
        kind = sniff(path)
        loaded = _load_document(path, kind)
    except DocumentError as problem:
        _log_failure("Open", problem, kind)
        raise
    # What a support call needs: which reader, whose layout, what the reader noticed (rule ids, no contents).
    notes = Counter(note.rule for note in loaded.notes)
    log.info(
        "Opened %s in %.2f s: %s reader, %s, %d lines; notes: %s",
        path,
        time.perf_counter() - started,
        kind,
        "a colleague's layout (form reader)" if loaded.foreign else "GridBudget's own layout",
        len(loaded.document.cost_items),
        ", ".join(f"{rule} ×{count}" for rule, count in sorted(notes.items())) or "none",
    )
    return loaded


def _load_document(path: Path, kind: str) -> LoadResult:
    if kind == "json":
        return read_json(path)
    if kind == "xlsx":
        from gridbudget_gui.io.xlsx.read import read_xlsx

        return read_xlsx(path)
    if kind == "xls":
        from gridbudget_gui.io.xls import read_xls

        return read_xls(path)
    if kind in FORMAT_NAMES:
        return _read_tables(path, kind)
    if kind == "pdf":
        raise DocumentError(path, "PDF 文件只能导出，不能打开；请打开 .xlsx、.xls、.docx 或 .json 文件")
    raise DocumentError(
        path, "无法识别的文件格式（应为 .xlsx、.xls、.xlsb、.ods、.docx、网页或 CSV 表格，或 GridBudget 的 .json 文件）"
    )


def _read_tables(path: Path, kind: str) -> LoadResult:
    """A colleague's declaration from a file that is not a workbook, through the same form reader."""
    from gridbudget_gui.io import tables, xlsb
    from gridbudget_gui.io.form.grid import GridTooLargeError
    from gridbudget_gui.io.form.reader import NotAFormError, parse_form

    readers = {
        "html": tables.read_html,
        "spreadsheetml": tables.read_spreadsheetml,
        "csv": tables.read_csv,
        "ods": tables.read_ods,
        "docx": tables.read_docx,
        "xlsb": xlsb.read_xlsb,
    }
    name = FORMAT_NAMES[kind]
    try:
        grids = readers[kind](path)
    except DocumentError:
        raise
    except (tables.TableTooLargeError, GridTooLargeError) as problem:
        raise DocumentError(path, f"这个{name}的{problem}，不像是预算申报表，已拒绝打开") from problem
    except MemoryError as problem:
        raise DocumentError(path, "文件太大，内存不足以打开") from problem
    except Exception as problem:  # defusedxml's refusals, a broken XML or zip: one clear line
        if type(problem).__module__.startswith("defusedxml"):
            raise DocumentError(path, "文件包含不安全的 XML 定义（可能是恶意构造的文件），已拒绝打开") from problem
        raise DocumentError(path, f"无法读取这个{name}，文件可能已损坏（{type(problem).__name__}）") from problem
    try:
        return parse_form(grids)
    except NotAFormError as problem:
        raise DocumentError(path, f"这是一个{name}，{problem}") from problem


def save_document(document: Document, path: Path) -> None:
    """Write the document in the format ``path``'s suffix names (.xlsx, .json or .pdf), atomically.

    An .xlsx or .json that is overwritten is first copied to its backup name (atomic.backup_path).
    """
    path = Path(path)
    started = time.perf_counter()
    kind = path.suffix.lower().lstrip(".") or "no suffix"
    try:
        _save_document(document, path)
    except DocumentError as problem:
        _log_failure("Save", problem, kind)
        raise
    log.info(
        "Saved %s in %.2f s: %s writer, %d lines", path, time.perf_counter() - started, kind, len(document.cost_items)
    )


def _save_document(document: Document, path: Path) -> None:
    try:
        if path.is_dir():
            raise DocumentError(path, "这是一个文件夹：请在文件夹中另取一个文件名")
    except OSError as error:  # a name too long, a loop of links…
        raise DocumentError(path, f"保存失败：{describe_os_error(error)}") from error
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
    elif suffix == ".docx":
        from gridbudget_gui.io.docx.write import write_docx

        write_docx(document, path)
    else:
        raise DocumentError(path, f"不支持导出为“{suffix or '无扩展名'}”格式（可用：.xlsx、.pdf、.docx、.json）")
