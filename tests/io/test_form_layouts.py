"""Layouts of published forms the reader had not met (issue 25, item 2, round 4): a label and its value in one
cell, a cost table whose planned column is blank beside the spent one, an indicator tree in one column, a value
heading over 符号 | value | 单位, and a 自评表's process rows beside its results. Each form here is made up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from gridbudget_gui.domain.findings import error
from gridbudget_gui.domain.place import Place
from gridbudget_gui.io.form.fields import checked_option
from gridbudget_gui.io.form.labels import money_label
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


def test_a_label_and_its_value_in_one_cell_and_the_spent_column_of_a_cost_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目名称 道路清扫费"],
        ["项目单位 某县环境卫生管理所"],
        ["项目名称 项目单位"],
        ["支出内容（经济科目）", "计划支出数", "实际支出数"],
        ["燃料费", None, 177.8],
        ["维修费", None, 10.62],
        ["支出合计", 200, 188.42],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "清扫面积", "≥100万平方米"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert document.project.name == "道路清扫费"
    assert document.unit.name == "某县环境卫生管理所"
    assert [item.name for item in document.cost_items] == ["燃料费", "维修费"]
    assert [item.amount > 0 for item in document.cost_items] == [True, True]


def test_an_indicator_tree_in_one_column_is_a_matrix(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["某中心2020年项目绩效目标批复表"],
        ["单位:元"],
        ["项目", "指标值", "绩效金额"],
        ["某市疾病预防控制中心"],
        ["疫苗采购", None, 3000000],
        ["产出指标"],
        ["成本指标(必填)"],
        ["按采购价提供", "100%"],
        ["数量指标(必填)"],
        ["疫苗使用率", "100%"],
        ["满意度指标"],
        ["服务对象满意度指标(必填)"],
        ["服务对象满意度", "95%"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert document.project.name == "疫苗采购"
    assert document.funding.annual.total == Decimal("3000000.00")
    assert [(i.level1, i.level2, i.name, i.value) for i in document.indicators.annual] == [
        ("产出指标", "成本指标", "按采购价提供", "100%"),
        ("产出指标", "数量指标", "疫苗使用率", "100%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "95%"),
    ]


def test_a_value_heading_over_sign_value_and_unit(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目名称", "高龄津贴"],
        ["一级指标", "二级指标", "三级指标", "预期指标值", None, None],
        [None, None, None, "符号", None, "单位(文字描述)"],
        ["产出指标", "质量指标", "覆盖率", ">=", 98, "%"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%"],
    ]
    merged = ("A2:A3", "B2:B3", "C2:C3", "D2:F2")
    document = load_document(_workbook(tmp_path / "form.xlsx", rows, merged)).document
    assert [i.value for i in document.indicators.annual] == [">=98%", "≥95%"]


def test_process_rows_beside_results_are_no_indicators_but_alone_they_are_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目名称", "初中公用经费"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["项目决策(10分)", "项目立项", "相关性", "—"],
        ["项目管理(25分)", "投入管理", "预算执行率", "—"],
        ["项目产出(30分)", "数量指标(10分)", "保障人数", "2370人"],
        ["项目效益(35分)", "社会效益指标", "办学条件", "改善"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert [i.name for i in document.indicators.annual] == ["保障人数", "办学条件"]
    result = load_document(_workbook(tmp_path / "process.xlsx", rows[:4]))
    assert [i.name for i in result.document.indicators.annual] == ["相关性", "预算执行率"]


def test_options_ticked_in_brackets_or_numbered() -> None:
    assert checked_option("经常性项目(√)一次性项目()") == "经常性项目"
    assert checked_option("1、持续性项目 ☑ 2、新增性项目 □") == "持续性项目"
    assert checked_option("1、持续性项目") == "1、持续性项目"  # nothing ticked: the text as written


def test_headings_over_the_departments_row_and_the_projects_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["部门预算项目绩效目标申报表（2023年度）"],
        ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["820-某镇部门", None, 8827620.53],
        ["820001-某镇人民政府", "村组干部报酬", 3309840, "按时发放报酬", "产出指标", "数量指标", "人数", "230人"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert document.project.name == "村组干部报酬"
    assert document.unit.name == "820001-某镇人民政府"
    assert document.goals.annual == "按时发放报酬"


def test_a_projects_total_told_by_its_words() -> None:
    assert money_label("项目预算金额（万元）") == ("total", None, "万元", "")
    assert money_label("项目申报总额") == ("total", None, "", "")


def test_process_rows_left_out_make_no_score_total_the_forms_error(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目名称", "初中公用经费"],
        ["一级指标", "二级指标", "三级指标", "分值", "指标值"],
        ["项目决策(10分)", "项目立项", "相关性", 25, "—"],
        ["项目产出(30分)", "数量指标", "保障人数", 40, "2370人"],
        ["项目效益(35分)", "社会效益指标", "办学条件", 35, "改善"],
    ]
    result = load_document(_workbook(tmp_path / "form.xlsx", rows))
    notes = [note for note in result.notes if note.rule == "file.unread" and note.variant == "process"]
    assert [note.where for note in notes] == [Place.indicator("annual")]
    weights = error("selfeval.weights-sum", Place.indicator("annual"), total=75)
    row = error("indicator.value-empty", Place.indicator("annual", 0, "value"), name="x")
    kept = separate_unread(result.notes, [weights, row])
    assert [finding.rule for finding in kept[-2:]] == ["file.unread-check", "indicator.value-empty"]


def test_a_years_goal_block_of_expected_and_achieved(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["单位名称", "某区市场监管分局"],
        ["年度目标完成情况", "预期目标", "目标实际完成情况"],
        [None, "目标1:完成抽检工作", "目标1:完成抽检148批次"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "抽检批次", "≥3"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows, ("A2:A3",))).document
    assert document.goals.annual == "目标1:完成抽检工作"


def test_an_evaluation_forms_planned_funding_by_level() -> None:
    assert money_label("计划投资额(万元)") == ("total", None, "万元", "")
    assert money_label("其中:市县财政") == ("county", None, "", "")
    assert money_label("省财政预算") == ("provincial", None, "", "")


def test_a_name_broken_by_its_cells_width_is_one_name(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目名称", "网球公开赛"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "可持续影响指标", "打造国际网球\n公开赛品牌", "影响可持续"],
    ]
    document = load_document(_workbook(tmp_path / "form.xlsx", rows)).document
    assert [i.name for i in document.indicators.annual] == ["打造国际网球公开赛品牌"]
