"""Batch h of issue 25's second set: filled forms published by bodies of 北京, 上海, 天津, 山西, 河北, 福建, 海南,
湖北 (and, when those gave out, other provinces), reproduced cell by cell from the published page.

Sources and what each page left out: batch_h.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet, matrix_line


def huangshi() -> Form:
    """中共黄石市委党校 2022 项目支出绩效目标批复表 (Hubei, 黄石市财政局's page): 指标值 split into
    2021年实际实现值 / 预期2022年实现值 (only the latter filled), 项目主管部门 left blank, ■/口 checkboxes."""
    goal = (
        "主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;开设课程数量220门;"
        "高质量完成干部教育培训工作。"
    )
    lines = [
        ("产出指标", "数量指标", "主体班培训人次", "280人次"),
        ("产出指标", "数量指标", "邀请校外名师、领导授课人次", "25人次"),
        ("产出指标", "数量指标", "情景教学或外训批次", "6次"),
        ("产出指标", "数量指标", "理论教育和党性教育课时比例", "70%"),
        ("产出指标", "数量指标", "开设课程数量", "220"),
        ("产出指标", "质量指标", "培训完成率", "100%"),
        ("产出指标", "质量指标", "邀请校外名师、领导授课完成率", "100%"),
        ("产出指标", "质量指标", "情景教学或外训完成率", "100%"),
        ("产出指标", "质量指标", "理论教育和党性教育课时比例完成率", "100%"),
        ("产出指标", "质量指标", "课程数量达标率", "100%"),
        ("产出指标", "时效指标", "及时完成率", "100%"),
        ("产出指标", "成本指标", "成本控制率", "100%"),
        ("满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", "≥95%"),
    ]
    body: list[list[object]] = []
    previous = ("", "")
    for level1, level2, name, value in lines:
        first = level1 if level1 != previous[0] else None
        second = level2 if level2 != previous[1] else None
        body.append([None, first, second, name, None, value, None])
        previous = (level1, level2)
    rows: list[list[object]] = [
        ["项目支出绩效目标批复表"],
        ["(2022年度)"],
        ["项目名称", "主体班", None, "项目负责人", None, None, None],
        ["项目金额", "164万元", None, "其中:当年市级财政资金", None, "132万元", None],
        ["项目主管部门", None, None, "实施单位", None, "中共黄石市委党校", None],
        ["项目属性", "持续性项目■ 新增性项目口", None, "项目期", None, "2022年", None],
        ["年度绩效目标(文字)", goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", None, "指标标准或依据"],
        [None, None, None, None, "2021年实际实现值", "预期2022年实现值", None],
        *body,
        ["财政资金管理科室(盖章) 年 月 日", None, None, None, "财政绩效管理科室(盖章) 年 月 日"],
    ]
    merges = ["A1:G1", "A2:G2", "B3:C3", "D3:E3", "F3:G3", "B4:C4", "D4:E4", "F4:G4", "B5:C5", "D5:E5"]
    merges += ["F5:G5", "B6:C6", "D6:E6", "F6:G6", "B7:G7", "A8:A22", "B8:B9", "C8:C9", "D8:D9", "E8:F8"]
    merges += ["G8:G9", "B10:B21", "C10:C14", "C15:C19", "A23:D23", "E23:G23"]
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "主体班",
            "unit.name": "中共黄石市委党校",
            "project.attribute": "持续性项目",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "1640000.00", "annual.municipal": "1320000.00"},
        "indicators": {"annual": [list(line) for line in lines]},
    }
    return Form("hubei-huangshi-2022-zhutiban.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def meilan() -> Form:
    """海口市美兰区文化体育和旅游发展局 项目绩效目标表 (Hainan, in the district's 绩效评价报告 page, 2017): 指标类型 /
    指标名称 / 绩效目标 and 绩效标准 in four grades, …… rows, 成效指标 instead of 效益指标, no year stated."""
    grades = ["满意率98%以上", "满意率80%以上", "满意率50%以上", "满意率30%以下"]
    output = ("产出指标", "7个社区(乡镇)文体广场改建或新建工作", "完成区政府为民办实事")
    effect = ("成效指标", "社会效益", "得到领导的充分肯定,极大的丰富和活跃了人民群众的文体生活")
    note = [
        "说明:",
        "产出指标反映项目实施提供的产品或服务,例如:清理排水沟公里数、维修养护道路数(条或公里)、亮化路灯数量等。",
        "成效指标反映项目产出或活动带来的结果,例如:验收合格率、车行道年维修保养率、人行道年维修保养率、道路完好率、"
        "社会公众满意度等。",
        "绩效目标的制定要经过科学预测和调查研究,既要符合实际,又要有一定的挑战性且可衡量(即高于历史水平或平均水平,"
        "在既定条件下经过努力可以实现)。",
        "绩效标准的设定要将绩效目标分优良中差四档形式量化表述。",
    ]
    note_rows: list[list[object]] = [[line] for line in note]
    unit = "海口市美兰区文化体育和旅游发展局"
    rows: list[list[object]] = [
        ["项目绩效目标表"],
        ["项目名称:关于下达区文体局乡镇(社区)文体广场建设经费"],
        ["指标类型", "指标名称", "绩效目标", "绩效标准"],
        [*output, *grades],
        [None, None, None, None, None, None, None],
        [None, "……", None, None, None, None, None],
        [*effect, *grades],
        [None, None, None, None, None, None, None],
        [None, "……", None, None, None, None, None],
        *note_rows,
        ["项目基本信息"],
        ["一、项目基本情况"],
        ["项目实施单位", unit, None, "主管部门", unit],
        ["项目负责人", "章远军", None, "联系电话", "65373121"],
        ["地址", "海口市美兰区振兴路8", None, "邮编", "570203"],
    ]
    merges = ["A1:G1", "A2:G2", "D3:G3", "A4:A6", "A7:A9"]
    merges += [f"A{n}:G{n}" for n in range(10, 17)]
    merges += ["B17:C17", "E17:G17", "B18:C18", "E18:G18", "B19:C19", "E19:G19"]
    expected = {
        "fields": {
            "project.name": "关于下达区文体局乡镇(社区)文体广场建设经费",
            "project.department": unit,
            "unit.name": unit,
        },
        "indicators": {
            "annual": [
                {"level1": output[0], "name": output[1], "value": output[2]},
                {"level1": effect[0], "name": effect[1], "value": effect[2]},
            ]
        },
    }
    return Form("hainan-haikou-meilan-wentiguangchang.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def xiqing() -> Form:
    """天津市西青区赤龙社区卫生服务中心 2021 项目支出绩效目标表 (Tianjin, 区卫健委's 预算绩效 page): the template's
    指标1:/指标2:/…… rows kept, 指标1: glued to the names, 项目属性 left as the template's (一次性项目/经常性项目)."""
    name = "基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资补助"
    goal = "目标1:提高医疗机构服务能力"
    lines: list[list[object]] = [
        ["产出指标", "数量指标", "指标1:上年12月底编内人员数", "3人"],
        [None, None, "指标2:"],
        [None, None, "……"],
        [None, "质量指标", "指标1:补助发放率", "100%"],
        [None, None, "指标2:"],
        [None, None, "……"],
        [None, "时效指标", "指标1:补助资金发放及时率", "100%"],
        [None, None, "指标2:"],
        [None, None, "……"],
        [None, "成本指标", "指标1:补助资金成本", "3万元"],
        [None, None, "指标2:"],
        [None, None, "……"],
        ["效益指标", "经济效益指标", "签约居民就医实际支出金额节约率", "≥5%"],
        [None, "社会效益指标", "家医签约宣传参加人次", ">3万人次"],
        [None, "生态效益指标", "…"],
        [None, "可持续影响指标", "当年绩效工资可持续率", "100%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "100%"],
        [None, None, "…"],
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标表"],
        ["(2021年度)"],
        ["项目名称", name],
        ["主管预算部门", "西青区卫健委", "项目实施单位", "赤龙社区卫生服务中心"],
        ["项目属性", "(一次性项目/经常性项目)", "项目起止时间", "2021.01-2021.12"],
        ["项目资金 (万元)", "3.0", "其中:财政拨款", "3.0"],
        [None, None, "其他资金", "0.0"],
        ["绩 效 目 标", goal],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
        *[[None, *line] for line in lines],
    ]
    merges = ["A1:F1", "A2:F2", "B3:F3", "D4:F4", "D5:F5", "A6:A7", "D6:F6", "D7:F7", "B8:F8", "E9:F9"]
    merges += ["A9:A27", "B10:B21", "C10:C12", "C13:C15", "C16:C18", "C19:C21", "B22:B25", "B26:B27", "C26:C27"]
    merges += [f"E{n}:F{n}" for n in range(10, 28)]
    annual = []
    level1 = level2 = ""
    for line in lines:
        level1, level2 = str(line[0] or level1), str(line[1] or level2)
        if len(line) > 3:
            annual.append(matrix_line(level1, level2, str(line[2]), str(line[3])))
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "西青区卫健委",
            "unit.name": "赤龙社区卫生服务中心",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "30000.00"},
        "indicators": {"annual": annual},
    }
    return Form("tianjin-xiqing-2021-jixiaogongzi.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def haimian() -> Form:
    """黄石市住房和城乡建设局 2022 项目自评表 (Hubei, the bureau's page): ☑/□ checkboxes, 年初目标值(A) and
    实际完成值(B) as the value columns, names and values that are whole sentences, 二级 labels broken over lines."""
    name = "黄石市系统化全域海绵城市示范城市的申报工作经费"
    bureau = "黄石市住房和城乡建设局"
    lines: list[list[object]] = [
        [
            "产出指标",
            "数量指标",
            "完成省级宣传片制作;完成实施方案的编制;完成自评估报告",
            "完成1部宣传片,2套方案",
            "完成1部宣传片,2套方案",
            10,
        ],
        [None, "质量指标", "通过专家评审", "通过", "通过", 10],
        [
            None,
            "时效指标",
            "上半年完成宣传片制作;下半年完成实施方案",
            "6月份完成宣传片制作;9月份完成文本;11月完成专家评审",
            "完成",
            10,
        ],
        [None, "成本指标", "省级宣传片制作费、申报文本编制费、自评估报告编制费", "200万", "195.5万元", 10],
        ["效益指标", "经济效益\n指标", "统筹海绵城市项目谋划", "统筹海绵城市项目谋划", "完成", 10],
        [None, "社会效益\n指标", "指导城市建设", "指导城市建设", "完成", 10],
        [None, "生态效益\n指标", "有利于城市生态、韧性发展", "有利于城市生态、韧性发展", "完成", 10],
        ["满意度指标", "满意度指标", "群众满意度", "满意", "完成", 10],
    ]
    rows: list[list[object]] = [
        [f"2022年度{name}项目自评表"],
        ["项目名称", name],
        ["主管部门", bureau, None, "项目实施单位", bureau],
        ["项目类别", "1、部门预算项目 ☑ 2、市直专项"],
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □"],
        ["项目类型", "1、常年性项目 □ 2、延续性项目 ☑ 3、一次性项目 □"],
        ["预算执行情况(万元)\n(20分)", "预算数(A)", None, "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        ["年度财政资金总额", 200, None, 195.5, "97.75%", 19.55],
        ["年度绩效目标1\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        *[[None, *line] for line in lines],
        ["总分", "99.55分"],
    ]
    merges = ["A1:G1", "B2:G2", "B3:C3", "E3:G3", "B4:G4", "B5:G5", "B6:G6", "B7:C7", "F7:G7", "B8:C8", "F8:G8"]
    merges += ["A9:A17", "B10:B13", "B14:B16", "B18:G18"]
    annual = []
    level1 = ""
    for line in lines:
        level1 = str(line[0] or level1)
        annual.append(matrix_line(level1, str(line[1]).replace("\n", ""), str(line[2]), str(line[3])))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": name,
            "project.department": bureau,
            "unit.name": bureau,
            "project.attribute": "持续性项目",
        },
        "funding": {"annual.total": "2000000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hubei-huangshi-2022-haimian.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def shenyi() -> Form:
    """黄石市文物局 2019 项目支出绩效监控表 (Hubei, 黄石工业遗产 site): 年初预算数 / 1-6月执行数 / 全年预计执行数,
    spaced-out 一级 labels (产 出 指 标), empty 质量/时效 rows, 单位:万元 in the heading line."""
    social = (
        "开展黄石矿冶工业遗产突出普遍价值研究、学术交流、对外宣传等工作,先后举办有社会影响力的活动5场;"
        "成立黄石矿冶文化研究中心暨矿冶文学陈列馆,凸显黄石工业遗产文化价值,推动申遗工作。"
    )
    note = (
        "注: 1.完成目标可能性:对应所设定的实现绩效目标的路径,分确定能、有可能、不可能三级综合判断完成的可能性。"
        " 2.如“完成目标可能性”出现“有可能”、“不可能”选项,请分别在“偏差或不能完成目标原因分析”与“相关建议或举措”"
        "栏填写从相关原因及拟采取的措施 3.偏差或不能完成目标原因分析:针对与预期目标产生偏差的指标值,根据实际情况从"
        "规划和目标设计、投入保障、制度保障、项目管理等方面进行判断和分析,并说明原因。"
    )
    rows: list[list[object]] = [
        ["黄石市项目支出绩效监控表 (申遗)"],
        ["(2019年度)"],
        ["项目单位(盖章): 单位:万元"],
        ["项目名称", "申遗经费"],
        ["主管部门", "黄石市文化和旅游局", None, "项目执行单位", "黄石市文物局(湖北水泥遗址博物馆)"],
        ["项目属性", "1、持续性项目 □ 2、新增性项目 □"],
        ["项目类型", "1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □"],
        [None, "1、部门预算项目 □ 2、省直专项 □ 3、省对下转移支付项目 □"],
        ["项目资金\n(万元)", "年初预算数", None, "1-6月执行数", "全年预计执行数"],
        [None, "年度资金总额:", 220, 87.57, None],
        [None, "其中:当年一般公共预算拨款", 220, 87.57, None],
        [
            "绩效指标",
            "一级\n指标",
            "指标名称",
            "指标值",
            "半年度\n指标执行情况",
            "完成目标可能性(确定能、有可能、不可能)",
            "备注",
        ],
        [None, "产 出 指 标", "质量"],
        [None, None, "时效"],
        [None, None, "成本", "年度预算220万元", "按进度执行,已使用约40%", "确定能"],
        [None, "效 益 指 标", "社会效益", None, social, "确定能"],
        ["偏差或不能完成目标原因分析"],
        ["相关建议或举措"],
        [note],
    ]
    merges = ["A1:G1", "A2:G2", "A3:G3", "B4:G4", "B5:C5", "E5:G5", "B6:G6", "A7:A8", "B7:G7", "B8:G8"]
    merges += ["A9:A11", "B9:C9", "E9:G9", "E10:G10", "E11:G11", "A12:A16", "B13:B15", "B17:G17", "B18:G18"]
    merges += ["A19:G19"]
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "申遗经费",
            "project.department": "黄石市文化和旅游局",
            "unit.name": "黄石市文物局(湖北水泥遗址博物馆)",
        },
        "funding": {"annual.total": "2200000.00"},
        "indicators": {
            "annual": [
                {"level1": "产出指标", "name": "成本", "value": "年度预算220万元"},
                {"level1": "效益指标", "name": "社会效益"},
            ]
        },
    }
    return Form("hubei-huangshi-2019-shenyi.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def fuwumaoyi() -> Form:
    """海南省商务厅 服务贸易项目绩效自评表 (Hainan, a Word copy on a document site, year not shown): the 绩效评价
    scoring grid (一级/二级/三级 with 分值 and 得分, no 指标值), 计划投资额 / 实际到位资金 each split by 中央/省/市县/其他."""
    basics: list[list[object]] = [
        ["项目实施单位", "省商务厅服务贸易和商贸服务业处", None, "主管部门", "省商务厅", None],
        ["项目负责人", "李鹏", None, "联系电话", None, None],
        ["地址", "海口市国兴大道省政府办公楼2楼", None, "邮编", "570204", None],
        ["项目类型", "经常性项目(√)一次性项目()"],
        ["计划投资额\n(万元)", 570, "实际到位资金\n(万元)", 398.88, "实际使用情况(万元)", 395.86],
        ["其中:", "中央财政", 0, "其中:", "中央财政", 0],
        [None, "省财政", 570, None, "省财政", 398.88],
        [None, "市县财政", 0, None, "市县财政", 0],
        [None, "其他", 0, None, "其他", 0],
    ]
    grid: list[list[object]] = [
        ["项目决策", 20, "项目目标", 4, "目标内容", 4, 4],
        [None, None, "决策过程", 8, "决策依据", 3, 3],
        [None, None, None, None, "决策程序", 5, 5],
        [None, None, "资金分配", 8, "分配办法", 2, 2],
        [None, None, None, None, "分配结果", 6, 6],
        ["项目管理", 25, "资金到位", 5, "到位率", 3, 3],
        [None, None, None, None, "到位时效", 2, 2],
        [None, None, "资金管理", 10, "资金使用", 7, 7],
        [None, None, None, None, "财务管理", 3, 3],
        [None, None, "组织实施", 10, "组织机构", 1, 1],
        [None, None, None, None, "管理制度", 9, 9],
        ["项目绩效", 55, "项目产出", 15, "产出数量", 5, 5],
        [None, None, None, None, "产出质量", 4, 4],
        [None, None, None, None, "产出时效", 3, 3],
        [None, None, None, None, "产出成本", 3, 3],
    ]
    header: list[object] = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]
    annual = []
    level1 = level2 = ""
    for line in grid:
        level1, level2 = str(line[0] or level1), str(line[2] or level2)
        annual.append({"level1": level1, "level2": level2, "name": str(line[4])})
    expected = {
        "fields": {
            "project.department": "省商务厅",
            "unit.name": "省商务厅服务贸易和商贸服务业处",
            "project.attribute": "经常性项目",
        },
        "funding": {"annual.total": "5700000.00", "annual.provincial": "5700000.00"},
        "indicators": {"annual": annual},
    }
    sheets = [Sheet("一、项目基本情况", basics), Sheet("二、绩效评价指标评分", [header, *grid])]
    return Form(
        "hainan-shangwuting-fuwumaoyi-selfeval.docx", "docx", sheets, expected, paragraphs=["服务贸易项目绩效自评表"]
    )


def longyan() -> Form:
    """龙岩市财政局 龙岩市教育局 2023 基础教育质量提升专项资金绩效目标表 (Fujian, the city's notice as a Word file):
    the notice and an allocation table before the form, 区域目标质 (sic) as the value heading, 主管部门 left blank."""
    goal = "推进国家基础教育综合改革实验区、普通高中新课程新教材国家级示范区建设,深化教学改革,支持内地班学校发展,提高基础教育质量。"
    notice = [
        "龙财教〔2023〕24号",
        "市属有关单位(学校):",
        "根据《福建省财政厅福建省教育厅关于下达2023年基础教育质量提升专项资金的通知》(闽财教指〔2023〕32号)精神,"
        "现将2023年省级基础教育质量提升专项经费下达给你们(详见附件1),款列“2050299其他普通教育支出”科目。"
        "请你们严格按照《福建省基础教育质量提升专项资金管理办法》要求规范资金使用,按专项资金使用规划,"
        "加快项目实施和资金支出进度,并对照专项转移支付绩效目标表(附件2)做好绩效监控和评价。",
        "附件:1.2023年省级基础教育质量提升专项资金安排表",
        "2.基础教育质量提升专项资金绩效目标表",
        "龙岩市财政局 龙岩市教育局",
        "2023年7月7日",
        "附件1",
    ]
    allocation: list[list[object]] = [
        ["单位:万元"],
        ["单 位 名 称", "合计", "国家级、省级\n示范区、实验区建设奖补", "基础教育\n教学成果奖", "民族教育补助"],
        ["龙岩市本级合计", 112, 50, 12, 50],
        ["龙岩市教育局", 50, 50, None, None],
        ["龙岩市教育科学研究院", 6, None, 6, None],
        ["龙岩市第一中学锦山学校", 3, None, 3, None],
        ["龙岩市松涛小学", 3, None, 3, None],
        ["龙岩一中", 50, None, None, 50],
    ]
    form: list[list[object]] = [
        ["(2023年度)"],
        ["项目名称", "基础教育质量提升"],
        ["主管部门(单位)名称及\n部门预算编码", None, "补助\n区域", "市本级"],
        ["资金情况(万元)", "资金总额:", "112万元"],
        [None, "其中:财政资金", "112万元"],
        [None, "其他资金", None],
        ["总体目标", goal],
        ["绩效目标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标质"],
        [None, "产出指标", "数量指标", "支持民族中小学数量", "支持民族中小学数量", "1所"],
    ]
    expected = {
        "fields": {"year": 2023, "project.name": "基础教育质量提升", "goals.annual": goal},
        "funding": {"annual.total": "1120000.00"},
        "indicators": {"annual": [["产出指标", "数量指标", "支持民族中小学数量", "1所"]]},
    }
    sheets = [
        Sheet("2023年省级基础教育质量提升专项资金安排表", allocation),
        Sheet("基础教育质量提升专项资金绩效目标表", form),
    ]
    return Form("fujian-longyan-2023-jichujiaoyu.docx", "docx", sheets, expected, paragraphs=notice)


def dangan() -> Form:
    """海口市档案局 2016 项目支出绩效评价报告 with its 项目绩效目标表 (Hainan, the bureau's page, as Word): the
    cover lines as paragraphs, 指标类型 / 指标名称 / 绩效目标 / 绩效标准 (empty), 成效指标 and 效率指标 groups."""
    cover = [
        "海口市档案局2016年度项目支出绩效评价报告",
        "财政支出项目绩效评价报告",
        "评价类型:实施过程评价      完成结果评价",
        "项目名称:          档案征集编研",
        "项目单位:          海口市档案局",
        "主管部门:",
        "评价时间: 2017913日至 2017915",
        "组织方式:财政部门     主管部门     项目单位",
        "评价机构:中介机构     专家组       项目单位评价组",
        "评价单位:海口市档案局",
        "上报时间:2017915",
        "项目绩效目标表",
    ]
    output = [
        (
            "编印《海口市人民政府公报》及其合订本、光盘",
            "编印《海口市人民政府公报》每月3000本,一年12期,年底编印《海口市人民政府公报》合订本及光盘。",
        ),
        ("举办庆祝中国共产党成立95 周年档案图片展", "向社会宣传中国共产党成立95周年来取得的成就"),
        (
            "开展民间档案资料的征集工作",
            "征集有关解放海南岛的资料,如:军功通知书、为海南岛解放牺牲的烈士证明书等等。",
        ),
        ("编印《市领导政务活动画册》、《档案馆指南》", "编印《市领导政务活动画册》30本和《档案馆指南》1000"),
    ]
    effect = ("向社会公开政府公开信息和记录市领导政务活动信息", "向社会公开政府公开信息及记录市领导政务活动信息")
    output_rows: list[list[object]] = [
        ["产出指标" if i == 0 else None, name, goal, None] for i, (name, goal) in enumerate(output)
    ]
    rows: list[list[object]] = [
        ["指标类型", "指标名称", "绩效目标", "绩效标准"],
        *output_rows,
        ["成效指标", *effect, None],
    ]
    annual = [{"level1": "产出指标", "name": name, "value": goal} for name, goal in output]
    annual.append({"level1": "成效指标", "name": effect[0], "value": effect[1]})
    expected = {
        "fields": {"year": 2016, "project.name": "档案征集编研", "unit.name": "海口市档案局"},
        "indicators": {"annual": annual},
    }
    return Form(
        "hainan-haikou-2016-danganzhengji.docx",
        "docx",
        [Sheet("项目名称:档案征集编研", rows)],
        expected,
        paragraphs=cover,
    )


def forms() -> list[Form]:
    """Every form of batch h."""
    return [
        huangshi(),
        meilan(),
        xiqing(),
        haimian(),
        shenyi(),
        fuwumaoyi(),
        longyan(),
        dangan(),
    ]
