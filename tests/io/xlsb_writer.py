"""A minimal Excel binary workbook (.xlsb, MS-XLSB) writer, for test files: no tool here writes .xlsb.

Values only (text and numbers) and merged blocks, as Excel stores them: BIFF12 records in a zip package.
``python -m tests.io.xlsb_writer IN.xlsx OUT.xlsb`` converts a workbook's values (cached results of formulas).
"""

from __future__ import annotations

import struct
import sys
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

Cells = dict[tuple[int, int], object]
"""Values by (row, col), 1-based."""
Merges = list[tuple[int, int, int, int]]
"""Merged blocks (first_row, first_col, last_row, last_col), 1-based."""


def record(kind: int, payload: bytes = b"") -> bytes:
    """One BIFF12 record: type and size as 7-bit varints, then the payload."""
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size = len(payload)
    length = bytearray()
    while True:
        byte = size & 0x7F
        size >>= 7
        length.append(byte | (0x80 if size else 0))
        if not size:
            break
    return head + bytes(length) + payload


def wide(text: str) -> bytes:
    """An XLWideString: character count, then UTF-16LE."""
    data = text.encode("utf-16-le")
    return struct.pack("<I", len(data) // 2) + data


def sheet_part(cells: Cells, merges: Merges) -> bytes:
    """One worksheet's records."""
    rows = sorted({r for r, _ in cells}) or [1]
    cols = sorted({c for _, c in cells}) or [1]
    out = [record(0x81), record(0x94, struct.pack("<4I", rows[0] - 1, rows[-1] - 1, cols[0] - 1, cols[-1] - 1))]
    out.append(record(0x91))
    for row in rows:
        out.append(record(0x00, struct.pack("<IIHHBI", row - 1, 0, 300, 0, 0, 0)))
        for (r, col), value in sorted(cells.items()):
            if r != row or value is None:
                continue
            head = struct.pack("<II", col - 1, 0)
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                out.append(record(0x05, head + struct.pack("<d", float(value))))
            else:
                out.append(record(0x06, head + wide(str(value))))
    out.append(record(0x92))
    if merges:
        out.append(record(0xB1, struct.pack("<I", len(merges))))
        for r1, c1, r2, c2 in merges:
            out.append(record(0xB0, struct.pack("<4I", r1 - 1, r2 - 1, c1 - 1, c2 - 1)))
        out.append(record(0xB2))
    out.append(record(0x82))
    return b"".join(out)


def write_xlsb(path: Path, sheets: Iterable[tuple[str, Cells, Merges]]) -> None:
    """Write ``sheets`` (name, cells, merged blocks) as an .xlsb workbook."""
    sheets = list(sheets)
    book = [record(0x83), record(0x8F)]
    rels = []
    types = []
    for index, (name, _, _) in enumerate(sheets, start=1):
        book.append(record(0x9C, struct.pack("<II", 0, index) + wide(f"rId{index}") + wide(name)))
        rels.append(
            f'<Relationship Id="rId{index}" Target="worksheets/sheet{index}.bin" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        )
        types.append(
            f'<Override PartName="/xl/worksheets/sheet{index}.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
        )
    book += [record(0x90), record(0x84)]
    package = "http://schemas.openxmlformats.org/package/2006"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{package}/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.'
            f'main"/>{"".join(types)}</Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
            '<Relationship Id="rId1" Target="xl/workbook.bin" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        archive.writestr("xl/workbook.bin", b"".join(book))
        archive.writestr(
            "xl/_rels/workbook.bin.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
            f"{''.join(rels)}</Relationships>",
        )
        for index, (_, cells, merges) in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{index}.bin", sheet_part(cells, merges))


def from_xlsx(source: Path, target: Path) -> None:
    """Convert a workbook's values and merged blocks to .xlsb."""
    from openpyxl import load_workbook

    workbook = load_workbook(source, data_only=True)
    sheets = []
    for sheet in workbook.worksheets:
        cells: Cells = {
            (cell.row, cell.column): cell.value
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None and str(cell.value).strip()
        }
        merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges]
        sheets.append((sheet.title, cells, merges))
    write_xlsb(target, sheets)


if __name__ == "__main__":
    from_xlsx(Path(sys.argv[1]), Path(sys.argv[2]))
