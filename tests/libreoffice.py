"""Run LibreOffice headless from tests and benchmarks: convert a file, with a private profile per call."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TIMEOUT = 180

needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert ``src`` to ``fmt`` (xlsx, xls, pdf…) into ``outdir`` and return the new file.

    Each call gets its own user profile: two soffice processes sharing one profile block each other.
    """
    if SOFFICE is None:
        raise RuntimeError("soffice not found")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        result = subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    target = outdir / f"{src.stem}.{fmt.split(':', 1)[0]}"
    if result.returncode != 0 or not target.exists():
        raise RuntimeError(f"LibreOffice failed on {src}: {result.returncode} {result.stdout} {result.stderr}")
    return target
