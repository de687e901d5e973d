"""The budget system's tables in the Word declaration, after the cost breakdown: the cost by 经济分类科目 and the
政府采购预算, each only when a line carries what it shows (the PDF's io/pdf/system.py, in Word).

Built with python-docx directly, in the declaration's conventions (Table Grid borders, centred tables, 黑体
headings); write.py calls ``system_tables`` and sets the East Asian fonts of the whole document afterwards.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from gridbudget_gui.domain.codes import economic_codes
from gridbudget_gui.domain.document import PROCUREMENT_KINDS, Document
from gridbudget_gui.domain.money import format_money, money_sum
from gridbudget_gui.io.docx.paper import HEI, word_cell, word_paragraph, word_table


def economic_class_table(word: Any, document: Document) -> None:
    """按经济分类汇总: code and name, amount; lines without a code together."""
    items = document.written_cost_items
    if not any(item.economic_class for item in items):
        return
    codes = economic_codes()
    sums: dict[str, Decimal] = {}
    for item in items:
        sums[item.economic_class] = sums.get(item.economic_class, Decimal(0)) + item.amount
    word_paragraph(word, "按经济分类汇总", size=12, bold=True, align="centre", font=HEI, keep_with_next=True)
    order = sorted(sums, key=lambda code: (code == "", code))
    table = word_table(word, len(order) + 2, [10.0, 6.0])
    word_cell(table.cell(0, 0), "经济分类科目", bold=True, align="centre")
    word_cell(table.cell(0, 1), "金额（元）", bold=True, align="centre")
    for row, code in enumerate(order, start=1):
        word_cell(table.cell(row, 0), codes.label(code) if code else "（未填写）")
        word_cell(table.cell(row, 1), format_money(sums[code]), align="right")
    word_cell(table.cell(len(order) + 1, 0), "合计", bold=True, align="centre")
    word_cell(table.cell(len(order) + 1, 1), format_money(money_sum(sums.values())), bold=True, align="right")


def procurement_table(word: Any, document: Document) -> None:
    """政府采购预算: the lines marked 货物, 服务 or 工程, subtotals by 品目 and the total."""
    lines = [item for item in document.written_cost_items if item.procurement]
    if not lines:
        return
    codes = economic_codes()
    kinds = [kind for kind in PROCUREMENT_KINDS if any(item.procurement == kind for item in lines)]
    word_paragraph(word, "政府采购预算", size=12, bold=True, align="centre", font=HEI, keep_with_next=True)
    table = word_table(word, len(lines) + len(kinds) + 2, [1.2, 5.6, 4.2, 1.6, 3.4])
    for column, label in enumerate(("序号", "支出内容", "经济分类科目", "品目", "金额（元）")):
        word_cell(table.cell(0, column), label, bold=True, align="centre")
    for row, item in enumerate(lines, start=1):
        word_cell(table.cell(row, 0), str(row), align="centre")
        word_cell(table.cell(row, 1), item.name)
        word_cell(table.cell(row, 2), codes.label(item.economic_class) if item.economic_class else "")
        word_cell(table.cell(row, 3), item.procurement, align="centre")
        word_cell(table.cell(row, 4), format_money(item.amount), align="right")
    row = len(lines) + 1
    for kind in kinds:
        amount = money_sum(item.amount for item in lines if item.procurement == kind)
        word_cell(table.cell(row, 0).merge(table.cell(row, 3)), f"{kind}小计", align="centre")
        word_cell(table.cell(row, 4), format_money(amount), align="right")
        row += 1
    word_cell(table.cell(row, 0).merge(table.cell(row, 3)), "合计", bold=True, align="centre")
    word_cell(table.cell(row, 4), format_money(money_sum(item.amount for item in lines)), bold=True, align="right")


def system_tables(word: Any, document: Document) -> None:
    """Both tables, each only when the declaration has what it shows."""
    economic_class_table(word, document)
    procurement_table(word, document)
