"""Safe saves: a failed save explains itself, keeps the document open and modified, and harms no file."""

from __future__ import annotations

import errno
import gc
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gridbudget_gui.cli import main
from gridbudget_gui.io import atomic
from gridbudget_gui.io.atomic import backup_path
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import load_document, save_document
from gridbudget_gui.io.json import read_json

Failure = Callable[[pytest.MonkeyPatch, Path], None]


def _full_disk(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Every write of a temporary file fails as on a full disk."""

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", fsync)


def _really_full_disk(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The temporary file is /dev/full: the kernel itself answers ENOSPC on the first flush."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    real = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)  # type: ignore[call-overload]
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)


def _read_only_folder(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The folder refuses new files (root ignores chmod, so the refusal is simulated)."""

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target.parent))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)


def _held_by_excel(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Excel holds the file open: on Windows, replacing it fails with a sharing violation."""
    real = os.replace

    def replace(source: str, destination: str | Path) -> None:
        if Path(destination) == target:
            problem = PermissionError(errno.EACCES, "The process cannot access the file", str(target))
            problem.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION, as Windows sets it
            raise problem
        real(source, destination)

    monkeypatch.setattr(atomic.os, "replace", replace)


FAILURES: dict[str, tuple[Failure, str]] = {
    "full disk": (_full_disk, "磁盘已满"),
    "full disk (/dev/full)": (_really_full_disk, "磁盘已满"),
    "read-only folder": (_read_only_folder, "没有权限"),
    "held open by Excel": (_held_by_excel, "Excel"),
}


@pytest.fixture
def existing(example_document, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A saved declaration in its own folder."""
    folder = tmp_path / "folder"
    folder.mkdir()
    path = folder / "申报书.xlsx"
    save_document(example_document, path)
    return path


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# The workbook is zipped in memory before the disk is touched, so a failing disk leaves no half-written
# ZipFile behind: its __del__ would raise an unraisable exception, which this mark turns into a failure.
NO_LEAKED_ZIP = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")


@NO_LEAKED_ZIP
@pytest.mark.parametrize("name", list(FAILURES))
@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_failed_save_leaves_old_file_and_no_debris(
    name: str, suffix: str, example_document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "folder"
    folder.mkdir()
    target = folder / f"申报书{suffix}"
    save_document(example_document, target)
    before = target.read_bytes()
    example_document.cost_items[0].name = "新的名称"
    failure, cause = FAILURES[name]
    failure(monkeypatch, target)
    with pytest.raises(DocumentError) as raised:
        save_document(example_document, target)
    monkeypatch.undo()
    gc.collect()
    assert cause in raised.value.cause and str(target) in str(raised.value)
    assert "\n" not in str(raised.value)
    assert target.read_bytes() == before
    assert {p.name for p in folder.iterdir()} <= {target.name, backup_path(target).name}  # no temp files


def test_missing_folder(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "gone" / "申报书.xlsx"
    with pytest.raises(DocumentError, match="文件夹不存在"):
        save_document(example_document, target)
    assert not (tmp_path / "gone").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders")
def test_really_read_only_folder(existing: Path, example_document) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(existing.parent)
    existing.parent.chmod(0o555)
    try:
        with pytest.raises(DocumentError, match="没有权限"):
            save_document(example_document, existing)
    finally:
        existing.parent.chmod(0o755)
    assert _snapshot(existing.parent) == before


def test_previous_version_is_kept_as_backup(existing: Path, example_document) -> None:  # type: ignore[no-untyped-def]
    first = existing.read_bytes()
    backup = backup_path(existing)
    assert backup.name == "申报书.bak.xlsx" and not backup.exists()
    example_document.cost_items[0].name = "第二版"
    save_document(example_document, existing)
    assert backup.read_bytes() == first
    assert load_document(backup).document.cost_items[0].name != "第二版"  # the backup opens like any workbook
    second = existing.read_bytes()
    example_document.cost_items[0].name = "第三版"
    save_document(example_document, existing)
    assert backup.read_bytes() == second  # one backup: always the version before the last save
    json_target = existing.with_suffix(".json")
    save_document(example_document, json_target)
    save_document(example_document, json_target)
    assert read_json(backup_path(json_target)).document.cost_items[0].name == "第三版"
    pdf = existing.with_suffix(".pdf")
    save_document(example_document, pdf)
    save_document(example_document, pdf)
    assert not backup_path(pdf).exists()  # a PDF is an output, made again at will


def test_backup_that_cannot_be_written_does_not_stop_the_save(
    existing: Path, example_document, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    backup = backup_path(existing)
    real = os.replace

    def replace(source: str, destination: str | Path) -> None:
        if Path(destination) == backup:
            raise PermissionError(errno.EACCES, "in use", str(backup))
        real(source, destination)

    monkeypatch.setattr(atomic.os, "replace", replace)
    example_document.cost_items[0].name = "照样保存"
    save_document(example_document, existing)
    assert load_document(existing).document.cost_items[0].name == "照样保存"
    assert not backup.exists()
    assert [p.name for p in existing.parent.iterdir()] == [existing.name]


@NO_LEAKED_ZIP
@pytest.mark.parametrize("name", list(FAILURES))
def test_cli_export_fails_with_one_line(
    name: str, existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = existing.with_name("导出.json")
    assert main(["export", str(existing), str(target)]) == 0
    before = target.read_bytes()
    failure, cause = FAILURES[name]
    failure(monkeypatch, target)
    capsys.readouterr()
    assert main(["export", str(existing), str(target)]) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and cause in err and str(target) in err and "Traceback" not in err
    assert target.read_bytes() == before


def test_cli_export_into_missing_folder(existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(existing), str(tmp_path / "gone" / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "文件夹不存在" in err


# Issue 20: names, links, debris and files changed behind our back ----------------------------------


def test_a_long_valid_name_saves(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.io.formats import load_document, save_document

    target = tmp_path / ("申" * 83 + ".json")  # 254 bytes: the temp name once added 14 more
    assert len(target.name.encode()) == 254
    save_document(example_document, target)
    assert load_document(target).document.project.name == example_document.project.name


def test_a_name_over_255_bytes_is_a_clear_message(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.io.formats import save_document

    with pytest.raises(DocumentError, match="文件名太长"):
        save_document(example_document, tmp_path / ("申" * 90 + ".json"))


def test_saving_over_a_symlink_replaces_its_target_and_keeps_the_link(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.io.json import read_json, write_json

    real = tmp_path / "real" / "申报书.json"
    real.parent.mkdir()
    real.write_text("{}", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_json(example_document, link)
    assert link.is_symlink() and read_json(real).document.project.name == example_document.project.name


def test_debris_of_a_killed_save_is_removed_by_the_next_save(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.io.atomic import STALE_TEMP_SECONDS, _temp_prefix
    from gridbudget_gui.io.json import write_json

    target = tmp_path / "申报书.json"
    stale = tmp_path / f"{_temp_prefix(target)}dead.tmp"
    fresh = tmp_path / f"{_temp_prefix(target)}live.tmp"  # another save may be writing this one now
    for temp in (stale, fresh):
        temp.write_bytes(b"a full copy")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    write_json(example_document, target)
    assert not stale.exists() and fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, fresh.name])


def test_a_parent_that_is_a_file_is_named(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.io.json import write_json

    (tmp_path / "file").write_text("x")
    with pytest.raises(DocumentError, match="是一个文件，不是文件夹"):
        write_json(example_document, tmp_path / "file" / "a.json")


def test_a_folder_as_target_is_named(example_document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gridbudget_gui.io.formats import save_document

    with pytest.raises(DocumentError, match="这是一个文件夹"):
        save_document(example_document, tmp_path)


def test_unknown_errno_is_not_english() -> None:
    from gridbudget_gui.io.document_file import describe_os_error

    assert describe_os_error(OSError(errno.ELOOP, "Too many levels of symbolic links")) == "符号链接形成了循环"
    assert describe_os_error(OSError(errno.ENOLINK, "Link has been severed")) == f"系统错误（错误码 {errno.ENOLINK}）"
