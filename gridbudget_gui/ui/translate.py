"""Marking constant strings for translation: lupdate finds them by name, the UI translates them where shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context`` and return it unchanged (Qt's own is typed ``object``)."""
    return text


def translated(context: str, text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP under ``context``) in the interface language."""
    return QCoreApplication.translate(context, text)


DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("Domain", "中期"),
    QT_TRANSLATE_NOOP("Domain", "年度"),
    QT_TRANSLATE_NOOP("Domain", "总投入"),
    QT_TRANSLATE_NOOP("Domain", "中央财政"),
    QT_TRANSLATE_NOOP("Domain", "省级财政"),
    QT_TRANSLATE_NOOP("Domain", "市本级财政"),
    QT_TRANSLATE_NOOP("Domain", "县（市）区级财政"),
    QT_TRANSLATE_NOOP("Domain", "其他"),
    QT_TRANSLATE_NOOP("Domain", "错误"),
    QT_TRANSLATE_NOOP("Domain", "警告"),
    QT_TRANSLATE_NOOP("Domain", "提示"),
    QT_TRANSLATE_NOOP("Domain", "完整性"),
    QT_TRANSLATE_NOOP("Domain", "相关性"),
    QT_TRANSLATE_NOOP("Domain", "适当性"),
    QT_TRANSLATE_NOOP("Domain", "可行性"),
    QT_TRANSLATE_NOOP("Domain", "2021版指标体系（财预〔2021〕101号）"),
    QT_TRANSLATE_NOOP("Domain", "传统指标体系（财政部2010年代规则）"),
)
"""Labels the domain defines in Chinese (periods, funding sources, severities, aspects, scheme titles), shown
translated.

The findings' messages are not among them: ``domain/messages.py`` holds them in both languages.
"""


def domain_word(text: str) -> str:
    """A label from the domain (中期, 总投入, 错误…) in the interface language."""
    return QCoreApplication.translate("Domain", text)
