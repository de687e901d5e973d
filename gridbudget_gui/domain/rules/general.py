"""Rules on who declares: the project's name and year, the unit's credit code, phones and signatures."""

from __future__ import annotations

import re

from stdnum.cn import uscc

from gridbudget_gui.domain.dates import parse_date
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, error, warning
from gridbudget_gui.domain.rules.length import check_lengths

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_FIXED = re.compile(r"^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$")


def is_phone(text: str) -> bool:
    """True for a Chinese mobile (1[3-9] and 9 digits) or fixed line (0871-xxxxxxxx) number."""
    compact = re.sub(r"[\s()（）]", "", text).replace("—", "-").replace("－", "-")
    compact = compact.removeprefix("+86").removeprefix("86-")
    return bool(_MOBILE.match(compact) or _FIXED.match(compact))


def check_general(document: Document) -> list[Finding]:
    """The declaring unit, the contacts, the year and the signatures."""
    findings: list[Finding] = []
    if not document.project.name.strip():
        findings.append(error("project.name-empty", "project.name", "没有填写项目名称"))
    if document.year is None:
        findings.append(warning("project.year-missing", "year", "没有填写预算年度"))
    if not document.unit.name.strip():
        findings.append(warning("unit.name-empty", "unit.name", "没有填写实施单位名称"))
    code = document.unit.code.strip()
    if not code:
        findings.append(warning("unit.code-missing", "unit.code", "没有填写统一社会信用代码"))
    elif not uscc.is_valid(code):
        findings.append(
            error("unit.code-invalid", "unit.code", f"统一社会信用代码“{code}”无效（应为18位，且校验位正确）")
        )
    for where, label, phone in (
        ("unit.phone", "单位联系电话", document.unit.phone),
        ("project.manager.phone", "项目负责人联系电话", document.project.manager.phone),
    ):
        if phone.strip() and not is_phone(phone):
            findings.append(
                warning(
                    "contact.phone-invalid", where, f"{label}“{phone}”不像手机号（11位）或固定电话（如0871-12345678）"
                )
            )
    findings += _signature_findings(document)
    for part in ("project", "unit", "goals", "signatures"):
        findings += check_lengths(getattr(document, part), part)
    return findings


def _signature_findings(document: Document) -> list[Finding]:
    findings: list[Finding] = []
    signatures = document.signatures
    for key, label in (("unit_head", "单位负责人"), ("preparer", "填报人"), ("date", "填报日期")):
        if not getattr(signatures, key).strip():
            findings.append(warning("signatures.missing", f"signatures.{key}", f"没有填写{label}"))
    if signatures.date.strip():
        date = parse_date(signatures.date)
        if date is None:
            findings.append(
                error("signatures.date-invalid", "signatures.date", f"填报日期“{signatures.date}”不是有效日期")
            )
        elif document.year is not None and date.year >= document.year:
            findings.append(
                warning(
                    "signatures.date-late",
                    "signatures.date",
                    f"填报日期 {date.isoformat()} 不在 {document.year} 预算年度开始之前",
                )
            )
    return findings
