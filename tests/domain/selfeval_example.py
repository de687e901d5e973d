"""The hand-computed self-evaluation example (issue 17's "Done when"): every operator, a negative actual, A = 0,
a qualitative indicator, 万元 against 元 and no 满意度 group (its 10 go to 效益: 40 over two rows).

产出 has eight rows: 50 / 8 = 6.25 each. The scores, worked out by hand from docs/form.md's formulas:

====  ========================  ============  ===========  =========================================  =======
row   indicator                 target        actual       arithmetic                                  score
====  ========================  ============  ===========  =========================================  =======
0     覆盖社区个数              ≥45个         46个         B ≥ A                                       6.25
1     培训人次                  >200人次      150人次      150/200 × 6.25 = 4.6875                     4.69
2     案件处置率                ≥95%          -5%          B < 0 counts as 0: 0/95 × 6.25              0.00
3     安全事故数                =0起          0起          A = 0 and B ≤ 0                             6.25
4     有效投诉数                =0件          2件          A = 0 and B > 0                             0.00
5     全年经费成本              ≤534.58万元   5,600,000元  (1 − 254,200/5,345,800) × 6.25 = 5.9528…    5.95
6     平均处置时长              <2天          3天          (1 − 1/2) × 6.25 = 3.125 (half-up)          3.13
7     积压案件数                ≤10个         25个         B ≥ 2A                                      0.00
8     公共服务水平提升情况      得到提升      达成         the clerk's 18, inside 16–20                18.00
9     设施完好率                =98%          97%          = with A > 0 as ≥: 97/98 × 20 = 19.7959…    19.80
====  ========================  ============  ===========  =========================================  =======

Money block: 5,120,000 of 5,345,800 → 执行率 0.9578, 9.5776… → 9.58. Total 73.65, grade 中.
"""

from __future__ import annotations

from decimal import Decimal

from gridbudget_gui.domain.document import Document, Indicator

ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("产出指标", "数量指标", "覆盖社区个数", "≥45个", "46个"),
    ("产出指标", "数量指标", "培训人次", ">200人次", "150人次"),
    ("产出指标", "质量指标", "案件处置率", "≥95%", "-5%"),
    ("产出指标", "质量指标", "安全事故数", "=0起", "0起"),
    ("产出指标", "时效指标", "有效投诉数", "=0件", "2件"),
    ("产出指标", "成本指标", "全年经费成本", "≤534.58万元", "5,600,000元"),
    ("产出指标", "时效指标", "平均处置时长", "<2天", "3天"),
    ("产出指标", "数量指标", "积压案件数", "≤10个", "25个"),
    ("效益指标", "社会效益指标", "公共服务水平提升情况", "得到提升", "达成"),
    ("效益指标", "可持续影响指标", "设施完好率", "=98%", "97%"),
)
SCORES = ("6.25", "4.69", "0.00", "6.25", "0.00", "5.95", "3.13", "0.00", "18.00", "19.80")
WEIGHTS = ("6.25",) * 8 + ("20",) * 2
EXECUTION_SCORE = "9.58"
TOTAL = "73.65"
GRADE = "中"


def self_evaluated(document: Document) -> Document:
    """``document`` (the repaired example) turned into the hand-computed 自评表 above."""
    document.indicators.annual = [
        Indicator(level1, level2, name, value, actual=actual) for level1, level2, name, value, actual in ROWS
    ]
    document.indicators.annual[8].score = "18"
    for row, score in enumerate(SCORES):
        if Decimal(score) < Decimal(WEIGHTS[row]):
            document.indicators.annual[row].deviation = "年底前未完成，明年加快进度"
    document.execution.budget = Decimal("5345800")
    document.execution.spent = Decimal("5120000")
    return document
