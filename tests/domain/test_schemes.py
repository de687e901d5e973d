"""Indicator schemes: the classic and 2021 taxonomies of docs/form.md, as data."""

from __future__ import annotations

import pytest

from gridbudget_gui.domain.schemes import SCHEME_IDS, UnknownSchemeError, get_scheme, scheme_from_dict


def _layout(scheme_id: str) -> dict[str, list[str]]:
    return {group.name: group.level2_names() for group in get_scheme(scheme_id).groups}


def test_classic_is_the_seeds_scheme() -> None:
    assert _layout("classic") == {
        "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
        "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        "满意度指标": ["服务对象满意度指标"],
    }


def test_2021_makes_cost_a_level1_group_and_sustainability_optional() -> None:
    assert _layout("2021") == {
        "成本指标": ["经济成本指标", "社会成本指标", "生态环境成本指标"],
        "产出指标": ["数量指标", "质量指标", "时效指标"],
        "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        "满意度指标": ["服务对象满意度指标"],
    }


@pytest.mark.parametrize("scheme_id", SCHEME_IDS)
def test_required_groups(scheme_id: str) -> None:
    scheme = get_scheme(scheme_id)
    # Every level-1 group needs an indicator; 产出 needs 数量, 质量 and 时效.
    assert all(group.required for group in scheme.groups)
    output = scheme.group("产出指标")
    assert output is not None
    required = {sub.name for sub in output.level2 if sub.required}
    assert {"数量指标", "质量指标", "时效指标"} <= required
    assert scheme.satisfaction_level1 == "满意度指标"
    assert scheme.id == scheme_id


def test_cost_indicator_per_scheme() -> None:
    classic, modern = get_scheme("classic"), get_scheme("2021")
    assert classic.is_cost("产出指标", "成本指标")
    assert not classic.is_cost("产出指标", "数量指标")
    assert not classic.is_cost("成本指标", "经济成本指标")
    assert modern.is_cost("成本指标", "经济成本指标")
    assert modern.is_cost("成本指标", "")
    assert not modern.is_cost("产出指标", "成本指标")


def test_lookups() -> None:
    classic = get_scheme("classic")
    assert classic.level1_names() == ["产出指标", "效益指标", "满意度指标"]
    assert classic.level1_of("可持续影响指标") == "效益指标"
    assert get_scheme("2021").level1_of("可持续影响指标") == "效益指标"  # allowed, not required
    assert not next(sub for sub in get_scheme("2021").groups[2].level2 if sub.name == "可持续影响指标").required
    assert classic.group("成本指标") is None


@pytest.mark.parametrize("scheme_id", ["", "Classic", "2020", "../classic"])
def test_unknown_scheme(scheme_id: str) -> None:
    with pytest.raises(UnknownSchemeError):
        get_scheme(scheme_id)


def test_a_scheme_is_data() -> None:
    scheme = scheme_from_dict(
        {
            "id": "yunnan",
            "title": "云南省",
            "cost_level1": "成本指标",
            "cost_level2": None,
            "satisfaction_level1": "满意度指标",
            "groups": [
                {"level1": "成本指标", "required": False, "level2": [{"name": "经济成本指标", "required": True}]}
            ],
        }
    )
    assert scheme.level1_names() == ["成本指标"]
    assert scheme.groups[0].required is False
    assert scheme.groups[0].level2[0].required is True
    assert scheme.is_cost("成本指标", "anything")


@pytest.mark.parametrize("scheme_id", SCHEME_IDS)
@pytest.mark.parametrize(
    ("level1", "level2", "placed"),
    [
        ("效益指标", "环境效益", ("效益指标", "生态效益指标")),
        ("效益", "环境效益指标", ("效益指标", "生态效益指标")),
        ("产出指标", "进度", ("产出指标", "时效指标")),
        ("产出", "数量", ("产出指标", "数量指标")),
        ("满意度", "社会公众或服务对象满意度", ("满意度指标", "服务对象满意度指标")),
        ("满意度指标", "社会公众或服务对象满意度指标", ("满意度指标", "服务对象满意度指标")),
        (" 产出指标 ", "质量 指标", ("产出指标", "质量指标")),
        ("产出指标", "速度指标", ("产出指标", None)),
    ],
)
def test_local_group_names_are_the_same_groups(
    scheme_id: str, level1: str, level2: str, placed: tuple[str, str | None]
) -> None:
    assert get_scheme(scheme_id).placed(level1, level2) == placed


def test_unknown_level1_is_not_placed() -> None:
    assert get_scheme("classic").placed("管理指标", "数量指标") is None
    assert get_scheme("classic").placed("", "数量指标") is None
    assert get_scheme("classic").level1_of("进度") == "产出指标"


def test_satisfaction_is_advisory() -> None:
    for scheme_id in SCHEME_IDS:
        group = get_scheme(scheme_id).group("满意度")
        assert group is not None and group.advisory and group.required
        assert not any(g.advisory for g in get_scheme(scheme_id).groups if g is not group)


def test_a_matrix_is_ordered_by_the_schemes_groups_and_stays_stable_within_a_group() -> None:
    from gridbudget_gui.domain.document import Indicator
    from gridbudget_gui.domain.schemes import is_ordered, ordered_matrix

    rows = [
        Indicator("产出指标", "质量指标", "合格率", "100%"),
        Indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%"),
        Indicator("自定义", "其他", "甲", "1"),
        Indicator("产出指标", "数量指标", "人次", "100人次"),
        Indicator("成本指标", "经济成本指标", "成本", "≤10万元"),
        Indicator("产出指标", "质量指标", "达标率", "95%"),
        Indicator("产出指标", "数量指标", "场次", "4场"),
    ]
    ordered = ordered_matrix(rows, "2021")
    assert [row.name for row in ordered] == ["成本", "人次", "场次", "合格率", "达标率", "满意度", "甲"]
    assert all(any(row is other for other in rows) for row in ordered)  # the same row objects, moved
    assert not is_ordered(rows, "2021") and is_ordered(ordered, "2021")
    level1 = [row.level1 for row in ordered]
    assert [name for n, name in enumerate(level1) if n == 0 or level1[n - 1] != name] == list(dict.fromkeys(level1))
    assert ordered_matrix(rows, "no-such-scheme")[0] is rows[0]


def test_the_skeleton_of_a_new_declaration_has_every_required_group_once() -> None:
    from gridbudget_gui.domain.schemes import get_scheme, is_skeleton_row, skeleton_matrix

    for scheme_id in ("2021", "classic"):
        rows = skeleton_matrix(scheme_id)
        scheme = get_scheme(scheme_id)
        assert {row.level1 for row in rows} == {group.name for group in scheme.groups if group.required}
        assert all(is_skeleton_row(row) and row.level2 in scheme.group(row.level1).level2_names() for row in rows)  # type: ignore[union-attr]
    assert [(row.level1, row.level2) for row in skeleton_matrix("2021")][:2] == [
        ("成本指标", "经济成本指标"),
        ("产出指标", "数量指标"),
    ]
