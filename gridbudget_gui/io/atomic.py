"""Safe writes: a temporary file beside the target, flushed to disk, then ``os.replace()``d into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from gridbudget_gui.io.document_file import DocumentError, describe_os_error


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through ``write(stream)`` so that a failure leaves any old file as it was.

    Raises DocumentError naming the file and the cause (full disk, read-only folder, file in use…).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DocumentError(path, "保存失败：文件夹不存在")
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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
        raise DocumentError(path, f"保存失败：{describe_os_error(error)}") from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


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
    if not path.is_file():
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
