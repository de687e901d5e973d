"""Safe writes: a temporary file beside the target, flushed to disk, then ``os.replace()``d into place."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from gridbudget_gui.io.document_file import DocumentError, describe_os_error

TEMP_PREFIX = ".~gb"
STALE_TEMP_SECONDS = 600
"""A temp file of ours this old is debris of a save that was killed (a save takes seconds)."""


def _temp_prefix(path: Path) -> str:
    # Short whatever the name (a 250-byte name still fits), and the same for every save of one file,
    # so that a later save finds the debris of a killed one. hashlib (OpenSSL) is imported here, when a file is
    # written: the window's first paint and the commands that only read do not load it.
    import hashlib

    return f"{TEMP_PREFIX}{hashlib.sha1(path.name.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}-"


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete our temp files for ``path`` left by saves that were killed (older than STALE_TEMP_SECONDS)."""
    removed = []
    folder = path.parent if str(path.parent) else Path(".")
    now = time.time()
    with contextlib.suppress(OSError):
        for temp in folder.glob(f"{_temp_prefix(path)}*.tmp"):
            with contextlib.suppress(OSError):
                if now - temp.lstat().st_mtime > STALE_TEMP_SECONDS and temp.is_file():
                    temp.unlink()
                    removed.append(temp)
    return removed


def real_target(path: Path) -> Path:
    """The file a save replaces: a symbolic link is followed, so the link stays and its target is written."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through ``write(stream)`` so that a failure leaves any old file as it was.

    A symbolic link is followed (its target is replaced). Raises DocumentError naming the file and the
    cause (full disk, read-only folder, file in use…).
    """
    shown = Path(path)
    try:
        path = real_target(shown)
    except OSError as error:
        raise DocumentError(shown, f"保存失败：{describe_os_error(error)}") from error
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise DocumentError(shown, f"保存失败：“{folder}”是一个文件，不是文件夹")
        raise DocumentError(shown, "保存失败：文件夹不存在")
    remove_stale_temps(path)
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            if path.exists():
                os.chmod(temp_name, path.stat().st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        raise DocumentError(shown, f"保存失败：{describe_os_error(error)}") from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def atomic_write_bytes(path: Path, data: bytes | io.BytesIO) -> None:
    """atomic_write of bytes made beforehand (a document packed in memory, so a failing disk fails here)."""

    def write(stream: BinaryIO) -> None:
        # A packed buffer is lent as a view only while it is written: a view kept alive (by a traceback)
        # would stop the buffer from ever being freed.
        stream.write(data.getbuffer() if isinstance(data, io.BytesIO) else data)

    atomic_write(path, write)


def file_stamp(path: Path) -> tuple[int, int] | None:
    """What tells that a file changed on disk: its modification time (ns) and size; None when it is gone."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: 申报书.xlsx → 申报书.bak.xlsx.

    The suffix stays last so that a double click still opens the backup in Excel, WPS or GridBudget.
    """
    path = Path(path)
    return path.with_name(f"{path.stem}.bak{path.suffix}")


def keep_backup(path: Path) -> Path | None:
    """Copy the file about to be overwritten to its backup name (atomically); the backup, or None.

    Best effort: a backup that cannot be written (say, the .bak open in Excel) must not stop the save.
    """
    path = Path(path)
    try:
        if not path.is_file():
            return None
    except OSError:  # a name too long: the save itself says so
        return None
    target = backup_path(path)

    def copy(stream: BinaryIO) -> None:
        with open(path, "rb") as source:
            shutil.copyfileobj(source, stream)

    try:
        atomic_write(target, copy)
    except DocumentError:
        return None
    with contextlib.suppress(OSError):
        shutil.copystat(path, target)
    return target
