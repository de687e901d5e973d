"""Stand-in for the ssl module in the glibc 2.28 build, whose interpreter is built without OpenSSL.

python-stdnum imports ssl at its top for its online checks (get_soap_client), which GridBudget never calls; the
program is offline. This module lets that import succeed; anything that tries TLS gets an error saying why.
"""

from __future__ import annotations

from typing import NoReturn


def __getattr__(name: str) -> NoReturn:
    """Refuse every use of TLS: this build has none."""
    raise OSError(f"ssl.{name}: this GridBudget build has no TLS (offline program, interpreter without OpenSSL)")
