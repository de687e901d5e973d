"""Score a reading of the form corpus (tests/data/forms/corpus) against each form's expected values.

An item is one field, one funding amount, one cost line or one indicator row. Something read that the form
does not hold (a footnote read as an indicator, a funding amount that is not there) counts as an item
read wrongly, so a reader cannot score by reading everything.

``python -m tests.io.form_corpus`` prints the score of the package on PYTHONPATH.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from gridbudget_gui.domain.document import Document, Indicator

CORPUS = Path(__file__).resolve().parent.parent / "data" / "forms" / "corpus"
REAL = CORPUS.parent / "real"
"""Published forms reproduced cell by cell (make_real_forms.py); a third of them sealed (REAL / README.md)."""


@dataclass
class Score:
    """Items read right out of all the items of one form (or the corpus), and what was missed."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        """Count one item."""
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(what)


def corpus_files(folder: Path = CORPUS) -> list[Path]:
    """Every form of the corpus (or of ``folder``), in name order."""
    return sorted(p for p in folder.iterdir() if p.name != "README.md" and not p.name.endswith(".expected.json"))


def real_files(part: str) -> list[Path]:
    """The published forms of one part as the README of tests/data/forms/real lists them: "open", "sealed",
    "late" (found after the reader was changed) of the first set; "new" (the second set, every batch),
    "new-open" and "new-sealed" (a third of each batch, sealed when it arrived); "third" (the third set, held out
    whole)."""
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    listed = {
        name: set(readme.split(f"<!-- {name} -->")[1].split(f"<!-- /{name} -->")[0].split())
        for name in ("sealed", "late", "new", "new-sealed", "third")
    }
    listed["new-open"] = listed["new"] - listed["new-sealed"]
    held = listed["sealed"] | listed["late"] | listed["new"] | listed["third"]
    if part in listed:
        return [p for p in corpus_files(REAL) if p.name in listed[part]]
    return [p for p in corpus_files(REAL) if p.name not in held]


def expected_of(path: Path) -> dict[str, object]:
    """The expected values of one form."""
    data: dict[str, object] = json.loads(path.with_name(path.name + ".expected.json").read_text(encoding="utf-8"))
    return data


def _field(document: Document, key: str) -> object:
    if key.startswith("goals."):
        return getattr(document.goals, key.split(".")[1])
    target: object = document
    for part in key.split("."):
        target = getattr(target, part)
    return target


def _indicator_matches(indicator: Indicator, wanted: object) -> bool:
    if isinstance(wanted, list):
        wanted = dict(zip(("level1", "level2", "name", "value"), wanted, strict=True))
    assert isinstance(wanted, dict)
    return all(getattr(indicator, key) == value for key, value in wanted.items())


def score_document(document: Document | None, expected: dict[str, object]) -> Score:
    """Score one reading (None: the file was refused) against its expected values."""
    score = Score()
    fields = expected.get("fields", {})
    assert isinstance(fields, dict)
    for key, value in fields.items():
        got = _field(document, key) if document is not None else None
        score.add(got == value, f"{key}: {got!r} ≠ {value!r}")
    funding = expected.get("funding", {})
    assert isinstance(funding, dict)
    for period in ("mid_term", "annual"):
        for source in ("total", "central", "provincial", "municipal", "county", "other"):
            key = f"{period}.{source}"
            got = getattr(document.funding.row(period), source) if document is not None else None
            if key in funding:
                score.add(got == Decimal(funding[key]), f"funding {key}: {got} ≠ {funding[key]}")
            elif got:
                score.add(False, f"funding {key}: {got} read, not in the form")
    costs = expected.get("costs", [])
    assert isinstance(costs, list)
    items = document.cost_items if document is not None else []
    for index in range(max(len(costs), len(items))):
        wanted = costs[index] if index < len(costs) else None
        got_item = items[index] if index < len(items) else None
        ok = wanted is not None and got_item is not None and [got_item.name, str(got_item.amount)] == wanted
        score.add(ok, f"cost line {index + 1}: {got_item and (got_item.name, str(got_item.amount))} ≠ {wanted}")
    matrices = expected.get("indicators", {})
    assert isinstance(matrices, dict)
    for period in ("mid_term", "annual"):
        rows = matrices.get(period, [])
        got_rows = getattr(document.indicators, period) if document is not None else []
        for index in range(max(len(rows), len(got_rows))):
            wanted = rows[index] if index < len(rows) else None
            got_row = got_rows[index] if index < len(got_rows) else None
            ok = wanted is not None and got_row is not None and _indicator_matches(got_row, wanted)
            shown = got_row and (got_row.level1, got_row.level2, got_row.name, got_row.value)
            score.add(ok, f"{period} indicator {index + 1}: {shown} ≠ {wanted}")
    return score


def score_file(path: Path) -> Score:
    """Open one form of the corpus the way the window does and score it."""
    from gridbudget_gui.io.document_file import DocumentError
    from gridbudget_gui.io.formats import load_document

    try:
        document: Document | None = load_document(path).document
    except DocumentError as problem:
        document = None
        refused = str(problem)
    score = score_document(document, expected_of(path))
    if document is None:
        score.misses.insert(0, f"refused: {refused}")
    return score


def main() -> None:
    """Print each form's score and the corpus's (``--real open`` or ``--real sealed``: that part of the
    published forms)."""
    whole = Score()
    paths = real_files(sys.argv[sys.argv.index("--real") + 1]) if "--real" in sys.argv else corpus_files()
    for path in paths:
        score = score_file(path)
        whole.right += score.right
        whole.total += score.total
        print(f"{path.name:40} {score.right:3}/{score.total:3}")
        for miss in score.misses if "-v" in sys.argv else []:
            print("      ", miss[:150])
    print(f"{'corpus':40} {whole.right:3}/{whole.total:3} = {100 * whole.right / whole.total:.1f} %")


if __name__ == "__main__":
    main()
