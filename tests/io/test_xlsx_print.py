"""Our workbook as LibreOffice prints it: a colleague's decimals as typed, and every line of long texts whole
where another face stands in for 宋体."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridbudget_gui.domain.breakdown import breakdown_line
from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.xlsx import layout as lay
from gridbudget_gui.io.xlsx.write import write_xlsx
from gridbudget_gui.resources import resource_path
from tests.io import pdf_tools
from tests.io.xlsx_helpers import named_cell
from tests.libreoffice import convert, needs_libreoffice

NOTO_LINE = 15.75
"""Points a line of 11-point Noto Sans CJK takes in LibreOffice (measured: 20 lines in 314.9 points), the
tallest of the faces Linux and UOS put in 宋体's place (WenQuanYi 13.4, AR PL UMing 11.3)."""


def _typed_over(path: Path, target: Path) -> None:
    """The workbook as a colleague leaves it after typing 8.5 over the e-bikes' 8 and 2580.5 over the wage's
    2580: those two values changed, and (as after any edit in Excel or LibreOffice) the formulas computed again."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet, bikes = re.subn(r'(<c r="C\d+" s="\d+">)<v>8</v>', r"\g<1><v>8.5</v>", sheet, count=1)
    sheet, wage = re.subn(r'(<c r="E\d+" s="\d+">)<v>2580</v>', r"\g<1><v>2580.5</v>", sheet, count=1)
    assert (bikes, wage) == (1, 1)
    parts["xl/worksheets/sheet1.xml"] = re.sub(r"(</f>)<v>[^<]*</v>", r"\1", sheet).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            if name.startswith("xl/") or not name.startswith("gridbudget"):
                package.writestr(name, data)


def test_whole_quantities_are_general_and_money_keeps_its_separators(
    example_document: Document, tmp_path: Path
) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.DECLARATION_SHEET]
    first = named_cell(workbook, "cost.lines").row
    assert sheet.cell(first, 3).number_format == "General"  # 158 人: 8.5 typed over it shows 8.5
    assert sheet.cell(first, 5).number_format == "#,##0"  # 2580 元: 2,580
    assert sheet.cell(first + 3, 5).number_format == "#,##0.00"  # 4500.00 元/辆 keeps its places
    rules = sheet.conditional_formatting
    (block,) = list(rules)
    assert str(block.sqref) == f"C{first}:C{first + 4} E{first}:E{first + 4} G{first}:G{first + 4}"
    assert 'FIND("元",D' in block.rules[0].formula[0]


@needs_libreoffice
def test_decimals_typed_over_our_figures_print_as_typed(example_document: Document, tmp_path: Path) -> None:
    ours = tmp_path / "ours.xlsx"
    write_xlsx(example_document, ours)
    typed = tmp_path / "typed.xlsx"
    _typed_over(ours, typed)
    printed = pdf_tools.text(convert(typed, "pdf", tmp_path / "out"), layout=True)
    assert "新增社区两轮电瓶车8.5辆4,500.00元/辆38,250.00" in printed  # not 9辆
    assert "1-9月份工资及劳务派遣费158人2,580.50元11个月4,484,909.00" in printed  # not 2,581
    assert "4.新增社区两轮电瓶车：8.5辆×4500.00元/辆=38,250.00元；" in printed  # the breakdown multiplies out
    assert "158人×2580.5元×11个月=4,484,909.00元" in printed
    assert "合计：5,348,919.00元" in printed
    # Our own whole numbers still print without .00, in the table and in the breakdown.
    assert "人身意外险158人400元/年63,200.00" in printed and "2.人身意外险：158人×400元/年=63,200.00元；" in printed
    untouched = pdf_tools.text(convert(ours, "pdf", tmp_path / "ours"), layout=True)
    assert "1-9月份工资及劳务派遣费158人2,580元11个月4,484,040.00" in untouched


def test_rows_leave_room_for_the_faces_that_stand_in_for_songti(example_document: Document, tmp_path: Path) -> None:
    example_document.project.overview = "\n".join(f"第{i}段。" for i in range(60))  # 60 one-line paragraphs
    path = tmp_path / "a.xlsx"
    write_xlsx(example_document, path)
    workbook = load_workbook(path)
    sheet = workbook[lay.DECLARATION_SHEET]
    first = named_cell(workbook, "project.overview").row
    pieces = [str(sheet.cell(row, 3).value) for row in range(first, first + 3)]
    assert "\n".join(pieces) == example_document.project.overview
    for offset, piece in enumerate(pieces):
        assert sheet.row_dimensions[first + offset].height >= NOTO_LINE * (piece.count("\n") + 1) + 2


class _Lines(HTMLParser):
    """pdftotext -bbox-layout's lines: page by page, each (x0, y0, x1, y1, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: list[list[list[object]]] = []
        self.line: list[object] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "page":
            self.pages.append([])
        elif tag == "line":
            self.line = [float(found[key] or 0) for key in ("xmin", "ymin", "xmax", "ymax")] + [""]
            self.pages[-1].append(self.line)

    def handle_data(self, data: str) -> None:
        if self.line is not None:
            self.line[4] = str(self.line[4]) + data.strip()


def visible_lines(pdf: Path) -> list[str]:
    """The printed lines no other line overprints: a row too short for its text lets LibreOffice draw the
    text's last lines under the next row (clipped there, while pdftotext still reads them)."""
    parser = _Lines()
    parser.feed(pdf_tools.run("pdftotext", "-bbox-layout", str(pdf), "-"))
    shown = []
    for page in parser.pages:
        boxes = [(float(a), float(b), float(c), float(d), str(text)) for a, b, c, d, text in page]  # type: ignore[misc]
        for index, (x0, y0, x1, y1, text) in enumerate(boxes):
            clash = any(
                min(x1, other[2]) - max(x0, other[0]) > 2 and min(y1, other[3]) - max(y0, other[1]) > 0.3 * (y1 - y0)
                for number, other in enumerate(boxes)
                if number != index
            )
            if not clash:
                shown.append(text)
    return shown


def _cjk_faces(tmp_path: Path) -> list[tuple[str, Path]]:
    """Fontconfig set-ups in which LibreOffice finds no 宋体: the bundled AR PL UMing, and Noto Sans CJK when the
    machine has it (the usual stand-in on Linux and UOS, and the tallest) or GRIDBUDGET_CJK_FONTS names a
    folder of it (Debian's fonts-noto-cjk unpacked with dpkg -x)."""
    faces = []
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    shutil.copy(resource_path("fonts", "uming.ttc"), bundled)
    noto = [
        line.split(":")[0]
        for line in subprocess.run(
            ["fc-list", ":lang=zh", "file"], check=False, capture_output=True, text=True
        ).stdout.splitlines()
        if "NotoSansCJK" in line or "NotoSansSC" in line
    ]
    extra = os.environ.get("GRIDBUDGET_CJK_FONTS")
    noto_folder = Path(extra) if extra else Path(noto[0]).parent if noto else None
    for name, folder in (("uming", bundled), ("noto", noto_folder)):
        if folder is None:
            continue
        config = tmp_path / f"{name}.conf"
        config.write_text(
            '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
            f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{folder}</dir>'
            f"<cachedir>{tmp_path / ('cache-' + name)}</cachedir></fontconfig>",
            encoding="utf-8",
        )
        faces.append((name, config))
    return faces


@needs_libreoffice
@pytest.mark.slow
def test_every_paragraph_of_two_long_texts_and_every_breakdown_line_prints(
    example_document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's measure: 110 of 110 paragraph markers of two long texts printed, each line of 测算说明 too."""
    sizes = [4, 8, 12, 16, 40, 90]  # mostly one-line paragraphs: a row of them fills line by line
    text = "推进网格化管理工作，提升城市精细化治理水平；落实2021年度目标任务（含45个社区、158名网格员）。" * 4
    example_document.project.overview = "\n".join(f"甲{i:02d}号" + text[: sizes[i % 6]] for i in range(55))
    example_document.goals.annual = "\n".join(f"乙{i:02d}号" + text[: sizes[i % 5]] for i in range(55))
    example_document.cost_items = [item.copy() for item in example_document.cost_items * 40]
    path = tmp_path / "long.xlsx"
    write_xlsx(example_document, path)
    markers = [f"{mark}{i:02d}号" for mark in "甲乙" for i in range(55)]
    starts = [breakdown_line(n, item)[:12] for n, item in enumerate(example_document.written_cost_items, start=1)]
    for name, config in _cjk_faces(tmp_path):
        monkeypatch.setenv("FONTCONFIG_FILE", str(config))
        shown = [line.replace(" ", "") for line in visible_lines(convert(path, "pdf", tmp_path / name))]
        assert [m for m in markers if not any(m in line for line in shown)] == [], name
        assert [s for s in starts if not any(line.startswith(s) for line in shown)] == [], name
