"""Start-up: the system interface font is used (the bundled one only as a fallback), and the program starts on the example and paints."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from gridbudget_gui.app import load_fonts, make_application
from gridbudget_gui.resources import CJK_FONT_FAMILY


def test_the_window_uses_the_system_face_and_the_song_face_only_for_chinese_it_lacks(qapp: QApplication) -> None:
    assert load_fonts() == CJK_FONT_FAMILY
    font = make_application().font()
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    assert font.families()[0] != CJK_FONT_FAMILY and system in font.families()
    assert font.families()[-1] == CJK_FONT_FAMILY  # a fallback for Chinese, after the interface face
    # "Overall" drawn in the interface face, not the print face whose digits are a typewriter's.
    assert QFontInfo(font).family() != CJK_FONT_FAMILY


def test_the_program_starts_on_the_example_and_paints() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gridbudget_gui", "--example", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    assert "Traceback" not in result.stderr
