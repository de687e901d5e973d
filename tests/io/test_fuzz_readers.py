"""Hostile and broken input: every mutated workbook or JSON either opens or is refused with one clear
line, within a time limit; no other exception escapes, in the readers or on the command line.

The default run reads 300 mutants of the test forms (fixed seed, ~10 s). A bigger run:
``GRIDBUDGET_FUZZ_COUNT=3000 GRIDBUDGET_FUZZ_SEED=7 pytest tests/io/test_fuzz_readers.py -s``.
"""

from __future__ import annotations

import collections
import json
import os
import random
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.io.json import document_to_dict
from gridbudget_gui.io.xlsx.write import write_xlsx
from gridbudget_gui.resources import example_path
from tests.conftest import COLLEAGUE_FORM, ODD_XLSX
from tests.io.fuzz_tools import MUTATIONS, outcome

COUNT = int(os.environ.get("GRIDBUDGET_FUZZ_COUNT", "300"))
SEED = int(os.environ.get("GRIDBUDGET_FUZZ_SEED", "20240501"))
FUZZ_SETTINGS = settings(
    max_examples=int(os.environ.get("GRIDBUDGET_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The colleague's form, our own workbook of the example, and two odd workbooks from other programs."""
    folder = tmp_path_factory.mktemp("seeds")
    own = folder / "own.xlsx"
    write_xlsx(load_document(example_path()).document, own)
    files = [COLLEAGUE_FORM, own]
    files += [ODD_XLSX / "excelize" / "SharedStrings.xlsx", ODD_XLSX / "tealeg" / "testcelltypes.xlsx"]
    return [p for p in files if p.exists()]


def _try(path: Path) -> tuple[str, str | None]:
    """The outcome, or "crash" with the traceback when anything but DocumentError escaped."""
    try:
        return outcome(path), None
    except Exception:
        return "crash", traceback.format_exc(limit=6)


def test_mutated_workbooks_open_or_fail_clearly(seeds: list[Path], tmp_path: Path) -> None:
    rng = random.Random(SEED)
    names = list(MUTATIONS)
    tally: collections.Counter[tuple[str, str]] = collections.Counter()
    crashes: list[str] = []
    for number in range(COUNT):
        seed = rng.choice(seeds)
        mutation = names[number % len(names)]
        path = tmp_path / f"{number:05d}-{seed.stem}.xlsx"
        path.write_bytes(MUTATIONS[mutation](seed.read_bytes(), rng))
        result, trace = _try(path)
        tally[(mutation, result)] += 1
        if trace is not None:
            crashes.append(f"{path} ({mutation} of {seed.name}):\n{trace}")
        else:
            path.unlink()
    print("\nfuzz xlsx:", json.dumps({f"{m} → {r}": n for (m, r), n in sorted(tally.items())}, ensure_ascii=False))
    assert not crashes, "\n".join(crashes[:5])
    assert sum(n for (_, r), n in tally.items() if r == "opened") > 0  # not everything is simply refused


@FUZZ_SETTINGS
@given(data=st.data())
def test_hypothesis_mutations_of_workbooks(
    seeds: list[Path], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    seed = data.draw(st.sampled_from(seeds))
    mutation = data.draw(st.sampled_from(sorted(MUTATIONS)))
    salt = data.draw(st.integers(0, 2**32))
    path = tmp_path_factory.mktemp("hyp") / "mutant.xlsx"
    path.write_bytes(MUTATIONS[mutation](seed.read_bytes(), random.Random(salt)))
    outcome(path)


# JSON -------------------------------------------------------------------------------------------------

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", "0", "-1", "1e999", "NaN", "158", "4484040.00", "1e-999999", "９９", " 5 ", "\ud800"]),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=20,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _replace(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node[path[0]] = _replace(node[path[0]], path[1:], value)
    return node


def _open_and_save(path: Path, folder: Path) -> None:
    """Open, and when it opens, save as JSON and xlsx and open those again: no step may crash."""
    if outcome(path) == "refused":
        return
    document = load_document(path).document
    for suffix in (".json", ".xlsx"):
        target = folder / f"again{suffix}"
        save_document(document, target)
        assert (
            document_to_dict(load_document(target).document)["cost_items"] == document_to_dict(document)["cost_items"]
        )


@FUZZ_SETTINGS
@given(data=st.data())
def test_example_json_with_one_value_replaced(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    document = json.loads(example_path().read_text("utf-8"))
    target = data.draw(st.sampled_from(_paths(document)))
    document = _replace(document, target, data.draw(JSON_VALUES))
    folder = tmp_path_factory.mktemp("json")
    path = folder / "doc.json"
    text = json.dumps(document, ensure_ascii=data.draw(st.booleans()), default=str)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))  # a raw lone surrogate: not valid UTF-8, on purpose
    _open_and_save(path, folder)


@FUZZ_SETTINGS
@given(value=JSON_VALUES)
def test_any_json_value(tmp_path_factory: pytest.TempPathFactory, value: Any) -> None:
    folder = tmp_path_factory.mktemp("anyjson")
    path = folder / "doc.json"
    path.write_text(json.dumps(value), "utf-8")
    _open_and_save(path, folder)


@FUZZ_SETTINGS
@given(
    raw=st.binary(max_size=2000), head=st.sampled_from([b"", b"{", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
)
def test_any_bytes(tmp_path_factory: pytest.TempPathFactory, raw: bytes, head: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "file.xlsx"
    path.write_bytes(head + raw)
    outcome(path)


def test_json_mutated_bytes(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    original = example_path().read_bytes()
    results: collections.Counter[str] = collections.Counter()
    for number in range(COUNT):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            position = rng.randrange(len(data))
            data[position] = rng.choice(b'{}[]",:0123456789.-eE\\ nulltrue\x00\xff\xe9')
        path = tmp_path / f"{number}.json"
        path.write_bytes(bytes(data))
        results[outcome(path)] += 1
    print("\nfuzz json bytes:", dict(results))


# Huge and deeply nested input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[" * 1_000_000,
        '{"a":' * 200_000 + "1" + "}" * 200_000,
        '{"format": "gridbudget-document", "year": 1' + "0" * 100_000 + "}",
        '{"format": "gridbudget-document", "cost_items": [' + ",".join(["{}"] * 200_000) + "]}",
    ],
    ids=["a million brackets", "deep objects", "a 100,000-digit number", "200,000 empty lines"],
)
def test_huge_or_deep_json(text: str, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(text, "utf-8")
    outcome(path, limit=30)


def test_json_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.write(b"{")
        stream.truncate(65 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(DocumentError, match="文件太大"):
        load_document(path)


# The command line -------------------------------------------------------------------------------


def test_cli_check_on_mutants_exits_0_1_or_2_without_traceback(seeds: list[Path], tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    files = []
    for number, mutation in enumerate(list(MUTATIONS) * 3):
        path = tmp_path / f"{number:02d}.xlsx"
        path.write_bytes(MUTATIONS[mutation](rng.choice(seeds).read_bytes(), rng))
        files.append(path)
    result = subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", "check", *map(str, files)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1, 2), result
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr, result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith(f"gridbudget: {tmp_path}"), line
    assert result.stdout.count(str(tmp_path)) + len(result.stderr.splitlines()) == len(files)
