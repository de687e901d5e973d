"""The document's own copy in our workbook: read only while every other part is as saved, and always equal
to what the sheets say."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gridbudget_gui.domain.document import CostItem, Document, Execution, Factor, Indicator
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx import embedded
from gridbudget_gui.io.xlsx.read import read_xlsx
from gridbudget_gui.io.xlsx.write import write_xlsx
from tests.io.xlsx_helpers import awkward_document, without_copy


def _both(document: Document, path: Path) -> tuple[dict[str, object], dict[str, object]]:
    """The document read through its copy and through the sheets alone."""
    write_xlsx(document, path)
    with zipfile.ZipFile(path) as archive:
        assert embedded.PART in archive.namelist()
    fast, slow = read_xlsx(path), read_xlsx(without_copy(path))
    assert (fast.notes, fast.foreign) == (slow.notes, slow.foreign)
    return document_to_dict(fast.document), document_to_dict(slow.document)


def _crowded(document: Document) -> Document:
    """Empty cost lines between filled ones, an unordered matrix, filled indicator columns, long texts."""
    document.cost_items.insert(1, CostItem())
    document.cost_items.append(CostItem("", [], Decimal("0.00"), ""))
    document.indicators.annual.reverse()
    document.indicators.annual.append(Indicator())
    document.indicators.mid_term[0].actual = "98%"
    document.indicators.mid_term[0].operator = "≥"
    document.execution = Execution(Decimal("100.00"), Decimal("90.00"), "10", "9")
    document.goals.annual = "目标。" * 3000 + "\n\n第二段\u0001"
    return document


@pytest.mark.parametrize(
    "prepare",
    [lambda d: d, awkward_document, _crowded, lambda d: Document()],
    ids=["example", "awkward", "crowded", "empty"],
)
def test_the_copy_gives_what_the_sheets_give(example_document, tmp_path: Path, prepare) -> None:  # type: ignore[no-untyped-def]
    fast, slow = _both(prepare(example_document), tmp_path / "a.xlsx")
    assert fast == slow


TEXT = st.text(alphabet=st.sampled_from("人元月（）()=+-*/×\n\r _x0041 ，。A1\t2020年1月-"), max_size=12)
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
        factors = [Factor(draw(AMOUNTS), draw(TEXT)) for _ in range(draw(st.integers(0, 3)))]
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents())
def test_the_copy_gives_what_the_sheets_give_for_any_declaration(document: Document, tmp_path: Path) -> None:
    fast, slow = _both(document, tmp_path / "any.xlsx")
    assert fast == slow


def _replace_in_part(path: Path, part: str, old: bytes, new: bytes) -> None:
    """Rewrite one part of the package, as a program that edits only that part would."""
    with zipfile.ZipFile(path) as source:
        contents = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in contents:
            if info.filename == part:
                assert old in data
            target.writestr(info, data.replace(old, new, 1) if info.filename == part else data)


def test_a_sheet_changed_after_saving_wins_over_the_copy(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    first = example_document.cost_items[0]
    assert [f.value for f in first.factors] == [Decimal("158"), Decimal("2580"), Decimal("11")]
    # The 2580 of the first line (C-column pairs: 158, 2580, 11) typed as 2600 by someone else.
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    cell = re.search(rb'<c r="(E\d+)" s="\d+"><v>2580</v></c>', sheet)
    assert cell is not None
    _replace_in_part(path, "xl/worksheets/sheet1.xml", cell[0], cell[0].replace(b"2580", b"2600"))
    loaded = read_xlsx(path).document
    assert loaded.cost_items[0].amount == Decimal("4518800.00")  # 158 × 2600 × 11, from the sheet
    unchanged = document_to_dict(example_document)["cost_items"][1:]
    assert document_to_dict(loaded)["cost_items"][1:] == unchanged


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:-10], id="cut short"),
        pytest.param(lambda data: data.replace(b'"version":1', b'"version":99'), id="newer version"),
        pytest.param(lambda data: data.replace(b'"cost_items":[', b'"cost_items":[7,'), id="not a document"),
        pytest.param(lambda data: b"[" * 100_000 + b"]" * 100_000, id="nested deeper than the parser goes"),
    ],
)
def test_a_damaged_copy_is_passed_over_for_the_sheets(example_document, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    with zipfile.ZipFile(path) as archive:
        data = archive.read(embedded.PART)
    _replace_in_part(path, embedded.PART, data, damage(data))
    expected = read_xlsx(without_copy(path))
    loaded = read_xlsx(path)
    assert document_to_dict(loaded.document) == document_to_dict(expected.document)
    assert loaded.notes == expected.notes == []


def test_the_copy_is_a_named_part_of_the_package(example_document, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
        relations = archive.read("_rels/.rels").decode()
        names = archive.namelist()
    assert f'PartName="/{embedded.PART}" ContentType="application/json"' in types
    assert f'Type="{embedded.RELATIONSHIP}" Target="{embedded.PART}"' in relations
    assert names[-1] == embedded.PART  # written last: it names the CRC of every part before it
