"""An .xlsx package opened for reading with the standard library: its sheets, defined names, number formats
and shared strings, each part parsed by expat with entity definitions refused (see sheetxml.parse).

It finds the parts as openpyxl's ``load_workbook`` does (the content types name the workbook and the
shared strings, the workbook's relationships name the sheets, ``xl/styles.xml`` holds the formats), so the
sheet reader gives the cells openpyxl's read-only mode gives (tests/io/test_xlsx_sheetxml.py compares them),
but through no private member of any library: openpyxl serves only through its public helpers
(number-format tables, date conversion, defined-name destinations).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900
from openpyxl.workbook.defined_name import DefinedName

from gridbudget_gui.io.xlsx.fastread import read_string_table
from gridbudget_gui.io.xlsx.sheetxml import SHEET_NS, parse

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types}"
_WORKBOOK_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
}
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_CUSTOM_FORMATS_FROM = 164  # openpyxl's BUILTIN_FORMATS_MAX_SIZE: ids below are built in


def _elements(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """Every element of a small XML part: (tag, attributes, text), in document order."""
    found: list[tuple[str, dict[str, str], list[str]]] = []
    open_texts: list[list[str]] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        text: list[str] = []
        found.append((tag, attrs, text))
        open_texts.append(text)

    def end(_tag: str) -> None:
        open_texts.pop()

    def characters(data: str) -> None:
        if open_texts:
            open_texts[-1].append(data)

    parse(io.BytesIO(data), start, end, characters)
    return [(tag, attrs, "".join(text)) for tag, attrs, text in found]


class Styles:
    """What the cells' style ids mean for reading values: number formats, and which ones are dates."""

    def __init__(self, data: bytes | None) -> None:
        custom: dict[int, str] = {}
        style_ids: list[int] = []
        in_cell_xfs = False
        for tag, attrs, _ in _elements(data) if data is not None else []:
            if tag == SHEET_NS + "numFmt":
                custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
            elif tag == SHEET_NS + "cellXfs":
                in_cell_xfs = True
            elif tag in (SHEET_NS + "cellStyleXfs", SHEET_NS + "cellStyles", SHEET_NS + "dxfs"):
                in_cell_xfs = False
            elif tag == SHEET_NS + "xf" and in_cell_xfs:
                style_ids.append(int(attrs.get("numFmtId", 0)))
        if not style_ids:
            style_ids = [0]  # no stylesheet, or one without cell styles: one General style, as openpyxl's default
        self.number_formats: list[str] = []
        self.date_formats: set[int] = set()
        self.timedelta_formats: set[int] = set()
        for index, number_format_id in enumerate(style_ids):
            code = custom.get(number_format_id)
            if code is None:
                code = (
                    BUILTIN_FORMATS.get(number_format_id, "General") if number_format_id < _CUSTOM_FORMATS_FROM else ""
                )
            if is_date_format(code):
                self.date_formats.add(index)
            if is_timedelta_format(code):
                self.timedelta_formats.add(index)
            self.number_formats.append(code or "General")  # an empty custom format reads as General


class BookSheet:
    """One worksheet of a Book: its title and its XML part."""

    def __init__(self, book: Book, title: str, part: str) -> None:
        self.book = book
        self.title = title
        self.part = part

    @contextmanager
    def source(self) -> Iterator[IO[bytes]]:
        """The sheet's XML, streamed from the package."""
        with self.book.archive.open(self.part) as stream:
            yield stream


class Book:
    """An .xlsx package's parts needed to read cells; ``data_only`` reads formulas as their stored values."""

    def __init__(self, source: Path | bytes, *, data_only: bool = False) -> None:
        # From the file itself: holding a copy of it (14 MB at 100,000 lines) would only add to the peak.
        self.archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        self.data_only = data_only
        try:
            self._read()
        except BaseException:
            self.archive.close()
            raise

    def _read(self) -> None:
        names = set(self.archive.namelist())
        overrides = {
            attrs.get("PartName", ""): attrs.get("ContentType", "")
            for tag, attrs, _ in _elements(self.archive.read("[Content_Types].xml"))
            if tag == _CT + "Override"
        }
        workbook_part = next(
            (name[1:] for name, kind in overrides.items() if kind in _WORKBOOK_TYPES), "xl/workbook.xml"
        )
        self.strings_part = next((name[1:] for name, kind in overrides.items() if kind == _SHARED_STRINGS), None)
        self._shared_strings: list[str] | None = None
        self.styles = Styles(self.archive.read("xl/styles.xml") if "xl/styles.xml" in names else None)
        folder, base = posixpath.split(workbook_part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        targets: dict[str, tuple[str, str]] = {}
        if rels_part in names:
            for tag, attrs, _ in _elements(self.archive.read(rels_part)):
                if tag == _PKG_REL:
                    target = attrs.get("Target", "")
                    path = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                    targets[attrs.get("Id", "")] = (path, attrs.get("Type", ""))
        self.epoch = CALENDAR_WINDOWS_1900
        self.worksheets: list[BookSheet] = []
        self.defined_names: dict[str, DefinedName] = {}
        for tag, attrs, text in _elements(self.archive.read(workbook_part)):
            if tag == SHEET_NS + "workbookPr" and attrs.get("date1904", "").lower() in ("1", "true"):
                self.epoch = CALENDAR_MAC_1904
            elif tag == SHEET_NS + "sheet":
                title = attrs.get("name", "")
                relation = attrs.get(_REL_NS + "id")
                if not relation:
                    continue  # openpyxl drops an invalid sheet element too
                path, kind = targets[relation]
                if path in names and "chartsheet" not in kind:
                    self.worksheets.append(BookSheet(self, title, path))
            elif tag == SHEET_NS + "definedName" and "localSheetId" not in attrs:
                name = attrs.get("name", "")
                self.defined_names[name] = DefinedName(name=name, attr_text=text)
        self.sheetnames = [sheet.title for sheet in self.worksheets]

    @property
    def shared_strings(self) -> list[str]:
        """The shared-string table, read when a sheet is first streamed (calamine reads its own)."""
        if self._shared_strings is None:
            self._shared_strings = []
            if self.strings_part is not None:
                with self.archive.open(self.strings_part) as stream:
                    self._shared_strings = read_string_table(stream)
        return self._shared_strings

    def __getitem__(self, title: str) -> BookSheet:
        for sheet in self.worksheets:
            if sheet.title == title:
                return sheet
        raise KeyError(f"Worksheet {title} does not exist.")

    def close(self) -> None:
        """Release the package."""
        self.archive.close()
