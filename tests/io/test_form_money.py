"""A colleague's money read as the form means it (issue 25): 上级 money never taken for the district's own, and a
cost table whose unit nothing states read in the unit the form's own figures show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from gridbudget_gui.domain.checker import check_document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.messages import render
from gridbudget_gui.io.form.report import separate_unread
from gridbudget_gui.io.formats import load_document


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _funding_form(path: Path, breakdown: str) -> Path:
    return _workbook(
        path,
        [
            ["项目绩效目标表（2021年度）"],
            ["项目名称", "镇域内基础设施建设"],
            ["资金总额及构成", "总额", "100万元", breakdown],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造道路", "≥12公里"],
        ],
    )


def test_upper_level_money_is_in_no_source_and_the_districts_own_is_what_the_form_says(tmp_path: Path) -> None:
    breakdown = "财政拨款：60万元（其中：上级财政资金：20万元；本级财政：40万元）\n二、自有资金：40万元"
    loaded = load_document(_funding_form(tmp_path / "form.xlsx", breakdown))
    annual = loaded.document.funding.annual
    assert (annual.total, annual.county, annual.other) == (Decimal("1000000.00"), Decimal("400000.00"), 400000)
    assert annual.central == annual.provincial == annual.municipal == 0
    upper = [note for note in loaded.notes if note.rule == "file.unread"]
    assert [render(note) for note in upper] == [
        "Sheet!D3：其中上级财政资金 200,000.00 元，原表没有写明来自中央、省级还是市级财政，"
        "本程序的资金来源表没有“上级”一栏，未计入任何来源（总投入照原表读入）"
    ]
    findings = separate_unread(loaded.notes, check_document(loaded.document))
    # 总投入 100万 ≠ 本级 40万 + 自有 40万: the 上级 20万 has no column, which is no fault of the form
    assert not [f for f in findings if f.rule == "funding.total-sources"]
    moved = [f for f in findings if f.rule == "file.unread-check"]
    assert [f.severity for f in moved if "总投入" in render(f)] == [Severity.INFO]


def test_all_upper_level_money_leaves_the_districts_own_column_empty(tmp_path: Path) -> None:
    """宁乡市坝塘镇's form: 财政拨款：6923.3552万元(其中：上级财政资金：6923.3552万元；本级财政：0万元)."""
    breakdown = "财政拨款：60万元（其中：上级财政资金：60万元）"
    annual = load_document(_funding_form(tmp_path / "form.xlsx", breakdown)).document.funding.annual
    assert (annual.total, annual.county) == (Decimal("1000000.00"), 0)


def test_a_part_of_the_districts_money_that_names_no_level_stays_the_districts_own(tmp_path: Path) -> None:
    breakdown = "财政拨款：60万元（其中：一般公共预算：50万元）"
    loaded = load_document(_funding_form(tmp_path / "form.xlsx", breakdown))
    assert loaded.document.funding.annual.county == Decimal("600000.00")
    assert not [note for note in loaded.notes if note.rule == "file.unread"]


def test_an_amount_labelled_upper_level_money_is_in_no_source(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["项目名称", "镇域内基础设施建设"],
            ["年度资金总额（万元）", 100],
            ["其中：上级补助资金（万元）", 70],
            ["其中：本级财政（万元）", 30],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造道路", "≥12公里"],
        ],
    )
    loaded = load_document(path)
    annual = loaded.document.funding.annual
    assert (annual.total, annual.county, annual.municipal) == (Decimal("1000000.00"), Decimal("300000.00"), 0)
    assert [note.rule for note in loaded.notes if "上级" in render(note)] == ["file.unread"]


def _cost_form(path: Path, funding: list[list[object]], lines: list[list[object]]) -> Path:
    return _workbook(
        path,
        [
            *funding,
            ["项目名称", "办公大楼运行保障"],
            ["立项依据", "市机关事务服务中心三定方案"],
            ["项目预算成本构成", "金额", "测算依据"],
            *lines,
            ["合计"],
            ["一级指标", "二级指标", "三级指标", "当年预期实现值"],
            ["产出指标", "数量指标", "维修维护次数", "≥280次"],
        ],
    )


SERVICES = [
    ["保安服务费", 191, "依据招标文件"],
    ["保洁服务费", 99, "依据招标文件"],
    ["水电气、维修维护费", 524, "据实"],
]
"""鄂州市滨湖's 2022 cost table: 191 / 99 / 524 under 金额, with no unit stated anywhere."""


def _amounts_and_note(path: Path) -> tuple[list[str], list[str]]:
    loaded = load_document(path)
    notes = [render(note) for note in loaded.notes if note.rule == "file.guessed" and "“金额”" in render(note)]
    return [str(item.amount) for item in loaded.document.cost_items], notes


def test_a_cost_table_whose_total_in_yuan_is_no_projects_budget_is_read_in_wan(tmp_path: Path) -> None:
    amounts, notes = _amounts_and_note(_cost_form(tmp_path / "form.xlsx", [], SERVICES))
    assert amounts == ["1910000.00", "990000.00", "5240000.00"]
    assert notes == [
        "Sheet!B3：原表没有写明金额单位，“金额”的金额按万元读入（按元读，各行合计不足一万元，不像一个项目的预算）"
    ]


@pytest.mark.parametrize(
    ("funding", "lines", "amounts", "note"),
    [
        (  # the funding's total is the lines' total read in 万元
            [["年度资金总额", "814万元"]],
            SERVICES,
            ["1910000.00", "990000.00", "5240000.00"],
            "“金额”的金额按万元读入（各行合计按万元与资金总额相符）",
        ),
        (  # the funding's total is the lines' total read in 元
            [["年度资金总额", 8140000]],
            [["保安服务费", 1910000], ["保洁服务费", 990000], ["水电气、维修维护费", 5240000]],
            ["1910000.00", "990000.00", "5240000.00"],
            "“金额”的金额按元读入",
        ),
        (  # a form that writes its funding in 万元, the lines within it
            [["年度资金总额（万元）", 1000]],
            SERVICES,
            ["1910000.00", "990000.00", "5240000.00"],
            "“金额”的金额按万元读入（原表的资金以万元填写）",
        ),
        (  # the funding in 万元, but the lines in 万元 would be a hundred times more: 元
            [["年度资金总额（万元）", 100]],
            [["保安服务费", 191000], ["保洁服务费", 99000], ["水电气、维修维护费", 524000]],
            ["191000.00", "99000.00", "524000.00"],
            "“金额”的金额按元读入",
        ),
        (  # no funding, a total of 100,000 元 or more is a budget in 元
            [],
            [["保安服务费", 19100], ["保洁服务费", 9900]],
            ["19100.00", "9900.00"],
            "“金额”的金额按元读入",
        ),
    ],
)
def test_a_cost_tables_unstated_unit_is_told_by_the_forms_own_figures(
    tmp_path: Path, funding: list[list[object]], lines: list[list[object]], amounts: list[str], note: str
) -> None:
    read, notes = _amounts_and_note(_cost_form(tmp_path / "form.xlsx", funding, lines))
    assert read == amounts
    assert [text.split("：", 1)[1] for text in notes] == ["原表没有写明金额单位，" + note]


def test_lines_whose_factors_multiply_to_their_amounts_are_in_yuan_however_small(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["项目名称", "社区宣传"],
            ["支出内容", "数量", "单价", "金额"],
            ["宣传册", 100, 20, 2000],
            ["横幅", 10, 150, 1500],
            ["合计", None, None, 3500],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "宣传册", "≥100册"],
        ],
    )
    assert [str(item.amount) for item in load_document(path).document.cost_items] == ["2000.00", "1500.00"]


def _appropriation_form(path: Path, name: str, unit: str) -> Path:
    return _workbook(
        path,
        [
            ["项目支出绩效目标表"],
            ["项目名称", name],
            ["实施单位", unit],
            ["项目资金（万元）", "年度资金总额", 20],
            [None, "其中：财政拨款", 20],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "补助村数", "8个"],
        ],
    )


@pytest.mark.parametrize(
    ("name", "unit", "county"),
    [
        ("村级组织运转经费", "某县某镇人民政府", Decimal("200000.00")),
        ("村级组织运转经费", "某市民政局", Decimal("200000.00")),  # a city body's own budget, as 湘潭's
        ("省级农村综合改革转移支付资金", "某县财政局", Decimal(0)),  # the name says whose money it is
        ("学校体育设施开放", "自治区教育厅", Decimal(0)),  # a province's body: not a district's column
    ],
)
def test_an_appropriation_is_the_districts_unless_the_form_says_it_comes_from_above(
    tmp_path: Path, name: str, unit: str, county: Decimal
) -> None:
    loaded = load_document(_appropriation_form(tmp_path / "form.xlsx", name, unit))
    funding = loaded.document.funding.annual
    assert funding.total == Decimal("200000.00")
    assert funding.county == county
    unread = [note for note in loaded.notes if note.rule == "file.unread" and note.variant == "level"]
    assert len(unread) == (0 if county else 1)
    for note in unread:
        assert "未计入任何来源" in render(note)


def test_sources_down_and_years_across_give_the_years_funding_and_cost_lines(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["项目支出预算绩效目标申报表（2022年度）"],
            [None, "项目名称", "公用经费"],
            [None, "主管部门", "某县教育局"],
            [None, "项目概况", "每生每年补助500元"],
            ["项目资金情况", "项目资金申请（万元）", "项 目", "上年度安排资金", "本年度申请资金"],
            [None, None, "合 计", 213.4, 259],
            [None, None, "市级资金"],
            [None, None, "县级资金", 213.4, 259],
            [None, "支出明细预算（万元）", "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
            [None, None, "合 计", 213.4, 259],
            [None, None, "1、生均经费", 200, 240],
            [None, None, "2、其他", 13.4, 19],
            [None, None, "3"],
        ],
    )
    document = load_document(path).document
    assert document.funding.annual.total == Decimal("2590000.00")
    assert document.funding.annual.county == Decimal("2590000.00")
    assert not document.funding.annual.other
    assert [(item.name, str(item.amount), item.factors) for item in document.cost_items] == [
        ("生均经费", "2400000.00", []),
        ("其他", "190000.00", []),
    ]


def test_a_list_of_names_and_amounts_beside_a_cost_label_gives_the_lines(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["预算单位", "某街道办事处", "项目名称", "市政日常维护经费", "项目申报金额（万元）", 2243.02],
            ["项目概况", "维护老集镇1个，标准5万元/年；背街小巷市政设施维护80万元"],
            ["项目支出明细", "维修（护）费19980200元；委托业务费2450000元"],
        ],
    )
    document = load_document(path).document
    assert document.funding.annual.total == Decimal("22430200.00")
    assert [(item.name, str(item.amount)) for item in document.cost_items] == [
        ("维修（护）费", "19980200.00"),
        ("委托业务费", "2450000.00"),
    ]  # 项目概况's prose with amounts in it is no list of lines


def test_money_of_a_named_level_goes_to_its_column(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["区域绩效目标表"],
            ["资金名称", "生猪调出大县奖励资金"],
            ["省级主管部门", "某市农业农村委员会"],
            ["区县主管部门", "某县农业农村委员会"],
            ["下达中央预算内投资(万元)", 2350],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "猪肉产量稳定率", "≥95%"],
        ],
    )
    document = load_document(path).document
    assert document.project.name == "生猪调出大县奖励资金"
    assert document.project.department == "某县农业农村委员会"  # the form's own, not the level above's
    assert document.funding.annual.total == document.funding.annual.central == Decimal("23500000.00")


def test_an_appropriation_that_names_its_level_in_its_text(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["项目名称", "养殖场基础设施建设", "实施单位", "某县民族事务委员会"],
            ["资金情况 （万元）", "年度资金总额：50万"],
            [None, "其中：财政拨款", "中央衔接推进乡村振兴补助资金（少数民族发展任务）50"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "新建养殖场", "≥1个"],
        ],
    )
    funding = load_document(path).document.funding.annual
    assert funding.central == Decimal("500000.00")
    assert not funding.county


def test_an_appropriation_row_of_a_funding_table_on_its_side_is_the_districts(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "form.xlsx",
        [
            ["项目名称", "公用经费", "实施单位", "某县教育局"],
            ["项目概况", "每生每年补助500元"],
            ["项目资金（万元）", "项 目", "上年度安排资金", "本年度申请资金"],
            [None, "合 计", 200, 259],
            [None, "财政拨款", 200, 250],
            [None, "自有资金", None, 9],
        ],
    )
    funding = load_document(path).document.funding.annual
    assert (funding.total, funding.county, funding.other) == (
        Decimal("2590000.00"),
        Decimal("2500000.00"),
        Decimal("90000.00"),
    )
