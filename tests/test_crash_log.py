"""A crash in native code (a segfault in a Qt library) still leaves its Python stacks in the log file."""

from __future__ import annotations

import os
import subprocess
import sys

from gridbudget_gui import logfile

# Starts logging as the program does, writes one record, then crashes the way a native library would.
CRASH = """
import faulthandler, logging, sys
from gridbudget_gui.logfile import start_logging
start_logging()
logging.getLogger("gridbudget_gui.ui.printing").info("Printing 3 of 3 pages")
if sys.argv[1] == "rotated":
    from gridbudget_gui import logfile
    handler = next(h for h in logfile.PACKAGE_LOGGER.handlers if isinstance(h, logfile._LogFile))
    handler.doRollover()
    logging.getLogger("gridbudget_gui").info("after the rollover")
def paint_pages():
    faulthandler._sigsegv()
paint_pages()
"""


def _crash(how: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONFAULTHANDLER": ""}
    return subprocess.run(
        [sys.executable, "-c", CRASH, how], capture_output=True, text=True, timeout=60, env=env, check=False
    )


def test_a_segfault_writes_the_stacks_into_the_log_file() -> None:
    crashed = _crash("plain")
    assert crashed.returncode != 0
    text = (logfile.log_folder() / logfile.LOG_NAME).read_text(encoding="utf-8", errors="replace")
    assert "Printing 3 of 3 pages" in text
    assert "Fatal Python error: Segmentation fault" in text
    assert "in paint_pages" in text  # the Python frame the crash happened in
    assert text.index("Printing 3 of 3 pages") < text.index("Fatal Python error")


def test_after_a_rollover_the_crash_goes_to_the_new_file() -> None:
    crashed = _crash("rotated")
    assert crashed.returncode != 0
    current = (logfile.log_folder() / logfile.LOG_NAME).read_text(encoding="utf-8", errors="replace")
    assert "after the rollover" in current and "Fatal Python error: Segmentation fault" in current
    rotated = (logfile.log_folder() / f"{logfile.LOG_NAME}.1").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error" not in rotated
