"""Start-up: the bundled font is used, and the program starts on the example and paints."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from gridbudget_gui.app import load_fonts, make_application
from gridbudget_gui.resources import CJK_FONT_FAMILY


def test_the_bundled_song_face_is_the_application_font(qapp: QApplication) -> None:
    assert load_fonts() == CJK_FONT_FAMILY
    assert make_application().font().family() == CJK_FONT_FAMILY


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
