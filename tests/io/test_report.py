"""A folder in one report: checked in parallel processes, written as HTML, xlsx or a 汇总表 (summary)."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridbudget_gui import cli
from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.json import read_json, write_json
from gridbudget_gui.io.report.batch import check_files
from gridbudget_gui.io.report.html import report_html, write_html_report
from gridbudget_gui.io.report.xlsx import write_summary, write_xlsx_report
from gridbudget_gui.resources import example_path
from tests.conftest import COLLEAGUE_FORM
from tests.io import pdf_tools
from tests.libreoffice import convert, needs_libreoffice

HOSTILE = '<script>alert("x")</script>&'


@pytest.fixture
def folder(tmp_path: Path, clean_document: Document) -> Path:
    """Five declarations of three units (one hostile name), a file that is not one, and one that is broken."""
    where = tmp_path / "in"
    where.mkdir()
    for index, unit in enumerate(["乙单位", "甲单位", HOSTILE]):
        example_document = read_json(example_path()).document
        example_document.unit.name = unit
        example_document.project.name = f"=项目{index}"  # a text that looks like a formula stays text
        write_json(example_document, where / f"{index}-example.json")
    clean_document.unit.name = "甲单位"
    write_json(clean_document, where / "3-clean.json")
    shutil.copy(COLLEAGUE_FORM, where / "4-colleague.xlsx")
    (where / "5-broken.json").write_text('{"format": "gridbudget-document", "cost_items": [{"amount": "x"}]}')
    (where / "6-table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return where


def _paths(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def test_parallel_results_are_those_of_one_process_in_input_order(folder: Path) -> None:
    paths = _paths(folder)
    alone = check_files(paths, jobs=1)
    parallel = check_files(paths, jobs=2)
    assert [r.path for r in parallel] == paths
    assert [(r.error, [f.to_json() for f in r.findings], r.facts) for r in parallel] == [
        (r.error, [f.to_json() for f in r.findings], r.facts) for r in alone
    ]
    broken = {r.path.name: r.error for r in parallel if r.error}
    assert set(broken) == {"5-broken.json", "6-table.csv"}
    assert "cost_items[0].amount" in (broken["5-broken.json"] or "")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_is_offline_escaped_and_grouped(folder: Path, tmp_path: Path) -> None:
    results = check_files(_paths(folder), jobs=1)
    page = report_html(results)
    parsed = _Text()
    parsed.feed(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert HOSTILE in "".join(parsed.text)  # shown as text, not run
    assert "http" not in page
    # one section per readable declaration, the broken ones listed with their reason
    assert parsed.tags.count("section") == 5
    text = "".join(parsed.text)
    assert "5-broken.json" in text and "“x”不是数字" in text and "6-table.csv" in text
    # the count table: the four questions, and its total is the number of findings
    total = sum(len(r.findings) for r in results)
    count_table = page.split("<h2>", 1)[0]
    cells = [int(n) for n in re.findall(r"<td class=n>(\d+)</td>", count_table.rsplit("<th>合计</th>", 1)[1])]
    assert sum(cells) == total
    for aspect in ("完整性", "相关性", "适当性", "可行性"):
        assert f"<td>{aspect}</td>" in count_table
    assert "<h3>相关性（6）</h3>" in page  # the example's 6 vague values
    out = tmp_path / "report.html"
    write_html_report(results, out, "en")
    assert "Relevance" in out.read_text(encoding="utf-8")


def test_xlsx_report_has_one_row_per_finding_and_a_filter(folder: Path, tmp_path: Path) -> None:
    results = check_files(_paths(folder), jobs=1)
    out = tmp_path / "report.xlsx"
    write_xlsx_report(results, out)
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("文件", "单位", "项目", "严重程度", "审核方面", "规则", "位置", "问题")
    findings = sum(len(r.findings) for r in results)
    assert len(rows) - 1 == findings + 2  # and one row per unreadable file
    assert sheet.auto_filter.ref == f"A1:H{len(rows)}"
    assert ("=项目0" in {row[2] for row in rows}) and all(
        cell.data_type == "s" for cell in sheet["C"][1:] if cell.value
    )
    unreadable = [row for row in rows if row[3] == "无法读取"]
    assert {Path(str(row[0])).name for row in unreadable} == {"5-broken.json", "6-table.csv"}
    vague = [row for row in rows if row[5] == "indicator.vague-value"]
    assert vague and all(row[4] == "相关性" for row in vague)


def test_summary_sorted_by_unit_with_a_total_by_formula(folder: Path, tmp_path: Path) -> None:
    results = check_files(_paths(folder), jobs=2)
    out = tmp_path / "summary.xlsx"
    write_summary(results, out)
    book = load_workbook(out)
    sheet = book["汇总表"]
    rows = list(sheet.iter_rows(values_only=True))
    body = rows[1:6]
    assert [row[0] for row in body] == sorted(row[0] for row in body)
    assert rows[6][0] == "合计" and rows[6][4] == "=SUM(E2:E6)" and rows[6][13] == "=SUM(N2:N6)"
    assert {row[4] for row in body} == {5345800}
    assert sum(int(str(row[13])) for row in body) == 2 * 4  # 2 errors in each uncorrected example
    clean = next(row for row in body if row[15] == "3-clean.json")  # named below the folder they share
    assert clean[13] == 0 and clean[10] == Decimal("5345800") and clean[11] == 5 and clean[12] == 11
    listed = [row[0] for row in rows[7:] if row[0]]
    assert listed[listed.index("无法读取的文件") + 1 :] == ["5-broken.json", "6-table.csv"]
    indicators = list(book["全部指标"].iter_rows(values_only=True))
    assert len(indicators) - 1 == 5 * 22
    assert indicators[1][2] == "中期"


def test_check_report_command(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    assert cli.main(["check", str(folder), "--report", str(out), "--jobs", "2", "--json"]) == 2
    files = json.loads(capsys.readouterr().out)["files"]
    assert [Path(f["file"]).name for f in files] == [p.name for p in _paths(folder)]
    assert out.is_file()
    assert cli.main(["check", str(example_path()), "--report", str(tmp_path / "r.pdf")]) == 2
    assert "只能是 .html 或 .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_summary_command(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.xlsx"
    assert cli.main(["summary", str(example_path()), str(out)]) == 0
    sheet = load_workbook(out)["汇总表"]
    assert (sheet["A3"].value, sheet["B3"].value) == ("合计", "1 个项目")
    assert cli.main(["summary", str(folder), str(out)]) == 2  # two files could not be read …
    err = capsys.readouterr().err
    assert "5-broken.json" in err and len(err.strip().splitlines()) == 2
    assert load_workbook(out)["汇总表"]["A7"].value == "合计"  # … and the others are summed all the same
    assert cli.main(["summary", str(out)]) == 2
    assert cli.main(["summary", str(example_path()), str(tmp_path / "no-folder" / "s.xlsx")]) == 2


def test_summary_stores_the_value_of_every_formula(folder: Path, tmp_path: Path) -> None:
    """Previews that do not calculate (WeChat, DingTalk) show the totals: each =SUM carries its value."""
    out = tmp_path / "summary.xlsx"
    write_summary(check_files(_paths(folder), jobs=1), out)
    formulas, values = load_workbook(out)["汇总表"], load_workbook(out, data_only=True)["汇总表"]
    cells = [cell for row in formulas.iter_rows() for cell in row if cell.data_type == "f"]
    assert len(cells) == 11
    for cell in cells:
        letter, rows = str(cell.value)[5:-1].split(":")[0].rstrip("0123456789"), range(2, cell.row)
        added = sum(Decimal(str(values[f"{letter}{row}"].value)) for row in rows)
        assert Decimal(str(values[cell.coordinate].value)) == added, cell.coordinate


def test_summary_prints_as_a_reviewers_sheet(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    write_summary(check_files(_paths(folder), jobs=1), out)
    for sheet in load_workbook(out).worksheets:
        assert int(sheet.page_setup.paperSize) == 9 and sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1" and sheet.freeze_panes == "A2"
        assert "&P" in sheet.oddFooter.center.text and sheet.oddHeader.center.text
        assert sheet.auto_filter.ref.startswith("A1:")


@pytest.fixture
def one_project_many_ways(tmp_path: Path) -> Path:
    """The example sent as json, xlsx and docx, its 自评表, and three more projects of 2021 and 2025."""
    from gridbudget_gui.io.docx.write import write_docx
    from gridbudget_gui.io.self_evaluation import write_self_evaluation
    from gridbudget_gui.io.xlsx.write import write_xlsx

    where = tmp_path / "in"
    where.mkdir()
    document = read_json(example_path()).document
    write_json(document, where / "a.json")
    write_xlsx(document, where / "a.xlsx")
    write_docx(document, where / "a.docx")
    write_self_evaluation(document, where / "a-自评表.xlsx")
    for index, (unit, year, attribute) in enumerate(
        [("乙单位", 2021, "延续项目"), ("丙单位", 2025, "001 新增项目"), ("丁单位", 2025, "新增项目")]
    ):
        other = read_json(example_path()).document
        other.unit.name, other.year, other.project.attribute = unit, year, attribute
        write_json(other, where / f"b{index}.json")
    return where


def test_summary_counts_a_project_once_keeps_years_apart_and_sets_the_self_evaluation_aside(
    one_project_many_ways: Path, tmp_path: Path
) -> None:
    out = tmp_path / "summary.xlsx"
    notes = write_summary(check_files(_paths(one_project_many_ways), jobs=1), out)
    rows = list(load_workbook(out, data_only=True)["汇总表"].iter_rows(values_only=True))
    projects = [row for row in rows[1:] if row[15]]
    # Four projects: the example once (its json counted, its xlsx and docx named), 乙 of 2021, 丙 and 丁 of 2025.
    assert [(row[0], row[2], row[3], row[15]) for row in projects] == [
        ("乙单位", 2021, "延续性项目", "b0.json"),
        ("昆明市网格化综合监督指挥中心呈贡分中心", 2021, "延续性项目", "a.json"),
        ("丁单位", 2025, "新增项目", "b2.json"),
        ("丙单位", 2025, "新增项目", "b1.json"),
    ]
    assert projects[1][16] == "同一项目另有 a.docx、a.xlsx，只计一次"
    totals = {row[0]: row[4] for row in rows if str(row[0]).endswith("合计")}
    assert totals == {"2021年合计": 2 * 5345800, "2025年合计": 2 * 5345800}  # no total across the years
    first = [row[0] for row in rows]
    by_attribute = rows[first.index("按项目属性") + 1 : first.index("按项目属性") + 3]
    assert [(row[0], row[1], row[2]) for row in by_attribute] == [("延续性项目", "2021", 2), ("新增项目", "2025", 2)]
    apart = rows[first.index("未计入汇总的文件") + 1 : first.index("未计入汇总的文件") + 4]
    assert [(row[0], row[1]) for row in apart] == [
        ("a.docx", "与 a.json 为同一项目，只计一次"),
        ("a.xlsx", "与 a.json 为同一项目，只计一次"),
        ("a-自评表.xlsx", "这是绩效自评表，不是申报书，未计入汇总"),
    ]
    assert notes == [
        "汇总的申报书属于 2 个年度（2021、2025），已按年度分别合计，未相加",
        "a.json：同一项目另有 a.docx、a.xlsx，只计一次",
        "a-自评表.xlsx：这是绩效自评表，不是申报书，未计入汇总",
    ]


def test_a_copy_whose_figures_differ_is_named_with_a_warning(one_project_many_ways: Path, tmp_path: Path) -> None:
    changed = read_json(one_project_many_ways / "a.json").document
    changed.cost_items[0].factors[1].value = Decimal(2600)
    changed.cost_items[0].recompute()
    write_json(changed, one_project_many_ways / "a2.json")
    out = tmp_path / "summary.xlsx"
    write_summary(check_files(_paths(one_project_many_ways), jobs=1), out)
    rows = list(load_workbook(out, data_only=True)["汇总表"].iter_rows(values_only=True))
    counted = next(row for row in rows if row[15] == "a.json")
    assert "a2.json" in counted[16] and "各文件金额不一致，请核对" in counted[16]


def test_summary_command_says_what_it_set_aside(
    one_project_many_ways: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["summary", str(one_project_many_ways), str(tmp_path / "s.xlsx")]) == 0  # notes, not errors
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        "gridbudget: 汇总的申报书属于 2 个年度（2021、2025），已按年度分别合计，未相加",
        "gridbudget: a.json：同一项目另有 a.docx、a.xlsx，只计一次",
        "gridbudget: a-自评表.xlsx：这是绩效自评表，不是申报书，未计入汇总",
    ]


@needs_libreoffice
@pytest.mark.slow
def test_summary_of_five_declarations_prints_on_one_landscape_page(folder: Path, tmp_path: Path) -> None:
    """It took 13 A4 pages before it had a print set-up; the indicator sheet follows on pages of its own."""
    out = tmp_path / "summary.xlsx"
    write_summary(check_files(_paths(folder), jobs=1), out)
    pdf = convert(out, "pdf", tmp_path / "print")
    first = pdf_tools.text(pdf, 1)
    assert "项目汇总表" in first and "合计" in first and "5个项目" in first and "6-table.csv" in first
    assert "全部指标" not in first and "全部指标" in pdf_tools.text(pdf, 2)
    assert "单位项目名称期间一级指标" in pdf_tools.text(pdf, 3)  # the heading row on every page
    assert set(pdf_tools.page_sizes(pdf)) == {"841.89 x 595.304 pts (A4)"}
