"""Issue 26.6: F1's keyboard table lists every page of the sidebar, 绩效自评 (Ctrl+7) included."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gridbudget_gui.ui.help import keyboard_html
from gridbudget_gui.ui.navigation import Page


def test_the_keyboard_table_lists_every_page(qtbot: QtBot) -> None:
    html = keyboard_html()
    for page in Page:
        assert f"Ctrl+{page.number + 1}" in html and page.title in html
    assert f"Ctrl+{len(Page)}" in html and "绩效自评" in html
