"""帮助: the keyboard table and a short guide, shown in a window that stays open beside the editor."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gridbudget_gui.ui.navigation import Page
from gridbudget_gui.ui.translate import QT_TRANSLATE_NOOP

PAGE_KEY = QT_TRANSLATE_NOOP("Help", "转到“{page}”页，光标放在该页第一个格子")
"""One row per page of the sidebar (Ctrl+1 … Ctrl+7), so the table always lists every page."""

KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+PgDown / Ctrl+PgUp", QT_TRANSLATE_NOOP("Help", "下一页 / 上一页")),
    (
        QT_TRANSLATE_NOOP("Help", "直接输入"),
        QT_TRANSLATE_NOOP("Help", "在选中的单元格里开始输入（原内容被替换），如同 Excel"),
    ),
    ("F2", QT_TRANSLATE_NOOP("Help", "编辑单元格，保留原内容")),
    (
        "Enter / Shift+Enter",
        QT_TRANSLATE_NOOP("Help", "确认并到下一行 / 上一行；最后一行下面总有一个空行，在其中输入即添加一行"),
    ),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Help", "确认并到右边 / 左边的格子；行末的 Tab 到下一行")),
    ("Esc", QT_TRANSLATE_NOOP("Help", "放弃正在输入的内容")),
    ("Ctrl+C / Ctrl+X / Ctrl+V", QT_TRANSLATE_NOOP("Help", "复制 / 剪切 / 粘贴一块单元格（与 Excel、WPS 互通）")),
    ("Delete", QT_TRANSLATE_NOOP("Help", "清空选中的单元格")),
    ("Ctrl+Shift+=", QT_TRANSLATE_NOOP("Help", "在当前行之前插入一行")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Help", "复制当前行")),
    ("Ctrl+-", QT_TRANSLATE_NOOP("Help", "删除选中的行")),
    ("Alt+↑ / Alt+↓", QT_TRANSLATE_NOOP("Help", "上移 / 下移当前行")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("Help", "绩效指标页：在年度与中期之间切换")),
    ("Ctrl+Z / Ctrl+Y", QT_TRANSLATE_NOOP("Help", "撤销 / 重做（每一步都有名字）")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Help", "查找")),
    ("Ctrl+N / Ctrl+O / Ctrl+S", QT_TRANSLATE_NOOP("Help", "新建 / 打开 / 保存")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Help", "打印")),
    ("F1", QT_TRANSLATE_NOOP("Help", "本表")),
)
"""The keys of the editor and what they do, as the help window and the README list them."""

GUIDE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Help",
        "新建申报书（Ctrl+N）：使用上次选择的指标体系（默认 2021 版），绩效指标中已列好必填的分组，蓝色的行是待填写的。",
    ),
    QT_TRANSLATE_NOOP("Help", "基本信息：填写项目名称、预算年度、实施单位和统一社会信用代码。Tab 在各栏之间移动。"),
    QT_TRANSLATE_NOOP(
        "Help",
        "测算明细：每行一项支出，数量 × 数量 … 得出金额。数量格可输入 45*4-22 这样的算式，或“158人”同时填单位。表格最下面的空行用来添加新行。",
    ),
    QT_TRANSLATE_NOOP("Help", "资金来源：填写中期和年度的总投入和各级财政来源；年度总投入应等于测算明细合计。"),
    QT_TRANSLATE_NOOP(
        "Help", "绩效指标：为每个分组填写三级指标和指标值（如 ≥95%、100人次）；“按体系排序”把各行按指标体系的顺序排列。"
    ),
    QT_TRANSLATE_NOOP("Help", "保障与签字：单位负责人、填报人和填报日期。"),
    QT_TRANSLATE_NOOP(
        "Help",
        "下方的“问题”面板列出每个问题和它的位置；双击即跳到该格。红色是错误，黄色是警告，蓝色是待填。输入的内容不会丢：不能计算的文字留在格中并标红，直到改正。",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "保存（Ctrl+S）为 Excel 工作簿；同事的文件不会被覆盖，保存时另存为“原名-GridBudget.xlsx”。文件菜单可导出 PDF 和打印。",
    ),
)
"""The short guide: one paragraph per step of filling a declaration."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _row(keys: str, what: str) -> str:
    return f"<tr><td style='padding:3px 12px 3px 0'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"


def keyboard_html() -> str:
    """The keyboard table as HTML, in the interface language: every page's Ctrl+number, then the other keys."""
    pages = "".join(_row(f"Ctrl+{page.number + 1}", _tr(PAGE_KEY).format(page=page.title)) for page in Page)
    rows = "".join(_row(_tr(keys), _tr(what)) for keys, what in KEYS)
    return f"<table>{pages}{rows}</table>"


def guide_html() -> str:
    """The short guide as HTML, in the interface language."""
    return "<ol>" + "".join(f"<li style='margin-bottom:6px'>{escape(_tr(step))}</li>" for step in GUIDE) + "</ol>"


class HelpWindow(QDialog):
    """A non-modal window with a help text, so the clerk can read it while typing in the editor."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(html)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 520)
