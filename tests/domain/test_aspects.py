"""Every rule answers one of the reviewer's four questions, as docs/rules.md says, and ``check --json`` gives it."""

from __future__ import annotations

import re

from gridbudget_gui.domain.aspects import ASPECTS, RULE_ASPECTS, aspect_of, aspect_word
from gridbudget_gui.domain.findings import warning
from gridbudget_gui.domain.place import Place
from tests.conftest import REPO
from tests.domain.test_rules import rules_in_code


def _readme_aspects() -> dict[str, str]:
    text = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    section = text.split("## The reviewer's four questions\n", 1)[1].split("\n## ", 1)[0]
    found: dict[str, str] = {}
    for aspect, rules in re.findall(r"^- \*\*(\S+)\*\* \([^)]*\): (.+)$", section, re.MULTILINE):
        for rule in re.findall(r"`([^`]+)`", rules):
            assert rule not in found, f"{rule} listed twice"
            found[rule] = aspect
    return found


def test_every_rule_of_the_code_has_its_own_aspect() -> None:
    assert sorted(set(rules_in_code()) - RULE_ASPECTS.keys()) == []
    assert sorted(RULE_ASPECTS.keys() - set(rules_in_code())) == []
    assert set(RULE_ASPECTS.values()) == set(ASPECTS)


def test_docs_list_the_same_aspects() -> None:
    assert _readme_aspects() == RULE_ASPECTS


def test_aspect_of_a_rule_and_of_a_new_one() -> None:
    assert aspect_of("indicator.cost-empty") == "完整性"
    assert aspect_of("indicator.vague-value") == "相关性"
    assert aspect_of("cost.total-funding") == "适当性"
    assert aspect_of("cost.amount-mismatch") == "可行性"
    assert aspect_of("file.some-new-note") == "完整性"  # a rule added later goes by its prefix
    assert aspect_word("适当性", "en") == "Appropriateness" and aspect_word("适当性") == "适当性"


def test_check_json_gives_the_aspect_beside_the_rule() -> None:
    found = warning("indicator.vague-value", Place.indicator("annual", 6, "value"), name="n", value="得到提升")
    data = found.to_json()
    assert list(data)[:3] == ["severity", "rule", "aspect"]
    assert data["aspect"] == "相关性"
