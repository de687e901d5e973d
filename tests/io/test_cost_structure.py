"""A cost table is found by its shape when its headings are in no synonym list (io/form/costs.py)."""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.io.form.costs import find_cost_table, find_cost_table_by_structure
from gridbudget_gui.io.form.grid import Grid


def grid(rows: list[list[object]]) -> Grid:
    """A sheet from rows of values (None is empty)."""
    sheet = Grid("测算")
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cells[(r, c)] = value
    return sheet.finish()


UNUSUAL = [
    ["开支事由", "人次", "标准", "天数", "核定数"],
    ["住宿", 120, 300, 3, 108000],
    ["伙食", 120, 100, 3, 36000],
    ["小计", None, None, None, 144000],
]


def test_headings_in_no_list_are_found_by_the_products() -> None:
    sheet = grid(UNUSUAL)
    assert find_cost_table(sheet) is None  # no heading is a synonym
    table = find_cost_table_by_structure(sheet)
    assert table is not None
    assert [(item.name, item.amount) for item in table.items] == [
        ("住宿", Decimal("108000")),
        ("伙食", Decimal("36000")),
    ]
    assert [factor.value for factor in table.items[0].factors] == [120, 300, 3]
    assert (4, 5) in table.used  # the 小计 row is read with the table


def test_amounts_that_are_the_products_in_wan_are_read_in_yuan() -> None:
    rows = [list(row) for row in UNUSUAL]
    rows[1][4], rows[2][4] = Decimal("10.8"), Decimal("3.6")
    table = find_cost_table_by_structure(grid(rows))
    assert table is not None and [item.amount for item in table.items] == [Decimal("108000"), Decimal("36000")]


def test_a_heading_in_wan_is_enough_without_products() -> None:
    table = find_cost_table_by_structure(
        grid(
            [
                ["经费用途", "依据", "拟安排（万元）"],
                ["平台运维", "合同", 12.5],
                ["数据服务", "协议", 3.2],
                ["合计", None, 15.7],
            ]
        )
    )
    assert table is not None and [item.amount for item in table.items] == [Decimal("125000"), Decimal("32000")]


def test_what_is_not_a_cost_table_is_not_read_as_one() -> None:
    no_total = UNUSUAL[:3]
    not_products = [
        ["开支事由", "人次", "标准", "核定数"],
        ["住宿", 120, 300, 5],
        ["伙食", 120, 100, 7],
        ["小计", None, None, 12],
    ]
    assert find_cost_table_by_structure(grid(no_total)) is None
    assert find_cost_table_by_structure(grid(not_products)) is None
    taken = {(2, 1)}  # a row already read as something else (a funding amount) keeps the table from forming
    assert find_cost_table_by_structure(grid(UNUSUAL), taken) is None
