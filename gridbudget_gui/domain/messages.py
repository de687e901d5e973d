"""The words of the findings: for each rule (and wording variant) a Chinese and an English template.

A finding carries its rule id and arguments; ``render`` turns it into text in the reader's language where it
is shown (the window, ``gridbudget check``). Templates are ``str.format`` strings over the finding's
arguments and ``where``; a format spec after the colon names how a value is written:

``money``   an amount with thousands separators and two places (5,345,800.00)
``line``    a cost line by its expense item: “人身意外险”, or 未命名的支出 when it has none
``part``    a part of a cost line (``note`` → 备注 / note)
``period``  ``mid_term``/``annual`` → 中期/年度, mid-term/annual
``source``  a funding column (``county`` → 县（市）区级财政 / county/district government)
``field``   a text field by its qualified label (``labels.qualified``: ``unit.phone`` names the unit's phone)
``place``   a place in words (测算明细第 8 行的备注)
``scheme``  an indicator scheme's title
``list``    a list of names (、 in Chinese, commas in English)

Data only: no Qt, no files. The Chinese wording is the reviewers' and what users have always seen.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any, Protocol

from gridbudget_gui.domain.labels import in_sentence
from gridbudget_gui.domain.money import format_money
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.place_words import (
    FIELD_NAMES,
    LINE_PARTS,
    SCHEMES_EN,
    Language,
    describe_place,
    language_of,
    period_word,
    pick,
    source_word,
)


class Finding(Protocol):
    """What a finding offers to be put in words (``domain.findings.Finding``; named here so the two don't import
    each other)."""

    @property
    def rule(self) -> str:
        """The stable rule id."""
        ...

    @property
    def variant(self) -> str:
        """Which wording of the rule."""
        ...

    @property
    def args(self) -> Mapping[str, Any]:
        """The named arguments of the wording."""
        ...

    @property
    def where(self) -> Place:
        """Where in the document."""
        ...


LANGUAGES: tuple[Language, ...] = ("zh", "en")

_CODE = (in_sentence("unit.code"), in_sentence("unit.code", "en"))
_DATE = (in_sentence("signatures.date"), in_sentence("signatures.date", "en"))
"""Labels the templates spell inside their sentences, from ``domain.labels``."""

CATALOGUE: dict[tuple[str, str], tuple[str, str]] = {
    # --- the cost breakdown (测算明细) ---------------------------------------------------------------------
    ("cost.name-empty", ""): (
        "这一行有金额但没有填写支出内容",
        "This line has an amount but no expense item",
    ),
    ("cost.negative", "factor"): (
        "{name:line}的因子不能为负数",
        "{name:line}: a factor cannot be negative",
    ),
    ("cost.negative", "amount"): (
        "{name:line}的金额不能为负数",
        "{name:line}: the amount cannot be negative",
    ),
    ("cost.expression-invalid", ""): (
        "{name:line}的算式“{expression}”无法计算：{problem:problem}",
        "{name:line}: the formula “{expression}” cannot be calculated: {problem:problem}",
    ),
    ("cost.expression-mismatch", ""): (
        "{name:line}的算式“{expression}”得 {result}，与因子 {value} 不符",
        "{name:line}: the formula “{expression}” gives {result}, not the factor {value}",
    ),
    ("cost.amount-mismatch", ""): (
        "{name:line}的金额 {amount:money} 元与各因子之积 {product:money} 元不符",
        "{name:line}: the amount {amount:money} yuan differs from the product of the factors, {product:money} yuan",
    ),
    ("cost.amount-zero", ""): (
        "{name:line}的金额为零",
        "{name:line}: the amount is zero",
    ),
    ("cost.months-over-year", ""): (
        "{name:line}按 {months} 个月计算，超过一个预算年度的12个月",
        "{name:line} is reckoned over {months} months, more than the 12 months of a budget year",
    ),
    ("cost.month-words", ""): (
        "{name:line}写的是{first}-{last}月份（{named}个月），但按 {months} 个月计算",
        "{name:line} names months {first}-{last} ({named} months) but is reckoned over {months} months",
    ),
    ("cost.no-lines", ""): (
        "测算明细没有任何支出行",
        "The cost breakdown has no lines",
    ),
    ("cost.total-funding", ""): (
        "测算明细合计 {total:money} 元与年度资金来源总投入 {annual:money} 元不符（相差 {difference:money} 元）",
        "The cost breakdown totals {total:money} yuan, but the annual funding total is {annual:money} yuan"
        " (a difference of {difference:money} yuan)",
    ),
    ("cost.economic-class-unknown", ""): (
        "{name:line}的经济分类科目 {code} 不在随附的{year}年经济分类科目表中，请核对",
        "{name:line}: the economic classification {code} is not in the bundled {year} list",
    ),
    ("cost.economic-class-capital", ""): (
        "{name:line}是购置设备或车辆，属资本性支出，不应列 {code}（商品和服务支出）；建议列 {suggested}",
        "{name:line} buys equipment or vehicles, a capital expense, not {code} (goods and services);"
        " {suggested} would fit",
    ),
    ("cost.economic-class-service", ""): (
        "{name:line}是购买服务或劳务，不应列 {code}（资本性支出）；建议列 {suggested}",
        "{name:line} buys services or labour, not {code} (capital expense); {suggested} would fit",
    ),
    ("cost.economic-class-wages", ""): (
        "{name:line}列了工资福利支出 {code}：在编人员的工资福利应在基本支出中安排，项目支出中的聘用人员报酬列劳务费",
        "{name:line} is booked as wages and benefits ({code}): staff on the establishment are paid from the basic"
        " budget; hired staff in a project are labour services (30226)",
    ),
    ("cost.procurement-unknown", ""): (
        "{name:line}的政府采购品目“{kind}”应为货物、服务或工程",
        "{name:line}: the procurement category “{kind}” should be goods, services or works",
    ),
    ("cost.procurement-unmarked", ""): (
        "{name:line}金额 {amount:money} 元，看来是{kind}，达到 {threshold:money} 元，是否需要列入政府采购预算？",
        "{name:line} of {amount:money} yuan looks like {kind} at or above {threshold:money} yuan:"
        " should it be in the government procurement budget?",
    ),
    # --- funding (资金来源) ---------------------------------------------------------------------------------
    ("funding.negative", ""): (
        "{period:period}{source:source}不能为负数",
        "{period:period} {source:source} funding cannot be negative",
    ),
    ("funding.total-sources", ""): (
        "{period:period}总投入 {total:money} 元与各来源之和 {sources:money} 元不符",
        "{period:period} total funding of {total:money} yuan differs from the sum of the sources, {sources:money} yuan",
    ),
    ("funding.annual-empty", ""): (
        "年度资金来源总投入为零",
        "The annual funding total is zero",
    ),
    ("funding.annual-exceeds-mid-term", ""): (
        "年度{source:source} {annual:money} 元超过中期 {mid_term:money} 元",
        "Annual {source:source} funding of {annual:money} yuan exceeds the mid-term {mid_term:money} yuan",
    ),
    ("funding.mid-term-empty", ""): (
        "中期资金来源没有填写",
        "The mid-term funding is not filled in",
    ),
    ("funding.years-total", ""): (
        "中期分年度计划 {plan} = {total:money} 元，与中期总投入 {mid_term:money} 元不符",
        "The mid-term plan by year, {plan} = {total:money} yuan, differs from the mid-term total of"
        " {mid_term:money} yuan",
    ),
    ("funding.years-first", ""): (
        "中期分年度计划中 {year} 年为 {amount:money} 元，与年度总投入 {annual:money} 元不符",
        "The mid-term plan gives {amount:money} yuan for {year}, not the annual total of {annual:money} yuan",
    ),
    ("project.function-class-unknown", ""): (
        "支出功能分类科目 {code} 不在随附的功能分类科目表中（该表只收录了部分科目），请核对",
        "The functional classification {code} is not in the bundled list (which holds only some codes)",
    ),
    ("monitoring.as-of-invalid", ""): (
        "监控时点“{text}”不是有效日期",
        "The monitoring date “{text}” is not a valid date",
    ),
    ("monitoring.as-of-year", ""): (
        "监控时点 {text} 不在预算年度 {year} 年内",
        "The monitoring date {text} is not in the budget year {year}",
    ),
    ("monitoring.execution-behind", "yellow"): (
        "预算执行率 {rate}% 低于时间进度 {progress}% 的80%（{alert}），请说明原因和措施",
        "The execution rate of {rate}% is below 80% of the time progress, {progress}% ({alert}):"
        " state the cause and the measures",
    ),
    ("monitoring.execution-behind", "red"): (
        "预算执行率 {rate}% 低于时间进度 {progress}% 的60%（{alert}），请说明原因和措施",
        "The execution rate of {rate}% is below 60% of the time progress, {progress}% ({alert}):"
        " state the cause and the measures",
    ),
    ("monitoring.cause-missing", ""): (
        "“{name}”全年预计完成情况为{alert}，需填写偏差原因和纠偏措施",
        "“{name}” is forecast at {alert}: fill in the cause of the deviation and the corrective measures",
    ),
    ("monitoring.cause-other", ""): (
        "“{name}”的偏差原因“{cause}”不是监控表的分类之一（{causes:list}）",
        "“{name}”: the cause “{cause}” is not one of the form's categories ({causes:list})",
    ),
    # --- who declares ---------------------------------------------------------------------------------------
    ("project.name-empty", ""): (
        "没有填写项目名称",
        "The project name is not filled in",
    ),
    ("project.year-missing", ""): (
        "没有填写预算年度",
        "The budget year is not filled in",
    ),
    ("unit.name-empty", ""): (
        "没有填写实施单位名称",
        "The name of the implementing unit is not filled in",
    ),
    ("unit.code-missing", ""): (
        f"没有填写{_CODE[0]}",
        f"The {_CODE[1]} is not filled in",
    ),
    ("unit.code-invalid", ""): (
        f"{_CODE[0]}“{{code}}”无效（应为18位，且校验位正确）",
        f"The {_CODE[1]} “{{code}}” is invalid (it has 18 characters and a correct check character)",
    ),
    ("contact.phone-invalid", ""): (
        "{where:field}“{phone}”不像手机号（11位）或固定电话（如0871-12345678）",
        "{where:field} “{phone}” does not look like a mobile number (11 digits) or a landline (such as 0871-12345678)",
    ),
    ("signatures.missing", ""): (
        "没有填写{where:field}",
        "{where:field} is not filled in",
    ),
    ("signatures.date-invalid", ""): (
        f"{_DATE[0]}“{{date}}”不是有效日期",
        f"The {_DATE[1]} “{{date}}” is not a valid date",
    ),
    ("signatures.date-late", ""): (
        f"{_DATE[0]} {{date}} 不在 {{year}} 预算年度开始之前",
        f"The {_DATE[1]} {{date}} is not before the {{year}} budget year begins",
    ),
    # --- texts ----------------------------------------------------------------------------------------------
    ("text.cell-limit", "field"): (
        "{where:place}有 {size:,} 个字符，超过 Excel 单元格上限 {limit:,} 个：保存为 xlsx 时会被拒绝（JSON、PDF 不受影响）",
        "{where:place} has {size:,} characters, more than the {limit:,} an Excel cell holds:"
        " saving as xlsx will be refused (JSON and PDF are not affected)",
    ),
    ("text.cell-limit", "line"): (
        "{name:line}的{part:part}有 {size:,} 个字符，超过 Excel 单元格上限 {limit:,} 个：保存为 xlsx 时会被拒绝"
        "（JSON、PDF 不受影响）",
        "{name:line}: the {part:part} has {size:,} characters, more than the {limit:,} an Excel cell holds:"
        " saving as xlsx will be refused (JSON and PDF are not affected)",
    ),
    ("text.arrangement-amount", ""): (
        "资金安排情况中写的 {stated:money} 元与测算合计 {total:money} 元不符",
        "The funding arrangement states {stated:money} yuan, but the cost breakdown totals {total:money} yuan",
    ),
    ("text.notes-breakdown", "missing-line"): (
        "预算绩效说明第{number}项在测算明细中没有对应的行",
        "Item {number} of the budget performance notes has no line in the cost breakdown",
    ),
    ("text.notes-breakdown", "amount"): (
        "预算绩效说明第{number}项为 {amount:money} 元，测算明细第{number}行为 {line_amount:money} 元",
        "Item {number} of the budget performance notes is {amount:money} yuan;"
        " line {number} of the cost breakdown is {line_amount:money} yuan",
    ),
    ("text.notes-breakdown", "count"): (
        "预算绩效说明列出 {listed} 项，测算明细有 {lines} 行",
        "The budget performance notes list {listed} items; the cost breakdown has {lines} lines",
    ),
    # --- indicators (绩效指标) ------------------------------------------------------------------------------
    ("indicator.matrix-empty", ""): (
        "{period:period}绩效指标表是空的",
        "The {period:period} indicator table is empty",
    ),
    ("indicator.mostly-qualitative", ""): (
        "{period:period}指标中定量指标只有 {quantitative} 个（共 {count} 个），应以定量指标为主",
        "Only {quantitative} of the {count} {period:period} indicators are quantitative; most should be",
    ),
    ("indicator.level1-missing", ""): (
        "{period:period}指标缺少一级指标“{group}”",
        "The {period:period} indicators lack the level-1 indicator “{group}”",
    ),
    ("indicator.level2-missing", ""): (
        "{period:period}指标的“{group}”缺少二级指标“{sub}”",
        "“{group}” of the {period:period} indicators lacks the level-2 indicator “{sub}”",
    ),
    ("indicator.unknown-group", "level1"): (
        "一级指标“{level1}”不在“{scheme:scheme}”中",
        "The level-1 indicator “{level1}” is not in “{scheme:scheme}”",
    ),
    ("indicator.unknown-group", "level2"): (
        "二级指标“{level2}”不属于一级指标“{level1}”（{scheme:scheme}）",
        "The level-2 indicator “{level2}” does not belong to the level-1 indicator “{level1}” ({scheme:scheme})",
    ),
    ("indicator.name-empty", ""): (
        "三级指标没有填写名称",
        "The indicator has no name",
    ),
    ("indicator.duplicate", ""): (
        "指标“{name}”重复出现 {count} 次",
        "The indicator “{name}” appears {count} times",
    ),
    ("indicator.cost-empty", ""): (
        "成本指标“{name}”没有指标值",
        "The cost indicator “{name}” has no target",
    ),
    ("indicator.value-empty", ""): (
        "指标“{name}”没有指标值",
        "The indicator “{name}” has no target",
    ),
    ("indicator.percent-range", ""): (
        "指标“{name}”的百分比 {percent}% 超出 0–100",
        "The indicator “{name}” has the percentage {percent}%, outside 0–100",
    ),
    ("indicator.satisfaction-form", ""): (
        "满意度指标“{name}”一般应写成“≥某百分比”，如 ≥90%",
        "The satisfaction indicator “{name}” is usually written as “≥ a percentage”, such as ≥90%",
    ),
    ("indicator.cost-missing", ""): (
        "{period:period}指标没有成本指标",
        "The {period:period} indicators have no cost indicator",
    ),
    ("indicator.cost-not-money", ""): (
        "成本指标“{name}”应写明金额（元或万元）、单位成本（如 ≤2580元/人/月）或比率（如 ≤100%）",
        "The cost indicator “{name}” should state an amount (in 元 or 万元), a unit cost (such as ≤2580元 per"
        " person and month) or a rate (such as ≤100%)",
    ),
    ("indicator.cost-mismatch", ""): (
        "成本指标“{name}”为 {amount:money} 元，与{period:period}预算 {budget:money} 元不一致",
        "The cost indicator “{name}” is {amount:money} yuan, not the {period:period} budget of {budget:money} yuan",
    ),
    ("indicator.cost-mismatch", "parts"): (
        "{count} 个成本指标合计 {amount:money} 元，超过{period:period}预算 {budget:money} 元",
        "The {count} cost indicators add up to {amount:money} yuan, more than the {period:period} budget"
        " of {budget:money} yuan",
    ),
    ("indicator.output-qualitative", ""): (
        "产出指标“{name}”（{level2}）的指标值“{value}”是定性的，应写成可衡量的数值",
        "The output indicator “{name}” ({level2}) has the qualitative target “{value}”; it should be measurable",
    ),
    ("indicator.output-qualitative", "quantity"): (
        "数量指标“{name}”的指标值“{value}”没有数字（{level2}应写明数量，如 45个）",
        "The quantity indicator “{name}” has no number in its target “{value}” ({level2} states a count,"
        " such as 45 communities)",
    ),
    ("indicator.vague-value", ""): (
        "指标“{name}”的指标值“{value}”只是笼统的表述，无法衡量；应写明程度或数值",
        "The target “{value}” of the indicator “{name}” is a vague phrase that cannot be measured;"
        " state a figure or a degree",
    ),
    ("indicator.operator-direction", "cost"): (
        "成本指标“{name}”用了“{operator}”：成本应是上限（≤）",
        "The cost indicator “{name}” uses “{operator}”: a cost is a ceiling (≤)",
    ),
    ("indicator.operator-direction", "higher"): (
        "指标“{name}”用了“{operator}”：这类比率越高越好，应为下限（≥）",
        "The indicator “{name}” uses “{operator}”: such a rate is better higher, so it is a floor (≥)",
    ),
    ("indicator.operator-direction", "lower"): (
        "指标“{name}”用了“{operator}”：投诉、事故一类越少越好，应为上限（≤）",
        "The indicator “{name}” uses “{operator}”: complaints and accidents are better fewer, so it is a ceiling (≤)",
    ),
    ("indicator.placeholder", ""): (
        "{where:place}“{text}”中留有占位符“{mark}”，应填写实际内容",
        "{where:place} “{text}” still holds the placeholder “{mark}”; fill in the real content",
    ),
    ("indicator.timeliness-period", "annual"): (
        "时效指标“{name}”的时间“{value}”晚于 {year} 预算年度",
        "The timeliness indicator “{name}” names “{value}”, after the {year} budget year",
    ),
    ("indicator.timeliness-period", "term"): (
        "时效指标“{name}”的时间“{value}”晚于项目期结束的 {year} 年",
        "The timeliness indicator “{name}” names “{value}”, after the project ends in {year}",
    ),
    ("indicator.name-unit", "rate"): (
        "指标“{name}”是比率，指标值“{value}”却不是百分比",
        "The indicator “{name}” is a rate, but its target “{value}” is not a percentage",
    ),
    ("indicator.name-unit", "count"): (
        "指标“{name}”是数量，指标值“{value}”却没有计量单位（个、人、次…）",
        "The indicator “{name}” is a count, but its target “{value}” has no counting unit (items, persons, times…)",
    ),
    ("indicator.multi-in-row", ""): (
        "“{name}”一行写了 {count} 个指标，应分行填写，各有指标值",
        "“{name}” packs {count} indicators into one row; give each its own row and target",
    ),
    ("indicator.annual-exceeds-mid-term", ""): (
        "年度指标“{name}”的指标值 {annual} 大于中期指标值 {mid_term}",
        "The annual target {annual} of “{name}” is larger than its mid-term target {mid_term}",
    ),
    ("goal.unsupported-number", ""): (
        "年度目标中的“{quantity}”没有对应的年度绩效指标",
        "“{quantity}” in the annual goals is carried by no annual indicator",
    ),
    ("indicator.unknown-scheme", ""): (
        "未知的指标体系“{scheme}”（可用：{known:list}）",
        "Unknown indicator scheme “{scheme}” (available: {known:list})",
    ),
    # --- the year-end self-evaluation (自评表) ----------------------------------------------------------------
    ("selfeval.actual-unreadable", "number"): (
        "指标“{name}”的实际完成值“{actual}”不是数字，无法与指标值“{target}”比较",
        "The actual value “{actual}” of the indicator “{name}” is not a number and cannot be compared with"
        " the target “{target}”",
    ),
    ("selfeval.actual-unreadable", "unit"): (
        "指标“{name}”的实际完成值“{actual}”与指标值“{target}”的单位不同，无法比较",
        "The actual value “{actual}” of the indicator “{name}” is in another unit than the target “{target}”",
    ),
    ("selfeval.actual-unreadable", "grade"): (
        "定性指标“{name}”的实际完成值应为达成、部分达成或未达成，而不是“{actual}”",
        "The qualitative indicator “{name}” takes achieved, partly achieved or not achieved as its actual value,"
        " not “{actual}”",
    ),
    ("selfeval.actual-unreadable", "target"): (
        "指标“{name}”没有可比较的指标值（“{target}”），实际完成值“{actual}”无法计分",
        "The indicator “{name}” has no target to compare with (“{target}”); the actual value “{actual}”"
        " cannot be scored",
    ),
    ("selfeval.score-band", ""): (
        "定性指标“{name}”评为{grade}，得分 {score} 应在 {low}–{high} 分之间",
        "The qualitative indicator “{name}” is graded {grade}; its score {score} should lie between {low} and {high}",
    ),
    ("selfeval.score-band", "missing"): (
        "定性指标“{name}”已评定等级，但没有填写得分",
        "The qualitative indicator “{name}” has a grade but no score",
    ),
    ("selfeval.deviation-missing", ""): (
        "指标“{name}”得分 {score} 低于分值 {weight}，应填写偏差原因分析及改进措施",
        "The indicator “{name}” scores {score} of {weight}: give the reasons for the shortfall and the remedies",
    ),
    ("selfeval.weights-sum", ""): (
        "自评各项分值合计 {total} 分，应为 100 分",
        "The weights of the self-evaluation add up to {total}, not 100",
    ),
    # --- next year's declaration (rollover) -----------------------------------------------------------------
    ("rollover.stale-year", ""): (
        "{where:place}提到 {year} 年，请核对是否需要改为新年度：{excerpt}",
        "{where:place} mentions {year}; check whether it should name the new year: {excerpt}",
    ),
    ("rollover.mid-term-ended", ""): (
        "{where:place}写明的中期 {period} 到 {year} 年已经结束，中期资金和中期指标需要重新确定",
        "The mid-term period {period} written in {where:place} has ended by {year}:"
        " the mid-term funding and indicators need a new period",
    ),
    # --- what the readers noticed (file.*) ------------------------------------------------------------------
    ("file.cost-total-stated", ""): (
        "文件中写明的合计 {stated:money} 元与各行金额之和 {total:money} 元不符，已按各行金额重新合计",
        "The file states a total of {stated:money} yuan, but its lines add up to {total:money} yuan;"
        " the total was recomputed from the lines",
    ),
    ("file.cost-total-stated", "cell"): (
        "{cell} 写明的合计 {stated:money} 元与各行金额之和 {total:money} 元不符，已按各行金额重新合计",
        "{cell} states a total of {stated:money} yuan, but the lines add up to {total:money} yuan;"
        " the total was recomputed from the lines",
    ),
    ("file.anchor-missing", ""): (
        "本程序保存的工作簿缺少定位名称 {name}，已按栏目名称读取",
        "The workbook saved by this program lacks the defined name {name}; it was read by its labels",
    ),
    ("file.anchor-broken", "name"): (
        "定位名称 {name} 已失效（{target}），已按栏目名称读取",
        "The defined name {name} no longer points at a cell ({target}); the workbook was read by its labels",
    ),
    ("file.anchor-broken", "header"): (
        "测算明细表的表头已被改动，已按栏目名称读取",
        "The header of the cost breakdown table was changed; the workbook was read by its labels",
    ),
    ("file.formula", "cached"): (
        "{cell} 的公式 {formula} 按表格程序算出的值 {value} 读取",
        "The formula {formula} in {cell} was read as {value}, the value the spreadsheet program computed",
    ),
    ("file.formula", "failed"): (
        "{cell} 的公式 {formula} 无法计算，已按空值读取",
        "The formula {formula} in {cell} cannot be calculated; it was read as empty",
    ),
    ("file.not-a-number", ""): (
        "{cell} 的“{text}”不是数字，已按空值读取",
        "“{text}” in {cell} is not a number; it was read as empty",
    ),
    ("file.unplaced", ""): (
        "{where} 的内容“{text}”未能对应到申报书的栏目，未读入",
        "“{text}” in {where} matches no field of the declaration; it was not read",
    ),
    ("file.unplaced", "more"): (
        "{where} 至 {last} 另有 {count:,} 个单元格的内容未能对应到申报书的栏目，未读入",
        "From {where} to {last}, {count:,} more cells match no field of the declaration; they were not read",
    ),
    ("file.unplaced", "block"): (
        "{where} 至 {last} 的 {count:,} 个单元格（自“{text}”起）未能对应到申报书的栏目，未读入",
        "From {where} to {last}, {count:,} cells (starting with “{text}”) match no field of the declaration;"
        " they were not read",
    ),
    ("file.read", ""): (
        "工作表“{sheet}”：读入 {fields:,} 个栏目、{funding:,} 项资金、{costs:,} 行测算明细、{indicators:,} 行绩效指标",
        "Sheet “{sheet}”: {fields:,} fields, {funding:,} funding amounts, {costs:,} cost lines and"
        " {indicators:,} indicator rows were read",
    ),
    ("file.unplaced", "unit"): (
        "{cell} 旁的单位“{unit}”没有数值，未读入",
        "The unit “{unit}” beside {cell} has no number; it was not read",
    ),
    ("file.unplaced", "unit-name"): (
        "{where}：绩效目标表的实施单位“{value}”与申报书的单位名称“{unit_name}”不同，已采用申报书的",
        "{where}: the implementing unit “{value}” of the performance targets differs from the unit name"
        " “{unit_name}” of the declaration; the declaration's was kept",
    ),
    ("file.unplaced", "conflict"): (
        "{where}：“{value}”与前面读到的{label}不同，未采用",
        "{where}: “{value}” differs from the “{label}” read before; it was not used",
    ),
    ("file.unread", ""): (
        "{cells}：{what}未能从文件读出（GridBudget 没有读懂这一部分，不是原表的问题）",
        "{cells}: {what} could not be read from the file (GridBudget did not understand this part; it is not a"
        " fault of the form)",
    ),
    ("file.unread", "process"): (
        "{cells}：自“{text}”起的项目决策、项目管理等过程评价行不是项目的绩效指标，未读入；这张表的分值合计不计为原表的问题",
        "{cells}: the process rows from “{text}” on (project decision, project management) are no indicators of the project and were not"
        " read; the table's score total is not a fault of the form",
    ),
    ("file.unread", "upper-level"): (
        "{cells}：其中上级财政资金 {amount:money} 元，原表没有写明来自中央、省级还是市级财政，"
        "本程序的资金来源表没有“上级”一栏，未计入任何来源（总投入照原表读入）",
        "{cells}: {amount:money} yuan of it is money from higher levels (a higher-level grant); the form does not say whether"
        " central, provincial or municipal, and the funding table has no such column, so it is in no source"
        " (the total is read as the form states it)",
    ),
    ("file.unread", "level"): (
        "{cells}：财政拨款 {amount:money} 元，按项目名称、表题或单位是上级（省、市、中央）的资金，"
        "原表没有写明计入哪一栏，未计入任何来源（总投入照原表读入）",
        "{cells}: {amount:money} yuan of budget appropriation that the project's name, the title or the body says is"
        " higher-level money (provincial, municipal, central); the form does not say which column, so it is in no"
        " source (the total is read as the form states it)",
    ),
    ("file.unread-check", ""): (
        "未能从文件读出此处，以下检查不计为原表的问题：{check}",
        "This part could not be read from the file, so this check is not a fault of the form: {check}",
    ),
    ("file.unread-check", "absent"): (
        "原表没有这一部分，以下检查不计为原表的问题：{check}",
        "The form has no such part, so this check is not a fault of the form: {check}",
    ),
    ("file.absent", ""): (
        "原表没有“{part}”这一部分（一年期的表），未读入",
        "The form has no “{part}” part (a form for one year); nothing was read for it",
    ),
    ("file.absent", "cost"): (
        "原表没有“{part}”这一部分（测算明细属于项目申报书，这份表不含），未读入",
        "The form has no “{part}” part (the cost breakdown belongs to the project declaration, which this form is"
        " not); nothing was read for it",
    ),
    ("file.absent", "funding"): (
        "原表没有“{part}”这一部分（这份表不列资金），未读入",
        "The form has no “{part}” part (it states no funding); nothing was read for it",
    ),
    ("file.absent", "field"): (
        "原表没有“{part}”一栏，未读入",
        "The form has no “{part}” field; nothing was read for it",
    ),
    ("file.absent", "funding-compare"): (
        "原表不列资金，测算明细合计无从与资金总额核对",
        "The form states no funding: the cost breakdown's total has nothing to be compared with",
    ),
    ("file.blank", ""): (
        "原表未填：“{label}”一栏是空的",
        "Left blank in the form: the field “{label}” is empty",
    ),
    ("file.guessed", "unit"): (
        "{cells}：原表没有写明金额单位，“{label}”的金额按{unit}读入",
        "{cells}: the form states no unit of amount; the amount of “{label}” was read in {unit}",
    ),
    ("file.guessed", "unit-funding"): (
        "{cells}：原表没有写明金额单位，“{label}”的金额按万元读入（各行合计按万元与资金总额相符）",
        "{cells}: the form states no unit of amount; the amounts of “{label}” were read in 万元 (so read, their"
        " total equals the funding's)",
    ),
    ("file.guessed", "unit-form"): (
        "{cells}：原表没有写明金额单位，“{label}”的金额按万元读入（原表的资金以万元填写）",
        "{cells}: the form states no unit of amount; the amounts of “{label}” were read in 万元 (the form states"
        " its funding in 万元)",
    ),
    ("file.guessed", "unit-size"): (
        "{cells}：原表没有写明金额单位，“{label}”的金额按万元读入（按元读，各行合计不足一万元，不像一个项目的预算）",
        "{cells}: the form states no unit of amount; the amounts of “{label}” were read in 万元 (read in yuan, they"
        " would add up to less than 10,000 yuan, no project's budget)",
    ),
    ("file.guessed", "scheme"): (
        "{cells}：原表没有写明采用哪套指标体系，按其一级指标读作“{scheme}”",
        "{cells}: the form does not name its indicator scheme; from its level-1 groups it was read as “{scheme}”",
    ),
    ("file.guessed", "value-column"): (
        "{cells}：表头“{label}”未能识别，按其下的内容（数字、单位、百分比）读作指标值",
        "{cells}: the heading “{label}” was not recognised; from what lies under it (figures, units, percentages)"
        " it was read as the target values",
    ),
    ("file.summary", ""): (
        "读取摘要：读入 {items:,} 项（栏目 {fields:,}、资金 {funding:,}、测算明细 {costs:,}、绩效指标 {indicators:,}），"
        "未读懂 {skipped:,} 块，未能读出 {unread:,} 处",
        "Reading: {items:,} items read ({fields:,} fields, {funding:,} funding amounts, {costs:,} cost lines,"
        " {indicators:,} indicator rows), {skipped:,} blocks not understood, {unread:,} parts not read",
    ),
    ("file.cost-line", ""): (
        "项目实施内容中的“{line}”无法识别为测算明细，已保留在文字中",
        "“{line}” in the project content could not be read as a cost line; it was kept in the text",
    ),
}
"""(rule id, variant) → (Chinese template, English template)."""

SEVERITY_WORDS: dict[str, tuple[str, str]] = {
    "error": ("错误", "error"),
    "warning": ("警告", "warning"),
    "info": ("提示", "info"),
}
"""A severity's name in each language."""


def _written(value: Any, spec: str, lang: Language) -> str:
    """One argument written as the format spec of this module says (``money``, ``period``…)."""
    match spec:
        case "money":
            return format_money(Decimal(value))
        case "line":
            if str(value).strip():
                return f"“{value}”"
            return "未命名的支出" if lang == "zh" else "an unnamed expense"
        case "part":
            return pick(LINE_PARTS[value], lang) if value in LINE_PARTS else str(value)
        case "period":
            return period_word(value, lang)
        case "source":
            return source_word(value, lang)
        case "field":
            return pick(FIELD_NAMES[str(value)], lang)
        case "place":
            return describe_place(value, lang)
        case "scheme":
            return str(value) if lang == "zh" else SCHEMES_EN.get(value, str(value))
        case "list":
            return ("、" if lang == "zh" else ", ").join(value)
        case "problem":
            return str(value.text(lang))
    return format(value, spec)


_OWN_SPECS = frozenset(("money", "line", "part", "period", "source", "field", "place", "scheme", "list", "problem"))


@cache
def _compiled(rule: str, variant: str, lang: Language) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """The template with this module's specs taken out (``{amount:money}`` → ``{amount__money}``, written
    beforehand), so that ``str.format_map`` does the rest at C speed: the template and (name, spec, key)."""
    text = pick(CATALOGUE[rule, variant], lang)
    parts: list[str] = []
    own: list[tuple[str, str, str]] = []
    for literal, name, spec, conversion in string.Formatter().parse(text):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if spec in _OWN_SPECS:
            key = f"{name}__{spec}"
            own.append((name, spec, key))
            parts.append("{" + key + "}")
        else:
            parts.append("{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}")
    return "".join(parts), tuple(own)


def template(rule: str, variant: str = "", lang: str = "zh") -> str:
    """The template of ``rule`` (and ``variant``) in ``lang``; KeyError when the catalogue has none."""
    return pick(CATALOGUE[rule, variant], language_of(lang))


def render_message(rule: str, variant: str, args: Mapping[str, Any], lang: str = "zh") -> str:
    """The text of a message in ``lang`` from its rule, variant and arguments (``where`` among them)."""
    language = language_of(lang)
    text, own = _compiled(rule, variant, language)
    if own:
        args = dict(args)
        for name, spec, key in own:
            args[key] = _written(args[name], spec, language)
    text = text.format_map(args)
    if language == "en" and text[:1].islower():  # a template may open on a place or a line (“the note in…”)
        text = text[0].upper() + text[1:]
    return text


def render(finding: Finding, lang: str = "zh") -> str:
    """The finding in words, in ``lang`` (``zh``, the default, or ``en``)."""
    return render_message(finding.rule, finding.variant, {**finding.args, "where": finding.where}, lang)


def severity_word(severity: str, lang: str = "zh") -> str:
    """A severity (``error``, ``warning``, ``info``) in ``lang``: 错误 / error."""
    return pick(SEVERITY_WORDS[severity], language_of(lang))
