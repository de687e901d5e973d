"""The fast readers give exactly what the exact ones give: the shared strings what openpyxl's reader gives,
the calamine-and-scan sheets (sheetscan.py) what expat's streamed cells (sheetxml.py) give."""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.reader.strings import read_string_table as openpyxl_strings
from openpyxl.utils.cell import range_boundaries

from gridbudget_gui.domain.document import CostItem, Document, Execution, Factor, Indicator
from gridbudget_gui.io.cells import cell_text
from gridbudget_gui.io.document_file import DocumentError, LoadResult
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx import read
from gridbudget_gui.io.xlsx.book import Book
from gridbudget_gui.io.xlsx.fastread import read_string_table
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.sheetscan import ScannedBook, ScanRefusedError
from gridbudget_gui.io.xlsx.sheetxml import RawCell, SheetParts, TooManyCellsError, UnsafeXmlError, read_sheet_parts
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.conftest import COLLEAGUE_FORM, FORMS, ODD_XLSX
from tests.io.xlsx_helpers import awkward_document

SHARED = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">'
    "<si><t>plain</t></si>"
    '<si><r><rPr><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">项目 </t></r><r><t>名称</t></r></si>'
    "<si><t/></si>"
    '<si><t>天</t><rPh sb="0" eb="1"><t>てん</t></rPh></si>'
    "<si><t>a_x005F_x000D_b</t></si>"
    "<si><t>first</t><t>last</t><r><t>c</t><t>d</t></r><r><rPr/></r><t>he<b>x</b>llo</t></si>"
    "</sst>"
)


def test_shared_strings_read_as_openpyxl_reads_them() -> None:
    data = SHARED.encode("utf-8")
    assert read_string_table(io.BytesIO(data)) == openpyxl_strings(io.BytesIO(data))


def test_shared_strings_read_as_openpyxl_reads_them_in_every_test_workbook() -> None:
    checked = 0
    for path in [*sorted(FORMS.glob("*.xlsx")), *sorted(ODD_XLSX.rglob("*.xlsx"))]:
        try:
            with zipfile.ZipFile(path) as package:
                data = package.read("xl/sharedStrings.xml")
            expected = openpyxl_strings(io.BytesIO(data))
        except Exception:  # no table, or one openpyxl refuses: the readers' business, not this test's
            continue
        assert read_string_table(io.BytesIO(data)) == expected, path.name
        checked += 1
    assert checked > 15


def test_a_string_table_nested_in_itself_is_refused_not_shifted() -> None:
    data = SHARED.replace("<si><t>plain</t></si>", "<si><t>a</t><si><t>b</t></si></si>").encode("utf-8")
    with pytest.raises(ValueError, match="嵌套"):
        read_string_table(io.BytesIO(data))


def test_a_string_table_defining_entities_is_refused() -> None:
    bomb = '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    data = SHARED.replace("?>", "?>" + bomb, 1).replace("plain", "&b;").encode("utf-8")
    with pytest.raises(UnsafeXmlError):
        read_string_table(io.BytesIO(data))


def _scan_and_stream(path: Path) -> Iterator[tuple[str, SheetParts, SheetParts]]:
    """Each sheet of ``path`` read by calamine and the scan, and streamed by expat (every cell, as read.py does)."""
    book = Book(path)
    try:
        scanned = ScannedBook(path, book, None)
        for sheet in book.worksheets:
            yield sheet.title, scanned.sheet(sheet).parts(), read_sheet_parts(sheet, cached=True, every_row=True)
    finally:
        book.close()


def _seen(raw: RawCell) -> tuple[object, str, str]:
    """What a reader takes from a cell: its text (dates as ISO, numbers exact) or formula, its kind, and the
    format where it changes how a number reads back."""
    value, kind, number_format = raw
    shown = str(value) if kind == "f" else cell_text(value, number_format)
    relevant = "%" in number_format or "." in number_format
    return (
        shown,
        "f" if kind == "f" else ("s" if kind in ("s", "str", "inlineStr", "e") else "other"),
        (number_format if relevant and kind != "s" else ""),
    )


def _blocks(refs: list[str]) -> list[tuple[int | None, ...]]:
    """Merged blocks as their bounds (B25 and B25:B25 are one block)."""
    found = []
    for ref in refs:
        try:
            found.append(tuple(range_boundaries(ref)))
        except (ValueError, TypeError):
            continue  # a block no reader can use
    return sorted(found, key=str)


def _workbooks() -> list[Path]:
    return [*sorted(FORMS.glob("*.xlsx")), *sorted(ODD_XLSX.rglob("*.xlsx"))]


def test_the_scan_reads_what_expat_reads_in_every_test_workbook(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ours = tmp_path / "ours.xlsx"
    document = awkward_document(example_document)
    document.signatures.preparer = "_x0041_ 与 _x005F_ 原样保留"  # Excel's escapes, typed as text
    write_xlsx(document, ours)
    compared = refused = 0
    for path in [ours, *_workbooks()]:
        try:
            sheets = list(_scan_and_stream(path))
        except ScanRefusedError:
            refused += 1
            continue  # read by expat alone
        except Exception:  # a workbook the readers refuse: test_xlsx_bad_input's business
            continue
        for title, fast, slow in sheets:
            expected = {place: _seen(raw) for place, raw in slow.cells.items() if raw[0] not in (None, "")}
            found = {place: _seen(raw) for place, raw in fast.cells.items() if raw[0] not in (None, "")}
            assert found == expected, (path.name, title)
            assert _blocks(fast.merges) == _blocks(slow.merges), (path.name, title)
            assert {place: cell_text(value) for place, value in fast.cached.items()} == {
                place: cell_text(value) for place, value in slow.cached.items() if value not in (None, "")
            }, (path.name, title)
        compared += 1
    assert compared > 10, (compared, refused)


def _compare_scan_and_stream(path: Path) -> None:
    for title, fast, slow in _scan_and_stream(path):
        expected = {place: _seen(raw) for place, raw in slow.cells.items() if raw[0] not in (None, "")}
        found = {place: _seen(raw) for place, raw in fast.cells.items() if raw[0] not in (None, "")}
        assert found == expected, title


def test_formulas_holding_escapes_read_as_expat_reads_them(tmp_path: Path) -> None:
    """The scan keeps a formula holding ``&`` as its XML until read: inside the values, beyond them (no stored
    value), and beside a conditional format's <formula> (which makes the one-pass count of "<f" differ)."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "name"  # ASCII: openpyxl writes other text as &#…; which the scan leaves to expat
    sheet["B1"] = 3
    sheet["B2"] = '="sum: "&A1&"<>"'
    sheet["C2"] = 4
    sheet["H30"] = '=IF(B1>2,"a&b","")'
    sheet.conditional_formatting.add("A1:C2", FormulaRule(formula=['$B$1>"&"'], stopIfTrue=False))
    path = tmp_path / "escapes.xlsx"
    workbook.save(path)
    _compare_scan_and_stream(path)
    book = Book(path)
    try:
        scanned = ScannedBook(path, book, None).sheet(book.worksheets[0])
        assert scanned.raw(2, 2) == ('="sum: "&A1&"<>"', "f", "General")
        assert dict(scanned.items())[(30, 8)][0] == '=IF(B1>2,"a&b","")'
    finally:
        book.close()


TEXT = st.text(alphabet=st.sampled_from("人元月（）()=+-*/×\n\r _x0041 ，。A1\t2020年1月-&<>%"), max_size=12)
AMOUNTS = st.decimals(min_value=-99999, max_value=99999, places=2, allow_nan=False)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Small declarations with whatever a clerk may type in the places the reader treats specially."""
    document = Document(
        year=draw(st.none() | st.integers(1990, 2100)), scheme=draw(st.sampled_from(["classic", "2021"]))
    )
    for part in (document.project, document.project.manager, document.unit, document.goals, document.signatures):
        for key, value in vars(part).items():
            if isinstance(value, str) and draw(st.booleans()):
                setattr(part, key, draw(TEXT))
    document.project.basis = draw(st.lists(TEXT, max_size=3))
    for period in ("mid_term", "annual"):
        row = document.funding.row(period)
        for key in vars(row):
            if draw(st.booleans()):
                setattr(row, key, draw(AMOUNTS))
    if draw(st.booleans()):
        document.execution = Execution(draw(st.none() | AMOUNTS), draw(st.none() | AMOUNTS), draw(TEXT), draw(TEXT))
    for _ in range(draw(st.integers(0, 4))):
        factors = [
            Factor(draw(AMOUNTS), draw(TEXT), draw(st.sampled_from(["", "45*4-22", "1/2", "４×３"])))
            for _ in range(draw(st.integers(0, 3)))
        ]
        item = CostItem(draw(TEXT), factors, draw(AMOUNTS), draw(TEXT))
        if factors and draw(st.booleans()):
            item.recompute()
        document.cost_items.append(item)
    for period in ("mid_term", "annual"):
        matrix = document.indicators.matrix(period)
        for _ in range(draw(st.integers(0, 4))):
            level1 = draw(st.sampled_from(["产出指标", "效益指标", "满意度指标", "", "其他"]))
            indicator = Indicator(level1, draw(st.sampled_from(["数量指标", "质量指标", ""])), draw(TEXT), draw(TEXT))
            for key in ("operator", "unit", "note", "actual", "weight"):
                if draw(st.integers(0, 4)) == 0:
                    setattr(indicator, key, draw(TEXT))
            matrix.append(indicator)
    return document


def _refuse(*_: object) -> None:
    raise ScanRefusedError("test: expat alone")


def _both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[LoadResult, LoadResult]:
    fast = read_xlsx(path)
    with monkeypatch.context() as patched:
        patched.setattr(read, "ScannedBook", _refuse)
        slow = read_xlsx(path)
    return fast, slow


def _same(fast: LoadResult, slow: LoadResult) -> None:
    assert document_to_dict(fast.document) == document_to_dict(slow.document)
    assert (fast.notes, fast.foreign) == (slow.notes, slow.foreign)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents())
def test_any_declaration_reads_the_same_by_the_scan_and_by_expat(
    document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "any.xlsx"
    write_xlsx(document, path)
    _same(*_both_ways(path, monkeypatch))


def test_every_test_workbook_reads_the_same_by_the_scan_and_by_expat(
    example_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = tmp_path / "ours.xlsx"
    document = awkward_document(example_document)
    document.signatures.preparer = "_x0041_ 与 _x005F_ 原样保留"  # Excel's escapes, typed as text
    write_xlsx(document, ours)
    for path in [ours, *_workbooks()]:
        try:
            slow = read_xlsx(path)
        except DocumentError:
            continue
        fast, slow = _both_ways(path, monkeypatch)
        _same(fast, slow)


def _sheet_mutant(content: bytes, rng: random.Random, relevant: bytes, choice: int) -> bytes:
    """A sheet's XML changed where the scan's one pass makes assumptions (what the cells look like, where the
    formulas stand, how wide and long the sheet is), or damaged at random."""
    rows = [match.end() for match in re.finditer(rb"<row [^>]*>", content)]
    cells = [match.start() for match in re.finditer(rb'<c r="', content)]
    at_row = rng.choice(rows) if rows else content.find(b"<sheetData>") + 11
    at_cell = rng.choice(cells) if cells else at_row
    end = content.rfind(b"</sheetData>")
    if choice == 0:  # a wide cell with a relevant style and a formula
        insert = b'<c r="AB3" s="' + relevant + b'"><f>45*4-22</f><v>158</v></c>'
        return content[:at_row] + insert + content[at_row:]
    if choice == 1:  # a cell whose reference is not right after its name, most often one with a relevant style
        styled = [match.start() for match in re.finditer(rb'<c r="[A-Z]+[0-9]+" s="' + relevant + b'"', content)]
        if styled and rng.random() < 0.7:
            at_cell = rng.choice(styled)
        spelling = rng.choice([b"<c\n r=", b"<c  r=", b'<c s="0" r=', b"<c\tr="])
        return content[:at_cell] + spelling + content[at_cell + 5 :]
    if choice == 2:  # a formula after the value
        close = content.find(b"</c>", at_cell)
        return content if close < 0 else content[:close] + b"<f>1+1</f>" + content[close:]
    if choice == 3:  # a rich inline text whose run has a <family>
        insert = b'<c r="Z1" t="inlineStr"><is><r><rPr><family val="2"/></rPr><t>x</t></r></is></c>'
        return content[:at_row] + insert + content[at_row:]
    if choice == 4:  # a shared formula and its child
        insert = b'<c r="Y1"><f t="shared" ref="Y1:Y2" si="7">B1*2</f><v>2</v></c><c r="Y2"><f t="shared" si="7"/></c>'
        return content[:at_row] + insert + content[at_row:]
    if choice == 5:  # a last row with more digits, holding a formula
        insert = b'<row r="12345"><c r="B12345"><f>2*3</f><v>6</v></c></row>'
        return content[:end] + insert + content[end:]
    if choice == 6:  # the style after another attribute, most often a relevant one
        style = relevant if rng.random() < 0.7 else rb"[0-9]+"
        return re.sub(rb'<c r="([A-Z]+[0-9]+)" s="(' + style + rb')"', rb'<c r="\1" cm="1" s="\2"', content, count=3)
    if choice == 7:  # a row outside <sheetData>
        insert = b'<row r="9"><c r="A9"><f>7*7</f><v>49</v></c></row>'
        close = content.find(b"</sheetData>")
        return content if close < 0 else content[: close + 12] + insert + content[close + 12 :]
    if choice == 8:  # a text of white space only
        return content[:at_row] + b'<c r="X1" t="inlineStr"><is><t> </t></is></c>' + content[at_row:]
    if choice == 9:  # an error value with a formula
        return content[:at_row] + b'<c r="W1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' + content[at_row:]
    start = rng.randrange(len(content))
    stop = min(len(content), start + rng.randint(1, 60))
    if choice == 10:
        return content[:start] + content[stop:]
    return content[:stop] + content[start:]


def _mutated(seed: Path, rng: random.Random, path: Path, choice: int) -> Path:
    """``seed`` with one of its sheets changed by mutation ``choice`` (see _sheet_mutant), then maybe others."""
    with zipfile.ZipFile(seed) as package:
        entries = [(info.filename, package.read(info)) for info in package.infolist()]
    sheets = [i for i, (name, _) in enumerate(entries) if name.startswith("xl/worksheets/sheet")]
    index = rng.choice(sheets)
    book = Book(seed)
    try:
        relevant = next(
            (str(i).encode() for i, code in enumerate(book.styles.number_formats) if "." in code or "%" in code), b"0"
        )
    finally:
        book.close()
    name, content = entries[index]
    for kind in [choice] + [rng.randrange(12) for _ in range(rng.randint(0, 2))]:
        content = _sheet_mutant(content, rng, relevant, kind)
    entries[index] = (name, content)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in entries:
            package.writestr(name, content)
    return path


def test_mutated_sheets_read_the_same_by_the_scan_and_by_expat_or_are_left_to_expat(
    example_document: Document, tmp_path: Path
) -> None:
    """Differential fuzzing of the scan's assumptions: a sheet changed where the one pass makes them is read
    exactly as expat reads it, or refused (and then read by expat)."""
    ours = tmp_path / "ours.xlsx"
    write_xlsx(awkward_document(example_document), ours)
    seeds = [ours, COLLEAGUE_FORM]
    rng = random.Random(20261208)
    compared = refused = 0
    for number in range(120):
        path = _mutated(seeds[number // 12 % len(seeds)], rng, tmp_path / f"mutant-{number}.xlsx", number % 12)
        book = Book(path)
        try:
            try:
                slow = [read_sheet_parts(sheet, cached=True, every_row=True) for sheet in book.worksheets]
            except Exception:  # XML expat cannot parse at all: read.py's business, not this test's
                continue
            try:
                scanned = ScannedBook(path, book, None)
                fast = [scanned.sheet(sheet).parts() for sheet in book.worksheets]
            except (ScanRefusedError, TooManyCellsError):
                refused += 1
                continue
        finally:
            book.close()
        for sheet, found_parts, expected_parts in zip(book.worksheets, fast, slow, strict=True):
            expected = {place: _seen(raw) for place, raw in expected_parts.cells.items() if raw[0] not in (None, "")}
            found = {place: _seen(raw) for place, raw in found_parts.cells.items() if raw[0] not in (None, "")}
            assert found == expected, (path.name, sheet.title)
        compared += 1
    assert compared > 40 and refused > 10, (compared, refused)  # 120 mutants: about 55 compared, 60 refused


def test_repeated_cost_lines_read_the_same_by_the_bulk_reading_and_by_expat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cost_lines.py works a product out once for the same factor cells: repeated lines, the same number typed
    as arithmetic or as a number, a third factor on some lines, and a line whose amount was typed over read as
    the general reading reads them."""
    document = Document()
    for number in range(30):
        factors = [Factor(Decimal(12), "辆", "10+2" if number % 3 == 0 else ""), Factor(Decimal(2580), "元/辆")]
        if number % 5 == 0:
            factors.append(Factor(Decimal(3), "个月", "1+2"))
        item = CostItem(f"第{number}行", factors, Decimal(0), "")
        item.recompute()
        if number % 7 == 0:
            item.amount = Decimal("99.99")  # typed over our formula
        document.cost_items.append(item)
    path = tmp_path / "repeated.xlsx"
    write_xlsx(document, path)
    fast, slow = _both_ways(path, monkeypatch)
    _same(fast, slow)
    assert [str(item.amount) for item in fast.document.cost_items][:11] == [
        "99.99", "30960.00", "30960.00", "30960.00", "30960.00", "92880.00",
        "30960.00", "99.99", "30960.00", "30960.00", "92880.00",
    ]  # fmt: skip
