"""The factor evaluator: plain arithmetic in ASCII or full-width forms, exact against Fractions, and bounded."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from gridbudget_gui.domain import arithmetic
from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate, is_plain_number, normalise
from tests.work import calls_made

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("45*4-22", "158"),
        ("45×4－22", "158"),
        ("（４５×４－２２）÷２", "79"),
        ("45 * 4 - 22", "158"),
        ("2+3*4", "14"),  # × binds tighter than +
        ("(2+3)*4", "20"),
        ("10-4-3", "3"),  # left to right
        ("100/10/5", "2"),
        ("-5+2", "-3"),
        ("2*-3", "-6"),
        ("-(2+3)", "-5"),
        ("1,000*2", "2000"),
        ("1，000×2", "2000"),
        ("１．５×２", "3"),
        ("4500.00", "4500"),
        ("10/4", "2.5"),
        ("1/3", "0.333333"),
        ("2/3", "0.666667"),  # half-up at six places
        ("0.0000005", "0.000001"),
        ("0.0000004", "0"),
        ("1000000000000000", "1000000000000000"),  # exactly the bound
        ("0*-1", "0"),
    ],
)
def test_evaluate(text: str, value: str) -> None:
    result = evaluate(text)
    assert result == Decimal(value)
    assert str(result) == value  # no "-0", no "158.000000", no exponent


@pytest.mark.parametrize(
    "text",
    [
        "1/0",
        "5÷(3-3)",
        "9**9**9",
        "2^10",
        "(" * 10_000 + "1" + ")" * 10_000,
        "1+" * 2_500 + "1",  # 5,000 characters
        "(" * 21 + "1" + ")" * 21,  # short, but nested past the bound
        "9" * 19,
        "1" * 5_000,
        "0." + "1" * 18,
        "999999999999999*9",  # past 一千万亿
        "1000000000000001",
        "__import__('os').system('echo hi')",
        "().__class__",
        "abc",
        "1e5",
        "0x10",
        "1_000",
        "1%2",
        "1//2",
        "--1",
        "2*--3",
        "()",
        "(1",
        "1)",
        "3(4)",
        "1 2",
        "5-",
        "*5",
        "",
        "   ",
        "\x00",
        "1..2",
        "½",
        "\ufffd" * 3,
        "٥٣٤",
        "1。5",  # 。 ends a sentence; it is not a decimal point
        "1,23",
        "1,2345",
    ],
)
def test_refused_quickly_with_a_chinese_message(text: str) -> None:
    # Quickly = a bounded amount of work whatever the input's length (a 10,000-character text is refused
    # after its length is read), counted in calls rather than seconds so a busy machine cannot fail it.
    assert calls_made(lambda: evaluate(text)) < 2_000
    with pytest.raises(ExpressionError) as caught:
        evaluate(text)
    message = str(caught.value)
    assert CHINESE.search(message), message
    assert "\n" not in message


def test_never_calls_eval(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    def forbidden(*_args: object) -> None:
        raise AssertionError("eval/exec/compile called")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, forbidden)
    assert evaluate("(45*4-22)*2580") == 407640


def test_normalise_and_plain_number() -> None:
    assert normalise("（４５×４）÷２") == "(45*4)/2"
    assert is_plain_number("４５")
    assert is_plain_number("1,000.5")
    assert not is_plain_number("45*4")
    assert not is_plain_number("")


# --- property: random integer expression trees against exact Fractions ---------------------------------

BOUND = Fraction(10**15)
PREC = 34  # the evaluator's working precision


@dataclass(frozen=True)
class Node:
    """An expression tree: a leaf (value) or an operator with two operands, or a negation."""

    op: str
    left: Node | None = None
    right: Node | None = None
    value: int = 0


class RefusedError(Exception):
    """The exact computation divides by zero or leaves the bound."""


def _leaf() -> st.SearchStrategy[Node]:
    # Powers of 2 and 5 make divisions that end after more than six places (1/128 = 0.0078125).
    numbers = st.one_of(
        st.integers(min_value=0, max_value=9999), st.sampled_from([2, 4, 8, 16, 64, 128, 256, 625, 3125])
    )
    return numbers.map(lambda n: Node("n", value=n))


def _extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    binary = st.builds(Node, st.sampled_from("+-*/"), children, children)
    negation = children.map(lambda a: Node("neg", a))
    return st.one_of(binary, negation)


trees = st.recursive(_leaf(), _extend, max_leaves=10)

_FORMS = {
    "ascii": {"*": "*", "/": "/", "(": "(", ")": ")", "-": "-", "digits": str.maketrans("", "")},
    "wide": {
        "*": "×",
        "/": "÷",
        "(": "（",
        ")": "）",
        "-": "－",
        "digits": str.maketrans("0123456789", "０１２３４５６７８９"),
    },
}


def render(node: Node, form: Mapping[str, object]) -> str:
    """Write the tree with every operation in brackets, so its structure is the parse."""
    if node.op == "n":
        table = form["digits"]
        assert isinstance(table, dict)
        return str(node.value).translate(table)
    if node.op == "neg":
        assert node.left is not None
        return f"{form['-']}{form['(']}{render(node.left, form)}{form[')']}"
    assert node.left is not None and node.right is not None
    op = form.get(node.op, node.op)
    return f"{form['(']}{render(node.left, form)}{op}{render(node.right, form)}{form[')']}"


def _representable(value: Fraction) -> bool:
    """True when ``value`` is a decimal of at most PREC significant digits (so Decimal holds it exactly)."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return False
    scale = 0
    while (value * 10**scale).denominator != 1:
        scale += 1
    digits = len(str(abs((value * 10**scale).numerator)).rstrip("0") or "0")
    return digits <= PREC


def exact(node: Node, inexact: list[bool]) -> Fraction:
    """The exact value; notes in ``inexact`` when some step is not held exactly at the evaluator's precision."""
    if node.op == "n":
        return Fraction(node.value)
    assert node.left is not None
    if node.op == "neg":
        return -exact(node.left, inexact)
    assert node.right is not None
    left, right = exact(node.left, inexact), exact(node.right, inexact)
    if node.op == "+":
        result = left + right
    elif node.op == "-":
        result = left - right
    elif node.op == "*":
        result = left * right
    else:
        if right == 0:
            raise RefusedError
        result = left / right
    if not _representable(result):
        inexact[0] = True
    if abs(result) > BOUND:
        raise RefusedError
    return result


def round_half_up(value: Fraction, places: int = 6) -> Fraction:
    scaled = abs(value) * 10**places
    rounded = Fraction(int(scaled + Fraction(1, 2)), 10**places)
    return rounded if value >= 0 else -rounded


@settings(max_examples=400, deadline=None)
@given(tree=trees, form=st.sampled_from(sorted(_FORMS)))
@example(tree=Node("/", Node("n", value=1), Node("n", value=128)), form="ascii")  # 0.0078125 → 0.007813
@example(tree=Node("/", Node("n", value=2), Node("n", value=3)), form="wide")  # 0.666… → 0.666667
@example(tree=Node("neg", Node("/", Node("n", value=1), Node("n", value=128))), form="ascii")  # half away from 0
def test_evaluate_equals_exact_fraction(tree: Node, form: str) -> None:
    text = render(tree, _FORMS[form])
    assume(len(text) <= arithmetic.MAX_LENGTH)
    inexact = [False]
    try:
        expected: Fraction | None = exact(tree, inexact)
    except RefusedError:
        expected = None
    try:
        result: Decimal | None = evaluate(text)
    except ExpressionError:
        result = None
    if not inexact[0]:
        # Every step fits the evaluator's precision: the result is exact, rounded half-up at six places.
        if expected is None:
            assert result is None, text
        else:
            assert result is not None, text
            assert Fraction(result) == round_half_up(expected), text
    elif expected is not None and result is not None:
        # A step such as 1/3 was rounded at 34 digits; that can only matter within a hair of a rounding tie.
        scaled = abs(expected) * 10**6
        near_tie = abs(scaled - int(scaled) - Fraction(1, 2)) < Fraction(1, 10**20)
        if near_tie:
            assert abs(Fraction(result) - expected) <= Fraction(1, 10**6), text
        else:
            assert Fraction(result) == round_half_up(expected), text


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), st.text(alphabet="0123456789+-*/×÷（）().,，．０１２３４５ ")))
def test_arbitrary_text_only_ever_raises_expression_error(text: str) -> None:
    try:
        result = evaluate(text)
    except ExpressionError as problem:
        assert CHINESE.search(str(problem))
    else:
        assert isinstance(result, Decimal)
        assert result.is_finite()
        assert abs(result) <= arithmetic.MAX_MAGNITUDE


def test_digits_of_other_scripts_are_refused() -> None:
    import pytest

    from gridbudget_gui.domain.arithmetic import ExpressionError, evaluate

    with pytest.raises(ExpressionError):
        evaluate("٣+1")  # Arabic-Indic three
