"""Bound a test by the work done, not by the clock: count the function calls a piece of code makes.

A count is the same on a quiet and on a busy machine (issue 29: a test that fails only because the machine is
loaded tells a newcomer nothing), and a regression that makes parsing quadratic still shows as a count that
grows. Speed itself is measured in benchmarks/.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def calls_made(work: Callable[[], object]) -> int:
    """How many Python and C function calls ``work()`` makes (an exception it raises is swallowed)."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        work()
    except Exception:  # the work's outcome is asserted by the caller; here only its size counts
        pass
    finally:
        sys.setprofile(previous)
    return count
