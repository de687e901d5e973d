"""A colleague's form read by its structure and the meaning of its words (issue 25, item 2): headings with a
year inside, a second name column, a value per part of the year, signs in words, 专项 labels, labels and values
set apart by spaces, template rows. Each form here is made up; none is a published one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.messages import render
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import goal_period, label_key, money_label
from gridbudget_gui.io.form.lexicon import header_role
from gridbudget_gui.io.form.matrix import has_matrix
from gridbudget_gui.io.form.report import separate_unread
from gridbudget_gui.io.formats import load_document


def _workbook(path: Path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def test_headings_are_read_by_their_words_a_year_inside_naming_no_role() -> None:
    assert header_role("预期2023年实现值") == "value"
    assert header_role("2022年实际完成值") == "actual"
    assert header_role("年度数值") == "value"
    assert [header_role(text) for text in ("一级", "二级", "三级")] == ["level1", "level2", "name"]
    assert header_role("数值") is None


def test_project_words_of_a_special_fund_form_are_the_projects() -> None:
    assert goal_period("专项长期绩效目标") == "mid_term"
    assert goal_period("专项年度绩效目标") == "annual"
    assert goal_period("项目绩效目标") is None  # a heading over 长期目标 | 年度目标, no goal of its own
    assert label_key("二级项目名称") == ("project.name", "元")
    assert label_key("补助资金（项目）名称") == ("project.name", "元")
    assert label_key("专项立项依据") == ("project.basis", "元")
    assert label_key("地方主管部门") == ("project.department", "元")
    assert label_key("主管预算部门") == ("project.department", "元")


def test_a_level_behind_a_period_word_names_the_column() -> None:
    assert money_label("其中：本年度省级财政资金") == ("provincial", "annual", "", "")
    assert money_label("计划安排资金（万元）") == ("total", None, "万元", "")


def test_a_description_column_and_a_value_per_part_of_the_year_are_one_matrix(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["专项资金绩效目标表（2024年）"],
        ["专项名称", "农村道路养护"],
        ["部门名称", "某县交通运输局"],
        ["专项年度绩效目标", "养护农村道路120公里"],
        ["一级指标", "二级指标", "三级指标", "指标内容", "半年指标值", "全年指标值"],
        ["产出指标", "数量指标", "养护里程", "全年养护农村公路里程", "≥60公里", "≥120公里"],
        [None, "质量指标", "养护合格率", "抽检合格的路段比例", "≥90%", "≥95%"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert document.goals.annual == "养护农村道路120公里"
    assert [(i.level2, i.name, i.value) for i in document.indicators.annual] == [
        ("数量指标", "养护里程", "≥120公里"),
        ("质量指标", "养护合格率", "≥95%"),
    ]
    assert document.indicators.mid_term == []


def test_signs_in_words_and_unfilled_template_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目支出绩效自评表（2024年度）"],
        ["项目名称", "档案数字化"],
        ["主管部门", "某市档案馆"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "年度指标值", "计量单位"],
        ["产出指标", "数量指标", "数字化卷数", "大于等于", "3000", "卷"],
        [None, "质量指标", "差错率", "小于等于", "1", "%"],
        [None, "时效指标", "指标"],
        [None, None, "时效"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert [(i.name, i.value) for i in document.indicators.annual] == [
        ("数字化卷数", "大于等于3000卷"),
        ("差错率", "小于等于1%"),
    ]


def test_labels_set_apart_by_spaces_and_values_cut_at_the_next_label(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["某区财政支出项目绩效自评报告"],
        ["项目名称        社区 养老"],
        ["单位名称：某区民政局 填报日期：2023年3月1日"],
        ["项目起止时间", "2022年1月至2022年12月"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "服务老人数", "≥500人"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert document.project.name == "社区 养老"
    assert document.unit.name == "某区民政局"
    assert document.year == 2022  # the term lies within one year and nothing else names one


def test_a_self_evaluation_with_no_opening_budget_reads_the_years_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目支出绩效自评表（2024年度）"],
        ["项目名称", "口岸业务"],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数"],
        [None, "年度资金总额", 0, 2.5, 2.5],
        [None, "其中：财政拨款", 0, 0.5, 0.5],
        [None, "其他资金", 0, 2, 2],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "巡查次数", "≥12次"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert document.funding.annual.total == Decimal("25000.00")
    assert document.funding.annual.other == Decimal("20000.00")


def test_a_bare_level_word_heads_a_matrix_only_among_its_headings() -> None:
    def grid(rows: list[list[str]]) -> Grid:
        cells = {(r, c): text for r, row in enumerate(rows, 1) for c, text in enumerate(row, 1) if text}
        return Grid("Sheet1", cells=dict(cells)).finish()

    assert has_matrix(grid([["一级", "二级", "三级", "年度数值"], ["产出值", "数量值", "就读人数", "<=6962人"]]))
    assert not has_matrix(grid([["项目名称", "档案数字化"], ["项目级次", "二级"]]))


def test_a_column_of_the_unit_then_its_project_names_both(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["2024年项目支出绩效目标表公开"],
        ["单位代码", "单位（专项）名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
        ["301002", "某县第二中学", "12.00"],
        ["301002", "校舍维修", "12.00", "产出指标", "数量指标", "维修面积", "≥800平方米"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert (document.unit.name, document.project.name) == ("某县第二中学", "校舍维修")


def test_local_money_of_no_stated_level_is_said_unread_and_never_the_forms_error(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["转移支付区域绩效目标自评表（2023年度）"],
        ["项目名称", "基层卫生补助"],
        ["项目资金（万元）", None, "全年预算数", "全年执行数"],
        [None, "年度资金总额", 100, 100],
        [None, "其中：中央补助", 40, 40],
        [None, "地方资金", 60, 60],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补助机构数", "≥20个"],
    ]
    loaded = load_document(_workbook(tmp_path / "form.xlsx", rows))
    annual = loaded.document.funding.annual
    assert (annual.total, annual.central, annual.county) == (Decimal("1000000.00"), Decimal("400000.00"), Decimal(0))
    unread = [render(note) for note in loaded.notes if note.rule == "file.unread"]
    assert unread == [
        "Sheet!C6：地方资金（原表没有写明省级、市级还是县级）未能从文件读出（GridBudget 没有读懂这一部分，不是原表的问题）"
    ]
    findings = separate_unread(loaded.notes, check_document(loaded.document))
    assert not [f for f in findings if f.rule == "funding.total-sources"]


def test_a_half_years_amount_column_is_no_factor_of_a_cost_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目支出绩效目标表（2024年度）"],
        ["项目名称", "公园运转"],
        ["支出", "半年计划执行数", "全年预算数"],
        ["公园运转经费", 0, 800000],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "开放天数", "≥300天"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert [(item.name, item.amount, item.factors) for item in document.cost_items] == [
        ("公园运转经费", Decimal("800000.00"), [])
    ]
