"""Shared fixtures: offscreen Qt, the example, the test data of tests/data, and settings and logs kept out of the user's home."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
# Everything a test reads lives inside the repository (tests/data/README.md says where each file comes from).
DATA = REPO / "tests" / "data"
FORMS = DATA / "forms"
ODD_XLSX = DATA / "odd-xlsx"
COLLEAGUE_FORM = FORMS / "chenggong-2021-wujin-wangge.xlsx"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep settings, autosave and recent files of every test in a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "local"))  # the log folder on Windows (logfile.log_folder)


@pytest.fixture(autouse=True)
def _log_file_closed() -> Iterator[None]:
    """Close the log file a test opened (cli.main and run_window open it), so none outlives its temp folder."""
    yield
    from gridbudget_gui.logfile import stop_logging

    stop_logging()


@pytest.fixture
def example_document():  # type: ignore[no-untyped-def]
    """A fresh copy of the built-in example (the 2021 五进网格 declaration)."""
    from gridbudget_gui.io.json import read_json
    from gridbudget_gui.resources import example_path

    return read_json(example_path()).document


@pytest.fixture
def clean_document(example_document):  # type: ignore[no-untyped-def]
    """The example with its known defects repaired by hand, so that no rule should fire on it.

    The cost indicators are filled in with the budget (534.58万元 = 5,345,800 元; 1603.74万元 = the mid-term
    16,037,400 元), line 1 is named for the 11 months it charges, and line 3 charges 12 months at twice the
    rate instead of 24 months (158 × 360 × 12 = 682,560, the same amount, so the totals still agree).
    The reviewer's defects of the indicators are repaired too: the vague 得到提升 and 成效显著 become figures,
    and the row of three indicators (城市卫生环境，街面秩序，基础设施完好度) keeps one of them.
    """
    from decimal import Decimal

    document = example_document
    document.indicators.mid_term[3].value = "≤1603.74万元"
    document.indicators.annual[3].value = "≤534.58万元"
    for matrix in (document.indicators.mid_term, document.indicators.annual):
        matrix[6].value, matrix[7].value, matrix[9].value = "≥95%", "≥90%", "≥90%"
        matrix[8].name = "基础设施完好度"
    document.cost_items[0].name = "1-11月份工资及劳务派遣费"
    terminal = document.cost_items[2]
    terminal.factors[1].value = Decimal(360)
    terminal.factors[2].value = Decimal(12)
    return document


@pytest.fixture(autouse=True, scope="session")
def _offscreen_clipboard_released() -> Iterator[None]:
    """Clear the clipboard before the interpreter exits.

    WORKAROUND: with PySide6 6.12 on the offscreen platform, mime data left on the clipboard (a copy in
    the table tests) makes the process segfault at exit (139) after every test passed. A real X11
    display (xcb under xvfb) exits cleanly, so the program itself needs no such step.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None and QApplication.platformName() == "offscreen":
        QApplication.clipboard().clear()


def as_written(document):  # type: ignore[no-untyped-def]
    """``document`` as JSON data with its indicator matrices in the scheme's order, as the workbook writes them.

    The workbook and the PDF always group the matrix by the scheme's 一级/二级指标; a document read back from
    our workbook therefore equals the saved one with its matrices ordered.
    """
    from gridbudget_gui.domain.schemes import ordered_matrix
    from gridbudget_gui.io.json import document_to_dict

    data = document_to_dict(document)
    for period in ("mid_term", "annual"):
        rows = document.indicators.matrix(period)
        order = ordered_matrix(rows, document.scheme)
        data["indicators"][period] = [
            data["indicators"][period][next(n for n, r in enumerate(rows) if r is row)] for row in order
        ]
    return with_shown_operators(document, data)


def with_shown_operators(document, data, per_matrix=False):  # type: ignore[no-untyped-def]
    """``data`` (the document's JSON, matrices in the order written) with 计算符号 and 计量单位 on every row wherever
    a row has one: every output prints them on every row as the window shows them (issue 26.3). The workbook
    decides the columns over both matrices, Word (``per_matrix``) for each matrix."""
    from gridbudget_gui.domain.targets import DERIVED_FIELDS, shown_operator_and_unit

    groups = [["mid_term"], ["annual"]] if per_matrix else [["mid_term", "annual"]]
    for key in DERIVED_FIELDS:
        for periods in groups:
            if not any(getattr(row, key) for period in periods for row in document.indicators.matrix(period)):
                continue
            for period in periods:
                for entry in data["indicators"][period]:
                    shown = shown_operator_and_unit(entry["value"], entry.get("operator", ""), entry.get("unit", ""))
                    text = shown[DERIVED_FIELDS.index(key)]
                    if text:
                        entry[key] = text
    return data
