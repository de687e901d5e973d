"""One table of labels: each field's label is written in domain/labels.py, and the rest of the code takes it there."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from gridbudget_gui.domain import labels, messages, place_words
from gridbudget_gui.domain.labels import in_sentence, label, printed, qualified

PACKAGE = Path(__file__).resolve().parents[2] / "gridbudget_gui"
WATCHED = ("统一社会信用代码", "填报日期", "联系电话", "项目负责人", "法定代表人", "立项依据")
"""The labels issue 29 counted in the most modules (填报日期 in 12, 立项依据 in 10, 项目负责人 in 8 …)."""
EXEMPT = frozenset(("io/form/labels.py", "io/form/fields.py", "ui/help.py"))
"""The form reader's synonyms (the ways other people's files spell a label) and the help's prose."""


def _modules_spelling(text: str) -> list[str]:
    """The modules under gridbudget_gui, outside ``EXEMPT``, whose source holds ``text`` anywhere (code,
    docstring or comment; inside a longer label too: 单位联系电话 spells 联系电话)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name not in EXEMPT and text in path.read_text(encoding="utf-8"):
            found.append(name)
    return found


@pytest.mark.parametrize("text", WATCHED)
def test_a_label_is_spelled_in_one_module(text: str) -> None:
    assert _modules_spelling(text) == ["domain/labels.py"]


def test_the_count_sees_a_label_where_one_is_written() -> None:
    """The count above can fail: labels.py itself spells every watched label."""
    source = (PACKAGE / "domain" / "labels.py").read_text(encoding="utf-8")
    assert all(text in source for text in WATCHED)


def test_the_three_forms_of_a_label_fall_back_in_turn() -> None:
    assert label("project.basis_kind") == "项目立项依据（类别）"
    assert printed("project.basis_kind") == qualified("project.basis_kind") == "项目立项依据"
    assert label("unit.phone") == printed("unit.phone") == "联系电话"
    assert qualified("unit.phone") == "单位联系电话"
    assert qualified("project.manager.phone", "en") == "Project manager's phone"
    assert label("unit.code", "en") == printed("unit.code", "en") == qualified("unit.code", "en")
    assert in_sentence("signatures.date", "en") == "date of filing"
    assert in_sentence("signatures.date") == "填报日期"
    assert label("cost.amount", "en_US") == "Amount (yuan)"
    assert label("page.cost_items") == "测算明细"
    with pytest.raises(KeyError):
        label("unit.fax")


def test_every_label_has_both_languages_and_a_field_none_twice_unqualified() -> None:
    tables = (labels.FIELDS, labels.PRINTED, labels.QUALIFIED, labels.OTHER_FIELDS, labels.COLUMNS, labels.PAGES)
    for table in tables:
        for key, pair in table.items():
            assert pair.zh.strip() and pair.en.strip() and pair.en.isascii(), key
    named = [qualified(key) for key in labels.FIELDS]
    assert len(named) == len(set(named)), "a message would name two fields alike"
    assert set(labels.PRINTED) <= set(labels.FIELDS)
    assert set(labels.QUALIFIED) <= set(labels.FIELDS) | set(labels.OTHER_FIELDS)


def test_the_old_names_are_chinese_views_of_the_table() -> None:
    assert {key: pair.zh for key, pair in labels.FIELDS.items()} == labels.FIELD_LABELS
    assert labels.COST_COLUMNS["amount"] == "金额（元）" and labels.factor_labels(0) == ("数量1", "单位1")
    assert labels.INDICATOR_COLUMNS["weight"] == "权重" and labels.indicator_field("分值") == "weight"
    assert list(labels.INDICATOR_COLUMNS)[:4] == ["level1", "level2", "name", "value"]


def test_messages_name_fields_and_pages_from_the_table() -> None:
    assert place_words.FIELD_NAMES["unit.phone"] == ("单位联系电话", "Unit phone")
    assert place_words.FIELD_NAMES["project.summary"] == ("项目概况", "Project summary")
    assert list(place_words.FIELD_NAMES) == list(labels.FIELDS)
    assert messages.template("unit.code-missing") == "没有填写统一社会信用代码"
    assert messages.template("signatures.date-invalid", lang="en") == "The date of filing “{date}” is not a valid date"
    assert place_words.describe_place("project.basis[1]") == "立项依据第 2 条"
    assert place_words.describe_place("project.basis[1]", "en") == "item 2 of the legal basis"
    assert place_words.place_trail("signatures.date", "en") == "Safeguards and signatures › Date of filing"


def test_the_form_reader_reads_every_canonical_label() -> None:
    """The reader's synonyms stay with the reader (io/form/labels.py); the table's labels are always among them."""
    from gridbudget_gui.io.form import labels as form_labels
    from gridbudget_gui.io.form.fields import SIGNATURE_WORDS

    read = (*form_labels.DECLARATION_LABELS, *form_labels.TARGETS_LABELS)
    for key in read:
        if key in labels.FIELDS or key in labels.OTHER_FIELDS:
            found = form_labels.label_key(printed(key))
            assert found is not None and found[0] in (key, "phone"), key
    assert {printed(key): key[11:] for key in labels.FIELDS if key.startswith("signatures.")}.items() <= (
        SIGNATURE_WORDS.items()
    )


def test_the_windows_translated_titles_agree_with_the_table() -> None:
    """The grids' column titles and the sidebar's pages are still translated through the .ts (contexts
    CostTableModel, IndicatorTableModel, PageTitles): their English must be the table's (the factor
    columns' trailing space aside: Qty 1)."""
    source = PACKAGE.parent / "resources" / "translations" / "gridbudget_en.ts"
    root = ElementTree.parse(source).getroot()
    contexts = {
        context.findtext("name"): {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
        for context in root.iter("context")
    }
    assert "FieldLabels" not in contexts, "the window takes the fields' English from domain.labels"
    where = {"cost": "CostTableModel", "indicator": "IndicatorTableModel", "page": "PageTitles"}
    compared = 0
    for key, pair in {**labels.COLUMNS, **labels.PAGES}.items():
        translation = contexts[where[key.split(".")[0]]].get(pair.zh)
        if translation is not None:
            assert translation.strip() == pair.en, key
            compared += 1
    assert compared >= 19


def test_the_self_evaluations_headers_are_the_official_forms() -> None:
    """One header for the xlsx, Word and PDF 自评表; the form's own word for the weight is 分值."""
    assert labels.SELF_EVALUATION_MONEY_HEADER == (
        "项目资金（元）",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    )
    assert labels.SELF_EVALUATION_INDICATOR_HEADER[3:6] == ("年度指标值", "实际完成值", "分值")
    assert labels.SELF_EVALUATION_INDICATOR_HEADER[-1] == labels.INDICATOR_COLUMNS["deviation"]
