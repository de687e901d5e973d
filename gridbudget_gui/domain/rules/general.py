"""Rules on who declares: the project's name and year, the unit's credit code, phones and signatures."""

from __future__ import annotations

import re

from stdnum.cn import uscc

from gridbudget_gui.domain.dates import parse_date
from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding, error, warning
from gridbudget_gui.domain.numbers import ascii_digits
from gridbudget_gui.domain.place import Place
from gridbudget_gui.domain.rules.length import check_lengths

_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)  # ASCII digits: the number grammar's (domain/numbers.py)
_FIXED = re.compile(r"^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$", re.ASCII)


def is_phone(text: str) -> bool:
    """True for a Chinese mobile (1[3-9] and 9 digits) or fixed line (0871-xxxxxxxx) number."""
    compact = ascii_digits(re.sub(r"[\s()（）]", "", text)).replace("—", "-").replace("－", "-")
    compact = compact.removeprefix("+86").removeprefix("86-")
    return bool(_MOBILE.match(compact) or _FIXED.match(compact))


def check_general(document: Document) -> list[Finding]:
    """The declaring unit, the contacts, the year and the signatures."""
    findings: list[Finding] = []
    if not document.project.name.strip():
        findings.append(error("project.name-empty", Place.of("project.name")))
    if document.year is None:
        findings.append(warning("project.year-missing", Place.of("year")))
    if not document.unit.name.strip():
        findings.append(warning("unit.name-empty", Place.of("unit.name")))
    code = document.unit.code.strip()
    if not code:
        findings.append(warning("unit.code-missing", Place.of("unit.code")))
    elif not uscc.is_valid(code):
        findings.append(error("unit.code-invalid", Place.of("unit.code"), code=code))
    for where, phone in (
        ("unit.phone", document.unit.phone),
        ("project.manager.phone", document.project.manager.phone),
    ):
        if phone.strip() and not is_phone(phone):
            findings.append(warning("contact.phone-invalid", Place.of(where), phone=phone))
    findings += _signature_findings(document)
    for part in ("project", "unit", "goals", "signatures"):
        findings += check_lengths(getattr(document, part), part)
    return findings


def _signature_findings(document: Document) -> list[Finding]:
    findings: list[Finding] = []
    signatures = document.signatures
    for key in ("unit_head", "preparer", "date"):
        if not getattr(signatures, key).strip():
            findings.append(warning("signatures.missing", Place.of("signatures", key)))
    if signatures.date.strip():
        date = parse_date(signatures.date)
        if date is None:
            findings.append(error("signatures.date-invalid", Place.of("signatures.date"), date=signatures.date))
        elif document.year is not None and date.year >= document.year:
            findings.append(
                warning("signatures.date-late", Place.of("signatures.date"), date=date.isoformat(), year=document.year)
            )
    return findings
