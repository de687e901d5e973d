"""Write the corpus of published forms (tests/data/forms/real/): filled forms as government bodies published them.

Unlike make_forms.py (layouts after templates, invented values), every form here reproduces a filled form found
on a public page, cell by cell as far as the published text shows it: labels, values, typos and all (the page
and what was left out are named in real/README.md). Each is written in a format such forms circulate in and
with ``NAME.expected.json``: what a reader must give (fields, funding, cost lines, indicator rows).

The split into an open and a sealed part is made once by ``split()`` (seed 25) and written into the README;
the sealed forms are scored only at the end of a piece of work on the reader.

Run from the repository root: ``PYTHONPATH=. python tests/data/forms/make_real_forms.py``.
"""

from __future__ import annotations

import importlib
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_forms import Form, Sheet, matrix_line, write_form

sys.path.pop(0)

OUT = Path(__file__).resolve().parent / "real"
SEED = 25


def tangxi() -> Form:
    """池州市贵池区棠溪镇 2022 项目支出绩效自评表 (Anhui): scores in the 一级 label, ≥100百分比."""
    goal = (
        "本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；"
        "30万元用于基建工程项目设计、规划、测绘。"
    )
    done = (
        "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；"
        "29.99万元用于基建工程项目设计、规划、测绘。"
    )
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows: list[list[object]] = [
        ["附件："],
        ["项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "委托业务项目"],
        ["主管部门", "219-池州市贵池区棠溪镇人民政府", None, None, "实施单位", "219001-池州市贵池区棠溪镇人民政府"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额：", 0, 0, 0, 10, 0, 0],
        [None, "其中：本年财政拨款", 90, 89.974, 89.974],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, done],
        [*header, "偏差原因分析及改进措施"],
        [None, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", 8, 8],
        [None, None, "质量指标", "委托业务报告合格率", "≥100百分比", "100", 8, 8],
        [None, None, None, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8],
        [None, None, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8],
        [None, None, "成本指标", "项目总成本", "≤90万元", "90", 8, 8],
        [None, None, None, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10],
        [None, "效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10],
        [None, None, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10],
        [
            None,
            None,
            "可持续影响指标",
            "对推动基建项目“四项制度”健全和落实的持续性影响",
            "效果明显",
            "达成预期指标",
            10,
            10,
        ],
        [None, None, "经济效益指标"],
    ]
    merges = ["A2:I2", "A3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A10", "A11:A12", "B11:D11", "E11:I11"]
    merges += ["B12:D12", "E12:I12", "A13:A23", "B14:B19", "C15:C16", "C18:C19", "B20:B23"]
    produce = "产出指标"
    effect = "效益指标"
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "委托业务项目",
            "project.department": "219-池州市贵池区棠溪镇人民政府",
            "unit.name": "219001-池州市贵池区棠溪镇人民政府",
            "goals.annual": goal,
        },
        "funding": {"annual.county": "900000.00"},
        "indicators": {
            "annual": [
                matrix_line(produce, "数量指标", "基建工程委托业务项目数量", "≥50个"),
                matrix_line(produce, "质量指标", "委托业务报告合格率", "≥100百分比"),
                matrix_line(produce, "质量指标", "经费支出合规性", "严格执行相关制度规定"),
                matrix_line(produce, "时效指标", "提交报告及时性", "在项目计划完成时间内完成"),
                matrix_line(produce, "成本指标", "项目总成本", "≤90万元"),
                matrix_line(produce, "成本指标", "单项业务成本", "符合相关规定"),
                matrix_line(effect, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显"),
                matrix_line(effect, "生态效益指标", "对控制基建项目成本影响程度", "效果明显"),
                matrix_line(effect, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显"),
            ]
        },
    }
    return Form("anhui-chizhou-tangxi-2022-selfeval.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def ezhou() -> Form:
    """鄂州市 2022 市直部门预算项目支出绩效目标表 (Hubei, Word): cost table, 当年预期实现值, 一级 column holding 二级."""
    goal = "以办公大楼服务对象满意为目标，着力打造文明型机关、卫生Z口机关。"
    rows: list[list[object]] = [
        ["项目名称", "滨湖大胆办公大楼运行保障"],
        ["项目类别", "本级支出项目", "项目性质", "持续性项目"],
        ["立项依据", "市机关事务服务中心三定方案"],
        ["项目预算成本构成", "金额", "测算（公式）依据", "2020年实际执行数", "2021年实际执行数"],
        ["保安服务费", "191", "依据招标文件", "191", "191"],
        ["保洁服务费", "99", "依据招标文件", "99", "99"],
        ["水电气、维修维护费", "524", "根据三定方案，各项费用据实结算", "372.88", "504.55"],
        ["合计", "814", None, "662.98", "794.55"],
        ["绩效目标", goal],
        ["绩效指标", "一级指标", "二级指标", "绩效标准", "当年预期实现值", "保障绩效目标实现措施"],
        [None, "数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "≥280次"],
        [None, None, "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"],
        [None, "质量指标", "办公大楼日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", ">92%"],
        [None, None, "经常性大型设备更新验收合格率", "反映办公大楼大型设备更新验收情况", "≥92%"],
        [None, None, "重要设备维修维保验收合格率", "反映设备设施维保质量情况", "95%"],
        [None, "成本指标", "成本控制率", None, "不超预算"],
    ]
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "滨湖大胆办公大楼运行保障",
            "project.attribute": "持续性项目",
            "project.basis": ["市机关事务服务中心三定方案"],
            "goals.annual": goal,
        },
        "costs": [
            ["保安服务费", "1910000.00"],
            ["保洁服务费", "990000.00"],
            ["水电气、维修维护费", "5240000.00"],
        ],
        "indicators": {  # the 一级 column holds the 二级 groups: the scheme of the 成本 row is not stated
            "annual": [
                {"level2": "数量指标", "name": "办公大楼日常维修维护次数", "value": "≥280次"},
                {"level2": "数量指标", "name": "大楼安检巡察次数", "value": "200次"},
                {"level2": "质量指标", "name": "办公大楼日常维修维护验收合格率", "value": ">92%"},
                {"level2": "质量指标", "name": "经常性大型设备更新验收合格率", "value": "≥92%"},
                {"level2": "质量指标", "name": "重要设备维修维保验收合格率", "value": "95%"},
                {"name": "成本控制率", "value": "不超预算"},
            ]
        },
    }
    return Form(
        "hubei-ezhou-2022-binhu.docx", "docx", [Sheet("鄂州市2022年市直部门预算项目支出绩效目标表", rows)], expected
    )


def batang() -> Form:
    """宁乡市坝塘镇 2021 项目绩效目标表 (Hunan, web "xls"): funding in one sentence, 长期/年度 matrices, … rows."""
    funding = (
        "财政拨款：6923.3552万元（其中：上级财政资金：6923.3552万元；本级财政：0万元）\n二、自有资金：0万元\n"
        "三、其他：3683.3970万元"
    )
    groups = [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "时效指标"),
        ("产出指标", "成本指标"),
        ("产出指标", "…"),
        ("效益指标", "经济效益指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "生态效益指标"),
        ("效益指标", "可持续影响指标"),
    ]
    figures = {"社会效益指标": "68", "生态效益指标": "20", "可持续影响指标": "20"}

    def matrix(label: str) -> list[list[object]]:
        out: list[list[object]] = [[label, "一级指标", "二级指标", "指标内容", "指标值", "备注"]]
        previous = ""
        for level1, level2 in groups:
            content = figures.get(level2, "88") if level2 != "…" else None
            out.append([None, level1 if level1 != previous else None, level2, content, "100" if content else None])
            previous = level1
        out.append([None, "社会公众或服务对象满意度指标", None, "88", "100"])
        return out

    rows: list[list[object]] = [
        ["项目绩效目标表"],
        ["（2021年度）"],
        ["填报单位（盖章）：宁乡市坝塘镇人民政府"],
        ["项目名称", "镇域内基础设施建设"],
        ["项目属性", "新增项目□延续项目√", "主管部门", "坝塘镇", "主管部门编码", None],
        ["项目单位", "坝塘镇", "项目负责人", "蒋建华", "联系电话", None],
        ["项目起止时间", "2021年度"],
        ["资金总额及构成", "总额", "10606.7522万元", funding],
        ["项目概况", "镇域内水利、道路、机关、学校及乡村振兴等基础设施建设"],
        ["立项情况", "项目立项的依据", "机关、学校、乡村振兴按发改立项"],
        [None, "项目申报的可行性", "已申报项目可行性评估"],
        [None, "项目申报的必要性", "为改善镇域内基础设施、振兴乡村"],
        ["项目实施进度计划", "项目实施内容", None, "开始时间", "完成时间"],
        [None, "1总体概念规划", None, "2016", "2020"],
        [None, "2、核心区规划", None, "2021", "2021"],
        ["项目绩效目标", "长期目标", None, "年度目标"],
        [
            None,
            "改善镇域内基础设施，振兴乡村经济",
            None,
            "全面完成集镇立面改造、机关、学校、乡村振兴等项目，搞好提质改造",
        ],
        *matrix("长期绩效指标"),
        *matrix("年度绩效指标"),
    ]
    merges = ["A1:F1", "A2:F2", "A3:F3", "B4:F4", "B7:F7", "D8:F8", "B9:F9", "A10:A12", "C10:F10", "C11:F11"]
    merges += ["C12:F12", "A13:A15", "B13:C13", "B14:C14", "B15:C15", "A16:A17", "B16:C16", "D16:F16", "B17:C17"]
    merges += ["D17:F17"]
    for first in (18, 29):
        merges += [f"A{first}:A{first + 10}", f"B{first + 1}:B{first + 5}", f"B{first + 6}:B{first + 9}"]
        merges += [f"B{first + 10}:C{first + 10}"]

    def expected_matrix() -> list[list[str]]:
        out = [
            matrix_line(level1, level2, figures.get(level2, "88"), "100") for level1, level2 in groups if level2 != "…"
        ]
        return [*out, matrix_line("满意度指标", "服务对象满意度指标", "88", "100")]

    expected = {
        "fields": {
            "year": 2021,
            "project.name": "镇域内基础设施建设",
            "project.attribute": "延续项目",
            "project.department": "坝塘镇",
            "unit.name": "坝塘镇",
            "project.manager.name": "蒋建华",
            "goals.mid_term": "改善镇域内基础设施，振兴乡村经济",
            "goals.annual": "全面完成集镇立面改造、机关、学校、乡村振兴等项目，搞好提质改造",
        },
        "funding": {"annual.total": "106067522.00"},
        "indicators": {"mid_term": expected_matrix(), "annual": expected_matrix()},
    }
    return Form("hunan-ningxiang-batang-2021.xls", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def hengshan() -> Form:
    """衡山县 2020 县级专项资金绩效目标自评表 (Hunan, Word): 专项资金名称, 年度指标值, groups not filled down."""
    rows: list[list[object]] = [
        ["专项资金名称", "县级储备粮", None, "负责人及电话", "旷建成、向建军"],
        ["县级主管部门", "衡山县商务和粮食局", None, "实施单位", "粮食调控储备与产业发展股"],
        ["项目资金（万元）", None, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        [None, "年度资金总额", "194.9", "194.9", "100%"],
        [None, "其中：中央、省、市补助县级资金", "194.9", "194.9", "100%"],
        [None, "其他资金", None, None, None],
        ["年度总体目标", "年初设定目标", None, "全年实际完成情况"],
        [None, "保持和稳定地方粮食储备机制", None, "地方储备粮食规模达标"],
    ]
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"]
    lines = [
        ("产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", None),
        (None, None, "库存数量真实率", "100%", "100%", None),
        (None, "质量指标", "县级储备粮管理制度严格执行率", "100%", "100%", None),
        (None, None, "储备粮管理专户管理率", "100%", "100%", None),
        (None, None, "县级储备粮库存粮食明显变质比例", "0", "0", None),
        (None, "时效指标", "县级储备粮贷款付息及时率", "100%", "100%", None),
        (None, None, "县级储备粮应急保障率", "100%", "100%", None),
        (None, "成本指标", "国家政策性粮收购价格执行率", "100%", "100%", None),
        (None, None, "县级储备粮库存成本核算率", "100%", "100%", None),
        ("效益指标", "经济效益指标", "利息费用保障率", "100%", "100%", None),
        (None, None, "政策性挂账利息补贴保障率", "100%", "无", "没有轮换、动用库存"),
        (None, "生态效益指标", "低温、低氧、低剂量科学保粮率", "100%", "100%", None),
        (None, None, "食品安全指标达标率", "100%", "100%", None),
        (None, "可持续影响指标", "粮食储备设备维护及安全性", "高", "高", None),
        ("满意度指标", "服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", None),
        (None, None, "市民满意度调查", "≥90%", "100%", None),
    ]
    rows.append(header)
    rows += [[None, *line] for line in lines]
    rows.append(["说明", "无"])
    rows.append(["注：1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自筹资金。"])
    level1 = level2 = ""
    annual = []
    for first, second, name, value, _, _ in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, name, value))
    expected = {
        "fields": {
            "year": 2020,
            "project.name": "县级储备粮",
            "project.department": "衡山县商务和粮食局",
            "unit.name": "粮食调控储备与产业发展股",
            "project.manager.name": "旷建成、向建军",
            "goals.annual": "保持和稳定地方粮食储备机制",
        },
        "funding": {"annual.total": "1949000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "hunan-hengshan-2020-chubeiliang.docx", "docx", [Sheet("2020年度县级专项资金绩效目标自评表", rows)], expected
    )


def dongguan() -> Form:
    """东莞市 2019 财政项目支出绩效目标批复表 (Guangdong, web "xls"): 中期 and 年度 matrices side by side."""
    mid_goal = "新建或改造道路，共29个项目，规划里程169公里。"
    annual_goal = "督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元，以及茶山、常平镇街完成3个项目补助尾款结算387万元。"
    pairs = [
        ("预期产出指标", "数量指标（或建筑规模指标）", "数量指标（或建筑规模指标）", "镇街补助款完成结算项目数", "3"),
        (None, "质量指标", "质量指标", "补助款结算误差率", "±3%以内"),
        (None, "时效指标（工期指标）", "时效指标（工期指标、形象进度指标）", "结算款支付及时性", "及时"),
        (None, "预算（或投资规模）控制指标", "预算（或投资规模）控制指标", "年度预算执行率", "≥90%"),
        ("效果指标", "社会、经济、生态效益 指标", "社会、经济、生态效益 指标", "补助款结算争议率", "0%"),
    ]
    rows: list[list[object]] = [
        ["东莞市财政项目支出绩效目标批复表"],
        ["（ 2019 年度）"],
        ["预算单位：东莞市交通运输局"],
        [
            "项目 名称",
            "镇际联网路升级改造工程一期",
            None,
            "中期市财政预算（万元）",
            "284500.00",
            "本年度申请市财政预算资金（万元）",
            "919.00",
        ],
        ["总体目标", "中期滚动目标（2019年--2021年）", None, None, "年度目标"],
        [None, mid_goal, None, None, annual_goal],
        [
            "绩效指标",
            "一级 指标",
            "二级 指标",
            "三级 指标",
            "指标值（或计划水平）",
            "二级 指标",
            "三级 指标",
            "计划指标值（或计划水平）",
        ],
    ]
    for level1, mid2, annual2, name, value in pairs:
        rows.append([None, level1, mid2, name, value, annual2, name, value])
    merges = ["A1:H1", "A2:H2", "A3:H3", "B4:C4", "G4:H4", "A5:A6", "B5:D5", "E5:H5", "B6:D6", "E6:H6"]
    merges += ["A7:A12", "B8:B11"]

    def matrix() -> list[dict[str, str]]:
        out = []
        for level1, _, _, name, value in pairs:
            out.append({"level1": "效益指标" if level1 == "效果指标" else "产出指标", "name": name, "value": value})
        return out

    expected = {
        "fields": {
            "year": 2019,
            "project.name": "镇际联网路升级改造工程一期",
            "unit.name": "东莞市交通运输局",
            "goals.mid_term": mid_goal,
            "goals.annual": annual_goal,
        },
        "funding": {"mid_term.total": "2845000000.00", "annual.total": "9190000.00"},
        "indicators": {"mid_term": matrix(), "annual": matrix()},
    }
    return Form("guangdong-dongguan-2019-zhenji.xls", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def qingshen() -> Form:
    """青神县 2023 部门预算项目支出绩效自评表 (Sichuan, 一体化 system): 指标性质 | 指标值 | 度量单位 columns."""
    goal = "严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。"
    note = (
        "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的"
        "（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款."
    )
    rows: list[list[object]] = [
        ["报表编号：510000_0013zp"],
        ["部门预算项目支出绩效自评表（2023年度）"],
        ["项目名称", "51000021R000000019951-工资性支出"],
        ["主管部门", "青神县发展和改革局本级", None, None, "实施单位（盖章）", "青神县发展和改革局"],
        ["项目基本情况", "1.项目年度目标完成情况"],
        [None, "项目年度目标", None, None, "年度目标完成情况"],
        [None, goal, None, None, "对照年度目标，说明相关任务目标的完成情况（100字以内）"],
        [None, "2.项目实施内容及过程概述"],
        [None, None],
        [
            "预算执行情况（10分）",
            "年度预算数（万元）",
            "年初预算",
            "调整后预算数",
            "预算执行数",
            "预算执行率",
            "权重",
            "得分",
            "原因",
        ],
        [None, "总额", 238.93, 251.89, 251.89, "100.00%", 10, None, note],
        [None, "其中：财政资金", 238.93, 251.89, 251.89, "100.00%", "/", "/"],
        [None, "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/"],
        [None, "单位资金", 0, 0, 0, "0.00%", "/", "/"],
        [None, "其他资金", None, None, None, None, "/", "/"],
        [
            "绩效指标（90分）",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "完成值",
            "权重",
            "得分",
            "未完成原因分析",
        ],
        [None, "产出指标", "数量指标", "发放（缴纳）覆盖率", "=", "100", "%", None, 60],
        [None, "效益指标", "社会效益指标", "足额保障率（参保率）", "=", "100", "%", None, 30],
        ["合计", None, None, None, None, None, None, None, 100],
        ["评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）"],
        ["存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）"],
        ["改进措施", "针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）"],
        ["项目负责人：", None, None, None, "财务负责人："],
    ]
    merges = ["A1:K1", "A2:K2", "B3:K3", "B4:D4", "F4:K4", "A5:A9", "B5:K5", "B6:D6", "E6:K6", "B7:D7", "E7:K7"]
    merges += ["B8:K8", "B9:K9", "A10:A15", "I11:K15", "A16:A18", "A19:H19", "B20:K20", "B21:K21", "B22:K22"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "51000021R000000019951-工资性支出",
            "project.department": "青神县发展和改革局本级",
            "unit.name": "青神县发展和改革局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "2389300.00", "annual.county": "2389300.00"},
        "indicators": {
            "annual": [
                matrix_line("产出指标", "数量指标", "发放（缴纳）覆盖率", "100%"),
                matrix_line("效益指标", "社会效益指标", "足额保障率（参保率）", "100%"),
            ]
        },
    }
    return Form("sichuan-qingshen-2023-gongzi.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def fengjie() -> Form:
    """奉节县云雾土家族乡 2023 项目支出绩效目标审批表 (Chongqing, web page): 金额单位：万元 line, 成本指标(0-20)分,
    项目审批 with its document number, blank placeholder rows."""
    basis = "奉节县民族宗教事务委员会《关于下达2023年度少数民族发展资金项目计划的通知》（奉节民宗委发〔2022〕3号）"
    overview = (
        "新建中药材晾晒房一座，占地300平方米，包含场坪整治及硬化，硬化室外晒坝420平方米，室内场坪1800平方米，"
        "C25混凝土，厚15cm；新建厕所1个，长4.5米，宽3米，占地13.5平方米，配套三格式化粪池4.5立方米。"
    )
    summary = (
        overview + "经济效益：项目建成后能够带动当地20名群众务工增收5000元/年；社会效益：促进当地中药材产业发展，"
        "带动受益总人口200人，其他脱贫人口和监测对象41人；群众满意度：群众满意度达到95%以上。"
    )
    rows: list[list[object]] = [
        ["2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表"],
        ["（   2023年度）"],
        ["预算单位：奉节县云雾土家族乡人民政府", None, None, None, None, "金额单位：万元"],
        ["项目名称", "2023年云雾土家族乡加工园配套设施建设项目", None, "项目分类", "资产资源类--房屋类"],
        ["建设周期", "2023年4月-2024年2月", None, "业务主管部门", "县民宗委"],
        ["实施单位", "云雾土家族乡", "项目负责人", "徐德迁", "联系电话", "13452649655"],
        ["项目审批", basis],
        ["项目总体概况", summary],
        ["年度主要目标\n和成果", overview],
        ["项目资金\n预算执行\n10分", "项目总预算", 65, "财政资金预算分类", "一般公共预算"],
        [None, "当年年度预算", 65],
        [None, "其中：财政资金", 65, "财政资金科目代码", "21305"],
        [None, "其中：其它资金", 0],
        [None, "年度预算执行率", "100%", "分值", "10分"],
        ["年度绩效目标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
        [None, "成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", 10],
        [None, None, "社会成本指标"],
        [None, None, "生态环境成本指标"],
    ]
    merges = ["A1:G1", "A2:G2", "A3:E3", "F3:G3", "B4:C4", "E4:G4", "B5:C5", "E5:G5", "F6:G6", "B7:G7", "B8:G8"]
    merges += ["B9:G9", "A10:A14", "E10:G10", "C11:G11", "E12:G12", "C13:G13", "E14:G14", "A15:A18", "B16:B18"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "2023年云雾土家族乡加工园配套设施建设项目",
            "project.department": "县民宗委",
            "project.manager.name": "徐德迁",
            "project.manager.phone": "13452649655",
            "project.basis": ["《关于下达2023年度少数民族发展资金项目计划的通知》（奉节民宗委发〔2022〕3号）"],
            "goals.annual": overview,
        },
        "funding": {"annual.total": "650000.00", "annual.county": "650000.00"},
        "indicators": {"annual": [matrix_line("成本指标", "经济成本指标", "项目建设成本", "≤65万元")]},
    }
    return Form("chongqing-fengjie-yunwu-2023.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def zhongjiang() -> Form:
    """中江县 2022 绩效目标自评表 (Sichuan): 分值 before 年度指标值, 产出指标(70分), an empty 二级 row."""
    goal = "对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础，"
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"]
    lines = [
        ("产出指标(70分)", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10),
        (None, None, "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10),
        (None, "质量指标", "项目（工程）验收合格率", 20, "100%", "100%", 20),
        (None, "时效指标", "及时（按期）开工率", 10, "≥90%", "≥90%", 10),
        (None, None, "及时（按期）完工率", 10, "≥90%", "≥90%", 10),
        (None, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10),
        ("效益指标(20分)", "经济效益指标", None, None, None, None, None),
        (None, "社会效益指标", "受益脱贫（含监测对象）户人口数", 10, "≥1000人", "≥1000人", 10),
        (None, None, "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10),
        ("满意度指标(10分)", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", 10, "≥95%", "≥95%", 10),
        (None, "……", None, None, None, None, None),
    ]
    rows: list[list[object]] = [
        ["绩效目标自评表"],
        ["（2022年度）"],
        ["项目名称", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装"],
        ["项目负责人及电话", "谢凯13990260322（办公）"],
        ["主管部门", "中江县水利局", None, None, "实施单位", "中江县水利局"],
        ["资金情况\n（万元）", None, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        [None, "年度资金总额：", 20, 20, 10, "100.00%", 10],
        [None, "其中：本年财政拨款", 20, 20],
        [None, "其他资金"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况综述"],
        [None, goal, None, None, "对项目区农业用水计量，为项目区农业生产夯实基础，"],
        [*header, "未完成原因及拟采取的改进措施"],
        *[[None, *line] for line in lines],
        ["总分", None, None, None, 100, None, None, 100],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A9", "A10:A11", "B10:D10", "E10:I10"]
    merges += ["B11:D11", "E11:I11", "A12:A23", "B13:B18", "C13:C14", "C16:C17", "B19:B21", "C20:C21", "B22:B23"]
    annual = []
    level1 = level2 = ""
    for first, second, name, _, value, _, _ in lines:
        level1, level2 = (first or level1).split("(")[0], second or level2
        if name:
            annual.append(matrix_line(level1, level2, name, str(value)))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装",
            "project.department": "中江县水利局",
            "unit.name": "中江县水利局",
            "project.manager.name": "谢凯",
            "project.manager.phone": "13990260322",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "200000.00", "annual.county": "200000.00"},
        "indicators": {"annual": annual},
    }
    return Form("sichuan-zhongjiang-2022-biaochi.xlsx", "xlsx", [Sheet("绩效目标自评表", rows, merges)], expected)


def wuhai() -> Form:
    """乌海市供销社 2021 项目绩效目标表 (Inner Mongolia, web page): 指标性质 holds 正向, 指标方向 holds the sign,
    目标值 and 计量单位 apart, 投入目标（万元）."""
    goal = (
        "围绕国家关于建设节约型社会和发展循环经济的要求，在充分规范整合和利用现有再生资源回收渠道的基础上，合理布局，"
        "规范建设。达成以下目标： 目标1：聘用人员1人，出差8人 目标2：聘用人员在岗率100% 目标3：2021年12月31日前完成 "
        "目标4：年度预算总金额3万元 目标5：促进资源循环和高效利用，改善城乡生态环境。"
    )
    lines = [
        ("数量指标", "出差人数", "正向", "=", "8", None, 4),
        ("数量指标", "出差人次", "正向", "=", "24", "人/次", 4),
        ("质量指标", "工作任务完成率", "正向", "=", "100", "%", 4),
        ("时效指标", "项目财政资金到位时间", "正向", "=", "44,561", "44,561", 10),
        ("时效指标", "财政资金到位及时支付率", "正向", "=", "100", "%", 4),
        ("时效指标", "工作计划按时完成时间", "正向", "=", "44,561", "44,561", 4),
        ("成本指标", "出差单位成本", "反向", "=", "0", "万元/人", 4),
        ("成本指标", "出差总成本", "反向", "=", "1", "万元", 4),
        ("成本指标", "劳务人员总成本", "反向", "=", "2", "万元", 4),
        ("成本指标", "办公费总成本", "反向", "=", "0", "万元", 4),
        ("成本指标", "年度预算总成本", "反向", "=", "3", "万元", 4),
    ]
    rows: list[list[object]] = [
        ["再生资源回收市场管理经费项目绩效目标表"],
        ["（2021年）"],
        ["项目名称", "再生资源回收市场管理经费"],
        ["项目类别", "（31）部门预算项目"],
        ["归口科室", "（08）经济贸易科"],
        ["主管部门", "（433）乌海市供销合作社联合社（部门）"],
        ["实施单位", "（433001）乌海市供销合作社联合社"],
        ["投入目标\n（万元）", "资金来源", None, None, "年初安排金额（万元）"],
        [None, "资金总额", None, None, "3"],
        [None, "其中：财政拨款数", None, None, "3"],
        [None, "其他资金", None, None, "0"],
        ["年度目标", goal],
        [
            "绩效指标（权重分值90分，其中产出指标权重分值50分，效益指标权重分值30分，满意度指标权重分值10分）",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标方向",
            "目标值",
            "计量单位",
            "分值",
            "备注",
        ],
        *[
            [None, "产出指标", level2, name, kind, sign, value, unit, weight]
            for level2, name, kind, sign, value, unit, weight in lines
        ],
    ]
    merges = ["A1:J1", "A2:J2", "B3:J3", "B4:J4", "B5:J5", "B6:J6", "B7:J7", "A8:A11", "B8:D8", "E8:J8", "B9:D9"]
    merges += ["E9:J9", "B10:D10", "E10:J10", "B11:D11", "E11:J11", "B12:J12", "A13:A24"]
    annual: list[object] = []
    for level2, name, _, sign, value, unit, _ in lines:
        if unit == value:  # the date rows: a serial number in both columns, what was meant is not shown
            annual.append({"level1": "产出指标", "level2": level2, "name": name})
        else:
            shown = "" if sign == "=" else sign  # a bare = is what a value without an operator means
            annual.append(matrix_line("产出指标", level2, name, f"{shown}{value}{unit or ''}"))
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "再生资源回收市场管理经费",
            "project.department": "（433）乌海市供销合作社联合社（部门）",
            "unit.name": "（433001）乌海市供销合作社联合社",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "30000.00", "annual.county": "30000.00"},
        "indicators": {"annual": annual},
    }
    return Form("neimenggu-wuhai-2021-zaisheng.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def xiangtan() -> Form:
    """湘潭市环境卫生管理处 2023 项目支出绩效目标申报表 (Hunan, web page): 单位：万元, 指标值及单位, 绩效标准
    holding 计划标准, empty 效益 rows. Found after the reader was changed (a late, held-out form)."""
    goal = "通过采购雾炮车降尘抑尘服务，服务周期2023.07-2024.01，全市空气质量达到优良"
    rows: list[list[object]] = [
        ["2023年项目支出绩效目标申报表"],
        ["填报单位：（盖章）", None, None, None, "单位：万元"],
        ["项目支出名称", "雾炮车降尘抑尘服务", None, "预算部门", "湘潭市环境卫生管理处"],
        ["年度本级\n预算金额", "250万", None, "该项目支出上级资金", "0"],
        ["项目支出实施期", "2023.07-2024.01"],
        ["实施期绩效目标", goal],
        ["本年度绩效目标", goal],
        ["本年度\n绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
        [None, "产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆", "计划标准"],
        [None, None, None, "雾炮车风炮射程", "≥80M", "计划标准"],
        [None, None, "质量指标", "服务周期内空气质量", "优良", "计划标准"],
        [None, None, "时效指标", "服务周期", "2023.07-2024.01", "计划标准"],
        [None, None, "成本指标", "控制在预算成本内", "250万", "计划标准"],
        [None, "效益指标", "经济效益指标"],
        [None, None, "社会效益指标", "服务周期内，市民对空气质量改善的满意程度", "≥85%", "计划标准"],
        [None, None, "生态效益指标"],
        [None, None, "可持续影响指标"],
        [None, None, "社会公众或服务对象满意度指标", "市民满意度", "≥90%", "计划标准"],
        ["财政部门审核意见"],
        ["填表人： 宋云花 联系电话：16607326331 填报日期： 单位负责人签字："],
    ]
    merges = ["A1:F1", "A2:D2", "E2:F2", "B3:C3", "B4:C4", "B5:F5", "B6:F6", "B7:F7", "A8:A18", "B9:B13"]
    merges += ["C9:C10", "B14:B18", "B19:F19", "A20:F20"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "雾炮车降尘抑尘服务",
            "project.department": "湘潭市环境卫生管理处",
            "goals.mid_term": goal,
            "goals.annual": goal,
        },
        "funding": {"annual.total": "2500000.00", "annual.county": "2500000.00"},
        "indicators": {
            "annual": [
                {"level2": "数量指标", "name": "雾炮车降尘抑尘服务配备车辆数", "value": "10辆"},
                {"level2": "数量指标", "name": "雾炮车风炮射程", "value": "≥80M"},
                {"level2": "质量指标", "name": "服务周期内空气质量", "value": "优良"},
                {"level2": "时效指标", "name": "服务周期", "value": "2023.07-2024.01"},
                {"level2": "成本指标", "name": "控制在预算成本内", "value": "250万"},
                {"level2": "社会效益指标", "name": "服务周期内，市民对空气质量改善的满意程度", "value": "≥85%"},
                {"level2": "服务对象满意度指标", "name": "市民满意度", "value": "≥90%"},
            ]
        },
    }
    return Form("hunan-xiangtan-2023-wupaoche.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def qingshan() -> Form:
    """武汉市青山区教育局 2020 项目支出绩效目标表 (Hubei, web page): 长期 and 年度 columns side by side, the 长期
    half left empty, 一级 repeated on every row. Found after the reader was changed (a late, held-out form)."""
    lines = [
        ("产出指标", "数量指标", "重点建设工程安排数量", "2"),
        ("产出指标", "质量指标", "重点建设工程验收合格率", "100%"),
        ("产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制"),
        ("产出指标", "时效指标", "重点建设工程按期完成率", "100%"),
        ("效益指标", "可持续影响指标", "基础教育巩固提高情况", "巩固提高"),
        ("效益指标", "社会效益指标", "基础教育学校办学条件", "持续改善"),
        ("满意度指标", "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标表"],
        ["2020年度）"],
        ["项目名称", "教育系统基础设施建设和设备购置"],
        ["主管部门\n及编码", "[015001]武汉市青山区教育局", None, "实施单位", "武汉市青山区教育局"],
        ["项目属性", "基础建设、修缮类", None, "项目起止时间", "202001-202012"],
        ["项目资金", "资金总额", "10000万元", "当年资金总额：", "10000万元"],
        [None, "其中：财政拨款", "10000万元", "其中：当年财政拨款", "10000万元"],
        [None, "其他资金", None, "当年其他资金", None],
        ["总体目标", "中期目标", None, "年度目标"],
        [
            None,
            "优化教育布局，推进教育领域综合改革全面提升育人质量实现基础教育持续发展",
            None,
            "按工作计划完成教育局重点项目建设经费预算安排",
        ],
        ["绩效项目指标表"],
        [
            "一级指标",
            "二级指标(长期)",
            "三级指标(长期)",
            "指标值(长期)",
            "二级指标(年度)",
            "三级指标(年度)",
            "指标值(年度)",
        ],
        *[[level1, level2, None, None, level2, name, value] for level1, level2, name, value in lines],
    ]
    merges = ["A1:G1", "A2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:C5", "E5:G5", "A6:A8", "E6:G6", "E7:G7"]
    merges += ["E8:G8", "A9:A10", "B9:C9", "D9:G9", "B10:C10", "D10:G10", "A11:G11"]
    expected = {
        "fields": {
            "year": 2020,
            "project.name": "教育系统基础设施建设和设备购置",
            "project.department": "[015001]武汉市青山区教育局",
            "unit.name": "武汉市青山区教育局",
            "project.attribute": "基础建设、修缮类",
            "goals.mid_term": "优化教育布局，推进教育领域综合改革全面提升育人质量实现基础教育持续发展",
            "goals.annual": "按工作计划完成教育局重点项目建设经费预算安排",
        },
        "funding": {
            "mid_term.total": "100000000.00",
            "mid_term.county": "100000000.00",
            "annual.total": "100000000.00",
            "annual.county": "100000000.00",
        },
        "indicators": {"annual": [list(line) for line in lines]},
    }
    return Form("hubei-qingshan-2020-jiaoyu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every published form of the corpus."""
    return [tangxi(), ezhou(), batang(), hengshan(), dongguan(), qingshen(), fengjie(), zhongjiang(), wuhai()]


def late_forms() -> list[Form]:
    """Forms found after the reader was changed for issue 25: held out by construction, scored once."""
    return [xiangtan(), qingshan()]


BATCHES = Path(__file__).resolve().parent / "batches"
"""Forms collected after issue 25's first set, one module per collector (``batch_*.py``, each with ``forms()``)."""
NEW_SEED = 26


def batch_modules(prefix: str = "batch_") -> list[list[Form]]:
    """The forms of each batch module of a set, in module order: ``batch_`` the second set, ``third_`` the third
    (collected at the end of the session and held out whole)."""
    sys.path.insert(0, str(BATCHES))
    try:
        modules = [importlib.import_module(p.stem) for p in sorted(BATCHES.glob(f"{prefix}*.py"))]
    finally:
        sys.path.remove(str(BATCHES))
    return [module.forms() for module in modules]


def third_forms() -> list[Form]:
    """Every form of the third set."""
    return [form for batch in batch_modules("third_") for form in batch]


def batch_forms() -> list[Form]:
    """Every form of the batches (the second set)."""
    return [form for batch in batch_modules() for form in batch]


def batch_split() -> tuple[list[str], list[str]]:
    """(open, sealed) of the second set: a third of each batch drawn with NEW_SEED when the batch arrived, so a
    later batch never changes what an earlier one sealed."""
    open_part: list[str] = []
    sealed: list[str] = []
    for batch in batch_modules():
        opened, closed = split([form.name for form in batch], NEW_SEED)
        open_part += opened
        sealed += closed
    return sorted(open_part), sorted(sealed)


def split(names: list[str], seed: int = SEED) -> tuple[list[str], list[str]]:
    """(open, sealed): a third of the forms drawn at random with ``seed``, sealed before the reader was changed."""
    ordered = sorted(names)
    sealed = sorted(random.Random(seed).sample(ordered, len(ordered) // 3))
    return [n for n in ordered if n not in sealed], sealed


def main() -> None:
    """Write every form and its expected values."""
    OUT.mkdir(exist_ok=True)
    chosen = sys.argv[1:]
    for form in [*forms(), *late_forms(), *batch_forms(), *third_forms()]:
        if chosen and form.name not in chosen:
            continue
        write_form(form, OUT / form.name)
        print(form.name)
    open_part, sealed = split([form.name for form in forms()])
    print("open:", open_part)
    print("sealed:", sealed)
    new_open, new_sealed = batch_split()
    print("new, open:", new_open)
    print("new, sealed:", new_sealed)


if __name__ == "__main__":
    main()
