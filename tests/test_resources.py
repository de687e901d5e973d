"""The resource finder from a source checkout and from an installed wheel (the frozen build: test_frozen.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gridbudget_gui.resources import cjk_font_path, example_path, resource_path, resources_dir

REPO = Path(__file__).resolve().parent.parent
WHEEL_SOURCES = ("pyproject.toml", "README.md", "gridbudget_gui", "resources")

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


@pytest.mark.slow
def test_an_installed_wheel_finds_the_resources_inside_the_package(tmp_path: Path) -> None:
    # Build from a copy, so setuptools leaves no build/ or egg-info behind in the checkout.
    source = tmp_path / "source"
    source.mkdir()
    for name in WHEEL_SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(origin, source / name)
    wheels, target, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "cwd"
    elsewhere.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    # No build isolation: the venv's setuptools builds it, with no download.
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)], check=True)
    (wheel,) = wheels.glob("gridbudget-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)

    # -s: no user site; PYTHONPATH puts the wheel first, ahead of the venv's editable install of the checkout.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
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
