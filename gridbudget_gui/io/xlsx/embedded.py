"""The document's own copy inside our workbook, read instead of the sheets while the sheets are untouched.

Reading the sheets means looking at every cell in Python (about a second for 10,000 cost lines, because
every cell is an XML callback); the copy is the document JSON of INTERFACE.md, which opens in a tenth of
that. It is only a shortcut: the sheets stay the truth. The copy names every other part of the package
with the CRC-32 and size the zip directory records for it, and is used only when they all still match.
Excel, WPS and LibreOffice rewrite the sheets when they save (LibreOffice also drops the copy), so an edit
made anywhere sends the reader back to the sheets; so does any problem with the copy itself.

The copy holds the document as the sheets show it (``as_written``): cost lines that are empty left out,
indicator matrices in the scheme's order. tests/io/test_xlsx_embedded.py reads many documents both ways.

A file made by hand so that its copy and its sheets disagree, with the directory's checksums forged to
match, opens as its copy says; a reviewer's ``check`` of such a file reads the same copy. A spreadsheet
program shows the sheets. This is written down in docs/interface.md.
"""

from __future__ import annotations

import json
import re
import zipfile
from copy import copy
from dataclasses import replace
from decimal import Decimal
from typing import Any

from gridbudget_gui.domain.dates import to_chinese, to_iso
from gridbudget_gui.domain.document import Document, Indicator, Indicators
from gridbudget_gui.domain.schemes import ordered_matrix
from gridbudget_gui.domain.targets import DERIVED_FIELDS, shown_field
from gridbudget_gui.io.document_file import LoadResult
from gridbudget_gui.io.json import compact_json_pieces, document_from_dict

PART = "gridbudget/document.json"
"""Where the copy lives in the package (a part of its own, named by a package relationship)."""

RELATIONSHIP = "urn:gridbudget:relationships:document-copy"
CONTENT_TYPE = "application/json"
FORMAT = "gridbudget-workbook-copy"
VERSION = 1

MAX_COPY_BYTES = 256 * 1024 * 1024
"""Our 100,000-line copy is about 20 MB; a larger one is not ours and is not read."""


def as_written(document: Document) -> Document:
    """``document`` as the sheets hold it: no empty cost line or legal basis entry, matrices in the scheme's
    order, the date of filing as the sheet prints it and the reader reads it back."""
    shown = copy(document)
    shown.cost_items = document.written_cost_items
    shown.project = replace(document.project, basis=[entry for entry in document.project.basis if entry])
    shown.signatures = replace(document.signatures, date=to_iso(to_chinese(document.signatures.date)))
    shown.indicators = Indicators(
        _written_matrix(document.indicators.mid_term, document.scheme),
        _written_matrix(document.indicators.annual, document.scheme),
    )
    # A 计算符号/计量单位 column the sheets carry is filled on every row, as the window shows it (shown_field).
    everything = [*shown.indicators.mid_term, *shown.indicators.annual]
    for key in DERIVED_FIELDS:
        if any(getattr(row, key) for row in everything):
            for row in everything:
                setattr(row, key, shown_field(row, key))
    return shown


def _written_matrix(rows: list[Indicator], scheme: str) -> list[Indicator]:
    """The matrix in the scheme's order without the rows a sheet cannot tell from an empty row: nothing
    filled in but, at most, the 一级指标 of the group above (one merged cell holds it for the group)."""
    ordered = [row.copy() for row in ordered_matrix(rows, scheme)]
    kept = []
    for index, indicator in enumerate(ordered):
        starts = index == 0 or indicator.level1 != ordered[index - 1].level1
        if (starts and indicator.level1) or any(value for key, value in vars(indicator).items() if key != "level1"):
            kept.append(indicator)
    return kept


def _parts(infos: list[zipfile.ZipInfo]) -> list[list[Any]]:
    """Every part but the copy, as the zip directory records it: name, CRC-32, size."""
    return sorted([info.filename, info.CRC, info.file_size] for info in infos if info.filename != PART)


_CARRIAGE_RETURN = re.compile(r"(?<!\\)((?:\\\\)*)\\r(?:\\n)?")
"""A JSON-escaped CR (or CR LF) in a string, not preceded by an escaped backslash."""


def copy_body(document: Document) -> list[bytes]:
    """The copy of ``document`` up to the list of the package's parts (which copy_tail adds), in pieces of
    UTF-8: joined, a 100,000-line copy would be held twice more."""
    head = json.dumps({"format": FORMAT, "version": VERSION}, separators=(",", ":"))
    pieces = [(head[:-1] + ',"document":').encode()]
    for piece in compact_json_pieces(as_written(document)):
        # A cell gives a CR back as a line feed (io/cells.py), so the copy holds the texts that way too.
        # The search for escapes is slow, and rarely needed; pieces end between values, never inside one.
        pieces.append((_CARRIAGE_RETURN.sub(r"\1\\n", piece) if "\\r" in piece else piece).encode())
    return pieces


def copy_tail(infos: list[zipfile.ZipInfo]) -> bytes:
    """The end of the copy: every other part of the package (``infos``, written before it) and its checksum."""
    return b',"parts":' + json.dumps(_parts(infos), ensure_ascii=False, separators=(",", ":")).encode() + b"}"


def read_copy(archive: zipfile.ZipFile) -> LoadResult | None:
    """The document from the package's copy when every other part is as it was saved; None otherwise."""
    try:
        info = archive.getinfo(PART)
    except KeyError:
        return None
    if info.file_size > MAX_COPY_BYTES:
        return None
    try:
        return _document_in(json.loads(archive.read(info), parse_float=Decimal), archive)
    except Exception:  # the copy is only a shortcut: on any problem with it, read the sheets
        return None


def _document_in(data: object, archive: zipfile.ZipFile) -> LoadResult | None:
    """The document of a parsed copy that names the package's parts as they are now; None otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        return None
    if data.get("parts") != _parts(archive.infolist()):
        return None  # a part changed since we saved: the sheets say what the file holds now
    result = document_from_dict(data.get("document"))
    result.foreign = False
    return result
