"""The shape of the house: no Qt in domain/ and io/, a docstring on everything public, ruff and mypy clean."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "gridbudget_gui"
BIN = Path(sys.executable).parent
QT_FREE = [path for folder in ("domain", "io") for path in sorted((PACKAGE / folder).rglob("*.py"))]


def _imported_modules(tree: ast.AST) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            modules.update(a.value for a in node.args[:1] if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return modules


def test_the_import_walk_sees_every_form() -> None:
    tree = ast.parse("import PySide6.QtCore\nfrom PySide6 import QtGui\nimportlib.import_module('PySide6.QtWidgets')\n")
    assert _imported_modules(tree) == {"PySide6.QtCore", "PySide6", "PySide6.QtWidgets"}


@pytest.mark.parametrize("path", QT_FREE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_and_io_never_import_qt(path: Path) -> None:
    modules = _imported_modules(ast.parse(path.read_text(encoding="utf-8")))
    qt = sorted(m for m in modules if m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"})
    assert qt == [], f"{path.relative_to(REPO)} imports {qt}"


def test_domain_never_imports_file_formats() -> None:
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        modules = _imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        roots = {m.split(".")[0] for m in modules}
        assert not roots & {"openpyxl", "reportlab", "xlrd"}, path
        assert not {m for m in modules if m.startswith(("gridbudget_gui.io", "gridbudget_gui.ui"))}, path


def _undocumented(tree: ast.Module) -> list[str]:
    missing: list[str] = []

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if node.name.startswith("_"):
                    continue
                name = f"{prefix}{node.name}"
                overrides_qt = (
                    prefix
                    and isinstance(node, ast.FunctionDef)
                    and node.name[:1].islower()
                    and any(ch.isupper() for ch in node.name)
                )  # Qt's camelCase overrides (data, rowCount…) are documented by Qt
                if ast.get_docstring(node) is None and not overrides_qt:
                    missing.append(f"{name} (line {node.lineno})")
                if isinstance(node, ast.ClassDef):
                    visit(node.body, f"{name}.")

    visit(tree.body, "")
    return missing


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_public_functions_and_classes_have_docstrings(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    if source.strip():  # an empty __init__.py only marks a package
        assert ast.get_docstring(tree), f"{path.relative_to(REPO)} has no module docstring"
    assert _undocumented(tree) == []


def test_the_docstring_walk_finds_a_missing_one() -> None:
    tree = ast.parse('"""m."""\ndef public():\n    pass\nclass A:\n    """a."""\n    def method(self):\n        pass\n')
    assert _undocumented(tree) == ["public (line 2)", "A.method (line 6)"]


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / tool), *args], check=False, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_ruff_is_clean() -> None:
    targets = [name for name in ("gridbudget_gui", "tests", "benchmarks") if (REPO / name).exists()]
    result = _run("ruff", "check", *targets)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run("mypy")  # files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
