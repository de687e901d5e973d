"""Batch i of issue 25's second set: filled forms published by bodies of 安徽, 湖南, 重庆, 云南, 宁夏, 陕西, 内蒙古
and 中央部门 (and, when those gave out, other provinces), reproduced cell by cell from the published page.

Sources and what each page left out: batch_i.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from decimal import Decimal

from make_forms import Form, Sheet


def bynr_ganqimaodu() -> Form:
    """巴彦淖尔市自然资源局甘其毛都口岸分局 2024 项目支出绩效自评表 (Inner Mongolia, 决算公开 page): the 一体化
    system's columns 指标性质/指标方向/年度指标值/实际完成值/计量单位, operators as words (大于等于), an empty
    一级 cell over the 产出 rows; the page's text ends at 时效指标."""
    name = "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目"
    goal = "目标1:通过开展自然调查,全面查清全市资源利用状况,实现资源信息的社会化服务,实现资源宏观调控及资源管理的需要."
    done = (
        "负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,"
        "负责组织实施最严格的耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作;"
        "负责辖区内测绘地理信息管理工作,推动自然资源领域科技发展。"
    )
    lines: list[list[object]] = [
        [None, "数量指标", "指标1:租车次数(次)", "正向", "大于等于", "1", "1", "次", "8", "8", None],
        [None, None, "指标2:宣传美工制作个数(个)", "正向", "小于等于", "1", "1", "个", "7", "7", None],
        [None, "质量指标", "指标1:租车达标率", "正向", "等于", "100", "100", "%", "8", "8", None],
        [None, None, "指标2:宣传合格率", "正向", "等于", "100", "100", "%", "7", "7", None],
    ]
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位"]
    rows: list[list[object]] = [
        ["项目支出绩效自评表 (2024年度)"],
        ["项目名称", name],
        ["主管部门", "内蒙古自治区巴彦淖尔市自然资源局(部门)", None, None, None, "实施单位",
         "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局"],
        ["项目资金 (万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"],
        [None, "年度资金总额", "0", "2.38", "2.38", "10", "100", "10"],
        [None, "其中:财政拨款", "0", "0.58", "0.58", "——", "100", "——"],
        [None, "其他资金", "0", "1.8", "1.8", "——", "0", "——"],
        ["年度总体目标", "预期目标", None, None, None, None, "实际完成情况"],
        [None, goal, None, None, None, None, done],
        ["绩效指标", *header, "分值", "得分", "偏差原因分析及改进措施"],
        *[["绩效指标", *line] for line in lines],
        ["绩效指标", None, "时效指标", "指标"],
    ]  # fmt: skip
    merges = ["A1:L1", "B2:L2", "B3:E3", "G3:L3", "A4:A7", "H4:L4", "H5:L5", "H6:L6", "H7:L7", "A8:A9"]
    merges += ["B8:F8", "G8:L8", "B9:F9", "G9:L9", "A10:A15", "B11:B14", "C11:C12", "C13:C14"]
    annual = [
        {"level2": "数量指标", "name": "指标1:租车次数(次)", "value": "大于等于1次"},
        {"level2": "数量指标", "name": "指标2:宣传美工制作个数(个)", "value": "小于等于1个"},
        {"level2": "质量指标", "name": "指标1:租车达标率", "value": "100%"},
        {"level2": "质量指标", "name": "指标2:宣传合格率", "value": "100%"},
    ]
    expected = {
        "fields": {
            "year": 2024,
            "project.name": name,
            "project.department": "内蒙古自治区巴彦淖尔市自然资源局(部门)",
            "unit.name": "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "23800.00", "annual.other": "18000.00"},
        "indicators": {"annual": annual},
    }
    return Form("neimenggu-bayannaoer-2024-ganqimaodu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def wenchang_miaopu() -> Form:
    """文昌市林业局 2017 财政支出绩效评价报告 (Hainan, a document site's text of the Word report): the report's
    cover lines as paragraphs, a 项目绩效目标表 whose columns are 项目指标类型/绩效指标/绩效目标 and four 绩效标准
    grades (优/良/中/差), no 二级 level, then the 项目基本信息 table with 计划投资额 and its sources."""
    cover = [
        "2017年退耕还林苗圃建设市级配套项目财政支出绩效评价报告",
        "评价类型:□实施过程评价☑完成结果评价",
        "项目名称:2017年退耕还林苗圃建设市级配套项目",
        "项目单位:文昌市林业局",
        "主管部门:文昌市人民政府",
        "评价时间:2018年6月15日至2018年6月25日",
        "组织方式:□财政部门□主管部门☑项目单位",
        "评价机构:□中介机构□专家组☑项目单位评价组",
        "评价单位(盖章):文昌市林业局",
        "上报时间:2018年6月30日",
        "项目绩效目标表",
    ]
    lines: list[tuple[str, str, str, str, str, str, str]] = [
        ("产出指标", "年育苗数量", "600万株", "600万", "500万", "300万", "200万"),
        ("成效指标", "对经济和社会的影响", "对经济和社会的影响较好", "较好", "好", "一般", "差"),
        ("", "群众满意度", "群众满意度较好", "较好", "好", "一般", "差"),
        ("效率指标", "资金按时到位", "资金按时到位率为100%", "100%", "80%-100%", "60%-80%", "<50%"),
        ("", "按时完成既定目标", "2017年12月31日前完成", "按时完成", "延期15天以内", "延期15-30天", "延期30天以上"),
    ]
    goals: list[list[object]] = [
        ["项目指标类型", "绩效指标", "绩效目标", "绩效标准"],
        [None, None, None, "优", "良", "中", "差"],
        *[list[object]([first or None, *rest]) for first, *rest in lines],
    ]
    info: list[list[object]] = [
        ["一、项目基本情况"],
        ["项目实施单位", "文昌市林业局", "主管部门", "文昌市人民政府"],
        ["项目负责人", "洪忠师", "联系电话", "63222166"],
        ["地址", "文昌市文城镇文建街84号", "邮编", "571300"],
        ["项目类型", "经常性项目(√)一次性项目()"],
        ["计划投资额(万元)", "110.00", "实际到位资金(万元)", "84.74", "实际使用情况(万元)", "84.74"],
        ["其中:中央财政", None, "其中:中央财政", None, "其中:中央财政", None],
        ["省财政预算", None, "省财政预算", None, "省财政预算", None],
        ["市县财政预算", "110.00", "市县财政预算", "84.74", "市县财政预算", "84.74"],
        ["地方债券资金", None, "地方债券资金", None, "地方债券资金", None],
    ]
    annual: list[dict[str, str]] = []
    level1 = ""
    for first, name, value, *_ in lines:
        level1 = first or level1
        annual.append({"level1": level1, "name": name, "value": value})
    expected = {
        "fields": {"year": 2017, "unit.name": "文昌市林业局", "project.department": "文昌市人民政府"},
        "funding": {"annual.total": "1100000.00", "annual.county": "1100000.00"},
        "indicators": {"annual": annual},
    }
    return Form(
        "hainan-wenchang-2017-miaopu.docx",
        "docx",
        [
            Sheet("项目名称:2017年度退耕还林苗圃建设市级配套项目", goals, ["A1:A2", "B1:B2", "C1:C2", "D1:G1"]),
            Sheet("项目基本信息", info),
        ],
        expected,
        paragraphs=cover,
    )


def yinchuan_21xiao() -> Form:
    """宁夏银川市二十一小 2019 自治区本级部门项目支出预算绩效目标表 (Ningxia, the school's page on the region's
    education cloud): codes in brackets before the body names ([812], 【812008】), sentences as indicator values,
    three empty rows between the goal and the matrix; the page's text ends at the 满意度指标 label."""
    name = "义务教育专项资金-宁夏银川市二十一小"
    goal = "本年申请372万元,用于弥补公用经费不足。主要用于两校区物业费、冬季采暖费、维修费以及特岗教师工资。"
    lines: list[tuple[str, str, str, str]] = [
        ("产出指标", "数量指标", "按要求合理支付", "按在校学生数核算经费"),
        ("", "", "当年在校学生数", "当年在校学生数4953"),
        ("", "质量指标", "义务教育学校正常运转", "按要求完成当年的教育教学工作"),
        ("", "时效指标", "贯穿全年", "当年的所有时间"),
        ("", "成本指标", "按要求合理支付", "确保教学工作正常运行"),
        ("效益指标", "经济效益指标", "促进市场繁荣", "372万元将用于学校运转支出,确保教学工作正常运行"),
        (
            "",
            "社会效益指标",
            "不增加百姓负担",
            "利用义教补助资金提高学校公用经费标准,资金由自治区保障,不向家长收取",
        ),
        ("", "可持续影响指标", "长期实施", "自治区政策,长期实施"),
    ]
    rows: list[list[object]] = [
        ["自治区本级部门2019年项目支出预算绩效目标表"],
        ["项目名称", name],
        ["主管部门", "[812]自治区教育厅", None, "实施单位", "【812008】宁夏银川市二十一小"],
        ["项目属性", "延续性项目", None, "项目期", "2019-2021"],
        ["项目资金 (万元)", "年度资金总额", None, "372"],
        [None, "其中:财政拨款", None, "372"],
        [None, "其他资金", None, None],
        ["绩效目标", goal],
        [None],
        [None],
        [None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        *[
            list[object](["绩效指标", first or None, second or None, third, value])
            for first, second, third, value in lines
        ],
        ["绩效指标", "满意度指标"],
    ]
    merges = ["A1:E1", "B2:E2", "B3:C3", "B4:C4", "A5:A7", "B5:C5", "D5:E5", "B6:C6", "D6:E6", "B7:C7"]
    merges += ["D7:E7", "B8:E8", "A9:E9", "A10:E10", "A11:E11", "A12:A21", "B13:B17", "C13:C14", "B18:B20"]
    annual: list[list[str]] = []
    level1 = level2 = ""
    for first, second, third, value in lines:
        level1, level2 = first or level1, second or level2
        annual.append([level1, level2, third, value])
    expected = {
        "fields": {
            "year": 2019,
            "project.name": name,
            "project.department": "[812]自治区教育厅",
            "unit.name": "【812008】宁夏银川市二十一小",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "3720000.00"},
        "indicators": {"annual": annual},
    }
    return Form("ningxia-yinchuan-2019-yiwujiaoyu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def yinchuan_liuzhong() -> Form:
    """银川市第六中学 2021 银川市本级部门项目支出绩效自评表 (Ningxia, a document site's text of the .docx): the
    evaluation scheme with 项目决策/项目管理/项目产出/项目效益 as 一级 (scores in the labels, also in the 二级
    labels), 参考分值 before the 指标值 column, the template's empty 指标2: rows kept; the text ends in the
    满意度 block."""
    lines: list[list[object]] = [
        ["项目决策(10分)", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4],
        [None, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2],
        [None, None, "可行性", 2, None, "实际工作需求", 2],
        [None, None, "适当性", 2, None, "有资金测算标准", 2],
        ["项目管理(25分)", "投入管理", "预算执行率", 10, "—", "100%", 9],
        [None, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全,严格执行制度,会计核算规范", 7],
        [None, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2],
        [None, None, "管理制度有效性", 6, "-", "严格执行相关管理制度", 6],
        ["项目产出(30分)", "数量指标(10分)", "保障人数", 10, "2370人", "2370人", 10],
        [None, None, "指标2:"],
        [None, "质量指标(5分)", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5],
        [None, None, "指标2:"],
        [None, "时效指标(5分)", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4],
        [None, None, "指标2:"],
        [None, "成本指标(10分)", "办公所需成本", 4, "15万元", "15万元", 4],
        [None, None, "维修(维护)所需成本", 3, "35万元", "35万元", 3],
        [None, None, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3],
        ["项目效益(35分)", "经济效益指标", "指标1:"],
        [None, None, "指标2:"],
        [None, "社会效益指标", "效果显著", 15, "改善学校的办学条件", "改善学校的办学条件", 13],
        [None, "生态效益指标", "指标1:"],
        [None, None, "指标2:"],
        [
            None,
            "可持续影响指标",
            "使学生和老师行个更好的学习和工作环境,做到",
            10,
            "社会认可的办学环境.",
            "社会认可的办学环境.",
            8,
        ],
        [None, None, "指标2:"],
        [None, "服务对象满意度指标(10分)", "学生和老"],
    ]
    header = ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分"]
    rows: list[list[object]] = [
        ["项目名称", "初中公用经费", None, "主管部门", "银川市教育局"],
        ["实施单位", "银川市第六中学", None, "自评得分", "98", "财政审核评分"],
        ["项目资金(万元)", None, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        [None, "年度资金总额", "64.8", "64.8", "64.8", "100%"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况"],
        [None, "保障学校正常工作运行"],
        [*header, "未完成原因分析及改进措施"],
        *lines,
    ]
    merges = ["B1:C1", "E1:H1", "B2:C2", "G2:H2", "A3:B3", "A5:A6", "B5:D5", "E5:H5", "B6:D6", "E6:H6"]
    merges += ["A8:A11", "B9:B11", "A12:A15", "B14:B15", "A16:A24", "B16:B17", "B18:B19", "B20:B21", "B22:B24"]
    merges += ["A25:A32", "B25:B26", "B28:B29", "B30:B31"]
    annual = [
        {"level1": "项目产出", "name": "保障人数", "value": "2370人"},
        {"level1": "项目产出", "name": "公用经费标准", "value": "符合相关文件要求"},
        {"level1": "项目产出", "name": "公用经费完成时间", "value": "2021年12月完成"},
        {"level1": "项目产出", "name": "办公所需成本", "value": "15万元"},
        {"level1": "项目产出", "name": "维修(维护)所需成本", "value": "35万元"},
        {"level1": "项目产出", "name": "绿化、水电费等成本"},
        {"level1": "项目效益", "name": "效果显著", "value": "改善学校的办学条件"},
        {
            "level1": "项目效益",
            "name": "使学生和老师行个更好的学习和工作环境,做到",
            "value": "社会认可的办学环境.",
        },
    ]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "初中公用经费",
            "project.department": "银川市教育局",
            "unit.name": "银川市第六中学",
            "goals.annual": "保障学校正常工作运行",
        },
        "funding": {"annual.total": "648000.00"},
        "indicators": {"annual": annual},
    }
    title = "银川市本级部门项目支出绩效自评表(2021年)"
    return Form("ningxia-yinchuan-2021-liuzhong.docx", "docx", [Sheet(title, rows, merges)], expected)


def baoshan_weiwen() -> Form:
    """保山市退役军人事务局 2022 项目支出绩效自评表 (Yunnan, 附件1 of the bureau's 自评 page): the 年初目标值(A)/
    实际完成值(B) columns, a budget line 年度财政资金总额 with 得分(20分*执行率), scores in the 一级 labels, an
    indicator name that is a whole sentence of counts, blank rows after each block, and the closing 总分/自评等级."""
    name = "春节走访慰问经费"
    body = "保山市退役军人事务局"
    count = (
        "慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;"
        "市直企业军转干部101人;驻保部队8家;边海防官兵320人。"
    )
    stable = "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生"
    pleased = "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率"
    blank: list[object] = [None] * 7
    rows: list[list[object]] = [
        ["附件1"],
        ["2022年度项目支出绩效自评表"],
        ["单位名称:保山市退役军人事务局 填报日期:2023年4月6日"],
        ["项目名称", name],
        ["主管部门", body, None, "项目实施单位", body],
        ["项目类别", "1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □"],
        ["项目属性", "1、持续性项目 R 2、新增性项目 □"],
        ["预算执行情况(万元)\n(20分)", None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        [None, "年度财政资金总额", 34.64, 34.64, "100%", 20],
        ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        [None, "产出指标(60分)", "数量指标", count, "100%", "100%", 20],
        [None, None, "质量指标", "补助经费足额拨付率", "100%", "100%", 20],
        [None, None, "时效指标", "春节前完成走访慰问", "按时限完成", "100%", 20],
        blank,
        [None, "效益指标(10分)", "社会效益指标", stable, "小于5次", "无上访", 10],
        blank,
        [None, "满意度指标(10分)", "服务对象满意度指标", pleased, "100%", "100%", 10],
        blank,
        ["总分(100分)", 100, None, "自评等级", "优"],
        ["偏差大或\n目标未完成\n原因分析", "无"],
        ["改进措施及\n结果应用方案", "无"],
        [
            "备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"
        ],
        ["2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权"],
    ]
    merges = ["A1:G1", "A2:G2", "A3:G3", "B4:G4", "B5:C5", "E5:G5", "B6:G6", "B7:G7", "A8:B8", "F9:G9"]
    merges += ["F8:G8", "A10:A18", "B11:B14", "B15:B16", "B17:B18", "B19:C19", "E19:G19", "B20:G20", "B21:G21"]
    merges += ["A22:G22", "A23:G23"]
    annual = [
        ["产出指标", "数量指标", count, "100%"],
        ["产出指标", "质量指标", "补助经费足额拨付率", "100%"],
        ["产出指标", "时效指标", "春节前完成走访慰问", "按时限完成"],
        ["效益指标", "社会效益指标", stable, "小于5次"],
        ["满意度指标", "服务对象满意度指标", pleased, "100%"],
    ]
    expected = {
        "fields": {"year": 2022, "project.name": name, "project.department": body, "unit.name": body},
        "funding": {"annual.total": "346400.00"},
        "indicators": {"annual": annual},
    }
    return Form("yunnan-baoshan-2022-weiwen.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def nanhu_youfu() -> Form:
    """岳阳市南湖新区民政局 2016 财政支出项目绩效评价自评报告 (Hunan, 附件3-2 on the new district's page) as Word:
    the cover lines as paragraphs (项目名称 spelled 优 抚), the 基本概况 table with planned/received/spent/left
    money by level, and the 项目支出明细情况 table of spending lines with voucher numbers (amounts in 万元, the
    unit stated only in the 基本概况 headings); the text ends at the 定量目标 headings."""
    cover = [
        "附件3-2",
        "岳阳市南湖新区财政支出项目绩效评价自评报告",
        "评价类型:项目实施过程评价□   项目完成结果评价■",
        "项目名称        优 抚",
        "项目单位     南湖新区民政局",
        "主管部门",
        "评价方式:部门(单位)绩效自评",
        "评价机构:部门(单位)评价组",
        "报告日期:2017 年7 月 15  日",
        "岳阳市南湖新区财政局(制)",
    ]
    levels = ["其中:中央财政", "省财政", "市财政", "区财政", "其它"]
    money: dict[str, list[object]] = {"省财政": ["170", "170", "170", None], "其它": [None, "9.6", "9.6", None]}
    basics: list[list[object]] = [
        ["项目负责人", "鲁明霞", "联系电话", "8328726"],
        ["项目地址", "南湖新区民政局", "邮  编", "414000"],
        ["项目起止时间", "2016年1月起至2016年12 月止"],
        ["计划安排资金\n(万元)", "170", "实际到位资金\n(万元)", "170", "实际支出\n(万元)", "179.6", "结余(万元)", "0"],
    ]
    for level in levels:
        amounts = money.get(level, [None] * 4)
        basics.append([cell for pair in zip([level] * 4, amounts, strict=True) for cell in pair])
    lines: list[tuple[str, str, str]] = [
        ("上半年重点优抚对象补助", "67", "1月31日33号凭证2月29日12号凭证7月31日18号凭证"),
        ("优抚解三难", "9.1", "1月34、41号5月17、32号凭证6月39、43号7月15号、8月7、23号\n11月4、46号、12月75号凭证"),
        ("春节下拨优抚资金及慰问", "35.5", "1月25、27、28、29、31、41号、2月1号、9月27号凭证"),
        ("其他优抚支出", "62", "1月16号、7月17、20、21、22、23、24、25、26、27号、8月8、9号\n10月17号、11月10号凭证"),
        ("60岁老兵补助", "6", "1月49号、7月16号"),
    ]
    spending: list[list[object]] = [
        ["支出内容", "实际支出数", "会计凭证号", "备注"],
        *[list[object]([item, amount, vouchers, None]) for item, amount, vouchers in lines],
        ["支出合计", "179.6"],
    ]
    evaluation: list[list[object]] = [
        ["项目绩效定性目标及实施计划完成情况", "预  期 目 标", None, "实际完成"],
        ["项目绩效定量目标(指标)及完成情况", "一级指标", "二级指标", "指标内容", "指标(目标)值", "实际完成值"],
    ]
    costs = [[item, f"{Decimal(amount) * 10000:.2f}"] for item, amount, _ in lines]
    expected = {
        "fields": {"year": 2016, "project.name": "优 抚", "unit.name": "南湖新区民政局"},
        "funding": {"annual.total": "1700000.00", "annual.provincial": "1700000.00"},
        "costs": costs,
    }
    return Form(
        "hunan-yueyang-nanhu-2016-youfu.docx",
        "docx",
        [
            Sheet("一、项 目 基 本 概 况", basics),
            Sheet("二、项目支出明细情况", spending),
            Sheet("三、项目绩效自评情况", evaluation),
        ],
        expected,
        paragraphs=cover,
    )


def huoshan_jiuzhu() -> Form:
    """霍山县医疗保障局 2024 医疗救助补助资金转移支付项目绩效目标自评表 (Anhui, the county's page): amounts
    written with 万 inside the cell (3359.62万), a 资金管理情况 block of seven 情况说明/存在问题 rows, vertical
    一级 label 产出指标; the page's text ends inside the 质量指标 row."""
    goal = (
        "通过医疗救助的实施将改善困难群众就医待遇,推进防范和化解因病致贫返贫长效机制的建立健全,项目完成后,"
        "将强化基本医疗保险、大病保险、医疗救助综合保障水平,更好的确保困难群众不因罹患重特大疾病影响基本生活。"
    )
    done = (
        "2024年度医疗救助惠及11万人次,完成了预期目标,强化了基本医疗保险、大病保险、医疗救助综合保障水平,"
        "更好的确保困难群众不因罹患重特大疾病影响基本生活。"
    )
    management = [
        ("分配科学性", "资金分配科学"),
        ("下达及时性", "资金下达及时"),
        ("拨付合规性", "资金拨付合规"),
        ("使用规范性", "资金使用规范"),
        ("执行准确性", "资金执行准确"),
        ("预算绩效管理情况", "资金预算绩效管理科学"),
        ("支出责任履行情况", "资金支出责任履行到位"),
    ]
    rows: list[list[object]] = [
        ["医疗救助补助资金转移支付项目绩效目标自评表"],
        ["(2024年度)"],
        ["转移支付(项目)名称", "医疗救助补助资金"],
        ["中央主管部门", "医疗保障局"],
        ["地方主管部门", "医疗保障局", None, "资金使用单位", "医疗保障局"],
        ["资金投入情况(万元)", None, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
        [None, "年度资金总额:", "3359.62万", "3359.62万", "100%"],
        [None, "其中:中央财政资金", "829.3万", "829.3万", "100%"],
        [None, "彩票公益金用于医疗救助", "0", "0", "100%"],
        [None, "地方资金", "2530.32万", "2530.32万", "100%"],
        [None, "其他资金"],
        ["资金管理情况", None, "情况说明", None, "存在问题和改进措施"],
        *[list[object]([label, None, note, None, "暂无"]) for label, note in management],
        ["总体目标完成情况", "总体目标", None, None, "全年实际完成情况"],
        [None, goal, None, None, done],
        ["绩效指标", "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
        [None, "产\n出\n指\n标", "数量指标", "享受医疗救助人次", "≥50000人次", "110406", None],
        [None, None, "质量指标", "医疗救助合规率"],
    ]
    merges = ["A1:G1", "A2:G2", "B3:G3", "B4:G4", "B5:C5", "E5:G5", "A6:A11", "E6:G6", "E7:G7", "E8:G8"]
    merges += ["E9:G9", "E10:G10", "B11:G11", "A12:B12", "C12:D12", "E12:G12"]
    merges += [cell for r in range(13, 20) for cell in (f"A{r}:B{r}", f"C{r}:D{r}", f"E{r}:G{r}")]
    merges += ["A20:A21", "B20:D20", "E20:G20", "B21:D21", "E21:G21", "A22:A24", "B23:B24"]
    expected = {
        "fields": {
            "year": 2024,
            "project.name": "医疗救助补助资金",
            "project.department": "医疗保障局",
            "unit.name": "医疗保障局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "33596200.00", "annual.central": "8293000.00"},
        "indicators": {"annual": [["产出指标", "数量指标", "享受医疗救助人次", "≥50000人次"]]},
    }
    return Form("anhui-luan-huoshan-2024-jiuzhu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch i."""
    return [
        bynr_ganqimaodu(),
        wenchang_miaopu(),
        yinchuan_21xiao(),
        yinchuan_liuzhong(),
        baoshan_weiwen(),
        nanhu_youfu(),
        huoshan_jiuzhu(),
    ]
