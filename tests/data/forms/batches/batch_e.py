"""Batch e of published forms (issue 25): 云南, 西藏, 陕西, 甘肃, 青海, 宁夏, 新疆 and central ministries.

Each function reproduces one filled form as its page shows it (sources and what was left out: batch_e.md);
the expected values are written from the page, never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet, cells, matrix_line


def liutuan() -> Form:
    """第一师阿拉尔市六团 2021 兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表 (Xinjiang, web page):
    指标1: prefixes in the 三级 names, 项目资金总额 beside 年度资金申请总额, spaced labels."""
    total_goal = "建设完成保鲜库1座，3550平方米；建设完成消防水池1座，419平方米。"
    annual_goal = "2021年完成保鲜库钢构主体安装、封顶；完成消防水池土建工程。"
    name = "第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目"
    unit = "新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心"
    rows: list[list[object]] = [
        ["附件："],
        ["兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表"],
        ["项目名称", name],
        ["主管部门", "农业农村局", None, "实施单位", unit],
        ["项目属性", "兵团推进乡村振兴补助资金", None, "项目期", "1年"],
        ["资金情况 （万元）", "项目资金总额：", "1500", "年度资金申请总额", "1500"],
        [None, "其中：财政资金", "1500", "其中：当年财政拨款", "1500"],
        [None, None, None, "上年结转资金"],
        [None, "其他资金", None, "其他资金"],
        ["项目绩效目标", "项目总目标", None, "年度总体目标"],
        [None, total_goal, None, annual_goal],
        ["绩 效 指 标", "一级 指标", "二级指标", "三级指标", "年度指标值"],
        [None, "产 出 指 标", "数量指标", "指标1：新建保鲜库数量", "1座"],
        [None, None, None, "指标2：新建保鲜库面积", "3550平方米"],
        [None, None, None, "指标3：新建消防水池数量", "1座"],
    ]
    merges = ["A1:G1", "A2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:C5", "E5:G5", "A6:A9", "E6:G6", "E7:G7"]
    merges += ["E8:G8", "E9:G9", "A10:A11", "B10:C10", "D10:G10", "B11:C11", "D11:G11", "E12:G12", "A12:A15"]
    merges += ["B13:B15", "C13:C15", "E13:G13", "E14:G14", "E15:G15"]
    produce = "产出指标"
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "农业农村局",
            "unit.name": unit,
            "goals.mid_term": total_goal,
            "goals.annual": annual_goal,
        },
        "funding": {"mid_term.total": "15000000.00", "annual.total": "15000000.00"},
        "indicators": {
            "annual": [
                matrix_line(produce, "数量指标", "指标1：新建保鲜库数量", "1座"),
                matrix_line(produce, "数量指标", "指标2：新建保鲜库面积", "3550平方米"),
                matrix_line(produce, "数量指标", "指标3：新建消防水池数量", "1座"),
            ]
        },
    }
    return Form("xinjiang-alaer-liutuan-2021-baoxianku.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def gucheng() -> Form:
    """丽江市古城区自然资源局 2020 项目支出绩效自评表 (Yunnan): 年度指标值 over 指标性质 | 指标值 | 度量单位,
    the small equals sign ﹦ as the operator, the project name ending in 支出绩效自评表."""
    name = "2020年省级自然资源卫片执法补助经费支出绩效自评表"
    goal = "自然资源卫片执法补助经费"
    lines = [
        ("产出指标", "数量指标", "卫片执法补助经费", "﹦", "72890", "元", "72890", "10.00", "9.00"),
        (None, "质量指标", "项目验收合格率", "﹦", "100", "%", "100", "20", "19"),
        (None, "时效指标", "项目完成及时率", "﹦", "100", "%", "100", "20.00", "19.00"),
        ("效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "30.00", "27.00"),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%", "95", "10.00", None),
    ]
    rows: list[list[object]] = [
        ["2020年度项目支出绩效自评表"],
        ["项目名称", name],
        ["主管部门", "丽江市自然资源和规划局", None, None, None, "实施单位", "丽江市古城区自然资源局"],
        ["项目资金\n（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 7.29, 7.29, 7.29, "10.00", "100%", "10.00"],
        [None, "其中：当年财政拨款", None, 7.29, 7.29, 7.29, None, "100%"],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度\n总体\n目标", "预期目标", None, None, None, "实际完成情况"],
        [None, goal, None, None, None, goal],
        ["绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级\n指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        *[cells(*line) for line in lines],
    ]
    merges = ["A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "B4:C4", "I4:J4", "B5:C5", "I5:J5", "B6:C6"]
    merges += ["I6:J6", "B7:C7", "B8:C8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10", "A11:C11", "D11:F11"]
    merges += ["G11:G12", "H11:H12", "I11:I12", "J11:J12", "A13:A15"]
    annual = []
    level1 = ""
    for first, second, indicator, sign, value, unit, *_ in lines:
        level1 = first or level1
        shown = "" if sign == "﹦" else sign  # a bare (small) equals sign is what a value without an operator means
        annual.append(matrix_line(level1, second, indicator, f"{shown}{value}{unit}"))
    expected = {
        "fields": {
            "year": 2020,
            "project.name": name,
            "project.department": "丽江市自然资源和规划局",
            "unit.name": "丽江市古城区自然资源局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "72900.00"},
        "indicators": {"annual": annual},
    }
    return Form("yunnan-lijiang-gucheng-2020-weipian.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def zhaohua() -> Form:
    """广元市昭化区卫生健康局 2021 项目支出绩效目标申报表 (Sichuan, web page): 财政拨款 broken down by fund
    (（一）…1、…), 项目完成指标 / 项目效益指标 as the 一级 groups, 指标值（包含数字及文字描述）."""
    goal = (
        "区域内符合计划生育政策、法规生育的独生子女伤残、死亡适龄家庭进行政策特别扶助，达到“老有所依，老有所养”的"
        "目标。增强服务意识，稳定特扶家庭情绪"
    )
    lines = [
        ("项目完成\n指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人"),
        (None, "质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格，县级按要求复审", "100%"),
        (None, "时效指标", "项目实施时间", "2021年1月-12月"),
        (None, None, "资金拨付", "12月底到位"),
        (None, "成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助"),
        ("项目效益\n指标", "社会效益\n指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%"),
        (None, "可持续影响\n指标", "实现社会稳定和谐发展", "长期"),
        ("满意度指标", "满意度指标", "受益群众满意度", "≥90%"),
        (None, None, "社会满意度", "100%"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标申报表"],
        ["（2021年度）"],
        ["项目名称", "特困家庭再扶助（独生子女死亡再扶助）"],
        ["预算单位", "区卫生健康局"],
        ["项目资金（万元）", "年度资金总额", None, "金额（万元）"],
        [None, "   （一）财政拨款小计", None, "6.30"],
        [None, "       1、一般公共预算", None, "6.30"],
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
    merges += ["A14:A15", "B14:E14", "B15:E15", "A17:A25", "B17:B21", "C19:C20", "B22:B23", "B24:B25", "C24:C25"]
    scheme = {"项目完成\n指标": "产出指标", "项目效益\n指标": "效益指标", "满意度指标": "满意度指标"}
    annual = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = scheme[first] if first else level1, (second or level2).replace("\n", "")
        annual.append(matrix_line(level1, level2, name, value))
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "特困家庭再扶助（独生子女死亡再扶助）",
            "unit.name": "区卫生健康局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "63000.00", "annual.county": "63000.00"},
        "indicators": {"annual": annual},
    }
    return Form("sichuan-guangyuan-zhaohua-2021-tekun.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def dingshan() -> Form:
    """江津区鼎山街道办事处 2021 重点项目绩效目标表 (Chongqing, web page): cost lines in one cell (项目支出明细
    维修（护）费19980200元；委托业务费2450000元), dates as 1/1/2021, the matrix cut off by the page."""
    overview = (
        "本项目主要用于主要用于维护老集镇1个，标准5万元/年；背街小巷市政设施维护80万元；黄桷树长廊占地补偿1908株、"
        "单价37元/株，补上年未纳入预算38.01万元；环卫清扫保洁（一级）1344993㎡、单价10元/㎡，环卫清扫保洁（二级）"
        "367493㎡、单价7元/㎡；公厕34座，标准6.2万元/座；桥梁路面清扫保洁（1804㎡*7元/㎡=1.27万元），路面巡查维护"
        "（1804㎡*100元/㎡=18.04万元），护栏刷漆（440米*30元/米=1.32万元），护栏更换维修按护栏总量10%（44米*300元"
        "/米=1.32万元），从2020年1月起管护；应配备临时队员49人，按区财政局50000元/人.年预算标准计算；市政执法车辆2台，"
        "按5.50万元/辆.年计算。共计22430200元。"
    )
    goal = (
        "完成1个老集镇的维护，完成1908株黄桷树长廊占地补偿的发放，完成1712486㎡面积的清扫保洁，完成背街小巷166315㎡"
        "面积的管护，完成34座公厕的运行维护，完成3座桥梁的维护，完成背街小巷市政设施的维护，配备临时市政执法队员49人，"
        "保障2辆执法车辆的正常运维，弥补上年预算差额。"
    )
    office = "重庆市江津区鼎山街道办事处"
    rows: list[list[object]] = [
        ["重庆市江津区鼎山街道办事处2021年重点项目绩效目标表"],
        ["预算单位", office, "项目主管部门", office, "项目名称", "市政日常维护经费"],
        ["项目预计开始时间", "1/1/2021", "预计完成时间", "12/31/2021", "项目申报金额\n（万元）", "2243.02"],
        ["项目属性", "延续", "项目分类", "常年性", "支出分类", "重点专项"],
        ["政策依据", "江津府发【2016】40号"],
        ["项目理由", None],
        ["项目概况", overview],
        ["项目支出明细", "维修（护）费19980200元；委托业务费2450000元"],
        ["项目\n实施进度计划", "2021年12月31日前完成"],
        ["项目中期规划绩效目标", None],
        ["项目当年绩效目标", goal],
    ]
    merges = ["A1:F1"] + [f"B{r}:F{r}" for r in range(5, 12)]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "市政日常维护经费",
            "project.department": office,
            "unit.name": office,
            "project.attribute": "延续",
            "project.basis": ["江津府发【2016】40号"],
            "goals.annual": goal,
        },
        "funding": {"annual.total": "22430200.00"},
        "costs": [["维修（护）费", "19980200.00"], ["委托业务费", "2450000.00"]],
    }
    return Form(
        "chongqing-jiangjin-dingshan-2021-shizheng.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected
    )


def xuancheng() -> Form:
    """宣城市公安局 2021 项目支出绩效自评表 (禁毒经费, Anhui, web page in GBK): the 一级 cell shows only
    "(50分)", 年度总体目标完成情况 and 年度绩效指标完成情况 as the block labels, "-" in unused money cells."""
    goal = (
        "支持公安机关开展禁毒业务工作，补助必须的办案、业务、装备等开支，有效的打击毒品犯罪，遏制毒品蔓延、毒品渗透、"
        "毒品制贩和毒品流入非法渠道，进一步巩固禁种铲毒工作成果，进一步增强全民禁毒意识"
    )
    done = (
        "有效的打击了毒品犯罪，遏制了毒品蔓延、毒品渗透、毒品制贩和毒品流入非法渠道，进一步巩固了禁种铲毒工作成果，"
        "进一步增强了全民禁毒意识，提升了群众安全感和满意度。"
    )
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["（2021年度）"],
        ["项目名称", "禁毒经费"],
        ["主管部门", "宣城市公安局", None, None, None, "实施单位", "禁毒支队"],
        [
            "项目资金\n（万元）",
            None,
            "年初预算数",
            "全年预算数（A）",
            "全年执行数（B）",
            "分值",
            "执行率（B/A）",
            "得分",
        ],
        [None, "年度资金总额：", 100, 100, 100, 10, "100%", 10],
        [None, "其中：本年财政拨款", 100, 100, 100, "-", "-"],
        [None, "上年结转资金", None, None, None, "-", "-"],
        [None, "其他资金", None, None, None, "-", "-"],
        ["年度总体目标完成情况", "预期目标", None, None, None, "实际完成情况"],
        [None, goal, None, None, None, done],
        [
            "年度绩效指标完成情况",
            "一级\n指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        [None, "\n\n\n\n(50分)", "数量指标", "指标1：禁毒舞台剧宣传的场次", "≥1场", "1场", 12, 12],
        [None, None, None, "指标2：毛发检查试剂数量", "≥2400份", "3200份", 12, 12],
        [None, None, None, "……"],
        [None, None, "质量指标", "指标1：经费支出合规性", "严格执行相关财经法规制度"],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:A9", "H5:I5", "H6:I6", "A10:A11", "B10:E10"]
    merges += ["F10:I10", "B11:E11", "F11:I11", "A12:A16", "B13:B16", "C13:C15"]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "禁毒经费",
            "project.department": "宣城市公安局",
            "unit.name": "禁毒支队",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "1000000.00", "annual.county": "1000000.00"},
        "indicators": {  # the 一级 cell shows only its score
            "annual": [
                {"level2": "数量指标", "name": "指标1：禁毒舞台剧宣传的场次", "value": "≥1场"},
                {"level2": "数量指标", "name": "指标2：毛发检查试剂数量", "value": "≥2400份"},
                {"level2": "质量指标", "name": "指标1：经费支出合规性", "value": "严格执行相关财经法规制度"},
            ]
        },
    }
    return Form("anhui-xuancheng-2021-jindu.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def huangshi() -> Form:
    """黄石市第三中学 2023 项目自评表 (Hubei, Word): unbalanced brackets as printed (执行数B）), amounts with 万元 in
    the cells, 年初目标值（A as the value column, 具体指标 as the 满意度 二级, option lists without a mark."""
    lines = [
        ("产出指标", "数量指标", "完成校园维修改造及设备购置项目", "800万元", "800万元"),
        (None, "质量指标", "校园维修改造及设备购置合格率", "100%", "100%"),
        (None, "成本指标", "本年预算安排800万元", "100%", "100%"),
        (None, "时效指标", "2023年项目完工、投入使用", "100%", "100%"),
        ("效益指标", "社会效益指标", "保障校园环境安全、教学工作正常运转", "良好", "良好"),
        (None, "可持续影响指标", "建设平安校园，满足教师和学生生活、学习的需要", "≥95%", "≥95%"),
        ("满意度指标", "具体指标", "教师满意度", "≥95%", "≥95%"),
        (None, "具体指标", "学生满意度", "≥95%", "≥95%"),
    ]
    rows: list[list[object]] = [
        ["项目名称", "校园维修改造及设备购置"],
        ["主管部门", "黄石市教育局", None, "项目实施单位", "黄石市第三中学"],
        ["项目类别", "1、部门预算项目   2、市直专项"],
        ["项目属性", "1、持续性项目   2、新增性项目"],
        ["项目类型", "1、常年性项目   2、延续性项目      3、一次性项目"],
        ["预算执行情况（万元）\n20分）", None, "预算数（A）", "执行数B）", "执行率B/A）"],
        [None, "年度财政资金总额", "800万元", "800万元", "100%"],
        ["年度绩效目标\n98分）", "一级指标", "二级指标", "三级指标", "年初目标值（A", "实际完成值（B"],
        *[cells(None, *line) for line in lines],
        ["偏差大或\n目标未完成\n原因分析", None],
        ["改进措施及\n结果应用方案", None],
    ]
    paragraphs = [
        "附件：",
        "2023年度校园维修改造及设备购置项目自评表",
        "项目单位（盖章）：黄石市第三中学 主要领导签字：",
    ]
    annual = []
    level1 = ""
    for first, second, name, value, _ in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second, name, value))
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "校园维修改造及设备购置",
            "project.department": "黄石市教育局",
            "unit.name": "黄石市第三中学",
        },
        "funding": {"annual.total": "8000000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "hubei-huangshi-sanzhong-2023-xiaoyuan.docx",
        "docx",
        [Sheet("填报日期：2024年6月14", rows)],
        expected,
        paragraphs=paragraphs,
    )


def jinan() -> Form:
    """六安市金安区残疾人联合会 2023 项目支出绩效目标表 (Anhui, as .xls): 立项依据 with its document number after the
    title, 项目责任人 above the table, "=22个" with the sign in the value cell, an empty label over the matrix."""
    basis = "《安徽省人民政府办公厅关于印发安徽省残疾人精准康复服务行动实施方案的通知》 皖政办秘〔2016〕190号"
    basis_cell = (
        "依据"
        + basis
        + ", 坚持需求导向，精准服务。针对各类别残疾人的个性康复需求，突出残疾儿童和持证残疾人，扎实开展精准康复服务"
        "行动，做到需求评估精准、康复服务精准、资金使用精准、信息管理精准。"
    )
    goal = (
        "聚焦残疾人康复需求，强化基本康复保障，实施精准康复服务，提升残疾人生存和发展能力。构建与经济社会发展相协调，"
        "与残疾人康复需求相适应的多元化康复服务体系、多层次康复保障制度。为经济困难的残疾人提供基本康复服务，适配辅助"
        "器具，提高受助残疾人生活自理能力和社会活动参与能力"
    )
    office = "六安市金安区残疾人联合会"
    rows: list[list[object]] = [
        ["项目支出绩效目标表"],
        [" (2023年度)"],
        ["项目责任人：邹光辉 单位（盖章）："],
        ["项目名称", "残疾人精准康复"],
        ["主管部门及代码", "[103]" + office, None, "实施单位", office],
        ["项目来源", "本级申报项目", None, "项目期", "3年"],
        ["项目资金\n（万元）", "年度资金总额：", 80],
        [None, "其中：财政拨款", 80],
        [None, "其他资金", "0.00"],
        ["立项依据", basis_cell],
        ["年度\n目标", goal],
        ["\n\n\n", "一级\n指标", "二级指标", "三级指标", "指标值"],
        [None, "产出指标", "数量指标", "签约康复人数", "≥18000人"],
        [None, None, None, "涉及乡镇街数量", "=22个"],
        [None, None, None, "发放辅助器具人数", "≥4000人"],
    ]
    merges = ["A1:E1", "A2:E2", "A3:E3", "B4:E4", "B5:C5", "B6:C6", "A7:A9", "C7:E7", "C8:E8", "C9:E9", "B10:E10"]
    merges += ["B11:E11", "A12:A15", "B13:B15", "C13:C15"]
    produce = "产出指标"
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "残疾人精准康复",
            "project.department": "[103]" + office,
            "unit.name": office,
            "project.manager.name": "邹光辉",
            "project.basis": [basis],
            "goals.annual": goal,
        },
        "funding": {"annual.total": "800000.00", "annual.county": "800000.00"},
        "indicators": {
            "annual": [
                matrix_line(produce, "数量指标", "签约康复人数", "≥18000人"),
                matrix_line(
                    produce, "数量指标", "涉及乡镇街数量", "22个"
                ),  # "=22个": a bare = is what no operator means
                matrix_line(produce, "数量指标", "发放辅助器具人数", "≥4000人"),
            ]
        },
    }
    return Form("anhui-luan-jinan-2023-kangfu.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch e."""
    return [
        liutuan(),
        gucheng(),
        zhaohua(),
        dingshan(),
        xuancheng(),
        huangshi(),
        jinan(),
    ]
