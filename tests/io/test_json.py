"""Document JSON: export is the identity on the example; every bad file gives one clear line naming it."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gridbudget_gui import cli
from gridbudget_gui.domain.document import Document, Execution
from gridbudget_gui.io.atomic import atomic_write
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document, sniff
from gridbudget_gui.io.json import (
    SchemaError,
    document_from_dict,
    document_to_dict,
    dumps_document,
    read_json,
    write_json,
)
from gridbudget_gui.resources import example_path
from tests.work import calls_made


def test_export_json_to_json_is_the_identity(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert cli.main(["export", str(example_path()), str(out)]) == 0
    original = json.loads(example_path().read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == original
    # Twice over, and byte for byte once in our own layout.
    again = tmp_path / "again.json"
    assert cli.main(["export", str(out), str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_money_is_a_two_place_string_never_a_float(example_document: Document) -> None:
    data = document_to_dict(example_document)
    assert data["cost_items"][0]["amount"] == "4484040.00"
    assert data["cost_total"] == "5345800.00"
    assert data["funding"]["mid_term"]["total"] == "16037400.00"
    assert data["cost_items"][0]["factors"][0] == {"value": "158", "unit": "人", "expression": "45*4-22"}
    assert data["cost_items"][3]["factors"][1]["value"] == "4500.00"
    assert "float" not in dumps_document(example_document) and "." not in str(data["year"])

    def no_floats(value: object) -> None:
        assert not isinstance(value, float)
        for child in value.values() if isinstance(value, dict) else value if isinstance(value, list) else []:
            no_floats(child)

    no_floats(data)


def test_required_keys_of_the_interface(example_document: Document) -> None:
    data = document_to_dict(example_document)
    assert data["format"] == "gridbudget-document" and data["version"] == 1
    assert {"year", "scheme", "project", "unit", "cost_items", "cost_total", "funding", "goals", "indicators"} <= set(
        data
    )
    assert set(data["signatures"]) == {"unit_head", "preparer", "date"}
    assert {"name", "basis", "basis_kind", "attribute", "term", "department", "manager", "overview", "content"} <= set(
        data["project"]
    )
    assert set(data["funding"]["annual"]) == {"total", "central", "provincial", "municipal", "county", "other"}


def test_lump_sum_and_missing_amount() -> None:
    loaded = document_from_dict(
        {
            "format": "gridbudget-document",
            "cost_items": [
                {"name": "共", "factors": [], "amount": "80000"},
                {"name": "算", "factors": [{"value": "158", "unit": "人"}, {"value": "2580"}]},
            ],
        }
    )
    lump, product = loaded.document.cost_items
    assert lump.is_lump_sum and lump.amount == Decimal("80000.00")
    assert product.amount == Decimal("407640.00")  # computed when the file gives none


def test_minimal_document_reads_with_defaults() -> None:
    document = document_from_dict({"format": "gridbudget-document"}).document
    assert document.year is None and document.scheme == "classic" and document.cost_items == []


# --- bad input: one clear line that names the file -----------------------------------------------------

Writer = Callable[[Path], object]


def _text(text: str) -> Writer:
    return lambda path: path.write_text(text, encoding="utf-8")


def _doc(**extra: object) -> Writer:
    return _text(json.dumps({"format": "gridbudget-document", **extra}))


BAD: dict[str, tuple[Writer, str]] = {
    "malformed": (_text('{"format": "gridbudget-document", '), "JSON 格式错误"),
    "trailing-garbage": (_text('{"format": "gridbudget-document"} x'), "JSON 格式错误"),
    "empty": (_text(""), "JSON"),
    "not-an-object": (_text("[1, 2]"), "应为对象"),
    "missing-format": (_text('{"year": 2021}'), "format"),
    "wrong-format": (_doc(format="other"), "format"),
    "newer-version": (_doc(version=2), "版本"),
    "year-text": (_doc(year="2021年"), "year"),
    "cost-items-object": (_doc(cost_items={"a": 1}), "cost_items: 应为列表"),
    "name-number": (_doc(project={"name": 5}), "project.name: 应为文字"),
    "factor-abc": (_doc(cost_items=[{"factors": [{"value": "abc"}]}]), "cost_items[0].factors[0].value"),
    "amount-abc": (_doc(cost_items=[{"amount": "abc"}]), "cost_items[0].amount"),
    "amount-bool": (_doc(cost_items=[{"amount": True}]), "cost_items[0].amount"),
    "funding-huge": (_doc(funding={"annual": {"total": "1e400"}}), "funding.annual.total"),
    "funding-past-bound": (_doc(funding={"annual": {"total": "10000000000000000"}}), "funding.annual.total"),
    "funding-nan-string": (_doc(funding={"annual": {"total": "NaN"}}), "funding.annual.total"),
    "funding-inf-string": (_doc(funding={"annual": {"total": "-Infinity"}}), "funding.annual.total"),
    "funding-nan-literal": (_text('{"format": "gridbudget-document", "funding": {"annual": {"total": NaN}}}'), "total"),
    "funding-inf-literal": (
        _text('{"format": "gridbudget-document", "funding": {"mid_term": {"total": Infinity}}}'),
        "funding.mid_term.total",
    ),
    "tiny-exponent": (_doc(cost_items=[{"factors": [{"value": "0.1e-9999999999"}]}]), "不是数字"),
    "zero-tiny-exponent": (_doc(cost_items=[{"factors": [{"value": "0E-1000000000"}]}]), "不是数字"),
    "too-many-places": (_doc(cost_items=[{"factors": [{"value": "0.0000000000001"}]}]), "不是合理的数字"),
    "huge-integer": (_text('{"format": "gridbudget-document", "year": 1' + "0" * 5000 + "}"), "数字"),
    "deep-list": (_text("[" * 100_000 + "]" * 100_000), "嵌套"),
    "deep-in-document": (
        _text('{"format": "gridbudget-document", "goals": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        "嵌套",
    ),
    "binary-junk": (lambda path: path.write_bytes(bytes(range(256)) * 4), "UTF-8"),
    "gbk": (
        lambda path: path.write_bytes('{"format": "gridbudget-document", "project": {"name": "经费"}}'.encode("gbk")),
        "UTF-8",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_gives_one_line_naming_it(tmp_path: Path, case: str) -> None:
    write, cause = BAD[case]
    path = tmp_path / f"{case}.json"
    write(path)
    assert calls_made(lambda: read_json(path)) < 5_000  # refused after a bounded amount of work (each case < 400)
    with pytest.raises(DocumentError) as caught:
        read_json(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert cause in message
    assert caught.value.path == path
    assert len(message) < 400


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    for reader in (read_json, load_document):
        with pytest.raises(DocumentError) as caught:
            reader(folder)
        assert str(folder) in str(caught.value) and "\n" not in str(caught.value)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="不存在"):
        load_document(tmp_path / "nope.json")


def test_large_document_reads(tmp_path: Path, example_document: Document) -> None:
    example_document.cost_items = [example_document.cost_items[1].copy() for _ in range(10_000)]
    path = tmp_path / "big.json"
    write_json(example_document, path)
    again = read_json(path).document
    assert len(again.cost_items) == 10_000
    assert again.cost_total == Decimal("632000000.00")


# --- formats and atomic writes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"PK\x03\x04rest", "xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "xls"),
        (b"%PDF-1.7", "pdf"),
        (b'\xef\xbb\xbf  \n{"format": 1}', "json"),
        (b"hello", "unknown"),
        (b"", "unknown"),
    ],
)
def test_sniff_reads_first_bytes_not_names(tmp_path: Path, head: bytes, kind: str) -> None:
    path = tmp_path / "misnamed.xlsx"
    path.write_bytes(head)
    assert sniff(path) == kind


def test_json_named_xlsx_opens_as_json(tmp_path: Path) -> None:
    path = tmp_path / "really-json.xlsx"
    path.write_bytes(example_path().read_bytes())
    assert load_document(path).document.project.name == "全面推进“五进网格”精细化管理经费"


def test_pdf_cannot_be_opened(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(DocumentError, match="PDF"):
        load_document(path)


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")

    def half_then_fail(stream: object) -> None:
        stream.write(b"half")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    with pytest.raises(DocumentError, match="磁盘已满"):
        atomic_write(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["keep.json"]


def test_write_into_missing_folder(tmp_path: Path, example_document: Document) -> None:
    target = tmp_path / "missing" / "out.json"
    with pytest.raises(DocumentError, match="文件夹不存在"):
        write_json(example_document, target)
    assert not target.parent.exists()


def test_write_json_replaces_in_place(tmp_path: Path, example_document: Document) -> None:
    target = tmp_path / "doc.json"
    target.write_text("old", encoding="utf-8")
    write_json(example_document, target)
    assert read_json(target).document.cost_total == Decimal("5345800.00")
    assert os.listdir(tmp_path) == ["doc.json"]


def test_the_second_turn_keys_round_trip_and_stay_absent_when_empty(example_document: Document) -> None:
    plain = document_to_dict(example_document)
    assert "execution" not in plain
    assert set(plain["indicators"]["annual"][0]) == {"level1", "level2", "name", "value"}

    row = example_document.indicators.annual[0]
    row.operator, row.unit, row.weight, row.actual, row.score, row.deviation = "≥", "个", "10", "45个", "10.00", "无"
    row.explanation, row.scoring, row.note = "覆盖社区数", "完成得满分", "备注"
    example_document.execution = Execution(Decimal("5345800.00"), Decimal("5120000.00"), "10", "9.58")
    data = document_to_dict(example_document)
    assert data["execution"] == {"budget": "5345800.00", "spent": "5120000.00", "weight": "10", "score": "9.58"}
    assert data["indicators"]["annual"][0]["operator"] == "≥"
    again = document_from_dict(json.loads(json.dumps(data))).document
    assert document_to_dict(again) == data
    assert again.execution.spent == Decimal("5120000.00")
    assert again.indicators.annual[0].deviation == "无"


def test_an_execution_block_with_a_bad_amount_is_refused_naming_its_path() -> None:
    data = document_to_dict(Document())
    data["execution"] = {"budget": "abc"}
    with pytest.raises(SchemaError, match=r"execution\.budget"):
        document_from_dict(data)


@pytest.mark.parametrize("text", ["١٥٨", "1e3", "1_000", "１５８", "NaN", "158.", ".5", "0x10"])
def test_a_number_in_the_json_is_a_plain_ascii_decimal(text: str) -> None:
    data = document_to_dict(Document())
    data["cost_items"] = [{"name": "工资", "factors": [{"value": text, "unit": "人"}], "amount": "0.00", "note": ""}]
    with pytest.raises(SchemaError, match=r"cost_items\[0\]\.factors\[0\]\.value"):
        document_from_dict(data)


_PIECES = st.sampled_from(["0", "158", "-3", "1.5", "4500.00", "1e3", " 7", "1" * 16, "0." + "1" * 13, "", "x"])
_JSON_TEXT = st.one_of(st.none(), st.integers(0, 9), st.text("元人\ud800a ", max_size=4))


@settings(max_examples=300, deadline=None)
@given(
    entry=st.fixed_dictionaries(
        {},
        optional={
            "name": _JSON_TEXT,
            "note": _JSON_TEXT,
            "amount": st.one_of(_PIECES, st.none(), st.integers(-5, 5)),
            "factors": st.one_of(
                st.none(),
                st.text(max_size=2),
                st.lists(
                    st.one_of(
                        st.integers(),
                        st.fixed_dictionaries(
                            {"value": st.one_of(_PIECES, st.integers(0, 9))},
                            optional={"unit": _JSON_TEXT, "expression": _JSON_TEXT},
                        ),
                    ),
                    max_size=3,
                ),
            ),
        },
    )
)
@example(entry={"name": "工资", "factors": [{"value": "158", "unit": "人", "expression": "45*4-22"}], "amount": "4.5"})
def test_the_quick_cost_line_reader_agrees_with_the_checked_one(entry: dict[str, object]) -> None:
    """Whatever the quick path accepts, the checked path reads the same way; the rest goes to the checked one."""
    from gridbudget_gui.io.json import _checked_cost_item, _plain_cost_item

    quick = _plain_cost_item(entry)
    if "\\ud800" not in json.dumps(entry):  # a file that spells no surrogate: the same line, read quicker
        unchecked = _plain_cost_item(entry, surrogates=False)
        assert (unchecked is None) == (quick is None)
        shown = [
            (str(line.amount), line.name, line.note, [(str(f.value), f.unit, f.expression) for f in line.factors])
            for line in (quick, unchecked)
            if line is not None
        ]
        assert shown[1:] in ([], shown[:1])
    if quick is None:
        return
    assert entry.get("name") != "工资" or quick.factors[0].expression == "45*4-22"  # the example is taken
    checked = _checked_cost_item(entry, "cost_items[0]")
    assert (quick.name, quick.amount, quick.note) == (checked.name, checked.amount, checked.note)
    assert [(f.value, f.unit, f.expression) for f in quick.factors] == [
        (f.value, f.unit, f.expression) for f in checked.factors
    ]
    assert [str(f.value) for f in quick.factors] == [str(f.value) for f in checked.factors]


@pytest.mark.parametrize("spelling", ["\\ud800", "\\uDBFF", "\\udc00"])
def test_a_lone_surrogate_spelled_in_the_json_is_still_made_a_replacement_character(
    tmp_path: Path, spelling: str
) -> None:
    """The quick readers skip looking for surrogates only when the JSON text spells none."""
    data = document_to_dict(read_json(example_path()).document)
    data["cost_items"][0]["name"] = "工资X"
    data["indicators"]["annual"][0]["name"] = "人数X"
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(data, ensure_ascii=False).replace("X", spelling), encoding="utf-8")
    document = read_json(path).document
    assert document.cost_items[0].name == "工资\ufffd"
    assert document.indicators.annual[0].name == "人数\ufffd"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    document = read_json(path).document
    assert (document.cost_items[0].name, document.indicators.annual[0].name) == ("工资X", "人数X")
