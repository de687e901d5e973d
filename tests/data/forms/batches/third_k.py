"""Batch k of issue 25's third set: filled forms published by bodies of 天津, 北京, 上海, 重庆, 河北, 山西, 辽宁,
吉林, 黑龙江 (and, when those gave out, other provinces), reproduced cell by cell from the published page.

Sources and what each page left out: batch_k.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet, cells


def jishan_gongwei() -> Form:
    """稷山县翟店镇卫生院 2021 项目支出绩效自评表 (Shanxi, the county's .xlsx as a document site shows it): the same
    county template as its 2020 医保 form, 25 numbered 数量指标 rows with counts in 人/次/种/例, a 0 年初预算数; the
    page's text loses the names of 指标3 and 指标4 and ends at the first 质量指标 row."""
    name = "国家基本公共卫生服务"
    lines = [
        ("指标1：居民健康档案", "38508人", "37442人", 3, 3),
        ("指标2：发放健康教育资料", "不少于12种", "14种", 1, 1),
        ("指标5：举办健康教育知识讲座", "6次", "150次", 1, 1),
        ("指标6：举办健康教育宣传咨询活动", "12次", "96次", 1, 1),
        ("指标7：建立预防接种证", "221人", "221人", 2, 2),
        ("指标8：适龄儿童疫苗接种率", "100.00%", "97.30%", 2, 1.9),
        ("指标9：0-6岁儿童健康管理数", "2089人", "2089人", 2, 2),
        ("指标10：0-6岁儿童眼保健操覆盖数", "2089人", "2089人", 2, 2),
        ("指标11：新生入访视数", "214人", "214人", 2, 2),
        ("指标12：孕产妇7天访视数", "214人", "203人", 2, 1.8),
        ("指标13：孕产妇42天访视数", "214人", "203人", 2, 1.8),
        ("指标14：早孕建册数", "120人", "69人", 2, 1),
        ("指标15：老年人体检数", "5662人", "4044人", 2, 1.4),
        ("指标16：高血压规范管理数", "3807人", "3224人", 2, 1.9),
        ("指标17：高血压随访控制数", "3807人", "3220人", 2, 1.8),
        ("指标18：糖尿病规范管理数", "863人", "695人", 2, 1.8),
        ("指标19：糖尿病随访控制数", "863人", "683人", 2, 1.7),
        ("指标20：严重精神障碍患者管理数", "212人", "209人", 2, 1.8),
        ("指标21：肺结核健康规范管理数", "8例", "8例", 2, 2),
        ("指标22：老年人中医药规范管理数", "5662人", "4044人", 2, 1.4),
        ("指标23：0-36月龄中医药规范管理数", "1228人", "770人", 2, 1.8),
        ("指标24：传染病及突发公共卫生事件报告数", "14例", "14例", 2, 2),
        ("指标25：家庭医生签约率", "24694人", "22584人", 2, 1.7),
    ]
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body: list[list[object]] = []
    for i, (ind, value, done, score, got) in enumerate(lines):
        first = "产出指标（50分）" if i == 0 else None
        second = "数量指标" if i == 0 else None
        body.append([None, first, second, ind, value, done, score, got, None])
    rows: list[list[object]] = [
        ["稷山县项目支出绩效自评表"],
        ["（2021年度）"],
        ["项目名称", name],
        ["主管部门", "稷山县卫生健康和体育局", None, None, "实施单位", "稷山县翟店镇卫生院"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 0, None, 207.4538, 10, "100%", 10],
        [None, "其中：当年财政拨款", None, None, 207.4538, "—", "100%", "—"],
        [None, "上年结转资金", None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, None, "—", None, "—"],
        ["年度总\n体目标", "预期目标", None, None, "实际完成情况"],
        [None, name, None, None, name],
        ["绩效指标", *header],
        *body,
        [None, None, "质量指标", "指标1：提升国家基本"],
    ]
    last = 12 + len(body) + 1
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11"]
    merges += ["E11:I11", f"A12:A{last}", f"B13:B{last}", f"C13:C{last - 1}"]
    annual = [["产出指标", "数量指标", ind, value] for ind, value, *_ in lines]
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "稷山县卫生健康和体育局",
            "unit.name": "稷山县翟店镇卫生院",
            "goals.annual": name,
        },
        "indicators": {"annual": annual},
    }
    return Form("shanxi-yuncheng-jishan-2021-gongwei.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def daying_anke() -> Form:
    """大英县司法局 2023 部门预算项目支出绩效自评表 (Sichuan, the 一体化 system's 自评表 inside a county news site's
    决算 article): the project code glued to its name, 年初预算 0.00 beside 调整后预算数, 指标性质 and 度量单位 in
    their own columns; the page's text ends inside the first indicator row (after its 指标值 100)."""
    name = "51092324T000010263357-2023年全县安可替代补助资金项目"
    goal = "根据要求购买安可设备,并完成项目资金支付。"
    note = (
        "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的"
        "(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款."
    )
    rows: list[list[object]] = [
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", name],
        ["主管部门", "大英县司法局部门", None, None, None, "实施单位", "大英县司法局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, "年度目标完成情况"],
        [None, None, goal, None, None, None, "完成"],
        [None, "2.项目实施内容及过程概述", "2023年购买13台安可电脑,并于12月前完成资金支付。"],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
         "得分", "原因"],
        [None, "总额", "0.00", "3.36", "3.36", "100.00%", "10", "10", note],
        [None, "其中:财政资金", "0.00", "3.36", "3.36", "100.00%", "/", "/"],
        [None, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
        [None, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
        [None, "其他资金", None, None, None, None, "/", "/"],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
         "得分", "未完成原因分析"],
        [None, "产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", "100"],
    ]  # fmt: skip
    merges = ["A1:K1", "B2:K2", "B3:E3", "G3:K3", "A4:A6", "B4:B5", "C4:F4", "G4:K4", "C5:F5", "G5:K5", "C6:K6"]
    merges += ["A7:A12", "I8:K12", "A13:A14"]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": name,
            "project.department": "大英县司法局部门",
            "unit.name": "大英县司法局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "33600.00", "annual.county": "33600.00"},
        "indicators": {
            "annual": [{"level1": "产出指标", "level2": "质量指标", "name": "完成安可产品购买并按要求支付资金"}]
        },
    }
    return Form("sichuan-suining-daying-2023-anke.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def puyang_xiaofang() -> Form:
    """濮阳市档案馆 2021 市级部门预算项目绩效目标表 (Henan, inside the 市财政局's 批复 濮财效批复〔2021〕88号 on its web
    page): 部门名称 and 单位名称 instead of 主管部门/实施单位, one 年度目标, an empty 指标说明 column, five 数量指标 rows
    counted in 套/个/只/台/批; the page's text ends inside the first 成本指标 row."""
    name = "濮阳市档案馆库房消防设备改造安装工程"
    goal = "完成市档案馆5个标准档案库房消防设备的升级改造安装工作,增强消防救援力量,保证馆库和档案实体安全。"
    lines = [
        ("产出指标", "数量指标", "七氟丙烷式灭火装置及药剂", "10套"),
        (None, None, "烟感、温感控制设备", "160个"),
        (None, None, "声光报警、紧急按钮、指示灯", "30只"),
        (None, None, "气体灭火控制器及报警主机", "4台"),
        (None, None, "施工材料", "1批"),
        (None, "质量指标", "资金使用合规性", "100%"),
        (None, None, "项目(工程)验收合格率", "100%"),
        (None, "时效指标", "项目完工时间", "2021年12月31日"),
    ]
    rows: list[list[object]] = [
        ["市级部门预算项目绩效目标表"],
        ["(2021年度)"],
        ["项目名称", name],
        ["部门名称", "濮阳市档案馆"],
        ["单位名称", "濮阳市档案馆"],
        ["项目资金 (万元)", "年度资金总额", "24.998"],
        [None, "其中:财政拨款", "24.998"],
        [None, "其他资金", None],
        ["年度目标", goal],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值", "指标说明"],
        *[cells(None, *line, None) for line in lines],
    ]
    merges = ["A1:F1", "A2:F2", "B3:F3", "B4:F4", "B5:F5", "A6:A8", "C6:F6", "C7:F7", "C8:F8", "B9:F9"]
    merges += ["A10:A18", "B11:B18", "C11:C15", "C16:C17"]
    annual = []
    first = second = ""
    for one, two, ind, value in lines:
        first = one or first
        second = two or second
        annual.append([first, second, ind, value])
    expected = {
        "fields": {
            "year": 2021,
            "project.name": name,
            "project.department": "濮阳市档案馆",
            "unit.name": "濮阳市档案馆",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "249980.00", "annual.municipal": "249980.00"},
        "indicators": {"annual": annual},
    }
    return Form("henan-puyang-2021-danganxiaofang.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def xuancheng_dizhen() -> Form:
    """宣城市地震局 2021 防震减灾项目支出绩效自评表 (Anhui, the 市地震局's 政务公开 page): the 一级 cell shows only
    "(50分)", "指标1:" numbering restarting in each group, values with 余 (200余人) and months (11月底前 → 10月), the
    上年结转 and 其他资金 rows with 0 and dashes; the page's text ends at the 成本指标 row."""
    goal = "目标1:省政府对市政府防震减灾目标管理绩效考核第一名。\n目标2:全省市级防震减灾综合考核先进单位。"
    done = "1.省政府对市政府防震减灾目标管理绩效考核第一名。\n2.全省市级防震减灾综合考核先进单位。"
    lines = [
        ("(50分)", "数量指标", "指标1:接受业务培训人数", "200", "200余人", 10, 10),
        (None, None, "指标2:科普馆参观人数", "500", "600余人", 10, 10),
        (None, "质量指标", "指标1:台站正常运行", "100%", "100%", 10, 10),
        (None, None, "指标2:台网运行率", "≥95%", "99.12%", 10, 10),
        (None, "时效指标", "指标1:业务培训时限", "11月底前", "10月", 5, 5),
        (None, None, "指标2:科普宣传时限", "11月底前", "10月", 5, 5),
    ]
    rows: list[list[object]] = [
        ["附件1"],
        ["防震减灾项目支出绩效自评表"],
        ["(2021年度)"],
        ["项目名称", "防震减灾综合保障"],
        ["主管部门", "宣城市地震局", None, None, "实施单位", "宣城市地震局"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        [None, "年度资金总额:", 55, 55, 55, 10, "100%", 10],
        [None, "其中:本年财政拨款", 55, 55, 55, "-", "100%", "-"],
        [None, "上年结转资金", 0, 0, 0, "-", None, "-"],
        [None, "其他资金", 0, 0, 0, "-", None, "-"],
        ["年度总体目标完成情况", "预期目标", None, None, "实际完成情况"],
        [None, goal, None, None, done],
        ["年度绩效指标完成情况", "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        *[cells(None, *line, None) for line in lines],
        [None, None, "成本指标"],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:I2", "A3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:B6", "A7:A10", "A11:A12", "B11:D11"]
    merges += ["E11:I11", "B12:D12", "E12:I12", "A13:A20", "B14:B20", "C14:C15", "C16:C17", "C18:C19"]
    annual = []
    second = ""
    for _, two, ind, value, *_ in lines:
        second = two or second
        annual.append({"level2": second, "name": ind, "value": value})
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "防震减灾综合保障",
            "project.department": "宣城市地震局",
            "unit.name": "宣城市地震局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "550000.00", "annual.municipal": "550000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-xuancheng-2021-fangzhenjianzai.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch k."""
    return [jishan_gongwei(), daying_anke(), puyang_xiaofang(), xuancheng_dizhen()]
