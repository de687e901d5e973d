"""Open an old binary .xls (or any OLE file that claims to be one) through xlrd and the same form parser."""

from __future__ import annotations

import datetime
from pathlib import Path

import xlrd
from xlrd.compdoc import CompDoc  # type: ignore[import-untyped]

from gridbudget_gui.io.cells import CellValue
from gridbudget_gui.io.document_file import DocumentError, LoadResult, read_limited
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.reader import NotAFormError, parse_form

MAX_XLS_BYTES = 64 * 1024 * 1024
ENCRYPTED = "文件已加密（设有打开密码）：请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再打开"


def read_xls(path: Path) -> LoadResult:
    """Read a declaration from an old .xls file; raise DocumentError naming the file and the cause."""
    path = Path(path)
    try:
        return _read_xls(path)
    except DocumentError:
        raise
    except MemoryError as problem:
        raise DocumentError(path, "文件太大，内存不足以打开") from problem
    except RecursionError:
        # Not chained: a thousand frames of xlrd walking the loop teach nothing.
        raise DocumentError(path, "文件已损坏：内部目录结构循环引用，无法读取") from None
    except Exception as problem:  # a damaged OLE or BIFF structure can break xlrd anywhere (struct.error…)
        raise DocumentError(path, f"无法读取 .xls 文件，文件可能已损坏（{type(problem).__name__}）") from problem


def _read_xls(path: Path) -> LoadResult:
    data = read_limited(path, MAX_XLS_BYTES, "预算申报表")
    streams = ole_stream_names(data)
    if {"EncryptionInfo", "EncryptedPackage"} & streams:
        # An encrypted .xlsx is an OLE container too: Excel puts the real workbook inside, encrypted.
        raise DocumentError(path, ENCRYPTED)
    if streams and not {"Workbook", "Book"} & streams:
        if "WordDocument" in streams:
            raise DocumentError(path, "这是 Word 文档，不是 Excel 工作簿")
        raise DocumentError(path, "这是一个 Office 复合文档，但不是 Excel 工作簿")
    book = _open_book(path, data)
    try:
        grids = [grid_from_xls_sheet(book, book.sheet_by_index(i)) for i in range(book.nsheets)]
    finally:
        book.release_resources()
    try:
        return parse_form(grids)
    except NotAFormError as problem:
        raise DocumentError(path, str(problem)) from problem


def ole_stream_names(data: bytes) -> set[str]:
    """The names in an OLE compound file's directory; empty when the directory cannot be read."""
    try:
        document = CompDoc(data, logfile=_Silent())
    except RecursionError:
        raise  # a directory that loops: xlrd would walk the same loop
    except Exception:  # a cut or damaged header fails anywhere (struct.error, CompDocError…)
        return set()
    return {node.name for node in document.dirlist}


class _Silent:
    """A log file for xlrd that drops its chatter (xlrd writes warnings to stdout by default)."""

    def write(self, text: str) -> int:
        return len(text)


def _open_book(path: Path, data: bytes) -> xlrd.Book:
    last: Exception | None = None
    for formatting in (True, False):  # merged blocks need formatting_info; a few odd files only open without
        try:
            return xlrd.open_workbook(
                file_contents=data, formatting_info=formatting, logfile=_Silent(), on_demand=False, ragged_rows=True
            )
        except xlrd.XLRDError as problem:
            if "encrypted" in str(problem).lower():
                raise DocumentError(path, ENCRYPTED) from problem
            last = problem
        except (MemoryError, RecursionError):
            raise
        except Exception as problem:  # a broken BIFF stream can fail anywhere in xlrd
            last = problem
    raise DocumentError(
        path, f"无法读取 .xls 文件，文件可能已损坏（{type(last).__name__}: {str(last)[:80]}）"
    ) from last


def grid_from_xls_sheet(book: xlrd.Book, sheet: xlrd.sheet.Sheet) -> Grid:
    """A Grid from an xlrd sheet: the same cell grid the xlsx reader builds."""
    grid = Grid(sheet.name)
    for row in range(sheet.nrows):
        for col in range(sheet.row_len(row)):  # ragged rows: a far cell does not pad every row to its column
            cell = sheet.cell(row, col)
            value: CellValue
            if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                continue
            if cell.ctype == xlrd.XL_CELL_NUMBER:
                value = int(cell.value) if float(cell.value).is_integer() else float(cell.value)
            elif cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    value = float(cell.value)
                if isinstance(value, datetime.datetime) and value.time() == datetime.time():
                    value = value.date()
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                value = "是" if cell.value else "否"
            else:
                value = str(cell.value)
                if not value.strip():
                    continue
            grid.cells[(row + 1, col + 1)] = value
            fmt = _number_format(book, sheet, row, col)
            if fmt:
                grid.formats[(row + 1, col + 1)] = fmt
    for first_row, last_row, first_col, last_col in getattr(sheet, "merged_cells", []):
        grid.merged.append((first_row + 1, first_col + 1, last_row, last_col))
    return grid.finish()


def _number_format(book: xlrd.Book, sheet: xlrd.sheet.Sheet, row: int, col: int) -> str:
    if not book.formatting_info:
        return ""
    try:
        xf = book.xf_list[sheet.cell_xf_index(row, col)]
        fmt: str = book.format_map[xf.format_key].format_str
    except (IndexError, KeyError, AttributeError):
        return ""
    return "" if fmt == "General" else fmt
