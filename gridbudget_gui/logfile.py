"""The log file: where it lives on each system and the rotating handler that writes it.

Plain Python, no Qt: the command line writes the same file as the window. The folder is the one Qt calls
AppLocalDataLocation, plus ``logs`` (the autosave folder's neighbour), worked out by Qt's own rules so that
both agree (tests/ui/test_failures.py compares them).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import override

ORGANISATION = APPLICATION = "GridBudget"
"""The names app.py gives Qt; they make up the folder, as in ``%LOCALAPPDATA%\\GridBudget\\GridBudget``."""

LOG_NAME = "gridbudget.log"
MAX_BYTES = 1_000_000
"""A file grows to about this size before it is rotated: a year of ordinary use, small enough to e-mail."""

BACKUP_COUNT = 3
"""Rotated files kept beside the current one (gridbudget.log.1 … .3)."""

LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"

PACKAGE_LOGGER = logging.getLogger("gridbudget_gui")


def log_folder() -> Path:
    """The folder of the log file: ``%LOCALAPPDATA%\\GridBudget\\GridBudget\\logs`` on Windows, and on Linux
    ``~/.local/share/GridBudget/GridBudget/logs`` (or under ``$XDG_DATA_HOME``)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # The XDG specification says a relative path is to be ignored; Qt ignores it too.
        base = Path(xdg) if xdg.startswith("/") else Path.home() / ".local" / "share"
    return base / ORGANISATION / APPLICATION / "logs"


class _LogFile(RotatingFileHandler):
    """A rotating file that never disturbs the user: a record it cannot write is dropped silently."""

    @override
    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            # Windows refuses to rename a file another GridBudget (a second window, the command line)
            # holds open: keep appending to the current file; the rename is tried again with the next record.
            if self.stream is None:
                self.stream = self._open()
        _dump_crashes_to(self)

    @override
    def handleError(self, record: logging.LogRecord) -> None:
        # logging's default prints "--- Logging error ---" to stderr: in the command line that would break
        # its one-line-per-failure contract, and the window has no console to print to.
        pass


def start_logging(level: int = logging.INFO) -> Path | None:
    """Send the package's log records to the rotating log file; return its path, or None when none can be written.

    Calling it again keeps the file already open. A folder that cannot be created (no permission, a file in
    its place) never stops the program: it then runs without a log file.
    """
    path = log_folder() / LOG_NAME
    PACKAGE_LOGGER.setLevel(level)
    handler = _log_file_handler()
    if handler is not None and Path(handler.baseFilename) == path.absolute():
        return path
    stop_logging()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    PACKAGE_LOGGER.addHandler(handler)
    _dump_crashes_to(handler)
    return path


def _dump_crashes_to(handler: _LogFile) -> None:
    # A crash inside a native library (a segfault, or on Windows an access violation in a Qt DLL) kills the
    # process before any Python handler runs: faulthandler writes every thread's stack into the log file then.
    # It writes to the file descriptor, so it follows the handler to each new file after a rollover.
    if handler.stream is not None:
        handler.flush()
        faulthandler.enable(file=handler.stream, all_threads=True)


def _log_file_handler() -> _LogFile | None:
    # The logger itself holds the handler: no second, module-level record of it to keep in step.
    return next((h for h in PACKAGE_LOGGER.handlers if isinstance(h, _LogFile)), None)


def current_log_file() -> Path | None:
    """The log file records go to now, or None when logging to a file has not started (or could not)."""
    handler = _log_file_handler()
    return Path(handler.baseFilename) if handler is not None else None


def stop_logging() -> None:
    """Close the log file (tests call this between tests; the program simply exits)."""
    handler = _log_file_handler()
    if handler is not None:
        PACKAGE_LOGGER.removeHandler(handler)
        # Crashes go back to the console, where there is one (the window program on Windows has none).
        try:
            faulthandler.enable(file=sys.__stderr__, all_threads=True)  # type: ignore[arg-type]
        except (AttributeError, OSError, ValueError):  # None, closed, or no file descriptor
            faulthandler.disable()
        handler.close()
