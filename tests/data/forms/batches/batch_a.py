"""Batch a of issue 25's second set: filled forms published by bodies of 北京, 天津, 河北, 山西, 内蒙古, 辽宁, 吉林
(and, when those gave out, other provinces), reproduced cell by cell from the published page.

Sources and what each page left out: batch_a.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet, matrix_line


def langfang() -> Form:
    """廊坊市食品工程学校 2019 项目支出绩效自评表 (Hebei): the template's 指标1/指标2/…… rows kept, 指标1 glued to
    the indicator's name, bare numbers as values, 效益指标 printed twice (the template's page break)."""
    header = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度\n指标值",
        "实际\n完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    late = "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。"
    lines: list[list[object]] = [
        ["产出指标", "数量指标", "指标1工程资金金额", "43.2", "37.24", 10, 9, late],
        [None, None, "指标2"],
        [None, None, "……"],
        [None, "质量指标", "指标1工程完工率", "100", "100", 10, 10],
        [None, None, "指标2工程验收合格率", "100", "100", 10, 10],
        [None, None, "……"],
        [None, "时效指标", "指标1项目完成及时率", "100", "100", 10, 10],
        [None, None, "指标2"],
        [None, None, "……"],
        [None, "成本指标", "指标1成本控制率", "100", "100", 10, 10],
        [None, None, "指标2"],
        [None, None, "……"],
        ["效益指标", "经济效益\n指标", "指标1安全率", "100", "100", 10, 10, "0"],
        [None, None, "指标2"],
        [None, None, "……"],
        [None, "社会效益\n指标", "指标1学校发展能力", "100", "100", 10, 10, "0"],
        [None, None, "指标2"],
        [None, None, "……"],
        [None, "生态效益\n指标", "指标1"],
        [None, None, "指标2"],
        [None, None, "……"],
        ["效益指标", "可持续影响\n指标", "指标1长期使用性", "100", "100", 10, 10],
        [None, None, "指标2"],
        [None, None, "……"],
        ["满意度\n指标", "服务对象满意度指标", "指标1学生满意度", "100", "100", 10, 10, "0"],
        [None, None, "指标2"],
    ]
    rows: list[list[object]] = [
        ["附件1"],
        ["项目支出绩效自评表"],
        ["2019年度）"],
        ["项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费"],
        ["主管部门", "廊坊市发改委", None, None, "实施单位", "廊坊市食品工程学校"],
        ["项目资金\n(万元)", None, "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 43.2, 43.2, 37.24, 10, "86%", 9],
        [None, "其中：当年财政拨款", 43.2, 43.2, 37.24, None],
        [None, "      上年结转资金", None, None, None, None],
        [None, "  其他资金", None, None, None, None],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, "43.2", None, None, "37.24"],
        [None, *header],
        *[[None, *line] for line in lines],
    ]
    merges = ["A2:I2", "A3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A10", "A11:A12", "B11:D11", "E11:I11", "B12:D12"]
    merges += ["E12:I12", "A13:A39", "B14:B25", "C14:C16", "C17:C19", "C20:C22", "C23:C25", "B26:B34", "C26:C28"]
    merges += ["C29:C31", "C32:C34", "B35:B37", "C35:C37", "B38:B39", "C38:C39"]
    level1 = level2 = ""
    annual = []
    for line in lines:
        first, second, name = (str(cell) if cell else "" for cell in line[:3])
        level1, level2 = (first or level1).replace("\n", ""), (second or level2).replace("\n", "")
        if len(line) > 3 and line[3]:
            annual.append(matrix_line(level1, level2, name, str(line[3])))
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "办公宿舍楼、食堂及餐厅暖通改造经费",
            "project.department": "廊坊市发改委",
            "unit.name": "廊坊市食品工程学校",
            "goals.annual": "43.2",
        },
        "funding": {"annual.total": "432000.00", "annual.county": "432000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hebei-langfang-2019-nuantong.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def baodi() -> Form:
    """天津市宝坻区 2022 中央预算内投资计划绩效目标表 (Tianjin, 区财政局's page): 一级 实施效果指标 over 二级
    产出/效益, 下达中央预算内投资(万元) as the only amount."""
    goal = "提高畜禽粪污综合利用率和规模养殖场设施装备配套率。"
    name = "农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)"
    lines = [
        ("建设项目个数(含续建)", "1"),
        ("竣工验收合格率", "100%"),
        ("按进度计划实施情况", "按计划实施"),
        ("完工项目县畜禽粪污综合利用率", "≥90%"),
    ]
    rows: list[list[object]] = [
        ["附件"],
        ["天津市农业绿色发展专项(畜禽粪污\n资源化利用整县推进项目)2022年\n中央预算内投资计划绩效目标表"],
        ["(天津市宝坻区畜禽粪污资源化利用整区推进项目)"],
        ["专项名称", name],
        ["下达地方或单位", "宝坻区人民政府"],
        ["下达中央预算内投资(万元)", "2350"],
        ["总 体 目 标", goal],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
        [None, "实施效果指标", "产出指标", *lines[0]],
        [None, None, None, *lines[1]],
        [None, None, None, *lines[2]],
        [None, None, "效益指标", *lines[3]],
    ]
    merges = ["A1:E1", "A2:E2", "A3:E3", "B4:E4", "B5:E5", "B6:E6", "B7:E7", "A8:A12", "B9:B12", "C9:C11"]
    expected = {
        "fields": {"year": 2022, "project.name": name, "goals.annual": goal},
        "funding": {"annual.total": "23500000.00", "annual.central": "23500000.00"},
        "indicators": {"annual": [{"name": n, "value": v} for n, v in lines]},
    }
    return Form("tianjin-baodi-2022-fenwu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def huoqiu() -> Form:
    """霍邱县科学技术局 2022 项目支出绩效自评表 (Anhui, the bureau's page): scores in the 一级 label, a 时效 row
    whose name is its value, an empty 生态效益指标 row scored 0."""
    goal = "发挥科技特派员创业带头人作用。"
    lines: list[list[object]] = [
        ["产出指标(50分)", "数量指标", "开展县域结对交流活动", "≥3次", "3", 10, 10],
        [None, "质量指标", "科技特派员创业能力提升", "创业能力提升", "达成预期指标", 20, 20],
        [None, "时效指标", "2022年底之前", "2022年底之前", "达成预期指标", 10, 10],
        [None, "成本指标", "科技特派员业务培训开展", "≥5万元", "5", 10, 10],
        ["效益指标(30分)", "经济效益指标", "带动农民增收", "农民增收", "达成预期指标", 10, 10],
        [None, "社会效益指标", "巩固拓展脱贫攻坚成果", "巩固拓展脱贫攻坚成果", "达成预期指标", 10, 10],
        [None, "可持续影响指标", "科技特派员创业行动能力持续提升", "能力持续提升", "达成预期指标", 10, 10],
        [None, "生态效益指标", None, None, None, None, 0],
        ["满意度指标(10分)", "满意度指标", "群众创业热情高涨", "创业热情高涨", "达成预期指标", 10, 10],
    ]
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["(2022年度)"],
        ["项目名称", "科技特派员创业行动经费"],
        ["主管部门", "031-霍邱县科学技术局", None, None, "实施单位", "031001-霍邱县科学技术局"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额:", 25, 25, 25, 10, "100.00%", "10.00"],
        [None, "其中:本年财政拨款", 25, 25, 25],
        [None, "上年结转资金", 0, 0, 0],
        [None, "其他资金", 0, 0, 0],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, None],
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
        *[[None, *line] for line in lines],
        ["总分", None, None, None, None, None, 100, "100.00"],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11"]
    merges += ["E11:I11", "A12:A21", "B13:B16", "B17:B20", "A22:F22"]
    annual = []
    level1 = ""
    for line in lines:
        level1 = str(line[0]).split("(")[0] if line[0] else level1
        if line[2]:
            annual.append(matrix_line(level1, str(line[1]), str(line[2]), str(line[3])))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "科技特派员创业行动经费",
            "project.department": "031-霍邱县科学技术局",
            "unit.name": "031001-霍邱县科学技术局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "250000.00", "annual.county": "250000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-huoqiu-2022-tepaiyuan.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def yueyangxian() -> Form:
    """岳阳县农业农村局 2022 衔接资金绩效目标申报表(基础设施建设类) (Hunan, the county's page): amounts written
    as 854万 with a breakdown in brackets, the 财政拨款 cell printing 854万 twice, 总体目标 over 年度目标."""
    detail = "(高标准农田建设400万元,示范建设295万元,畅通工程159万元)"
    lines = [
        ("产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥100公里"),
        ("产出指标", "数量指标", "脱贫户供水设施数量", "≥20座"),
        ("产出指标", "质量指标", "项目(工程)验收合格率", "100%"),
        ("产出指标", "时效指标", "项目(工程)完成及时率", "≥100%"),
        ("产出指标", "成本指标", "财政资金补助", "1600元/亩"),
        ("效益指标", "经济效益\n指标", "年增粮食", "3500公斤"),
        ("效益指标", "社会效益\n指标", "受益脱贫(监测)人口数", "≥500人"),
        ("效益指标", "社会效益\n指标", "解决脱贫(监测)饮水安全问题人数", "≥1000人"),
        ("效益指标", "生态效益\n指标", "新增和改善灌溉达标面积", "≥500亩"),
        ("效益指标", "生态效益\n指标", "新增和改善排水达标面积", "≥200亩"),
        ("效益指标", "可持续影响\n指标", "工程设计使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "受益脱贫(监测)户满意度", "≥95%"),
    ]
    matrix: list[list[object]] = []
    previous = ("", "")
    for level1, level2, name, value in lines:
        matrix.append(
            [
                None,
                level1 if level1 != previous[0] else None,
                level2 if (level1, level2) != previous else None,
                name,
                value,
            ]
        )
        previous = (level1, level2)
    note = (
        "注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标,可结合已下达的中央对地方"
        "专项转移支付绩效指标),也可自行增加或适当调整。"
    )
    rows: list[list[object]] = [
        ["绩效目标申报表(基础设施建设类)"],
        ["(2022年度)"],
        ["项目名称", "岳阳县2022年高标准农田建设项目"],
        ["项目负责人及电话", "彭兵"],
        ["主管部门", "岳阳县农业农村局", None, "实施单位", "农田建设服务中心"],
        ["资金情况 (万元)", "年度资金总额:", "854万" + detail],
        [None, "其中:财政拨款", "854万854万" + detail],
        [None, "其他资金", None],
        ["总体目标", "年度目标"],
        [None, "完成项目主体工程70%"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        *matrix,
        [note],
    ]
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:E4", "A6:A8", "C6:E6", "C7:E7", "C8:E8", "A9:A10", "B9:E9", "B10:E10"]
    merges += ["A11:A23", "B12:B16", "C12:C13", "B17:B22", "C18:C19", "C20:C21", "A24:E24", "B5:C5"]
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "岳阳县2022年高标准农田建设项目",
            "project.department": "岳阳县农业农村局",
            "unit.name": "农田建设服务中心",
            "project.manager.name": "彭兵",
            "goals.annual": "完成项目主体工程70%",
        },
        "funding": {"annual.total": "8540000.00", "annual.county": "8540000.00"},
        "indicators": {"annual": [matrix_line(a, b.replace("\n", ""), c, d) for a, b, c, d in lines]},
    }
    return Form("hunan-yueyangxian-2022-gaobiaozhun.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def qingjian() -> Form:
    """清涧县交通运输局 2021 绩效目标申报表 (Shaanxi, 县财政局's notice): the vertical labels 总体目标 / 绩效指标
    printed as their first character, 负责人 and phone in one cell."""
    goal = (
        "1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及交安实施的建设,"
        "解决了生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题"
    )
    lines = [
        ("产出指标", "数量指标", "寨山石坪村新建水泥路1条", "2km"),
        ("产出指标", "数量指标", "呼家河至鲍家沟新建水泥路1条", "2km"),
        ("产出指标", "质量指标", "项目(工程)验收合格率", "100%"),
        ("产出指标", "时效指标", "项目(工程)完成及时率", "100%"),
        ("产出指标", "成本指标", "硬化水泥砼公路补助标准", "≤120万元"),
    ]
    rows: list[list[object]] = [
        ["附表1"],
        ["绩效目标申报表"],
        ["(2021年度)"],
        ["项目名称", "2021年交通局寨山石坪、鲍家沟果园路", None, "项目负责人及联系电话", "刘志龙09125222043"],
        ["主管部门", "清涧县交通运输局", None, "实施单位", "清涧县交通运输局"],
        ["资金情况", "年度资金总额:", "500"],
        [None, "其中:财政拨款", "500"],
        [None, "其他资金", None],
        ["总", "年度目标"],
        [None, goal],
        ["绩", "一级指标", "二级指标", "三级指标", "指标值"],
        [None, "产出指标", "数量指标", *lines[0][2:]],
        [None, None, None, *lines[1][2:]],
        [None, None, "质量指标", *lines[2][2:]],
        [None, None, "时效指标", *lines[3][2:]],
        [None, None, "成本指标", *lines[4][2:]],
        [None, "效益指标", "经济效益"],
    ]
    merges = ["A1:E1", "A2:E2", "A3:E3", "B4:C4", "B5:C5", "A6:A8", "C6:E6", "C7:E7", "C8:E8", "A9:A10", "B9:E9"]
    merges += ["B10:E10", "A11:A17", "B12:B16", "C12:C13"]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "2021年交通局寨山石坪、鲍家沟果园路",
            "project.department": "清涧县交通运输局",
            "unit.name": "清涧县交通运输局",
            "project.manager.name": "刘志龙",
            "project.manager.phone": "09125222043",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "5000000.00"},
        "indicators": {"annual": [matrix_line(*line) for line in lines]},
    }
    return Form("shaanxi-qingjian-2021-guoyuanlu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def yongde() -> Form:
    """永德县明朗中学 2022 项目支出绩效自评表 (Yunnan, 公开14表 of the school's 决算): amounts in 元, 指标性质 |
    指标值 | 度量单位 under 年度指标值, ≧ and ═ as the operators, 年初预算数 left blank."""
    goal = "确保每一个学生都能享受到国家政策福利,改善学生体质"
    lines: list[list[object]] = [
        ["产出指标", "数量指标", "学生受资助人数", "≧", "735", "人次", "735", 10, 10],
        [None, "质量指标", "营养改善计划覆盖率", "≧", "100", "%", "100%", 10, 10],
        [None, "时效指标", "资金到位及时率", "≧", "100", "%", "100%", 10, 7],
        [None, "成本指标", "生均补助标准达标率", "═", "100", "%", "100%", 10, 10],
        ["效益指标", "经济效益 指标", "减轻贫困学生家庭经济负担", None, "有效", None, "有效", 10, 10],
        [None, "社会效益 指标", "政策知晓率", "═", "100", "%", "98%", 10, 9],
        [None, "生态效益 指标"],
        [None, "可持续影响 指标", "促进学校教育事业健康发展", "≧", "100", "%", "100%", 10, 10],
        ["满意度指标", "服务对象满意度指标等", "学生满意度", "≧", "95", "%", "100%", 10, 10],
        [None, None, "家长满意度", "≧", "95", "%", "100%", 10, 10],
    ]
    rows: list[list[object]] = [
        ["2022年度项目支出绩效自评表", None, None, None, None, None, None, "部门:临沧市永德县明朗中学"],
        ["公开14表"],
        ["项目名称", "义务教育营养改善计划专项资金"],
        ["主管部门", "永德县教育体育局", None, None, None, "实施单位", "永德县明朗中学"],
        ["项目资金\n(元)", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, None, 387664.62, 387664.62, 10, "100%", 10],
        [None, "其中:当年财政\n拨款", None, None, 387664.62, 387664.62, "—", None, "—"],
        [None, "上年结转\n资金", None, None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, "—", "—", "—", None, "—"],
        ["年度\n总体\n目标", "预期目标", None, None, None, "实际完成情况"],
        [None, goal, None, None, None, goal],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            None,
            None,
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        [None, None, None, None, "指标性质", "指标值", "度量单位"],
        *[[None, *line] for line in lines],
        ["其他需要说明事项", "无"],
        ["总分", None, None, None, None, None, None, None, 100, 96, "优"],
    ]
    merges = ["A1:G1", "H1:K1", "A2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:C5", "A6:A9", "B6:C6", "B7:C7", "B8:C8"]
    merges += ["B9:C9", "A10:A11", "B10:E10", "F10:K10", "B11:E11", "F11:K11", "A12:A23", "B12:B13", "C12:C13"]
    merges += ["D12:D13", "E12:G12", "H12:H13", "I12:I13", "J12:J13", "K12:K13", "B14:B17", "B18:B21", "B22:B23"]
    merges += ["C22:C23", "B24:K24", "A25:H25"]
    annual = []
    level1 = level2 = ""
    for line in lines:
        level1 = str(line[0]) if line[0] else level1
        level2 = str(line[1]).replace(" ", "") if line[1] else level2
        if len(line) > 2:
            sign = "" if line[3] in (None, "═") else str(line[3])
            annual.append(matrix_line(level1, level2, str(line[2]), f"{sign}{line[4]}{line[5] or ''}"))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "义务教育营养改善计划专项资金",
            "project.department": "永德县教育体育局",
            "unit.name": "永德县明朗中学",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "387664.62", "annual.county": "387664.62"},
        "indicators": {"annual": annual},
    }
    return Form("yunnan-yongde-2022-yingyang.xlsx", "xlsx", [Sheet("公开14表", rows, merges)], expected)


def ningjin() -> Form:
    """宁晋县教育局 2019 高中助学金项目绩效评价指标表 (Hebei, the county's .xlsx attachment): no field labels,
    评价内容 holding 产出数量指标, 指标说明 between the name and 目标值, a row without a 目标值."""
    lines: list[list[object]] = [
        ["项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", None, 20],
        [None, "产出数量指标", "享受资助人数", "达到预计值", "2100", 10],
        [None, None, "资金支出率", "达到目标值", "95%", 10],
        [None, "质量指标", "建档立卡学生", "全面覆盖", "100%", 10],
        [None, None, "资助对象满意度", "达到目标值", "95%以上", 10],
        [None, "时效指标", "及时发放率", "达到目标值", "100%", 20],
        [None, "成本指标", "资助标准", "达标率", "100%", 20],
    ]
    rows: list[list[object]] = [
        ["2019年度宁晋县高中助学金项目绩效评价指标表"],
        [],
        ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"],
        *lines,
        ["总分", None, None, None, None, 100],
    ]
    merges = ["A1:G1", "A4:A10", "B5:B6", "B7:B8"]
    # the glued page text (规章制度建立与否20, 资助标准达标率100%20) does not show where the name ends: value only
    annual: list[dict[str, str]] = [{"value": ""}]
    annual += [{"name": str(line[2]), "value": str(line[4])} for line in lines[1:6]]
    annual.append({"value": "100%"})
    expected = {"fields": {"year": 2019}, "indicators": {"annual": annual}}
    return Form("hebei-ningjin-2019-zhuxuejin.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def shizuishan() -> Form:
    """石嘴山市疾病预防控制中心 2020 项目绩效目标批复表 (Ningxia, 部门预算公开): one indented tree column (unit,
    project, 一级, 二级 with (必填) notes, indicators) beside 指标值 and 绩效金额, 单位：元."""
    tree = [
        ("产出指标", [
            ("成本指标(必填硬性指标)", [
                ("按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构", "100%"),
                ("按照物价部门定价标准采购", "100%"),
            ]),
            ("时效指标(必填)", [("疫苗提供及时率", "100%"), ("对美沙酮维持患者及时给予治疗", "100%")]),
            ("数量指标(必填硬性指标)", [("疫苗使用率", "100%"), ("满足海洛因成瘾患者维持治疗需求", "100%")]),
            ("质量指标(必填)", [
                ("质量符合国家标准,有国家颁发的批签发等相关证明文件", "100%"),
                ("美沙酮药物治疗符合国家相关标准", "100%"),
            ]),
        ]),
        ("满意度指标", [("服务对象满意度指标(必填)", [("服务对象满意度", "100%")])]),
        ("效益指标", [
            ("可持续影响指标(必填)", [
                ("通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%"),
                ("通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用", "90%"),
            ]),
            ("社会效益指标(必填)", [("满足辖区居民对常用疫苗的需求", "100%"), ("满足海洛因成瘾患者维持治疗需求", "100%")]),
        ]),
    ]  # fmt: skip
    rows: list[list[object]] = [
        [" 石嘴山市疾病预防控制中心2020年项目绩效目标批复表"],
        ["单位:元"],
        ["项目", "指标值", "绩效金额"],
        [" 石嘴山市疾病预防控制中心"],
        ["  狂犬、乙肝、流感等疫苗及美沙酮药物", None, 3000000],
    ]
    annual = []
    for level1, groups in tree:
        rows.append(["   " + level1])
        for level2, indicators in groups:
            rows.append(["    " + level2])
            for name, value in indicators:
                rows.append(["     " + name, value])
                annual.append({"level1": level1, "name": name, "value": value})
    expected = {
        "fields": {"year": 2020, "project.name": "狂犬、乙肝、流感等疫苗及美沙酮药物"},
        "funding": {"annual.total": "3000000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "ningxia-shizuishan-2020-yimiao.html", "html-utf8", [Sheet("Sheet1", rows, ["A1:C1", "A2:C2"])], expected
    )


def mengcheng() -> Form:
    """蒙城县卫生健康委员会 2024 项目支出绩效目标申报表 (Anhui, Word-born page): the project described in numbered
    paragraphs first, ≧ as the operator, 财政投款 (sic), amounts written with 万元 in the cell."""
    paragraphs = [
        "(2)项目立项依据:省财政厅、卫健委、医保局《安徽省公共卫生 服务补助资金管理实施办法》(皖财社〔2020〕455 号)"
        "第二章:基本公共卫生服务明确为中央、省级与市以下共同财政事权,由中央、省级与市 县财政共同承担支出责任。"
        "具体分担办法为:对国家制定的补助基础标准 部分, 中央、省、市县财政按 6:2:2 共同分担。安徽省卫健委《关于确定 "
        "基本公共卫生服务两卡制第二批试点县名单的通知》(卫基层秘〔2018〕 410 号)将蒙城县列入第二批试点县,"
        "《关于规范基本公共卫生服务“ 两 卡制 ”工作的通知》(皖卫基层秘〔2020〕119 号)第四页要求“做好妇 幼健康系统和"
        "基本公共卫生信息系统的对接 ”。",
        "(3)实施主体:蒙城县卫生健康委员会。",
        "(4)起止时间:2024 年 1 月 1 日-2024 年 12 月 31 日。",
        "(5)项目内容:基本公共卫生服务项目县级配套经费。",
        "(6)年度预算安排:2279.048 万元。",
        "(7)绩效目标:发挥绩效评价“指挥棒 ”的作用,加强结果应用, 将评价结果与补助经费挂钩,提高项目资金的使用效益。",
        "项目支出绩效目标申报表",
    ]
    goal = (
        "针对当前城乡居民存在的主要健康问题,以儿童、孕产妇、老年人、慢性疾病患者为重点人群,面向全体居民免 费提供的"
        "最基本的公共卫生服务,促进基本公共卫生服务均等化。"
    )
    rows: list[list[object]] = [
        ["项目名称", "国家基本公共卫生服务项目"],
        ["主管部门及代码", None, "实施单位", "卫健委"],
        ["项目属性", "滚动项目", "项目期", "长期"],
        ["项目金额(万元)", "年度资金总额", "2279.048 万元"],
        [None, "其中:财政投款", "2279.048 万元"],
        [None, "其他资金", None],
        ["总体 目标", goal],
        ["绩效 指标", "一级 指标", "二级指标", "三级指标", "指标值"],
        [None, "产出 指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≧90%"],
        [None, None, None, "7 岁以下儿童健康管理率", "≧85%"],
    ]
    expected = {
        "fields": {
            "year": 2024,
            "project.name": "国家基本公共卫生服务项目",
            "unit.name": "卫健委",
            "project.attribute": "滚动项目",
        },
        "funding": {"annual.total": "22790480.00", "annual.county": "22790480.00"},
        "indicators": {
            "annual": [
                matrix_line("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≧90%"),
                matrix_line("产出指标", "数量指标", "7 岁以下儿童健康管理率", "≧85%"),
            ]
        },
    }
    return Form(
        "anhui-mengcheng-2024-gongwei.docx",
        "docx",
        [Sheet("(2024 年度)", rows)],  # write_docx puts a sheet's title before its table
        expected,
        paragraphs=paragraphs,
    )


def xiangtan2024() -> Form:
    """湘潭市环境卫生管理处 2024 项目绩效目标表 (Hunan, the 城管执法局's page, Word-born): the money in one cell
    (资金总额: 250 / 一、预算资金:250 …), dates as printed (20246-202516), 长期/年度 goals, empty 效益 rows."""
    money = "资金总额: 250\n        一、预算资金:250\n        二、自有资金:0\n        三、其他:0"
    overview = (
        "2024年,市财政局拨付250万元给市城管执法局,继续采购10台雾炮车用于特殊时段环卫作业,服务周180,持续改善我市"
        "空气质量。市城管执法局已明确该项采购工作由市环卫处负责。"
    )
    annual_goal = "2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量"
    rows: list[list[object]] = [
        ["项目名称", "雾炮车抑尘降尘服务", None, "项目起\n止时间", "20246-202516"],
        ["主管部门及其编码", "湘潭市城市管理和综合执法局 308001", None, "项目实施单位", "湘潭市环境卫生管理处"],
        ["项目负责人", "吴华章", None, "联系电话", "13973200376"],
        ["项目资金申请\n(万元)", money],
        ["项目概况", overview],
        ["项目实施进度计划", "项目实施内容", None, "开始时间", "完成时间"],
        [None, "通过采购雾炮车抑尘降尘服务,使市空气质量达到优良", None, "20246", "20251"],
        ["项目绩效目标", "长期目标", None, "年度目标"],
        [None, "持续改善我市空气质量", None, annual_goal],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准"],
        [None, "产出指标", "数量指标", "雾炮车抑尘降尘服务配备车辆数", "10", "计划标准"],
        [None, None, None, "雾炮车风炮射程", "80M", "计划标准"],
        [None, None, "质量指标", "服务周期内空气质量", "优良", "计划标准"],
        [None, None, "时效指标", "服务周期", "180", "计划标准"],
        [None, None, "成本指标", "控制在预算成本内", "控制在预算内", "计划标准"],
        [None, "效益指标", "经济效益指标", None, None, None],
        [None, None, "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%", "计划标准"],
        [None, None, "生态效益指标", None, None, None],
        [None, None, "可持续影响\n指标", None, None, None],
        [None, None, "服务对象满意度指标", "满意度", "90%", "计划标准"],
    ]
    produce = "产出指标"
    expected = {
        "fields": {
            "year": 2024,
            "project.name": "雾炮车抑尘降尘服务",
            "project.department": "湘潭市城市管理和综合执法局 308001",
            "unit.name": "湘潭市环境卫生管理处",
            "project.manager.name": "吴华章",
            "project.manager.phone": "13973200376",
            "goals.mid_term": "持续改善我市空气质量",
            "goals.annual": annual_goal,
        },
        "funding": {"annual.total": "2500000.00", "annual.county": "2500000.00"},
        "indicators": {
            "annual": [
                matrix_line(produce, "数量指标", "雾炮车抑尘降尘服务配备车辆数", "10"),
                matrix_line(produce, "数量指标", "雾炮车风炮射程", "80M"),
                matrix_line(produce, "质量指标", "服务周期内空气质量", "优良"),
                matrix_line(produce, "时效指标", "服务周期", "180"),
                matrix_line(produce, "成本指标", "控制在预算成本内", "控制在预算内"),
                matrix_line("效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%"),
                {"level2": "服务对象满意度指标", "name": "满意度", "value": "90%"},
            ]
        },
    }
    return Form(
        "hunan-xiangtan-2024-wupaoche.docx",
        "docx",
        [Sheet("填报单位(盖章):", rows)],  # write_docx puts a sheet's title before its table
        expected,
        paragraphs=["2024年项目绩效目标表"],
    )


def tangxi_cunji() -> Form:
    """池州市贵池区棠溪镇 2022 项目支出绩效自评表, 村级补助及运转经费 (Anhui, WPS sheet): =8个 values, a total row
    of zeros above the 本年财政拨款 row, a goal cell ending in a run of dots."""
    goal = (
        "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资"
        "28000元,村级事务补助960000元,村级工作目标奖励100000元。 .. "
        "........................................................................................................"
        "......................"
    )
    done = (
        "本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,村民监督委员会"
        " 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。"
    )
    lines: list[list[object]] = [
        ["产出指标(50分)", "数量指标", "补助村(社区)数量", "=8个", "8", 8, 8],
        [None, None, "保障村干部人数", "=42个", "42", 8, 8],
        [None, "质量指标", "补助资格合规性", "合规", "达成预期指标", 8, 8],
        [None, None, "经费审批流程规范性", "严格执行相关制度规定", "达成预期指标", 8, 8],
        [None, "时效指标", "补助经费到位及时性", "及时", "达成预期指标", 8, 8],
        [None, "成本指标", "项目总成本", "≤202.6万元", "132.9", 10, 10],
        [
            "效益指标(30分)",
            "经济效益指标",
            "对保障村(社区)两委机构正常运行的影响程度",
            "效果明显",
            "达成预期指标",
            10,
            10,
        ],
        [None, "社会效益指标", "提高村(社区)干部工作积极性的影响程度", "效果明显", "达成预期指标", 10, 10],
        [None, "可持续影响"],
    ]
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows: list[list[object]] = [
        ["附件:"],
        ["项目支出绩效自评表"],
        ["(2022年度)"],
        ["项目名称", "村级补助及运转经费"],
        ["主管部门", "219-池州市贵池区棠溪镇人民政府", None, None, "实施单位", "219001-池州市贵池区棠溪镇人民政府"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额:", 0, 0, 0, 10, 0, 0],
        [None, "其中:本年财政拨款", 202.64, 132.912, 132.912],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, done],
        [*header, "偏差原因分析及改进措施"],
        *[[None, *line] for line in lines],
    ]
    merges = ["A2:I2", "A3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A10", "A11:A12", "B11:D11", "E11:I11"]
    merges += ["B12:D12", "E12:I12", "A13:A22", "B14:B19", "C14:C15", "C16:C17", "B20:B22"]
    annual = []
    level1 = level2 = ""
    for line in lines[:-1]:
        level1 = str(line[0]).split("(")[0] if line[0] else level1
        level2 = str(line[1]) if line[1] else level2
        value = str(line[3]).removeprefix("=")  # = is what a value without an operator means
        annual.append(matrix_line(level1, level2, str(line[2]), value))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "村级补助及运转经费",
            "project.department": "219-池州市贵池区棠溪镇人民政府",
            "unit.name": "219001-池州市贵池区棠溪镇人民政府",
            "goals.annual": goal,
        },
        "funding": {"annual.county": "2026400.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-chizhou-tangxi-2022-cunji.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def nanyue() -> Form:
    """南岳区南岳镇 2018 市级专项扶贫资金绩效目标申报表 (Hunan, 区财政局's page): operators typed as >= and <=,
    the template's (≥**个) hints left in the indicator names, a 备注 column, review rows at the foot."""
    lines = [
        ("产出指标", "数量指标", "贫困地区旅游基础设施建设工程", ">=20平方米"),
        ("产出指标", "数量指标", "贫困地区旅游景点开发数量( ≥**个 )", ">=4个"),
        ("产出指标", "数量指标", "流转土地", ">=60亩"),
        ("产出指标", "质量指标", "*贫困地区旅游基础设施建设质量达标率100%", ">=98%"),
        ("产出指标", "时效指标", "贫困地区基础设施建设按期完成率(≥**%)", ">=95%"),
        ("产出指标", "成本指标", "流转土地补助标准", "<=475元/亩"),
        ("产出指标", "成本指标", "景观建设成本", "<=2875元/个"),
        ("产出指标", "成本指标", "贫困地区旅游基础设施建设工程建设成本", "<=3000元/平方米"),
        ("效益指标", "经济效益指标", "乡村旅游带动增加贫困村收入(≥**万元)", ">=6万元"),
        ("效益指标", "经济效益指标", "乡村旅游带动增加贫困人口收入(≥**万元)", ">=2.61万元"),
        ("效益指标", "社会效益指标", "贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=60000人"),
        ("效益指标", "社会效益指标", "受益建档立卡贫困人口数≥**人", ">=29人"),
        ("满意度指标", "服务对象满意度指标", "旅游行业经营主体满意度(≥**%)", ">=90%"),
        ("满意度指标", "服务对象满意度指标", "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=90%"),
        ("满意度指标", "服务对象满意度指标", "旅游区居民满意度(≥**%)", ">=90%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度(≥**%)", ">=90%"),
    ]
    goal = "为水濂村带来观光游客不少于6万人,村集体收入达6万元。"
    matrix: list[list[object]] = []
    previous = ("", "")
    for level1, level2, name, value in lines:
        first = level1 if level1 != previous[0] else None
        second = level2 if (level1, level2) != previous else None
        matrix.append([None, first, second, name, value, None])
        previous = (level1, level2)
    rows: list[list[object]] = [
        ["绩效目标申报表"],
        [
            "项目名称",
            "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)",
            None,
            "项目负责人及电话",
            "郭铁梅18932106863",
        ],
        ["主管部门", "南岳镇政府", None, "实施单位", "[610001]湖南省润山润水生态农业发展有限公司"],
        ["资金情况(万元)", "年度资金总额:", "10"],
        [None, "其中:财政拨款", "10"],
        [None, "其他资金", "0"],
        ["总体目标", "年度目标", None, None, "年度总体目标完成情况"],
        [None, goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        *matrix,
        ["财政部门支出股室初审意见", None, None, None, "(盖章)"],
        ["财政部门绩效评价股审核意见", None, None, None, "(盖章)"],
        ["区扶贫办审核意见", None, None, None, "(盖章)"],
    ]
    merges = ["A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "A4:A6", "C4:F4", "C5:F5", "C6:F6", "A7:A8", "B7:D7"]
    merges += ["E7:F7", "B8:D8", "E8:F8", "A9:A25", "B10:B17", "C10:C12", "C15:C17", "B18:B21", "C18:C19", "C20:C21"]
    merges += ["B22:B25", "C22:C25", "A26:D26", "E26:F26", "A27:D27", "E27:F27", "A28:D28", "E28:F28"]
    expected = {
        "fields": {
            "year": 2018,
            "project.name": "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)",
            "project.department": "南岳镇政府",
            "unit.name": "[610001]湖南省润山润水生态农业发展有限公司",
            "project.manager.name": "郭铁梅",
            "project.manager.phone": "18932106863",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "100000.00"},
        "indicators": {"annual": [matrix_line(*line) for line in lines]},
    }
    return Form("hunan-nanyue-2018-lvyoufupin.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def suixi() -> Form:
    """濉溪县民政局 2019 绩效目标自评表, 临时救助 (Anhui, the county's page): ★★★ core-indicator marks and (≥**人)
    hints in the names, >= typed, 分值 before 年度指标值, no 实施单位 row."""
    lines: list[list[object]] = [
        ["产出指标(50分)", "数量指标", "★★★农村低保发放人数(按月平均)(≥**人)", 5, ">=21933人", "21980人", 5],
        [None, None, "★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)", 5, ">=9431人", "9453人", 5],
        [None, None, "★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)", 5, ">=59人次", "87人次", 5],
        [None, None, "★★★特困人员救助供养人数(按月平均)(≥**人)", 5, ">=4754人", "4604人", 5, "特困人员实行动态管理"],
        [None, None, "扶贫临时救助人数(按月平均)(≥**人)", 10, ">=7人", "7人", 10],
        [None, "质量指标", "★农村低保标准(≥**元/人·月)", 5, ">=530元/人*月", "583元/人*月", 5],
        [None, None, "农村特困人员救助供养基本生活标准(≥**元/人·月)", 5, ">=570元/人*月", "758元/人*月", 5],
        [None, None, "扶贫临时救助标准(<**元/户·年)——一户年最高5300元", 10, "<=5300元/户", "5830元/户", 10],
        ["效益指标(30分)", "社会效益指标", "★★★受益建档立卡贫困人口数≥**人", 30, ">=80人", "87人", 30],
    ]
    goal = "为建档立卡扶贫户解决临时性的困难"
    done = "全年救助建档立卡扶贫户临时救助87人次,救助资金30万元,完成目标任务。"
    header = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"]
    rows: list[list[object]] = [
        ["绩效目标自评表 (2019年度)"],
        ["项目名称", "临时救助"],
        ["主管部门", "[155]濉溪县民政局"],
        ["资金情况(万元)", None, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        [None, "年度资金总额:", 30, 30, 10, "100%", 10],
        [None, "其中:本年财政拨款", 30, 30, 10, "100%", 10],
        [None, "其他资金"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况综述"],
        [None, goal, None, None, done],
        [None, *header, "未完成原因及拟采取的改进措施"],
        *[[None, *line] for line in lines],
    ]
    merges = ["A1:I1", "B2:I2", "B3:I3", "A4:A7", "A8:A9", "B8:D8", "E8:I8", "B9:D9", "E9:I9", "A10:A19"]
    merges += ["B11:B18", "C11:C15", "C16:C18"]
    level1 = level2 = ""
    annual = []
    for line in lines:
        level1 = str(line[0]).split("(")[0] if line[0] else level1
        level2 = str(line[1]) if line[1] else level2
        annual.append(matrix_line(level1, level2, str(line[2]), str(line[4])))
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "临时救助",
            "project.department": "[155]濉溪县民政局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "300000.00", "annual.county": "300000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-suixi-2019-linshijiuzhu.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def xiaoxian() -> Form:
    """萧县张庄寨镇 2023 绩效目标自评表, 河西村特色种养补贴到户项目 (Anhui, the county's page): 其中… sub-rows
    without a 分值, a blank first row under 质量指标 and 经济效益指标, 一级 labels printed vertically with their score."""
    goal = "落实39户特色种养业奖补政策,增加脱贫户家庭收入"
    produce, effect = "产 出 指 标 (50分)", "效 益 指 标 (30分)"
    lines: list[list[object]] = [
        [produce, "数量指标", "★补助各类瓜果蔬菜种植面积", 20, "29.5亩", "29.5亩", 20],
        [None, None, "其中桃树种植面积", None, "1.5亩", "1.5亩"],
        [None, None, "其中苹果树种植面积", None, "5亩", "5亩"],
        [None, None, "其中露天蔬菜", None, "20亩", "20亩"],
        [None, None, "其中大棚蔬菜", None, "3亩", "3亩"],
        [None, None, "★补助鱼塘面积", 10, "3亩", "3亩", 10],
        [None, None, "其中鱼塘养殖面积", None, "3亩", "3亩"],
        [None, None, "★补助家畜家禽养殖数量", 10, "192只", "192只", 10],
        [None, None, "其中羊养殖数量", None, "180只", "180只"],
        [None, None, "其中猪养殖数量", None, "12头", "12头"],
        [None, "质量指标", None],
        [None, None, "种植作物成活率", 5, "95%", "95%", 5],
        [None, None, "养殖家畜家禽成活率", 5, "95%", "100%", 5],
        [None, None, "……"],
        [effect, "经济效益 指标", None],
        [None, None, "特色产业带动增加受益农户收入(总收入)", 20, "≥11.376万元", "12万元", 20],
        [None, "社会效益 指标", "受益人口数量", 10, "90人", "90人", 10],
        [None, "生态效益 指标", None],
        [None, "可持续影响指标", None],
        [None, "……", None],
    ]
    header = ["一级 指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"]
    rows: list[list[object]] = [
        ["绩效目标自评表"],
        ["(2023年度)"],
        ["项目名称", "河西村特色种养补贴到户项目", None, None, "项目负责人及电话", "李宁0557-5788003"],
        ["主管部门", "县农业农村局", None, None, "实施单位", "张庄寨镇人民政府"],
        ["资金情况 (万元)", None, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        [None, "年度资金总额:", 9.48, 9.48, 10, "100%", 10],
        [None, "其中:本年财政拨款", 9.48, 9.48, 10, "100%", 10],
        [None, "其他资金", "-", "-"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况综述"],
        [None, goal, None, None, goal],
        ["绩效指标", *header, "未完成原因及拟采取的改进措施"],
        *[[None, *line] for line in lines],
    ]
    merges = ["A1:I1", "A2:I2", "B3:D3", "F3:I3", "B4:D4", "F4:I4", "A5:A8", "A9:A10", "B9:D9", "E9:I9", "B10:D10"]
    merges += ["E10:I10", "A11:A31", "B12:B25", "C12:C21", "C22:C25", "B26:B31", "C26:C27"]
    annual = []
    level1 = level2 = ""
    for line in lines:
        if line[0]:
            level1 = str(line[0]).split("(")[0].replace(" ", "")
        if line[1]:
            level2 = str(line[1]).replace(" ", "")
        if line[2] and line[2] != "……":
            annual.append(matrix_line(level1, level2, str(line[2]), str(line[4])))
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "河西村特色种养补贴到户项目",
            "project.department": "县农业农村局",
            "unit.name": "张庄寨镇人民政府",
            "project.manager.name": "李宁",
            "project.manager.phone": "0557-5788003",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "94800.00", "annual.county": "94800.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-xiaoxian-2023-zhongyang.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def nanhua() -> Form:
    """南华县 项目支出绩效自评表, 罗家屯社区野生菌加工车间建设项目(续建) (Yunnan, the county's page; the year is
    not on the part the page shows): an 经济效益 指标 row inside the 产出 block, bare numbers as values, a row with
    one cell fewer, an empty 成本指标 row."""
    goal = (
        "目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;"
        "目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及"
        "土建安装投资150万元。"
    )
    name = "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)"
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    lines: list[list[object]] = [
        ["产出指标(50分)", "数量指标", "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", "≥1290.3平方米"],
        [None, None, "配套烘干杀菌设备及包装设备购置及安装", "550", "20", 9.3, 9.3],
        [None, None, "配套电力设施1250KVA变压器3台", "3", None, 9.3, 9.3],
        [None, "经济效益 指标", "奖补资金兑付率(%)", "≥100%", "≥100%", 10.8, 10.8],
        [None, "时效指标", "任务完成时限(月)", "10", "10", 10.3, 10.3],
        [None, "成本指标"],
    ]
    lines[0] += ["1290.3平方米", 10.3, 10.3]
    rows: list[list[object]] = [
        ["项目名称", name],
        ["主管部门", "南华县农业农村局", None, None, "实施单位", "南华县国有资本管理有限公司"],
        ["项目资金 (万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 1100, 1100, 1100, 10, "100%", 10],
        [None, "其中:当年财政拨款", 1100, 1100, 1100, "—", "100%", "—"],
        [None, "上年结转资金", None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, None, "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, goal],
        ["绩 效 指 标", *header],
        *[[None, *line] for line in lines],
        ["绩 效 指 标", "效益"],
    ]
    merges = ["B1:I1", "B2:D2", "F2:I2", "A3:B3", "A4:A7", "A8:A9", "B8:D8", "E8:I8", "B9:D9", "E9:I9", "A10:A16"]
    merges += ["B11:B16", "C11:C13"]
    produce = "产出指标"
    expected = {
        "fields": {
            "project.name": name,
            "project.department": "南华县农业农村局",
            "unit.name": "南华县国有资本管理有限公司",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "11000000.00", "annual.county": "11000000.00"},
        "indicators": {
            "annual": [
                matrix_line(produce, "数量指标", str(lines[0][2]), "≥1290.3平方米"),
                matrix_line(produce, "数量指标", str(lines[1][2]), "550"),
                # a cell is missing on the page: whether 3 is the 年度指标值 or the 实际完成值 is not shown
                {"level1": produce, "level2": "数量指标", "name": str(lines[2][2])},
                matrix_line(produce, "经济效益指标", "奖补资金兑付率(%)", "≥100%"),
                matrix_line(produce, "时效指标", "任务完成时限(月)", "10"),
            ]
        },
    }
    return Form("yunnan-nanhua-luojiatun-yejunchejian.ods", "ods", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch a."""
    return [
        langfang(),
        baodi(),
        huoqiu(),
        yueyangxian(),
        qingjian(),
        yongde(),
        ningjin(),
        shizuishan(),
        mengcheng(),
        xiangtan2024(),
        tangxi_cunji(),
        nanyue(),
        suixi(),
        xiaoxian(),
        nanhua(),
    ]
