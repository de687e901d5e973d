"""The PDF indicator layout setting: stacked by default, side by side once chosen, kept across sessions."""

from __future__ import annotations

from pathlib import Path

from gridbudget_gui.ui.settings import Settings


def test_the_side_by_side_choice_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    assert Settings(path).pdf_side_by_side is False
    settings = Settings(path)
    settings.pdf_side_by_side = True
    settings.sync()
    assert Settings(path).pdf_side_by_side is True
