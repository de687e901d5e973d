"""Open an .xlsx: our own workbook exactly (by its anchors), anyone else's through the form parser."""

from __future__ import annotations

import datetime
import re
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

from openpyxl.utils.cell import range_boundaries

from gridbudget_gui.io.cells import formula_value
from gridbudget_gui.io.document_file import DocumentError, LoadResult, collector_paused, describe_os_error
from gridbudget_gui.io.form.grid import Grid, GridTooLargeError
from gridbudget_gui.io.form.reader import NotAFormError, parse_form
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.book import Book
from gridbudget_gui.io.xlsx.own import OwnLayoutError, read_own
from gridbudget_gui.io.xlsx.sheetscan import ScannedBook, ScanRefusedError
from gridbudget_gui.io.xlsx.sheetxml import CellBudget, SheetParts, TooManyCellsError, UnsafeXmlError, read_sheet_parts

MAX_UNPACKED_BYTES = 512 * 1024 * 1024
"""A declaration unpacks to a few MB; far more than this is a zip bomb, not a budget."""

MAX_RATIO = 200
"""Spreadsheet XML compresses about 10–30×; a part that claims far more is built to exhaust memory."""

XML_BUDGET_MIN = 64 * 1024 * 1024
XML_BUDGET_MAX = 256 * 1024 * 1024
XML_BUDGET_RATIO = 40
"""All XML parts together may unpack to 40 times the file's size (at least 64 MB, at most 256 MB), whatever
each part's ratio: our 10,000-line workbook unpacks to 10 times its size (100,000 lines: 63 MB), and many
small parts cannot add up past the budget."""

MAX_WHOLE_PART_BYTES = 32 * 1024 * 1024
"""A part openpyxl parses into a tree at once (styles, workbook, relationships) is a few KB; sheets and
shared strings are streamed and only count towards the XML budget."""

CELLS_MIN = 300_000
CELLS_MAX = 2_000_000
CELLS_PER_BYTE = 1 / 3
"""Cells a workbook may hold: one for every three bytes of the file (ours has one for every five), at least
300,000 (a 20,000-line declaration) and at most 2,000,000 (our 100,000-line workbook has 1.3 million)."""


RESAVE = "请在 Excel 或 WPS 中另存为 .xlsx 后再打开"


def xml_budget(size: int) -> int:
    """How many bytes the XML parts of a ``size``-byte package may unpack to."""
    return min(XML_BUDGET_MAX, max(XML_BUDGET_MIN, XML_BUDGET_RATIO * size))


def cell_budget(path: Path) -> CellBudget:
    """The cell budget of the workbook at ``path`` (see CELLS_PER_BYTE)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return CellBudget(min(CELLS_MAX, max(CELLS_MIN, int(size * CELLS_PER_BYTE))))


def read_xlsx(path: Path) -> LoadResult:
    """Read a declaration from an .xlsx file; raise DocumentError naming the file and the cause."""
    path = Path(path)
    try:
        with collector_paused():
            return _read_xlsx(path)
    except DocumentError:
        raise
    except MemoryError as problem:
        raise DocumentError(path, "文件太大，内存不足以打开") from problem
    except TooManyCellsError as problem:
        raise DocumentError(path, f"工作簿的{problem}，不像是预算申报表，已拒绝打开") from problem
    except GridTooLargeError as problem:
        raise DocumentError(path, f"{problem}，不像是预算申报表，已拒绝打开") from problem
    except Exception as problem:  # read-only mode parses a sheet only while its rows are read: fuzzing found
        raise DocumentError(path, describe_parser_error(problem)) from problem  # bad XML and values failing there


def _read_xlsx(path: Path) -> LoadResult:
    check_package(path)
    # The sheets are the only truth: a copy of the document that an older GridBudget added to the package
    # (gridbudget/document.json) is never read, whatever it says (docs/interface.md).
    workbook = open_workbook(path, data_only=False)
    try:
        try:
            # Values by calamine, formulas and formats by a scan of the sheets' XML (sheetscan.py) ...
            budget = cell_budget(path)
            return _read_sheets(path, workbook, budget, ScannedBook(path, workbook, budget))
        except ScanRefusedError:
            pass
        # ... or, for a sheet the scan cannot read exactly, every cell streamed from the XML by expat
        # (sheetxml.py), so memory and time follow what the file holds, never the range it claims.
        return _read_sheets(path, workbook, cell_budget(path), None)
    finally:
        workbook.close()


def _read_sheets(path: Path, workbook: Book, budget: CellBudget, scanned: ScannedBook | None) -> LoadResult:
    """Our own workbook by its anchors, or anyone's through the form parser."""
    damaged: OwnLayoutError | None = None
    if is_own_workbook(workbook, cell_budget(path), scanned):
        try:
            return read_own(workbook, lambda: open_workbook(path, data_only=True), budget, scanned)
        except OwnLayoutError as problem:
            damaged = problem
            budget = cell_budget(path)  # the cells are read again below
            if scanned is not None:
                scanned = ScannedBook(path, workbook, budget)  # our reader let go of the rows it had read
    result = _read_foreign(path, workbook, budget, scanned)
    if damaged is not None:
        # Our anchors were damaged by another program: the labels still say where everything is.
        result.notes.insert(0, damaged.finding)
        result.foreign = False
    return result


def _read_foreign(path: Path, workbook: Book, budget: CellBudget, scanned: ScannedBook | None) -> LoadResult:
    grids = [
        grid_from_parts(
            sheet.title,
            scanned.sheet(sheet).parts()
            if scanned is not None
            else read_sheet_parts(sheet, budget, cached=True, every_row=True),
        )
        for sheet in workbook.worksheets
        if sheet.title != lay.META_SHEET
    ]
    try:
        return parse_form(grids)
    except NotAFormError as problem:
        raise DocumentError(path, str(problem)) from problem


def is_own_workbook(workbook: Book, budget: CellBudget | None = None, scanned: ScannedBook | None = None) -> bool:
    """True when the workbook carries our format anchor (the hidden sheet or its defined name)."""
    if lay.META_SHEET in workbook.sheetnames:
        sheet = workbook[lay.META_SHEET]
        if scanned is not None:
            anchor = scanned.sheet(sheet).raw(1, 2)
        else:
            anchor = read_sheet_parts(sheet, budget).cells.get((1, 2))
        if anchor is not None and anchor[0] == lay.WORKBOOK_FORMAT:
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
        if "xl/workbook.bin" in names:
            raise DocumentError(path, f"这是 Excel 二进制工作簿（.xlsb），无法直接读取：{RESAVE}")
        if "content.xml" in names and "mimetype" in names:
            raise DocumentError(
                path, f"这是 OpenDocument 表格（.ods，如 LibreOffice、WPS 保存的），无法直接读取：{RESAVE}"
            )
        if "ppt/presentation.xml" in names:
            raise DocumentError(path, "这是 PowerPoint 演示文稿，不是 Excel 工作簿")
        raise DocumentError(path, "这是一个 zip 压缩包，但不是 Excel 工作簿")
    total = sum(info.file_size for info in infos)
    for info in infos:
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocumentError(
                path, f"文件中的“{_short(info.filename)}”解压后异常巨大，可能是恶意构造的文件，已拒绝打开"
            )
        streamed = info.filename.startswith("xl/worksheets/") or info.filename.endswith("sharedStrings.xml")
        if not streamed and info.filename.endswith((".xml", ".rels")) and info.file_size > MAX_WHOLE_PART_BYTES:
            raise DocumentError(
                path, f"文件中的“{_short(info.filename)}”解压后异常巨大，可能是恶意构造的文件，已拒绝打开"
            )
    if total > MAX_UNPACKED_BYTES:
        raise DocumentError(path, f"文件解压后超过 {MAX_UNPACKED_BYTES // 1024 // 1024} MB，不像是预算申报表")
    xml = sum(info.file_size for info in infos if info.filename.endswith((".xml", ".rels")))
    budget = xml_budget(path.stat().st_size)
    if xml > budget:
        raise DocumentError(
            path,
            f"文件中的表格数据解压后超过 {budget // 1024 // 1024} MB，不像是预算申报表（可能是恶意构造的文件），已拒绝打开",
        )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_workbook(path: Path, *, data_only: bool) -> Book:
    """Open the package's workbook, turning any failure of the parser into one clear DocumentError."""
    try:
        return Book(path, data_only=data_only)
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


def grid_from_parts(title: str, parts: SheetParts) -> Grid:
    """A Grid from a sheet's streamed cells and merged blocks; formulas take their computed value when needed."""
    grid = Grid(title)
    for ref in parts.merges:
        try:
            first_col, first_row, last_col, last_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue  # a block openpyxl could not read either: the cells stay as they are
        if None not in (first_col, first_row, last_col, last_row):
            grid.merged.append((first_row, first_col, last_row, last_col))
    for (row, column), (raw, data_type, number_format) in parts.cells.items():
        value = raw
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if data_type == "f" or (isinstance(value, str) and value.startswith("=") and data_type != "s"):
            computed = formula_value(str(value))
            value = computed if computed is not None else parts.cached.get((row, column))
            if value is None:
                continue
        elif not isinstance(value, (str, int, float, Decimal, datetime.date)):
            continue  # ArrayFormula, DataTableFormula and friends: nothing a form field can use
        grid.cells[(row, column)] = value
        if number_format and number_format != "General":
            grid.formats[(row, column)] = number_format
    grid.finish()
    # Excel shows only the first cell of a merged block (openpyxl's normal mode empties the others).
    hidden = [place for place in grid.cells if grid.origin(*place) != place]
    for place in hidden:
        del grid.cells[place]
        grid.formats.pop(place, None)
    return grid.finish() if hidden else grid
