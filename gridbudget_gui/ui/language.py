"""The interface language: GridBudget's own translation and Qt's, installed together at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gridbudget_gui.domain import labels
from gridbudget_gui.resources import resource_path

SOURCE_LANGUAGE = "zh_CN"
"""The strings in the code are written in Chinese; other languages come from ``.qm`` files."""

_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]  # the language installed last, for the texts made outside Qt (the findings)


def translations_dir() -> Path:
    """The folder with ``gridbudget_<lang>.ts`` and the compiled ``.qm`` files."""
    return resource_path("translations")


def qt_translations_dir() -> str:
    """Qt's own translations (qtbase_zh_CN.qm, qtbase_en.qm…), shipped inside PySide6."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


STANDARD_BUTTON_KEYS = {
    "Save": "保存(&S)",
    "Discard": "不保存(&N)",
    "Don't Save": "不保存(&N)",
    "Save All": "全部保存(&A)",
    "Apply": "应用(&A)",
    "Reset": "重置(&R)",
    "Retry": "重试(&R)",
    "Ignore": "忽略(&I)",
}
"""Qt's Chinese catalogue gives 保存, 丢弃… without access keys; a clerk answers 保存修改 with Alt+S or Alt+N."""

FILE_TYPE_WORDS = {"Folder": "文件夹", "File": "文件", "Drive": "驱动器", "Shortcut": "快捷方式", "Unknown": "未知"}
"""The file dialog's 类型 column words that Qt's Chinese catalogue lacks (QAbstractFileIconProvider)."""


class AccessKeyTranslator(QTranslator):
    """Adds access keys to the standard buttons Qt's Chinese catalogue leaves without them (保存(&S))."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The button text with its access key, or None (the next catalogue answers) for any other text."""
        if context == "QPlatformTheme":
            return STANDARD_BUTTON_KEYS.get(source)
        if context == "QAbstractFileIconProvider":
            return FILE_TYPE_WORDS.get(source)
        return None

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Install Qt's and GridBudget's translators for ``language`` (replacing earlier ones); return what loaded.

    Qt's ``qtbase`` catalogue makes the standard buttons and dialogs (OK, Cancel, the file dialog)
    speak the same language as the menus.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language
    # The locale of the dialogs Qt draws itself: file types from the MIME database (Excel 2007 电子表格, not
    # Microsoft Excel Worksheet) and dates as 2026/12/7, whatever the system's LANG (often C on Linux).
    QLocale.setDefault(QLocale(language))
    loaded: list[str] = []
    catalogues = [(f"qtbase_{language}", qt_translations_dir())]
    if language != SOURCE_LANGUAGE:
        catalogues.append((f"gridbudget_{language}", str(translations_dir())))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    if language == SOURCE_LANGUAGE:  # installed last, asked first
        keys = AccessKeyTranslator(app)
        app.installTranslator(keys)
        _installed.append(keys)
    return loaded


def interface_language() -> str:
    """The interface language installed last (``zh_CN`` until one is installed)."""
    return _current[0]


def field_label(key: str) -> str:
    """The label of a field (``unit.code``, ``project.basis``…) from ``domain.labels`` in the interface language."""
    return labels.label(key, interface_language())


def field_in_sentence(key: str) -> str:
    """A field's label as written inside a sentence of the interface (``legal basis`` in English)."""
    return labels.in_sentence(key, interface_language())
