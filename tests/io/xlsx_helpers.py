"""Helpers for the xlsx tests: awkward documents and copies of the colleague form with a twist."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook

from gridbudget_gui.domain.document import CostItem, Document, Factor, Indicator
from gridbudget_gui.io.xlsx import layout as lay


def awkward_document(base: Document) -> Document:
    """The example made awkward: formula-like text, many factors, typed arithmetic, odd places, mismatches."""
    document = base
    document.scheme = "2021"
    document.project.name = '=HYPERLINK("http://example.com","点我")'
    document.project.basis.append("+86 开头的文件")
    document.unit.phone = "0871-63112345"
    document.unit.profile = "第一行\n第二行\n\n=1+1"
    document.signatures.date = "2020年13月45日"  # not a date: kept as typed
    document.cost_items.append(
        CostItem(
            "五个因素的一行",
            [
                Factor(Decimal("3"), "人"),
                Factor(Decimal("0.5"), "天", "1/2"),
                Factor(Decimal("120.00"), "元/人天"),
                Factor(Decimal("12"), "次", "４×３"),
                Factor(Decimal("1.05"), "系数"),
            ],
            Decimal("1134.00"),
            "@备注以@开头",
        )
    )
    # A declared amount that disagrees with its factors must come back as declared, for the checks to see.
    document.cost_items.append(
        CostItem(
            "金额与因素不符", [Factor(Decimal(2), "台"), Factor(Decimal(100), "元")], Decimal("250.00"), "-减号开头"
        )
    )
    document.funding.mid_term.total = Decimal("1.00")  # a stated 总投入 that disagrees with the sources
    document.indicators.mid_term = document.indicators.mid_term[:3]
    document.indicators.annual.append(Indicator("成本指标", "经济成本指标", "=成本", "≤534.58万元"))
    return document


def copy_form(source: Path, target: Path, change: Callable[[Workbook], None]) -> Path:
    """Copy a workbook, let ``change`` edit it, and save it as ``target``."""
    workbook = load_workbook(source)
    change(workbook)
    workbook.save(target)
    return target


def shifted_form(source: Path, target: Path, rows: int, cols: int) -> Path:
    """The form moved down and right, under an 附件2 line, with sheet names that end in spaces."""
    original = load_workbook(source)
    shifted = Workbook()
    shifted.remove(shifted.active)  # type: ignore[arg-type]
    for sheet in original.worksheets:
        copy = shifted.create_sheet(sheet.title + "  ")
        copy.cell(row=1, column=1, value="附件2")
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    copy.cell(row=cell.row + rows, column=cell.column + cols, value=cell.value)
        for block in sheet.merged_cells.ranges:
            copy.merge_cells(
                start_row=block.min_row + rows,
                start_column=block.min_col + cols,
                end_row=block.max_row + rows,
                end_column=block.max_col + cols,
            )
    shifted.save(target)
    return target


def named_cell(workbook: Workbook, key: str):  # type: ignore[no-untyped-def]
    """The first cell of the block a GridBudget workbook names ``key`` (``cost.lines``…)."""
    sheet, ref = next(iter(workbook.defined_names[lay.name_for(key)].destinations))
    return workbook[sheet][ref.replace("$", "").split(":")[0]]
