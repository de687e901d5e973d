"""The window's file commands: new, open, save, save as, export PDF or Word, print, and the recent files.

A colleague's workbook is never overwritten: Save on a file opened from another layout (or from .xls)
goes through Save As, which proposes 原名-GridBudget.xlsx beside it and names the original as a
colleague's file before replacing it; only our own .xlsx and .json are saved in place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from gridbudget_gui.domain.document import Document
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.schemes import SCHEME_IDS, skeleton_matrix
from gridbudget_gui.io.atomic import file_stamp, keep_backup
from gridbudget_gui.io.document_file import DocumentError
from gridbudget_gui.io.formats import OPEN_SUFFIXES, load_document, save_document
from gridbudget_gui.resources import example_path
from gridbudget_gui.ui.session import DocumentSession
from gridbudget_gui.ui.settings import DEFAULT_SCHEME, Settings

if TYPE_CHECKING:  # the dialogs, the message boxes and the export worker are imported when first used: the
    # window's first paint does not wait for them
    from gridbudget_gui.ui.export_worker import ExportRun, Progress

OPENABLE_SUFFIXES = OPEN_SUFFIXES
"""Every format the reader accepts: the Open dialog's default filter and what may be dropped on the window."""
SAVED_IN_PLACE_SUFFIXES = (".xlsx", ".json")
"""Our own formats: Save writes these back; anything else is saved under a new name."""
UNSAFE_FILE_NAME_CHARACTERS = '\\/:*?"<>|'
SAVED_MESSAGE_MS = 5_000
COLLEAGUE_SUFFIX = "-GridBudget"
"""Added to a colleague's file name for our copy beside it: 申报书.xlsx → 申报书-GridBudget.xlsx."""
FOREIGN_FILE_MESSAGE_MS = 10_000


def commit_editors() -> None:
    """Commit whatever editor has focus, so that Save and Close see the text just typed."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()


def new_declaration(scheme_id: str) -> Document:
    """A new declaration on ``scheme_id`` (or the current scheme), its matrices holding the required groups."""
    if scheme_id not in SCHEME_IDS:
        scheme_id = DEFAULT_SCHEME
    document = Document(scheme=scheme_id)
    document.indicators.annual = skeleton_matrix(scheme_id)
    document.indicators.mid_term = skeleton_matrix(scheme_id)
    return document


def dropped_file(mime: QMimeData | None) -> Path | None:
    """The first declaration file among dragged URLs, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE_SUFFIXES:
            return Path(url.toLocalFile())
    return None


class DocumentFiles(QObject):
    """Opens and saves the window's declaration; the window shows what it opens and retitles when told."""

    sessionOpened = Signal(DocumentSession)
    """A document was opened or started: the window shows this session."""
    fileChanged = Signal()
    """The open document's file or its saved state changed: the window retitles."""

    def __init__(self, window: QMainWindow, settings: Settings, current: Callable[[], DocumentSession]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._current = current
        self._stamp: tuple[Path, tuple[int, int] | None] | None = None
        """The open file and its time and size when it was opened or saved: a change since then is asked about."""
        self.export_run: ExportRun | None = None
        """The export running in the worker, if any."""

    @property
    def session(self) -> DocumentSession:
        """The open declaration."""
        return self._current()

    def _show_message(self, text: str, milliseconds: int) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    # Open ----------------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True when it is fine to go on."""
        from PySide6.QtWidgets import QMessageBox

        commit_editors()
        if self.export_run is not None:  # the worker reads this document: it stays until the export ends
            self._show_message(self.tr("正在导出，请等导出完成或取消导出"), SAVED_MESSAGE_MS)
            return False
        if self.session.undo_stack.isClean():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            self.tr("保存修改"),
            self.tr("“{name}”有未保存的修改。是否保存？").format(name=self.session.display_name()),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def new_document(self) -> None:
        """Start an empty declaration."""
        if self.maybe_save():
            self.sessionOpened.emit(DocumentSession(new_declaration(self.settings.last_scheme)))

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        from gridbudget_gui.ui.file_dialogs import open_file_name

        if not self.maybe_save():
            return
        name, _ = open_file_name(
            self.window, self.tr("打开申报书"), str(self.settings.last_folder or Path.home()), self.open_filter()
        )
        if name:
            self.open_path(Path(name), ask=False)

    def open_example(self) -> None:
        """Open the built-in example as a new, unsaved declaration."""
        if self.maybe_save() and self.open_path(example_path(), ask=False):
            self.session.path = None
            self.fileChanged.emit()

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; on failure show the reader's message and keep what was open."""
        if ask and not self.maybe_save():
            return False
        try:
            loaded = load_document(path)
        except DocumentError as problem:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self.window, self.tr("无法打开"), str(problem))
            if path != example_path():
                self.settings.forget_recent_file(path.resolve())
            return False
        if path != example_path():
            self.settings.add_recent_file(path)
            self.settings.last_folder = path.resolve().parent
        self._stamp = (path, file_stamp(path))
        session = DocumentSession(loaded.document, path, foreign=loaded.foreign)
        session.notes = loaded.notes
        session.recheck_all()
        self.sessionOpened.emit(session)
        if loaded.foreign:
            self._show_message(
                self.tr("这是同事制作的工作簿：保存时将另存为“{name}”，不会改动原文件。").format(
                    name=Path(self.suggested_name(".xlsx")).name
                ),
                FOREIGN_FILE_MESSAGE_MS,
            )
        return True

    def open_recent(self, path: Path) -> bool:
        """Open a file from the recent files (asking to save first); a vanished file leaves the list."""
        from PySide6.QtWidgets import QMessageBox

        if not path.exists():
            self.settings.forget_recent_file(path)
            QMessageBox.warning(self.window, self.tr("无法打开"), self.tr("文件已不存在：{path}").format(path=path))
            return False
        return self.open_path(path, ask=True)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent files in ``menu`` (numbered, for the keyboard), with a way to clear them."""
        menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_recent(path))
        if not recent:
            menu.addAction(self.tr("（无）")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("清除列表"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []

    def open_filter(self) -> str:
        """The file types the Open dialog offers."""
        from gridbudget_gui.ui.file_dialogs import suffix_patterns

        return ";;".join(
            (
                self.tr("申报书") + f" ({suffix_patterns(OPENABLE_SUFFIXES)})",
                self.tr("Excel 工作簿") + f" ({suffix_patterns(('.xlsx', '.xls', '.xlsm', '.xlsb', '.et'))})",
                self.tr("其他表格") + f" ({suffix_patterns(('.ods', '.csv', '.htm', '.html', '.xml'))})",
                self.tr("Word 文档") + " (*.docx)",
                self.tr("GridBudget 文档") + " (*.json)",
                self.tr("所有文件") + " (*)",
            )
        )

    # Save ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the current file; a new or colleague's file goes through Save As."""
        path = self.session.path
        if path is None or self.session.foreign or path.suffix.lower() not in SAVED_IN_PLACE_SUFFIXES:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        from gridbudget_gui.ui.file_dialogs import save_file_name

        suggestion = self.suggested_name(".xlsx")
        name, chosen = save_file_name(self.window, self.tr("另存为"), suggestion, self.save_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in SAVED_IN_PLACE_SUFFIXES:
            path = path.with_suffix(".json" if "json" in chosen else ".xlsx")
        if not self._confirm_replacing_colleagues_file(path):
            return False
        return self.save_to(path)

    def colleagues_file(self) -> Path | None:
        """The colleague's file the open declaration was read from (not written by GridBudget), if any."""
        path = self.session.path
        if path is None or not (self.session.foreign or path.suffix.lower() not in SAVED_IN_PLACE_SUFFIXES):
            return None
        return path

    def _confirm_replacing_colleagues_file(self, path: Path) -> bool:
        """Saving over the colleague's own file is allowed only after a warning that names it as theirs."""
        from PySide6.QtWidgets import QMessageBox

        original = self.colleagues_file()
        if original is None or path.resolve() != original.resolve():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.window,
            self.tr("覆盖同事的文件"),
            self.tr(
                "“{name}”是同事制作的文件，不是 GridBudget 写的。\n\n"
                "用 GridBudget 的格式覆盖它，同事原来的排版、公式和其他工作表都将丢失。"
                "建议另存为“{suggestion}”。\n\n仍然覆盖同事的文件吗？"
            ).format(name=original.name, suggestion=Path(self.suggested_name(".xlsx")).name),
            buttons.Yes | buttons.Cancel,
            buttons.Cancel,
        )
        return answer == buttons.Yes

    def save_to(self, path: Path) -> bool:
        """Write the document to ``path``; on failure explain why and keep it open and modified."""
        from PySide6.QtWidgets import QMessageBox

        from gridbudget_gui.ui import export_worker

        session = self.session
        commit_editors()
        if not self._confirm_overwrite_changed(path):
            return False
        try:
            if path.suffix.lower() == ".xlsx" and len(session.document.written_cost_items) > export_worker.WORKER_LINES:
                self._save_in_worker(path)
            else:
                save_document(session.document, path)
        except DocumentError as problem:
            QMessageBox.critical(
                self.window,
                self.tr("保存失败"),
                self.tr("{problem}\n\n文档仍然打开，修改没有丢失。").format(problem=problem),
            )
            return False
        except export_worker.ExportCancelledError:
            self._show_message(self.tr("已取消保存，文件没有改动"), SAVED_MESSAGE_MS)
            return False
        session.path = path
        session.foreign = False
        self._stamp = (path, file_stamp(path))
        session.undo_stack.setClean()
        self.fileChanged.emit()
        self.settings.add_recent_file(path)
        self.settings.last_folder = path.resolve().parent
        self._show_message(self.tr("已保存到 {path}").format(path=path), SAVED_MESSAGE_MS)
        return True

    def _save_in_worker(self, path: Path) -> None:
        """Save a long declaration as xlsx in the worker, the window painting and locked until it is written;
        raise DocumentError when it failed and ExportCancelledError when the user cancelled it."""
        from gridbudget_gui.ui import export_worker
        from gridbudget_gui.ui.export_worker import CANCELLED, WRITTEN, ExportRun

        document = self.session.document
        self.export_run = ExportRun(
            self.window,
            self.tr("保存"),
            path,
            lambda target, _progress: save_document(document, target),
            saving=True,
            before_replace=keep_backup,  # what save_document does for the file it replaces
        )
        try:
            outcome, text = self.export_run.wait()
        finally:
            self.export_run = None
        if outcome == CANCELLED:
            raise export_worker.ExportCancelledError
        if outcome != WRITTEN:
            raise DocumentError(path, text.removeprefix(f"{path}: "))

    def _confirm_overwrite_changed(self, path: Path) -> bool:
        """When ``path`` changed on disk since it was opened or saved here (another window or program), ask."""
        from PySide6.QtWidgets import QMessageBox

        if self._stamp is None or self._stamp[0] != path:
            return True
        now = file_stamp(path)
        if now is None or now == self._stamp[1]:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.window,
            self.tr("文件已被修改"),
            self.tr("“{path}”在打开之后已被其他程序或窗口修改。\n\n覆盖它将丢失那些修改。是否仍然覆盖？").format(
                path=path
            ),
            buttons.Save | buttons.Cancel,
            buttons.Cancel,
        )
        return answer == buttons.Save

    def save_filter(self) -> str:
        """The file types the Save As dialog offers."""
        return self.tr("Excel 工作簿 (*.xlsx);;GridBudget 文档 (*.json)")

    def suggested_name(self, suffix: str) -> str:
        """A file name to offer: the current file's with ``suffix``, else year and project name in the last folder.

        For a colleague's file it is a new name beside it (申报书-GridBudget.xlsx), so that Enter never
        replaces the original.
        """
        original = self.colleagues_file()
        if original is not None:
            return str(original.with_name(f"{original.stem}{COLLEAGUE_SUFFIX}{suffix}"))
        if self.session.path is not None:
            return str(self.session.path.with_suffix(suffix))
        document = self.session.document
        named = f"{document.year or ''}{document.project.name}"
        stem = "".join(ch for ch in named if ch not in UNSAFE_FILE_NAME_CHARACTERS) or "申报书"
        return str((self.settings.last_folder or Path.home()) / f"{stem}{suffix}")

    # Export and print ----------------------------------------------------------------------------

    def export_name(self, suffix: str) -> str:
        """The name an export offers: ``suggested_name`` in the folder exported to last (remembered between runs)."""
        suggestion = Path(self.suggested_name(suffix))
        folder = self.settings.export_folder
        return str(folder / suggestion.name) if folder is not None and folder.is_dir() else str(suggestion)

    def exported_to(self, path: Path) -> None:
        """Remember the folder of an export, for the next export and the file dialogs."""
        self.settings.export_folder = path.resolve().parent
        self.settings.last_folder = path.resolve().parent

    def export_pdf(self) -> bool:
        """Export the declaration as PDF."""
        # Imported here: the PDF writer loads only when the user exports or prints.
        from gridbudget_gui.io.pdf.write import write_pdf

        side_by_side = self.settings.pdf_side_by_side  # 文件 → 中期、年度指标左右并排

        def save(document: Document, path: Path, _progress: Progress | None = None) -> None:
            write_pdf(document, path, side_by_side=side_by_side)

        return self._export(".pdf", self.tr("导出 PDF"), self.tr("PDF 文件 (*.pdf)"), save)

    def export_word(self) -> bool:
        """Export the declaration as a Word document."""
        from gridbudget_gui.io.docx.write import write_docx

        return self._export(".docx", self.tr("导出 Word"), self.tr("Word 文档 (*.docx)"), write_docx)

    def _export(
        self,
        suffix: str,
        title: str,
        file_filter: str,
        save: Callable[[Document, Path, Progress | None], None],
    ) -> bool:
        """Ask for a name and write the export; a long one (export_worker.WORKER_LINES) in the worker with a
        progress dialog, the window locked meanwhile: True when written or started."""
        from PySide6.QtWidgets import QMessageBox

        from gridbudget_gui.ui import export_worker
        from gridbudget_gui.ui.export_worker import ExportRun
        from gridbudget_gui.ui.file_dialogs import save_file_name

        commit_editors()
        if not self._export_despite_errors(title):
            return False
        name, _ = save_file_name(self.window, title, self.export_name(suffix), file_filter)
        if not name:
            return False
        path = Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")
        document = self.session.document
        if len(document.written_cost_items) > export_worker.WORKER_LINES:
            self.export_run = ExportRun(
                self.window, title, path, lambda target, progress: save(document, target, progress)
            )
            self.export_run.ended.connect(self._export_ended)
            self.export_run.start()
            self.exported_to(path)  # the folder chosen is remembered whether the worker ends well or not
            return True
        try:
            save(document, path, None)
        except DocumentError as problem:
            QMessageBox.critical(self.window, self.tr("导出失败"), str(problem))
            return False
        self.exported_to(path)
        self._show_message(self.tr("已导出 {path}").format(path=path), SAVED_MESSAGE_MS)
        return True

    def _export_ended(self, outcome: str, text: str) -> None:
        """Say how the export in the worker ended."""
        from PySide6.QtWidgets import QMessageBox

        from gridbudget_gui.ui.export_worker import CANCELLED, WRITTEN

        self.export_run = None
        if outcome == WRITTEN:
            self._show_message(self.tr("已导出 {path}").format(path=text), SAVED_MESSAGE_MS)
        elif outcome == CANCELLED:
            self._show_message(self.tr("已取消导出，没有写入“{name}”").format(name=Path(text).name), SAVED_MESSAGE_MS)
        else:
            QMessageBox.critical(self.window, self.tr("导出失败"), text)

    def _export_despite_errors(self, title: str) -> bool:
        """Name the count of errors and ask before exporting a declaration that has any (a draft may be wanted)."""
        from PySide6.QtWidgets import QMessageBox

        errors = sum(finding.severity is Severity.ERROR for finding in self.session.findings)
        if not errors:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            title,
            self.tr("申报书还有 {count} 个错误（见“问题”列表）。仍要导出吗？").format(count=errors),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    def print_document(self) -> None:
        """Print the PDF's pages on a chosen printer."""
        # Imported here: QtPdf and the PDF writer load only when the user prints.
        from gridbudget_gui.ui.printing import print_document

        commit_editors()
        print_document(self.session.document, self.window, side_by_side=self.settings.pdf_side_by_side)

    def print_preview(self) -> None:
        """Show the pages exactly as they will print."""
        from gridbudget_gui.ui.printing import preview_document

        commit_editors()
        preview_document(self.session.document, self.window, side_by_side=self.settings.pdf_side_by_side)
