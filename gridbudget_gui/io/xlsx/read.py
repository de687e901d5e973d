"""Open an .xlsx: our own workbook exactly (by its anchors), anyone else's through the form parser."""

from __future__ import annotations

import datetime
import io
import re
import warnings
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from gridbudget_gui.io.cells import formula_value
from gridbudget_gui.io.document_file import DocumentError, LoadResult, describe_os_error
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.reader import NotAFormError, parse_form
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.fastread import load_workbook  # openpyxl's, with a faster shared-string table
from gridbudget_gui.io.xlsx.own import OwnLayoutError, read_own
from gridbudget_gui.io.xlsx.sheetxml import UnsafeXmlError

MAX_UNPACKED_BYTES = 512 * 1024 * 1024
"""A declaration unpacks to a few MB; far more than this is a zip bomb, not a budget."""

MAX_RATIO = 200
"""Spreadsheet XML compresses about 10–30×; a part that claims far more is built to exhaust memory."""


def read_xlsx(path: Path) -> LoadResult:
    """Read a declaration from an .xlsx file; raise DocumentError naming the file and the cause."""
    path = Path(path)
    try:
        return _read_xlsx(path)
    except DocumentError:
        raise
    except MemoryError as problem:
        raise DocumentError(path, "文件太大，内存不足以打开") from problem
    except Exception as problem:  # read-only mode parses a sheet only while its rows are read: fuzzing found
        raise DocumentError(path, describe_parser_error(problem)) from problem  # bad XML and values failing there


def _read_xlsx(path: Path) -> LoadResult:
    check_package(path)
    # Read-only mode first: our own 10,000-line workbook loads in half the time. A colleague's form is
    # small and needs merged blocks, which only normal mode gives, so it is opened again in normal mode.
    fast = open_workbook(path, data_only=False, read_only=True)
    try:
        own = is_own_workbook(fast)
        if own:
            try:
                return read_own(fast, lambda: open_workbook(path, data_only=True, read_only=True))
            except OwnLayoutError as problem:
                damaged: OwnLayoutError | None = problem
        else:
            damaged = None
    finally:
        fast.close()
    workbook = open_workbook(path, data_only=False)
    try:
        result = _read_foreign(path, workbook)
    finally:
        workbook.close()
    if damaged is not None:
        # Our anchors were damaged by another program: the labels still say where everything is.
        result.notes.insert(0, damaged.finding)
        result.foreign = False
    return result


def _read_foreign(path: Path, workbook: Workbook) -> LoadResult:
    cached = open_workbook(path, data_only=True) if _has_formulas(workbook) else None
    try:
        grids = [
            grid_from_worksheet(sheet, cached[sheet.title] if cached is not None else None)
            for sheet in workbook.worksheets
            if sheet.title != lay.META_SHEET
        ]
    finally:
        if cached is not None:
            cached.close()
    try:
        return parse_form(grids)
    except NotAFormError as problem:
        raise DocumentError(path, str(problem)) from problem


def _has_formulas(workbook: Workbook) -> bool:
    return any(cell.data_type == "f" for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row)


def is_own_workbook(workbook: Workbook) -> bool:
    """True when the workbook carries our format anchor (the hidden sheet or its defined name)."""
    if lay.META_SHEET in workbook.sheetnames:
        for row in workbook[lay.META_SHEET].iter_rows(min_row=1, max_row=1, max_col=2, values_only=True):
            if len(row) > 1 and row[1] == lay.WORKBOOK_FORMAT:
                return True
    return lay.name_for("format") in workbook.defined_names


def check_package(path: Path) -> None:
    """Refuse, with a clear cause, a zip that is broken, is not a workbook, or unpacks to an absurd size."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
    except zipfile.BadZipFile as problem:
        raise DocumentError(path, "文件已损坏或不完整（不是有效的 xlsx 压缩包）") from problem
    except OSError as error:
        raise DocumentError(path, f"无法读取：{describe_os_error(error)}") from error
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names and not any(name.endswith("workbook.xml") for name in names):
        if "word/document.xml" in names:
            raise DocumentError(path, "这是 Word 文档，不是 Excel 工作簿")
        raise DocumentError(path, "这是一个 zip 压缩包，但不是 Excel 工作簿")
    total = sum(info.file_size for info in infos)
    for info in infos:
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocumentError(path, f"文件中的“{info.filename}”解压后异常巨大，可能是恶意构造的文件，已拒绝打开")
    if total > MAX_UNPACKED_BYTES:
        raise DocumentError(path, f"文件解压后超过 {MAX_UNPACKED_BYTES // 1024 // 1024} MB，不像是预算申报表")


def open_workbook(path: Path, *, data_only: bool, read_only: bool = False) -> Workbook:
    """Load with openpyxl in normal mode, turning any failure of the parser into one clear DocumentError.

    Read-only mode is about twice as fast on big files but gives neither merged blocks nor fast random
    access; the callers choose (see read_xlsx and benchmarks/xlsx_speed.py).
    """
    try:
        with warnings.catch_warnings():
            # openpyxl warns about extensions it drops (slicers, conditional formats…); they are no concern here.
            warnings.simplefilter("ignore")
            # openpyxl judges the format by the file name; the bytes were sniffed already, so hand it a stream.
            stream = io.BytesIO(path.read_bytes())
            return load_workbook(stream, read_only=read_only, data_only=data_only, rich_text=False)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as problem:
        raise DocumentError(path, "文件已损坏或不完整（压缩数据无法解开）") from problem
    except OSError as error:
        raise DocumentError(path, f"无法读取：{describe_os_error(error)}") from error
    except MemoryError as problem:
        raise DocumentError(path, "文件太大，内存不足以打开") from problem
    except Exception as problem:  # a hostile or broken file may break the parser anywhere
        raise DocumentError(path, describe_parser_error(problem)) from problem


def describe_parser_error(problem: Exception) -> str:
    """A Chinese cause for an exception raised while openpyxl parsed a workbook."""
    kind = type(problem).__name__
    module = type(problem).__module__
    chain: list[BaseException] = []
    current: BaseException | None = problem
    while current is not None and len(chain) < 10:  # openpyxl wraps defusedxml's refusal in a ValueError
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(type(link).__module__.startswith("defusedxml") or isinstance(link, UnsafeXmlError) for link in chain):
        return "文件包含不安全的 XML 实体定义（可能是恶意构造的文件），已拒绝打开"
    if isinstance(problem, KeyError):
        part = re.search(r"'([^']+)'", str(problem))
        return f"工作簿缺少必要的部件（{part[1] if part else problem}），文件可能已损坏"
    if kind == "ParseError" or "xml" in module.lower():
        return "工作簿中的 XML 格式错误，文件可能已损坏"
    return f"无法读取 Excel 文件，文件可能已损坏（{kind}）"


def grid_from_worksheet(sheet: Worksheet, cached: Worksheet | None = None) -> Grid:
    """A Grid from an openpyxl worksheet; formulas take their cached value from ``cached`` when given."""
    grid = Grid(sheet.title)
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=") and cell.data_type != "s"):
                computed = formula_value(str(value))
                if computed is not None:
                    value = computed
                elif cached is not None:
                    value = cached.cell(row=cell.row, column=cell.column).value
                else:
                    value = None
                if value is None:
                    continue
            elif not isinstance(value, (str, int, float, Decimal, datetime.date)):
                continue  # ArrayFormula, DataTableFormula and friends: nothing a form field can use
            grid.cells[(cell.row, cell.column)] = value
            if cell.number_format and cell.number_format != "General":
                grid.formats[(cell.row, cell.column)] = cell.number_format
    for block in sheet.merged_cells.ranges:
        grid.merged.append((block.min_row, block.min_col, block.max_row, block.max_col))
    return grid.finish()
