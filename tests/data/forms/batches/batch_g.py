"""Batch g of issue 25's second set: filled forms published by bodies of 广西, 贵州, 广东, 四川, 甘肃, 青海, 西藏, 新疆
(and, when the search tool's pages gave no more of those, other provinces), reproduced cell by cell from the page.

Sources and what each page left out: batch_g.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet, cells


def nanchong() -> Form:
    """南充市林业局 2023 部门预算项目支出绩效自评表 (Sichuan, 一体化 system layout): the project code glued to the
    name, 预算执行情况(10分)/绩效指标(90分) as row labels, 指标性质/指标值/度量单位 in three columns."""
    name = "51130021T000000229367-退耕还林工程建设专项工作经费"
    goal = (
        "实施新一轮退耕还林,规划设计、组织管理、检查验收等,督促兑付退耕还林补助资金。协助完成国家林业局对我市2018年度"
        "新一轮退耕还林检查验收,以会代训开展退耕还林业务培训,对新从业人员进行培训等。"
    )
    done = "实施新一轮退耕还林,规划设计、组织管理、检查验收等,督促兑付退耕还林补助资金。以会代训开展退耕还林业务培训,对新从业人员进行培训等。"
    rows: list[list[object]] = [
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", None, name],
        ["主管部门", None, "南充市林业", None, None, None, None, "实施单位(盖章)", "南充市林业局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, None, "年度目标完成情况"],
        [None, None, goal, None, None, None, None, done],
        [None, "2.项目实施内容及过程概述", goal],
        [
            "预算执行情况(10分)",
            "年度预算数(万元)",
            "年初预算",
            "调整后预算数",
            "预算执行数",
            None,
            None,
            "预算执行率",
            "权重",
            "得分",
            "原因",
        ],
        [None, "总额", "5.00", "5.00", "5.00", None, None, "100.00%", "10"],
        [None, "其中:财政资金", "5.00", "5.00", "5.00", None, None, "100.00%", "/", "/"],
        [None, "财政专户管理资金", "0.00", "0.00", "0.00", None, None, "0.00%", "/", "/"],
        [None, "单位资金", "0.00", "0.00", "0.00", None, None, "0.00%", "/", "/"],
        [None, "其他资金", None, None, None, None, None, None, "/", "/"],
        [
            "绩效指标(90分)",
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
        [None, "产出指标", "数量指标", "会议培训举办次数(次)", "≥", "1", "次", "1"],
    ]
    merges = ["A1:K1", "A2:B2", "C2:K2", "A3:B3", "C3:G3", "I3:K3", "A4:A6", "B4:B5", "C4:G4", "H4:K4"]
    merges += ["C5:G5", "H5:K5", "C6:K6", "A7:A12", "E7:G7", "E8:G8", "E9:G9", "E10:G10", "E11:G11", "E12:G12"]
    merges += ["A13:A14"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": name,
            "project.department": "南充市林业",
            "unit.name": "南充市林业局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "50000.00", "annual.county": "50000.00"},
        "indicators": {"annual": [["产出指标", "数量指标", "会议培训举办次数(次)", "≥1次"]]},
    }
    return Form("sichuan-nanchong-2023-tuigeng.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def chaotian() -> Form:
    """广元市朝天区 2023 中央转移支付项目绩效自评表 (Sichuan, 全民健身中心): 资金管理情况 rows between the money and
    the goal, a spaced-out 一级 label (产 出 指 标), a value column beside 全年实际完成值."""
    name = "广元市朝天区全民健身中心项目"
    goal = (
        "新建全民健身中心1个,总建筑面积6500平方米,配套室外健身场地、能够满足球类、武术,体操、器械健身、游泳等多项体育健身"
        "活动;配套场馆管理用房、卫生间、医务室及相关设施设备。"
    )
    done = "2023年完成前期工作,完成可行性研究、项目设计、项目勘察、图纸审查、项目审批、施工招标、监理招标。"
    rows: list[list[object]] = [
        ["中央转移支付广元市朝天区全民健身中心项目绩效自评表"],
        ["(2023年度)"],
        ["转移支付(项目)名称", name],
        ["中央主管部门", "国家体育总局"],
        ["地方主管部门", "广元市朝天区人民政府", None, "资金使用单位", "广元市朝天区体育发展中心"],
        ["资金投入情况 (万元)", None, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
        [None, "年度资金总额:", "2000", "1157.97", "57.89%"],
        [None, "其中:中央财政资金", "2000", "1157.9", "57.89%"],
        [None, "地方财政资金"],
        [None, "其他资金"],
        ["资金管理情况", None, "情况说明", None, None, "存在问题和改进措施"],
        ["分配科学性", None, "资金分配科学合理"],
        ["下达及时性", None, "资金下达及时"],
        ["拨付合规性", None, "严格项目建设资金管理,实行专款专用"],
        ["使用规范性", None, "未出现截留、挤占、挪用或擅自调整等问题"],
        ["执行准确性", None, "不存在执行数偏离预算数较多的问题"],
        ["预算绩效管理情况", None, "开展绩效监控和绩效评价"],
        ["支出责任履行情况", None, "足额安排项目进度款,确保资金的专款专用,不被侵占、截留或挪用"],
        ["总体目标完成情况", "总体目标", None, None, "全年实际完成情况"],
        [None, goal, None, None, done],
        ["绩效指标", "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
        [None, "产 出 指 标", "数量指标", "新建全民健身中心数量", "1", "建设中"],
    ]
    merges = ["A1:H1", "A2:H2", "B3:H3", "B4:H4", "B5:C5", "E5:H5", "A6:A10", "E6:H6", "E7:H7", "E8:H8"]
    merges += ["A11:B11", "C11:E11", "F11:H11"]
    merges += [f"A{r}:B{r}" for r in range(12, 19)] + [f"C{r}:E{r}" for r in range(12, 19)]
    merges += [f"F{r}:H{r}" for r in range(12, 19)]
    merges += ["A19:A20", "B19:D19", "E19:H19", "B20:D20", "E20:H20", "A21:A22", "G21:H21", "G22:H22"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": name,
            "project.department": "广元市朝天区人民政府",
            "unit.name": "广元市朝天区体育发展中心",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "20000000.00", "annual.central": "20000000.00"},
        "indicators": {"annual": [["产出指标", "数量指标", "新建全民健身中心数量", "1"]]},
    }
    return Form("sichuan-guangyuan-chaotian-2023-jianshen.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def bozhou() -> Form:
    """亳州市气象局 2023 项目支出绩效目标表 (Anhui, 人工增雨飞机作业): 中期 and 年度 side by side (money, goals,
    indicator matrix), amounts printed with 万 in a 万元 block, sentences as indicator values."""
    name = "亳州市人工增雨飞机作业项目"
    mid_goal = "目标:亳州市建立较为完善的人工增雨飞机作业体系,形成统一协调、区域联防人影运行新机制,生态建设、大气污染防治明显提高。"
    goal = (
        "目标1:飞机增雨作业能力水平:拥有1架租用作业飞机,作业能力得到极大提高。增雨作业可覆盖面积由现有的1000平方公里扩展"
        "到接近整个亳州市的8522平方公里面积,作业期由目前的季节性作业拓展到常年性作业,作业对象由现在单一冷云为主拓展到除不适合"
        "飞行外的多种冷暖云,联合作业方式由分区作业发展为分区、分层、梯次等多种方式。\n"
        "目标2:人影业务协调指挥能力:建立市级人影业务技术体系,增强省、市、县三级指挥系统,形成统一协调、区域联防作业的人影业务"
        "能力和运行机制,显著提高人影业务保障和区域联合作业能力。"
    )
    hours = ("飞机增雨作业航时", "暂定量按15次作业且总航时不少于30小时测算")
    quality = (
        "围绕农业生产、生态环境修复、改善空气质量等需求",
        "解决旱情,保障粮食安全,服务农业生产,保持水土涵养,改善空气质量",
    )
    rows: list[list[object]] = [
        ["项目支出绩效目标表"],
        ["(2023年度)"],
        ["项目名称", name],
        ["主管部门及代码", "亳州市气象局", None, None, "实施单位", "亳州市气象局"],
        ["项目属性", "常规项目", None, None, "项目期", "1年"],
        ["项目资金\n(万元)", "中期资金总额:", None, "449.8万", "年度资金总额:", None, "189.8万"],
        [None, "其中:财政拨款", None, "449.8万", "其中:财政拨款", None, "189.8万"],
        [None, "其他资金", None, None, "其他资金"],
        ["总\n体\n目\n标", "中期目标(2023年—2025年)", None, None, "年度目标"],
        [None, mid_goal, None, None, goal],
        ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        [None, "产\n出\n指\n标", "数量指标", *hours, "数量指标", *hours],
        [None, None, "质量指标", *quality, "质量指标", quality[0]],
    ]
    merges = ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "B5:D5", "F5:H5", "A6:A8", "B6:C6", "E6:F6", "G6:H6"]
    merges += ["B7:C7", "E7:F7", "G7:H7", "B8:C8", "E8:F8", "G8:H8", "A9:A10", "B9:D9", "E9:H9", "B10:D10", "E10:H10"]
    merges += ["A11:A13", "B12:B13"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": name,
            "project.department": "亳州市气象局",
            "unit.name": "亳州市气象局",
            "goals.mid_term": mid_goal,
            "goals.annual": goal,
        },
        "funding": {
            "mid_term.total": "4498000.00",
            "mid_term.county": "4498000.00",
            "annual.total": "1898000.00",
            "annual.county": "1898000.00",
        },
        "indicators": {
            "mid_term": [["产出指标", "数量指标", *hours], ["产出指标", "质量指标", *quality]],
            "annual": [["产出指标", "数量指标", *hours]],
        },
    }
    return Form("anhui-bozhou-2023-zengyu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def linyi() -> Form:
    """临邑县师范附属小学 2025 项目支出目标申报表 (Shandong, the school's page): a Word table with 产出值/数量值…
    for 产出指标/数量指标…, values with their operator glued (<=6962人, =100%), an empty 备注 column."""
    name = "小学教育公用经费"
    overview = (
        "根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,主要用于学校教学与管理、校舍维修"
        "维护及日常办公等。"
    )
    lines = [
        ("产出值", "数量值", "小学就读人数", "<=6962人"),
        (None, "质量值", "教学条件改善、办学水平提高", "=100%"),
        (None, "时效值", "教育均衡化发展", "有效"),
        (None, "成本值", "义务教育小学生均公用经费", "780元/生/年"),
        ("效益值", "经济效益值", "经费有效使用情况", "=100%"),
        (None, "社会效益值", "教学质量提高、办学条件改善", "=100%"),
        (None, "生态效益值", "安全情况", "有效"),
        (None, "可持续影响值", "学生受益情况", "=100%"),
    ]
    rows: list[list[object]] = [
        ["项目名称", name],
        ["项目主管部门", "临邑县师范附属小学"],
        ["项目资金申请(万元)", "资金总额:", "438.768"],
        [None, "财政拨款:", "438.768"],
        [None, "其他:", None],
        ["项目总体情况", overview],
        ["一级", "二级", "三级", "年度数值", "备注"],
        *[cells(*line, None) for line in lines],
    ]
    merges = ["B1:E1", "B2:E2", "A3:A5", "C3:E3", "C4:E4", "C5:E5", "B6:E6", "A8:A11", "A12:A15"]
    expected = {
        "fields": {"year": 2025, "project.name": name, "project.department": "临邑县师范附属小学"},
        "funding": {"annual.total": "4387680.00"},
        "indicators": {
            "annual": [{"name": n, "value": v[1:] if v.startswith("=") else v} for _, _, n, v in lines],
        },
    }
    paragraphs = ["项目支出目标申报表", "(2025年度)"]
    return Form(
        "shandong-linyi-2025-gongyong.docx", "docx", [Sheet("Sheet1", rows, merges)], expected, paragraphs=paragraphs
    )


def jiayuguan() -> Form:
    """嘉峪关城市博物馆 2023 省级部门预算项目支出绩效目标表 (Gansu, the system's export as the page's OCR shows it):
    一级/二级项目名称, 2021 scheme (成本指标 as its own 一级 with 经济/社会/生态环境成本指标), values such as
    =300天 and =100百分比, the OCR's misreadings (一*级, 完成H期, 二100百分比) kept."""
    name = "博物馆纪念馆市级免费开放补助资金"
    goal = "进一步提高博物馆纪念馆运行效率和免费开放服务水平"
    lines = [
        ("产出指标", "数量指标", "免费开放天数", "=300天"),
        (None, "质量指标", "博物馆绩效考核指标完成率", "=100百分比"),
        (None, "时效指标", "各项工作完成及时率%", "=99百分比"),
        ("成本指标", "经济成本指标", "资金使用效率", "二100百分比"),
        (None, "社会成本指标", "对当地文物保护、文化传承影响", "长远"),
        (None, "生态环境成本指标", "提升博物馆绿化水平", "提升"),
        ("效益指标", "经济效益指标", "为当地提供就业LJUI,冈位", "增加岗位"),
        (None, "社会效益指标", "免费开放接待观众人数", "=30000人次"),
        (None, "生态效益指标", "历史文化传承环保意识", "时限长远"),
        ("满意度指标", "服务对象满意度", "服务对象满意度%", "=99百分比"),
    ]
    rows: list[list[object]] = [
        ["省级部门预算项目支出绩效目标表"],
        ["(2023年度)"],
        ["一*级项目名称", "文化事业发展专项资金", "二级项目名称", name],
        ["项目类型", "新增项目", "项目分类", "专项工作经费"],
        ["资金用途", "业务类项目", "主管部门", "嘉峪关市文化和旅游局"],
        ["项目开始日期", "2023-01-01", "项目完成H期", "2023-12-31"],
        ["项目总投资", "20万元", "中央补助安排", "0"],
        ["省级财政安排", "0", "其他资金", "20万元"],
        ["预算申报数", "20万元", "资金性质", "一般公共预算"],
        ["基本情况", "保障博物馆正常运转"],
        ["项目立项必要性", "保障各项业务正常运行"],
        ["保证项目实施的制度措施", "博物馆绩效考核"],
        ["项目实施计划", "组织实施单位", "甘肃省文物局"],
        [None, "监督管理单位", "嘉峪关文旅局"],
        [None, "项目实施单位", "嘉峪关城市博物馆"],
        ["政策依据", "甘财科[2022]78号"],
        ["其他依据", None],
        ["需要说明的其他问题", None],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标目标值"],
        *[cells(*line) for line in lines],
    ]
    merges = ["A1:D1", "A2:D2", *[f"B{r}:D{r}" for r in range(10, 13)], "A13:A15", "C13:D13", "C14:D14"]
    merges += ["C15:D15", *[f"B{r}:D{r}" for r in range(16, 20)], "A21:A23", "A24:A26", "A27:A29"]
    sure = {"质量指标", "时效指标", "数量指标", "社会效益指标", "服务对象满意度", "经济成本指标"}
    annual: list[object] = []
    level1 = ""
    for first, second, indicator, value in lines:
        level1 = first or level1
        if second in sure:
            annual.append([level1, second, indicator, value[1:] if value.startswith("=") else value])
        else:  # the page runs name and value together: where one ends is not shown
            annual.append({"level1": level1, "level2": second})
    expected = {
        "fields": {
            "year": 2023,
            "project.name": name,
            "project.department": "嘉峪关市文化和旅游局",
            "unit.name": "嘉峪关城市博物馆",
            "goals.annual": goal,
        },
        "funding": {
            "annual.total": "200000.00",
            "annual.central": "0.00",
            "annual.provincial": "0.00",
            "annual.other": "200000.00",
        },
        "indicators": {"annual": annual},
    }
    return Form("gansu-jiayuguan-2023-bowuguan.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def ezhoulib() -> Form:
    """鄂州市图书馆 2020 市直部门预算项目支出绩效目标表 (Hubei, the library's page): 金额单位:万元 above the
    table, a cost table (成本构成/金额/测算(公式)依据) whose formulas are numbered lines in one cell."""
    name = "图书馆资源购置和信息共享等专项经费"
    basis = (
        "1、《公共图书馆服务规范》、《公共图书馆法》、《公共文化服务保障法》、《湖北省公共图书馆条例》,《鄂州市图书馆馆藏发展"
        "规划》。2、根据国家文化部、财政部关于印发,公共电子阅览室建设计划实施方案》、文化部办公厅关于印发《全国文化信息共享工程"
        "工作方案等文件的精神。进一步加强公共数字文化建设,提高公共服务能力,推动覆盖城乡的公共文化服务体系建设,以保障人民群众基本"
        "文化权益为宗旨,努力构建内容安全,服务规范,环境良好,覆盖广泛的公益性互联网服务体系。3、根据湖北省财政厅 湖北省文化厅文件 "
        "鄂财教发【2011】68号 关于印发《湖北省“流动图书车”实施管理办法》的通知。根据中央加强基层文化精神的有关精神,为了缓解基层"
        "群众看书难以普及及基层运输难的问题,充分利用“流动图书车”开展各种公益性文化活动4、湖北省文化厅 湖北省财政厅文件 鄂文化文"
        "【2012】82号 省文化厅 省财政厅关于实施湖北数字图书馆推广工程的通知,鄂州市图书馆馆藏发展规划建设标准和图书馆服务规范。"
    )
    car = "1.维修费5次*5000=25000元\n2.汽油20次*500=10000元\n3.保险1次*12000=12000元\n4.洗车费100次*30=3000元"
    books = "1.报刊1000种*15=15000元\n2.图书20000册*25=500000元"
    rows: list[list[object]] = [
        ["鄂州市2020年市直部门预算项目支出绩效目标表"],
        ["申报单位: 鄂州市图书馆", None, None, None, "金额单位:万元"],
        ["项目名称", name, "项目类别", "运行维护类", "项目性质", "常年性项目"],
        ["立项依据", basis],
        ["项目预算", "成本构成", "金额", "测算(公式)依据", "2018年实际执行数", "2019年实际执行数"],
        [None, "流动图书车运行维护费", "5.00", car],
        [None, "图书购置", "60.00", books],
    ]
    merges = ["A1:F1", "A2:D2", "E2:F2", "B4:F4", "A5:A7"]
    expected: dict[str, object] = {
        "fields": {"year": 2020, "project.name": name, "unit.name": "鄂州市图书馆"},
        "costs": [["流动图书车运行维护费", "50000.00"], ["图书购置", "600000.00"]],
    }
    return Form("hubei-ezhou-2020-tushuguan.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def zhenjiang() -> Form:
    """镇江博物馆 2024 项目绩效目标 (Jiangsu, 项目绩效公开): 收入/支出 blocks in 万元, 半年(程) and 全年(程) value
    columns side by side, 一级 决策 (the province's evaluation-style matrix)."""
    name = "赛珍珠文化公园运转经费"
    dept = "镇江市文化广电 和旅游局"
    mid = "加强对赛珍珠文化公园的管理,加强文化宣传,保证赛珍珠文化 公园免费开放运转。"
    need = "赛珍珠文化公园为免费式开放公园,运营服务项目包含了所有设施设备的维护和维修,绿化修剪,水电费用度的支出以及物业管 理服务。"
    about = (
        "赛珍珠市著名的文学家和社会活动家,赛珍珠文化公园的建成和 投入使用,是城市对外交流的靓丽名片,对纪念赛珍珠、挖掘镇 江深厚"
        "的历史文化底蕴发挥了重要的推动作用。运营服务采购项 目能保证赛珍珠文化公园日常公共文化服务活动,保证赛珍珠文 化公园日常运营以及"
        "业务活动的开展。"
    )
    lines = [
        ("决策", "项目立项", "立项程序规范性", "规范", "规范"),
        (None, None, "立项依据充分性", "充分", "充分"),
        (None, "绩效目标", "绩效指标明确性", "明确", "明确"),
        (None, None, "绩效目标合理性", "合理", "合理"),
    ]
    rows: list[list[object]] = [
        ["2024年度"],
        ["项目名称", name, None, "实施部门", dept],
        ["项目类型", "常年安排项目", None, "项目级次", "市本级"],
        ["开始时间", "2024年", None, "完成时间", "2026年"],
        ["预算单位", "镇江博物馆", None, "项目负责人/ 联系电话", None],
        ["项目必要性说明", need],
        ["项目可行性说明", "中宣发[2008]2号《关于全国博物馆、纪念馆免费开放的通知》"],
        ["项目概述", about],
        ["项目资金 (万元)", "收入", None, None, "全年(程) 预算数"],
        [None, "资金总额", None, None, "80"],
        [None, "财政拨款", "小计", None, "80"],
        [None, None, "一般公共预算资金", None, "80"],
        [None, None, "政府性基金", None, None],
        [None, None, "财政专户管理资金", None, None],
        [None, None, "国有资本金", None, None],
        [None, None, "社保基金", None, "0"],
        [None, "上年结转资金", None, None, "0"],
        [None, "其他资金", None, None, None],
        [None, "支出", None, "半年(程) 计划执行数", "全年(程) 预算数"],
        [None, name, None, "0", "80"],
        ["中长期目标", mid],
        ["一级指标", "二级指标", "三级指标", "半年(程) 指标值", "全年(程) 指标值"],
        *[cells(*line) for line in lines],
    ]
    merges = ["A1:E1", "B2:C2", "B3:C3", "B4:C4", "B5:C5", "B6:E6", "B7:E7", "B8:E8", "A9:A20", "B9:D9", "B10:D10"]
    merges += ["B11:B16", "C11:D11", "C12:D12", "C13:D13", "C14:D14", "C15:D15", "C16:D16", "B17:D17", "B18:D18"]
    merges += ["B19:C19", "B20:C20", "B21:E21", "A23:A26", "B23:B24", "B25:B26"]
    annual = []
    level1 = level2 = ""
    for first, second, indicator, _half, year in lines:
        level1, level2 = first or level1, second or level2
        annual.append([level1, level2, indicator, year])
    expected = {
        "fields": {
            "year": 2024,
            "project.name": name,
            "project.department": dept,
            "unit.name": "镇江博物馆",
            "goals.mid_term": mid,
        },
        "funding": {"annual.total": "800000.00", "annual.county": "800000.00"},
        "costs": [[name, "800000.00"]],
        "indicators": {"annual": annual},
    }
    return Form("jiangsu-zhenjiang-2024-saizhenzhu.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def suining() -> Form:
    """遂宁市市场监督管理局经开区分局 2021 中央对地方专项转移支付区域绩效目标自评表 (Sichuan, a Word table): 填报类型
    check boxes above, amounts as 5.8万, a blank 一级 cell over the 产出 block, rows with no values (指标4, 成本 指标2/3)."""
    planned = "目标1:完成两品一械抽检工作\n目标2:加强两品一械企业监管力度\n目标3:加强培训,提高监管人员专业水平\n目标4:加强两品一械科普宣传力度"
    done = "目标1:配合完成抽检148个批次\n目标2:加强了两品一械企业监管力度\n目标3:提高监管人员专业水平,培训率达100%\n目标4:多次组织两品一械科普宣传活动"
    lines = [
        ("数量指标", "指标1.药品抽验品种", "≥3", "4"),
        (None, "指标2.化妆品抽验批次", "≥3", "7"),
        (None, "指标3.医疗器械抽验批次", "≥2", "3"),
        (None, "指标4.药品监管企业数", "≥124", "253"),
        (None, "指标5.化妆品监管企业数", "≥290", "311"),
        (None, "指标6.医疗器械监管企业数", "≥21", "85"),
        (None, "指标7.药品监管人员人均培训学时", "≥90", "96"),
        ("质量指标", "指标1.药品抽检完成率", "100%", "100%"),
        (None, "指标2.化妆品抽验完成率", "100%", "100%"),
        (None, "指标3.医疗器械抽验完成率", "100%", "100%"),
        (None, "指标4.不合格产品处置率", None, None),
        (None, "指标5:药品不良反应每百万人口报告数", "≥150", "150"),
        (None, "指标6.化妆品不良反应每百万人口报告数", "≥10", "10"),
        (None, "指标7.医疗器械不良应每百万人口报告数", "≥30", "30"),
        (None, "指标8.培训人员覆盖率", "100%", "100%"),
        ("时效指标", "任务完成时间", "2021年底", "2021年底"),
        ("成本指标", "指标1.培训成本", "400元/人、天", "180元/人、天"),
        (None, "指标2.药品抽验平均标准", None, None),
        (None, "指标3.化妆品抽验平均标准", None, None),
    ]
    rows: list[list[object]] = [
        ["单位名称", "遂宁市市场监督管理局经开区分局", None, "联系人及电话", "田苗苗,15881923688"],
        ["预算\n执行\n情况\n(万元)", "转移支付预算数(A)", "5.8万", "预算执行率(B/A)", "100%"],
        [None, "转移支付执行数(B)", "5.8万"],
        ["年度\n目标\n完成\n情况", "预期目标", None, "目标实际完成情况"],
        [None, planned, None, done],
        ["一级\n指标", "二级指标", "三级指标", "指标值", "完成值"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["B1:C1", "A2:A3", "E2:E3", "A4:A5", "B4:C4", "D4:E4", "B5:C5", "D5:E5", "A7:A25"]
    merges += ["B7:B13", "B14:B21", "B23:B25"]
    annual: list[object] = []
    level2 = ""
    for second, indicator, value, _done in lines:
        level2 = second or level2
        if value:
            annual.append({"level2": level2, "name": indicator, "value": value})
        else:
            annual.append({"level2": level2, "name": indicator})
    expected = {
        "fields": {"year": 2021, "unit.name": "遂宁市市场监督管理局经开区分局", "goals.annual": planned},
        "funding": {"annual.total": "58000.00", "annual.central": "58000.00"},
        "indicators": {"annual": annual},
    }
    paragraphs = ["2021年中央对地方专项转移支付区域绩效目标自评表", "填报类型:整体□  区域√  项目□"]
    return Form(
        "sichuan-suining-jingkai-2021-liangpinyixie.docx",
        "docx",
        [Sheet("Sheet1", rows, merges)],
        expected,
        paragraphs=paragraphs,
    )


def ganzi() -> Form:
    """甘孜藏族自治州市场监督管理局机关 绩效目标表 (Sichuan, the system's .xlsx as the site previews it): coded unit
    and department (324001-…), no project name, 指标性质/指标值/度量单位/权重(%) columns, 定性 rows valued 高中低."""
    goal = (
        "组织协调推进全州食品安全重点工作;承办州食品安全委员会会议及中央活动;组织协调食品安全宣传、培训工作;承担州政府食品安全委员会"
        "的日常工作;组织开展食品安全重大整顿治理和联合检查行动;考核评议州级相关部门和各县市履行食品安全党政同责目标工作。"
    )
    lines = [
        ("产出指标", "成本指标", "检查差旅费", None, "470", "人/天", "2"),
        ("产出指标", "成本指标", "培训费", None, "320", "人/天", "3"),
        ("产出指标", "时效指标", "完成时限", None, "1", None, "5"),
        ("产出指标", "数量指标", "召开食品安委会全体会议", None, "2", None, "15"),
        ("产出指标", "质量指标", "食安委成员单位食品安全工作齐抓共管", None, "100", "%", "10"),
        ("产出指标", "数量指标", "开展食品安全专项整治", None, "2", None, "10"),
        ("产出指标", "数量指标", "组织州县食安委成员单位人员培训", None, "1", None, "15"),
        ("产出指标", "数量指标", "开展食品安全宣传周活动", None, "1", None, "10"),
        ("效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", None, "10"),
        ("效益指标", "可持续影响指标", "进一步提高食品安全工作科学化、规范化", "定性", "高中低", None, "5"),
        ("满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "定性", "高中低", None, "5"),
    ]
    rows: list[list[object]] = [
        ["绩效目标表"],
        ["单位信息:", "324001-甘孜藏族自治州市场监督管理局机关", None, "项目名称:", None],
        ["主管部门:", "324-甘孜州市场监督管理部门", None, "项目经办人:", None],
        ["预算执行率权重(%):", None, None, "项目经办人电话:", None],
        ["整体目标:", goal],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)"],
        *[cells(*line) for line in lines],
    ]
    merges = ["A1:G1", "B2:C2", "E2:G2", "B3:C3", "E3:G3", "B4:C4", "E4:G4", "B5:G5"]
    annual: list[object] = []
    for level1, level2, indicator, kind, value, unit, _weight in lines:
        if kind:
            annual.append({"level1": level1, "level2": level2, "name": indicator})
        else:
            annual.append([level1, level2, indicator, value + (unit or "")])
    expected = {
        "fields": {
            "project.department": "324-甘孜州市场监督管理部门",
            "unit.name": "324001-甘孜藏族自治州市场监督管理局机关",
            "goals.annual": goal,
        },
        "indicators": {"annual": annual},
    }
    return Form("sichuan-ganzi-shichangjianguan-shianwei.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def yongxing() -> Form:
    """永兴县畜牧兽医水产局 2017 专项资金绩效目标表 (Hunan, the Word form as a sharing site's text shows it): 专项
    check boxes (延续专项√新增专项□), a dated 实施进度计划 table, 长期/年度 goals, the matrix cut after its first row."""
    name = "重大动物疫病防控"
    long_goal = "通过项目的实施在 2020 年前,生猪、羊、牛、家禽死亡率分别制在4%、3%、2%、8%以下。"
    goal = (
        "加强对动物免疫接种、检疫、扑杀等手段和措施,有效控制疫病的发生和流行,将猪、牛、羊、家禽死亡率分别控制在现的基础上下降"
        "0.5 、 0.1 、0.5 、和 0.1 个个百分点。"
    )
    duty = "重大动物防控工作、强制扑杀和免疫副反应补助、疫苗和防疫物质储备、监测、检测经费及监督执法等。"
    basis = "《中华人民共和国动物防疫法》、《重大动物疫情应急条例》、《郴州市重大动物疫病防控工作目标管理责任状》"
    plan = [
        ("1、应急物质储备及防疫物质采购", "2017.01", "2017.03"),
        ("2、流行病不 [ 这调查监测", "2017.01", "2017.12"),
        ("3、免疫抗体效果评估", "2017.03", "2017.05"),
        ("4、动物卫生监督执法", "2017.03", "2017.05"),
        ("5、强制扑杀和免疫副反应补助", "2017.11", "2017.12"),
    ]
    rows: list[list[object]] = [
        ["专项名称", name, None, "专项属性", "延续专项√新增专项□"],
        ["部门名称", "县动物卫生监督所", None, "资金总额(万元)", "50"],
        ["部门相应职能职责概述", duty],
        ["专项立项依据", basis],
        ["专项实施进度计划", "专项实施内容", None, "计划开始时间", "计划完成时间"],
        *[cells(None, item, None, start, end) for item, start, end in plan],
        ["专项长期绩效目标", long_goal],
        ["专项年度绩效目标", goal],
        ["专项年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [None, "产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%"],
    ]
    merges = ["B1:C1", "E1:F1", "B2:C2", "E2:F2", "B3:F3", "B4:F4", "A5:A10", "B5:C5", "F5:F10"]
    merges += [f"B{r}:C{r}" for r in range(6, 11)] + ["B11:F11", "B12:F12", "A13:A14"]
    expected = {
        "fields": {"year": 2017, "project.name": name, "goals.mid_term": long_goal, "goals.annual": goal},
        "funding": {"annual.total": "500000.00"},
        "indicators": {"annual": [["产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%"]]},
    }
    paragraphs = ["专项资金绩效目标表", "(2017 年度)", "填报单位(盖章):永兴县畜牧兽医水产局"]
    return Form(
        "hunan-yongxing-2017-dongwuyibing.docx",
        "docx",
        [Sheet("Sheet1", rows, merges)],
        expected,
        paragraphs=paragraphs,
    )


def chengan() -> Form:
    """成安县民政局 2020 预算项目绩效自评表 (Hebei, the bureau's page): 一、二、三、四 section labels, 预期指标值 as
    符号/值/单位 columns (>= 98 %(百分比)), 效果指标 for 效益指标, three score columns."""
    name = "19名百岁老人高龄津贴"
    lines = [
        (
            "产出指标",
            "质量指标",
            "符合条件申报对象覆盖率",
            "享受补贴政策人数占符合条件申报对象总数的比例",
            ">=",
            "98",
            "%(百分比)",
            "100%",
            "25.00",
            "25.00",
            "6.25",
        ),
        (
            None,
            "时效指标",
            "完成率",
            "按照要求每月及时完成符合条件对象审批的比例(百分比)",
            ">=",
            "99",
            "%(百分比)",
            "100%",
            "25.00",
            "25.00",
            "6.25",
        ),
        (
            "效果指标",
            "社会效益指标",
            "补贴发放率",
            "高龄补贴发放完成率",
            ">=",
            "75",
            "%(百分比)",
            "100%",
            "30.00",
            "30.00",
            "9.00",
        ),
        (
            "满意度指标",
            "服务对象满意度指标",
            "服务对象满意度",
            "享受高龄津贴的对象对老龄工作的满意程度",
            ">=",
            "95",
            "%(百分比)",
            "100%",
            "10.00",
            "10.00",
            "1.00",
        ),
    ]
    goals = [
        "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。",
        "为全县共享改革开放成果,促进社会稳定文明和谐",
    ]
    rows: list[list[object]] = [
        ["成安县民政局2020年度预算项目绩效自评表"],
        [
            "一、基本情况",
            "项目名称:",
            name,
            None,
            "是否为专项资金:",
            None,
            "实施(主管)单位",
            "314002-成安县民政局机关",
            None,
            "金额单位:",
            "万元",
        ],
        [
            "二、预算执行情况",
            "预算安排情况(调整后)",
            None,
            None,
            "资金到位情况",
            None,
            "资金执行情况",
            None,
            "预算执行进度(%)",
        ],
        [None, "预算数", "6.84", None, "到位数", "6.84", "执行数", "6.84", "100.00"],
        [None, "其中:财政资金", "6.84", None, "其中:财政资金", "6.84", "其中:财政资金", "6.84"],
        [None, "其他", "0.00", None, "其他", "0.00", "其他", "0.00"],
        ["三、目标完成情况", "年度预期目标", None, None, None, "具体完成情况", None, None, None, "总体完成率(%)"],
        [None, goals[0], None, None, None, goals[0], None, None, None, "100.00"],
        [None, goals[1], None, None, None, goals[1]],
        [
            "四、年度绩效指标完成情况",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标分值",
            "预期指标值",
            None,
            None,
            "单项指标实际完成值",
            "单项指标完成情况",
            "自评得分",
        ],
        [
            None,
            None,
            None,
            None,
            None,
            "符号",
            None,
            "单位(文字描述)",
            None,
            None,
            "单项指标得分",
            "权重占比(%)",
            "单项指标折算得分",
        ],
        *[cells(None, *line[:8], "完成", *line[8:]) for line in lines],
    ]
    merges = ["A1:M1", "C2:D2", "H2:I2", "K2:M2", "A3:A6", "B3:D3", "E3:F3", "G3:H3", "I3:M3", "C4:D4", "I4:M4"]
    merges += ["C5:D5", "C6:D6", "A7:A9", "B7:E7", "F7:I7", "J7:M7", "B8:E8", "F8:I8", "J8:M9", "B9:E9", "F9:I9"]
    merges += ["A10:A15", "B10:B11", "C10:C11", "D10:D11", "E10:E11", "F10:H10", "I10:I11", "J10:J11", "K10:M10"]
    merges += ["B12:B13"]
    annual = []
    level1 = ""
    for line in lines:
        level1 = line[0] or level1
        annual.append([level1, line[1], line[2], "".join(line[4:7])])
    expected = {
        "fields": {"year": 2020, "project.name": name, "unit.name": "314002-成安县民政局机关"},
        "funding": {"annual.total": "68400.00", "annual.county": "68400.00", "annual.other": "0.00"},
        "indicators": {"annual": annual},
    }
    return Form("hebei-chengan-2020-gaolingjintie.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def taoyuan() -> Form:
    """桃源县财政局 2021 专项资金绩效目标表 (Hunan, the county's page): 专项 check boxes, 三级指标 and 指标内容 in two
    columns, a 绩效标准 column (计划标准/历史标准), ≦380万 with the full-width ≦."""
    name = "再就业援助对象岗位补贴财政补差资金"
    long_goal = "组织实施再就业援助对象岗位补贴,维护社会和谐稳定,提高居民参军的积极性。"
    goal = "通过本项目实施,按规定及时发放再就业援助对象岗位补贴,保障了再就业援助对象相关待遇,维护了社会稳定。"
    basis = "桃源县处理信访突出问题及群体性事件联席会议退役士兵工作组 《关于提高退役士兵就业援助工资标准的通知》"
    lines = [
        ("产出指标", "数量指标", "补助人数", "实际发放解困工资人数", "250人", "计划标准"),
        (None, "质量指标", "补贴覆盖率", "对符合条件的对象发放解困工资的覆盖率", "100%", "历史标准"),
        (None, None, "对象合规率", "补贴对象合规率", "100%", "计划标准"),
        (None, None, "补贴准确率", "补贴发放准确率", "100%", "计划标准"),
        (None, "时效指标", "完成及时率", "各项工作按计划进度及时完成", "100%", "计划标准"),
        (None, "成本指标", "补贴标准", "解困工资发放标准", "1130元/月/人", "计划标准"),
        (None, None, "提标补差标准", "解困工资提标补差标准", "143元/月/人", "计划标准"),
        (None, None, "预算成本", "项目预算成本,预算成本明细详见项目构成分解", "≦380万", "计划标准"),
    ]
    rows: list[list[object]] = [
        ["专项资金绩效目标表"],
        ["(2021年)"],
        ["填报单位:桃源县财政局"],
        ["专项名称", name, None, None, "专项属性", "延续专项√     新增专项□"],
        ["部门名称", "桃源县财政局", None, None, "资金总额\n(万元)", "380"],
        ["专项立项\n依据", basis],
        ["专项实施进度计划", "专项实施内容", None, None, "计划开始时间", "计划完成时间"],
        [None, "再就业援助对象岗位补贴(按月发放,分两次与县财政结账)", None, None, "2021.01.01", "2021.12.31"],
        ["专项长期绩效目标", long_goal],
        ["专项年度绩效目标", goal],
        ["专项\n年度\n绩效\n指标", "一级指标", "二级指标", "三级指标", "指标内容", "指标值", "绩效标准"],
        *[cells(None, *line) for line in lines],
    ]
    merges = ["A1:G1", "A2:G2", "A3:G3", "B4:D4", "F4:G4", "B5:D5", "F5:G5", "B6:G6", "A7:A8", "B7:D7", "F7:G7"]
    merges += ["B8:D8", "F8:G8", "B9:G9", "B10:G10", "A11:A19", "B12:B19", "C13:C15", "C17:C19"]
    annual = []
    level2 = ""
    for _first, second, indicator, _content, value, _standard in lines:
        level2 = second or level2
        annual.append(["产出指标", level2, indicator, value])
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "桃源县财政局",
            "goals.mid_term": long_goal,
            "goals.annual": goal,
        },
        "funding": {"annual.total": "3800000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hunan-taoyuan-2021-jiekungongzi.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def shengdengshan() -> Form:
    """重庆市巴南区圣灯山镇人民政府 2022 项目支出绩效目标表 (Chongqing, the town's page): 项目支出明细 as a sentence,
    a 成本指标 whose name is the amount (20万元), wrapped 二级 labels (经济效益\\n指标), ≧95% with the full-width ≧."""
    name = "党支部书记补贴"
    goal = "完成对符合规定的村居下设党支部书记发放补贴,激发为民办事的热情。"
    lines = [
        ("产出指标", "数量指标", "按照全镇党支部书记发放", "100%"),
        (None, "质量指标", "为民众办好事,办实事", "100%"),
        (None, "时效指标", "按时发放率", "100%"),
        (None, "成本指标", "20万元", "100%"),
        ("效益指标", "经济效益\n指标", "改善了农民生产生活条件", "100%"),
        (None, "社会效益\n指标", "激发为民办事的热情", "100%"),
        (None, "可持续影响\n指标", "为民众办好事,办实事", "100%"),
        ("满意度指标", "服务对象\n满意度指标", "满意度95%以上", "≧95%"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标表"],
        ["(2022年度)"],
        ["绩效编制单位: 圣灯山镇人民政府"],
        ["项目名称", name, "项目负责人及电话", "王舜17782316998"],
        ["主管部门", "圣灯山镇人民政府", "实施单位", "党群办"],
        ["归口业务科室", None, "是否政府采购", None],
        ["开始日期", "2022年1月1日", "结束日期", "2022年12月31日"],
        ["项目口径", "长期", "项目属性", None],
        ["项目分类", "一般"],
        ["资金情况\n(单位:万元)", "年度资金总额:", "20"],
        [None, "其中:财政拨款", "20"],
        [None, "其他资金", "0"],
        ["项目概况", "对符合规定的村居党下设支部书记发放补贴,激发为民办事的激情"],
        ["立项依据", "巴南委组〔2021〕138号"],
        ["项目支出明细", "村支部书记44人(311元/人),社区4人(191元/人)"],
        ["当年绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *[cells(*line) for line in lines],
        ["经办人及联系电话:王舜17782316998"],
        ["上报时间:  2021 年10  月 26日"],
    ]
    merges = ["A1:D1", "A2:D2", "A3:D3", "B9:D9", "A10:A12", "C10:D10", "C11:D11", "C12:D12"]
    merges += [f"B{r}:D{r}" for r in range(13, 17)] + ["A18:A21", "A22:A24", "A26:D26", "A27:D27"]
    annual = []
    level1 = ""
    for first, second, indicator, value in lines:
        level1 = first or level1
        annual.append([level1, second.replace("\n", ""), indicator, value])
    expected = {
        "fields": {
            "year": 2022,
            "project.name": name,
            "project.department": "圣灯山镇人民政府",
            "unit.name": "党群办",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "200000.00", "annual.county": "200000.00", "annual.other": "0.00"},
        "indicators": {"annual": annual},
    }
    return Form("chongqing-banan-shengdengshan-2022-zhibushuji.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch g, in the order of batch_g.md."""
    return [
        nanchong(),
        chaotian(),
        bozhou(),
        linyi(),
        jiayuguan(),
        ezhoulib(),
        zhenjiang(),
        suining(),
        ganzi(),
        yongxing(),
        chengan(),
        taoyuan(),
        shengdengshan(),
    ]
