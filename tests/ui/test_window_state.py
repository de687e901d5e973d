"""The first window fits the screen's available area (the taskbar excluded), frame and all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from gridbudget_gui.app import make_application
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.settings import Settings
from gridbudget_gui.ui.window_state import DEFAULT_WINDOW_SIZE, FRAME_ALLOWANCE, first_frame


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1366, 728),  # a 1366×768 laptop with Windows' 40 px taskbar at the bottom
        QRect(0, 27, 1366, 741),  # deepin/UKUI with a panel at the top
        QRect(60, 0, 1306, 768),  # a panel on the left
        QRect(1366, 0, 1024, 600),  # a small second screen to the right
    ],
)
def test_the_first_frame_lies_inside_the_available_area(available: QRect) -> None:
    outer = first_frame(available)
    assert available.contains(outer), (outer, available)
    assert outer.height() == available.height()  # the default is taller than any of these: it takes all there is


def test_a_large_screen_gets_the_default_size_centred() -> None:
    available = QRect(0, 0, 1920, 1040)
    outer = first_frame(available)
    frame = FRAME_ALLOWANCE
    assert outer.size() == DEFAULT_WINDOW_SIZE.grownBy(frame)
    assert outer.center().x() in (959, 960) and available.contains(outer)


def test_the_first_window_fits_a_small_screen_with_a_taskbar(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    available = QRect(0, 32, 1024, 568)  # 1024×600 less a 32 px panel at the top
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))
    make_application()
    assert Settings().window_geometry.isEmpty()  # the first start: nothing remembered
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    frame = window.frameGeometry()
    assert available.contains(frame), (frame, available)
    allowance = FRAME_ALLOWANCE  # the estimate is at least as large as the frame any platform draws
    assert frame.height() >= available.height() - allowance.top() - allowance.bottom()
    status = window.statusBar()
    bottom_left = status.mapToGlobal(status.rect().bottomLeft())
    assert available.contains(bottom_left)  # 合计 and the error counts are in sight


def test_a_remembered_window_larger_than_this_screen_is_fitted(qtbot: QtBot) -> None:
    # Closed on a larger monitor, started again on the laptop: Qt's restoreGeometry() shrinks it to the area.
    make_application()
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(1500, 1000)
    first.close()  # its geometry is remembered
    assert not Settings().window_geometry.isEmpty()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    available = again.screen().availableGeometry()
    assert available.contains(again.frameGeometry()), (again.frameGeometry(), available)
