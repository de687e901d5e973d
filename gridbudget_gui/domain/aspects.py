"""The reviewer's four questions (财预〔2015〕88号 on reviewing performance targets), and which each rule asks.

完整性  nothing is missing: every field, group and target is filled in, nothing is left as a placeholder;
相关性  the targets fit the job and are measurable: indicators refined and quantified, pointing the right way;
适当性  the money matches the targets: costs, funding and the cost indicator agree;
可行性  the reckoning is reasoned: the 测算 adds up, months and dates fit the budget year.
"""

from __future__ import annotations

ASPECTS: tuple[str, ...] = ("完整性", "相关性", "适当性", "可行性")
"""The four questions, in the order a review report takes them."""

ASPECT_WORDS: dict[str, tuple[str, str]] = {
    "完整性": ("完整性", "Completeness"),
    "相关性": ("相关性", "Relevance"),
    "适当性": ("适当性", "Appropriateness"),
    "可行性": ("可行性", "Feasibility"),
}
"""An aspect in Chinese and in English."""

_RULES: dict[str, tuple[str, ...]] = {
    "完整性": (
        "cost.name-empty",
        "cost.no-lines",
        "funding.annual-empty",
        "funding.mid-term-empty",
        "indicator.matrix-empty",
        "indicator.level1-missing",
        "indicator.level2-missing",
        "indicator.name-empty",
        "indicator.value-empty",
        "indicator.cost-empty",
        "indicator.cost-missing",
        "indicator.placeholder",
        "indicator.unknown-scheme",
        "indicator.multi-in-row",
        "project.name-empty",
        "project.year-missing",
        "unit.name-empty",
        "unit.code-missing",
        "unit.code-invalid",
        "contact.phone-invalid",
        "signatures.missing",
        "signatures.date-invalid",
        "signatures.date-late",
        "text.cell-limit",
        "file.cost-total-stated",
        "file.anchor-missing",
        "file.anchor-broken",
        "file.formula",
        "file.not-a-number",
        "file.unplaced",
        "file.cost-line",
        "file.read",
        "file.unread",
        "file.unread-check",
        "file.absent",
        "file.blank",
        "file.guessed",
        "file.summary",
        "selfeval.actual-unreadable",
        "selfeval.deviation-missing",
        "cost.economic-class-unknown",
        "cost.procurement-unknown",
        "cost.procurement-unmarked",
        "project.function-class-unknown",
        "monitoring.as-of-invalid",
        "monitoring.as-of-year",
        "monitoring.cause-missing",
        "monitoring.cause-other",
    ),
    "相关性": (
        "indicator.unknown-group",
        "indicator.duplicate",
        "indicator.satisfaction-form",
        "indicator.mostly-qualitative",
        "indicator.output-qualitative",
        "indicator.vague-value",
        "indicator.operator-direction",
        "indicator.name-unit",
        "goal.unsupported-number",
        "rollover.stale-year",
    ),
    "适当性": (
        "cost.total-funding",
        "funding.annual-exceeds-mid-term",
        "indicator.cost-not-money",
        "indicator.cost-mismatch",
        "indicator.annual-exceeds-mid-term",
        "text.arrangement-amount",
        "text.notes-breakdown",
        "selfeval.weights-sum",
        "selfeval.score-band",
        "cost.economic-class-capital",
        "cost.economic-class-service",
        "cost.economic-class-wages",
        "funding.years-total",
        "funding.years-first",
        "monitoring.execution-behind",
    ),
    "可行性": (
        "cost.negative",
        "cost.expression-invalid",
        "cost.expression-mismatch",
        "cost.amount-mismatch",
        "cost.amount-zero",
        "cost.month-words",
        "cost.months-over-year",
        "funding.negative",
        "funding.total-sources",
        "indicator.percent-range",
        "indicator.timeliness-period",
        "rollover.mid-term-ended",
    ),
}

RULE_ASPECTS: dict[str, str] = {rule: aspect for aspect, rules in _RULES.items() for rule in rules}
"""Rule id → the question it answers."""

_BY_PREFIX = {"file": "完整性", "cost": "可行性", "funding": "适当性", "indicator": "相关性", "goal": "相关性"}


def aspect_of(rule: str) -> str:
    """The aspect (完整性, 相关性, 适当性 or 可行性) of a rule id; a rule not in the table goes by its prefix."""
    return RULE_ASPECTS.get(rule) or _BY_PREFIX.get(rule.split(".", 1)[0], "完整性")


def aspect_word(aspect: str, lang: str = "zh") -> str:
    """An aspect in ``lang``: 完整性 / Completeness."""
    words = ASPECT_WORDS.get(aspect, (aspect, aspect))
    return words[1] if lang.lower().startswith("en") else words[0]
