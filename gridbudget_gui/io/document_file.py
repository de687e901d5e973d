"""What every reader and writer shares: the document read with its notes, and the one error naming file and cause."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Finding


@dataclass
class LoadResult:
    """A document read from a file, with what the reader noticed on the way (info or warning findings)."""

    document: Document
    notes: list[Finding] = field(default_factory=list)
    foreign: bool = False
    """True when the file was not written by GridBudget (a colleague's layout: save with Save As)."""


class DocumentError(Exception):
    """A file could not be read or written. ``str()`` is the one line the user sees."""

    def __init__(self, path: Path | str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = Path(path)
        self.cause = cause


def describe_os_error(error: OSError) -> str:
    """A clear Chinese cause for an OSError (full disk, no permission, missing folder…)."""
    import errno

    reasons = {
        errno.ENOSPC: "磁盘已满",
        errno.EACCES: "没有权限（文件可能被其他程序占用，或文件夹只读）",
        errno.EPERM: "没有权限（文件可能被其他程序占用，或文件夹只读）",
        errno.ENOENT: "文件或文件夹不存在",
        errno.EROFS: "文件系统只读",
        errno.EISDIR: "这是一个文件夹，不是文件",
        errno.ENOTDIR: "路径中的某一级不是文件夹",
        errno.EDQUOT: "超出磁盘配额",
        errno.ENAMETOOLONG: "文件名太长",
        errno.ELOOP: "符号链接形成了循环",
        errno.EIO: "读写磁盘时出错（磁盘或网络驱动器可能有故障）",
        errno.EBUSY: "文件或设备正忙",
        errno.ETXTBSY: "文件正被其他程序使用",
        errno.EEXIST: "文件已存在",
        errno.EXDEV: "不能跨磁盘移动文件",
        errno.EINVAL: "文件名或参数无效",
        errno.EFBIG: "文件太大，超出文件系统的限制",
        errno.EMFILE: "打开的文件太多",
        errno.ENFILE: "系统打开的文件太多",
        errno.ENXIO: "设备不存在或未连接",
        errno.ENODEV: "设备不存在",
        errno.ENOTEMPTY: "文件夹不是空的",
        errno.ETIMEDOUT: "连接超时（网络驱动器可能已断开）",
        errno.EAGAIN: "资源暂时不可用，请稍后再试",
        errno.ESTALE: "网络文件已失效，请重新打开",
        errno.ENOMEM: "内存不足",
    }
    # Windows: Excel or WPS holds the file open (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION).
    if getattr(error, "winerror", None) in (32, 33):
        return "文件正被其他程序（如 Excel、WPS）打开：请先关闭它再保存"
    reason = reasons.get(error.errno or 0)
    if reason is None:
        # The system's own text is in English on most machines: the number is what a helper can look up.
        reason = f"系统错误（错误码 {error.errno}）" if error.errno else f"系统错误（{type(error).__name__}）"
    return reason


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused with a DocumentError when larger than ``limit`` or unreadable.

    ``what`` names what the file should have been, for the message (申报文档, 申报表…).
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentError(path, f"文件太大（{size // 1024 // 1024} MB），不像是{what}")
        return path.read_bytes()
    except OSError as error:
        raise DocumentError(path, f"无法读取：{describe_os_error(error)}") from error


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a document is read or written: it would walk the millions of
    reachable containers of a 100,000-line declaration again and again (half the time of loading one, a
    tenth of saving one); any cycle made meanwhile is collected once it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
