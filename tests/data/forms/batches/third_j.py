"""Batch j of issue 25's third set: filled forms published by government bodies, reproduced cell by cell from the
published page (provinces asked for: 江苏, 浙江, 山东, 河南, 江西, 广西, 贵州; others where those gave nothing new).

Sources and what each page left out: batch_j.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet


def wangcheng_canlian() -> Form:
    """长沙市望城区残疾人联合会 2018 区残联专项资金绩效目标申报表 (Hunan, a document site's text of the Word
    form): 专项 instead of 项目 in every label, the total as a sentence with the 上级 share in brackets, a
    four-line 实施进度计划 and a 专项年度绩效指标 matrix with 指标内容/指标值/备注; the preview cuts the 时效 value
    and the 效益 rows."""
    paragraphs = ["区残联专项资金绩效目标申报表", "(2018年度)"]
    duty = (
        "区政府在残疾人就业保障金中安排一部分刚性支出,用于残疾人培训、扶持残疾人就业、创业、其他助残实事项目以及"
        "残疾人劳动就业服务中心开支。"
    )
    basis = "《湖南省人民政府办公厅关于残疾人就业保障金征收有关问题的通知》(湘政办发〔2005〕48号)"
    info: list[list[object]] = [
        ["专项名称", "残疾人就业保障金", None, None],
        ["专项属性", "延续专项□新增专项□", None, None],
        ["部门名称", "区残联", None, None],
        ["资金总额(万元)", "500万元(其中上级资金220万元)", None, None],
        ["部门相应职能职责概述", duty, None, None],
        ["专项立项\n依据", basis, None, None],
        ["专项实施进度计划", "专项实施内容", "计划开始时间", "计划完成时间"],
        [None, "1、执收成本", "2018年1月", "2018年12月"],
        [None, "2、培训及扶持", "2018年1月", "2018年12月"],
        [None, "3、助残实事项目", "2018年1月", "2018年12月"],
        [None, "4、专职委员补助及信息调查补助", None, None],
    ]
    info_merges = ["B1:D1", "B2:D2", "B3:D3", "B4:D4", "B5:D5", "B6:D6", "A7:A11"]
    matrix: list[list[object]] = [
        ["一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [
            "产出指标",
            "数量指标",
            "为有需求的残疾人提供就业培训创业扶持等",
            "各级培训残疾人、扶持残疾人创业就业",
            None,
        ],
        [
            None,
            "质量指标",
            "尽可能扩大覆盖面,为全区就业年龄段内,且有就业需求的残疾人提供技术培训",
            "区、街镇、村社区培训残疾人300人",
            None,
        ],
        [None, "时效指标", "全年按计划实施助学、危改、燃油补贴等助残项目", None, None],
        ["社会公众或服务对象满意度指标", "残疾人满意,社会反响好", "受助人满意度", "95%以上", None],
    ]
    measures = "关于印发《2017年残疾人事业专项资金管理办法》的通知(望残联发〔2017〕5号)"
    matrix.append(["专项实施\n保障措施", measures, None, None, None])
    matrix_merges = ["A2:A4", "B7:E7"]
    annual = [
        {
            "level1": "产出指标",
            "level2": "数量指标",
            "name": "为有需求的残疾人提供就业培训创业扶持等",
            "value": "各级培训残疾人、扶持残疾人创业就业",
        },
        {
            "level1": "产出指标",
            "level2": "质量指标",
            "name": "尽可能扩大覆盖面,为全区就业年龄段内,且有就业需求的残疾人提供技术培训",
            "value": "区、街镇、村社区培训残疾人300人",
        },
        {"level1": "产出指标", "level2": "时效指标", "name": "全年按计划实施助学、危改、燃油补贴等助残项目"},
        {"level1": "社会公众或服务对象满意度指标", "value": "95%以上"},
    ]
    expected = {
        "fields": {
            "year": 2018,
            "project.name": "残疾人就业保障金",
            "unit.name": "长沙市望城区残疾人联合会",
            "project.department": "区残联",
        },
        "funding": {"annual.total": "5000000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "hunan-wangcheng-2018-canlian.docx",
        "docx",
        [
            Sheet("填报单位(盖章)长沙市望城区残疾人联合会", info, info_merges),
            Sheet("专项年度绩效指标", matrix, matrix_merges),
        ],
        expected,
        paragraphs=paragraphs,
    )


def handan_jiuzhu() -> Form:
    """邯郸市 2019 中央财政困难群众救助补助 绩效目标表 (Hebei, a document site's text of 2019年预算项目绩效目标,
    the first of its forms): no 二级 level, columns 绩效指标分类/绩效指标/绩效指标描述, four grades 优/良/中/差 in
    place of one 指标值 and a 评价标准确定依据 column."""
    title = "邯财社2018126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表"
    goal = "保障农村低保金的发放,保障农村低保户的基本生活"
    lines: list[list[object]] = [
        ["产出指标", "救助覆盖率", "困难群众基本生活救助是否应救尽救", "100%", "90%", "85%", "85%", "按临时救助标准评价"],
        [None, "农村低保救助资金按标准发放的比率", "救助标准与经济社会发展水平相适应,救助资金按标准发放的比率",
         "90%", "80%", "70%", "70%", "按临时救助标准评价"],
        ["效果指标", "救助对象对救助工作满意度(%)", "问卷调查中,满意和较满意的救助对象数量占调研对象总数的比率",
         "85%", "80%", "70%", "70%", "按服务对象满意度评价"],
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["2019年预算项目绩效目标"],
        ["1、" + title],
        ["绩效目标", goal],
        ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", None, None, None, "评价标准确定依据"],
        [None, None, None, "优", "良", "中", "差", None],
        *lines,
    ]
    merges = ["A1:H1", "A2:H2", "B3:H3", "A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:H5", "A6:A7"]
    annual = [
        {"level1": "产出指标", "name": "救助覆盖率"},
        {"level1": "产出指标", "name": "农村低保救助资金按标准发放的比率"},
        {"level1": "效果指标", "name": "救助对象对救助工作满意度(%)"},
    ]
    expected = {
        "fields": {"year": 2019, "goals.annual": goal},
        "indicators": {"annual": annual},
    }
    return Form("hebei-handan-2019-jiuzhu.xlsx", "xlsx", [Sheet("绩效目标表", rows, merges)], expected)


def guangshui_xiangcundaolu() -> Form:
    """广水市交通运输局 2021 财政预算支出项目绩效目标自评表 (Hubei, a document site's text of the PDF): sources in
    five money columns with 执行数/执行率, a scored 项目决策/项目管理 table, then the indicator table whose 二级 and
    一级 labels carry scores (产出指标 40分, 数量指标 15分) under a 项目绩效 85分 column; the text ends inside the
    质量 rows, so their values are not shown."""
    paragraphs = ["广水市财政预算支出项目绩效目标自评表", "填报日期:2022 年 8 月 10 日"]
    basic: list[list[object]] = [
        ["项目名称", "乡村道路建设养护项目", None, "项目主管单位", "广水市交通运输局", None, None, None],
        ["项目实施单位", "广水市交通运输局", None, "项目负责人", "孙章勇", None, None, None],
        ["项目属性", "1、常年性 2、延续性□ 3、一次性□ 4、新增性□", None, None, None, None, None, None],
        ["项目资金来源", "中央\n(万元)", "省、地\n(万元)", "本级\n(万元)", "其他\n(万元)", "合计\n(万元)",
         "执行数\n(万元)", "执行率"],
        [None, None, None, "309", None, "309", "309", "100%"],
        ["项目年度目标", "1.完成乡村道路建设养护里程 300 公里;\n2.\n3.", None, None, None, None, None, None],
        ["单位领导审签:", None, None, None, None, None, None, None],
    ]  # fmt: skip
    basic_merges = ["B1:C1", "E1:H1", "B2:C2", "E2:H2", "B3:H3", "A4:A5", "B6:H6", "A7:H7"]
    process: list[list[object]] = [
        ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
        ["项目决策\n2 分", "决策依据", "2", "2", None, "有项目年度工作计划或有上级文件或审批报告计 2 分,没有不得分。"],
        ["项目管理\n13 分", "财务制度", "3", "3", None,
         "1、单位财务管理制度 1 分;\n2、项目管理制度 1 分;\n3、有制度执行佐证资料 1 分。没有不得分。"],
        [None, "组织机构", "2", "2", None, "有明确的绩效管理机构或专人负责 2 分。没有不得分"],
        [None, "运行监管", "4", "4", None, "1、运行监管记录 3 分;\n2、填报《项目支出绩效监控表》1 分。没有不得分。"],
        [None, "目标申报", "4", "4", None,
         "1、项目绩效目标全申报的 1 分,缺一项扣 0.5 分,扣完为止;\n2、绩效目标规范 1 分,不规范扣 0.5 分;\n"
         "3、按时申报绩效目标计 2 分,逾期扣 1 分。"],
    ]  # fmt: skip
    table = basic + [[*row, None, None] for row in process]
    merges = [*basic_merges, "A10:A13", *(f"F{r}:H{r}" for r in range(8, 14))]
    standard = (
        "1、提供三级指标完成程度的佐证资料;\n2、三级指标分值按三级指标个数平均确定(15 分÷三级指标个数),"
        "四舍五入保留整数。"
    )
    goals: list[list[object]] = [
        ["项目权重", "一级指标", "二级指标", "指标名称\n(三级指标)", "年初指标值", "年终完成值", "自评分", "复核分",
         "评价标准"],
        ["项目绩效\n85 分", "产出指标\n40 分", "数量指标\n15 分", "乡村道路建设养护里程", "300 公里", "300 公里", "15",
         None, standard],
        [None, None, "质量指标\n12 分", "农村公路建设验收合格率", None, None, None, None, None],
        [None, None, None, "农村公路养护验收合格率", None, None, None, None, None],
    ]  # fmt: skip
    goal_merges = ["A2:A4", "B2:B4", "C3:C4"]
    annual = [
        {"level1": "产出指标", "level2": "数量指标", "name": "乡村道路建设养护里程", "value": "300 公里"},
        {"level1": "产出指标", "level2": "质量指标", "name": "农村公路建设验收合格率"},
        {"level1": "产出指标", "level2": "质量指标", "name": "农村公路养护验收合格率"},
    ]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "乡村道路建设养护项目",
            "project.department": "广水市交通运输局",
            "unit.name": "广水市交通运输局",
        },
        "funding": {"annual.total": "3090000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "hubei-guangshui-2021-xiangcundaolu.docx",
        "docx",
        [
            Sheet("自评总分: 95", table, merges),
            Sheet("项目年度目标 1:乡村道路建设养护项目", goals, goal_merges),
        ],
        expected,
        paragraphs=paragraphs,
    )


def tianchang_shuihan() -> Form:
    """天长市水利局 2022 项目支出绩效自评表 (Anhui, the bureau's HTML page): the Anhui 自评表 with 一级 cells that
    print only their scores ((50分), (30分)), numbered names (指标1:), empty 指标2: and …… placeholder rows under
    every 二级, a value glued into a name (年度资金支付完成率100%) and a 生态 row of slashes."""
    name = "水旱灾害防御经费"
    goal = "完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。"
    head: list[object] = ["年度绩效指标完成情况", "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"]  # fmt: skip

    def group(level2: str, first: list[object]) -> list[list[object]]:
        return [[None, None, level2, *first], [None, None, None, "指标2:"], [None, None, None, "……"]]

    lines: list[list[object]] = [
        [None, "(50分)", "数量指标", "指标1:完成中型灌区节水改造项目数量", "1", "1", "10", "10"],
        [None, None, None, "指标2:完成农业综合水价改革项目", "1", "1", "10", "10"],
        [None, None, None, "……"],
        *group("质量指标", ["指标1:工程质量合格", None, None, "10", "10"]),
        *group("时效指标", ["指标1:年度资金支付完成率100%", None, None, "10", "10"]),
        *group("成本指标", ["指标1:资金执行在预算范围内", None, None, "10", "10"]),
        *group("经济效益\n指标", ["指标1:全市安全度汛", None, None, "10", "10"]),
        *group("社会效益\n指标", ["指标1:保护全市人口财产不受损失", None, None, "10", "10"]),
        *group("生态效益\n指标", ["指标1:/", "/", "/"]),
        *group("可持续影\n响指标", ["指标1:已建工程良性运行", None, None, "10", "10"]),
        *group("服务对象\n满意度指标", ["指标1:服务对象满意度", "90%", "100%", "10", "10"]),
    ]
    lines[12][1] = "(30分)"
    lines[24][1] = "满意度指标\n(10分)"
    rows: list[list[object]] = [
        ["项目支出绩效自评表"],
        ["(2022年度)"],
        ["项目名称", name],
        ["主管部门", None, None, None, None, "实施单位", "天长市水利局"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        [None, "年度资金总额:", "880", "880", "880", "10", None, "10"],
        [None, "其中:本年财政拨款", "880", "880", "880", "-", None, "-"],
        [None, "上年结转资金", None, None, None, "-", None, "-"],
        [None, "其他资金", None, None, None, "-", None, "-"],
        ["年度总体目标完成情况", "预期目标", None, None, None, "实际完成情况"],
        [None, goal, None, None, None, "完成年度目标。"],
        head,
        *lines,
        [None, "总分", None, None, None, None, "100", "100"],
        ["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。"],
    ]
    end = len(rows)
    first = 13  # the first indicator row, 1-based
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:A9", "H5:I5", "A10:A11", "B10:E10", "F10:I10"]
    merges += ["B11:E11", "F11:I11", f"A12:A{end - 2}", f"B{first}:B{first + 11}", f"B{first + 12}:B{first + 23}"]
    merges += [f"B{first + 24}:B{first + 26}", f"B{end - 1}:F{end - 1}", f"A{end}:I{end}"]
    for top in range(first, first + 27, 3):
        merges.append(f"C{top}:C{top + 2}")
    annual = [
        {"level2": "数量指标", "name": "指标1:完成中型灌区节水改造项目数量", "value": "1"},
        {"level2": "数量指标", "name": "指标2:完成农业综合水价改革项目", "value": "1"},
        {"level2": "质量指标", "name": "指标1:工程质量合格"},
        {"level2": "时效指标", "name": "指标1:年度资金支付完成率100%"},
        {"level2": "成本指标", "name": "指标1:资金执行在预算范围内"},
        {"name": "指标1:全市安全度汛"},
        {"name": "指标1:保护全市人口财产不受损失"},
        {"name": "指标1:已建工程良性运行"},
        {"level1": "满意度指标", "name": "指标1:服务对象满意度", "value": "90%"},
    ]
    expected = {
        "fields": {"year": 2022, "project.name": name, "unit.name": "天长市水利局", "goals.annual": goal},
        "funding": {"annual.total": "8800000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-tianchang-2022-shuihan.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def caidian_senlinfanghuo() -> Form:
    """蔡甸区园林和林业局 2021 区级森林防火专项经费项目绩效自评表 (Hubei, a document site's text): the older Hubei
    自评表 with 二级 labels 产出数量/产出质量/产出时效/产出成本, 年初目标值/实际完成值 columns where every 实际 cell
    says 达成预期指标, and a budget block by 资金来源; the text ends at the 满意度 row's first cell."""
    name = "区级森林防火专项经费"
    lines: list[list[object]] = [
        [None, "产出指标", "产出数量", "灭火设备配备率100%", "1000件", "达成预期指标", None],
        [None, None, None, "监控系统维护率100%", "5个", "达成预期指标", None],
        [None, None, "产出质量", "森林火灾火因查明率", "不低于95%", "达成预期指标", None],
        [None, None, None, "森林火灾案件查处率", "不低于90%", "达成预期指标", None],
        [None, None, "产出时效", "森林火灾6小时内扑灭率", "不低于95%", "达成预期指标", None],
        [None, None, "产出成本", "成本控制数(万元)", "63", "达成预期指标", None],
        [None, "效益指标", "社会效益", "重大森林火灾", "0起", "达成预期指标", None],
        [None, None, None, "公众知晓度是否明显提高", "是", "达成预期指标", None],
        [None, None, "生态效益", "森林火灾受害面积", "小于0.9‰", "达成预期指标", None],
        [None, None, "经济效益", "人员伤亡事故", "0人次", "达成预期指标", None],
        [None, None, "可持续影响", "森林防火监控设备的有效率", "90%", "达成预期指标", None],
    ]
    rows: list[list[object]] = [
        [f"2021年度{name}项目绩效自评表"],
        ["单位名称:蔡甸区园林和林业局", None, None, None, "填报日期:2022年3月22日"],
        ["项目名称", name],
        ["主管部门", "区园林和林业局", None, "项目实施单位", "区园林和林业局"],
        ["预算执行情况(万元)", "资金来源", None, "预算数(A)", "执行数(B)", "执行率(B/A)"],
        [None, "一般预算内拨款", None, "63", "63", "100%"],
        [None, "合计", None, "63", "63", "100%"],
        ["年度绩效目标完成情况", "一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "未完成原因及改进措施"],
        *lines,
    ]  # fmt: skip
    merges = ["A1:G1", "A2:D2", "E2:G2", "B3:G3", "B4:C4", "E4:G4", "A5:A7", "B5:C5", "F5:G5", "B6:C6", "F6:G6"]
    merges += ["B7:C7", "F7:G7", "A8:A19", "B9:B14", "B15:B19", "C9:C10", "C11:C12", "C15:C16"]
    annual = [
        {"level1": "产出指标", "level2": "产出数量"},
        {"level1": "产出指标", "level2": "产出数量"},
        {"level1": "产出指标", "level2": "产出质量", "name": "森林火灾火因查明率", "value": "不低于95%"},
        {"level1": "产出指标", "level2": "产出质量", "name": "森林火灾案件查处率", "value": "不低于90%"},
        {"level1": "产出指标", "level2": "产出时效", "name": "森林火灾6小时内扑灭率", "value": "不低于95%"},
        {"level1": "产出指标", "level2": "产出成本", "name": "成本控制数(万元)", "value": "63"},
        {"level1": "效益指标", "level2": "社会效益", "name": "重大森林火灾", "value": "0起"},
        {"level1": "效益指标", "level2": "社会效益", "name": "公众知晓度是否明显提高", "value": "是"},
        {"level1": "效益指标", "level2": "生态效益", "name": "森林火灾受害面积", "value": "小于0.9‰"},
        {"level1": "效益指标", "level2": "经济效益", "name": "人员伤亡事故", "value": "0人次"},
        {"level1": "效益指标", "level2": "可持续影响", "name": "森林防火监控设备的有效率", "value": "90%"},
    ]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "区园林和林业局",
            "unit.name": "区园林和林业局",
        },
        "funding": {"annual.total": "630000.00", "annual.county": "630000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hubei-wuhan-caidian-2021-senlinfanghuo.xls", "xls", [Sheet("自评表", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch j."""
    return [
        wangcheng_canlian(),
        handan_jiuzhu(),
        guangshui_xiangcundaolu(),
        tianchang_shuihan(),
        caidian_senlinfanghuo(),
    ]
