"""What a saved .docx holds in its WordprocessingML, read from the package with zipfile and ElementTree:
the East Asian font names, the footer's fields and the vertical merges, which python-docx has no public API
for (its objects keep the XML in private members)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def part(path: Path, name: str) -> ElementTree.Element:
    """The root element of one part of the package: word/document.xml, word/footer1.xml…"""
    with zipfile.ZipFile(path) as package:
        return ElementTree.fromstring(package.read(name))


def body_east_asian_fonts(path: Path) -> set[str | None]:
    """The w:eastAsia font of every run with text in the body's own paragraphs (not in tables), None when unset."""
    fonts: set[str | None] = set()
    for run in part(path, "word/document.xml").iterfind(f"{W}body/{W}p/{W}r"):
        if any(text.text for text in run.iterfind(f"{W}t")):
            named = run.find(f"{W}rPr/{W}rFonts")
            fonts.add(None if named is None else named.get(f"{W}eastAsia"))
    return fonts


def footer_fields(path: Path) -> list[str]:
    """The field instructions (PAGE, NUMPAGES…) of every footer of the package, in order."""
    with zipfile.ZipFile(path) as package:
        names = sorted(name for name in package.namelist() if name.startswith("word/footer"))
    return [
        (instruction.text or "").strip() for name in names for instruction in part(path, name).iter(f"{W}instrText")
    ]


def is_vertically_merged(path: Path, table: int, row: int, cell: int) -> bool:
    """True when cell ``cell`` of row ``row`` of the body's table ``table`` (0-based, negative from the end,
    as python-docx's ``Document.tables``) carries a w:vMerge, the mark of a vertically merged block."""
    tables = part(path, "word/document.xml").findall(f"{W}body/{W}tbl")
    cells = tables[table].findall(f"{W}tr")[row].findall(f"{W}tc")
    return cells[cell].find(f"{W}tcPr/{W}vMerge") is not None


def _rows(path: Path, table: int) -> list[ElementTree.Element]:
    return part(path, "word/document.xml").findall(f"{W}body/{W}tbl")[table].findall(f"{W}tr")


def row_properties(path: Path, table: int) -> list[set[str]]:
    """The names of each row's properties (cantSplit, tblHeader…) in the body's table ``table``."""
    return [{child.tag.removeprefix(W) for child in row.iterfind(f"{W}trPr/*")} for row in _rows(path, table)]


def kept_with_next(path: Path, table: int) -> list[bool]:
    """For each row of the body's table ``table``: are its paragraphs kept with the next (w:keepNext)?"""
    return [row.find(f"{W}tc/{W}p/{W}pPr/{W}keepNext") is not None for row in _rows(path, table)]
