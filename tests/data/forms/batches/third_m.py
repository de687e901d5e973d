"""Batch m of issue 25's third set: filled forms published by bodies of 湖北, 湖南, 安徽, 内蒙古 and central ministries
(and, when those gave out, other provinces), reproduced cell by cell from the published page.

Sources and what each page left out: batch_m.md beside this file. The expected values are written from the page,
never from what GridBudget reads.
"""

from __future__ import annotations

from make_forms import Form, Sheet


def hubei_canlian_xuanwen() -> Form:
    """湖北省残疾人联合会 2017 宣传文化工作经费 (Hubei, the 联合会's own page of its 绩效自评报告): the report's
    lead lines, then 表1 绩效目标 with only 序号/三级指标/年度指标值 columns; the page's text ends inside row 15."""
    lead: list[list[object]] = [
        ["湖北省残疾人事业宣传文化经费项目"],
        ["2017年度绩效自评报告"],
        ["项目单位:湖北省残疾人联合会"],
        ["评价机构:湖北衡平楚天会计师事务有限公司"],
        ["2018年6月"],
        ["一、基本情况"],
        ["(一)预算情况"],
        [
            "根据《关于2017年直属单位预算的批复》(鄂财预发[2017]3号)文件,下达湖北省残疾人联合会(以下简称“省残联”)"
            "“湖北省残疾人事业宣传文化工作经费项目”预算资金100万元,资金来源为省级一般公共预算财政拨款。2017年度预算"
            "资金主要用于残疾人事业宣传、残疾人文化建设、全省残联宣文干部培训等,三个部分预算资金分别74万元、14万元、"
            "8万元,预算资金分别占当年预算资金比重为74%、14%、8%。"
        ],
        ["(二)绩效目标情况"],
        ["省残联根据实际情况特设定绩效目标及指标,具体绩效指标如下表所示:"],
        ["表1:湖北省残疾人事业宣传文化工作经费项目绩效目标"],
    ]
    lines: list[tuple[str, str]] = [
        ("全国助残日活动次数", "1次"),
        ("报纸杂志专版专栏", "1个"),
        ("电视专栏节目", "24期"),
        ("广播专题节目", "104期"),
        ("网络宣传平台", "1个"),
        ("内部刊物", "12期"),
        ("开展残疾人文化活动", "1"),
        ("残疾人文化活动参与人数", "60人"),
        ("举办宣文干部培训班次", "1次"),
        ("全省残联宣文干部培训班参训人数", "60人"),
        ("宣传覆盖面", "拓宽"),
        ("残疾人文化活动参与率", "推动全省提高"),
        ("全省残联宣文干部培训班培训合格率", "100%"),
        ("全省残联宣文干部培训班参训学员工作积极性", "稳步提高"),
    ]
    table: list[list[object]] = [
        ["序号", "三级指标", "年度指标值"],
        *[[str(i), name, value] for i, (name, value) in enumerate(lines, 1)],
        ["15", "残疾人事业社会关", None],
    ]
    rows = [*lead, *table]
    merges = [f"A{i}:C{i}" for i in range(1, len(lead) + 1)]
    expected = {
        "fields": {"year": 2017, "unit.name": "湖北省残疾人联合会"},
        "funding": {"annual.total": "1000000.00", "annual.provincial": "1000000.00"},
        "indicators": {"annual": [{"name": name, "value": value} for name, value in lines]},
    }
    return Form("hubei-shengcanlian-2017-xuanwen.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def ezhou_kexie_kepu() -> Form:
    """鄂州市科学技术协会 2022 科普经费项目自评表 (Hubei, the 科协's 绩效评价报告 page as a mirror site gives it):
    the province's 自评表 with 项目类别/属性/类型 tick rows, 预算执行情况(20分), a 年度绩效目标1(80分) label column
    and 年初目标值(A)/实际完成值(B)/得分; the page's text ends at 可持续影响指…."""
    lines: list[tuple[str, str, str, str, str, str]] = [
        ("产出指标", "数量指标", "“科普鄂州”微信公众号运维", "不少于800篇", "800篇", "8"),
        ("", "", "开展全国科普日专题科普活动", "10场", "9场", "7"),
        ("", "", "《科协之窗-身边的科普》栏目", "200期", "200期", "8"),
        ("", "质量指标", "科普知识网络竞赛", "提高普及率", "稳步提升", "6"),
        ("", "", "科普宣传栏内容更新", "知识更新率", "实时更新", "6"),
        ("", "成本指标", "预算控制数", "≤104万元", "103.97万元", "10"),
        ("效益指标", "社会效益指标", "公民科学文化素质", "提升10%", "提升10%", "6"),
        ("", "经济效益指标", "公民支持科技经济融合发展", "提升10%", "提升10%", "6"),
        ("", "生态效益指标", "生态文明理念和意识", "提升10%", "提升10%", "6"),
    ]
    rows: list[list[object]] = [
        ["2022年度科普经费项目自评表"],
        ["单位名称:鄂州市科学技术协会", None, None, None, "填报日期:2023年 5 月 17日"],
        ["项目名称", "科学普及经费"],
        ["主管部门", "鄂州市科学技术协会", None, None, "项目实施单位", "鄂州市科学技术协会"],
        ["项目类别", "1、部门预算项目   ?   2、省直专项   □  3、省对下转移支付项目 □"],
        ["项目属性", "1、持续性项目     ?   2、新增性项目 □ "],
        ["项目类型", "1、常年性项目     ?   2、延续性项目 □      3、一次性项目 □"],
        ["预算执行情况(万元)\n(20分)", None, None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        [None, "年度财政资金总额", None, "104", "103.97", "99.97", "19"],
        ["年度绩效目标1(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        *[[None, a or None, b or None, c, d, e, f] for a, b, c, d, e, f in lines],
        [None, None, "可持续影响指"],
    ]  # fmt: skip
    merges = ["A1:G1", "A2:D2", "E2:G2", "B3:G3", "B4:D4", "F4:G4", "B5:G5", "B6:G6", "B7:G7", "A8:A9", "B8:C8"]
    merges += ["B9:C9", "A10:A20", "B11:B16", "C11:C13", "C14:C15", "B17:B20"]
    annual: list[list[str]] = []
    level1 = level2 = ""
    for a, b, c, d, _, _ in lines:
        level1, level2 = a or level1, b or level2
        annual.append([level1, level2, c, d])
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "科学普及经费",
            "project.department": "鄂州市科学技术协会",
            "unit.name": "鄂州市科学技术协会",
        },
        "funding": {"annual.total": "1040000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hubei-ezhou-2022-kepu.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch m."""
    return [hubei_canlian_xuanwen(), ezhou_kexie_kepu()]
