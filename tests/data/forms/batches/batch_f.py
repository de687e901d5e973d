"""Batch f of published forms (issue 25): 江苏, 浙江, 山东, 河南, 江西, 黑龙江, 吉林, 辽宁 first, then any province.

Each function reproduces one filled form as its page shows it (sources and what was left out: batch_f.md);
the expected values are written from the page, never from what GridBudget reads.
"""

from __future__ import annotations

from decimal import Decimal

from make_forms import Form, Sheet, cells, matrix_line


def mafeng() -> Form:
    """广元市昭化区疾控中心 2021 项目支出绩效目标申报表 (Sichuan, web page saved as GBK): funds broken down by
    （一）…1、…, 项目完成指标 / 项目效益指标 as the 一级 groups, a 满意度 二级 named as its 一级."""
    goal = (
        "每年开展“世界麻风病日”、“中国麻风节”宣传活动和春节前到两个敬老院看望慰问院内休养员、村外康复者和现症患者，"
        "实现慰问全覆盖。"
    )
    lines = [
        ("项目完成\n指标", "数量指标", "每年春节慰问麻风村休养员、村外康复者和现症病人", "32人"),
        (None, None, "宣传教育", "覆盖全区所有人员"),
        (None, "质量指标", "麻风村休养员、村外康复者和现症病人生活得到改善", "100%"),
        (None, None, "广大群众对病风病防治知识知晓率显著提升", "100%"),
        (None, "时效指标", "项目实施时间", "2021年1月-12月"),
        (None, None, "资金拨付到位情况", "12月底前100%到位"),
        (
            None,
            "成本指标",
            "严控成本，严格按照项目资金落实各项工作，不扩大，不增债",
            "严格按照指标任务落实工作",
        ),
        ("项目效益\n指标", "社会效益指标", "政府对麻风村休养员、村外康复者和现症病人的关爱", "明显增加"),
        (None, None, "广大群众对病风病防治意识", "明显增强"),
        (None, "可持续影响指标", "项目实施情况", "良好"),
        (None, None, "服务能力提升", "持续加强"),
        ("满意度指标", "满意度指标", "群众幸福感", "明显提升"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标申报表"],
        ["（2021年度）"],
        ["项目名称", "麻风病防治"],
        ["预算单位", "区疾控中心"],
        ["项目资金（万元）", "年度资金总额", None, "金额（万元）"],
        [None, "   （一）财政拨款小计", None, "4.00"],
        [None, "       1、一般公共预算", None, "4.00"],
        [None, "       2、政府性基金", None, "0.00"],
        [None, "       3、国有资本经营预算", None, "0.00"],
        [None, "   （二）自有资金小计", None, "0.00"],
        [None, "       1、事业收入", None, "0.00"],
        [None, "       2、经营性收入", None, "0.00"],
        [None, "   （三）其他收入", None, "0.00"],
        ["总体\n目标", "年度目标"],
        [None, goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）"],
        *[cells("绩效指标" if i == 0 else None, *line) for i, line in enumerate(lines)],
    ]
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:E4", "A5:A13"] + [f"B{r}:C{r}" for r in range(5, 14)]
    merges += ["A14:A15", "B14:E14", "B15:E15", "A17:A28", "B17:B23", "C17:C18", "C19:C20", "C21:C22"]
    merges += ["B24:B27", "C24:C25", "C26:C27"]
    scheme = {"项目完成\n指标": "产出指标", "项目效益\n指标": "效益指标", "满意度指标": "满意度指标"}
    annual = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = scheme[first] if first else level1, second or level2
        annual.append(matrix_line(level1, level2, name, value))
    expected = {
        "fields": {"year": 2021, "project.name": "麻风病防治", "unit.name": "区疾控中心", "goals.annual": goal},
        "funding": {"annual.total": "40000.00", "annual.county": "40000.00"},
        "indicators": {"annual": annual},
    }
    return Form("sichuan-guangyuan-zhaohua-2021-mafeng.xls", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def malukeng() -> Form:
    """临沧市临翔区林业和草原局 2023 项目支出绩效自评表 (Yunnan, web page): 年初预算数 blank, the 二级 label
    repeated on every row (no merge), 时效 before 质量."""
    goal = (
        "支持欠发达国有林场基础设施建设，补齐必要的配套基础设施建设短板，有效保护管理好马鹿坑国有林场的野生动物资源，"
        "及时有效救助各类受到伤害的野生动物，新建马鹿坑国有林场临时野生动物收容所1间200平方米，钢结构圈养围栏120米，"
        "能同时收容近百头（只）野生动物。"
    )
    done = "完成马鹿坑国有林场临时野生动物收容所1间200平方米，钢结构圈养围栏120米，能同时收容近百头（只）野生动物。"
    name = "2023年马鹿坑国有林场新建野生动物收容所建设项目"
    body = "临沧市临翔区林业和草原局"
    lines = [
        ("产出指标", "数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", 10, 10, "无"),
        (None, "数量指标", "钢结构圈养围栏", "≥120米", "121.5米", 10, 10, "无"),
        (None, "时效指标", "项目完工时限", "2023年12月", "2023年10月", 15, 15, "无"),
        (None, "质量指标", "项目竣工验收率", "100%", "100%", 15, 15, "无"),
        ("效益指标", "经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", 10, 10, "无"),
        (None, "社会效益指标", "提供务工岗位", "≥5个", "5个", 10, 10, "无"),
        (None, "可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", 10, 10, "无"),
    ]
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["（ 2023年度）"],
        ["项目名称", name],
        ["主管部门", body, None, None, "实施单位", body],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 32.4, 31.69, 10, "97.80%", 9],
        [None, "其中：当年财政拨款", None, 32.4, 31.69, 10, "97.80%", 9],
        ["年度\n总体\n目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, done],
        [*header, "偏差原因分析及改进措施"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A7", "A8:A9", "B8:D8", "E8:I8", "B9:D9", "E9:I9"]
    merges += ["A10:A17", "B11:B14", "B15:B17"]
    annual = []
    level1 = ""
    for first, second, indicator, value, *_ in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second, indicator, value))
    expected = {
        "fields": {
            "year": 2023,
            "project.name": name,
            "project.department": body,
            "unit.name": body,
            "goals.annual": goal,
        },
        "funding": {"annual.total": "324000.00", "annual.county": "324000.00"},
        "indicators": {"annual": annual},
    }
    return Form("yunnan-lincang-linxiang-2023-malukeng.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def jishan() -> Form:
    """稷山县医疗保障局 2020 项目支出绩效自评表 (Shanxi, the county's .xlsx): scores in the 一级 labels,
    "指标1：" before every name, a bare count as a value, 年初预算数 blank."""
    goal = "提高医疗保障水平，推进因病致贫问题的根本性解决"
    done = "提高医疗保障水平，推进了因病致贫问题的基本性解决"
    lines = [
        (
            "产出指标（50分）",
            "数量指标",
            "指标1：全县参合人数",
            "8755",
            "8676",
            15,
            13,
            "建档立卡中有新增死亡人员，导致有偏差",
        ),
        (None, "质量指标", "指标1：资金是否全部纳入医保统筹", "100%", "100%", 15, 15, None),
        (None, "时效指标", "指标1：资金是否全部及时纳入", "100%", "100%", 10, 10, None),
        (None, "成本指标", "指标1：配套资金每人每年", "75元", "75元", 10, 10, None),
        ("效益指标（30分）", "社会效益指标", "指标1：是否解决建档立卡人员看病难贵问题", "95%", "95%", 30, 27, None),
        ("满意度指标（10分）", "服务对象满意度指标", "指标1：是否满意", "95%", "95%", 10, 9, None),
    ]
    rows: list[list[object]] = [
        ["稷山县项目支出绩效自评表"],
        ["（2020年度）"],
        ["项目名称", "建档立卡个人缴费县级配套资金"],
        ["主管部门", "稷山县医疗保障局", None, None, "实施单位", "稷山县医疗保险服务中心"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 65.66, 65.07, 10, "99%", 9],
        [None, "其中：当年财政拨款", None, 65.66, 65.07, "—", "99%", "—"],
        [None, "上年结转资金", None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, None, "—", None, "—"],
        ["年度总\n体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, done],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        *[cells(None, *line) for line in lines],
        ["总分", None, None, None, None, None, 100, 94],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11"]
    merges += ["E11:I11", "A12:A18", "B13:B16", "A19:F19"]
    annual = []
    level1 = ""
    for first, second, name, value, *_ in lines:
        level1 = first.split("（")[0] if first else level1
        annual.append(matrix_line(level1, second, name, value))
    expected = {
        "fields": {
            "year": 2020,
            "project.name": "建档立卡个人缴费县级配套资金",
            "project.department": "稷山县医疗保障局",
            "unit.name": "稷山县医疗保险服务中心",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "656600.00", "annual.county": "656600.00"},
        "indicators": {"annual": annual},
    }
    return Form("shanxi-yuncheng-jishan-2020-yibao.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def yuan() -> Form:
    """六安市裕安区文化和旅游局 2022 市级文物保护专项经费绩效自评表 (Anhui, as Word): "指标1：" numbering
    restarting in each group, 执行率 as a fraction (0.958), long sentences as 指标值."""
    goal = (
        "通过项目实施，完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护，赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据"
        "测绘、龙盘石刻护栏制装，加大文物保护力度，发挥文物的宣传教育价值。"
    )
    work = (
        "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护，指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、"
        "龙盘石刻护栏制装"
    )
    lines = [
        ("产出指标", "数量指标", "指标1：修缮建筑数量", work, work, 7, 7),
        (None, None, "指标2：修缮建筑面积", "6000平方米", "6000平方米", 7, 7),
        (None, None, "指标3：修缮级别", "市级保护单位", "市级保护单位", 7, 7),
        (None, "质量指标", "指标1：验收通过率", "100%", "95%", 6, 5),
        (None, None, "指标2：工程质量管理", "≥95%", "98%", 6, 6),
        (None, None, "指标3：文明施工", "≥95%", "97%", 6, 6),
        (None, "时效指标", "项目设计、招标、施工", "完成时间为2022年12月30日", "完成时间为2022年12月30日", 6, 5),
        (None, "成本指标", "项目成本控制在预算内", "本着节约的原则，控制在预算中。", "100%", 5, 5),
        (
            "效益指标",
            "社会效益指标",
            "文物本体安全、体现文物价值，提升知名度",
            "加大文物保护，展示文物价值",
            "程度较高",
            15,
            15,
        ),
    ]
    rows: list[list[object]] = [
        ["项目名称", "市级文物保护专项经费"],
        ["主管部门", "裕安区文化和旅游局", None, None, "实施单位", "裕安区文化和旅游局"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", "29", "29", "27.8", "9", "0.958", "8"],
        [None, "其中：当年财政拨款", "29", "29", "27.8", "9", "0.958", "8"],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, "基本完成年度目标。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分"],
        *[cells(None, *line) for line in lines],
    ]
    rows[9].append("偏差原因分析及改进措施")
    annual = []
    level1 = level2 = ""
    for first, second, name, value, *_ in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, str(name), str(value)))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "市级文物保护专项经费",
            "project.department": "裕安区文化和旅游局",
            "unit.name": "裕安区文化和旅游局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "290000.00"},
        "indicators": {"annual": annual},
    }
    sheet = Sheet("市级文物保护专项经费绩效自评表（2022年度）", rows)
    return Form("anhui-luan-yuan-2022-wenwu.docx", "docx", [sheet], expected)


def langzhong() -> Form:
    """阆中市交通运输局 2021 车购税补助资金绩效目标自评表 (Sichuan, web page): the 产出 and 效益 一级 cells
    blank (only 满意度指标 printed), the 指标值 and 完成值 columns holding the scores (20, 10), …… rows."""
    goal = "按计划完成2021年度省道公路建设。建设普通省道二级公路32.1公里，保证道路安全畅通。"
    name = "车辆购置税收入补助地方资金（普通省道公路建设）"
    lines = [
        (None, "数量指标", "建设普通省道二级公路32.1公里", "20", "20"),
        (None, "质量指标", "建设符合验收要求", "20", "20"),
        (None, "时效指标", "按期完成投资", "10", "10"),
        (None, "成本指标", None, None, None),
        (None, "……", None, None, None),
        (None, "经济效益\n指标", "对经济发展的促进作用", "10", "10"),
        (None, "社会效益\n指标", "基本公共服务水平", "10", "10"),
        (None, "生态效益\n指标", "交通建设符合环评审批要求", "10", "10"),
        (None, "可持续影响指标", None, None, None),
        (None, "……", None, None, None),
        ("满意度指标", "服务对象\n满意度指标", "改善通行服务水平群众满意度", "20", "20"),
        (None, "……", None, None, None),
    ]
    note = (
        "注：1.资金使用单位按项目填报，主管部门和财政部门汇总时按区域绩效目标填报。\n"
        "    2.其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金，以及以前年度的结转结余资金等。"
    )
    rows: list[list[object]] = [
        [f"{name}绩效目标自评"],
        ["（2021年度）"],
        ["转移支付（项目）名称", name],
        ["中央主管部门", "财政部"],
        ["地方主管部门", "阆中市交通运输局", None, None, "资金使用单位", "阆中市交通运输局"],
        ["项目资金\n（万元）", None, None, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
        [None, "年度资金总额：", None, "4000", "4000", "100%"],
        [None, " 其中：中央补助", None, "4000", "4000", "100%"],
        [None, "地方资金"],
        [None, " 其他资金"],
        ["总体目标完成情况", "总体目标", None, None, "全年实际完成情况"],
        [None, goal],
        ["绩效指标", "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
        *[cells(None, *line) for line in lines],
        ["说明", None],
        [note],
    ]
    merges = ["A1:G1", "A2:G2", "B3:G3", "B4:G4", "B5:D5", "F5:G5", "A6:A10", "B6:C6", "B7:C7", "B8:C8", "B9:C9"]
    merges += ["B10:C10", "A11:A12", "B11:D11", "E11:G11", "B12:D12", "E12:G12", "A13:A25", "B24:B25", "A27:G27"]
    annual: list[object] = []
    for first, second, indicator, value, _ in lines:
        if indicator is None:
            continue
        level2 = second.replace("\n", "")
        if first:
            annual.append(matrix_line(first, level2, indicator, str(value)))
        else:
            annual.append({"level2": level2, "name": indicator, "value": value})
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "阆中市交通运输局",
            "unit.name": "阆中市交通运输局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "40000000.00", "annual.central": "40000000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "sichuan-nanchong-langzhong-2021-chegoushui.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected
    )


def matazhen() -> Form:
    """井研县马踏镇人民政府 2023 部门预算项目绩效目标申报表 (Sichuan, 一体化 system export): one row per
    indicator with 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性, amounts in 元 with thousands separators, the
    部门's total on its own row above the project, indicators not in scheme order."""
    lines = [
        ("效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", 10),
        ("产出指标", "时效指标", "维持时效", "≥", "1", "年", 20),
        ("产出指标", "质量指标", "按时发放", "≥", "1", "人/年", 10),
        ("效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", 10),
        ("产出指标", "数量指标", "村组干部230人", "≥", "230", "个", 10),
        ("效益指标", "生态效益指标", "保护生态环境卫生", "≥", "95", "%", 10),
        ("效益指标", "可持续影响指标", "项目维持时效", "≥", "95", "%", 10),
        ("满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", 10),
    ]
    header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值"]
    rows: list[list[object]] = [
        ["部门预算项目绩效目标申报表（2023年度）"],
        ["金额单位：元"],
        [*header, "度量单位", "权重", "指标方向性"],
        ["820-马踏镇部门", None, "8,827,620.53"],
    ]
    for i, (level1, level2, name, sign, value, unit, weight) in enumerate(lines):
        head: list[object] = (
            ["820001-井研县马踏镇人民政府", "村组干部报酬", "3,309,840.00", "按时发放村组干部报酬"]
            if i == 0
            else [None, None, None, None]
        )
        rows.append([*head, level1, level2, name, sign, value, unit, weight, "正向指标"])
    merges = ["A1:L1", "A2:L2", "A5:A12", "B5:B12", "C5:C12", "D5:D12"]
    annual = [
        matrix_line(level1, level2, name, f"{sign}{value}{unit}")
        for level1, level2, name, sign, value, unit, _ in lines
    ]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "村组干部报酬",
            "unit.name": "820001-井研县马踏镇人民政府",
            "goals.annual": "按时发放村组干部报酬",
        },
        "funding": {"annual.total": "3309840.00"},
        "indicators": {"annual": annual},
    }
    return Form("sichuan-leshan-jingyan-2023-cunzuganbu.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def shiminzhongxin() -> Form:
    """鄂州市行政审批局 2021 项目支出绩效自评表 (Hubei, web page): 主管部门 and 实施单位 left blank, amounts
    written "150万" in a 万元 table, blank placeholder rows inside every group, an empty 时效指标 group."""
    goal = "为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查；市政务服务大厅及周边设施日常维修升级改造费用。"
    done = "本年度财政拨款为150万元：执行数为125.25万元，完成预算的83.50%。"
    blank: tuple[object, ...] = (None, None, None, None, None, None, None)
    lines: list[tuple[object, ...]] = [
        ("产出指标", "数量指标", "预算执行率", "100%", "83.5%", 20, 18),
        (None, None, "预算资金拨款率", "100%", "100%", 10, 10),
        blank,
        (None, "质量指标", "政务服务工作办结率", "100%", "100%", 10, 10),
        (None, None, "大厅业务日常考核结果", "100%", "100%", 10, 10),
        blank,
        (None, "时效指标", None, None, None, None, None),
        blank,
        blank,
        (None, "成本指标", "市民中心运行维护费", "150万", "150万", 10, 10),
        blank,
        blank,
        ("效益指标", "经济效益\n指标", "大厅运行正常率", "100%", "100%", 10, 10),
        blank,
        blank,
    ]
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["（ 2021 年度）"],
        ["项目名称", "市民中心运行维护费"],
        ["主管部门", None, None, None, "实施单位", None],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", "150万", "150万", "125.25万", "100", "83.5%", "98"],
        [None, "其中：当年财政拨款", "150万", "150万", "125.25万", "—", None, "—"],
        [None, "上年结转资金", "0", "0", "0", "—", None, "—"],
        [None, "其他资金", "0", "0", "0", "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, done],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分"],
        *[cells(None, *line) for line in lines],
    ]
    rows[11].append("偏差原因分析及改进措施")
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11"]
    merges += ["E11:I11", "A12:A27", "B13:B24", "C13:C15", "C16:C18", "C19:C21", "C22:C24", "B25:B27", "C25:C27"]
    annual = []
    level1 = level2 = ""
    for first, second, name, value, *_ in lines:
        level1, level2 = str(first or level1), str(second or level2).replace("\n", "")
        if name:
            annual.append(matrix_line(level1, level2, str(name), str(value)))
    expected = {
        "fields": {"year": 2021, "project.name": "市民中心运行维护费", "goals.annual": goal},
        "funding": {"annual.total": "1500000.00", "annual.county": "1500000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hubei-ezhou-2021-shiminzhongxin.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def anju() -> Form:
    """遂宁市安居区市场监管局 2021 食品监管补助资金区域绩效目标自评表 (Sichuan, as Word): central and provincial
    bodies instead of a 主管部门, amounts "2.38 万元" in the cells, one goal per row, "指标1：" numbering per group,
    the section scores (20, 50) in the label rows, a 三级 name cut short as printed (…宣传活)."""
    goals = [
        "目标1：深入开展食品风险隐患排查整治。",
        "目标2：加大违法行为打击力度。",
        "目标3：加强基层监管人员监管业务培训。",
        "目标4：加大食品安全宣传力度。",
    ]
    lines = [
        ("产出指标", "质量指标", "指标1：食品安全监管人员培训", "已完成", "已完成", 5),
        (None, None, "指标2：违法案件查办率", "100%", "100%", 4),
        (None, None, "指标3：食品经营环节风险分级", "100%", "100%", 5),
        (None, None, "指标4：开展食品安全宣传周等科普宣传活", "已完成", "已完成", 3),
        (None, None, "指标5：进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成", "已完成", 3),
        (None, None, "指标6：食品安全投诉举报处置率", "100%", "100%", 3),
        (None, "时效指标", "指标1：食品监管专项工作整体完成时间", "2021年12月31日", "2021年12月31日", 5),
        (
            "效益指标",
            "社会效益指标",
            "指标1：辖区内与补助资金相关的重大食品安全监管责任事故发生数",
            "0次",
            "0次",
            3,
        ),
        (None, None, "指标2：辖区内公众食品安全科普知识素养", "逐步提高", "逐步提高", 3),
    ]
    rows: list[list[object]] = [
        ["专项名称", "食品监管补助资金"],
        ["中央主管部门", "市场监管总局", None, None, None, "自评得分"],
        ["省级财政部门", "四川省财政厅"],
        ["省级主管部门", "四川省市场监管局", None, None, None, 100],
        ["预算执行情况", "预算数：", "2.38", "执行数：", "2.38", 20],
        [None, "其中：中央补助", "      2.38  万元", "其中：中央补助", "    2.38万元"],
        [None, "地方资金/其他", "万元", "地方资金/其他", "万元"],
        ["年度目标完成情况", "预期目标", None, "目标实际完成情况", None, 20],
        *[cells(None, goal, None, goal) for goal in goals],
        ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", 50],
        *[cells(None, *line) for line in lines],
    ]
    annual = []
    level1 = level2 = ""
    for first, second, name, value, *_ in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, name, value))
    expected = {
        "fields": {"project.name": "食品监管补助资金"},
        "funding": {"annual.total": "23800.00", "annual.central": "23800.00"},
        "indicators": {"annual": annual},
    }
    sheet = Sheet("食品监管补助资金区域绩效目标自评表", rows)
    return Form("sichuan-suining-anju-2021-shipinjianguan.docx", "docx", [sheet], expected)


def huoshan() -> Form:
    """霍山县教育局 2024 特殊教育补助资金转移支付整体绩效目标自评表 (Anhui): the 产出 一级 cell blank, four
    amounts under three money headings (年初预算数 over two columns), counts inside the 三级 names with 100% as the
    value, "分总" for 总分."""
    goal = (
        "采购两个年级教学软件，两套班班通，四台台式电脑和四台笔记本电脑，一套室外康复运动器材，使得教育教学条件得到"
        "大力改善，提升特殊教育质量。"
    )
    done = "严格按照年初预算执行，采购手续合规合法，完成率100%。"
    lines: list[tuple[object, ...]] = [
        (None, "数量指标", "培智教学软件2套", "100%", "100%", 10, 10),
        (None, None, "台式电脑4台、笔记本电脑4台、班班通设备2套", "100%", "100%", 5, 5),
        (None, None, "室外康复运动设施1套", "100%", "100%", 5, 5),
        (None, "质量指标", "培智教学软件验收合格率", "100%", "100%", 10, 10),
        (None, None, "台式电脑4、笔记本电脑、班班通设备验收合格率", "100%", "100%", 5, 5),
        (None, None, "室外康复运动设施验收合格率", "100%", "100%", 5, 5),
        (None, "时效指标", "根据资金到位时间执行项目进度", "100%", "100%", 10, 10),
        ("效益\n指标", "社会效益\n指标", "特殊教育资源", "扩大", "扩大", 30, 30),
        ("满意度指标", "服务对象\n满意度指标", "残疾学生、家长满意度", "90%", "98%", 5, 5),
        (None, None, "特殊教育教师满意度", "90%", "98%", 5, 5),
    ]
    money = ["28.1", "28.1", "28.1", "28.1", 10, "100%", 10]
    rows: list[list[object]] = [
        ["霍山县特殊教育补助资金转移支付整体绩效目标自评表"],
        ["（2024年度）"],
        ["转移支付（项目）名称", "特殊教育补助资金"],
        ["市级主管部门", "六安市教育体育局"],
        [
            "项目资金（万元）",
            None,
            "年初预算数",
            None,
            "全年预算数（A）",
            "全年执行数（B）",
            "分值",
            "预算执行率（B/A）",
            "得分",
        ],
        [None, "年度资金总额：", *money],
        [None, " 其中：中央资金", *money],
        [None, "       省级资金"],
        [None, "       市级资金"],
        [None, "       县级资金"],
        [None, "        其他资金"],
        ["年度总体目标", "年初设定目标", None, None, None, "全年实际完成情况"],
        [None, goal, None, None, None, done],
        [
            "绩效指标",
            "一级\n指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "全年实际完成值",
            "分值",
            "得分",
            "未完成原因和改进措施",
        ],
        *[cells(None, *line) for line in lines],
        ["分总", None, None, None, None, None, 100, 100],
        ["说明"],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:I4", "A5:A11", "C5:D5", "A12:A13", "B12:E12", "F12:I12", "B13:E13"]
    merges += ["F13:I13", "A14:A24", "C15:C17", "C18:C20", "B23:B24", "C23:C24", "A25:F25", "B26:I26"]
    annual: list[object] = []
    level1 = level2 = ""
    for first, second, name, value, *_ in lines:
        level1, level2 = str(first or level1).replace("\n", ""), str(second or level2).replace("\n", "")
        if level1:
            annual.append(matrix_line(level1, level2, str(name), str(value)))
        else:
            annual.append({"level2": level2, "name": name, "value": value})
    expected = {
        "fields": {
            "year": 2024,
            "project.name": "特殊教育补助资金",
            "project.department": "六安市教育体育局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "281000.00", "annual.central": "281000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-luan-huoshan-2024-teshujiaoyu.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def longyang() -> Form:
    """隆阳区土壤肥料工作站 2022 项目支出绩效自评表 (Yunnan, web page): 项目类别/属性 ticked with the
    £/R glyphs of a Wingdings box, a two-level numbering inside the 三级 names (一、… then 1、…), ≧ as the
    operator, 年初目标值（A）as the value heading, an execution rate of 10.77%, "社会效益效益指标" as printed."""
    name = "隆阳区2021年中央化肥减量增效示范县项目补助资金"
    lines = [
        ("产出指标", "数量指标", "一、示范区建立", "≧20000亩", "20000亩", "15.0"),
        (None, None, "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", "5.0"),
        (None, None, "2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", "5.0"),
        (None, None, "3、施用配方肥", "≧18500亩", "18500亩", "5.0"),
        (None, None, "二、化肥减量增效田间试验", "≧15组", "15组", "15.0"),
        (None, None, "1、肥料利用率", "≧5组", "5组", "5.0"),
        (None, None, "2、化肥减量增效", "≧5组", "5组", "5.0"),
        (None, None, "3、其他试验（水稻）", "≧3组", "3组", "3.0"),
        (None, None, "4、其他试验（玉米）", "≧2组", "2组", "2.0"),
        (None, None, "三、土样植株化验", "≧60个", "105个", "5.0"),
        (None, None, "四、农户施肥情况调查（户）", "≧300户", "300户", "5.0"),
        (None, "质量指标", "示范区配方肥到位率", "≧80%", "85.6%", "10.0"),
        (None, "时效指标", "项目按时完成率", "100%", "100%", "10.0"),
        ("效益指标", "社会效益效益指标", "受益农户数", "5000户", "5000户", "5.0"),
    ]
    rows: list[list[object]] = [
        ["2022年度项目支出绩效自评表"],
        ["单位名称：隆阳区土壤肥料工作站", None, None, None, "填报日期：2023年3月20日"],
        ["项目名称", name],
        ["主管部门", "隆阳区农业农村局", None, "项目实施单位", "隆阳区土壤肥料工作站"],
        ["项目类别", "1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R"],
        ["项目属性", "1、持续性项目 £ 2、新增性项目 R"],
        ["预算执行情况（万元）\n（20分）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分\n（20分*执行率）"],
        ["年度财政资金总额", "278.4449", "30.00", "10.77%", "2.16"],
        ["年度绩效目标\n（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["A1:G1", "A2:D2", "E2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:G5", "B6:G6", "E7:G7", "E8:G8"]
    merges += ["A9:A23", "B10:B22", "C10:C20"]
    annual = []
    level1 = level2 = ""
    for first, second, indicator, value, *_ in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, indicator, value))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": name,
            "project.department": "隆阳区农业农村局",
            "unit.name": "隆阳区土壤肥料工作站",
        },
        "funding": {"annual.total": "2784449.00"},
        "indicators": {"annual": annual},
    }
    return Form("yunnan-baoshan-longyang-2022-huafei.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def wangcang() -> Form:
    """旺苍县卫生健康局 2021 基本药物制度补助资金转移支付区域（项目）绩效目标自评表 (Sichuan): 中央主管部门
    blank, 中央补助 and 地方资金 rows, the 一级 cells blank, sentences as 指标值 and 完成值, "指标1：" numbering."""
    goal = (
        "实施基本药物制度，按照专款专用的原则把财政安排的补助资金统筹安排使用，保障基层医疗机构和村级卫生室正常运转，"
        "确保国家基本药物制度顺利实施。"
    )
    done = (
        "年度完成基层医疗卫生机构实施基本药物制度补助2300.67万元，中央补助442.43万元，地方财政补助1858.24万元；"
        "其中完成村卫生室实施基本药物制度补助471.23元，其中中央补助189.63万元，地方财政补助281.6万元"
    )
    lines = [
        (
            "数量指标",
            "指标1：政府办基层医疗卫生机构实施国家基本药物制度覆盖率",
            "实施乡镇社区基层医疗机构37个。",
            "本年度已完成37个基层医疗机构基药补助制度实施。",
        ),
        (
            None,
            "指标2：村卫生室实施国家基本药物制度",
            "实施基本药物制度补助村卫生室352个。",
            "本年度已完成352个村卫生室基药补助的实施。",
        ),
        ("质量指标", "指标1：基层医疗卫生机构实施基本药物制度补助。", "37个基层医疗机构", "100%"),
    ]
    rows: list[list[object]] = [
        ["旺苍县卫生健康局基本药物制度补助资金转移支付区域（项目）绩效目标自评表"],
        ["（2021年度）"],
        ["转移（项目）名称", "基本药物制度补助资金"],
        ["中央主管部门", None],
        ["地方主管部门", "旺苍县卫生健康局", None, "资金使用单位", "旺苍县卫生健康局"],
        ["项目资金（万元）", None, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        [None, "年度资金总额：", "2300.67", "2300.67", "100%"],
        [None, " 其中：中央补助", "442.43", "442.43", "100%"],
        [None, "       地方资金", "1858.24", "1858.24", "100%"],
        [None, "       其他资金"],
        ["总体目标完成情况", "总体目标", None, "全年实际完成情况"],
        [None, goal, None, done],
        [None, "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
        *[cells(None, None, *line) for line in lines],
    ]
    merges = ["A1:G1", "A2:G2", "B3:G3", "B4:G4", "B5:C5", "E5:G5", "A6:A10", "E6:G6", "E7:G7", "E8:G8", "E9:G9"]
    merges += ["E10:G10", "A11:A12", "B11:C11", "D11:G11", "B12:C12", "D12:G12", "A13:A16", "C14:C15"]
    annual = []
    level2 = ""
    for second, name, value, _ in lines:
        level2 = second or level2
        annual.append({"level2": level2, "name": name, "value": value})
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "基本药物制度补助资金",
            "project.department": "旺苍县卫生健康局",
            "unit.name": "旺苍县卫生健康局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "23006700.00", "annual.central": "4424300.00"},
        "indicators": {"annual": annual},
    }
    return Form("sichuan-guangyuan-wangcang-2021-jiyao.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def chunan() -> Form:
    """淳安县文化和广电旅游体育局 2020 公共文化活动专项资金 财政支出政策绩效评价报告 (Zhejiang, Word): a cover
    in paragraphs, then one table with 计划/实际 amounts side by side (万元 in the headings), 中央/省/市/县 rows with
    two of them blank, a 项目支出明细 cost table of 13 lines and its 支出合计, R for a ticked box."""
    costs = [
        ("文化活动经费（文广旅体局）", "166.16", "129.05"),
        ("广电低保工程补助", "80.00", "62.54"),
        ("非物质文化保护经费", "100.00", "98.21"),
        ("应急广播建设工程运维补助资金", "206.77", "206.77"),
        ("乡镇文化站免费开放补助", "73", "73"),
        ("乡镇图书分馆运行保障经费", "41.40", "41.40"),
        ("送书下乡经费", "87.40", "87.40"),
        ("图书馆免费开放专项补助", "50.00", "49.95"),
        ("编外用工人员经费", "24", "24"),
        ("文化活动经费（文化馆）", "141.93", "139.21"),
        ("文化馆免费开放专项补助", "50.00", "41.16"),
        ("文化馆分馆运行保障经费", "18.00", "18.00"),
        ("农村电影公益放映补助资金", "49.34", "49.34"),
    ]
    paragraphs = [
        "淳安县财政支出政策绩效评价报告",
        "项目名称 2020年公共文化活动专项资金",
        "项目单位 淳安县文化和广电旅游体育局",
        "主管部门 淳安县财政局",
        "评价类型 事前评价□ 事中评价□ 事后评价R",
        "评价方式：部门（单位）绩效自评R 财政部门组织评价□",
        "评价机构：中介机构R 部门（单位）评价组□ 财政评价组□",
        "2021年 11月15日",
    ]
    rows: list[list[object]] = [
        ["一、项 目 基 本 概 况"],
        ["项目负责人", "李淼荣", "联系电话", "64810996"],
        ["地 址", "淳安县千岛湖镇珍珠大道136号"],
        ["项目起止时间", "2020年度"],
        ["计划安排资金（万元）", "1088.00", "实际到位资金（万元）", "1020.02"],
        ["其中：中央财政", None, "其中：中央财政", None],
        ["省财政", None, "省财政", None],
        ["市财政", "49.34", "市财政", "49.34"],
        ["县财政", "1038.66", "县财政", "970.68"],
        ["实际支出（万元）", "1020.02"],
        ["二、项目支出明细情况"],
        ["支出内容（经济科目）", "计划支出数（万元）", None, "实际支出数（万元）"],
        *[cells(name, planned, None, spent) for name, planned, spent in costs],
        ["支出合计", "1088.00", None, "1020.02"],
        ["三、项目绩效情况"],
        [None, "预 期", None, "实 际"],
    ]
    expected = {
        "fields": {
            "year": 2020,
            "project.name": "2020年公共文化活动专项资金",
            "project.department": "淳安县财政局",
            "unit.name": "淳安县文化和广电旅游体育局",
            "project.manager.name": "李淼荣",
            "project.manager.phone": "64810996",
        },
        "funding": {"annual.total": "10880000.00", "annual.municipal": "493400.00", "annual.county": "10386600.00"},
        "costs": [[name, f"{Decimal(planned) * 10000:.2f}"] for name, planned, _ in costs],
    }
    sheet = Sheet("淳安县财政局（制）", rows)
    return Form("zhejiang-hangzhou-chunan-2020-gonggongwenhua.docx", "docx", [sheet], expected, paragraphs=paragraphs)


def forms() -> list[Form]:
    """Every form of batch f."""
    return [
        mafeng(),
        malukeng(),
        jishan(),
        yuan(),
        langzhong(),
        matazhen(),
        shiminzhongxin(),
        anju(),
        huoshan(),
        longyang(),
        wangcang(),
        chunan(),
    ]
