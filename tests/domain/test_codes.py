"""The code lists: every bundled code has a recorded source, the newest year is read, search finds by initials."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gridbudget_gui.domain.codes import (
    CodeListError,
    economic_codes,
    function_codes,
    initials,
    list_files,
    load_code_list,
)
from gridbudget_gui.resources import resource_path


@pytest.mark.parametrize("kind", ["economic", "function"])
def test_every_bundled_code_names_a_recorded_source(kind: str) -> None:
    for _year, path in list_files(resource_path("codes"), kind):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["kind"] == kind and isinstance(data["year"], int)
        for entry in data["codes"]:
            assert entry["source"] in data["sources"], entry
            assert entry["code"].isdigit() and entry["name"], entry
        codes = [entry["code"] for entry in data["codes"]]
        assert len(codes) == len(set(codes))


def test_the_codes_the_form_names_are_there() -> None:
    economic = economic_codes()
    for code in ("30101", "30201", "30207", "30218", "30224", "30226", "30227", "30299", "31002", "31003", "31007"):
        assert economic.get(code) is not None, code
    assert economic.label("30226") == "30226 劳务费"
    assert function_codes().name("2120104") == "城管执法"


def test_a_newer_year_replaces_the_list_without_code_changes(tmp_path: Path) -> None:
    bundled = resource_path("codes", "economic-2020.json").read_text(encoding="utf-8")
    (tmp_path / "economic-2020.json").write_text(bundled, encoding="utf-8")
    newer = {"kind": "economic", "year": 2031, "sources": {"X": {"title": "t", "url": "u"}},
             "codes": [{"code": "30226", "name": "劳务费（新）", "source": "X"}]}  # fmt: skip
    (tmp_path / "economic-2031.json").write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    listed = load_code_list("economic", tmp_path)
    assert listed.year == 2031 and listed.name("30226") == "劳务费（新）"


def test_a_bad_list_is_named(tmp_path: Path) -> None:
    (tmp_path / "economic-2030.json").write_text('{"kind": "economic"}', encoding="utf-8")
    with pytest.raises(CodeListError, match=r"economic-2030\.json"):
        load_code_list("economic", tmp_path)


def test_search_by_code_name_or_initials() -> None:
    economic = economic_codes()
    assert initials("劳务费") == "lwf"
    assert [code.code for code in economic.search("lwf")] == ["30226"]
    assert "30226" in [code.code for code in economic.search("劳务")]
    assert {code.code for code in economic.search("310")} >= {"310", "31002", "31003"}
    # Every name of the bundled lists is covered by the small initials table: none is skipped.
    for code in (*economic.codes, *function_codes().codes):
        assert len(initials(code.name)) == len([c for c in code.name if c.isalnum() or not c.isascii()]), code
