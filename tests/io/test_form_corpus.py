"""Colleagues' files as they circulate (issue 14): the corpus of tests/data/forms/corpus, each form in the
format it is sent in, read into the values it must give; and each pattern of the issue on its own."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.messages import render
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.form.fields import checked_option
from gridbudget_gui.io.form.lexicon import group_name
from gridbudget_gui.io.formats import load_document, sniff
from tests.conftest import FORMS
from tests.io.form_corpus import CORPUS, corpus_files, expected_of, score_file
from tests.work import calls_made

sys.path.insert(0, str(FORMS))
import make_forms

sys.path.remove(str(FORMS))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_every_form_of_the_corpus_reads_every_item(path: Path) -> None:
    score = score_file(path)
    assert score.misses == [], score.misses
    assert score.total >= 6


def test_the_corpus_is_what_the_generator_writes() -> None:
    written = {form.name: form.expected for form in [*make_forms.forms(), *make_forms.fresh_forms()]}
    assert sorted(written) == [p.name for p in corpus_files()]
    for name, expected in written.items():
        assert expected_of(CORPUS / name) == json.loads(json.dumps(expected)), name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("05-cost-columns.xls", "xls"),
        ("06-renamed-xlsx.xls", "xlsx"),
        ("13-online-system-gbk.xls", "html"),
        ("14-online-system-utf8.xls", "html"),
        ("15-spreadsheetml.xls", "spreadsheetml"),
        ("16-csv-named.xls", "csv"),
        ("17-county.ods", "ods"),
        ("18-word-declaration.docx", "docx"),
    ],
)
def test_each_format_is_recognised_by_content_and_opens(name: str, kind: str) -> None:
    assert sniff(CORPUS / name) == kind
    loaded = load_document(CORPUS / name)
    assert loaded.foreign and loaded.document.project.name


def test_pattern_1_funding_blocks_are_never_reported_as_zero() -> None:
    for name in ("01-caiyu88-wan4.xlsx", "02-town-zijin-goucheng.xlsx", "03-label-grid-one-cell-funding.xlsx"):
        document = load_document(CORPUS / name).document
        rules = {finding.rule for finding in check_document(document)}
        assert "funding.annual-empty" not in rules, name
        assert document.funding.annual.total > 0
    document = load_document(CORPUS / "01-caiyu88-wan4.xlsx").document
    assert document.funding.annual.total == Decimal("523456.00")  # 52.3456万元: four decimals, exact
    assert load_document(CORPUS / "04-cost-columns-854wan.xlsx").document.funding.annual.total == Decimal("8540000.00")


def test_pattern_2_cost_table_in_columns_keeps_factors_and_notes() -> None:
    items = load_document(CORPUS / "05-cost-columns.xls").document.cost_items
    assert [(str(f.value), f.unit) for f in items[0].factors] == [("20", "人"), ("3000", "元"), ("12", "")]
    assert items[0].note == "按月发放"
    assert items[3].is_lump_sum
    activities = load_document(CORPUS / "08-activities-wan.xlsx").document.cost_items
    assert [i.name for i in activities] == ["水质检测", "管网巡查", "设备维修"]  # 子活动 names the line


def test_pattern_3_a_declaration_over_five_sheets() -> None:
    document = load_document(CORPUS / "07-five-sheets.xlsx").document
    assert document.project.basis == ["《某市河道管理条例》", "《某区河长制实施方案》"]
    assert document.cost_total == Decimal("984000.00")


def test_pattern_4_a_neighbouring_label_is_not_a_value() -> None:
    document = load_document(CORPUS / "03-label-grid-one-cell-funding.xlsx").document
    assert document.project.manager.name == ""  # not 职务


def test_pattern_5_footnote_and_signature_are_not_indicators() -> None:
    loaded = load_document(CORPUS / "04-cost-columns-854wan.xlsx")
    assert [i.name for i in loaded.document.indicators.annual] == ["网格员人数", "案件处置率", "居民满意度"]
    assert loaded.document.signatures.preparer == "周丽"
    notes = [render(n) for n in loaded.notes if n.rule == "file.unplaced"]
    assert any("注：本表金额单位为元" in note for note in notes)  # said, not read


def test_pattern_6_system_columns_are_read_and_joined() -> None:
    indicator = load_document(CORPUS / "10-system-columns.xlsx").document.indicators.annual[1]
    assert (indicator.value, indicator.operator, indicator.unit, indicator.weight) == ("≥98%", "≥", "%", "20")
    assert (indicator.explanation, indicator.scoring) == ("亮灯数/总数", "每低1%扣2分")


def test_pattern_7_and_8_group_names_and_the_2021_scheme() -> None:
    assert group_name("经济效益\n指标") == "经济效益指标"
    assert group_name("环境效益") == "生态效益指标"
    assert load_document(CORPUS / "11-scheme-2021.xlsx").document.scheme == "2021"
    assert load_document(CORPUS / "12-label-variants.xlsx").document.scheme == "classic"


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ("新增项目□延续项目√", "延续项目"),
        ("新增项目√ 延续项目□", "新增项目"),
        ("□新增项目 ☑延续项目", "延续项目"),
        ("延续项目", "延续项目"),
        ("新增项目√延续项目√", "新增项目√延续项目√"),  # two ticks: kept as written, the clerk decides
    ],
)
def test_pattern_9_checkbox_values(text: str, option: str) -> None:
    assert checked_option(text) == option


def test_a_word_document_that_is_not_a_declaration_names_its_format(tmp_path: Path) -> None:
    form = make_forms.Form("x.docx", "docx", [make_forms.Sheet("表", [["姓名", "电话"], ["张三", "1"]])], {})
    path = tmp_path / "list.docx"
    make_forms.write_docx(form, path)
    with pytest.raises(DocumentError, match=r"Word 文档（\.docx），不是项目申报表"):
        load_document(path)


def test_a_ledger_of_projects_says_what_it_is_in_bounded_time(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>第{i}项</td><td>某局</td><td>{i}</td></tr>" for i in range(3000))
    page = tmp_path / "ledger.xls"
    page.write_text(
        f"<html><body><table><tr><td>项目名称</td><td>单位名称</td><td>金额</td></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    # Bounded by the work done, not the clock: about 1.1 million calls for 3,000 rows (a pass per row per
    # column would be nine million).
    assert calls_made(lambda: load_document(page)) < 3_000_000
    with pytest.raises(DocumentError, match="3000 个项目的台账"):
        load_document(page)


def test_a_blank_template_says_so(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        ["项目名称", None],
        ["单位名称", None],
        ["项目实施内容", None],
        ["一级指标", "二级指标", "三级指标", "指标值"],
    ):
        sheet.append(row)
    path = tmp_path / "blank.xlsx"
    workbook.save(path)
    with pytest.raises(DocumentError, match="空白模板"):
        load_document(path)


def test_spreadsheetml_with_a_dtd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xls"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>',
        encoding="utf-8",
    )
    with pytest.raises(DocumentError, match="不安全的 XML"):
        load_document(path)


def test_xlsx_form_with_funding_labels_in_one_column(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        ["项目名称", "示例"],
        ["单位名称", "某局"],
        ["项目实施内容", "内容"],
        ["资金总额（万元）", 12.5],
        ["其中：财政拨款（万元）", 10],
        ["其他资金（万元）", 2.5],
    ):
        sheet.append(row)
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    annual = load_document(path).document.funding.annual
    assert (annual.total, annual.county, annual.other) == (
        Decimal("125000.00"),
        Decimal("100000.00"),
        Decimal("25000.00"),
    )


def test_the_import_report_says_what_was_read_and_what_was_left_by_block() -> None:
    loaded = load_document(CORPUS / "07-five-sheets.xlsx")
    report = [render(n) for n in loaded.notes if n.rule == "file.read"]
    assert "工作表“支出明细”：读入 0 个栏目、0 项资金、2 行测算明细、0 行绩效指标" in report
    assert len(report) == 5  # one line per sheet
    assert render(next(n for n in loaded.notes if n.rule == "file.read"), "en").startswith("Sheet “基本信息”: 6 fields")


def test_unread_rows_next_to_each_other_are_one_note(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        ["项目名称", "示例"],
        ["单位名称", "某局"],
        ["项目实施内容", "内容"],
        [],
        ["审核意见"],
        ["同意", "张三"],
        ["2024-01-02"],
    ):
        sheet.append(row)
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    unplaced = [n for n in load_document(path).notes if n.rule == "file.unplaced"]
    assert [(n.path, n.variant) for n in unplaced] == [("Sheet!A5", "block")]
    assert render(unplaced[0]) == "Sheet!A5 至 Sheet!A7 的 4 个单元格（自“审核意见”起）未能对应到申报书的栏目，未读入"


def _word_form(
    tmp_path: Path,
    cost_rows: list[list[str]],
    fields: list[list[str]] | None = None,
    matrix: list[list[str]] | None = None,
) -> Path:
    """A colleague's Word declaration: fields, a cost table 序号 | 支出内容 | 测算依据 | 金额（元）, an indicator table."""
    indicators = matrix or [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "网格员人数", "158人"],
    ]
    sheets = [
        make_forms.Sheet("表1", fields or [["项目名称", "网格员保障"], ["单位名称", "某街道办事处"]]),
        make_forms.Sheet("表2", [["序号", "支出内容", "测算依据", "金额（元）"], *cost_rows]),
        make_forms.Sheet("表3", indicators),
    ]
    path = tmp_path / "form.docx"
    make_forms.write_docx(make_forms.Form("form.docx", "docx", sheets, {}), path)
    return path


def test_a_printed_breakdown_is_read_into_factors_only_when_it_gives_the_amount(tmp_path: Path) -> None:
    path = _word_form(
        tmp_path,
        [
            ["1", "工资", "１５８（45×4−22）人×2580元×11个月", "4484040"],
            ["2", "保险", "158人×400元/年", "60000"],  # 63,200 printed, 60,000 declared: the text stays text
            ["3", "宣传", "按实际发生结算", "8000"],
            ["4", "标志", "共", "80000"],
            ["合计", "", "", "4632040"],
        ],
    )
    loaded = load_document(path)
    wages, insurance, publicity, signs = loaded.document.cost_items
    assert [(f.value, f.unit, f.expression) for f in wages.factors] == [
        (Decimal(158), "人", "45*4-22"),
        (Decimal(2580), "元", ""),
        (Decimal(11), "个月", ""),
    ]
    assert [item.factors for item in (insurance, publicity, signs)] == [[], [], []]
    assert [item.amount for item in (insurance, publicity)] == [Decimal("60000.00"), Decimal("8000.00")]
    unplaced = " ".join(render(n) for n in loaded.notes if n.rule == "file.unplaced")
    assert "form!C7 至 form!C8 的 2 个单元格（自“158人×400元/年”起）" in unplaced  # 保险 and 宣传, not read
    assert "C5" not in unplaced and "C6" not in unplaced and "C9" not in unplaced


def test_the_targets_basis_kind_is_the_declarations_basis_unless_the_file_has_its_own(tmp_path: Path) -> None:
    rows = [["1", "工资", "10人×500元", "5000"], ["合计", "", "", "5000"]]
    fields = [["项目名称", "网格员保障"], ["单位概况", "街道办事处"], ["项目立项依据", "《区政府工作方案》"]]
    alone = load_document(_word_form(tmp_path, rows, fields)).document.project
    assert (alone.basis, alone.basis_kind) == (["《区政府工作方案》"], "")
    both = load_document(_word_form(tmp_path, rows, [*fields, ["立项依据", "《通知》"]])).document.project
    assert (both.basis, both.basis_kind) == (["《通知》"], "《区政府工作方案》")


def test_the_operator_column_is_joined_to_a_bare_figure_only(tmp_path: Path) -> None:
    matrix = [
        ["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"],
        ["产出指标", "数量指标", "维护路灯数", "≥", "3000", "盏"],
        ["产出指标", "数量指标", "覆盖社区", "≥", "45个", "人"],
        ["产出指标", "时效指标", "发放时间", "≥", "按月支付", ""],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥", "90%", "%"],
        ["产出指标", "质量指标", "亮灯率", "≥", "98", "%"],
    ]
    path = _word_form(tmp_path, [["1", "工资", "10人×500元", "5000"], ["合计", "", "", "5000"]], matrix=matrix)
    indicators = load_document(path).document.indicators.annual
    assert [(i.operator, i.value) for i in indicators] == [
        ("≥", "≥3000盏"),
        ("≥", "45个"),  # written with another unit than the column's: as written
        ("≥", "按月支付"),
        ("≥", "≥90%"),
        ("≥", "≥98%"),
    ]
