"""The typed place: every path the document JSON uses parses and prints back the same."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.place import Place, PlaceError


@pytest.mark.parametrize(
    "path",
    [
        "",
        "unit.code",
        "project.manager.phone",
        "project.basis[2]",
        "cost_items",
        "cost_items[3]",
        "cost_items[3].amount",
        "cost_items[12].factors[1].value",
        "funding.annual.county",
        "indicators.annual[0].value",
        "indicators.mid_term",
    ],
)
def test_a_path_prints_back_as_it_was_read(path: str) -> None:
    assert str(Place.parse(path)) == path


@pytest.mark.parametrize(
    "path", [".unit", "unit.", "unit..code", "cost_items[x]", "cost_items[1]name", "[1]", "a b", "单位"]
)
def test_a_text_that_is_no_path_is_refused(path: str) -> None:
    with pytest.raises(PlaceError):
        Place.parse(path)


def test_a_table_place_knows_its_table_row_field_and_factor() -> None:
    factor = Place.parse("cost_items[3].factors[1].unit")
    assert (factor.table, factor.row, factor.field, factor.factor, factor.factor_part) == (
        "cost_items",
        3,
        "factor",
        1,
        "unit",
    )
    indicator = Place.parse("indicators.annual[4].value")
    assert (indicator.table, indicator.row, indicator.field, indicator.period) == (
        "indicators.annual",
        4,
        "value",
        "annual",
    )
    assert Place.parse("funding.mid_term.total").period == "mid_term"
    assert Place.parse("unit.code").table is None
    assert Place.parse("unit.code").row is None
    assert Place.parse("cost_items").row is None


def test_constructors_build_the_contract_paths() -> None:
    assert str(Place.cost(2, "amount")) == "cost_items[2].amount"
    assert str(Place.cost(2, "unit", factor=0)) == "cost_items[2].factors[0].unit"
    assert str(Place.indicator("annual", 1, "name")) == "indicators.annual[1].name"
    assert str(Place.funding("annual", "county")) == "funding.annual.county"
    assert str(Place.of("project.manager", "phone")) == "project.manager.phone"
    assert Place.cost(2, "amount").is_within(Place.cost(2))
    assert not Place.cost(2).is_within(Place.cost(2, "amount"))


def test_text_fields_are_read_and_written_through_their_place() -> None:
    document = Document()
    Place.parse("project.manager.phone").set_text(document, "13888099030")
    assert document.project.manager.phone == "13888099030"
    assert Place.parse("project.manager.phone").get_text(document) == "13888099030"
    with pytest.raises(KeyError):
        Place.parse("project.nothing").get_text(document)


@given(st.lists(st.one_of(st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True), st.integers(0, 10**6)), max_size=6))
def test_any_steps_round_trip(steps: list[str | int]) -> None:
    if steps and isinstance(steps[0], int):
        steps = ["cost_items", *steps]
    place = Place(tuple(steps))
    assert Place.parse(str(place)) == place
