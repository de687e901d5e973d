"""The resource finder from a source checkout, and the built wheel: complete, and able to start the window.

The frozen build has its own tests (test_frozen.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from gridbudget_gui.resources import cjk_font_path, example_path, resource_path, resources_dir

REPO = Path(__file__).resolve().parent.parent
WHEEL_SOURCES = ("pyproject.toml", "setup.py", "README.md", "gridbudget_gui", "resources")
# What a clean clone does not have: caches, and what an earlier build left behind.
NOT_IN_A_CLEAN_TREE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")

# Run inside the wheel's install folder: print where the package and its resources were found.
PROBE = """
import json, gridbudget_gui
from gridbudget_gui.resources import resources_dir, cjk_font_path, example_path
print(json.dumps({
    "package": gridbudget_gui.__file__,
    "resources": str(resources_dir()),
    "font": cjk_font_path().is_file(),
    "example": example_path().is_file(),
    "schemes": sorted(p.name for p in (resources_dir() / "schemes").glob("*.json")),
    "icon": (resources_dir() / "icons" / "gridbudget.png").is_file(),
    "licence": (resources_dir() / "fonts" / "ARPHICPL.TXT").is_file(),
}))
"""


def test_the_checkout_finds_the_top_level_resources_folder() -> None:
    assert resources_dir() == REPO / "resources"
    assert cjk_font_path().is_file()
    assert (resources_dir() / "fonts" / "ARPHICPL.TXT").is_file()
    assert example_path().is_file()
    assert {p.name for p in resource_path("schemes").glob("*.json")} >= {"2021.json", "classic.json"}
    assert resource_path("icons", "gridbudget.png").is_file()
    assert resource_path("icons", "gridbudget.ico").is_file()
    assert {p.name for p in resource_path("codes").glob("*.json")} >= {"economic-2020.json", "function-2021.json"}


PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]


def _without_python_variables() -> dict[str, str]:
    """This environment minus PYTHONPATH, PYTHONHOME and the like, which would import the checkout instead."""
    return {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the source tree as a clean clone has it."""
    # Build from a copy, so setuptools leaves no build/ or egg-info behind in the checkout.
    source = tmp_path_factory.mktemp("source")
    for name in WHEEL_SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=NOT_IN_A_CLEAN_TREE)
        else:
            shutil.copy2(origin, source / name)
    wheels = tmp_path_factory.mktemp("wheels")
    # No build isolation: the venv's setuptools builds it, with no download.
    subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)], check=True, timeout=120
    )
    (built,) = wheels.glob("gridbudget-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_every_package_of_the_source_tree(wheel: Path) -> None:
    packages = {
        folder.relative_to(REPO).as_posix()
        for folder in (REPO / "gridbudget_gui").rglob("*")
        if (folder / "__init__.py").is_file()
    } | {"gridbudget_gui"}
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"gridbudget_gui/ui/models", "gridbudget_gui/io/xlsx", "gridbudget_gui/io/pdf"} <= packages
    assert sorted(package for package in packages if f"{package}/__init__.py" not in names) == []


@pytest.mark.slow
def test_the_wheel_in_a_fresh_venv_starts_the_window_on_the_example(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # No pip in it: this venv's pip installs into it (--python), so nothing is downloaded or bootstrapped.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
            env=_without_python_variables(),
        ).stdout.strip()
    )
    # The dependencies (Qt, openpyxl…) from this venv, as a plain path line: Python appends it to sys.path
    # and reads no .pth file inside it, so this venv's editable install of the checkout never runs there.
    (site_packages / "dependencies-of-the-test-venv.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")
    subprocess.run([*PIP, "--python", str(python), "install", "--no-deps", str(wheel)], check=True, timeout=120)

    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = _without_python_variables() | {"QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [python, "-c", "import sys, gridbudget_gui.ui.main_window as m; print(m.__file__); print(sys.meta_path)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    imported_from, meta_path = probe.stdout.splitlines()
    assert Path(imported_from).is_relative_to(site_packages / "gridbudget_gui")
    assert "__editable__" not in meta_path

    started = subprocess.run(
        [venv / "bin" / "gridbudget", "--example", "--smoke"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    assert "first paint after" in started.stdout


@pytest.mark.slow
def test_an_installed_wheel_finds_the_resources_inside_the_package(wheel: Path, tmp_path: Path) -> None:
    target, elsewhere = tmp_path / "site", tmp_path / "cwd"
    elsewhere.mkdir()
    subprocess.run([*PIP, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)

    # -s: no user site; PYTHONPATH puts the wheel first, ahead of the venv's editable install of the checkout.
    env = _without_python_variables()
    env["PYTHONPATH"] = str(target)
    probe = subprocess.run(
        [sys.executable, "-s", "-c", PROBE],
        check=True,
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    found = json.loads(probe.stdout)
    assert Path(found["package"]).is_relative_to(target)
    assert Path(found["resources"]) == target / "gridbudget_gui" / "resources"
    assert found["font"] and found["example"] and found["icon"] and found["licence"]
    assert set(found["schemes"]) >= {"2021.json", "classic.json"}
