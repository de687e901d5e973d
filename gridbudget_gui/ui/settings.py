"""The user's preferences, in one typed object with defaults, stored with QSettings in an INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}
"""The interface languages, each named in itself (as a language menu shows them)."""

DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_SCHEME = "2021"
"""The scheme of a new declaration until the user picks another: the current one."""
MAX_RECENT_FILES = 8


def settings_file() -> Path:
    """Where the settings live: ``GridBudget/GridBudget.ini`` in the user's config folder.

    The path is worked out on every call, not once per process as QSettings' own default is, so that
    tests that point ``XDG_CONFIG_HOME`` at a temporary folder each get fresh settings.
    """
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "GridBudget" / "GridBudget.ini"


def _as_list(value: object) -> list[object]:
    # QSettings' INI format gives a one-item list back as a plain value, and no list as None.
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _as_bytes(value: object) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()


class Settings:
    """GridBudget's preferences: language, recent files, last folder and scheme, window geometry, column widths."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()

    # Language ------------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface language: ``zh_CN`` (the default) or ``en``."""
        value = str(self._store.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        """Change the language."""
        self._store.setValue("ui/language", value if value in LANGUAGES else DEFAULT_LANGUAGE)

    # Export ------------------------------------------------------------------------------------

    @property
    def pdf_side_by_side(self) -> bool:
        """Whether the PDF lays the 中期 and 年度 indicator matrices side by side, as the seed form does."""
        return str(self._store.value("export/pdf_side_by_side", "false")).lower() in ("true", "1")

    @pdf_side_by_side.setter
    def pdf_side_by_side(self, value: bool) -> None:
        """Choose the side-by-side (True) or the stacked (False, the default) indicator layout."""
        self._store.setValue("export/pdf_side_by_side", bool(value))

    # Recent files --------------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[Path]:
        """Files opened or saved lately, newest first."""
        names = _as_list(self._store.value("files/recent", []))
        return [Path(str(name)) for name in names if name][:MAX_RECENT_FILES]

    @recent_files.setter
    def recent_files(self, paths: list[Path]) -> None:
        """Change the recent files."""
        self._store.setValue("files/recent", [str(path) for path in paths[:MAX_RECENT_FILES]])

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        path = path.resolve()
        self.recent_files = [path, *(p for p in self.recent_files if p != path)]

    def forget_recent_file(self, path: Path) -> None:
        """Drop ``path`` from the recent files (it could not be opened)."""
        self.recent_files = [p for p in self.recent_files if p != path]

    # Last choices -------------------------------------------------------------------------------

    @property
    def last_folder(self) -> Path | None:
        """The folder of the file last opened or saved, where the file dialogs start (None: none yet)."""
        value = str(self._store.value("files/last_folder", "") or "")
        return Path(value) if value and Path(value).is_dir() else None

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        """Remember the folder the file dialogs start in."""
        self._store.setValue("files/last_folder", str(folder))

    @property
    def export_folder(self) -> Path | None:
        """The folder of the last export (PDF, Word, 自评表), where the next export is offered (None: none yet)."""
        value = str(self._store.value("files/export_folder", "") or "")
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        """Remember the folder of the last export."""
        self._store.setValue("files/export_folder", str(folder))

    @property
    def last_scheme(self) -> str:
        """The indicator scheme a new declaration starts with: the last one chosen, else the current (2021)."""
        return str(self._store.value("documents/scheme", DEFAULT_SCHEME) or DEFAULT_SCHEME)

    @last_scheme.setter
    def last_scheme(self, scheme_id: str) -> None:
        """Remember the scheme chosen last."""
        self._store.setValue("documents/scheme", scheme_id)

    # Window --------------------------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's size and place, as ``QWidget.saveGeometry()`` gives it (empty: none yet)."""
        return _as_bytes(self._store.value("window/geometry", QByteArray()))

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        """Change the window geometry."""
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """The docks and toolbars, as ``QMainWindow.saveState()`` gives it (empty: none yet)."""
        return _as_bytes(self._store.value("window/state", QByteArray()))

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        """Change the window state."""
        self._store.setValue("window/state", value)

    def column_widths(self, table: str) -> list[int]:
        """The column widths last used in ``table`` (empty when none were saved)."""
        items = _as_list(self._store.value(f"columns/{table}", []))
        try:
            return [int(str(item)) for item in items]
        except (TypeError, ValueError):
            return []

    def set_column_widths(self, table: str, widths: list[int]) -> None:
        """Remember the column widths of ``table``."""
        self._store.setValue(f"columns/{table}", [int(width) for width in widths])
