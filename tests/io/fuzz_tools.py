"""Mutated workbooks for the fuzz tests, and a watchdog that turns a hang into a test failure."""

from __future__ import annotations

import contextlib
import io
import random
import re
import signal
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document

CELL = re.compile(rb"<c\b[^>]*?(?:/>|>.*?</c>)", re.S)
CELL_TYPES = (b"b", b"e", b"d", b"n", b"s", b"str", b"inlineStr", b"zz", b"")
ODD_VALUES = (
    b"abc", b"", b"-", b"1e999", b"-1e999", b"NaN", b"inf", b"9" * 400, b"0x1F", b"2021-13-45", b"99999999",
    b"-1", b"1.5", b"#DIV/0!", b"TRUE", b"\xe9\x87\x91\xe9\xa2\x9d", b"&lt;", b"1E+308", b"4294967296",
)  # fmt: skip


class Hang(BaseException):
    """A read ran past its time limit (a BaseException, so no reader's catch-all can swallow it)."""


@contextlib.contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Raise Hang in the main thread when the block runs longer than ``seconds`` (POSIX; else no limit)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def outcome(path: Path, limit: float = 20.0) -> str:
    """Read ``path``: "opened" or "refused"; any other exception (or a Hang) propagates."""
    with watchdog(limit):
        try:
            load_document(path)
        except DocumentError as error:
            message = str(error)
            assert message.startswith(f"{path}: ") and "\n" not in message and "Traceback" not in message
            return "refused"
    return "opened"


def _entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [(info.filename, package.read(info)) for info in package.infolist()]


def _pack(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": that is the point
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
            for name, content in entries:
                package.writestr(name, content)
    return buffer.getvalue()


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    """Flip a few random bits anywhere in the file (mostly breaks the zip's CRCs)."""
    mutable = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        mutable[rng.randrange(len(mutable))] ^= 1 << rng.randrange(8)
    return bytes(mutable)


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut the file short."""
    return data[: rng.randrange(len(data))]


def drop_entry(data: bytes, rng: random.Random) -> bytes:
    """Leave out one part of the package."""
    entries = _entries(data)
    entries.pop(rng.randrange(len(entries)))
    return _pack(entries)


def duplicate_entry(data: bytes, rng: random.Random) -> bytes:
    """Store one part twice, the second copy different (which one wins depends on the reader)."""
    entries = _entries(data)
    name, content = rng.choice(entries)
    entries.insert(rng.randrange(len(entries) + 1), (name, flip_bytes(content, rng) if content else b"x"))
    return _pack(entries)


def mangle_xml(data: bytes, rng: random.Random) -> bytes:
    """A valid zip whose XML inside is damaged: flipped bytes, a slice cut out or repeated."""
    entries = _entries(data)
    index = rng.randrange(len(entries))
    name, content = entries[index]
    if not content:
        return _pack(entries)
    start = rng.randrange(len(content))
    end = min(len(content), start + rng.randint(1, 400))
    choice = rng.randrange(3)
    if choice == 0:
        content = flip_bytes(content, rng)
    elif choice == 1:
        content = content[:start] + content[end:]
    else:
        content = content[:end] + content[start:]
    entries[index] = (name, content)
    return _pack(entries)


def wrong_cell_types(data: bytes, rng: random.Random) -> bytes:
    """Rewrite cells of a sheet to another type (t="b", "e", "d"…) and/or an odd value."""
    entries = _entries(data)
    sheets = [i for i, (name, _) in enumerate(entries) if name.startswith("xl/worksheets/") and name.endswith(".xml")]
    if not sheets:
        return _pack(entries)
    index = rng.choice(sheets)
    name, content = entries[index]
    cells = list(CELL.finditer(content))
    if not cells:
        return _pack(entries)
    chosen = {id(m) for m in rng.sample(cells, min(len(cells), rng.randint(1, 12)))}
    pieces, last = [], 0
    for match in cells:
        if id(match) not in chosen:
            continue
        pieces.append(content[last : match.start()])
        pieces.append(_retype(match[0], rng))
        last = match.end()
    pieces.append(content[last:])
    entries[index] = (name, b"".join(pieces))
    return _pack(entries)


# Well-formed values of the wrong type for the cell: what another program might really write.
VALID_RETYPES = (
    (b"b", b"1"), (b"b", b"0"), (b"e", b"#N/A"), (b"e", b"#DIV/0!"), (b"d", b"2021-10-26T00:00:00"),
    (b"d", b"2021-10-26"), (b"str", b"=1+1"), (b"str", b"\xe9\x87\x91"), (b"n", b"1E+15"), (b"n", b"-0.000001"),
    (b"n", b"158"), (b"s", b"0"), (b"inlineStr", b"@\xe5\xa4\x87\xe6\xb3\xa8"), (b"", b"45"),
)  # fmt: skip


def _retype(cell: bytes, rng: random.Random) -> bytes:
    reference = re.search(rb'\br="([A-Z]+[0-9]+)"', cell)
    ref = reference[1] if reference else b"A1"
    if rng.random() < 0.7:
        kind, value = rng.choice(VALID_RETYPES)
    else:
        kind, value = rng.choice(CELL_TYPES), rng.choice(ODD_VALUES)
    old_value = re.search(rb"<v>(.*?)</v>", cell, re.S)
    if old_value is not None and rng.random() < 0.5:
        value = old_value[1]  # keep the value, change only the type
    type_attr = b' t="' + kind + b'"' if kind else b""
    if kind == b"inlineStr":
        return b'<c r="' + ref + b'"' + type_attr + b"><is><t>" + value + b"</t></is></c>"
    if rng.random() < 0.15:
        return (
            b'<c r="'
            + ref
            + b'"'
            + type_attr
            + b"><f>"
            + rng.choice([b"1/0", b"A1", b"SUM(", b"45*4-22"])
            + b"</f></c>"
        )
    return b'<c r="' + ref + b'"' + type_attr + b"><v>" + value + b"</v></c>"


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flipped bytes": flip_bytes,
    "truncated": truncate,
    "dropped zip entry": drop_entry,
    "duplicated zip entry": duplicate_entry,
    "damaged XML inside": mangle_xml,
    "wrong cell types": wrong_cell_types,
}
