"""Hostile and unlucky files, built at test time (small on disk), and a runner that opens one in a child
process under a memory limit and a timeout, so that a regression fails a test instead of the machine.

Each builder writes one file and returns its path; ATTACKS names them for tests/io/test_hostile.py and for
``python -m tests.io.hostile FOLDER`` (which prints each attack's outcome, time and peak memory).
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.conftest import COLLEAGUE_FORM, REPO
from tests.io.ole import compound_file
from tests.io.xlsb_writer import record, wide

SHEET = "xl/worksheets/sheet1.xml"
MEMORY_LIMIT = 1536 * 1024 * 1024
"""The child's address space: the target is 500 MB of memory; the interpreter and libraries map more."""


def _rewrite(source: bytes, change: Callable[[str, bytes], bytes], level: int = 6) -> bytes:
    """The package with every part passed through ``change(name, data)``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as old,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as new,
    ):
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info.filename)))
    return out.getvalue()


def _in_sheet(change: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
    return lambda name, data: change(data) if name == SHEET else data


def _form() -> bytes:
    return COLLEAGUE_FORM.read_bytes()


def stray_cell(ref: str) -> bytes:
    """The colleague's form with one more cell, far away (a real accident in hand-made sheets)."""
    row = re.match(r"[A-Z]+(\d+)", ref)
    assert row is not None
    cell = f'<row r="{row[1]}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
    return _rewrite(_form(), _in_sheet(lambda data: data.replace(b"</sheetData>", cell + b"</sheetData>")))


def huge_merge(ref: str, stray: str | None = None) -> bytes:
    """The colleague's form with one more merged block claiming a huge range (and, optionally, a stray cell)."""
    data = stray_cell(stray) if stray else _form()
    block = f'<mergeCell ref="{ref}" />'.encode()
    return _rewrite(data, _in_sheet(lambda sheet: sheet.replace(b"</mergeCells>", block + b"</mergeCells>")))


def _cells_xml(rows: int, columns: int, text: bool = True) -> bytes:
    row = "".join(
        f'<c t="inlineStr"><is><t>单元格{c}</t></is></c>' if text else "<c><v>1</v></c>" for c in range(columns)
    )
    body = f"<row>{row}</row>".encode() * rows
    return (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + body
        + b"</sheetData></worksheet>"
    )


def many_parts(parts: int, megabytes: int) -> bytes:
    """The form with ``parts`` extra parts of ``megabytes`` MB each (each under the ratio check)."""
    filler = b"<x>" + b"<y>abcdefghij</y>" * (megabytes * 1024 * 1024 // 17) + b"</x>"

    def change(name: str, data: bytes) -> bytes:
        return data

    out = io.BytesIO(_rewrite(_form(), change))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for number in range(parts):
            package.writestr(f"xl/extra/part{number}.xml", filler)
    return out.getvalue()


def many_cells(rows: int, columns: int, numbered: bool = False) -> bytes:
    """The form whose second sheet holds a plain table of rows × columns text cells (a flood of unread cells).

    ``numbered``: each cell a different number, which compresses far less than a repeated text.
    """
    if numbered:
        body = "".join(
            f"<row>{''.join(f'<c><v>{r * columns + c}</v></c>' for c in range(columns))}</row>" for r in range(rows)
        )
        sheet = (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + body
            + "</sheetData></worksheet>"
        ).encode()
    else:
        sheet = _cells_xml(rows, columns)
    return _rewrite(_form(), lambda name, data: sheet if name == "xl/worksheets/sheet2.xml" else data, level=9)


def _biff_record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _biff_text(text: str) -> bytes:
    encoded = text.encode("utf-16-le")
    return struct.pack("<HB", len(text), 1) + encoded


def biff_workbook(cells: dict[tuple[int, int], str | float], sheet: str = "Sheet1") -> bytes:
    """A minimal BIFF8 .xls (one sheet of labels and numbers) in an OLE container: a seed for .xls fuzzing."""
    bof_globals = _biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x0006))
    bof_sheet = _biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x0006))
    eof = _biff_record(0x000A, b"")
    codepage = _biff_record(0x0042, struct.pack("<H", 1200))
    name = sheet.encode("utf-16-le")
    boundsheet_size = 4 + 8 + len(name)
    globals_size = len(bof_globals) + len(codepage) + boundsheet_size + len(eof)
    boundsheet = _biff_record(0x0085, struct.pack("<IBBB", globals_size, 0, 0, len(sheet)) + b"\x01" + name)
    rows = max((r for r, _ in cells), default=0) + 1
    cols = max((c for _, c in cells), default=0) + 1
    body = bof_sheet + _biff_record(0x0200, struct.pack("<IIHHH", 0, rows, 0, cols, 0))
    for (row, col), value in sorted(cells.items()):
        if isinstance(value, str):
            body += _biff_record(0x0204, struct.pack("<HHH", row, col, 0) + _biff_text(value))
        else:
            body += _biff_record(0x0203, struct.pack("<HHHd", row, col, 0, value))
    body += eof
    workbook = bof_globals + codepage + boundsheet + eof + body
    # 4096 bytes at least: a smaller stream would live in the OLE mini stream, which ole.py does not write.
    return compound_file({"Workbook": workbook.ljust(4096, b"\0")})


FORM_CELLS: dict[tuple[int, int], str | float] = {
    (0, 0): "项目名称",
    (0, 1): "网格化服务",
    (1, 0): "项目实施内容",
    (1, 1): "入户走访",
    (2, 0): "单位名称",
    (2, 1): "某某街道办事处",
    (3, 0): "年度",
    (3, 1): 2021.0,
}


def xls_form() -> bytes:
    """A small hand-typed declaration as .xls (three labels and their values)."""
    return biff_workbook(FORM_CELLS)


def xls_directory_loop() -> bytes:
    """An .xls whose OLE directory points back at itself (xlrd recursed until RecursionError)."""
    data = bytearray(xls_form())
    directory = 512 * 2  # header, FAT, then the directory sector (see tests/io/ole.py)
    # Entry 1 (the Workbook stream): its left sibling is entry 1 again, and the root's child is entry 1.
    struct.pack_into("<I", data, directory + 128 + 68, 1)
    return bytes(data)


def xls_cut(fraction: float = 0.6) -> bytes:
    """An .xls cut short (a copy that stopped half way)."""
    data = xls_form()
    return data[: int(len(data) * fraction)]


XLSB_FORM = REPO / "tests" / "data" / "forms" / "corpus" / "25-binary-town.xlsb"


def xlsb_with(*records: bytes) -> bytes:
    """The town form as .xlsb with more records at the end of its sheet data (before BrtEndSheetData)."""
    end = record(0x92)
    change = lambda name, data: data.replace(end, b"".join(records) + end) if name.endswith("sheet1.bin") else data  # noqa: E731
    return _rewrite(XLSB_FORM.read_bytes(), change)


def xlsb_row(row: int) -> bytes:
    """A BrtRowHdr for 0-based ``row``."""
    return record(0x00, struct.pack("<IIHHBI", row, 0, 300, 0, 0, 0))


def _text(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def word_document(body: bytes) -> bytes:
    """A .docx package whose document.xml holds ``body`` (the inside of <w:body>), deflated."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + w.encode() + b'"><w:body>'
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", types)
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", document + body + b"</w:body></w:document>")
    return buffer.getvalue()


_WORD_CELL = b"<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"


def word_tables(count: int) -> bytes:
    """A Word document of ``count`` one-cell tables (a few dozen KB packed)."""
    return word_document((b"<w:tbl><w:tr>" + _WORD_CELL + b"</w:tr></w:tbl>") * count)


def word_table(rows: int, columns: int) -> bytes:
    """A Word document of one table of ``rows`` × ``columns`` cells."""
    row = b"<w:tr>" + _WORD_CELL * columns + b"</w:tr>"
    return word_document(b"<w:tbl>" + row * rows + b"</w:tbl>")


def html_cells(count: int) -> bytes:
    """An online system's "xls": one HTML table of ``count`` cells written <td>1 (closing tags left out)."""
    return b"<html><body><table><tr>" + b"<td>1" * count + b"</table></body></html>"


ATTACKS: dict[str, tuple[str, Callable[[], bytes]]] = {
    # name: (file name, builder)
    "stray-cell-A1048576": ("stray.xlsx", lambda: stray_cell("A1048576")),
    "stray-cell-XFD1048576": ("stray-far.xlsx", lambda: stray_cell("XFD1048576")),
    "merge-A1:XFD1048576": ("merge.xlsx", lambda: huge_merge("A1:XFD1048576")),
    "merge-J20:XFD1000": ("merge-wide.xlsx", lambda: huge_merge("J20:XFD1000")),
    "merge-and-stray-XFD1048576": ("merge-stray.xlsx", lambda: huge_merge("A1:XFD1048576", "XFD1048576")),
    "48-parts-of-10-MB": ("parts.xlsx", lambda: many_parts(48, 10)),
    "4-parts-of-10-MB": ("parts4.xlsx", lambda: many_parts(4, 10)),
    "200,000-unread-cells": ("flood.xlsx", lambda: many_cells(20_000, 10)),
    "1,000,000-cells": ("million.xlsx", lambda: many_cells(100_000, 10, numbered=True)),
    "xls-directory-loop": ("loop.xls", xls_directory_loop),
    "xls-cut-short": ("cut.xls", xls_cut),
    "html-named-xls": (
        "page.xls",
        lambda: _text("<html><body><table><tr><td>项目名称</td></tr></table></body></html>"),
    ),
    "spreadsheetml-named-xls": (
        "2003.xls",
        lambda: _text(
            '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'
        ),
    ),
    "csv-named-xls": ("table.xls", lambda: _text("项目名称,网格化服务\n年度,2021\n")),
    "xlsb-named-xlsx": ("binary.xlsx", XLSB_FORM.read_bytes),
    "xlsb-stray-XFD1048576": (
        "stray.xlsb",
        lambda: xlsb_with(xlsb_row(1_048_575), record(0x06, struct.pack("<II", 16_383, 0) + wide("x"))),
    ),
    "xlsb-column-4-billion": (
        "column.xlsb",
        lambda: xlsb_with(xlsb_row(30), record(0x05, struct.pack("<IId", 0xFFFF_FFF0, 0, 1.0))),
    ),
    "xlsb-missing-shared-string": (
        "isst.xlsb",
        lambda: xlsb_with(xlsb_row(30), record(0x07, struct.pack("<III", 2, 0, 999))),
    ),
    "xlsb-cut-short": ("cut.xlsb", lambda: XLSB_FORM.read_bytes()[: XLSB_FORM.stat().st_size * 2 // 3]),
    "utf16-json": ("utf16.json", lambda: _text(json.dumps({"format": "gridbudget-document", "version": 1}), "utf-16")),
    "docx-100,000-tables": ("tables.docx", lambda: word_tables(100_000)),
    "docx-20,000x60-table": ("table.docx", lambda: word_table(20_000, 60)),
    "html-380,000-cells": ("cells.xls", lambda: html_cells(380_000)),
    "csv-one-line-600,000-cells": ("line.csv", lambda: b"1," * 600_000),
}


def build(name: str, folder: Path) -> Path:
    """Write attack ``name`` into ``folder``; its path."""
    file_name, builder = ATTACKS[name]
    path = folder / file_name
    path.write_bytes(builder())
    return path


CHILD = """
import json, resource, sys, time
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document
for name in sys.argv[1:]:
    path = Path(name)
    started = time.perf_counter()
    try:
        loaded = load_document(path)
        outcome, message, notes = "opened", "", len(loaded.notes)
    except DocumentError as error:
        outcome, message, notes = "refused", str(error), 0
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({{"outcome": outcome, "message": message, "notes": notes, "seconds": seconds, "peak": peak}}))
"""


def measure_all(paths: list[Path], timeout: float = 120, limit: int = MEMORY_LIMIT) -> list[dict[str, object]]:
    """Open each of ``paths`` in one child process limited to ``limit`` bytes of address space.

    One result per path: outcome (opened, refused, or crash for anything else), message, notes, seconds,
    and the child's peak resident memory so far (bytes). A crash ends the list early.
    """
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=limit), *map(str, paths)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=timeout,
        check=False,
    )
    measured: list[dict[str, object]] = [
        json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")
    ]
    if result.returncode != 0:
        measured.append({"outcome": "crash", "message": result.stderr[-3000:], "seconds": 0.0, "peak": 0, "notes": 0})
    return measured


def measure(path: Path, timeout: float = 60, limit: int = MEMORY_LIMIT) -> dict[str, object]:
    """Open ``path`` alone in a child process limited to ``limit`` bytes (see measure_all)."""
    return measure_all([path], timeout, limit)[-1]


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for attack in sys.argv[2:] or ATTACKS:
        built = build(attack, target)
        got = measure(built)
        print(
            f"| {attack} | {built.stat().st_size / 1024:,.0f} KB | {got['outcome']} | {got['seconds']:.2f} s "
            f"| {int(got['peak']) / 1024 / 1024:.0f} MB | {str(got['message'])[-90:]}"  # type: ignore[call-overload]
        )
