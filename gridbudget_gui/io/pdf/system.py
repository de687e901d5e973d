"""The budget system's tables after the cost breakdown: 政府采购预算 (the lines marked 货物, 服务 or 工程, with their
amounts) and the cost by 经济分类科目, printed only when a line carries them."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from gridbudget_gui.domain.codes import economic_codes
from gridbudget_gui.domain.document import PROCUREMENT_KINDS, Document
from gridbudget_gui.domain.money import format_money, money_sum
from gridbudget_gui.io.pdf.style import FRAME_WIDTH, title
from gridbudget_gui.io.pdf.tables import Cell, Command, cell, form_table, money_cell

_PROCUREMENT_SHARES = (0.08, 0.4, 0.24, 0.1, 0.18)
_CLASS_SHARES = (0.6, 0.4)


def procurement_table(document: Document) -> list[Flowable]:
    """政府采购预算: one row per marked line (序号, 支出内容, 经济分类科目, 品目, 金额), totals by 品目; nothing when
    no line is marked."""
    lines = [item for item in document.written_cost_items if item.procurement]
    if not lines:
        return []
    widths = [FRAME_WIDTH * share for share in _PROCUREMENT_SHARES]
    codes = economic_codes()
    rows: list[list[Cell]] = [["序号", "支出内容", "经济分类科目", "品目", "金额（元）"]]
    for number, item in enumerate(lines, start=1):
        label = codes.label(item.economic_class) if item.economic_class else ""
        rows.append(
            [
                str(number),
                cell(item.name, widths[1]),
                cell(label, widths[2]),
                item.procurement,
                money_cell(format_money(item.amount), widths[4]),
            ]
        )
    for kind in PROCUREMENT_KINDS:
        amounts = [item.amount for item in lines if item.procurement == kind]
        if amounts:
            rows.append([f"{kind}小计", "", "", "", money_cell(format_money(money_sum(amounts)), widths[4])])
    rows.append(["合计", "", "", "", money_cell(format_money(money_sum(item.amount for item in lines)), widths[4])])
    first_total = len(lines) + 1
    commands: list[Command] = [
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        *(("SPAN", (0, at), (3, at)) for at in range(first_total, len(rows))),
    ]
    return [
        Spacer(1, 4 * mm),
        KeepTogether([title("政府采购预算", "subtitle"), Spacer(1, 2 * mm)]),
        form_table(rows, widths, commands),
    ]


def economic_class_table(document: Document) -> list[Flowable]:
    """The cost by 经济分类科目 (code and name, amount), lines without a code together; nothing when no line has one."""
    items = document.written_cost_items
    if not any(item.economic_class for item in items):
        return []
    widths = [FRAME_WIDTH * share for share in _CLASS_SHARES]
    codes = economic_codes()
    sums: dict[str, Decimal] = {}
    for item in items:
        sums[item.economic_class] = sums.get(item.economic_class, Decimal(0)) + item.amount
    rows: list[list[Cell]] = [["经济分类科目", "金额（元）"]]
    for code in sorted(sums, key=lambda code: (code == "", code)):
        rows.append(
            [
                cell(codes.label(code) if code else "（未填写）", widths[0]),
                money_cell(format_money(sums[code]), widths[1]),
            ]
        )
    rows.append(["合计", money_cell(format_money(money_sum(sums.values())), widths[1])])
    commands: list[Command] = [("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (1, 1), (1, -1), "RIGHT")]
    return [
        Spacer(1, 4 * mm),
        KeepTogether([title("按经济分类汇总", "subtitle"), Spacer(1, 2 * mm)]),
        form_table(rows, widths, commands),
    ]


def system_tables(document: Document) -> list[Flowable]:
    """Both tables, each only when the declaration has what it shows."""
    return [*economic_class_table(document), *procurement_table(document)]
