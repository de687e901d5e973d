"""Which packages the wheel holds: every package under gridbudget_gui is found, never listed by hand.

pyproject.toml cannot say this alone: the top-level ``resources/`` folder ships inside the package as
``gridbudget_gui/resources``, and ``packages.find`` cannot add packages that live outside the tree it
searches. So the code packages and the resource folders are both found here, and the one mapping is added.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "gridbudget_gui.resources"
resource_folders = [f"{RESOURCES}.{name}" for name in find_namespace_packages(where="resources")]

setup(
    packages=[*find_packages(include=["gridbudget_gui", "gridbudget_gui.*"]), RESOURCES, *resource_folders],
    package_dir={RESOURCES: "resources"},
    package_data={RESOURCES: ["*"], **{folder: ["*"] for folder in resource_folders}},
)
