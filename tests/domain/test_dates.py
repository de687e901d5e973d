"""Dates as clerks write them, and their ISO and printed forms."""

from __future__ import annotations

import datetime

import pytest

from gridbudget_gui.domain.dates import parse_date, to_chinese, to_iso


@pytest.mark.parametrize(
    "text",
    ["2020-10-26", "2020年10月26日", "2020/10/26", "2020.10.26", "２０２０年１０月２６日", " 2020 年 10 月 26 日 "],
)
def test_written_forms(text: str) -> None:
    assert parse_date(text) == datetime.date(2020, 10, 26)
    assert to_iso(text) == "2020-10-26"
    assert to_chinese(text) == "2020年10月26日"


def test_single_digit_month_and_day() -> None:
    assert to_iso("2020-1-5") == "2020-01-05"
    assert to_chinese("2020-01-05") == "2020年1月5日"


def test_leap_day() -> None:
    assert parse_date("2020-02-29") == datetime.date(2020, 2, 29)
    assert parse_date("2021-02-29") is None


@pytest.mark.parametrize(
    "text",
    ["", "2020-02-30", "2020-13-01", "2020-00-10", "0000-01-01", "20201026", "2020年10月", "十月", "2020-10-26T00:00"],
)
def test_not_a_date_is_kept_as_typed(text: str) -> None:
    assert parse_date(text) is None
    assert to_iso(text) == text.strip()
    assert to_chinese(text) == text


def test_only_the_digits_of_the_number_grammar_make_a_date() -> None:
    assert parse_date("２０２０年１０月２６日") == datetime.date(2020, 10, 26)
    assert parse_date("٢٠٢٠-١٠-٢٦") is None  # Arabic-Indic digits: refused as everywhere else
