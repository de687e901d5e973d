"""Batch b of issue 25's second set: published forms of 黑龙江, 上海, 江苏, 浙江, 安徽 and 福建 (and beyond).

Each function reproduces one filled form as its page shows it (sources and what was left out: batch_b.md).
The search tool's page text gives full-width punctuation as ASCII (NFKC); prose is written back with the
full-width marks a Chinese form has (，：；（）), labels as the text shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from make_forms import Form, Sheet, cells, matrix_line


def _under_label(lines: Sequence[Sequence[object]]) -> list[list[object]]:
    """Matrix lines below a 绩效指标 label column: an empty first cell, then the line."""
    return [[None, *line] for line in lines]


def jinzhai() -> Form:
    """金寨经济开发区 2021 项目支出绩效目标申报表 (Anhui, gov page): 指标1： before every name, ≤** in names."""
    goal = "目标1：维护辖区各安置小区安全巡逻、环境卫生及物业日常管理"
    produce, effect = "产出指标", "效益指标"
    lines = [
        (produce, "数量指标", "指标1：安置小区物业费", "8个"),
        (
            None,
            "质量指标",
            "指标1：完成开发区工委、管委下达的安置小区物业费清算任务，指导小区物业开展文明创建等工作。",
            "房屋设备、设施的管理到位，环境卫生整洁，车辆停放有序",
        ),
        (None, "时效指标", "指标1：按时保质完成开发区安置小区物业管理工作", "2021年全年"),
        (None, "成本指标", "指标1：项目总成本(≤**万元)", "≤1125万元"),
        (effect, "经济效益指标", "指标1：清算8个安置小区本年度物业费和历史的遗留物业费(≥**%)。", "≥95%"),
        (
            None,
            "社会效益指标",
            "指标1：改善安置小区群众生活质量，提升安置小区生活水平。助力全县文明城市创建。",
            "显著改善",
        ),
        (
            None,
            "生态效益指标",
            "指标1：优化安置小区生活环境，提高居民生活质量，营造安全舒适的居住环境。",
            "显著提高",
        ),
        (None, "可持续影响指标", "指标1：持续提供人力物力保障，解决居民群众生产生活问题", "持续保障"),
        ("满意度指标", "服务对象满意度指标", "指标1：小区居民满意度(≥**%)", "≥90%"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标申报表"],
        ["（2021年度）"],
        ["项目名称", "物业管理"],
        ["主管部门", "县财政局", None, "实施单位", "安徽金寨经济开发区管理委员会"],
        ["项目资金\n（万元）", "年度资金总额：", "1125"],
        [None, "其中：财政拨款", "1125"],
        [None, "其他资金", None],
        ["年度目标"],
        [goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        *_under_label(lines),
        ["注：1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。"],
        ["2.各单位可根据项目特点自行增加或减少二级指标，并细化"],
    ]
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "A8:E8", "A9:E9"]
    merges += ["A10:A19", "B11:B14", "B15:B18", "A20:E20", "A21:E21"]
    annual = []
    level1 = ""
    for first, second, name, value in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second, name, value))
    expected = {
        "fields": {
            "year": 2021,
            "project.name": "物业管理",
            "project.department": "县财政局",
            "unit.name": "安徽金寨经济开发区管理委员会",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "11250000.00", "annual.county": "11250000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-jinzhai-2021-wuye.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def putuo() -> Form:
    """上海市普陀区体育事业管理中心 2022 财政项目支出绩效自评表 (Shanghai, from the body's PDF): 项目资金（元）,
    =100% and >=90% in the value cells, 215,457.6 with a thousands comma, no 预期目标 text."""
    lines = [
        ("产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10),
        (None, "质量指标", "合同结算条款完成率", "=100%", "100%", 20, 20),
        (None, "时效指标", "费用结算及时性", "及时", "及时", 20, 20),
        ("效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", 30, 30),
        ("满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", 10, 10),
    ]
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows: list[list[object]] = [
        ["财政项目支出绩效自评表"],
        ["（2022 年度）"],
        ["项目名称", "普陀体育中心与委托运营方结算费用"],
        ["主管部门", "上海市普陀区体育局", None, None, "实施单位", "上海市普陀区体育事业管理中心"],
        ["项目资金\n（元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", "250000.00", "250000.00", "215,457.6", 10, "86.19%", 8.62],
        [None, "其中：当年财政拨款", "250000.00", "250000.00", "215457.6", "—", None, "—"],
        [None, "上年结转资金", None, 0, 0, "—", None, "—"],
        [None, "其他资金", None, 0, 0, "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, None, None, None, "已完成普陀体育中心与委托运营方费用结算。"],
        [*header, "偏差原因分析及改进措施"],
        *_under_label(lines),
        ["总分", None, None, None, None, None, 100, 98.62],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:D10", "E10:I10"]
    merges += ["B11:D11", "E11:I11", "A12:A17", "B13:B15", "A18:F18"]
    annual = []
    level1 = ""
    for first, second, name, value, _, _, _ in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second, name, value.removeprefix("=")))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "普陀体育中心与委托运营方结算费用",
            "project.department": "上海市普陀区体育局",
            "unit.name": "上海市普陀区体育事业管理中心",
        },
        "funding": {"annual.total": "250000.00", "annual.county": "250000.00"},
        "indicators": {"annual": annual},
    }
    return Form("shanghai-putuo-2022-jiesuan.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def xiuyu() -> Form:
    """秀屿区 2025 省级第七批水利专项资金绩效目标表 (Fujian, a county's notice, 2021 scheme): 指标解释 and 指标方向
    columns, one value column per town (笏石街道办, 埭头镇), 成本指标 first."""
    goal = "开展2个防洪水利设施水毁修复，"
    lines = [
        (
            "成本指标",
            "经济成本指标",
            "省级财政专项资金投入成本控制率（%）",
            "反映省级财政专项资金投入成本控制情况",
            "≤",
            "100%",
            "100%",
        ),
        ("产出指标", "数量指标", "开展修复工程（个）", "反映防洪水利设施水毁修复项目开展情况", "≥", "1", "1"),
        (None, "质量指标", "已建工程是否存在质量问题", "当年已完工项目是否在检查中发现质量问题", "是/否", "否", "否"),
        (None, "时效指标", "截至2026年12月底，项目开展率（%）", "反映修复开展情况", "≥", "100%", "100%"),
    ]
    rows: list[list[object]] = [
        ["附件2"],
        ["秀屿区2025年省级第七批水利专项资金绩效目标表"],
        ["项目名称", "省级第七批水利专项资金", None, "主管部门（单位）名称", None, "秀屿区水利局"],
        ["资金情况（万元）", "资金总额", "35", "其中：财政拨款", "35", "其他资金", "0"],
        ["总体目标", goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "指标方向", "笏石街道办", "埭头镇"],
        *_under_label(lines),
    ]
    merges = ["A1:H1", "A2:H2", "B3:C3", "D3:E3", "F3:H3", "G4:H4", "B5:H5", "A6:A10", "B8:B10"]
    annual: list[object] = []
    level1 = ""
    for first, second, name, _, _, _, _ in lines:
        level1 = first or level1
        annual.append({"level1": level1, "level2": second, "name": name})  # two towns' values: none is the form's
    expected = {
        "fields": {
            "year": 2025,
            "project.name": "省级第七批水利专项资金",
            "project.department": "秀屿区水利局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "350000.00"},
        "indicators": {"annual": annual},
    }
    return Form("fujian-putian-xiuyu-2025-shuili.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def longyan() -> Form:
    """龙岩市民族与宗教事务局 2023 专项转移支付绩效目标表 (Fujian, the city's notice as Word): the notice, then the
    分配表 of another fund (民族发展专项资金, not cost lines of this form), then the form: 部门预算编码, 补助区域,
    区域目标值 over seven county columns, >=95% typed with ASCII."""
    goal = "为推进宗教活动场所规范化管理，提升我市宗教工作管理水平，"
    regions = ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"]
    rows: list[list[object]] = [
        ["（2023年度）"],
        ["部门（单位）名称", "龙岩市民族与宗教事务局", None, None, "部门预算编码", "230001"],
        ["项目名称", "宗教管理经费", None, None, "补助区域", "新罗区、永定区、上杭县、武平县、长汀县、连城县、漳平市"],
        ["资金情况（万元）", "资金总额：", "30", "其中：财政拨款", "30", "其他资金", None],
        ["总体目标", goal],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标值"],
        [None, None, None, None, None, *regions],
        [
            None,
            "产出指标",
            "数量指标",
            "宗教管理经费补助县（市、区）数量",
            "反映宗教管理经费补助县（市、区）数量情况",
            2,
            3,
            1,
            2,
            2,
            2,
            2,
        ],
        [None, None, "质量指标", "项目资金使用合规性", "反映项目资金使用合规情况", *[">=95%"] * 7],
    ]
    allotment: list[list[object]] = [
        ["单位：万元"],
        ["序号", "单位", "项目", "金额"],
        [1, "上杭县", "龙岩市畲族文化研究会《闽西畲族志》编纂出版项目", 10],
        [None, None, "南阳镇双溪村人饮工程二期项目", 8],
        [None, None, "下都镇吉安村屋顶安装分布式光伏发电项目", 8],
        [None, None, "湖洋镇文光村少数民族文化长廊项目", 8],
        [None, None, "南阳镇涂坑村畲族文化交流及文化产业服务基地建设", 8],
        [None, None, "中都镇古坊村五驳桥段道路拓宽硬化及沟渠建设项目（百香果产业）", 8],
        [None, None, "小计", 50],
        [2, "漳平市", "双洋镇中村村茶山道路硬化项目", 5],
        [None, None, "双洋镇坑源村村口村标及绿化项目", 6],
        [None, None, "象湖镇科山村畲族文化展览厅项目", 6],
        [None, None, "漳平市民族与宗教事务局民族团结进步创建项目", 3],
        [None, None, "小计", 20],
        ["合计", None, None, 70],
    ]
    notice = [
        "相关县（市、区）财政局、民族与宗教事务局：",
        "为促进少数民族地区经济社会事业发展，经研究，现下达民族发展专项资金70万元（详见附表），款列“2012399-其他民族"
        "事务支出”，上下级对账时，列市对县补助支出，请加强专项资金管理，并反馈使用情况，",
        "附件：1.2023年龙岩市民族发展专项资金分配表",
        "2.专项转移支付绩效目标表",
        "龙岩市财政局",
        "龙岩市民族与宗教事务局",
        "2023年3月13日",
        "附件1",
    ]
    expected = {
        "fields": {
            "year": 2023,
            "project.name": "宗教管理经费",
            "project.department": "龙岩市民族与宗教事务局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "300000.00"},
        "costs": [],
        "indicators": {
            "annual": [
                {"level1": "产出指标", "level2": "数量指标", "name": "宗教管理经费补助县（市、区）数量"},
                matrix_line("产出指标", "质量指标", "项目资金使用合规性", ">=95%"),  # the same in all seven columns
            ]
        },
    }
    sheets = [Sheet("2023年龙岩市民族发展专项资金分配表", allotment), Sheet("专项转移支付绩效目标表", rows)]
    return Form("fujian-longyan-2023-zongjiao.docx", "docx", sheets, expected, paragraphs=notice)


def wuyi() -> Form:
    """武义县环境卫生管理所 2019 项目支出绩效评价报告, 项目基本信息 and 项目支出明细 (Zhejiang, 浙江省财政厅's template
    on the county's page): cost lines by 经济科目 with only the 实际支出数 filled, 市县财政 as the county's money."""
    lines = [
        ("其他交通（燃料费）", "177.80"),
        ("其他交通费用（保险费）", "61.35"),
        ("其他费用", "2.78"),
        ("临时工资", "74.67"),
        ("收费劳务费", "84.68"),
        ("维修费", "10.62"),
        ("劳务派遣费", "156.33"),
        ("水费", "20.00"),
    ]
    rows: list[list[object]] = [
        ["项目名称 防尘洗护费"],
        ["项目单位 武义县环境卫生管理所"],
        ["主管部门 武义县综合行政执法局"],
        ["评价类型：事前评价□ 事中评价□ 事后评价t"],
        ["评价方式：部门（单位）评价□ 财政评价t"],
        ["评价机构：第三方机构t 部门（单位）评价组□ 财政评价组□"],
        ["2020年10月20日"],
        ["浙江省财政厅（制）"],
        ["一、项 目 基 本 信 息"],
        ["项目负责人", "宁华武", "联系电话", None],
        ["地 址", "武义县明招路火车站旁", "邮编", "321200"],
        ["项目起止时间", "2019.1.1~2019.12.31"],
        ["计划安排资金（万元）", "1355.81", "实际到位资金（万元）", "1355.81"],
        ["其中：中央财政", None, "其中：中央财政", None],
        ["省财政", None, "省财政", None],
        ["市县财政", "1355.81", "市县财政", "1355.81"],
        ["其它", None, "其它", None],
        ["实际支出（万元）", "588.23"],
        ["二、项目支出明细情况"],
        ["支出内容\n（经济科目）", "计划支出数", "实际支出数"],
        *[cells(name, None, amount) for name, amount in lines],
        ["支出合计", "1355.81", "588.23"],
        ["三、评价报告摘要"],
        ["概况", "防尘洗护项目主要针对武义县城区范围内的主要街道、人行道、"],
    ]
    merges = [f"A{r}:D{r}" for r in (1, 2, 3, 4, 5, 6, 7, 8, 9, 19, 30)]
    merges += ["B12:D12", "B18:D18", "C20:D20", "B31:D31"]
    merges += [f"C{r}:D{r}" for r in range(21, 30)]
    expected = {
        "fields": {
            "year": 2019,
            "project.name": "防尘洗护费",
            "unit.name": "武义县环境卫生管理所",
            "project.department": "武义县综合行政执法局",
            "project.manager.name": "宁华武",
        },
        "funding": {"annual.total": "13558100.00", "annual.county": "13558100.00"},
        "costs": [[name, f"{int(amount.replace('.', '')) * 100}.00"] for name, amount in lines],
    }
    return Form("zhejiang-jinhua-wuyi-2019-fangchen.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def jinan() -> Form:
    """六安市金安区体育局 2025 项目支出绩效目标表 (Anhui, district page): 项目责任人/单位（盖章） line, 项目来源,
    绩效指标 stacked one character a line, a name broken over two lines, 生态效益 "本项目不适用此指标 | 无"."""
    goal = "打造金安国际网球公开赛等一系列的品牌赛事，提升六安城市的知名度和美誉度。"
    produce, effect = "产出指标", "效益指标"
    lines = [
        (produce, "数量指标", "开展运动种类", "1种"),
        (None, None, "打造品牌赛事种类", "1种"),
        (None, "质量指标", "经费支出合规率", "100%"),
        (None, None, "赛事完成率", "100%"),
        (None, "时效指标", "完成时间", "2025年年底前"),
        (None, "成本指标", "项目总成本", "≤1000万元"),
        (effect, "经济效益指标", "提升六安城市知名度和美誉度，推动体育消费、“网球+”产业深度融合", "经济效益良好"),
        (None, "社会效益指标", "打造金安国际网球公开赛等系列品牌赛事，提升六安城市的知名度和美誉度。", "效果良好"),
        (None, "生态效益指标", "本项目不适用此指标", "无"),
        (None, "可持续影响指标", "打造金安国际网球\n公开赛等系列品牌赛事", "影响可持续"),
        ("满意度指标", "满意度指标", "群众满意度", "≥95%"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标表"],
        ["（2025年度）"],
        ["项目责任人：", None, None, "单位（盖章）：", None],
        ["项目名称", "2025金安国际网球公开赛（国际系列赛事）"],
        ["主管部门及代码", "[042]六安市金安区体育局", None, "实施单位", "六安市金安区体育局"],
        ["项目来源", "本级申报项目", None, "项目期", "3年"],
        ["项目资金\n（万元）", "年度资金总额：", "1000.00"],
        [None, "其中：财政拨款", "1000.00"],
        [None, "其他资金", "0.00"],
        ["年度\n目标", goal],
        ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值"],
        *_under_label(lines),
    ]
    merges = ["A1:E1", "A2:E2", "A3:C3", "B4:E4", "B5:C5", "B6:C6", "A7:A9", "C7:E7", "C8:E8", "C9:E9", "B10:E10"]
    merges += ["A11:A22", "B12:B17", "C12:C13", "C14:C15", "B18:B21"]
    annual = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = first or level1, second or level2
        annual.append(matrix_line(level1, level2, name.replace("\n", ""), value))
    expected = {
        "fields": {
            "year": 2025,
            "project.name": "2025金安国际网球公开赛（国际系列赛事）",
            "project.department": "[042]六安市金安区体育局",
            "unit.name": "六安市金安区体育局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "10000000.00", "annual.county": "10000000.00"},
        "indicators": {"annual": annual},
    }
    return Form("anhui-luan-jinan-2025-wangqiu.xlsx", "xlsx", [Sheet("Sheet1", rows, merges)], expected)


def huaibei() -> Form:
    """淮北市文化旅游体育局 2025 项目支出绩效目标表 (Anhui, the bureau's page as Word): the numbered 项目资金投入情况
    paragraphs before it (the amount in 万元 there), 上年结转 row, 否 as values."""
    goal = "文化惠民工程，主要用于送戏进万村，按照明年的任务70个行政村，每村4400元，市级需配套704元/村。"
    paragraphs = [
        "“农村文化建设配套补助经费”项目。",
        "（1）项目概述。做好送戏进万村，满足人民日益增长的文化需求。",
        "（2）立项依据。文化惠民工程实施方案",
        "（3）实施主体。淮北市文化旅游体育局",
        "（4）起止时间。2025年1月-12月",
        "（5）项目内容。文化惠民工程，主要用于送戏进万村，按照明年的任务70个行政村，每村4400元，市级需配套704元/村。",
        "（6）年度预算安排。农村文化建设配套补助经费预算安排5万元",
        "（7）绩效目标。",
    ]
    lines = [
        ("产出指标", "数量指标", "开展送戏进万村", "≥70村"),
        (None, "质量指标", "送戏进万村活动完成率", "≥95%"),
        (None, "时效指标", "项目完成时限", "2025年12月"),
        (None, "成本指标", "项目金额", "5万元"),
        ("效益指标", "经济效益指标", "项目实施是否产生经济价值", "否"),
        (None, "社会效益指标", "保障人民群众基本文化权益", "影响程度明显"),
        (None, "生态效益指标", "是否对当地生态环境造成影响", "否"),
        (None, "可持续影响指标", "对满足人民群众日益提高的文化需求的可持续影响", "长期"),
        ("满意度指标", "满意度指标", "项目受益人满意程度", "≥90%"),
    ]
    rows: list[list[object]] = [
        ["（2025年度）"],
        ["项目名称", "农村文化建设配套补助经费"],
        ["主管部门及代码", "[077]淮北市文化旅游体育局", None, "实施单位", "淮北市文化旅游体育局"],
        ["项目来源", "本级申报项目", None, "项目期", "1年"],
        ["项目资金\n（万元）", "年度资金总额：", "5.00"],
        [None, "其中：财政拨款", "5.00"],
        [None, "上年结转", "0.00"],
        [None, "其他资金", "0.00"],
        ["年度\n目标", goal],
        ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值"],
        *_under_label(lines),
    ]
    annual = []
    level1 = ""
    for first, second, name, value in lines:
        level1 = first or level1
        annual.append(matrix_line(level1, second, name, value))
    expected = {
        "fields": {
            "year": 2025,
            "project.name": "农村文化建设配套补助经费",
            "project.department": "[077]淮北市文化旅游体育局",
            "unit.name": "淮北市文化旅游体育局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "50000.00", "annual.county": "50000.00"},
        "indicators": {"annual": annual},
    }
    sheets = [Sheet("项目支出绩效目标表", rows)]
    return Form("anhui-huaibei-2025-songxi.docx", "docx", sheets, expected, paragraphs=paragraphs)


def anxi() -> Form:
    """安溪县水利局 2022 省级第七批水利专项资金绩效目标表 (Fujian, county page, GBK): spaced labels (总 体 目 标,
    指 标 解 释), one value column per village (seven), 其他资金 empty."""
    goal = "开展7个小型水利工程建设"
    villages = [
        "西坪镇尧山村",
        "桃舟乡吾培村",
        "芦田镇三洋村",
        "蓬莱镇植洋村",
        "魁斗镇奇观村",
        "龙涓乡长塔村",
        "尚卿乡尤俊村",
    ]
    rows: list[list[object]] = [
        ["附件2"],
        ["2022年省级第七批水利专项资金绩效目标表"],
        ["项目名称", "省级第七批水利专项资金", None, None, "主管部门（单位）名称", None, "安溪县水利局"],
        ["资金情况（万元）", "资金总额", "100", "其中：财政拨款", "100", "其他资金", None],
        ["总 体 目 标", goal],
        ["绩效\n指标", "一级指标", "二级指标", "三级指标", "指 标 解 释", *villages],
        [
            None,
            "产出\n指标",
            "数量指标",
            "开展小型水利工程建设（个）",
            "反映小型水利工程建设项目开展情况",
            *[1] * 7,
        ],
    ]
    merges = ["A1:L1", "A2:L2", "B3:D3", "E3:F3", "G3:L3", "G4:L4", "B5:L5", "A6:A7"]
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "省级第七批水利专项资金",
            "project.department": "安溪县水利局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "1000000.00"},
        "indicators": {
            "annual": [matrix_line("产出指标", "数量指标", "开展小型水利工程建设（个）", "1")]
        },  # 1 in all seven
    }
    return Form("fujian-quanzhou-anxi-2022-shuili.html", "html-gbk", [Sheet("Sheet1", rows, merges)], expected)


def luan2024() -> Form:
    """六安市农业农村局 2024 项目支出绩效目标申报表 (Anhui, city page; here as .ods): 中期 and 年度 funding and
    matrices side by side (二级/三级/指标值 twice), 项目责任人（签字） line, ≤7工作日."""
    goal = (
        "通过项目实施，开展农产品质量安全监测及三品一标工作，实现农产品质量安全得到提升，检测批次达到2批次/千人，"
        "“两强一增”认证总数得到上升。"
    )
    lines = [
        ("产出指标", "数量指标", "鉴定校准实验室仪器", "≥57个"),
        (None, None, "购买标准试剂", "≥100个"),
        (None, None, "监督抽检批次", "≥100组"),
        (None, "质量指标", "农产品例行监测合格率", "≥98%"),
        (None, None, "农产品监督抽样合格率", "≥98%"),
        (None, None, "实验室仪器维修维护", "≥4次"),
        (None, "时效指标", "检测及时率", "≤7工作日"),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标申报表"],
        ["（ 2024 年度）"],
        ["项目责任人（签字）：", None, None, None, "单位（盖章）："],
        ["项目名称", "发展建设类-农产品质检体系建设和“三品一标”发展项目"],
        ["主管部门及代码", "[066]六安市农业农村局", None, None, "实施单位", "六安市农业农村局"],
        ["项目属性", "常年项目", None, None, "项目期", "3年"],
        ["项目资金\n（万元）", "中期资金总额：", "68.50", None, "年度资金总额：", "51.35"],
        [None, "其中：财政拨款", "68.50", None, "其中：财政拨款", "51.35"],
        [None, "其他资金", "0.00", None, "其他资金", "0.00"],
        ["总 体 目 标", "中期目标（2024年—2026年）", None, None, "年度目标"],
        [None, goal, None, None, goal],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        *[cells(None, level1, level2, name, value, level2, name, value) for level1, level2, name, value in lines],
    ]
    merges = ["A1:H1", "A2:H2", "A3:D3", "E3:H3", "B4:H4", "B5:D5", "F5:H5", "B6:D6", "F6:H6", "A7:A9"]
    merges += ["C7:D7", "F7:H7", "C8:D8", "F8:H8", "C9:D9", "F9:H9", "A10:A11", "B10:D10", "E10:H10", "B11:D11"]
    merges += ["E11:H11", "A12:A19", "B13:B19", "C13:C15", "F13:F15", "C16:C18", "F16:F18"]
    matrix = []
    level2 = ""
    for _, second, name, value in lines:
        level2 = second or level2
        matrix.append(matrix_line("产出指标", level2, name, value))
    expected = {
        "fields": {
            "year": 2024,
            "project.name": "发展建设类-农产品质检体系建设和“三品一标”发展项目",
            "project.department": "[066]六安市农业农村局",
            "unit.name": "六安市农业农村局",
            "project.attribute": "常年项目",
            "goals.mid_term": goal,
            "goals.annual": goal,
        },
        "funding": {
            "mid_term.total": "685000.00",
            "mid_term.county": "685000.00",
            "annual.total": "513500.00",
            "annual.county": "513500.00",
        },
        "indicators": {"mid_term": matrix, "annual": matrix},
    }
    return Form("anhui-luan-2024-zhijian.ods", "ods", [Sheet("Sheet1", rows, merges)], expected)


# Beyond batch b's provinces (theirs gave no more filled forms to the search tool): other provinces' pages,
# checked against tests/data/forms/real/README.md.


def yuanzhou() -> Form:
    """原州区自然资源局 2022 项目支出绩效目标申报表 (Ningxia, district page): (必填硬性指标) and (选填) written into the
    二级 labels, bare numbers as values with the unit in the name (（亩）, (≥**%)), 效益 statements with no value."""
    goal = (
        "在东马场林场、东岳山林场、古树林场、红庄林场、马渠林场、沈河林场、水沟林场 7 个林场和古雁办、官厅镇、黄铎堡镇、"
        "开城镇、彭堡镇、炭山乡、头营镇、寨科乡、张易镇、中河乡、三营镇 11 个乡镇（街道办事处）实施营造林8万亩。其中："
        "新造林3万亩，未成林抚育提升及退化林改造5万亩；修建作业道30公里。"
    )
    lines: list[tuple[str | None, str | None, str, str | None]] = [
        ("产出指标", "数量指标\n（必填硬性指标）", "实施营造林总面积（亩）", "80000"),
        (None, None, "其中：实施新造林总面积（亩）", "30000"),
        (None, None, "实施未成林抚育提升及退化林改造总面积（亩）", "50000"),
        (None, None, "修建作业道长度（公里）", "30"),
        (None, "质量指标\n（必填）", "苗木成活率（≥**%）", "85"),
        (None, "时效指标\n（必填）", "项目完成时间", "2023年底"),
        (None, "成本指标\n（必填硬性指标）", "项目总投入（≥**万元）", "6070"),
        ("效益指标", "经济效益\n指标\n（选填）", "增加就业机会，提高农民收入。", None),
        (None, "社会效益\n指标\n（必填）", "受益人数（人）", "132"),
        (None, "生态效益\n指标\n（选填）", "提高森林覆盖率，促进生物多样性保护。", None),
        (None, "可持续影响\n指标\n（必填）", "提高森林生态系统服务功能，显著改善项目区及周边地区的生态环境。", None),
    ]
    rows: list[list[object]] = [
        ["项目支出绩效目标申报表"],
        ["（2022年度）"],
        ["项目名称", "原州区2022年南部水源涵养林建设项目"],
        ["主管部门及代码", "固原市原州区自然资源局", None, "实施单位", "固原市原州区自然资源局"],
        ["项目属性", "新建", None, "项目期", "2022年3月-2023年11月"],
        ["项目资金\n（万元）", "年度资金总额：", "6070.00"],
        [None, "其中：财政拨款", "6070.00"],
        [None, "其他资金", None],
        ["年度总体目标", goal],
        ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "指标值"],
        *_under_label(lines),
    ]
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "B5:C5", "A6:A8", "C6:E6", "C7:E7", "C8:E8", "B9:E9"]
    merges += ["A10:A21", "B11:B17", "C11:C14", "B18:B21"]
    annual: list[object] = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = first or level1, second or level2
        shown = "".join(part for part in level2.split("\n") if not part.startswith("（"))  # （必填）is no part of it
        if value is None:  # a statement in the 三级 column and no value: what it is, is not shown
            annual.append({"level1": level1, "level2": shown, "name": name})
        else:
            annual.append(matrix_line(level1, shown, name, value))
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "原州区2022年南部水源涵养林建设项目",
            "project.department": "固原市原州区自然资源局",
            "unit.name": "固原市原州区自然资源局",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "60700000.00", "annual.county": "60700000.00"},
        "indicators": {"annual": annual},
    }
    return Form("ningxia-guyuan-yuanzhou-2022-shuiyuan.xls", "xls", [Sheet("Sheet1", rows, merges)], expected)


def qingshan2020() -> Form:
    """武汉市青山区教育局 2020 绩效目标表, 农村义务教育薄弱学校改造补助资金 (Hubei, district page): label and amount in
    one cell (年度资金总额：16), 上级资金, 满意度 as a 二级 under 效益 in the 2015 template, 指标内容 for 三级."""
    goal = "全面改善农村义务教育薄弱学校办学条件，扩大基础教育资源，进一步提高义务教育均衡发展水平。"
    lines = [
        ("产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%"),
        (None, "质量指标", "校舍维修改造质量合格率", "100%"),
        (None, None, "购置设施设备质量合格率", "100%"),
        (None, "时效指标", "预算资金当年下达率", "100%"),
        (None, None, "项目按计划完成率", "100%"),
        (None, "成本指标", "建设项目成本控制率", "100%"),
        ("效益指标", "可持续影响指标", "义务教育优质均衡发展情况", "稳步提高"),
        (None, "社会公众或服务对象满意度指标", "学生家长满意度", "≥90%"),
        (None, None, "学校满意度", "≥90%"),
    ]
    rows: list[list[object]] = [
        ["绩效目标表"],
        ["（2020年度）"],
        ["项目名称", "农村义务教育薄弱学校改造补助资金"],
        ["项目主管部门", "青山区教育局", None, "项目执行单位", "化工区学校"],
        ["资金情况\n（万元）", "年度资金总额：16"],
        [None, "    其中 ：上级资金16"],
        [None, None],
        ["总体目标", "年度目标"],
        [None, goal],
        ["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
        *_under_label(lines),
    ]
    merges = ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "A5:A7", "B5:E5", "B6:E6", "B7:E7", "A8:A9", "B8:E8", "B9:E9"]
    merges += ["A10:A19", "B11:B16", "C12:C13", "C14:C15", "B17:B19", "C18:C19"]
    annual: list[object] = []
    level1 = level2 = ""
    for first, second, name, value in lines:
        level1, level2 = first or level1, second or level2
        if level2.startswith("社会公众"):  # 一级 of the 满意度 rows: 效益 by the template, not shown by the page's text
            annual.append({"level2": level2, "name": name, "value": value})
        else:
            annual.append(matrix_line(level1, level2, name, value))
    expected = {
        "fields": {
            "year": 2020,
            "project.name": "农村义务教育薄弱学校改造补助资金",
            "project.department": "青山区教育局",
            "unit.name": "化工区学校",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "160000.00"},
        "indicators": {"annual": annual},
    }
    return Form("hubei-wuhan-qingshan-2020-bojiao.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def zhongxian() -> Form:
    """忠县 2022 生猪（牛羊）调出大县奖励资金区域绩效目标表 (Chongqing, county notice): 中央/省级/区县 主管部门 lines,
    中央补助（万元）, a 单位 column beside values that carry their unit."""
    goal = (
        "到2022年底，生猪生产稳定有序发展，能繁母猪保有量、规模养殖场保有量完成市政府既定目标，推进畜牧业高质量发展。"
    )
    rows: list[list[object]] = [
        ["附件"],
        ["生猪（牛羊）调出大县奖励资金区域绩效目标表"],
        ["资金名称", "生猪（牛羊）调出大县奖励资金"],
        ["中央主管部门", "财政部、农业农村部"],
        ["省级财政部门", "重庆市财政局"],
        ["省级主管部门", "重庆市农业农村委员会"],
        ["区县财政部门", "忠县财政局"],
        ["区县主管部门", "忠县农业农村委员会"],
        ["资金情况", "年度金额（万元）：", None, "397"],
        [None, "其中：中央补助（万元）", None, "397"],
        [None, "地方资金（万元）", None, None],
        ["年度目标", goal],
        [None, "一级指标", "二级指标", "三级指标", "单位", "指标值"],
        ["绩效指标", "产出指标", "数量指标", "猪肉产量稳定率", "%", "≥95%"],
        [None, None, None, "能繁母猪稳定率", "%", "90%"],
    ]
    merges = ["A1:F1", "A2:F2", "B3:F3", "B4:F4", "B5:F5", "B6:F6", "B7:F7", "B8:F8", "A9:A11", "B9:C9", "D9:F9"]
    merges += ["B10:C10", "D10:F10", "B11:C11", "D11:F11", "B12:F12", "A14:A15", "B14:B15", "C14:C15"]
    expected = {
        "fields": {
            "year": 2022,
            "project.name": "生猪（牛羊）调出大县奖励资金",
            "project.department": "忠县农业农村委员会",
            "goals.annual": goal,
        },
        "funding": {"annual.total": "3970000.00", "annual.central": "3970000.00"},
        "indicators": {
            "annual": [
                matrix_line("产出指标", "数量指标", "猪肉产量稳定率", "≥95%"),
                matrix_line("产出指标", "数量指标", "能繁母猪稳定率", "90%"),
            ]
        },
    }
    return Form("chongqing-zhongxian-2022-shengzhu.html", "html-utf8", [Sheet("Sheet1", rows, merges)], expected)


def forms() -> list[Form]:
    """Every form of batch b."""
    return [
        jinzhai(),
        putuo(),
        xiuyu(),
        longyan(),
        wuyi(),
        jinan(),
        huaibei(),
        anxi(),
        luan2024(),
        yuanzhou(),
        qingshan2020(),
        zhongxian(),
    ]
