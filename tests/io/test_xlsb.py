"""Excel binary workbooks (.xlsb) open as declarations through the same form reader, by their content."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from gridbudget_gui.io.formats import load_document, sniff
from gridbudget_gui.io.xlsb import read_xlsb
from tests.io.xlsb_writer import write_xlsb

CORPUS = Path(__file__).resolve().parent.parent / "data" / "forms" / "corpus"


def test_an_xlsb_gives_the_same_grid_as_its_xlsx() -> None:
    (grid,) = read_xlsb(CORPUS / "25-binary-town.xlsb")
    assert grid.name == "Sheet1"
    assert (1, 1, 1, 6) in grid.merged and (9, 1, 13, 1) in grid.merged  # the blocks the form reader leans on
    assert grid.text(11, 1) == grid.text(9, 1) != ""  # a cell inside a merged block shows the block's value


def test_an_xlsb_named_xlsx_opens_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "申报表.xlsx"
    shutil.copyfile(CORPUS / "25-binary-town.xlsb", path)
    assert sniff(path) == "xlsb"
    document = load_document(path).document
    assert document.project.name == "镇域道路提质改造"
    assert document.funding.annual.total == Decimal("1067522.00")


def test_several_sheets_keep_their_names_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsb"
    write_xlsb(path, [("封面", {(1, 1): "项目申报书"}, []), ("测算", {(3, 2): "印刷费", (4, 3): 1234.5}, [])])
    cover, costs = read_xlsb(path)
    assert (cover.name, costs.name) == ("封面", "测算")
    assert costs.cells == {(3, 2): "印刷费", (4, 3): 1234.5}  # placed where they are, not from the corner
