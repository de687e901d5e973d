"""The shape of the house: no Qt in domain/ and io/, no import loops, only the entry points import the window,
a docstring on everything public, ruff and mypy clean."""

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


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
ENTRY_POINTS = {"gridbudget_gui.app", "gridbudget_gui.cli", "gridbudget_gui.__main__"}
MAIN_WINDOW = "gridbudget_gui.ui.main_window"


def _package_imports(module: str, tree: ast.AST, known: set[str]) -> set[str]:
    """The package's modules that ``module`` imports anywhere: at the top, in functions, under TYPE_CHECKING."""
    package = module if MODULES.get(module, Path()).name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # ``from package import module``
    return {name for name in found if name in known and name != module}


def _import_graph() -> dict[str, set[str]]:
    known = set(MODULES)
    return {
        module: _package_imports(module, ast.parse(path.read_text(encoding="utf-8")), known)
        for module, path in MODULES.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One loop through every group of modules that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_import_graph_sees_relative_function_level_and_type_checking_imports() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import find\n"
        "if TYPE_CHECKING:\n    from gridbudget_gui.ui.main_window import MainWindow\n"
        "def later():\n    import gridbudget_gui.ui.jump\n"
    )
    known = {"gridbudget_gui.ui.find", "gridbudget_gui.ui.jump", MAIN_WINDOW, "gridbudget_gui.ui.autosave"}
    assert _package_imports("gridbudget_gui.ui.autosave", ast.parse(source), known) == {
        "gridbudget_gui.ui.find",
        "gridbudget_gui.ui.jump",
        MAIN_WINDOW,
    }


def test_the_loop_finder_finds_a_loop_and_nothing_else() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []
    assert _cycles({"a": {"a"}}) == [["a"]]


def test_the_import_graph_covers_the_package() -> None:
    graph = _import_graph()
    assert MAIN_WINDOW in graph["gridbudget_gui.app"]
    assert "gridbudget_gui.ui.navigation" in graph["gridbudget_gui.ui.find"]


def test_no_modules_import_each_other_in_a_loop() -> None:
    assert _cycles(_import_graph()) == []


def test_only_the_entry_points_import_the_main_window() -> None:
    importers = {module for module, imports in _import_graph().items() if MAIN_WINDOW in imports}
    assert importers <= ENTRY_POINTS, sorted(importers - ENTRY_POINTS)


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
