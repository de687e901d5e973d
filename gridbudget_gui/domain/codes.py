"""The budget system's code lists: 部门预算支出经济分类科目 and 支出功能分类科目, read from data files.

The lists live in ``resources/codes/`` as ``economic-YYYY.json`` and ``function-YYYY.json``, each with its year
and the public sources its codes were taken from. The newest year of each kind is used, so a newer list replaces
the bundled one by dropping its file beside it: no code changes. No Qt, no file formats beyond JSON data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from gridbudget_gui.resources import resource_path

KINDS: tuple[str, ...] = ("economic", "function")
"""经济分类 (per cost line) and 功能分类 (per project)."""

_FILE = re.compile(r"^(economic|function)-(\d{4})\.json$")

CAPITAL_CLASS = "310"
"""资本性支出: equipment, vehicles and other fixed assets."""
GOODS_AND_SERVICES_CLASS = "302"
"""商品和服务支出."""
WAGES_CLASS = "301"
"""工资福利支出."""


@dataclass(frozen=True)
class Code:
    """One code of a list: the code, its name and the key of the source it was taken from."""

    code: str
    name: str
    source: str = ""

    @property
    def label(self) -> str:
        """The code and its name as the cost table shows them: ``30226 劳务费``."""
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class CodeList:
    """A code list of one kind and year, with its sources (key → title and url)."""

    kind: str
    year: int
    title: str
    codes: tuple[Code, ...]
    sources: dict[str, dict[str, str]]
    path: Path | None = None
    index: dict[str, Code] = field(init=False, repr=False, compare=False)
    """The entries by code, made once (a lookup per rule per cost line must cost nothing)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {code.code: code for code in self.codes})

    def get(self, code: str) -> Code | None:
        """The entry of ``code``, or None when the list has no such code."""
        return self.index.get(code.strip())

    def name(self, code: str) -> str:
        """The name of ``code``, or "" when the list does not have it."""
        entry = self.get(code)
        return entry.name if entry is not None else ""

    def label(self, code: str) -> str:
        """``code name`` when the list knows the code, else the code as given."""
        entry = self.get(code)
        return entry.label if entry is not None else code

    def search(self, text: str) -> list[Code]:
        """The codes whose code starts with ``text``, whose name contains it, or whose pinyin initials start with
        it (``lwf`` → 劳务费), leaves (款/项) first."""
        needle = text.strip().lower()
        if not needle:
            return list(self.codes)
        return [
            code
            for code in self.codes
            if code.code.startswith(needle) or needle in code.name.lower() or initials(code.name).startswith(needle)
        ]


class CodeListError(ValueError):
    """A code list file cannot be read; the message names the file and the cause, in Chinese."""


def parse_code_list(data: object, path: Path | None = None) -> CodeList:
    """A code list from its JSON object; CodeListError naming the file when it is not of the expected shape."""
    where = str(path) if path is not None else "代码表"
    if not isinstance(data, dict) or data.get("kind") not in KINDS or not isinstance(data.get("year"), int):
        raise CodeListError(f"{where}：不是经济分类或功能分类代码表（缺少 kind 或 year）")
    entries = data.get("codes")
    if not isinstance(entries, list):
        raise CodeListError(f"{where}：缺少 codes 列表")
    codes = []
    for index, entry in enumerate(entries):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("code"), str)
            or not isinstance(entry.get("name"), str)
        ):
            raise CodeListError(f"{where}：第 {index + 1} 个代码缺少 code 或 name")
        codes.append(Code(entry["code"].strip(), entry["name"].strip(), str(entry.get("source", ""))))
    sources = data.get("sources", {})
    return CodeList(
        kind=data["kind"],
        year=data["year"],
        title=str(data.get("title", "")),
        codes=tuple(codes),
        sources=sources if isinstance(sources, dict) else {},
        path=path,
    )


def list_files(folder: Path, kind: str) -> list[tuple[int, Path]]:
    """The ``kind-YYYY.json`` files of ``folder`` with their years, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _FILE.match(path.name)
        if match is not None and match[1] == kind:
            found.append((int(match[2]), path))
    return sorted(found, reverse=True)


def load_code_list(kind: str, folder: Path | None = None) -> CodeList:
    """The newest code list of ``kind`` in ``folder`` (default: the bundled resources/codes)."""
    folder = folder if folder is not None else resource_path("codes")
    files = list_files(folder, kind)
    if not files:
        raise CodeListError(f"{folder}：没有 {kind}-年度.json 代码表")
    _year, path = files[0]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as problem:
        raise CodeListError(f"{path}：无法读取代码表（{problem}）") from None
    return parse_code_list(data, path)


@cache
def economic_codes() -> CodeList:
    """The bundled 部门预算支出经济分类科目 (newest year)."""
    return load_code_list("economic")


@cache
def function_codes() -> CodeList:
    """The bundled 支出功能分类科目 (newest year)."""
    return load_code_list("function")


def class_of(code: str) -> str:
    """The 类 of an economic code: its first three digits (``30201`` → ``302``)."""
    return code.strip()[:3]


_INITIALS: dict[str, str] = {}
"""Pinyin initials of the characters the bundled names use, filled from the table below."""

_INITIAL_TABLE = (
    "a:安 b:补 c:础 f:附 g:更 j:绩积及 l:老疗赁络利 w:位 n:暖 r:燃软 s:食刷缮 t:他托 x:效训性型息乡 y:议 b:办保备被补部本病编标拨 c:材差产车出场储除传从处采财查测城程成充 d:电代大单订对待地订党道 "
    "e:二 f:费福复付服法防房放分发风 g:工公购管关共规改干个国广 h:会伙后护化划火和货 "
    "j:基津奖金机经建价交接教加缴计间据件检救金具局 k:开考科控款库 l:劳理料离领旅留临路联 "
    "m:密门 n:年能 p:培配品聘评 q:其取器请权勤区 r:人日 s:手水社商善设属设施实收使售税实事宿 "
    "t:贴特通土统退 w:委维物网务外卫文 x:信修薪宣项新续险行需 y:邮印医用业员养运营院应 "
    "z:资住专职租招装主支助置志指政障造执治中作者"
)


def _build_initials() -> None:
    for group in _INITIAL_TABLE.split():
        letter, characters = group.split(":", 1)
        for character in characters:
            _INITIALS.setdefault(character, letter)


_build_initials()


def initials(name: str) -> str:
    """The pinyin initials of ``name`` as far as the small table knows its characters (劳务费 → lwf);
    letters and digits stay, characters outside the table are skipped."""
    result = []
    for character in name:
        if character.isascii():
            if character.isalnum():
                result.append(character.lower())
        elif character in _INITIALS:
            result.append(_INITIALS[character])
    return "".join(result)
