"""Regular expressions compiled when first used, not at import: the start-up of the window and of the command
line does not pay for the patterns of readers and rules it does not run (issue 24, item 5)."""

from __future__ import annotations

import re
from functools import cache


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with ``flags``, once per process."""
    return re.compile(pattern, flags)
