"""Batch l of issue 25's third set: filled forms published by bodies of 广东, 福建, 海南, 云南, 四川, 甘肃, 青海, 新疆,
西藏, 宁夏, 陕西 first (and other provinces when those gave out), reproduced cell by cell from the published page.

Sources and what each page left out: batch_l.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet, cells


def fujian_taibao() -> Form:
    """福建省台湾同胞联谊会 2017年财政支出项目绩效目标表 (Fujian, the body's own site): 投入/产出 with 成本目标
    and 数量目标, a 目标N column before the 绩效内容, then 绩效标准 and 全年绩效目标; cut at 产出 目标3."""
    name = "台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费"
    outline = (
        "台胞扶贫济困生活补贴包括:台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元);"
        "充分发挥桥梁和纽带作用,创新对台联谊模式,深化同名村、丰收节、青年夏令营等对台交流活动,加强定居台胞服务工作,"
        "推动两岸宗亲交流,少数民族交流、青少年交流,推进闽台深度融合,广泛争取台湾民心"
    )
    goal = (
        "台胞扶贫济困生活补贴,为我省台胞解决生活困难,从而调动广大台胞投身海西建设,为祖国和平统一大业;"
        "增进与台湾同胞沟通交流、促进两岸和平统一发展"
    )
    subsidy = "台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元)"
    events = "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期"
    lines: list[list[str | None]] = [
        ["投入", "成本目标", "目标1", "发放省直困难、高龄台胞", "100%", "按实际情况发放"],
        [None, None, "目标2", "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金", "100%", "100%"],
        [
            "产出",
            "数量目标",
            "目标1",
            "困难台胞、高龄台胞困难补助受益",
            subsidy,
            "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人",
        ],
        [None, None, "目标2", "争取台湾民心、增进乡情", events, events],
    ]
    rows: list[list[object]] = [
        ["2017年财政支出项目绩效目标表"],
        ["主管部门名称:福建省台湾同胞联谊会      "],
        ["专项名称", name],
        ["概况", outline],
        ["总体绩效目标", goal],
        ["绩效目标", None, "评价指标", "绩效内容", "绩效标准", "全年绩效目标"],
        *[cells(*line) for line in lines],
    ]
    merges = ["A1:F1", "A2:F2", "B3:F3", "B4:F4", "B5:F5", "A6:B6", "A7:A8", "B7:B8", "A9:A10", "B9:B10"]
    annual: list[dict[str, str]] = []
    level1 = level2 = ""
    for line in lines:
        level1, level2 = line[0] or level1, line[1] or level2
        annual.append({"level1": level1, "level2": level2, "name": str(line[3]), "value": str(line[5])})
    expected = {
        "fields": {
            "year": 2017,
            "project.name": name,
            "project.department": "福建省台湾同胞联谊会",
            "goals.annual": goal,
        },
        "indicators": {"annual": annual},
    }
    return Form("fujian-shengzhi-2017-taibao.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def nanxian_jikong() -> Form:
    """南县疾病预防控制中心 2025年项目支出绩效目标表 (Hunan, the county's site): 金额单位:万元 in the 填报单位
    line, the 2021 scheme with 成本指标 first, 指标值类型 / 目标值 / 度量单位 in three columns; cut in the third row."""
    name = "基本公共卫生服务和应急处理及卫生监督执法专项"
    goal = (
        "对全县突发卫生公共事件进行相关人员培训、物质储备、应急能力建设,围绕人感染H7N9禽流感、手足口病、霍乱等重点传染病"
        "的防治工作,年初制定了中心业务卫生应急机动队队员培训计划,对中心业务人员开展应急培训建立和完善了突发公共卫生事件"
        "监测、评估、预警、反应机制,及时处理预警信息。规范公共场所经营秩序,大力整顿医疗市场,严厉打击非法行医行为,"
        "规范我县医疗市场秩序,保障全县人民生活饮用水饮用安全,强化了突发公共卫生事件应急机制,传染病防治、生活饮用水、"
        "放射卫生。完成市级下达的双随机监督任务。监管对象的经营管理更加规范,经营场所卫生条件有所提高。完成上级分配的"
        "各项工作任务。"
    )
    cost = "反映疾病预防控制中心经费。"
    harm = "反映实施项目对社会产生的不利影响。"
    rows: list[list[object]] = [
        ["2025年项目支出绩效目标表"],
        ["填报单位(盖章):南县疾病预防控制中心", None, None, None, None, None, "金额单位:万元"],
        ["项目支出名称", name, None, None, "部门预算", "70.00"],
        ["年度本级预算金额", "70.00", None, None, "该项目支出上级资金", None],
        ["项目支出实施期", "2025年"],
        ["项目绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"],
        ["成本指标", "经济成本指标", "疾病预防控制中心经费", "≤", "70", "万元", cost, cost],
        [None, "社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少", None, harm, harm],
    ]
    merges = ["A1:H1", "A2:F2", "G2:H2", "B3:D3", "F3:H3", "B4:D4", "F4:H4", "B5:H5", "B6:H6", "A8:A9"]
    expected = {
        "fields": {
            "year": 2025,
            "project.name": name,
            "unit.name": "南县疾病预防控制中心",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "700000.00", "annual.county": "700000.00"},
        "indicators": {
            "annual": [
                ["成本指标", "经济成本指标", "疾病预防控制中心经费", "≤70万元"],
                ["成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "减少"],
            ]
        },
    }
    return Form("hunan-nanxian-2025-jikong.xlsx", "xlsx", [Sheet("2025年项目支出绩效目标表", rows, merges)], expected)


def licheng_wenhuaguan() -> Form:
    """济南市历城区文化馆 2019 区级部门预算项目支出绩效自评表 (Shandong, the 文化馆's site): the 一级 cells show only
    their scores ((50分), (30分)), a "-" placeholder row after every indicator; cut in the 社会效益指标 row."""
    method = (
        "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n"
        "定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。"
    )
    done = "用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。"
    lines: list[list[object]] = [
        ["(50分)", "数量指标", "全年免费开放", "100%", "100%", 12.5, 12.5, None, method],
        [None, "-"],
        [None, "质量指标", "免费开放管理制度健全、执行有效性", "100%", "100%", 12.5, 12.5],
        [None, "-"],
        [None, "时效指标", "免费开放率", "100%", "100%", 12.5, 12.5],
        [None, "-"],
        [None, "成本指标", "实际成本与工作内容的匹配程度", "45万", "45万", 12.5, 12.5],
        [None, "-"],
        [None, "-", "-"],
        ["(30分)", "经济效益\n指标", "承担重要公益服务项目、助推民生事业发展", "100%", "100%", 10, 10],
        [None, "-"],
    ]
    rows: list[list[object]] = [
        ["( 2019 年度)"],
        ["主管部门(盖章):", None, None, None, None, None, None, "单位:万元"],
        ["项目名称", "商品和服务支出", None, "主管部门", "济南市历城区文化和旅游局"],
        ["项目实施单位", "济南市历城区文化馆", None, "项目负责人", "田延青", "联系电话", "88894492"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况综述"],
        [None, "历城区文化馆免费开放", None, None, done],
        [
            "项目预算\n执行情况\n(10分)",
            None,
            "年初预算数(A)",
            "全年执行数(B)",
            "分值",
            "执行率(B/A)",
            "得分",
            "得分计算方法",
        ],
        [None, "年度资金总额", 45, 45, 10, "100%", 10, "执行率*该指标分值,最高不得超过分值上限。"],
        [None, "其中:财政拨款", 45, 45, "-", "-", "-"],
        [None, "      其他资金", None, None, "-", "-", "-"],
        [
            "一级\n指标",
            "二级\n指标",
            "三级指标",
            "预期指标值(A)",
            "实际完成指标值(B)",
            "分值",
            "得分",
            "未完成原因",
            "得分计算方法",
        ],
        *lines,
    ]
    annual = [
        {"level2": str(line[1]).replace("\n", ""), "name": str(line[2]), "value": str(line[3])}
        for line in lines
        if len(line) > 3
    ]
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "商品和服务支出",
            "project.department": "济南市历城区文化和旅游局",
            "unit.name": "济南市历城区文化馆",
            "goals.annual": "历城区文化馆免费开放",
        },
        "funding": {"annual.total": "450000.00", "annual.county": "450000.00"},
        "indicators": {"annual": annual},
    }
    sheet = Sheet("区级部门预算项目支出绩效自评表", rows, [])
    return Form("shandong-licheng-2019-wenhuaguan.docx", "docx", [sheet], expected)


def huangshi_gongxiang() -> Form:
    """黄石市图书馆 2022年度共享工程项目自评表 (Hubei, the library's site): scores in the 一级 labels, 年初目标值(A)
    and 实际完成值(B), one 得分 per 二级 group, a 三级 row without values; cut in the 满意度指标(10分) row."""
    lines: list[list[object]] = [
        ["产出指标(40分)", "数量指标", "一个存储备份器", "25TB", "25TB", 10],
        [None, None, "WIFI布点全覆盖", "100%覆盖", "100%覆盖"],
        [None, "质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主", 10],
        [None, "时效指标", "可保证读者使用时长", "全天候可用", "全天候", 10],
        [None, None, "2022年全年", "≥360天", "≥360天"],
        [None, "成本指标", "以低价位高质量为采购原则", "5万", "5万", 10],
        ["效益指标(30分)", "经济效益", "社会公益服务无经济效益", "公益性事业", "公益性事业", 10],
        [
            None,
            "社会效益",
            "使读者更方便快捷查找检阅",
            "独有数据资源查询,查询范围可扩展到省图",
            "独有数据资源查询,查询范围可扩展到省图",
        ],
        [None, None, "促进黄石文化经济发展,丰富市民文化活动"],
        [None, "环境效益", "数字图书馆环境优良无污染", "良好", "良好", 10],
        [None, None, "WIFI全覆盖,绿色环保", "良好", "良好"],
        [None, "可持续影响指标", "≥360天服务读者", "≥360天", "≥360天", 10],
    ]
    rows: list[list[object]] = [
        ["附表2"],
        ["2022年度共享工程项目自评表"],
        ["项目单位(盖章):黄石市图书馆 主要领导签字:"],
        ["填报日期:2023.6.28"],
        ["项目名称", "共享工程"],
        ["主管部门", "黄石市文化和旅游局", None, None, "项目实施单位", "黄石市图书馆"],
        ["项目类别", "1、部门预算项目 ☑ 2、市直专项"],
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □"],
        ["项目类型", "1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □"],
        ["预算执行情况(万元)\n(20分)", None, None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        [None, "年度财政资金总额", None, 5, 5, "100%", 20],
        ["年度绩效目标1\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["A1:G1", "A2:G2", "A3:G3", "A4:G4", "B5:G5", "B6:D6", "F6:G6", "B7:G7", "B8:G8", "B9:G9"]
    merges += ["A10:A11", "B10:C10", "B11:C11", "A12:A24", "B13:B18", "C13:C14", "G13:G14", "C16:C17", "G16:G17"]
    merges += ["B19:B24", "C20:C21", "G20:G21", "C22:C23", "G22:G23"]
    annual: list[dict[str, str]] = []
    level1 = level2 = ""
    for line in lines:
        level1 = str(line[0]).split("(")[0] if line[0] else level1
        level2 = str(line[1]) if line[1] else level2
        item = {"level1": level1, "level2": level2, "name": str(line[2])}
        if len(line) > 3:
            item["value"] = str(line[3])
        annual.append(item)
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "共享工程",
            "project.department": "黄石市文化和旅游局",
            "unit.name": "黄石市图书馆",
        },
        "funding": {"annual.total": "50000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hubei-huangshi-2022-gongxiang.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def hebeiqu_fayuan() -> Form:
    """天津市河北区人民法院 2023 项目支出绩效目标表 (Tianjin, the court's site): the first of the page's project
    tables (安全隐患维修), 单位:万元 beside the unit code, 指标值 written as "≥98百分比", a 绩效指标描述 column."""
    goal = "1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。"
    lines = [
        ("产出指标", "数量指标", "维修面积", "≥400平方米"),
        (None, "质量指标", "验收合格率", "≥98百分比"),
        (None, "时效指标", "资金支付及时率", "100百分比"),
        (None, "成本指标", "项目成本", "20万元"),
        ("效益指标", "可持续影响指标", "消除安全隐患", "持续影响"),
        ("满意度指标", "服务对象满意度指标", "干警满意度", "≥95百分比"),
    ]
    rows: list[list[object]] = [
        ["天津市河北区人民法院"],
        ["项目支出绩效目标表"],
        ["(2023年)"],
        ["3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表"],
        ["207101天津市河北区人民法院", None, None, None, None, "单位:万元"],
        ["项目名称", "安全隐患维修"],
        ["预算规模及资金用途", "预算数", "20.00", "其中:财政\n资金", "20.00", "其他资金", None],
        [None, "用于维修审判楼玻璃幕墙等"],
        ["绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", None, "指标值"],
        *[cells(a, b, c, c, None, v) for a, b, c, v in lines],
    ]
    merges = ["A1:G1", "A2:G2", "A3:G3", "A4:G4", "A5:E5", "F5:G5", "B6:G6", "A7:A8", "B8:G8", "B9:G9"]
    merges += ["D10:E10", "F10:G10", "A11:A14"]
    merges += [f"D{r}:E{r}" for r in range(11, 17)] + [f"F{r}:G{r}" for r in range(11, 17)]
    annual: list[list[str]] = []
    level1 = ""
    for a, b, c, v in lines:
        level1 = a or level1
        annual.append([level1, b, c, v])
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "安全隐患维修",
            "unit.name": "天津市河北区人民法院",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "200000.00"},
        "indicators": {"annual": annual},
    }
    return Form("tianjin-hebeiqu-2023-fayuan.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def yueyang_kouan() -> Form:
    """岳阳市人民政府口岸管理办公室 财政支出项目绩效评价自评报告 (Hunan, 2020): the report's head as paragraphs, the
    基本概况 table with 计划/到位/支出/结余 by source side by side in 万元 with thousands commas, then the
    项目支出明细 (单位金额:万元) cost lines; cut after the fourth cost line."""
    costs = [
        ("1、岳阳城陵矶联检大楼修缮改造工程", "796.49", "主体工程款:723.67 管理费:72.82", None),
        ("2、岳阳电子口岸“单一窗口”信息中心展厅建设项目", "466.18", "主体工程款:446.98 管理费:19.20", None),
        (
            "3、岳阳电子口岸“单一窗口”平台应用软件含集成建设项目",
            "418.02",
            "主体工程款:395.06 管理费:22.97",
            "款项已付95%,欠质保金19.8",
        ),
        ("4、岳阳电子口岸“单一窗口”平台硬件设备、机房配套建设项目", "502.80", "主体工程款:472.86 管理费:29.94", None),
    ]
    rows: list[list[object]] = [
        ["一、项 目 基 本 概 况"],
        ["项目负责人", "陈建文", "联系电话", None],
        ["项目地址", "岳阳城陵矶新港区口岸联建大楼", "邮 编", "414000"],
        ["项目起止时间", "2015年 1 1月起至2020年1月止"],
        [
            "计划安排资金 (万元)",
            "2,489.4",
            "实际到位资金 (万元)",
            "2,489.4",
            "实际支出 (万元)",
            "2,466.6",
            "结余(万元)",
            "22.8",
        ],
        ["其中:中央财政", "无", "其中:中央财政", "无", "其中:中央财政", "无", "其中:中央财政", "无"],
        ["省财政", "550.0", "省财政", "550.0", "省财政", "550.0", "省财政", "0.0"],
        ["市财政", "1,811.6", "市财政", "1,811.6", "市财政", "1,788.8", "市财政", "22.8"],
        ["其它", "127.8", "其它", "127.8", "其它", "127.8", "其它", "0.0"],
        ["二、项目支出明细情况 (单位金额:万元)"],
        ["支出内容", "实际支出数", "具体内容", "备注"],
        *[cells(*line) for line in costs],
    ]
    paragraphs = [
        "岳阳市人民政府口岸管理办公室财政支出项目绩效评价自评报告",
        "评价类型:项目完成结果评价",
        "项目名称:岳阳市电子口岸建设",
        "项目单位:岳阳市人民政府口岸管理办公室",
        "主管部门:岳阳市人民政府",
        "评价方式:单位绩效自评",
        "评价机构:岳阳市人民政府口岸管理办公室评价组",
        "报告日期:2020年 6月 13 日",
    ]
    expected: dict[str, object] = {
        "fields": {
            "project.name": "岳阳市电子口岸建设",
            "project.department": "岳阳市人民政府",
            "unit.name": "岳阳市人民政府口岸管理办公室",
        },
        "funding": {
            "annual.total": "24894000.00",
            "annual.provincial": "5500000.00",
            "annual.municipal": "18116000.00",
            "annual.other": "1278000.00",
        },
        "costs": [
            ["1、岳阳城陵矶联检大楼修缮改造工程", "7964900.00"],
            ["2、岳阳电子口岸“单一窗口”信息中心展厅建设项目", "4661800.00"],
            ["3、岳阳电子口岸“单一窗口”平台应用软件含集成建设项目", "4180200.00"],
            ["4、岳阳电子口岸“单一窗口”平台硬件设备、机房配套建设项目", "5028000.00"],
        ],
    }
    sheet = Sheet("", rows, [])
    return Form("hunan-yueyang-kouan-2020-dianzikouan.docx", "docx", [sheet], expected, paragraphs=paragraphs)


def chencang_yinshui() -> Form:
    """宝鸡市陈仓区 2020年省级财政水利发展资金绩效目标表 (Shaanxi, the 区财政局's 下达 notice): 市级 and 区级
    财政部门/主管部门 side by side, the 指标值 cells left with the template's units only (公里, 万亩, "≧ %");
    cut after the first 质量指标 row."""
    goal = "完成省级水利发展农村饮水项目投资500,改善提升9200人饮水条件。"
    lines = [
        ("产出指标", "数量指标", "指标1:新建堤防、护岸长度", "公里"),
        (None, None, "指标2:灌区节水改造面积", "万亩"),
        (None, None, "指标3:农村饮水工程覆盖服务人口数", "万人"),
        (None, None, "指标4:中小河流治理问道长度", "公里"),
        (None, "质量指标", "指标1:工程验收合格率", "≧ %"),
    ]
    rows: list[list[object]] = [
        ["2020年省级财政水利发展资金绩效目标表"],
        ["(2020)年度"],
        ["专项(项目)名称", "农村饮水安全巩固提升工程专项"],
        ["市级财政部门", "宝鸡市财政局", None, "市级主管部门", "宝鸡市水利局"],
        ["区级财政部门", "陈仓区财政局", None, "区级主管部门", "陈仓区水利局"],
        ["资金情况(万元)", "资金来源", None, "资金总额"],
        [None, "其中:财政拨款", None, 500],
        [None, "其他资金", None, None],
        ["总体目标", goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "B5:C5", "A6:A8", "B6:C6", "D6:E6", "B7:C7", "D7:E7", "B8:C8"]
    merges += ["D8:E8", "B9:E9", "A10:A15", "B11:B15", "C11:C14"]
    annual: list[list[str]] = []
    level1 = level2 = ""
    for a, b, c, v in lines:
        level1, level2 = a or level1, b or level2
        annual.append([level1, level2, c, v])
    expected = {
        "fields": {
            "year": 2020,
            "project.name": "农村饮水安全巩固提升工程专项",
            "goals.annual": goal,
        },
        "funding": {"annual.provincial": "5000000.00"},
        "indicators": {"annual": annual},
    }
    return Form("shaanxi-baoji-chencang-2020-yinshui.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch l."""
    return [
        fujian_taibao(),
        nanxian_jikong(),
        licheng_wenhuaguan(),
        huangshi_gongxiang(),
        hebeiqu_fayuan(),
        yueyang_kouan(),
        chencang_yinshui(),
    ]
