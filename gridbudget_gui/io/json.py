"""The document JSON of docs/interface.md: read it strictly (every bad value is named) and write it exactly."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from gridbudget_gui.domain.document import (
    INDICATOR_EXTRA_FIELDS,
    PERIODS,
    SOURCE_LABELS,
    CostItem,
    Document,
    Execution,
    Factor,
    Funding,
    FundingRow,
    Goals,
    Indicator,
    Indicators,
    Manager,
    Monitoring,
    Project,
    Signatures,
    Unit,
)
from gridbudget_gui.domain.findings import Finding, warning
from gridbudget_gui.domain.money import plain_decimal, to_money
from gridbudget_gui.domain.place import Place
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError, LoadResult, collector_paused, read_limited

FORMAT = "gridbudget-document"
VERSION = 1
MAX_JSON_BYTES = 40 * 1024 * 1024
"""The largest declaration file opened (about 120,000 cost lines; 100,000 are 34 MB). 39 MB reads in 2.3 s of
CPU (json.loads alone 0.7 s) and 295 MB, within the 5 s per 10 MB and 500 MB every input is held to (64 MB
took over a minute and 650 MB on a loaded machine)."""
MAX_PLACES = 12
_PLAIN_DECIMAL = re.compile(r"[+-]?[0-9]{1,40}(?:\.[0-9]{1,40})?")
"""The most decimal places a number in the JSON may have."""

_PROJECT_TEXTS = (
    "name",
    "basis_kind",
    "attribute",
    "term",
    "department",
    "overview",
    "content",
    "funding_arrangement",
    "schedule",
    "outcomes",
    "safeguards",
    "budget_notes",
    "summary",
)
_UNIT_TEXTS = ("name", "code", "address", "phone", "legal_representative", "funding_source", "profile")


class SchemaError(ValueError):
    """A value in the JSON is missing or of the wrong kind; the message names its path."""


def document_to_dict(document: Document) -> dict[str, Any]:
    """The document as the JSON object of docs/interface.md (money as two-place strings, never floats)."""
    project = document.project
    return {
        "format": FORMAT,
        "version": VERSION,
        "year": document.year,
        "scheme": document.scheme,
        "project": {
            **{key: getattr(project, key) for key in _PROJECT_TEXTS[:1]},
            "basis": list(project.basis),
            **{key: getattr(project, key) for key in _PROJECT_TEXTS[1:5]},
            "manager": {"name": project.manager.name, "phone": project.manager.phone},
            **{key: getattr(project, key) for key in _PROJECT_TEXTS[5:]},
            **({"function_class": project.function_class} if project.function_class else {}),
        },
        "unit": {key: getattr(document.unit, key) for key in _UNIT_TEXTS},
        "cost_items": [_cost_item_to_dict(item) for item in document.cost_items],
        "cost_total": _money(document.cost_total),
        "funding": _funding_to_dict(document),
        "goals": {"mid_term": document.goals.mid_term, "annual": document.goals.annual},
        "indicators": {
            period: [_indicator_to_dict(indicator) for indicator in document.indicators.matrix(period)]
            for period in PERIODS
        },
        "signatures": {
            "unit_head": document.signatures.unit_head,
            "preparer": document.signatures.preparer,
            "date": document.signatures.date,
        },
        **_execution_to_dict(document.execution),
        **_monitoring_to_dict(document.monitoring),
    }


def _funding_to_dict(document: Document) -> dict[str, Any]:
    funding: dict[str, Any] = {
        period: {key: _money(document.funding.row(period).get(key)) for key in SOURCE_LABELS} for period in PERIODS
    }
    if document.funding.years:
        funding["years"] = {year: _money(amount) for year, amount in sorted(document.funding.years.items())}
    return funding


def _monitoring_to_dict(monitoring: Monitoring) -> dict[str, Any]:
    if monitoring.is_empty:
        return {}
    spent = None if monitoring.spent is None else _money(monitoring.spent)
    return {"monitoring": {"as_of": monitoring.as_of, "spent": spent}}


def _indicator_to_dict(indicator: Indicator) -> dict[str, str]:
    # The second turn's keys only where filled in: a plain declaration's JSON stays as it always was.
    entry = {"level1": indicator.level1, "level2": indicator.level2, "name": indicator.name, "value": indicator.value}
    for key in INDICATOR_EXTRA_FIELDS:
        value = getattr(indicator, key)
        if value:
            entry[key] = value
    return entry


def _execution_to_dict(execution: Execution) -> dict[str, Any]:
    if execution.is_empty:
        return {}
    return {
        "execution": {
            "budget": None if execution.budget is None else _money(execution.budget),
            "spent": None if execution.spent is None else _money(execution.spent),
            "weight": execution.weight,
            "score": execution.score,
            **({"date": execution.date} if execution.date else {}),
        }
    }


def _money(amount: Decimal) -> str:
    return format(to_money(amount), "f")


def _cost_item_to_dict(item: CostItem) -> dict[str, Any]:
    factors = []
    for factor in item.factors:
        entry: dict[str, str] = {"value": plain_decimal(factor.value), "unit": factor.unit}
        if factor.expression:
            entry["expression"] = factor.expression
        factors.append(entry)
    line: dict[str, Any] = {"name": item.name, "factors": factors, "amount": _money(item.amount), "note": item.note}
    # The third turn's keys only where filled in: a plain declaration's JSON stays as it always was.
    if item.economic_class:
        line["economic_class"] = item.economic_class
    if item.procurement:
        line["procurement"] = item.procurement
    return line


def document_from_dict(data: object, surrogates: bool = True) -> LoadResult:
    """Build a document from the JSON object; raise SchemaError naming the first bad path.

    ``surrogates=False`` says no text of it can hold a lone surrogate (its JSON text spells no ``\\udXXX``):
    the quick paths then skip looking for one in every text.
    """
    root = _object(data, "")
    if root.get("format") != FORMAT:
        raise SchemaError('不是 GridBudget 文档（缺少 "format": "gridbudget-document"）')
    version = root.get("version", VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise SchemaError(f"文档版本 {_shown(version)} 比本程序新，或不是整数：请升级 GridBudget")
    year = root.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200):
        raise SchemaError(f"预算年度 {_shown(year)} 不是有效的年度（应为整数年份，如 2021）")
    scheme = _text(root.get("scheme", "classic"), "scheme") or "classic"

    project_data = _object(root.get("project", {}), "project")
    manager_data = _object(project_data.get("manager", {}), "project.manager")
    project = Project(
        **{key: _text(project_data.get(key, ""), f"project.{key}") for key in _PROJECT_TEXTS},
        basis=[
            _text(b, f"project.basis[{i}]") for i, b in enumerate(_list(project_data.get("basis", []), "project.basis"))
        ],
        manager=Manager(
            _text(manager_data.get("name", ""), "project.manager.name"),
            _text(manager_data.get("phone", ""), "project.manager.phone"),
        ),
        function_class=_text(project_data.get("function_class", ""), "project.function_class").strip(),
    )
    unit_data = _object(root.get("unit", {}), "unit")
    unit = Unit(**{key: _text(unit_data.get(key, ""), f"unit.{key}") for key in _UNIT_TEXTS})

    items = [
        _plain_cost_item(entry, surrogates) or _checked_cost_item(entry, f"cost_items[{i}]")
        for i, entry in enumerate(_list(root.get("cost_items", []), "cost_items"))
    ]
    funding_data = _object(root.get("funding", {}), "funding")
    rows = {}
    for period in PERIODS:
        row_data = _object(funding_data.get(period, {}), f"funding.{period}")
        rows[period] = FundingRow(
            **{key: _amount(row_data.get(key), f"funding.{period}.{key}") for key in SOURCE_LABELS}
        )
    goals_data = _object(root.get("goals", {}), "goals")
    indicators_data = _object(root.get("indicators", {}), "indicators")
    matrices = {
        period: [
            _plain_indicator(entry, surrogates) or _indicator_from_dict(entry, f"indicators.{period}[{i}]")
            for i, entry in enumerate(_list(indicators_data.get(period, []), f"indicators.{period}"))
        ]
        for period in PERIODS
    }
    signatures_data = _object(root.get("signatures", {}), "signatures")
    document = Document(
        year=year,
        scheme=scheme,
        project=project,
        unit=unit,
        cost_items=items,
        funding=Funding(rows["mid_term"], rows["annual"], _years_from_dict(funding_data.get("years"))),
        goals=Goals(
            _text(goals_data.get("mid_term", ""), "goals.mid_term"), _text(goals_data.get("annual", ""), "goals.annual")
        ),
        indicators=Indicators(matrices["mid_term"], matrices["annual"]),
        signatures=Signatures(
            **{
                key: _text(signatures_data.get(key, ""), f"signatures.{key}")
                for key in ("unit_head", "preparer", "date")
            }
        ),
        execution=_execution_from_dict(root.get("execution")),
        monitoring=_monitoring_from_dict(root.get("monitoring")),
    )
    notes: list[Finding] = []
    stated_total = root.get("cost_total")
    if stated_total is not None:
        total = _amount(stated_total, "cost_total")
        if total != document.cost_total:
            notes.append(
                warning("file.cost-total-stated", Place.of("cost_total"), stated=total, total=document.cost_total)
            )
    return LoadResult(document, notes)


def _years_from_dict(data: object) -> dict[str, Decimal]:
    if data is None:
        return {}
    entry = _object(data, "funding.years")
    years: dict[str, Decimal] = {}
    for year, amount in entry.items():
        if not (isinstance(year, str) and len(year) == 4 and year.isascii() and year.isdigit()):
            raise SchemaError(f"funding.years: “{year[:20]}”不是年度（应为四位数字，如 2021）")
        years[year] = _amount(amount, f"funding.years.{year}")
    return dict(sorted(years.items()))


def _monitoring_from_dict(data: object) -> Monitoring:
    if data is None:
        return Monitoring()
    entry = _object(data, "monitoring")
    spent = entry.get("spent")
    return Monitoring(
        as_of=_text(entry.get("as_of", ""), "monitoring.as_of").strip(),
        spent=None if spent is None or spent == "" else _amount(spent, "monitoring.spent"),
    )


_FAST_NUMBER = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,12})?")
"""A number every check of _number passes: no sign, under 10¹⁵, at most MAX_PLACES places."""
_FAST_AMOUNT = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,12})?")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _plain_text(value: object, surrogates: bool = True) -> str | None:
    if not isinstance(value, str):
        return None
    return value if not surrogates or value.isascii() or _SURROGATES.search(value) is None else None


def _plain_cost_item(data: object, surrogates: bool = True) -> CostItem | None:
    """A cost line in the shape this program writes, read without building a path for every message
    (100,000 lines opened in a third of the time); None sends anything else to the checked reader."""
    if not isinstance(data, dict):
        return None
    factors = []
    listed = data.get("factors", [])
    if not isinstance(listed, list):
        return None
    for factor in listed:
        if not isinstance(factor, dict):
            return None
        value, unit, expression = factor.get("value"), factor.get("unit", ""), factor.get("expression", "")
        if not isinstance(value, str) or _FAST_NUMBER.fullmatch(value) is None:
            return None
        if _plain_text(unit, surrogates) is None:
            return None
        if expression is None:
            expression = ""  # as the checked reader reads an absent text
        if not isinstance(expression, str) or (expression and _plain_text(expression, surrogates) is None):
            return None
        factors.append(Factor(Decimal(value), unit, expression))
    name, note, amount = data.get("name", ""), data.get("note", ""), data.get("amount")
    if _plain_text(name, surrogates) is None or _plain_text(note, surrogates) is None:
        return None
    if not isinstance(amount, str) or _FAST_AMOUNT.fullmatch(amount) is None:
        return None
    economic_class, procurement = data.get("economic_class", ""), data.get("procurement", "")
    if not isinstance(economic_class, str) or not isinstance(procurement, str):
        return None
    # An amount written with its two places (as this program writes it) is already in fen.
    money = Decimal(amount) if amount[-3:-2] == "." else to_money(Decimal(amount))
    return CostItem(name, factors, money, note, economic_class.strip(), procurement.strip())


_INDICATOR_KEYS = ("level1", "level2", "name", "value", *INDICATOR_EXTRA_FIELDS)


def _plain_indicator(data: object, surrogates: bool = True) -> Indicator | None:
    """An indicator row of texts, read without a path for every message; None sends it to the checked reader."""
    if not isinstance(data, dict):
        return None
    texts = {}
    for key in _INDICATOR_KEYS:
        value = data.get(key)
        if value is None:
            value = ""
        elif _plain_text(value, surrogates) is None:
            return None
        texts[key] = value
    return Indicator(**texts)


def _checked_cost_item(data: object, where: str) -> CostItem:
    entry = _object(data, where)
    factors = []
    for j, factor_data in enumerate(_list(entry.get("factors", []), f"{where}.factors")):
        fwhere = f"{where}.factors[{j}]"
        factor = _object(factor_data, fwhere)
        factors.append(
            Factor(
                value=_number(factor.get("value"), f"{fwhere}.value"),
                unit=_text(factor.get("unit", ""), f"{fwhere}.unit"),
                expression=_text(factor.get("expression", ""), f"{fwhere}.expression"),
            )
        )
    item = CostItem(
        name=_text(entry.get("name", ""), f"{where}.name"),
        factors=factors,
        note=_text(entry.get("note", ""), f"{where}.note"),
        economic_class=_text(entry.get("economic_class", ""), f"{where}.economic_class").strip(),
        procurement=_text(entry.get("procurement", ""), f"{where}.procurement").strip(),
    )
    if "amount" in entry and entry["amount"] is not None:
        item.amount = _amount(entry["amount"], f"{where}.amount")
    else:
        item.recompute()
    return item


def _indicator_from_dict(data: object, where: str) -> Indicator:
    entry = _object(data, where)
    return Indicator(**{key: _text(entry.get(key, ""), f"{where}.{key}") for key in _INDICATOR_KEYS})


def _execution_from_dict(data: object) -> Execution:
    if data is None:
        return Execution()
    entry = _object(data, "execution")
    budget, spent = entry.get("budget"), entry.get("spent")
    return Execution(
        budget=None if budget is None or budget == "" else _amount(budget, "execution.budget"),
        spent=None if spent is None or spent == "" else _amount(spent, "execution.spent"),
        weight=_text(entry.get("weight", ""), "execution.weight"),
        score=_text(entry.get("score", ""), "execution.score"),
        date=_text(entry.get("date", ""), "execution.date"),
    )


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SchemaError(f"{where or '文档'}: 应为对象，实际是 {_kind(value)}")
    return value


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise SchemaError(f"{where}: 应为列表，实际是 {_kind(value)}")
    return value


def _text(value: object, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SchemaError(f"{where}: 应为文字，实际是 {_kind(value)}")
    if not value.isascii() and _SURROGATES.search(value) is not None:
        # JSON may spell a lone surrogate ("\ud800"); it cannot be saved as UTF-8: make it U+FFFD.
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def _number(value: object, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise SchemaError(f'{where}: 应为数字字符串（如 "158"），实际是 {_kind(value)}')
    text = str(value).strip()
    # A machine format: plain ASCII decimals as written (no exponent, no 1_000, no other scripts' digits,
    # all of which Decimal() would take).
    if _PLAIN_DECIMAL.fullmatch(text) is None:
        raise SchemaError(f"{where}: “{text[:40]}”不是数字")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise SchemaError(f"{where}: “{text[:40]}”不是数字") from None
    # A tiny exponent is not absurd in size but prints as millions of zeros ("1e-999999999"): refuse it.
    exponent = number.as_tuple().exponent  # a letter for NaN and Infinity
    if not isinstance(exponent, int) or exponent < -MAX_PLACES or abs(number) > Decimal("1e15"):
        raise SchemaError(f"{where}: “{str(value)[:40]}”不是合理的数字")
    return number


def _amount(value: object, where: str) -> Decimal:
    if value is None or value == "":
        return to_money(0)
    return to_money(_number(value, where))


def _shown(value: object, limit: int = 40) -> str:
    """A value as a message shows it (2021.0, “二〇二一”, never Python's Decimal('…')), shortened in the middle
    when long (a 4,000-digit year)."""
    try:
        if isinstance(value, Decimal):
            text = format(value, "f")
        elif isinstance(value, str):
            text = f"“{value}”"
        else:
            text = repr(value)
    except ValueError:  # an int too long for str(): Python refuses to convert it
        return "（位数过多的数字）"
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 4 :]}（共 {len(text):,} 个字符）"


def _kind(value: object) -> str:
    names = {dict: "对象", list: "列表", str: "文字", int: "整数", Decimal: "小数", bool: "真假值", type(None): "空值"}
    return names.get(type(value), type(value).__name__)


def read_json(path: Path) -> LoadResult:
    """Read a document JSON file; raise DocumentError naming the file and the cause."""
    path = Path(path)
    raw = read_limited(path, MAX_JSON_BYTES, "预算申报文档")
    with collector_paused():
        return _read_json_text(path, raw)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""How a JSON text spells a surrogate: a decoded text (strict UTF-8 or UTF-16) holds none otherwise."""


def _read_json_text(path: Path, raw: bytes) -> LoadResult:
    try:
        text = _decode(raw)
        surrogates = _SURROGATE_ESCAPE.search(text) is not None
        data = json.loads(text, parse_float=Decimal)
        del text  # its 40 MB are not kept while the document is built
    except UnicodeDecodeError as error:
        raise DocumentError(path, "不是 UTF-8（或 UTF-16）编码的 JSON 文件") from error
    except json.JSONDecodeError as error:
        raise DocumentError(path, f"JSON 格式错误（第 {error.lineno} 行第 {error.colno} 列：{error.msg}）") from error
    except RecursionError:
        # Not chained: a RecursionError's traceback is a thousand frames of the JSON parser, nothing to learn.
        raise DocumentError(path, "JSON 嵌套太深") from None
    except ValueError as error:  # an integer of more than 4,300 digits (int's conversion limit)
        raise DocumentError(path, "JSON 中有位数过多的数字") from error
    try:
        return document_from_dict(data, surrogates=surrogates)
    except SchemaError as error:
        raise DocumentError(path, str(error)) from error


def read_json_salvaged(path: Path) -> LoadResult:
    """What a cut-short document JSON still holds (an autosave interrupted by a crash); DocumentError if nothing.

    The text is cut after its last complete value and its open brackets are closed; what was cut off is lost.
    """
    path = Path(path)
    raw = read_limited(path, MAX_JSON_BYTES, "预算申报文档")
    try:
        text = _decode(raw)
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "ignore")
    for candidate in _closed_prefixes(text):
        try:
            return document_from_dict(json.loads(candidate, parse_float=Decimal))
        except (ValueError, RecursionError):
            continue
    raise DocumentError(path, "文件已损坏，其中没有可以读取的内容")


def _closed_prefixes(text: str, tries: int = 8) -> list[str]:
    """The text cut after its last complete values (before a comma, after a bracket), brackets closed."""
    stack: list[str] = []
    cuts: list[tuple[int, str]] = []
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
            if len(stack) > 200:
                break  # deeper than any document: not worth saving
        elif char in "}]":
            if not stack:
                break
            stack.pop()
            cuts.append((index + 1, "".join(reversed(stack))))
        elif char == "," and stack:
            cuts.append((index, "".join(reversed(stack))))
        if len(cuts) > tries * 4:
            del cuts[: tries * 2]
    return [text[:cut] + closers for cut, closers in reversed(cuts[-tries:])]


def _decode(raw: bytes) -> str:
    """The JSON text: UTF-8 (with or without a mark), or UTF-16 as Notepad's "Unicode" saves it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if len(raw) > 1 and raw[1:2] == b"\x00" and raw[:1] != b"\x00":
        return raw.decode("utf-16-le")
    if len(raw) > 1 and raw[:1] == b"\x00" and raw[1:2] != b"\x00":
        return raw.decode("utf-16-be")
    return raw.decode("utf-8-sig")


def dumps_document(document: Document) -> str:
    """The document as pretty-printed JSON text."""
    return json.dumps(document_to_dict(document), ensure_ascii=False, indent=2) + "\n"


def write_json(document: Document, path: Path) -> None:
    """Write the document JSON atomically; raise DocumentError on failure."""
    data = dumps_document(document).encode("utf-8")
    atomic_write_bytes(Path(path), data)
