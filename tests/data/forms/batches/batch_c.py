"""Batch c of the second set of published forms (issue 25): 江西, 山东, 河南, 湖北, 湖南.

Each function reproduces one filled form found on a public page, cell by cell as far as the page's text shows
it (labels, typos, scores in labels, blank rows and all); the page and what was left out are named in
batch_c.md. ``expected`` is written from the page, never from what a reader gives.
"""

from __future__ import annotations

from make_forms import Form, Sheet, cells, matrix_line


def yueyanglou() -> Form:
    """岳阳楼区发改局 2021 项目支出预算绩效目标申报表 (Hunan, web page): 项目资金申请 and 支出明细预算 blocks with
    上年度/本年度 columns, numbered cost lines, a Wingdings check written R."""
    kinds = (
        "1.基本建设类 □    其中:新建  □    扩建  □    改建  □\n2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□"
        "\n3.其他专项类 R"
    )
    overview = (
        "负责拟订并组织实施全区国民经济和社会发展战略中、长期规划和年度计划;综合管理全区建设项目;贯彻执行国家和省、市"
        "价格方针、政策以及相关法律、法规;协调推进经济发展环境的优化;组织实施国民经济动员和装备动员相关工作等。进一步"
        "加强区本级政府投资项目审批及概算管理,提高政府投资效益和项目管理水平。"
    )
    basis = "《岳阳楼区人民政府投资项目概算管理办法》岳楼政办发[2017]8号"
    costs = [("1、办公及加班用餐费", 10, 40), ("2、打字复印及资料印刷费", 9, 55), ("3、编制咨询费", 88, 160)]
    costs.append(("4、其他", 23, 45))
    rows: list[list[object]] = [
        ["项目支出预算绩效目标申报表"],
        ["填报单位(盖章):", None, None, "单位负责人:"],
        ["项目基本情况", "项目名称", "项目前期、项目概算及项目入库建设"],
        [None, "项目属性", "新增项目□                       延续项目R"],
        [None, "主管部门", "楼区政府", "项目起止时间", "2021.1-2021.12"],
        [None, "项目负责人", "黄黎明", "联系电话", "2293555"],
        [None, "绩效管理\n联络员", "李娟", "联系电话", "2296818"],
        [None, "项目类型", kinds],
        [None, "项目概况", overview],
        [None, "项目立项依据", basis],
        ["项目资金情况", "项目资金申请(万元)", "项 目", "上年度安排资金", "本年度申请资金"],
        [None, None, "合 计", 130, 300],
        [None, None, "区级资金", 130, 300],
        [None, None, "市级资金", None, None],
        [None, None, "省级资金", None, None],
        [None, None, "中央资金", None, None],
        [None, None, "自有资金", None, None],
        [None, "支出明细预算(万元)", "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
        [None, None, "合 计", 130, 300],
        *[cells(None, None, name, last, this) for name, last, this in costs],
    ]
    merges = ["A1:F1", "A2:C2", "D2:F2", "A3:A10", "C3:F3", "C4:F4", "E5:F5", "E6:F6", "E7:F7", "C8:F8", "C9:F9"]
    merges += ["C10:F10", "A11:A23", "B11:B17", "E11:F11", "E12:F12", "E13:F13", "E14:F14", "E15:F15", "E16:F16"]
    merges += ["E17:F17", "B18:B23"]
    expected = {
        "fields": {
            "project.name": "项目前期、项目概算及项目入库建设",
            "project.attribute": "延续项目",
            "project.department": "楼区政府",
            "project.term": "2021.1-2021.12",
            "project.manager.name": "黄黎明",
            "project.manager.phone": "2293555",
            "project.basis": [basis],
            "project.overview": overview,
        },
        "funding": {"annual.total": "3000000.00", "annual.county": "3000000.00"},
        "costs": [[name.split("、", 1)[1], f"{this * 10000}.00"] for name, _, this in costs],
    }
    return Form("hunan-yueyanglou-2021-gaisuan.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def nanyue_zichan() -> Form:
    """衡阳市南岳区南岳镇 2018 资产收益扶贫项目 绩效目标申报表 (Hunan, web "xls" in GBK): values written =10个,
    >=8%, a sentence as a value, an empty 项目负责人及电话."""
    goal = (
        "10个合作社为入股贫困户返本分红,第一年按投资额20%反本,第二年第三年均各按25%本,第四年第五年各按15%返本,"
        "分红第一年按总客%,第二年以后按返本后的余额8%,余下小部分用于企业发展"
    )
    lines = [
        ("产出指标", "数量指标", "*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=1102人"),
        (None, None, "资产入股贫困人口总数(≥**人)", ">=1102人"),
        (None, None, "入股合作社个数", "=10个"),
        (None, "质量指标", "返本分红比例", "第一年按总投资额返本20%,分红按8%分红"),
        (None, "时效指标", "每年返本分红时间", "每年12月底前"),
        (None, None, "返本分红分几年", "=5年"),
        (None, "成本指标", "补助合作社平均标准", "=23万元/个"),
        ("效益指标", "经济效益指标", "*资产股权年收益率( ≥**% )", ">=8%"),
        (None, None, "贫困户全年返本分红总额", "=46.16万元"),
        (None, "社会效益指标", "受益建档立卡贫困人口数(≥**人)", ">=1102人"),
        ("满意度指标", "服务对象满意度指标", "*资产入股贫困人口满意度( ≥**% )", ">=95%"),
    ]
    rows: list[list[object]] = [
        ["绩效目标申报表"],
        ["项目名称", "2018年南岳镇资产收益扶贫项目", None, "项目负责人及电话", None],
        ["主管部门", "南岳镇人民政府", None, "实施单位", "[607001]衡阳市南岳区南岳镇人民政府"],
        ["资金情况(万元)", "年度资金总额:", 214.06],
        [None, "其中:财政拨款", 214.06],
        [None, "其他资金", 0],
        ["总体目标", "年度目标", None, "年度总体目标完成情况"],
        [None, goal, None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        *[cells(None, *line, None) for line in lines],
        ["财政部门支出股室初审意见", "(盖章)"],
        ["财政部门绩效评价股审核意见", "(盖章)"],
        ["区扶贫办审核意见", "(盖章)"],
    ]
    merges = ["A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "A4:A6", "C4:F4", "C5:F5", "C6:F6", "A7:A8", "B7:C7"]
    merges += ["D7:F7", "B8:C8", "D8:F8", "A9:A20", "B10:B16", "C10:C12", "C14:C15", "B17:B19", "C17:C18"]
    merges += ["B21:F21", "B22:F22", "B23:F23"]
    annual = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, name, value.removeprefix("=")))  # a bare = is no operator
    expected = {
        "fields": {
            "project.name": "2018年南岳镇资产收益扶贫项目",
            "project.department": "南岳镇人民政府",
            "unit.name": "[607001]衡阳市南岳区南岳镇人民政府",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "2140600.00", "annual.county": "2140600.00"},
        "indicators": {"annual": annual},
    }
    return Form("hunan-nanyue-2018-zichanshouyi.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def ezhou_caizheng() -> Form:
    """鄂州市财政局 2019 项目支出绩效自评表 (Hubei, web page): the 年度/指标值 header over two rows, a number as the
    goal, a 社会效益 row without its 一级 label, 总分 row."""
    lines = [
        ("产出指标", "数量指标", "服务对象人数", "100人次", "100人次", 15, 15, None),
        (None, "质量指标", "服务达标率", "80%", "80%", 20, 20, None),
        (None, "时效指标", "完成时限", "2019年", "2019年", 15, 15, None),
        (None, "成本指标", "计划完成率", "90%", "60%", 20, 10, "部分项目延续至下年"),
        (None, "社会效益\n指标", "财政工作运行效率", "≥80%", "≥80%", 15, 15, None),
        ("满意度\n指标", "服务对象满意度指标", "受益群体满意度", "90%", "90%", 15, 15, None),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["2019年度)"],
        ["项目名称", "购买第三方服务"],
        ["主管部门", "市财政局", None, None, "实施单位", "市财政局"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 287, 287, 171, 10, "60%", 6],
        [None, "其中:当年财政拨款", 287, 287, 171, None, None, None],
        [None, "上年结转资金", None, None, None, None, None, None],
        [None, "其他资金", None, None, None, None, None, None],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, 287, None, None, None, 171],
        [None, "一级指标", "二级指标", "三级指标", "年度", "实际", "分值", "得分", "偏差原因分析及改进措施"],
        [None, None, None, None, "指标值", "完成值", None, None, None],
        *[cells(None, *line) for line in lines],
        ["总分", None, None, None, None, None, 100, 90, None],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11"]
    merges += ["F11:I11", "A12:A19", "B12:B13", "C12:C13", "D12:D13", "G12:G13", "H12:H13", "I12:I13", "B14:B17"]
    merges += ["A20:F20"]
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "购买第三方服务",
            "project.department": "市财政局",
            "unit.name": "市财政局",
            "goals.annual": "287",
        },
        "funding": {"annual.total": "2870000.00"},
        "indicators": {
            "annual": [
                matrix_line("产出指标", "数量指标", "服务对象人数", "100人次"),
                matrix_line("产出指标", "质量指标", "服务达标率", "80%"),
                matrix_line("产出指标", "时效指标", "完成时限", "2019年"),
                matrix_line("产出指标", "成本指标", "计划完成率", "90%"),
                {"level2": "社会效益指标", "name": "财政工作运行效率", "value": "≥80%"},
                matrix_line("满意度指标", "服务对象满意度指标", "受益群体满意度", "90%"),
            ]
        },
    }
    return Form("hubei-ezhou-2019-disanfang.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def xiangyang() -> Form:
    """襄阳市中心医院 2021 财政项目绩效自评表 (Hubei, Word): 年初目标值 (A) as the value, 二级 labels shortened
    (成本, 时效, 可持续性), check boxes, 预算执行情况 (20 分)."""
    rows: list[list[object]] = [
        ["项目名称", "东津院区建设补助"],
        ["主管部门", "襄阳市卫生健康委", None, "项目实施单位", "襄阳市中心医院"],
        ["项目类别", "1、部门预算项目 ☑ 2、财政专项□ 3、市对下转移支付项目□"],
        ["项目属性", "1、持续性项目□ 2、新增性项目□"],
        ["项目类型", "1、常年性项目□ 2、延续性项目☑ 3、一次性项目□"],
        ["预算执行情况 (万元) (20 分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
        ["年度财政 资金总额", 1000, 1000, "100%", 20],
        ["年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值 (A)", "实际完成值 (B)", "得分"],
        [None, "产出 指标", "数量指标", "成本控制", "不超过预算", "不超过预算", 10],
        [None, None, "质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", 10],
        [None, None, "成本", "每年财政补助1000万元", "1000万元", "1000万元", 10],
        [None, None, "时效", "1年", "1年", "1年", 10],
        [None, "效益 指标", "经济效益", "完成东津院区建设,医院东 津医疗收入达到5亿元", "5亿元", "6.47亿元", 10],
        [None, None, "可持续性", "院区建成后,可持续为周边 群众提供医疗服务", "服务范围扩 大"],
    ]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "东津院区建设补助",
            "project.department": "襄阳市卫生健康委",
            "unit.name": "襄阳市中心医院",
        },
        "funding": {"annual.total": "10000000.00"},
        "indicators": {
            "annual": [
                matrix_line("产出指标", "数量指标", "成本控制", "不超过预算"),
                matrix_line("产出指标", "质量指标", "保证财政建设补助专款专用", "专款专用"),
                {"level1": "产出指标", "name": "每年财政补助1000万元", "value": "1000万元"},
                {"level1": "产出指标", "name": "1年", "value": "1年"},
                {"level1": "效益指标", "name": "完成东津院区建设,医院东 津医疗收入达到5亿元", "value": "5亿元"},
                {"level1": "效益指标", "name": "院区建成后,可持续为周边 群众提供医疗服务", "value": "服务范围扩 大"},
            ]
        },
    }
    return Form(
        "hubei-xiangyang-2021-dongjin.docx",
        "docx",
        [Sheet("单位名称:襄阳市中心医院    填报日期:2022年3月18日", rows)],
        expected,
        paragraphs=["2021年度财政项目绩效自评表"],
    )


def changqing() -> Form:
    """宁夏长庆初级中学 2019 自治区本级部门项目支出预算绩效目标表 (Ningxia, beyond batch c's provinces; web page in
    GBK): one field per row, 项目期 2019-2021, groups out of the usual order (成本 first, 满意度 before 效益),
    sentences as values."""
    goal = (
        "加快构建公共体育服务体系,提高公共体育设施利用率,健全公共体育服务长效机制,均衡区域体育资源布局与配置,"
        "着力改善我区全民健身条件,满足广大群众多样化的健身需求,切实增强青少年体质,有效提升全民健康水平。"
    )
    lines = [
        ("产出指标", "成本指标", "成本控制", "按照资金测算控制各项成本。"),
        (None, "时效指标", "完成时限", "2021年12月底完成项目规划相关工作。"),
        (None, "数量指标", "补贴数量", "对学校2400平米体育场馆补贴5万元。"),
        (None, "质量指标", "开放质量", "全面落实学校体育设施向社会开放工作。"),
        ("满意度指标", "服务对象满意度指标", "学生及群众的满意率", "95%以上。"),
        ("效益指标", "可持续影响指标", "提升全民健康水平", "促进人民群众健康水平不断提高。"),
        (None, "社会效益指标", "发展全民健身运动", "通过本项目实施,有效提高全面健康水平。"),
    ]
    rows: list[list[object]] = [
        ["自治区本级部门2019年项目支出预算绩效目标表"],
        ["项目名称", "学校体育设施向社会免费开放"],
        ["主管部门", "[812]自治区教育厅"],
        ["实施单位", "【812033】宁夏长庆初级中学"],
        ["项目属性", "上年延续性项目"],
        ["项目期", "2019-2021"],
        ["项目资金(万元)", "年度资金总额", 5],
        [None, "其中:财政拨款", 5],
        [None, "其他资金", None],
        ["绩效目标", goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["A1:E1", "B2:E2", "B3:E3", "B4:E4", "B5:E5", "B6:E6", "A7:A9", "C7:E7", "C8:E8", "C9:E9", "B10:E10"]
    merges += ["A11:A18", "B12:B15", "B17:B18"]
    annual = []
    level1 = ""
    for first, second, name, value in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second, name, value))
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "学校体育设施向社会免费开放",
            "project.department": "[812]自治区教育厅",
            "unit.name": "【812033】宁夏长庆初级中学",
            "project.attribute": "上年延续性项目",
            "project.term": "2019-2021",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "50000.00"},
        "indicators": {"annual": annual},
    }
    return Form("ningxia-changqing-2019-tiyu.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def changning() -> Form:
    """昌宁县供销合作社联合社 2022 项目支出绩效自评表 附件3 (Yunnan, beyond batch c's provinces; real .xls): 年初目标值
    (A) as bare numbers, the unit only in the name's template hint (≥**平方米), 产出指标(40分), check boxes."""
    counts = [
        ("公猪舍(≥**平方米)", "22.8", 1), ("母猪、保育猪舍(≥**平方米)", "180", 3), ("育肥猪舍(≥**平方米)", "180", 3),
        ("周转猪舍(≥**平方米)", "180", 3), ("隔离舍(≥**平方米)", "54", 2), ("仓库(≥**平方米)", "104", 2),
        ("管理用房及消通道(≥**平方米)", "76.44", 2), ("化粪池(≥**立方米)", "63", 1), ("堆粪房(≥**平方米)", "29.6", 1),
        ("消毒池(≥**平方米)", "14", 1), ("排污沟(≥米)", "50", 1), ("场地硬化(≥**平方米)", "230", 2),
        ("粉碎拌合机(11kw)(≥台)", "1", 1), ("产床(全复合双体产床)(≥套)", "2", 1), ("保育栏(≥套)", "4", 1),
        ("消毒机(≥台)", "1", 1), ("冲洗机(≥台)", "1", 1), ("种公猪(≥头)", "2", 2),
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["附件3:"],
        ["2022年度项目支出绩效自评表"],
        ["单位名称:昌宁县供销合作社联合社", None, None, None, "填报日期:2023年4月15日"],
        ["项目名称", "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目"],
        ["主管部门", "昌宁县供销合作社联合社", None, "项目实施单位", "昌宁县昌龙鸿运牧业专业合作社"],
        ["项目类别", "1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □"],
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □"],
        ["预算执行情况(万元)\n(20分)", None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        ["年度财政资金总额", None, 50, 10, 20, 4],
        ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        [None, "产出指标(40分)", "数量指标", counts[0][0], counts[0][1], counts[0][1], counts[0][2]],
        *[cells(None, None, None, name, value, value, score) for name, value, score in counts[1:]],
        [None, None, None, "种母猪(≥头)", "20", "20"],
    ]
    merges = ["A1:G1", "A2:G2", "A3:D3", "E3:G3", "B4:G4", "B5:C5", "E5:G5", "B6:G6", "B7:G7", "A8:B8", "F8:G8"]
    merges += ["A9:B9", "F9:G9", "A10:A29", "B11:B29", "C11:C29"]
    annual = [matrix_line("产出指标", "数量指标", name, value) for name, value, _ in counts]
    annual.append(matrix_line("产出指标", "数量指标", "种母猪(≥头)", "20"))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目",
            "project.department": "昌宁县供销合作社联合社",
            "unit.name": "昌宁县昌龙鸿运牧业专业合作社",
        },
        "funding": {"annual.total": "500000.00"},
        "indicators": {"annual": annual},
    }
    return Form("yunnan-changning-2022-shengzhu.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch c."""
    return [
        yueyanglou(),
        nanyue_zichan(),
        ezhou_caizheng(),
        xiangyang(),
        changqing(),
        changning(),
    ]
