"""Rules on the year-end self-evaluation (自评表): only once the document is one (an actual or 执行数 filled in).

A declaration carries no actuals, so these never speak before the year end; ``scoring.in_self_evaluation`` decides.
"""

from __future__ import annotations

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, error, warning
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.scoring import HUNDRED, evaluate, grade_band, in_self_evaluation, plain


def check_self_evaluation(document: Document) -> list[Finding]:
    """The findings on the self-evaluation: unreadable actuals, scores outside their band, missing reasons,
    weights that do not add up to 100."""
    if not in_self_evaluation(document):
        return []
    evaluation = evaluate(document)
    findings: list[Finding] = []
    rows = document.indicators.annual
    for item in evaluation.indicators:
        row = rows[item.row]
        at = Place.indicator("annual", item.row, "actual")
        if item.problem in ("number", "unit", "grade", "target"):
            findings.append(_unreadable(item.problem, at, row.name, row.actual.strip(), row.value.strip()))
        elif item.problem == "band":
            low, high = grade_band(item.actual, item.weight)
            findings.append(
                error(
                    "selfeval.score-band",
                    Place.indicator("annual", item.row, "score"),
                    name=row.name,
                    grade=item.actual,
                    score=row.score.strip(),
                    low=plain(low),
                    high=plain(high),
                )
            )
        elif item.problem == "score-missing":
            findings.append(
                error(
                    "selfeval.score-band",
                    Place.indicator("annual", item.row, "score"),
                    variant="missing",
                    name=row.name,
                )
            )
        if item.needs_deviation and not row.deviation.strip():
            findings.append(
                warning(
                    "selfeval.deviation-missing",
                    Place.indicator("annual", item.row, "deviation"),
                    name=row.name,
                    score=str(item.score),
                    weight=plain(item.weight),
                )
            )
    if evaluation.weights_total != HUNDRED:
        findings.append(error("selfeval.weights-sum", Place.indicator("annual"), total=plain(evaluation.weights_total)))
    return findings


def _unreadable(problem: str, at: Place, name: str, actual: str, target: str) -> Finding:
    """``selfeval.actual-unreadable`` in the wording of its cause (each variant written out for the catalogue)."""
    if problem == "unit":
        return error("selfeval.actual-unreadable", at, variant="unit", name=name, actual=actual, target=target)
    if problem == "grade":  # 已完成, 有效: the result is stated, in words the 自评表's three grades do not use
        return warning("selfeval.actual-unreadable", at, variant="grade", name=name, actual=actual)
    if problem == "target":
        return error("selfeval.actual-unreadable", at, variant="target", name=name, actual=actual, target=target)
    return error("selfeval.actual-unreadable", at, variant="number", name=name, actual=actual, target=target)
