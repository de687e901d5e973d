"""Write the corpus of colleagues' forms (tests/data/forms/corpus/): layouts made after published forms.

Each form is written in the format colleagues send it in (xlsx, an old .xls, a renamed .xls, an online system's
HTML "xls" in GBK or UTF-8, SpreadsheetML 2003, CSV named .xls, ODS, a Word .docx, an .xlsb) together with
``NAME.expected.json``: the fields, funding, cost lines and indicator rows it must give. The layouts reproduce the
structure of published templates (财预〔2021〕88号's 项目支出绩效目标申报表, county and town 绩效目标申报表, the
一体化 systems' exports, 测算明细 tables); every value is invented for this project.

Run from the repository root: ``PYTHONPATH=. python tests/data/forms/make_forms.py`` (the .xls and .ods need
LibreOffice; the .xlsb is written by tests/io/xlsb_writer.py).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

from tests.io.xlsb_writer import from_xlsx

OUT = Path(__file__).resolve().parent / "corpus"
Row = list[object]


@dataclass
class Sheet:
    """One sheet: rows of values (None is an empty cell) and merged blocks as A1 ranges."""

    title: str
    rows: list[Row]
    merges: list[str] = field(default_factory=list)


@dataclass
class Form:
    """One file of the corpus and what reading it must give."""

    name: str
    fmt: str  # xlsx, xls (real), xls-renamed, html-gbk, html-utf8, spreadsheetml, csv, ods, docx, xlsb
    sheets: list[Sheet]
    expected: dict[str, object]
    paragraphs: list[str] = field(default_factory=list)  # docx: text before the tables


def matrix_line(level1: str, level2: str, name: str, value: str) -> list[str]:
    """One expected indicator row: 一级, 二级, 三级, 指标值."""
    return [level1, level2, name, value]


def cells(*values: object) -> list[object]:
    """One row of a sheet, its cells as written (None for an empty one)."""
    return list(values)


def matrix_rows(rows: list[tuple[str, str, str, str]], first_label: str = "") -> list[Row]:
    """Indicator rows 一级/二级/三级/指标值 under a label column, the level-1 cell only where it changes."""
    out: list[Row] = []
    previous = ""
    for level1, level2, name, value in rows:
        out.append([first_label if not out else None, level1 if level1 != previous else None, level2, name, value])
        previous = level1
    return out


CLASSIC = [
    ("产出指标", "数量指标", "培训人次", "≥300人次"),
    ("产出指标", "质量指标", "培训合格率", "≥95%"),
    ("产出指标", "时效指标", "完成时间", "2022年12月底前"),
    ("产出指标", "成本指标", "人均培训成本", "≤500元"),
    ("效益指标", "社会效益指标", "群众安全意识提升", "明显提升"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
]


def indicators(rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
    """The expected rows as lists."""
    return [list(r) for r in rows]


def forms() -> list[Form]:
    """Every form of the corpus."""
    result: list[Form] = []

    # 1. 财预〔2021〕88号 项目支出绩效目标申报表: the funding block in 万元 with 4 decimals, 中期/年度 halves,
    #    a checkbox attribute, 项目负责人及电话, 中期目标（2020年-2022年）.
    rows88: list[Row] = [
        ["项目支出绩效目标申报表"],
        ["（2022年度）"],
        ["项目名称", "社区安全生产培训", None, "主管部门及代码", "[301]某区应急管理局"],
        ["实施单位", "某区应急管理局", None, "项目属性", "新增项目□延续项目√"],
        ["项目期", "3年", None, "项目负责人及电话", "赵敏 0871-65550123"],
        ["项目资金（万元）", "中期资金总额：", 150, "年度资金总额：", 52.3456],
        [None, "其中：财政拨款", 150, "其中：财政拨款", 52.3456],
        [None, "其他资金", 0, "其他资金", 0],
        ["总体目标", "中期目标（2020年-2022年）", None, "年度目标", None],
        [None, "三年内覆盖全区各社区，提高群众安全意识。", None, "完成300人次培训。", None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ]
    for index, (l1, l2, name, value) in enumerate(CLASSIC):
        rows88.append([None, l1 if index in (0, 4, 5) else None, l2, name, value, l2, name, value])
    result.append(
        Form(
            "01-caiyu88-wan4.xlsx",
            "xlsx",
            [Sheet("绩效目标申报表", rows88, ["A6:A8", "A9:A10", "B9:C9", "B10:C10", "A11:A17"])],
            {
                "fields": {
                    "year": 2022,
                    "project.name": "社区安全生产培训",
                    "project.department": "[301]某区应急管理局",
                    "unit.name": "某区应急管理局",
                    "project.attribute": "延续项目",
                    "project.term": "3年",
                    "project.manager.name": "赵敏",
                    "project.manager.phone": "0871-65550123",
                    "goals.mid_term": "三年内覆盖全区各社区，提高群众安全意识。",
                    "goals.annual": "完成300人次培训。",
                },
                "funding": {
                    "mid_term.total": "1500000.00",
                    "mid_term.county": "1500000.00",
                    "annual.total": "523456.00",
                    "annual.county": "523456.00",
                },
                "indicators": {"mid_term": indicators(CLASSIC), "annual": indicators(CLASSIC)},
            },
        )
    )

    # 2. A town's 项目绩效目标表: 资金总额及构成 as one text, 长期/年度 tables with 指标内容 and 备注, a signature line.
    town_rows: list[Row] = [
        ["项目绩效目标表（2021年度）"],
        ["填报单位（盖章）：某镇人民政府"],
        ["项目名称", "镇域道路提质改造", "项目属性", "新增项目□延续项目√"],
        ["主管部门", "某镇人民政府", "项目单位", "某镇人民政府"],
        ["项目负责人", "蒋明", "联系电话", "0731-8888001"],
        ["资金总额及构成", "总额106.7522万元，财政拨款：69.2355万元，其他：37.5167万元", None, None],
        ["项目绩效目标", "长期目标", "年度目标", None],
        [None, "改善镇域道路条件。", "完成12公里道路提质。", None],
        ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [None, "产出指标", "数量指标", "提质道路里程", "≥30公里", "三年合计"],
        [None, None, "质量指标", "验收合格率", "100%", None],
        [None, "效益指标", "社会效益指标", "群众出行条件", "明显改善", None],
        [None, "满意度指标", "社会公众或服务对象满意度指标", "沿线群众满意度", "≥90%", None],
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [None, "产出指标", "数量指标", "提质道路里程", "≥12公里", None],
        [None, None, "时效指标", "完工时间", "2021年11月底前", None],
        [None, "效益指标", "可持续影响指标", "道路使用年限", "≥10年", None],
        [None, "满意度指标", "社会公众或服务对象满意度指标", "沿线群众满意度", "≥90%", None],
        ["填报人：李芳        单位负责人：王强        填报日期：2021年1月5日"],
    ]
    result.append(
        Form(
            "02-town-zijin-goucheng.xlsx",
            "xlsx",
            [Sheet("Sheet1", town_rows, ["A1:F1", "A9:A13", "A14:A18", "A19:F19", "B6:D6"])],
            {
                "fields": {
                    "year": 2021,
                    "project.name": "镇域道路提质改造",
                    "project.attribute": "延续项目",
                    "project.department": "某镇人民政府",
                    "unit.name": "某镇人民政府",
                    "project.manager.name": "蒋明",
                    "project.manager.phone": "0731-8888001",
                    "goals.mid_term": "改善镇域道路条件。",
                    "goals.annual": "完成12公里道路提质。",
                    "signatures.preparer": "李芳",
                    "signatures.unit_head": "王强",
                    "signatures.date": "2021-01-05",
                },
                "funding": {"annual.total": "1067522.00", "annual.county": "692355.00", "annual.other": "375167.00"},
                "indicators": {
                    "mid_term": [
                        ["产出指标", "数量指标", "提质道路里程", "≥30公里"],
                        ["产出指标", "质量指标", "验收合格率", "100%"],
                        ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
                        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
                    ],
                    "annual": [
                        ["产出指标", "数量指标", "提质道路里程", "≥12公里"],
                        ["产出指标", "时效指标", "完工时间", "2021年11月底前"],
                        ["效益指标", "可持续影响指标", "道路使用年限", "≥10年"],
                        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
                    ],
                },
            },
        )
    )

    # 25. The same town form saved as an Excel binary workbook (.xlsb), its merged blocks kept.
    result.append(Form("25-binary-town.xlsb", "xlsb", result[-1].sheets, result[-1].expected))

    # 3. A two-column label grid with empty values beside neighbouring labels; 中期资金总额：150 in one cell.
    grid_rows: list[Row] = [
        ["2023年项目支出绩效目标表"],
        ["项目名称", "老旧小区消防设施更新", "项目代码", None],
        ["项目负责人", None, "职务", None],
        ["开始时间", None, "最新批复年份", None],
        ["实施单位", "某区住房和城乡建设局", "联系电话", "13900001111"],
        ["资金情况（万元）", "中期资金总额：150", "年度资金总额：60", None],
        ["年度目标", "完成20个小区消防设施更新。", None, None],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "更新小区数", "20个"],
        [None, "质量指标", "设施验收合格率", "100%"],
        ["效益指标", "社会效益指标", "火灾隐患整改率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]
    result.append(
        Form(
            "03-label-grid-one-cell-funding.xlsx",
            "xlsx",
            [Sheet("绩效目标表", grid_rows)],
            {
                "fields": {
                    "year": 2023,
                    "project.name": "老旧小区消防设施更新",
                    "project.manager.name": "",
                    "unit.name": "某区住房和城乡建设局",
                    "unit.phone": "13900001111",
                    "goals.annual": "完成20个小区消防设施更新。",
                },
                "funding": {"mid_term.total": "1500000.00", "annual.total": "600000.00"},
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "更新小区数", "20个"],
                        ["产出指标", "质量指标", "设施验收合格率", "100%"],
                        ["效益指标", "社会效益指标", "火灾隐患整改率", "≥95%"],
                        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
                    ]
                },
            },
        )
    )

    # 4. 申报书 with `854万(区级财政)`, a cost table in columns (序号|测算项目|人数/数量|单位|标准（元）|月数|金额（元）|备注),
    #    and a footnote and signature line under the indicator matrix.
    cost_header = ["序号", "测算项目", "人数/数量", "单位", "标准（元）", "月数", "金额（元）", "备注"]
    cost_rows: list[Row] = [
        [1, "网格员工资", 20, "人", 3000, 12, 720000, "按月发放"],
        [2, "网格员社保", 20, "人", 1000, 12, 240000, None],
        [3, "培训费", 40, "人次", 450, None, 18000, None],
        [4, "办公耗材", None, None, None, None, 12000, "据实结算"],
        ["合计", None, None, None, None, None, 990000, None],
    ]
    decl_rows: list[Row] = [
        ["2022年度项目申报书"],
        ["项目名称", "社区网格化服务经费"],
        ["单位名称", "某街道办事处"],
        ["统一社会信用代码", "11530121015123456X"],
        ["项目实施内容", "聘用网格员开展网格化服务。"],
        ["资金安排情况", "854万(区级财政)"],
        ["项目测算明细"],
        cost_header,
        *cost_rows,
        [],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "网格员人数", "20人"],
        [None, "质量指标", "案件处置率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
        ["注：本表金额单位为元，指标值请填写可量化的数值。"],
        ["单位负责人：陈刚    填报人：周丽    填报日期：2022-01-10"],
    ]
    expected4 = {
        "fields": {
            "year": 2022,
            "project.name": "社区网格化服务经费",
            "unit.name": "某街道办事处",
            "unit.code": "11530121015123456X",
            "signatures.unit_head": "陈刚",
            "signatures.preparer": "周丽",
            "signatures.date": "2022-01-10",
        },
        "funding": {"annual.total": "8540000.00"},
        "costs": [
            ["网格员工资", "720000.00"],
            ["网格员社保", "240000.00"],
            ["培训费", "18000.00"],
            ["办公耗材", "12000.00"],
        ],
        "indicators": {
            "annual": [
                ["产出指标", "数量指标", "网格员人数", "20人"],
                ["产出指标", "质量指标", "案件处置率", "≥95%"],
                ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
            ]
        },
    }
    result.append(
        Form("04-cost-columns-854wan.xlsx", "xlsx", [Sheet("申报书", decl_rows, ["A19:D19", "A20:D20"])], expected4)
    )
    # 11/12. The same form as an old .xls (LibreOffice) and as an xlsx renamed .xls.
    result.append(Form("05-cost-columns.xls", "xls", [Sheet("申报书", decl_rows, ["A19:D19", "A20:D20"])], expected4))
    result.append(
        Form("06-renamed-xlsx.xls", "xls-renamed", [Sheet("申报书", decl_rows, ["A19:D19", "A20:D20"])], expected4)
    )

    # 5. A declaration over five sheets: 基本信息 / 立项依据 / 实施方案 / 支出明细 / 绩效目标.
    result.append(
        Form(
            "07-five-sheets.xlsx",
            "xlsx",
            [
                Sheet(
                    "基本信息",
                    [
                        ["项目基本信息"],
                        ["项目名称", "河道保洁服务"],
                        ["申报单位", "某区水务局"],
                        ["组织机构代码", "11530100MB0000001A"],
                        ["单位地址", "某区滇池路1号"],
                        ["联系电话", "0871-63330000"],
                        ["预算年度", "2024"],
                    ],
                ),
                Sheet("立项依据", [["项目支出立项依据"], ["《某市河道管理条例》；《某区河长制实施方案》"]], ["A2:D2"]),
                Sheet(
                    "实施方案", [["项目实施内容"], ["对辖区12条河道开展日常保洁。"], ["项目实施计划", "全年分季度实施"]]
                ),
                Sheet(
                    "支出明细",
                    [
                        ["支出明细", "数量", "单位", "单价（元）", "金额（元）"],
                        ["保洁人员劳务", 24, "人", 36000, 864000],
                        ["保洁船只租赁", 2, "艘", 60000, 120000],
                        ["小计", None, None, None, 984000],
                    ],
                ),
                Sheet(
                    "绩效目标",
                    [
                        ["年度总体目标", "全年河道保洁覆盖率100%。"],
                        ["一级指标", "二级指标", "三级指标", "指标值"],
                        ["产出指标", "数量指标", "保洁河道条数", "12条"],
                        [None, "时效指标", "保洁频次", "每日一次"],
                        ["效益指标", "生态效益指标", "河道水质", "稳定达标"],
                        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"],
                    ],
                ),
            ],
            {
                "fields": {
                    "year": 2024,
                    "project.name": "河道保洁服务",
                    "unit.name": "某区水务局",
                    "unit.code": "11530100MB0000001A",
                    "unit.address": "某区滇池路1号",
                    "unit.phone": "0871-63330000",
                    "project.basis": ["《某市河道管理条例》", "《某区河长制实施方案》"],
                    "project.content": "对辖区12条河道开展日常保洁。",
                    "project.schedule": "全年分季度实施",
                    "goals.annual": "全年河道保洁覆盖率100%。",
                },
                "costs": [["保洁人员劳务", "864000.00"], ["保洁船只租赁", "120000.00"]],
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "保洁河道条数", "12条"],
                        ["产出指标", "时效指标", "保洁频次", "每日一次"],
                        ["效益指标", "生态效益指标", "河道水质", "稳定达标"],
                        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"],
                    ]
                },
            },
        )
    )

    # 6. 项目活动/子活动/数量/价格/支出计划（万元） on a sheet of its own, beside a 申报书 sheet.
    result.append(
        Form(
            "08-activities-wan.xlsx",
            "xlsx",
            [
                Sheet(
                    "项目申报书",
                    [
                        ["项目名称", "农村饮水安全巡检"],
                        ["单位名称", "某区农业农村局"],
                        ["项目实施内容", "对农村供水工程开展巡检维护。"],
                        ["年度", "2022"],
                    ],
                ),
                Sheet(
                    "测算",
                    [
                        ["项目活动", "子活动", "数量", "价格", "支出计划（万元）"],
                        ["巡检", "水质检测", 120, 0.05, 6],
                        [None, "管网巡查", 12, 0.5, 6],
                        ["维护", "设备维修", 10, 1.2, 12],
                        ["合计", None, None, None, 24],
                    ],
                ),
            ],
            {
                "fields": {
                    "year": 2022,
                    "project.name": "农村饮水安全巡检",
                    "unit.name": "某区农业农村局",
                    "project.content": "对农村供水工程开展巡检维护。",
                },
                "costs": [["水质检测", "60000.00"], ["管网巡查", "60000.00"], ["设备维修", "120000.00"]],
            },
        )
    )

    # 7. 活动 | 经济分类科目 | 支出金额[元].
    result.append(
        Form(
            "09-economic-class.xlsx",
            "xlsx",
            [
                Sheet(
                    "申报表",
                    [
                        ["项目名称", "图书馆数字资源采购"],
                        ["申报单位", "某区图书馆"],
                        ["申报年度", "2023年"],
                        ["项目实施内容", "采购数字资源并开展阅读推广。"],
                        [],
                        ["活动", "经济分类科目", "支出金额[元]"],
                        ["数字资源采购", "30299其他商品和服务支出", 150000],
                        ["阅读推广活动", "30211差旅费", 20000],
                        ["合计", None, 170000],
                    ],
                )
            ],
            {
                "fields": {
                    "year": 2023,
                    "project.name": "图书馆数字资源采购",
                    "unit.name": "某区图书馆",
                    "project.content": "采购数字资源并开展阅读推广。",
                },
                "costs": [["数字资源采购", "150000.00"], ["阅读推广活动", "20000.00"]],
            },
        )
    )

    # 8. An 一体化 system's export: 计算符号, 指标值, 计量单位, 指标解释, 评（扣）分标准, 权重, 备注; labels with line breaks.
    system_rows: list[Row] = [
        ["项目绩效目标表"],
        ["项目名称", "城市照明设施维护", "项目代码", "530121-2023-0012"],
        ["主管部门", "某区城市管理局", "实施单位", "某区路灯管理所"],
        ["项目负责人", "钱伟", "联系电话", "13700002222"],
        ["年度资金总额（万元）", 85.5, "其中：财政拨款（万元）", 85.5],
        ["年度\n目标", "路灯亮灯率保持在98%以上。", None, None],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "计算符号",
            "指标值",
            "计量单位",
            "指标解释",
            "评（扣）分标准",
            "权重",
            "备注",
        ],
        ["产出指标", "数量指标", "维护路灯数", "≥", 3000, "盏", "年度维护数量", "完成得满分", 20, None],
        [None, "质量指标", "亮灯率", "≥", 98, "%", "亮灯数/总数", "每低1%扣2分", 20, None],
        [None, "时效指标", "故障修复时限", "≤", 48, "小时", None, None, 10, None],
        ["效益指标", "社会效益\n指标", "夜间出行安全", "定性", "有效保障", None, None, None, 20, None],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥", 90, "%", None, None, 10, "问卷调查"],
    ]
    system_indicators = [
        {"level1": "产出指标", "level2": "数量指标", "name": "维护路灯数", "value": "≥3000盏", "operator": "≥",
         "unit": "盏", "explanation": "年度维护数量", "scoring": "完成得满分", "weight": "20"},
        {"level1": "产出指标", "level2": "质量指标", "name": "亮灯率", "value": "≥98%", "operator": "≥", "unit": "%",
         "explanation": "亮灯数/总数", "scoring": "每低1%扣2分", "weight": "20"},
        {"level1": "产出指标", "level2": "时效指标", "name": "故障修复时限", "value": "≤48小时", "operator": "≤",
         "unit": "小时", "weight": "10"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "夜间出行安全", "value": "有效保障",
         "operator": "定性", "weight": "20"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "市民满意度", "value": "≥90%",
         "operator": "≥", "unit": "%", "weight": "10", "note": "问卷调查"},
    ]  # fmt: skip
    result.append(
        Form(
            "10-system-columns.xlsx",
            "xlsx",
            [Sheet("绩效目标", system_rows)],
            {
                "fields": {
                    "project.name": "城市照明设施维护",
                    "project.department": "某区城市管理局",
                    "unit.name": "某区路灯管理所",
                    "project.manager.name": "钱伟",
                    "project.manager.phone": "13700002222",
                    "goals.annual": "路灯亮灯率保持在98%以上。",
                },
                "funding": {"annual.total": "855000.00", "annual.county": "855000.00"},
                "indicators": {"annual": system_indicators},
            },
        )
    )

    # 9. The 2021 scheme: 成本指标 at level 1, 度量单位 and 分值 columns.
    rows2021: list[Row] = [
        ["部门项目支出绩效目标表（2024年度）"],
        ["项目名称", "中小学校园安保服务"],
        ["实施单位", "某区教育体育局"],
        ["年度绩效目标", "全区32所学校配齐专职保安。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "分值"],
        ["成本指标", "经济成本指标", "保安服务单价", "≤4500", "元/人·月", 10],
        ["产出指标", "数量指标", "覆盖学校数", "32", "所", 20],
        [None, "质量指标", "持证上岗率", "100", "%", 20],
        [None, "时效指标", "服务期限", "12", "个月", 10],
        ["效益指标", "社会效益指标", "校园安全事件发生率", "下降", None, 20],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90", "%", 10],
    ]
    result.append(
        Form(
            "11-scheme-2021.xlsx",
            "xlsx",
            [Sheet("绩效目标表", rows2021)],
            {
                "fields": {
                    "year": 2024,
                    "scheme": "2021",
                    "project.name": "中小学校园安保服务",
                    "unit.name": "某区教育体育局",
                    "goals.annual": "全区32所学校配齐专职保安。",
                },
                "indicators": {
                    "annual": [
                        {"level1": "成本指标", "level2": "经济成本指标", "name": "保安服务单价",
                         "value": "≤4500元/人·月", "unit": "元/人·月", "weight": "10"},
                        {"level1": "产出指标", "level2": "数量指标", "name": "覆盖学校数", "value": "32所",
                         "unit": "所", "weight": "20"},
                        {"level1": "产出指标", "level2": "质量指标", "name": "持证上岗率", "value": "100%",
                         "unit": "%", "weight": "20"},
                        {"level1": "产出指标", "level2": "时效指标", "name": "服务期限", "value": "12个月",
                         "unit": "个月", "weight": "10"},
                        {"level1": "效益指标", "level2": "社会效益指标", "name": "校园安全事件发生率",
                         "value": "下降", "weight": "20"},
                        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "师生满意度",
                         "value": "≥90%", "unit": "%", "weight": "10"},
                    ]
                },
            },
        )
    )  # fmt: skip

    # 10. Labels with additions and group names written differently (环境效益, 进度, 经济效益\n指标).
    rows_labels: list[Row] = [
        ["项目绩效目标申报表"],
        ["项目名称", "垃圾分类宣传"],
        ["项目单位", "某区城市管理局"],
        ["项目负责人及电话", "吴芳/13600003333"],
        ["项目支出立项依据", "《某市生活垃圾分类管理办法》"],
        ["年度", "2022年"],
        ["年度总体目标", "开展垃圾分类宣传进社区活动50场。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量", "宣传场次", "50场"],
        [None, "进度", "完成时间", "2022年10月底前"],
        ["效益指标", "经济效益\n指标", "可回收物回收量", "≥200吨"],
        [None, "环境效益", "垃圾分类准确率", "≥80%"],
        ["满意度指标", "社会公众或服务对象满意度指标", "居民满意度", "≥90%"],
    ]
    result.append(
        Form(
            "12-label-variants.xlsx",
            "xlsx",
            [Sheet("Sheet1", rows_labels)],
            {
                "fields": {
                    "year": 2022,
                    "project.name": "垃圾分类宣传",
                    "unit.name": "某区城市管理局",
                    "project.manager.name": "吴芳",
                    "project.manager.phone": "13600003333",
                    "project.basis": ["《某市生活垃圾分类管理办法》"],
                    "goals.annual": "开展垃圾分类宣传进社区活动50场。",
                },
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "宣传场次", "50场"],
                        ["产出指标", "时效指标", "完成时间", "2022年10月底前"],
                        ["效益指标", "经济效益指标", "可回收物回收量", "≥200吨"],
                        ["效益指标", "生态效益指标", "垃圾分类准确率", "≥80%"],
                        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
                    ]
                },
            },
        )
    )

    # 13/14. An online system's "xls" that is an HTML table (GBK and UTF-8), as a province's system exports it:
    #        项目资金申请（万元） with 资金总额:, 分值 and 评分细则 columns.
    html_rows: list[Row] = [
        ["财政支出绩效目标申报表"],
        ["（2021年度）"],
        ["项目名称", "乡村公路养护", "项目类型", "延续项目"],
        ["主管部门名称", "某县交通运输局", "项目实施单位", "某县公路养护站"],
        ["项目负责人", "冯涛", "联系电话", "0771-2220000"],
        ["项目资金申请（万元）", "资金总额：", 320],
        [None, "一般公共预算拨款：", 300],
        [None, "其他：", 20],
        ["项目绩效目标", "长期目标", "年度目标"],
        [None, "县乡公路优良路率稳步提高。", "养护县乡公路260公里。"],
        ["一级指标", "二级指标", "分值", "指标内容", "指标值", "评分细则"],
        ["产出指标", "数量指标", 20, "养护里程", "≥260公里", "完成得20分"],
        [None, "质量指标", 20, "优良路率", "≥80%", "每低1%扣1分"],
        ["效益指标", "社会效益指标", 20, "群众出行便利度", "提高", None],
        ["满意度指标", "服务对象满意度指标", 10, "沿线群众满意度", "≥85%", None],
    ]
    html_expected = {
        "fields": {
            "year": 2021,
            "project.name": "乡村公路养护",
            "project.attribute": "延续项目",
            "project.department": "某县交通运输局",
            "unit.name": "某县公路养护站",
            "project.manager.name": "冯涛",
            "project.manager.phone": "0771-2220000",
            "goals.mid_term": "县乡公路优良路率稳步提高。",
            "goals.annual": "养护县乡公路260公里。",
        },
        "funding": {"annual.total": "3200000.00", "annual.county": "3000000.00", "annual.other": "200000.00"},
        "indicators": {
            "annual": [
                {"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "≥260公里",
                 "weight": "20", "scoring": "完成得20分"},
                {"level1": "产出指标", "level2": "质量指标", "name": "优良路率", "value": "≥80%", "weight": "20",
                 "scoring": "每低1%扣1分"},
                {"level1": "效益指标", "level2": "社会效益指标", "name": "群众出行便利度", "value": "提高",
                 "weight": "20"},
                {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "沿线群众满意度", "value": "≥85%",
                 "weight": "10"},
            ]
        },
    }  # fmt: skip
    result.append(
        Form("13-online-system-gbk.xls", "html-gbk", [Sheet("sheet001", html_rows, ["A6:A8"])], html_expected)
    )
    result.append(
        Form("14-online-system-utf8.xls", "html-utf8", [Sheet("sheet1", html_rows, ["A6:A8"])], html_expected)
    )

    # 15. SpreadsheetML 2003 saved as .xls; 16. CSV named .xls; 17. ODS: the same town layout as a county's form.
    county_rows: list[Row] = [
        ["项目支出绩效目标申报表（2022年度）"],
        ["项目名称", "残疾人两项补贴"],
        ["主管部门", "某区民政局"],
        ["实施单位", "某区残疾人联合会"],
        ["项目属性", "延续项目"],
        ["年度资金总额（万元）", 210.5],
        ["其中：财政拨款（万元）", 210.5],
        ["年度目标", "按时足额发放两项补贴。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴发放人数", "≥3500人"],
        [None, "时效指标", "发放及时率", "100%"],
        ["效益指标", "社会效益指标", "残疾人生活保障水平", "有效提高"],
        ["满意度指标", "服务对象满意度指标", "受助对象满意度", "≥95%"],
    ]
    county_expected = {
        "fields": {
            "year": 2022,
            "project.name": "残疾人两项补贴",
            "project.department": "某区民政局",
            "unit.name": "某区残疾人联合会",
            "project.attribute": "延续项目",
            "goals.annual": "按时足额发放两项补贴。",
        },
        "funding": {"annual.total": "2105000.00", "annual.county": "2105000.00"},
        "indicators": {
            "annual": [
                ["产出指标", "数量指标", "补贴发放人数", "≥3500人"],
                ["产出指标", "时效指标", "发放及时率", "100%"],
                ["效益指标", "社会效益指标", "残疾人生活保障水平", "有效提高"],
                ["满意度指标", "服务对象满意度指标", "受助对象满意度", "≥95%"],
            ]
        },
    }
    result.append(Form("15-spreadsheetml.xls", "spreadsheetml", [Sheet("绩效目标表", county_rows)], county_expected))
    result.append(Form("16-csv-named.xls", "csv", [Sheet("csv", county_rows)], county_expected))
    result.append(Form("17-county.ods", "ods", [Sheet("绩效目标表", county_rows)], county_expected))

    # 18. The Word 申报书: fields as "标签：值" paragraphs, the cost table and the 绩效目标表 as Word tables.
    result.append(
        Form(
            "18-word-declaration.docx",
            "docx",
            [
                Sheet(
                    "表1",
                    [
                        ["项目名称", "社区养老服务站运营补助"],
                        ["单位名称", "某街道社区服务中心"],
                        ["年度资金总额（万元）", "36"],
                        ["年度目标", "3个养老服务站正常运营。"],
                    ],
                ),
                Sheet(
                    "表2",
                    [
                        ["序号", "支出内容", "数量", "单价（元）", "金额（元）"],
                        ["1", "运营补助", "3", "100000", "300000"],
                        ["2", "助餐补贴", "1", "60000", "60000"],
                        ["合计", "", "", "", "360000"],
                    ],
                ),
                Sheet(
                    "表3",
                    [
                        ["一级指标", "二级指标", "三级指标", "指标值"],
                        ["产出指标", "数量指标", "运营站点数", "3个"],
                        ["", "质量指标", "服务达标率", "≥95%"],
                        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
                    ],
                ),
            ],
            {
                "fields": {
                    "year": 2025,
                    "project.name": "社区养老服务站运营补助",
                    "unit.name": "某街道社区服务中心",
                    "unit.code": "12530100MB1234567K",
                    "goals.annual": "3个养老服务站正常运营。",
                },
                "funding": {"annual.total": "360000.00"},
                "costs": [["运营补助", "300000.00"], ["助餐补贴", "60000.00"]],
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "运营站点数", "3个"],
                        ["产出指标", "质量指标", "服务达标率", "≥95%"],
                        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
                    ]
                },
            },
            paragraphs=["2025年度项目申报书", "统一社会信用代码：12530100MB1234567K"],
        )
    )

    # 19. A county's 申报表 with 项目资金申请（万元）: 资金总额: 财政拨款: 自有资金: as label cells; 长期/年度 绩效指标.
    county2: list[Row] = [
        ["财政支出项目绩效目标申报表（2020年度）"],
        ["项目名称", "农田水利设施维修", "项目属性", "新增项目√ 延续项目□"],
        ["主管部门", "某县水利局", "项目实施单位", "某县农田水利站"],
        ["项目负责人", "韩磊", "联系电话", "0912-3330000"],
        ["项目资金申请（万元）", "资金总额：", 45.6, "财政拨款：", 40, "自有资金：", 5.6],
        ["项目绩效目标", "长期目标", None, "年度目标"],
        [None, "灌区设施完好率保持90%以上。", None, "维修渠道15公里。"],
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [None, "产出指标", "数量指标", "维修渠道长度", "15公里", None],
        [None, None, "成本指标", "每公里维修成本", "≤3万元", None],
        [None, "效益指标", "经济效益指标", "新增灌溉面积", "≥2000亩", None],
        [None, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", None],
        ["其他说明的问题", "无"],
        ["填报人：邓燕    单位负责人：韩磊    填报日期：2020年3月2日"],
    ]
    result.append(
        Form(
            "19-county-capital-request.xlsx",
            "xlsx",
            [Sheet("申报表", county2, ["A8:A12", "A14:G14"])],
            {
                "fields": {
                    "year": 2020,
                    "project.name": "农田水利设施维修",
                    "project.attribute": "新增项目",
                    "project.department": "某县水利局",
                    "unit.name": "某县农田水利站",
                    "project.manager.name": "韩磊",
                    "project.manager.phone": "0912-3330000",
                    "goals.mid_term": "灌区设施完好率保持90%以上。",
                    "goals.annual": "维修渠道15公里。",
                    "signatures.preparer": "邓燕",
                    "signatures.date": "2020-03-02",
                },
                "funding": {"annual.total": "456000.00", "annual.county": "400000.00", "annual.other": "56000.00"},
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "维修渠道长度", "15公里"],
                        ["产出指标", "成本指标", "每公里维修成本", "≤3万元"],
                        ["效益指标", "经济效益指标", "新增灌溉面积", "≥2000亩"],
                        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
                    ]
                },
            },
        )
    )

    # 20. A cost table in 万元 whose amount is the product of its numeric columns (no unit in the heading).
    result.append(
        Form(
            "20-cost-product.xlsx",
            "xlsx",
            [
                Sheet(
                    "项目申报书",
                    [
                        ["项目名称", "应急物资储备"],
                        ["单位名称", "某区应急管理局"],
                        ["年度", 2023],
                        ["项目实施内容", "储备防汛抗旱物资。"],
                        ["资金安排情况", "区级财政安排。"],
                        ["测算明细（单位：万元）"],
                        ["费用名称", "数量", "单价", "预算金额"],
                        ["救生衣", 500, 0.02, 10],
                        ["冲锋舟", 2, 8.5, 17],
                        ["合计", None, None, 27],
                    ],
                )
            ],
            {
                "fields": {
                    "year": 2023,
                    "project.name": "应急物资储备",
                    "unit.name": "某区应急管理局",
                    "project.content": "储备防汛抗旱物资。",
                },
                "costs": [["救生衣", "100000.00"], ["冲锋舟", "170000.00"]],
            },
        )
    )

    # 26. A cost table whose headings are in no synonym list (开支事由 … 核定数): found by its shape, the amount
    # being the product of 人次 × 标准 × 天数 on every row, up to 小计.
    result.append(
        Form(
            "26-unusual-cost-headings.xlsx",
            "xlsx",
            [
                Sheet(
                    "申报",
                    [
                        ["2024年度项目申报书"],
                        ["项目名称", "基层干部轮训"],
                        ["单位名称", "某区委党校"],
                        ["项目实施内容", "分三期轮训村（社区）干部。"],
                        ["年度资金总额（万元）", 17.4],
                        [],
                        ["序号", "开支事由", "人次", "标准", "天数", "核定数", "附注"],
                        [1, "住宿", 120, 300, 3, 108000, "按差旅标准"],
                        [2, "伙食", 120, 100, 3, 36000, None],
                        [3, "讲课酬金", 6, 5000, 1, 30000, "副高以上"],
                        ["小计", None, None, None, None, 174000, None],
                    ],
                )
            ],
            {
                "fields": {
                    "year": 2024,
                    "project.name": "基层干部轮训",
                    "unit.name": "某区委党校",
                    "project.content": "分三期轮训村（社区）干部。",
                },
                "funding": {"annual.total": "174000.00"},
                "costs": [["住宿", "108000.00"], ["伙食", "36000.00"], ["讲课酬金", "30000.00"]],
            },
        )
    )

    # 27. The same idea in a CSV: lump sums under a heading that says 万元 (拟安排（万元）), ending at 合计.
    result.append(
        Form(
            "27-unusual-cost-headings-wan.csv",
            "csv",
            [
                Sheet(
                    "csv",
                    [
                        ["项目名称", "智慧社区平台运维"],
                        ["年度", 2024],
                        ["单位名称", "某街道办事处"],
                        ["项目实施内容", "平台运维和数据服务。"],
                        ["经费用途", "依据", "拟安排（万元）"],
                        ["平台运维", "运维合同", 12.5],
                        ["数据服务", "服务协议", 3.2],
                        ["合计", None, 15.7],
                    ],
                )
            ],
            {
                "fields": {
                    "year": 2024,
                    "project.name": "智慧社区平台运维",
                    "unit.name": "某街道办事处",
                    "project.content": "平台运维和数据服务。",
                },
                "costs": [["平台运维", "125000.00"], ["数据服务", "32000.00"]],
            },
        )
    )
    return result


def fresh_forms() -> list[Form]:
    """Forms written after the reader was changed, to measure it on layouts it was not built against."""
    result: list[Form] = []
    result.append(
        Form(
            "21-fresh-province-system.xlsx",
            "xlsx",
            [
                Sheet(
                    "项目绩效目标",
                    [
                        ["项目名称", "基层医疗机构设备购置", "项目编码", "44010025000001"],
                        ["单位名称", "某区卫生健康局", "预算年度", 2025],
                        ["资金总额（元）", "1,200,000.00", None, None],
                        ["财政拨款（元）", "1,000,000.00", None, None],
                        ["其他资金（元）", "200,000.00", None, None],
                        ["年度绩效目标", "为12家社区卫生服务中心配置设备。", None, None],
                        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
                        ["产出指标", "数量指标", "配置设备台数", "≥", 60, "台", 30],
                        [None, "质量指标", "设备验收合格率", "=", 100, "%", 20],
                        ["效益指标", "社会效益指标", "基层诊疗能力", "定性", "明显提升", None, 30],
                        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥", 85, "%", 20],
                    ],
                )
            ],
            {
                "fields": {
                    "year": 2025,
                    "project.name": "基层医疗机构设备购置",
                    "unit.name": "某区卫生健康局",
                    "goals.annual": "为12家社区卫生服务中心配置设备。",
                },
                "funding": {"annual.total": "1200000.00", "annual.county": "1000000.00", "annual.other": "200000.00"},
                "indicators": {
                    "annual": [
                        {"level1": "产出指标", "level2": "数量指标", "name": "配置设备台数", "value": "≥60台",
                         "weight": "30"},
                        {"level1": "产出指标", "level2": "质量指标", "name": "设备验收合格率", "value": "100%",
                         "weight": "20"},
                        {"level1": "效益指标", "level2": "社会效益指标", "name": "基层诊疗能力", "value": "明显提升",
                         "weight": "30"},
                        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "患者满意度", "value": "≥85%",
                         "weight": "20"},
                    ]
                },
            },
        )
    )  # fmt: skip
    result.append(
        Form(
            "22-fresh-breakdown-sheet.xlsx",
            "xlsx",
            [
                Sheet(
                    "项目申报书",
                    [
                        ["附件1"],
                        ["项目申报书"],
                        ["项目名称", None, "社区矫正教育帮扶"],
                        ["单位名称", None, "某区司法局"],
                        ["项目基本概况", None, "对社区矫正对象开展教育帮扶。"],
                        ["项目实施内容", None, "开展集中教育、心理辅导和就业帮扶。"],
                    ],
                    ["A3:B3", "A4:B4", "A5:B5", "A6:B6"],
                ),
                Sheet(
                    "测算明细",
                    [
                        ["序号", "支出明细", "单价（元）", "数量", "单位", "小计（元）", "测算依据"],
                        [1, "集中教育讲师费", 800, 24, "场", 19200, "按市标准"],
                        [2, "心理辅导服务", 300, 120, "人次", 36000, None],
                        [3, "就业技能培训", 1500, 20, "人", 30000, None],
                        [None, "合计", None, None, None, 85200, None],
                    ],
                ),
            ],
            {
                "fields": {
                    "project.name": "社区矫正教育帮扶",
                    "unit.name": "某区司法局",
                    "project.overview": "对社区矫正对象开展教育帮扶。",
                    "project.content": "开展集中教育、心理辅导和就业帮扶。",
                },
                "costs": [["集中教育讲师费", "19200.00"], ["心理辅导服务", "36000.00"], ["就业技能培训", "30000.00"]],
            },
        )
    )
    result.append(
        Form(
            "23-fresh-html-header-row-funding.xls",
            "html-utf8",
            [
                Sheet(
                    "page",
                    [
                        ["项目支出绩效目标表（2024年度）"],
                        ["项目名称", "家庭医生签约服务", "实施单位", "某区卫健委"],
                        ["项目负责人", "陶静", "联系电话", "13512345678"],
                        ["资金（万元）", "资金总额", "财政拨款", "其他资金"],
                        [None, 80, 80, 0],
                        ["年度目标", "重点人群签约率达到75%。"],
                        ["一级指标", "二级指标", "三级指标", "指标值"],
                        ["产出指标", "数量指标", "签约人数", "≥5万人"],
                        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"],
                        ["注：指标值应与预算相衔接。"],
                    ],
                    ["A4:A5", "A10:D10"],
                )
            ],
            {
                "fields": {
                    "year": 2024,
                    "project.name": "家庭医生签约服务",
                    "unit.name": "某区卫健委",
                    "project.manager.name": "陶静",
                    "project.manager.phone": "13512345678",
                    "goals.annual": "重点人群签约率达到75%。",
                },
                "funding": {"annual.total": "800000.00", "annual.county": "800000.00"},
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "签约人数", "≥5万人"],
                        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"],
                    ]
                },
            },
        )
    )
    result.append(
        Form(
            "24-fresh-word-targets.docx",
            "docx",
            [
                Sheet(
                    "项目绩效目标表",
                    [
                        ["项目名称", "农贸市场提升改造", "主管部门", "某区商务局"],
                        ["项目属性", "□新增项目 √延续项目", "项目期", "2年"],
                        ["年度资金总额（万元）", "120", "其中：财政拨款（万元）", "120"],
                        ["年度目标", "完成3个农贸市场改造。", "", ""],
                        ["一级指标", "二级指标", "三级指标", "指标值"],
                        ["产出指标", "数量指标", "改造市场个数", "3个"],
                        ["效益指标", "经济效益\n指标", "商户营业额增长", "≥10%"],
                        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥85%"],
                    ],
                )
            ],
            {
                "fields": {
                    "year": 2023,
                    "project.name": "农贸市场提升改造",
                    "project.department": "某区商务局",
                    "project.attribute": "延续项目",
                    "project.term": "2年",
                    "goals.annual": "完成3个农贸市场改造。",
                },
                "funding": {"annual.total": "1200000.00", "annual.county": "1200000.00"},
                "indicators": {
                    "annual": [
                        ["产出指标", "数量指标", "改造市场个数", "3个"],
                        ["效益指标", "经济效益指标", "商户营业额增长", "≥10%"],
                        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥85%"],
                    ]
                },
            },
            paragraphs=["2023年度项目绩效目标表"],
        )
    )
    return result


def write_xlsx(form: Form, path: Path) -> None:
    """The form as an .xlsx workbook."""
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for sheet in form.sheets:
        ws = workbook.create_sheet(sheet.title)
        for row in sheet.rows:
            ws.append(row)
        for sheet_row in ws.iter_rows():
            for cell in sheet_row:
                if isinstance(cell.value, str) and cell.value.startswith("=") and not _FORMULA.match(cell.value):
                    cell.data_type = "s"  # text a clerk typed (=8个, a bare = operator), never a formula
        for ref in sheet.merges:
            ws.merge_cells(ref)
    workbook.save(path)


_FORMULA = re.compile(r"=[A-Z]+\(|=[A-Z]{1,3}[0-9]+|=[0-9.]+[-+*/]")
"""A formula the form holds on purpose (=SUM(…), =B4, =45*4-22); any other text starting with = is text."""


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _merge_spans(sheet: Sheet) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, col) of each merged block's first cell → (rowspan, colspan); 1-based."""
    from openpyxl.utils.cell import range_boundaries

    spans = {}
    for ref in sheet.merges:
        c1, r1, c2, r2 = range_boundaries(ref)
        spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
    return spans


def write_html(form: Form, path: Path, encoding: str) -> None:
    """The form as an online system's "xls": an HTML page with one table, as Excel's web export writes it."""
    sheet = form.sheets[0]
    spans = _merge_spans(sheet)
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        covered |= {(r + i, c + j) for i in range(rs) for j in range(cs)} - {(r, c)}
    charset = "gb2312" if encoding == "gbk" else "utf-8"
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        "<style>td {mso-number-format:General;}</style></head><body>",
        '<table border="1" cellspacing="0">',
    ]
    for r, row in enumerate(sheet.rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attributes = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attributes}>{html.escape(_text(value)).replace(chr(10), '<br>')}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    path.write_bytes("\n".join(lines).encode(encoding))


def write_spreadsheetml(form: Form, path: Path) -> None:
    """The form as Excel 2003 XML (SpreadsheetML), as some systems export "xls"."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
    ]
    for sheet in form.sheets:
        parts.append(f'<Worksheet ss:Name="{escape(sheet.title)}"><Table>')
        for row in sheet.rows:
            parts.append("<Row>")
            index = 0
            for col, value in enumerate(row, start=1):
                if value is None:
                    continue
                at = f' ss:Index="{col}"' if col != index + 1 else ""
                kind = "Number" if isinstance(value, (int, float)) else "String"
                parts.append(f'<Cell{at}><Data ss:Type="{kind}">{escape(_text(value))}</Data></Cell>')
                index = col
            parts.append("</Row>")
        parts.append("</Table></Worksheet>")
    parts.append("</Workbook>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_csv(form: Form, path: Path) -> None:
    """The form's first sheet as CSV (UTF-8 with a BOM, as Excel writes it)."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows = form.sheets[0].rows
    width = max(len(row) for row in rows)  # Excel pads every line to the widest: "标题,,,"
    for row in rows:
        writer.writerow([_text(v) for v in row] + [""] * (width - len(row)))
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def write_docx(form: Form, path: Path) -> None:
    """The form as a Word document: paragraphs, then each sheet as a table."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def paragraph(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = [paragraph(text) for text in form.paragraphs]
    for sheet in form.sheets:
        body.append(paragraph(sheet.title))
        body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>')
        for row in sheet.rows:
            cells = "".join(f"<w:tc>{paragraph(_text(v))}</w:tc>" for v in row)
            body.append(f"<w:tr>{cells}</w:tr>")
        body.append("</w:tbl>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", content_types)
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", document)


def convert(source: Path, fmt: str, target: Path) -> None:
    """Convert with LibreOffice (old .xls, .ods)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed for the .xls and .ods forms")
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
             "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        produced = Path(folder) / (source.stem + "." + fmt.split(":", maxsplit=1)[0])
        shutil.copyfile(produced, target)


def write_form(form: Form, path: Path) -> None:
    """Write one form in its format, and its expected values beside it (``NAME.expected.json``)."""
    if form.fmt == "xlsx":
        write_xlsx(form, path)
    elif form.fmt in ("xls", "ods"):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / (Path(form.name).stem + ".xlsx")
            write_xlsx(form, source)
            convert(source, "xls:MS Excel 97" if form.fmt == "xls" else "ods", path)
    elif form.fmt == "xls-renamed":
        write_xlsx(form, path)
    elif form.fmt.startswith("html"):
        write_html(form, path, "gbk" if form.fmt == "html-gbk" else "utf-8")
    elif form.fmt == "spreadsheetml":
        write_spreadsheetml(form, path)
    elif form.fmt == "csv":
        write_csv(form, path)
    elif form.fmt == "docx":
        write_docx(form, path)
    elif form.fmt == "xlsb":
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "form.xlsx"
            write_xlsx(form, source)
            from_xlsx(source, path)
    else:
        raise ValueError(form.fmt)
    expected = path.with_name(path.name + ".expected.json")
    expected.write_text(json.dumps(form.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    """Write every form and its expected values."""
    OUT.mkdir(exist_ok=True)
    for form in [*forms(), *fresh_forms()]:
        path = OUT / form.name
        write_form(form, path)
        print(path.relative_to(OUT.parent.parent.parent.parent))


if __name__ == "__main__":
    main()
