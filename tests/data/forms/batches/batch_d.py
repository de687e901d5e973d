"""Batch d of published forms (issue 25, second set): 广东, 广西, 海南, 重庆, 四川, 贵州 first, then other provinces.

Each function reproduces one filled form as the page found by the ``search`` tool shows it (sources and what was
left out: batch_d.md beside this file). The expected values are written from the page, never from a reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from make_forms import Form, Sheet, matrix_line


def _under(lines: Sequence[Sequence[object]], lead: int = 1) -> list[list[object]]:
    """Matrix rows below a label column: ``lead`` empty cells, then the line's cells."""
    return [[*([None] * lead), *line] for line in lines]


def huizhan() -> Form:
    """海南省商务厅 2021 省级会展项目奖励资金 项目绩效目标表 (Hainan, the 财政厅 notice as Word): 标签：值 pairs
    two to a row, starred headings, 绩效指标性质 | 绩效指标值 | 绩效度量单位 apart, amounts without a unit."""
    goal = "目标1：全年实现会展业综合收入不低于280亿元 目标2：培育一批具有影响力的品牌会展项目 目标3：会展业对关联行业的带动作用明显"
    rows: list[list[object]] = [
        ["主管部门：", "省商务厅", None, None, "资金总额：", "2430.30", None, None],
        ["项目负责人电话：", "65239479", None, None, "财政拨款：", "2430.30", None, None],
        ["预算执行率权重：", "10%", None, None, "其他资金：", None, None, None],
        ["总体目标", goal],
        ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"],
        ["产出指标", "数量指标", "全年实现会展业综合收入", "≥", "280", "亿元", "30%", "正向指标"],
    ]
    merges = ["B1:D1", "F1:H1", "B2:D2", "F2:H2", "B3:D3", "F3:H3", "B4:H4"]
    paragraphs = ["附件2"]
    expected: dict[str, object] = {
        "fields": {"project.department": "省商务厅", "goals.annual": goal},
        "funding": {"annual.total": "24303000.00", "annual.county": "24303000.00"},
        "indicators": {"annual": [matrix_line("产出指标", "数量指标", "全年实现会展业综合收入", "≥280亿元")]},
    }
    return Form("hainan-sheng-2021-huizhan.docx", "docx", [Sheet("项目绩效目标表", rows, merges)], expected, paragraphs)


def daying() -> Form:
    """大英县 2020 双心及文明城市创建专项资金 自评报告's 绩效目标 table (Sichuan, Word): 一级 labels 项目决策 /
    项目效益, a 实施进度 column, 绩效指标 spanning the header and every row."""
    lines = [
        ("项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传"),
        (None, "质量指标", "创建质量", "按质按量完成"),
        (None, "时效指标", "全年", "1-12月"),
        (None, "成本指标", "成本", "10万元"),
        ("项目效益", "社会效益\n指标", "提升全县消费者维权意识", "不断提升"),
        ("满意度指标", "满意度指标", "群众满意度", "90%"),
    ]
    rows: list[list[object]] = [["绩效\n指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"]]
    rows += [[None, *line, "已完成100%"] for line in lines]
    merges = ["A1:A7", "B2:B5"]
    annual = []
    level1 = ""
    for first, second, name, value in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second.replace("\n", ""), name, value))
    expected: dict[str, object] = {"indicators": {"annual": annual}}
    return Form("sichuan-daying-2020-shuangxin.docx", "docx", [Sheet("", rows, merges)], expected)


def _spans(lines: Sequence[tuple[object, ...]], first_row: int, column: str, index: int) -> list[str]:
    """Merged blocks of a group column: a label and the empty cells under it (within its parent group)."""
    merges = []
    start = None
    for offset, line in enumerate([*lines, (True,) * (index + 1)]):
        parent_starts = any(line[i] is not None for i in range(index))
        if line[index] is not None or parent_starts:
            if start is not None and offset - 1 > start:
                merges.append(f"{column}{first_row + start}:{column}{first_row + offset - 1}")
            start = offset if line[index] is not None else None
    return merges


def _nanyue(title: str, head: list[object], goal: str, lines: list[tuple[str | None, str | None, str, str]]) -> Sheet:
    """The 南岳区 绩效目标申报表 layout: head = 项目名称, 负责人及电话, 主管部门, 实施单位, three amounts."""
    name, manager, department, unit, total, grant, other = head
    rows: list[list[object]] = [
        [title],
        ["项目名称", name, None, "项目负责人及电话", manager],
        ["主管部门", department, None, "实施单位", unit],
        ["资金情况（万元）", "年度资金总额：", None, total],
        [None, "其中：财政拨款", None, grant],
        [None, "其他资金", None, other],
        ["总体目标", "年度目标", None, None, "年度总体目标完成情况"],
        [None, goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        *_under(lines),
        ["财政部门支出股室初审意见", "（盖章）"],
        ["财政部门绩效评价股审核意见", "（盖章）"],
        ["区扶贫办审核意见", "（盖章）"],
    ]
    last = 9 + len(lines)
    merges = ["A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "A4:A6", "B4:C4", "D4:F4", "B5:C5", "D5:F5", "B6:C6"]
    merges += ["D6:F6", "A7:A8", "B7:D7", "E7:F7", "B8:D8", "E8:F8", f"A9:A{last}"]
    merges += _spans(lines, 10, "B", 0) + _spans(lines, 10, "C", 1)
    merges += [f"B{last + 1}:F{last + 1}", f"B{last + 2}:F{last + 2}", f"B{last + 3}:F{last + 3}"]
    return Sheet("绩效目标申报表", rows, merges)


def _filled(lines: list[tuple[str | None, str | None, str, str]]) -> list[list[str]]:
    """The indicator rows with their 一级/二级 groups filled down."""
    annual = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, name, value))
    return annual


def zhanlanguan() -> Form:
    """海南省规划展览馆 2018 项目绩效目标表 (Hainan, from the 自评报告 page): 指标类型 | 绩效指标 | 绩效目标 and four
    绩效标准 columns (优/良/中/差), names numbered 指标1：…, a 成效指标 group, no funding."""
    lines = [
        ("产出指标", "指标1：物业管理面积", "6500平方米", "6500平方米以上", "5500平方米-6500平方米", "4500平方米-5500平方米", "4500平方米以下"),
        (None, "指标2：用电量", "60万度", "60万度以上", "50万度-60万度", "40万度-50万度", "40万度以下"),
        (None, "指标3：日常电子设备的维修（护）率", "20%以上", "20%以上", "15%-20%", "10%-15%", "10%以下"),
        ("成效指标", "指标1：日常参观展示设备的使用率", "80%以上", "80%以上", "70%-80%", "60%-70%", "60%以下"),
        (None, "指标2：项目成本控制", "不超预算", "不超预算", "超过预算的5%", "超过预算的10%", "超过预算的15%"),
        (None, "指标3：保证设备正常运转天数", "200", "200天以上", "170天-200天", "140天-170天", "140天以下"),
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["项目绩效目标表"],
        ["项目名称：海南省规划展览馆运行维护项目"],
        ["指标类型", "绩效指标", "绩效目标", "绩效标准"],
        [None, None, None, "优", "良", "中", "差"],
        *_under(lines, 0),
        ["注：以预算批复的绩效目标为准填列。"],
    ]
    merges = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "A5:A7", "A8:A10", "A11:G11"]
    annual = []
    level1 = ""
    for first, name, value, *_ in lines:
        level1 = first or level1
        annual.append({"level1": level1, "name": name, "value": value})
    expected: dict[str, object] = {
        "fields": {"project.name": "海南省规划展览馆运行维护项目"},
        "indicators": {"annual": annual},
    }
    return Form("hainan-sheng-2018-zhanlanguan.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def tejiao() -> Form:
    """湘西州民族特殊教育学校 2023 项目支出绩效目标表公开 (Hunan, 一体化 export): 金额单位：万元, the unit row above
    the project row, 成本指标 first (2021 scheme), 指标值内容 / 评（扣）分标准 / 度量单位 / 指标值类型 columns."""
    header: list[object] = ["单位代码", "单位（专项）名称", "资金总额", "实施期绩效目标", "绩效指标"]
    lines = [
        ("成本指标", "经济成本指标", "学生补助标准", "17元/人.每天", "反映学生每天用餐标准", "按标准发放得10分，每少1元扣1分", "定量"),
        (None, "生态环境成本指标", None, None, None, None, "定性"),
        (None, "社会成本指标", None, None, None, None, "定性"),
        ("满意度指标", "服务对象满意度指标", "学生对学校伙食得满意度", "95%以上", "学生对学校伙食满意程度", "95%以上得10分，每降低1%扣1分", "定性"),
        ("产出指标", "数量指标", "补助学生数量", "168", "反映补助学生人数", "发放到位得10分，每减少1%，扣1分", "定量"),
        (None, "质量指标", "伙食补助发放率", "90%以上", "实际发放伙食补助金额/应发放伙食补助金额", "9%0得10分，每减少1%扣1分", "定量"),
        (None, None, "伙食补助资金到位率", "90%以上", "实际收到伙食补助金额/2023年伙食补助预算", "90%得10分，每减少1%扣1分", "定量"),
        (None, None, "伙食补助覆盖率", "90%以上", "实际领取伙食补助人数/应发放伙食补助人数", "90%得10分，每减少1%扣1分", "定量"),
        (None, "时效指标", "任务完成时间", "2023年12月31日", "反映该项目完成时间", "按期完成得10分，每超出10天扣1分", "定量"),
        ("效益指标", "经济效益指标", None, None, None, None, "定性"),
        (None, "社会效益指标", "残疾学生入学率", "大于90%", "适龄学生入学情况", "90%得10分，每减少1%扣1分", "定量"),
        (None, None, "残疾学生家庭负担率", "有所减轻", "对家庭负担减轻情况", "较大得10分，一般得6分", "定性"),
        (None, None, "残疾学生生活质量", "有所提升", "残疾学生生活质量", "良好得10分，一般得8分，差得0分", "定性"),
        (None, "生态效益指标", None, None, None, None, "定性"),
        (None, "可持续影响指标", None, None, None, None, "定性"),
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["2023年项目支出绩效目标表公开"],
        ["部门：505_湘西州教育和体育局", None, None, None, None, None, None, None, None, None, "金额单位：万元"],
        header,
        [None, None, None, None, "一级指标", "二级指标", "三级指标", "指标值", "指标值内容", "评（扣分标准）",
         "度量单位", "指标值类型", "备注"],
        ["505006", "州民族特殊教育学校", "30.00"],
    ]  # fmt: skip
    for index, (first, second, name, value, content, scoring, kind) in enumerate(lines):
        lead: list[object] = ["505006", "学生伙食费", "30.00", None] if index == 0 else [None] * 4
        rows.append([*lead, first, second, name, value, content, scoring, "-", kind])
    merges = ["A1:M1", "A2:J2", "K2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:M3", "A6:A20", "B6:B20"]
    merges += ["C6:C20", "D6:D20", "E6:E8", "E10:E14", "F11:F13", "E15:E20", "F16:F18"]
    annual = []
    level1 = level2 = ""
    for first, second, name, value, *_ in lines:
        level1, level2 = first or level1, second or level2
        if name:
            annual.append(matrix_line(level1, level2, name, str(value)))
    expected: dict[str, object] = {
        "fields": {
            "year": 2023,
            "project.name": "学生伙食费",
            "project.department": "505_湘西州教育和体育局",
            "unit.name": "州民族特殊教育学校",
        },
        "funding": {"annual.total": "300000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hunan-xiangxi-2023-huoshifei.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def wuchuan() -> Form:
    """武川县民族事务委员会 2021 绩效目标申报表 (Inner Mongolia, CSV): 年度资金总额：50万 in the label cell, the source
    of the money named in the amount cell, the first rows without 一级/二级, cost rows priced per 平米/米."""
    fund = "中央衔接推进乡村振兴补助资金（少数民族发展任务）50"
    goal = (
        "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目（约50万） 沙湾子村是少数民族聚居村，户籍人口76户174人，"
        "常住户26户56人，其中户籍少数民族12户27人。项目新建养殖场占地约6500平米，建棚圈一栋约360平米，人工配种室、"
        "防疫室84平米，饲料库120平米，打井，配电，建围墙约300米。项目实施后受益人口76户174人，其中户籍少数民族12户27人。"
    )
    lines: list[tuple[str | None, str, str]] = [
        (None, "贫困地区新增特色产业数量", "≥1个"),
        (None, "贫困地区建设少数民族聚居村养殖场", "≥1个"),
        (None, "养殖动物成活率（目标）", "≥95%"),
        (None, "项目（工程）验收合格率", "100%"),
        ("时效指标", "开工时限", "2021年7月"),
        (None, "竣工时限", "2021年9月"),
        ("成本指标", "打井、配电", "50000元"),
        (None, "饲料库120平米", "490元/平米"),
        (None, "围墙300米", "300元/米"),
        (None, "标准化棚圈360平米", "550元/平米"),
        (None, "防疫室84平米", "≥1050元"),
    ]
    rows: list[list[object]] = [
        ["绩效目标申报表"],
        ["（2021年度）"],
        [
            "项目名称",
            "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目",
            None,
            "项目负责人及电话",
            "达布 15947711885",
        ],
        ["主管部门", "武川县民族事务委员会", None, "实施单位", "武川县民族事务委员会"],
        ["资金情况 （万元）", "年度资金总额：50万", fund],
        [None, "其中：财政拨款", fund],
        [None, "其他资金", None],
        ["总 体 目 标", "年度目标"],
        [None, goal],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
        *_under(lines, 2),
    ]
    annual: list[object] = []
    level2 = ""
    for second, name, value in lines:
        level2 = second or level2
        annual.append({"level2": level2, "name": name, "value": value} if level2 else {"name": name, "value": value})
    expected: dict[str, object] = {
        "fields": {
            "year": 2021,
            "project.name": "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目",
            "project.department": "武川县民族事务委员会",
            "unit.name": "武川县民族事务委员会",
            "project.manager.name": "达布",
            "project.manager.phone": "15947711885",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "500000.00", "annual.central": "500000.00"},
        "indicators": {"annual": annual},
    }
    return Form("neimenggu-wuchuan-2021-yangzhichang.csv", "csv", [Sheet("Sheet1", rows)], expected)


def gucheng() -> Form:
    """重庆市荣昌区林业局 2022 项目绩效目标表 (Chongqing, 附件2-1 of the bureau's budget page): 申报单位 beside 项目（专项）
    名称, money by level (中央/市级/区级/其他), 计量单位 | 指标性质 | 指标值 with a bare =, the page cut at 时效指标."""
    overview = "在古昌镇大青杠村事实乡村公路绿化；对周边沿线村民发放李子苗"
    mid_goal = "对古昌镇大青杠村约3500米公路沿线进行绿化美化。"
    goal = (
        "在古昌镇大青杠村约3500米公路沿线，通过地面清表，苗木采购和栽植，区域造景、管护等措施，进行绿化和美化，"
        "同时向周边沿线村民发放李子苗。"
    )
    rows: list[list[object]] = [
        ["附件2-1"],
        ["项目绩效目标表"],
        ["（2022年度）"],
        ["申报单位", "区林业局", "项目（专项）名称", "古昌镇大青冈村乡村振兴绿化美化项目"],
        ["具体实施单位", "区林业局", "项目属性", "延续"],
        ["项目负责人", "胡正君", "联系电话", "19922989736"],
        ["资金情况（万元）", "年度资金总额：", "153.5184"],
        [None, "其中：1.中央资金", None],
        [None, "2.市级资金", "153.5184"],
        [None, "3.区级资金", None],
        [None, "4.其他资金", None],
        ["项目概况及立项依据", overview],
        ["项目总体目标", mid_goal],
        ["项目年度目标", goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
        [None, "产出指标", "数量指标", "绿化美化公路", "米", "=", "3500"],
        [None, None, None, "购买发放李子苗", "株", "=", "15000"],
        [None, None, "质量指标", "树木成活率", "%", "≥", "85"],
        [None, None, None, None, None, None, None],
        [None, None, "时效指标", None, None, None, None],
    ]
    merges = ["A1:G1", "A2:G2", "A3:G3", "D4:G4", "D5:G5", "D6:G6", "A7:A11", "C7:G7", "C8:G8", "C9:G9", "C10:G10"]
    merges += ["C11:G11", "B12:G12", "B13:G13", "B14:G14", "A15:A20", "B16:B20", "C16:C17", "C18:C19"]
    expected: dict[str, object] = {
        "fields": {
            "year": 2022,
            "project.name": "古昌镇大青冈村乡村振兴绿化美化项目",
            "unit.name": "区林业局",
            "project.attribute": "延续",
            "project.manager.name": "胡正君",
            "project.manager.phone": "19922989736",
            "goals.mid_term": mid_goal,
            "goals.annual": goal,
        },
        "funding": {"annual.total": "1535184.00", "annual.municipal": "1535184.00"},
        "indicators": {
            "annual": [
                matrix_line("产出指标", "数量指标", "绿化美化公路", "3500米"),
                matrix_line("产出指标", "数量指标", "购买发放李子苗", "15000株"),
                matrix_line("产出指标", "质量指标", "树木成活率", "≥85%"),
            ]
        },
    }
    return Form("chongqing-rongchang-2022-lvhua.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def fangzu() -> Form:
    """天津市宁河区教育局 2020 抗疫特别国债项目绩效目标表（打捆项目） (Tianjin, web page): 主管预算部门 and 项目预算金额
    on one row, 绩效目标 as three numbered sentences, sentences as 效益 values."""
    goal = (
        "1.根据市政府办公厅《关于印发大力发展学前教育两年行动方案（2019-2020年）的通知》要求，给予宁河区非营利性民办园"
        "房租补贴，满足非营利性民办园租房需求，大力支持民办园特别是普惠性民办园发展。 2.按照《关于印发大力发展学前教育两年"
        "行动方案（2019-2020年）的通知》要求，保证补贴资金及时、足额、合规发放。 3.保障补贴对象享受政策中房租补贴的权益，"
        "促进学前教育普及普惠安全优质发展。"
    )
    lines: list[tuple[str | None, str | None, str, str]] = [
        ("产出指标", "数量指标", "补贴非营利性民办幼儿园数量", "20个"),
        (None, None, "补贴民办园租用面积", "26970.7平方米"),
        (None, "质量指标", "补贴覆盖民办幼儿园率", "≥90.91%"),
        (None, None, "补贴发放合规率", "≥95%"),
        (None, "时效指标", "补贴发放及时率", "≥95%"),
        (None, None, "补贴期限", "2020.1.1-2020.12.31"),
        (None, "成本指标", "补贴标准", "71.86元/平方米"),
        ("效益指标", "社会效益指标", "提升疫情防控期间民办幼儿园扶持力度",
         "显著提升了疫情期间对民办幼儿园的扶持力度，大力支持了民办幼儿园的发展。"),
        (None, None, "促进学前教育普及普惠优质发展", "显著促进了学前教育普及及优质发展，大力支持了民办幼儿园发展。"),
        (None, "可持续影响指标", "非营利性民办园租房受益期限", "保障疫情期间非营利性民办园房租需求，大力支出民办幼儿园发展"),
        ("满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%"),
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["抗疫特别国债项目绩效目标表（打捆项目）"],
        ["（2020年度）"],
        ["项目名称", "2020年非营利性民办园房租补贴"],
        ["主管预算部门", "天津市宁河区教育局", None, "项目预算金额（万元）", "193.8"],
        ["绩\n效\n目\n标", goal],
        ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "指标值"],
        *_under(lines),
        ["附件："],
    ]
    last = 6 + len(lines)
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "B5:E5", f"A6:A{last}", f"A{last + 1}:E{last + 1}"]
    merges += _spans(lines, 7, "B", 0) + _spans(lines, 7, "C", 1)
    expected: dict[str, object] = {
        "fields": {
            "year": 2020,
            "project.name": "2020年非营利性民办园房租补贴",
            "project.department": "天津市宁河区教育局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "1938000.00"},
        "indicators": {"annual": _filled(lines)},
    }
    return Form("tianjin-ninghe-2020-fangzu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def youeryuan() -> Form:
    """湘阴县教育局 2022 项目支出预算绩效目标申报表 (Hunan, Word): 上年度/本年度 amount columns, money by level, a
    支出明细预算 cost table with a 合计 row and a numbered empty row, a masked phone number, the 属性 ticked with √."""
    summary = "公办和普惠性民办性幼儿园生均公用经费 每生每年补助500元，其中省级财政补助70%，县级财政配套补助30%。"
    kinds = (
        "1.基本建设类 □    其中：新建  □    扩建  □    改建  □2.行政事业类 □    其中： 采购类□    修缮类□    奖励类□ "
        "3.其他专项类 √"
    )
    long_goal = (
        "落实并进一步完善学前教育经费保障机制，按标准足额落实学前教育生均补助专项经费，支持我县公办和普惠性民办幼儿园的"
        "优质发展，向社会提供优质普惠性服务。"
    )
    basis = "根据湘财教﹝2019﹞24号文件精神，按照全县公办园和普惠性民办幼儿园数据实测算"
    rows: list[list[object]] = [
        ["项目基本情况", "项目名称", "公办和普惠性民办幼儿园公用经费"],
        [None, "项目属性", "新增项目□                       延续项目√"],
        [None, "主管部门", None, "项目起止时间", "2022.1—2022.12"],
        [None, "项目负责人", "杨柳", "联系电话", "139****8136"],
        [None, "绩效管理联络员", "周哲", "联系电话", "151****8227"],
        [None, "项目类型", kinds],
        [None, "项目概况", summary],
        [None, "项目立项依据", "湘财教﹝2019﹞24号"],
        ["项目资金情况", "项目资金申请（万元）", "项 目", "上年度安排资金", "本年度申请资金"],
        [None, None, "合 计", "213.4", "259"],
        [None, None, "市级资金", None, None],
        [None, None, "省级资金", None, None],
        [None, None, "中央资金", None, None],
        [None, None, "县级资金", "213.4", "259"],
        [None, "支出明细预算（万元）", "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
        [None, None, "合 计", "213.4", "259", basis],
        [None, None, "幼儿园生均经费", "213.4", "259"],
        [None, None, "2", None, None],
        ["单位已有的（或拟订的）保障项目实施的制度、措施", "建立了幼儿园财金管理制度和审核制度"],
        ["项目年度实施进度计划", "项目实施内容", None, "开始时间", "结束时间"],
        [None, "1、对全县公办和普惠性幼儿园生均经费的补助", None, "2022.1", "2022.12"],
        [None, "2、", None, None, None],
        ["项目年度绩效目标情况", "长期绩效目标", long_goal],
    ]
    expected: dict[str, object] = {
        "fields": {
            "year": 2022,
            "project.name": "公办和普惠性民办幼儿园公用经费",
            "project.attribute": "延续项目",
            "project.term": "2022.1—2022.12",
            "project.manager.name": "杨柳",
            "project.manager.phone": "139****8136",
            "project.basis": ["湘财教﹝2019﹞24号"],
            "goals.mid_term": long_goal,
        },
        "funding": {"annual.total": "2590000.00", "annual.county": "2590000.00"},
        "costs": [["幼儿园生均经费", "2590000.00"]],
    }
    paragraphs = ["项目支出预算绩效目标申报表", "（2022年度）", "填报单位：湘阴县教育局"]
    sheet = Sheet("", rows)
    return Form("hunan-xiangyin-2022-youeryuan.docx", "docx", [sheet], expected, paragraphs)


def zhulao() -> Form:
    """肇庆市民政局 2024 市级福利彩票公益金 “助老颐养” 项目: 分配明细表 and 绩效目标表 of 肇财社〔2024〕116号 as two
    sheets (Guangdong, .xlsx): 总金额 and 当年度金额 as 50万元, two 用款单位, the 分配 lines as the money's breakdown."""
    overview = (
        "中共中央办公厅、国务院办公厅印发《关于推进基本养老服务体系建设的意见》《民政部彩票公益金使用管理办法》，为推进"
        "全社会共同参与助老扶老工作，探索推进热心企业、热心社会组织承接及购买政府职能转移服务新途径，激发社会力量参与养老"
        "颐养活力，申请福彩公益金50万元资助开展“助老颐养”公益项目，用于开展长者饭堂送餐助餐、智慧养老、居家养老、特殊"
        "困难老年人关爱等方面。"
    )
    goal = (
        "激发热心企业、热心社会组织等社会力量参与养老颐养活力，按照助老扶老工作公益项目优势及评判社会效益成果程度，申请福彩"
        "公益金50万元资助开展“助老颐养”公益项目。持续提升老年人生活安全感、幸福感、获得感 。"
    )
    first = "肇庆市民政局开展“福彩杯”\n公益创投活动"
    second = "肇庆高新区养老服务体系建设项目（获省民政厅的长者饭堂优秀案例、全国智慧健康养老试点街道项目）"
    allocation: list[list[object]] = [
        ["分配明细表"],
        [None, None, None, "单位：万元"],
        ["序号", "县（市、区）", "资助项目内容", "金额"],
        [1, "肇庆市民政局", first, 15],
        [2, "肇庆高新区", second, 35],
        ["合计", None, None, 50],
    ]
    target: list[list[object]] = [
        ["绩效目标表"],
        ["项目名称", "2024年开展“助老颐养”公益项目资金"],
        ["项目类型", "其他事业发展性支出", None, "项目等级", "二级项目"],
        ["主管部门", "肇庆市民政局", None, "用款单位", "肇庆市民政局、肇庆高新区社会工作局"],
        ["实施期限", "起始年度", "2024", "到期年度", "2024"],
        ["预算金额", "总金额", "50万元", "当年度金额", "50万元"],
        ["项目概述", overview],
        ["总体绩效目标", "当年度目标"],
        [None, goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "当年度指标值"],
    ]
    target_merges = ["A1:E1", "B2:E2", "B3:C3", "B4:C4", "B7:E7", "A8:A9", "B8:E8", "B9:E9"]
    expected: dict[str, object] = {
        "fields": {
            "year": 2024,
            "project.name": "2024年开展“助老颐养”公益项目资金",
            "project.department": "肇庆市民政局",
            "unit.name": "肇庆市民政局、肇庆高新区社会工作局",
            "goals.annual": goal,
        },
        "funding": {"mid_term.total": "500000.00", "annual.total": "500000.00"},
        "costs": [[first.replace("\n", ""), "150000.00"], [second, "350000.00"]],
    }
    sheets = [Sheet("分配明细表", allocation, ["A1:D1", "A6:C6"]), Sheet("绩效目标表", target, target_merges)]
    return Form("guangdong-zhaoqing-2024-zhulao.xlsx", "xlsx", sheets, expected)


def forms() -> list[Form]:
    """Every form of batch d."""
    return [
        huizhan(),
        daying(),
        zhanlanguan(),
        tejiao(),
        wuchuan(),
        gucheng(),
        fangzu(),
        youeryuan(),
        zhulao(),
    ]
