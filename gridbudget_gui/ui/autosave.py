"""Autosave and crash recovery: the open document is copied to the user's data folder a few seconds after
changes stop, and a copy left behind by a run that died is offered back at the next start.

Each running window owns one autosave slot, ``<id>.json`` (the document JSON) with ``<id>.meta.json``
(which file, when) and ``<id>.lock`` (a QLockFile holding the PID). A slot whose lock is stale — its
process is gone, whatever the reason — belongs to a crashed run and is offered for recovery.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.json import dumps_document, read_json, read_json_salvaged
from gridbudget_gui.ui.session import DocumentSession

log = logging.getLogger(__name__)

DEFAULT_DELAY_SECONDS = 3.0
DELAY_VARIABLE = "GRIDBUDGET_AUTOSAVE_SECONDS"
META_FORMAT = "gridbudget-autosave"
RESTORED_MESSAGE_MS = 10_000
DAMAGED_FOLDER = "damaged"
MAX_META_BYTES = 64 * 1024


def autosave_folder() -> Path:
    """The folder of autosave slots: ``<AppDataLocation>/autosave``."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".gridbudget") / "autosave"


def autosave_delay() -> float:
    """Seconds of quiet after the last change before the autosave is written (GRIDBUDGET_AUTOSAVE_SECONDS)."""
    try:
        seconds = float(os.environ.get(DELAY_VARIABLE, DEFAULT_DELAY_SECONDS))
    except ValueError:
        return DEFAULT_DELAY_SECONDS
    return min(max(seconds, 0.0), 3600.0)


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # Only a dead owner makes a lock stale: Qt's default would also call a 30-second-old lock stale.
    lock.setStaleLockTime(0)
    return lock


def _write_text(path: Path, text: str) -> None:
    data = text.encode("utf-8")

    atomic_write_bytes(path, data)


class Autosaver(QObject):
    """Writes the watched session's document to this run's autosave slot after changes stop."""

    saveFailed = Signal(str)
    """Writing the autosave failed: the message for the status bar (never a dialog every few seconds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = autosave_folder()
        self.slot = f"{os.getpid()}-{os.urandom(4).hex()}"
        self.last_error = ""
        self._session: DocumentSession | None = None
        self._lock: QLockFile | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(autosave_delay() * 1000))
        self._timer.timeout.connect(self.save_now)

    @property
    def document_path(self) -> Path:
        """This run's autosaved document JSON."""
        return self.folder / f"{self.slot}.json"

    @property
    def meta_path(self) -> Path:
        """This run's autosave metadata (original file, time, display name)."""
        return self.folder / f"{self.slot}.meta.json"

    def watch(self, session: DocumentSession) -> None:
        """Follow ``session`` from now on; the previous session's autosave is dropped (saved or discarded)."""
        if self._session is not None:
            with contextlib.suppress(RuntimeError):  # the old session may already be deleted
                self._session.undo_stack.indexChanged.disconnect(self._changed)
                self._session.undo_stack.cleanChanged.disconnect(self._clean_changed)
        self._session = session
        session.undo_stack.indexChanged.connect(self._changed)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.remove()
        if not session.undo_stack.isClean():
            self._timer.start()

    def _changed(self, _index: int = 0) -> None:
        self._timer.start()  # a single-shot timer restarts: it fires once changes have stopped

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.remove()

    def save_now(self) -> bool:
        """Write the autosave now (or drop it when the document is saved); False when writing failed."""
        self._timer.stop()
        session = self._session
        if session is None or session.undo_stack.isClean():
            self.remove()
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                self._lock = _lock(self.folder / f"{self.slot}.lock")
                if not self._lock.tryLock(0):
                    self._lock = None
                    raise DocumentError(self.folder, "无法锁定自动保存文件")
            _write_text(self.document_path, dumps_document(session.document))
            meta = {
                "format": META_FORMAT,
                "path": str(session.path) if session.path is not None else None,
                "foreign": session.foreign,
                "display_name": session.display_name(),
                "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "pid": os.getpid(),
            }
            _write_text(self.meta_path, json.dumps(meta, ensure_ascii=False, indent=2))
        except (OSError, DocumentError) as problem:
            # Never a dialog every few seconds: the window shows this in its status bar, and the log
            # gets it once, not at every retry.
            if str(problem) != self.last_error:
                log.warning("Autosave to %s failed: %s", self.folder, problem)
            self.last_error = str(problem)
            self.saveFailed.emit(self.tr("自动保存失败：{0}").format(problem))
            return False
        self.last_error = ""
        return True

    def remove(self) -> None:
        """Delete this run's autosave (the document was saved, discarded or closed)."""
        self._timer.stop()
        for path in (self.meta_path, self.document_path):
            with contextlib.suppress(OSError):
                path.unlink()

    def finish(self) -> None:
        """The window closes for good: drop the autosave and release the lock."""
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def autosave_before_risk(widget: QWidget | None, step: str) -> bool:
    """Write the autosave of the window ``widget`` is in now, before ``step`` (print, print preview) runs native
    code that could crash the process (Qt's PDF and printer libraries): then even such a crash loses nothing
    typed, and the next start offers it back. False only when the autosave could not be written."""
    while widget is not None:
        autosaver = widget.findChild(Autosaver, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(autosaver, Autosaver):
            saved = autosaver.save_now()
            log.info("Before %s: %s", step, "autosaved" if saved else "the autosave failed")
            return saved
        widget = widget.parentWidget()
    return True


@dataclass(frozen=True)
class Orphan:
    """An autosave slot left behind by a run that ended without saving (a crash or a kill)."""

    slot: str
    document_path: Path
    meta_path: Path
    meta: dict[str, Any]
    lock: QLockFile
    """Held while the orphan is offered, so a second window starting at once does not offer it too."""

    @property
    def original(self) -> Path | None:
        """The file the document came from, if it had one."""
        path = self.meta.get("path")
        return Path(path) if isinstance(path, str) and path else None

    @property
    def saved_at(self) -> str:
        """When it was autosaved, as the user reads it."""
        text = self.meta.get("saved_at")
        try:
            return datetime.fromisoformat(str(text)).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.modified))

    @property
    def modified(self) -> float:
        """When the autosave was written, by its file (0 when it is gone)."""
        try:
            return self.document_path.stat().st_mtime
        except OSError:
            return 0.0

    def discard(self) -> None:
        """Delete the slot's files and its lock."""
        for path in (self.meta_path, self.document_path):
            with contextlib.suppress(OSError):
                path.unlink()
        self.lock.unlock()


def set_aside(path: Path) -> Path | None:
    """Move a damaged autosave file into the ``damaged`` folder beside it (never deleted unread); its new path."""
    folder = path.parent / DAMAGED_FOLDER
    target = folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{path.name}"
    try:
        folder.mkdir(exist_ok=True)
        os.replace(path, target)
    except OSError as problem:
        log.warning("Could not set aside the damaged autosave %s: %s", path, problem)
        return None
    log.warning("Set aside the damaged autosave %s as %s", path, target)
    return target


def _read_meta(meta_path: Path) -> dict[str, Any] | None:
    """The slot's metadata, or None when it is missing; a damaged one is set aside and read as empty."""
    if not meta_path.exists():
        return None
    try:
        if meta_path.stat().st_size > MAX_META_BYTES:
            raise ValueError("too large")
        meta = json.loads(meta_path.read_text("utf-8"))
        if not isinstance(meta, dict) or meta.get("format") != META_FORMAT:
            raise ValueError("not an autosave's metadata")
    except (OSError, ValueError, RecursionError) as problem:  # RecursionError: "[" × 100,000
        log.warning("Autosave metadata %s is damaged: %s", meta_path, type(problem).__name__)
        set_aside(meta_path)
        return {}
    return meta


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Autosaves of runs that are no longer alive, newest first; each is locked for the caller.

    A slot whose metadata is damaged or missing is still offered (its metadata set aside); metadata
    without its document is set aside.
    """
    folder = folder or autosave_folder()
    if not folder.is_dir():
        return []
    slots = {path.name.removesuffix(".meta.json") for path in folder.glob("*.meta.json")}
    slots |= {path.stem for path in folder.glob("*.json") if not path.name.endswith(".meta.json")}
    orphans = []
    for slot in sorted(slots):
        document_path = folder / f"{slot}.json"
        meta_path = folder / f"{slot}.meta.json"
        lock = _lock(folder / f"{slot}.lock")
        if not lock.tryLock(0):
            continue  # a live window owns it (or another one is offering it right now)
        try:
            meta = _read_meta(meta_path)
            if not document_path.is_file():
                if meta is not None and meta_path.exists():
                    set_aside(meta_path)
                raise ValueError(document_path)
            document_path.stat()
        except (OSError, ValueError):
            lock.unlock()
            continue
        orphans.append(Orphan(slot, document_path, meta_path, meta or {}, lock))
    orphans.sort(key=lambda orphan: orphan.modified, reverse=True)
    return orphans


class RecoveryHost(Protocol):
    """What recovery needs of the window: a parent for its questions, its autosaver, a way to show a session."""

    @property
    def autosave(self) -> Autosaver:
        """The window's autosaver, which takes over the restored document."""
        ...

    def window(self) -> QWidget:
        """The window the questions belong to."""
        ...

    def statusBar(self) -> QStatusBar:
        """Where to say what was restored."""
        ...

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session``'s document."""
        ...


def offer_recovery(window: RecoveryHost) -> bool:
    """Offer the newest autosave of a crashed run; True when one was restored into ``window``.

    Whatever the autosave folder holds, the program starts: a failure here is logged, never raised.
    """
    try:
        orphans = find_orphans()
    except Exception:
        log.exception("Looking for autosaves failed")
        return False
    restored = False
    for orphan in orphans:
        if restored:
            orphan.lock.unlock()  # left for the next start
            continue
        try:
            restored = _offer(window, orphan)
        except Exception:
            log.exception("Offering the autosave %s failed", orphan.document_path)
            orphan.lock.unlock()
    return restored


def _offer(host: RecoveryHost, orphan: Orphan) -> bool:
    from PySide6.QtWidgets import QMessageBox

    window = host.window()
    name = str(orphan.meta.get("display_name") or QCoreApplication.translate("Autosaver", "未命名"))
    where = (
        str(orphan.original)
        if orphan.original is not None
        else QCoreApplication.translate("Autosaver", "（新建的申报书，尚未保存过）")
    )
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Autosaver", "恢复未保存的修改"),
        QCoreApplication.translate(
            "Autosaver",
            "GridBudget 上次没有正常退出。\n\n“{0}”有未保存的修改，自动保存于 {1}。\n文件：{2}\n\n"
            "是否恢复这些修改？选择“否”将删除这份自动保存。",
        ).format(name, orphan.saved_at, where),
        buttons.Yes | buttons.No,
        buttons.Yes,
    )
    if answer != buttons.Yes:
        orphan.discard()
        return False
    partial = False
    try:
        loaded = read_json(orphan.document_path)
    except DocumentError as problem:
        log.warning("Autosave %s could not be read whole: %s", orphan.document_path, problem)
        try:
            loaded = read_json_salvaged(orphan.document_path)
            partial = True
        except DocumentError:
            kept = set_aside(orphan.document_path)
            if orphan.meta_path.exists():
                set_aside(orphan.meta_path)
            QMessageBox.warning(
                window,
                QCoreApplication.translate("Autosaver", "无法恢复"),
                QCoreApplication.translate(
                    "Autosaver", "自动保存的文件已损坏，无法读取：{0}\n\n文件已移到：{1}"
                ).format(problem.cause, kept or orphan.document_path),
            )
            orphan.lock.unlock()
            return False
    if partial:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Autosaver", "只能部分恢复"),
            QCoreApplication.translate(
                "Autosaver",
                "自动保存的文件不完整（上次可能在写入时中断），已恢复其中能读取的部分，请仔细核对。\n\n"
                "原文件已移到：{0}",
            ).format(set_aside(orphan.document_path) or orphan.document_path),
        )
    session = DocumentSession(loaded.document, orphan.original, foreign=bool(orphan.meta.get("foreign")))
    session.recheck_all()
    # Not what is on disk: the title shows it modified, and Save writes to the original file (or asks).
    session.undo_stack.resetClean()
    host.set_session(session)
    log.info("Recovered the autosave of %s from %s", orphan.original or "a new declaration", orphan.saved_at)
    if host.autosave.save_now():
        orphan.discard()  # this run's own slot now holds the restored document
    else:
        orphan.lock.unlock()
    host.statusBar().showMessage(
        QCoreApplication.translate("Autosaver", "已恢复自动保存于 {0} 的修改").format(orphan.saved_at),
        RESTORED_MESSAGE_MS,
    )
    return True
