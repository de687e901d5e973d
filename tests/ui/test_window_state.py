"""The first window fits the screen's available area (the taskbar excluded), frame and all."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from gridbudget_gui.app import make_application
from gridbudget_gui.ui.main_window import MainWindow
from gridbudget_gui.ui.settings import Settings
from gridbudget_gui.ui.window_state import DEFAULT_WINDOW_SIZE, FRAME_ALLOWANCE, first_frame
from tests.conftest import REPO


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


# Opens the example in a real window, waits (a bounded number of polls) until the window manager has framed it,
# and prints the frame, the screen's available area and the status bar's bottom edge, in screen coordinates.
FRAMED_WINDOW = """
from PySide6.QtCore import QTimer
from gridbudget_gui.app import make_application
from gridbudget_gui.ui.main_window import MainWindow

app = make_application()
window = MainWindow()
window.open_example()
window.show()
polls = 0

def report():
    global polls
    polls += 1
    frame = window.frameGeometry()
    if frame == window.geometry() and polls < 100:  # not framed yet
        QTimer.singleShot(50, report)
        return
    available = window.screen().availableGeometry()
    status = window.statusBar()
    bottom = status.mapToGlobal(status.rect().bottomLeft()).y()
    rects = [frame, available]
    print("FRAME", *[n for r in rects for n in (r.x(), r.y(), r.width(), r.height())], bottom, polls, flush=True)
    app.exit(0)

QTimer.singleShot(50, report)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("openbox") is None, reason="needs Xvfb and openbox (apt-get install)"
)
def test_on_a_1366x768_x_display_with_a_window_manager_the_status_bar_is_in_sight() -> None:
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        text=True,
    )
    manager = None
    try:
        assert server.stdout is not None
        display = ":" + server.stdout.readline().strip()
        env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
        manager = subprocess.Popen(["openbox", "--sm-disable"], env=env, stderr=subprocess.DEVNULL)
        # A window shown before the manager runs is never framed: wait until openbox has claimed the screen.
        for _ in range(100):
            claimed = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True, check=False
            )
            if "window id" in claimed.stdout:
                break
            assert manager.poll() is None, "openbox exited"
            time.sleep(0.1)
        else:
            pytest.fail("openbox did not start")
        shown = subprocess.run(
            [sys.executable, "-c", FRAMED_WINDOW], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert shown.returncode == 0, shown.stderr[-3000:]
        line = next(line for line in shown.stdout.splitlines() if line.startswith("FRAME"))
        fx, fy, fw, fh, ax, ay, aw, ah, status_bottom, polls = map(int, line.split()[1:])
        frame, available = QRect(fx, fy, fw, fh), QRect(ax, ay, aw, ah)
        print(line)
        assert polls < 100, "the window manager never framed the window"
        assert available.height() == 768  # a bare openbox: no panel
        assert available.contains(frame), (frame, available)
        assert frame.bottom() <= 767 and status_bottom <= frame.bottom()  # 合计 and the error counts are on screen
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()
