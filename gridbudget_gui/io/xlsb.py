"""Excel binary workbooks (.xlsb) read as the same Grid the form reader walks: values only, through calamine.

calamine builds each sheet as one dense block from its first to its last filled cell, in native code that
cannot be interrupted, so each sheet part is first walked here (BIFF12 records: cheap) and refused when its
cells, or the block they span, are more than a declaration has. The same walk gives the merged blocks,
which calamine does not report for .xlsb.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.form.grid import Grid, GridTooLargeError
from gridbudget_gui.io.tables import MAX_CELLS, TableTooLargeError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A declaration as .xlsb is a few dozen KB."""

MAX_PART_BYTES = 32 * 1024 * 1024
"""What one part may unpack to: 300,000 cells take under 10 MB of records."""

MAX_AREA = 2_000_000
"""Cells a sheet's values may span, from its top row and first filled column (calamine allocates every one)."""

_VALUE_RECORDS = frozenset(range(0x02, 0x0C))
"""BrtCellRk … BrtFmlaError: the records that hold a value (BrtCellBlank, 0x01, is skipped by calamine)."""

_SHEET_FOLDERS = ("xl/worksheets/", "xl/chartsheets/", "xl/dialogsheets/")


class SheetScan:
    """What one sheet part holds, from its records: the extent of its values and its merged blocks."""

    def __init__(self) -> None:
        self.cells = 0
        self.rows = (2**32, -1)
        self.cols = (2**32, -1)
        self.merged: list[tuple[int, int, int, int]] = []

    @property
    def area(self) -> int:
        """Cells of the block from the first to the last value."""
        if self.rows[1] < 0:
            return 0
        return (self.rows[1] + 1) * (self.cols[1] - self.cols[0] + 1)  # rows from the top: see read_xlsb


def _varint(data: bytes, at: int, most: int) -> tuple[int, int]:
    value = shift = 0
    for _ in range(most):
        if at >= len(data):
            raise ValueError("record cut short")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return value, at


def scan_sheet(data: bytes) -> SheetScan:
    """Walk one sheet part's records; raise TableTooLargeError past MAX_CELLS values or MAX_AREA."""
    scan = SheetScan()
    at = 0
    row = 0
    end = len(data)
    while at < end:
        kind, at = _varint(data, at, 2)
        size, at = _varint(data, at, 4)
        payload = data[at : at + size]
        at += size
        if kind == 0x00 and len(payload) >= 4:  # BrtRowHdr
            row = struct.unpack_from("<I", payload)[0]
        elif kind in _VALUE_RECORDS and len(payload) >= 4:
            col = struct.unpack_from("<I", payload)[0]
            scan.cells += 1
            if scan.cells > MAX_CELLS:
                raise TableTooLargeError(f"单元格超过 {MAX_CELLS:,} 个")
            scan.rows = (min(scan.rows[0], row), max(scan.rows[1], row))
            scan.cols = (min(scan.cols[0], col), max(scan.cols[1], col))
        elif kind == 0xB0 and len(payload) >= 16:  # BrtMergeCell: first row, last row, first col, last col
            r1, r2, c1, c2 = struct.unpack_from("<4I", payload)
            scan.merged.append((r1 + 1, c1 + 1, r2 + 1, c2 + 1))
    if scan.area > MAX_AREA:
        raise TableTooLargeError(f"表格范围超过 {MAX_AREA:,} 个单元格")
    return scan


def _sheet_parts(path: Path) -> dict[str, bytes]:
    """Every sheet part of the package, checked for size before it is unpacked."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DocumentError(path, f"文件太大（{path.stat().st_size // 1024 // 1024} MB），不像是预算申报表")
        with zipfile.ZipFile(path) as package:
            parts = {}
            for info in package.infolist():
                if info.file_size > MAX_PART_BYTES:
                    raise DocumentError(
                        path,
                        f"文件中的“{info.filename[:60]}”解压后超过 {MAX_PART_BYTES // 1024 // 1024} MB，已拒绝打开",
                    )
                if info.filename.startswith(_SHEET_FOLDERS):
                    parts[info.filename] = package.read(info)
            return parts
    except (zipfile.BadZipFile, OSError, EOFError) as problem:
        raise DocumentError(path, "Excel 二进制工作簿（.xlsb）已损坏或不完整（压缩数据无法解开）") from problem


def read_xlsb(path: Path) -> list[Grid]:
    """The sheets of an .xlsb workbook as grids (values; formulas give their saved results)."""
    scans = {name: scan_sheet(data) for name, data in _sheet_parts(path).items()}
    import python_calamine

    grids = []
    budget = MAX_CELLS
    try:
        # From the stream, not the path: calamine would choose its reader by the name, we go by the content.
        with open(path, "rb") as stream, python_calamine.CalamineWorkbook.from_filelike(stream) as workbook:
            paths = _sheet_paths(path)
            for index, name in enumerate(workbook.sheet_names):
                sheet = workbook.get_sheet_by_index(index)
                grid = Grid(name)
                # iter_rows pads the rows above the first filled one (so rows count from the sheet's top)
                # but starts each row at the first filled column.
                start = sheet.start or (0, 0)
                for r, values in enumerate(sheet.iter_rows(), start=1):
                    for c, value in enumerate(values, start=start[1] + 1):
                        if value == "" or value is None:
                            continue
                        budget -= 1
                        if budget < 0:
                            raise TableTooLargeError(f"单元格超过 {MAX_CELLS:,} 个")
                        grid.cells[(r, c)] = value  # int, float, str, date: all CellValues
                scan = scans.get(paths.get(name, ""))
                if scan is not None:
                    grid.merged = list(scan.merged)
                grids.append(grid.finish())
    except (TableTooLargeError, GridTooLargeError, DocumentError):
        raise
    except BaseException as problem:  # calamine's own errors, and a panic in its native code (a BaseException)
        if isinstance(problem, (KeyboardInterrupt, SystemExit, MemoryError)):
            raise
        if isinstance(problem, python_calamine.PasswordError):
            raise DocumentError(
                path, "Excel 二进制工作簿（.xlsb）设有打开密码，请先在 Excel 中取消密码再打开"
            ) from problem
        raise DocumentError(
            path, f"Excel 二进制工作簿（.xlsb）已损坏，无法读取（{type(problem).__name__}）"
        ) from problem
    return grids


def _sheet_paths(path: Path) -> dict[str, str]:
    """Sheet name → its part, from workbook.bin and its relationships (for the merged blocks)."""
    import re

    try:
        with zipfile.ZipFile(path) as package:
            book = package.read("xl/workbook.bin")
            rels = package.read("xl/_rels/workbook.bin.rels").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    targets = {}
    for tag in re.findall(r"<Relationship\b[^>]*>", rels):
        found_id = re.search(r'\bId="([^"]*)"', tag)
        found_target = re.search(r'\bTarget="([^"]*)"', tag)
        if found_id and found_target:
            targets[found_id[1]] = "xl/" + found_target[1].lstrip("/").removeprefix("xl/")
    names = {}
    at = 0
    try:
        while at < len(book):
            kind, at = _varint(book, at, 2)
            size, at = _varint(book, at, 4)
            payload = book[at : at + size]
            at += size
            if kind == 0x9C and len(payload) >= 12:  # BrtBundleSh: state, tab id, relationship id, name
                length = struct.unpack_from("<I", payload, 8)[0]
                if length == 0xFFFFFFFF:
                    continue
                relation = payload[12 : 12 + 2 * length].decode("utf-16-le", "replace")
                rest = payload[12 + 2 * length :]
                if len(rest) >= 4:
                    count = struct.unpack_from("<I", rest)[0]
                    names[rest[4 : 4 + 2 * count].decode("utf-16-le", "replace")] = targets.get(relation, "")
    except ValueError:
        pass
    return names
