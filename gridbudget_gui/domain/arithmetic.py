"""A small, bounded evaluator for the arithmetic clerks type into a factor cell (45*4-22 → 158).

It knows numbers, + − × ÷ and brackets, in ASCII or full-width forms, and nothing else. It never calls
``eval``: a tokenizer and a recursive-descent parser work on Decimal, with bounds on the length of the
text, the depth of brackets, the digits of a number and the size of every intermediate result.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, DivisionByZero, InvalidOperation

from gridbudget_gui.domain import numbers
from gridbudget_gui.domain.numbers import MAX_DIGITS, MAX_MAGNITUDE, UNSIGNED
from gridbudget_gui.domain.patterns import compiled

MAX_LENGTH = 200
MAX_DEPTH = 20
RESULT_PLACES = Decimal("0.000001")

_NORMALISE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "＋": "+",
        "－": "-",
        "−": "-",
        "–": "-",
        "×": "*",
        "＊": "*",
        "·": "*",
        "÷": "/",
        "／": "/",
        "（": "(",
        "）": ")",
        "，": ",",
        "\u3000": " ",
    }
)
# A number is what domain.numbers says it is (ASCII and full-width digits only, grouped by three).
_TOKEN = rf"\s*(?:(?P<number>{UNSIGNED})|(?P<op>[-+*/()]))"
_CONTEXT = Context(prec=34, Emax=999, Emin=-999, traps=[InvalidOperation, DivisionByZero])


_PROBLEMS: dict[str, tuple[str, str]] = {
    "too-long": ("算式太长（超过{limit}个字符）", "the formula is too long (over {limit} characters)"),
    "empty": ("请输入数字或算式", "type a number or a formula"),
    "power": ("不支持乘方，只能使用 + − × ÷ 和括号", "powers are not supported: use only + − × ÷ and brackets"),
    "extra": ("算式在“{token}”处有多余内容", "the formula has something extra at “{token}”"),
    "character": (
        "算式中有无法识别的字符“{token}”，只能使用数字、+ − × ÷ 和括号",
        "the formula holds “{token}”, which is not a digit, + − × ÷ or a bracket",
    ),
    "digits": ("数字太长（超过{limit}位）", "a number is too long (over {limit} digits)"),
    "incomplete": ("算式不完整", "the formula is incomplete"),
    "incomplete-at": ("算式在“{token}”处不完整", "the formula is incomplete at “{token}”"),
    "division-by-zero": ("除数不能为零", "division by zero"),
    "signs": ("算式中有连续的正负号", "the formula has two signs in a row"),
    "depth": ("括号嵌套太深（超过{limit}层）", "brackets are nested too deep (over {limit} levels)"),
    "brackets": ("括号没有配对", "a bracket is not closed"),
    "magnitude": ("数值太大（超过一千万亿）", "the value is too large (over a thousand trillion)"),
}


@dataclass(frozen=True)
class ExpressionProblem:
    """Why typed arithmetic cannot be evaluated, as data: a reason and its arguments, worded per language."""

    reason: str
    token: str = ""
    limit: int = 0

    def text(self, lang: str = "zh") -> str:
        """The reason in words: Chinese (``zh``) or English (``en``)."""
        chinese, english = _PROBLEMS[self.reason]
        return (english if lang == "en" else chinese).format(token=self.token, limit=self.limit)


class ExpressionError(ValueError):
    """The typed arithmetic cannot be evaluated; ``problem`` says why, ``str()`` in Chinese."""

    def __init__(self, reason: str, token: str = "", limit: int = 0) -> None:
        self.problem = ExpressionProblem(reason, token, limit)
        super().__init__(self.problem.text())


def normalise(text: str) -> str:
    """Turn full-width digits and ×, ÷, （） into their ASCII forms, and trim spaces."""
    return text.translate(_NORMALISE).strip()


def is_plain_number(text: str) -> bool:
    """True when ``text`` is a bare number with no arithmetic (so there is no expression to keep)."""
    return numbers.is_plain_number(text)


def evaluate(text: str) -> Decimal:
    """Evaluate the arithmetic in ``text`` and return it rounded half-up to six places.

    Raises ExpressionError, with a message for the user, for anything that is not plain arithmetic
    or that breaks a bound.
    """
    if len(text) > MAX_LENGTH:
        raise ExpressionError("too-long", limit=MAX_LENGTH)
    source = normalise(text)
    if not source:
        raise ExpressionError("empty")
    if "**" in source or "^" in source:
        raise ExpressionError("power")
    tokens = _tokenize(source)
    parser = _Parser(tokens)
    value = parser.expression(0)
    if parser.position != len(tokens):
        raise ExpressionError("extra", token=tokens[parser.position])
    result = value.quantize(RESULT_PLACES, rounding=ROUND_HALF_UP, context=_CONTEXT)
    if result.is_zero():  # 0×−1 and −0.0000001 would otherwise show as "-0"
        return Decimal(0)
    if result == result.to_integral_value():
        return result.quantize(Decimal(1))
    return result.normalize(_CONTEXT)


def _tokenize(source: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    token = compiled(_TOKEN)
    while position < len(source):
        match = token.match(source, position)
        if match is None:
            bad = source[position:].strip()[:1]
            raise ExpressionError("character", token=bad)
        position = match.end()
        number = match["number"]
        if number is not None:
            digits = number.replace(",", "").replace(".", "")
            if len(digits) > MAX_DIGITS:
                raise ExpressionError("digits", limit=MAX_DIGITS)
            tokens.append(number.replace(",", ""))
        else:
            tokens.append(match["op"])
    return tokens


class _Parser:
    """Recursive descent over the tokens: expression := term (± term)*, term := unary (×÷ unary)*."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise ExpressionError("incomplete")
        self.position += 1
        return token

    def expression(self, depth: int) -> Decimal:
        value = self.term(depth)
        while self._peek() in ("+", "-"):
            op = self._take()
            right = self.term(depth)
            value = _checked(value + right if op == "+" else value - right)
        return value

    def term(self, depth: int) -> Decimal:
        value = self.unary(depth)
        while self._peek() in ("*", "/"):
            op = self._take()
            right = self.unary(depth)
            if op == "*":
                value = _checked(_CONTEXT.multiply(value, right))
            else:
                if right == 0:
                    raise ExpressionError("division-by-zero")
                value = _checked(_CONTEXT.divide(value, right))
        return value

    def unary(self, depth: int) -> Decimal:
        token = self._take()
        if token in ("+", "-"):
            if self._peek() in ("+", "-"):
                raise ExpressionError("signs")
            value = self.unary(depth)
            return -value if token == "-" else value
        if token == "(":
            if depth >= MAX_DEPTH:
                raise ExpressionError("depth", limit=MAX_DEPTH)
            value = self.expression(depth + 1)
            if self._peek() != ")":
                raise ExpressionError("brackets")
            self._take()
            return value
        if token in (")", "*", "/"):
            raise ExpressionError("incomplete-at", token=token)
        return _checked(Decimal(token))


def _checked(value: Decimal) -> Decimal:
    if abs(value) > MAX_MAGNITUDE:
        raise ExpressionError("magnitude")
    return value
