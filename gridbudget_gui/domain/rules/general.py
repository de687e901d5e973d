"""Rules on who declares: the project's name and year, the unit's credit code, phones and signatures."""

from __future__ import annotations

import re
import unicodedata

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


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters of a unified social credit code (GB 32100-2015: no I, O, S, V, Z), in the order of their values."""
_USCC_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−]")
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def is_credit_code(code: str) -> bool:
    """True for a well-formed unified social credit code: 18 characters (spaces and hyphens ignored), the first 8 digits,
    and the check character of GB 32100-2015, as python-stdnum's cn.uscc checks it (without its 0.1-0.3 s import;
    full-width characters read as their ASCII forms)."""
    compact = _USCC_SEPARATORS.sub("", unicodedata.normalize("NFKC", code)).upper()
    if len(compact) != 18 or not compact[:8].isascii() or not compact[:8].isdigit():
        return False
    if any(character not in USCC_ALPHABET for character in compact[8:]):
        return False
    total = sum(
        USCC_ALPHABET.index(character) * weight for character, weight in zip(compact[:17], _USCC_WEIGHTS, strict=True)
    )
    return compact[-1] == USCC_ALPHABET[(31 - total) % 31]


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
    elif not is_credit_code(code):
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
