"""One place that finds the program's resources: a source checkout, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding fonts, schemes, translations, icons and the example.

    A frozen build unpacks it beside the program (``sys._MEIPASS``); a wheel installs it inside the
    package as ``gridbudget_gui/resources``; a source checkout keeps it at the top of the repository.
    """
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "schemes").is_dir():
            return candidate
    raise FileNotFoundError("找不到程序资源文件夹 resources（安装不完整）")


def resource_path(*parts: str) -> Path:
    """The path of one resource, such as ``resource_path("fonts", "x.ttf")``."""
    return resources_dir().joinpath(*parts)


def example_path() -> Path:
    """The built-in example: the 2021 五进网格 declaration."""
    return resource_path("example", "wujin-wangge-2021.json")


CJK_FONT_FILE = "uming.ttc"
"""The bundled Song/Ming face (AR PL UMing, Arphic Public License); see resources/fonts/README.md."""

CJK_FONT_SUBFONT = 0
"""The face inside the collection: 0 is "AR PL UMing CN", the simplified-Chinese (GB) glyph forms."""

CJK_FONT_FAMILY = "AR PL UMing CN"
"""The family name Qt reports for that face after ``QFontDatabase.addApplicationFont``."""


def cjk_font_path() -> Path:
    """The bundled CJK TrueType collection used by the PDF and the window (face ``CJK_FONT_SUBFONT``)."""
    return resource_path("fonts", CJK_FONT_FILE)
