"""The window's menus and their actions, with the keyboard shortcuts the README lists."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from gridbudget_gui import __version__
from gridbudget_gui.ui.document_files import DocumentFiles
from gridbudget_gui.ui.navigation import Page
from gridbudget_gui.ui.settings import LANGUAGES, Settings

if TYPE_CHECKING:  # help, find and the tables are imported when first used, after the window's first paint
    from gridbudget_gui.ui.find import FindBar
    from gridbudget_gui.ui.help import HelpWindow


def edit_focused(operation: str) -> None:
    """Edit → Cut/Copy/Paste: ``table_page.edit_focused``, imported when first used."""
    from gridbudget_gui.ui.table_page import edit_focused as edit

    edit(operation)


Shortcut = QKeySequence | QKeySequence.StandardKey | str


class WindowActions(QObject):
    """Builds the menu bar (文件, 编辑, 视图, 设置, 帮助) of a window and keeps its actions."""

    def __init__(
        self,
        window: QMainWindow,
        files: DocumentFiles,
        find_bar: Callable[[], FindBar],
        problems_dock: QDockWidget,
        settings: Settings,
        show_page: Callable[[Page], None],
        step_page: Callable[[int], None],
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        keys = QKeySequence.StandardKey
        menu_bar = window.menuBar()
        self.file_menu = file_menu = menu_bar.addMenu(self.tr("文件(&F)"))
        self.new_action = self._action(self.tr("新建(&N)"), files.new_document, keys.New)
        self.open_action = self._action(self.tr("打开(&O)…"), files.open_dialog, keys.Open)
        self.example_action = self._action(self.tr("打开示例"), files.open_example, tip=self.tr("2021年“五进网格”项目"))
        self.save_action = self._action(self.tr("保存(&S)"), files.save, keys.Save)
        self.save_as_action = self._action(self.tr("另存为(&A)…"), files.save_as, "Ctrl+Shift+S")
        self.pdf_action = self._action(self.tr("导出 PDF(&E)…"), files.export_pdf, "Ctrl+E")
        self.word_action = self._action(self.tr("导出 Word(&W)…"), files.export_word)
        self.print_action = self._action(self.tr("打印(&P)…"), files.print_document, keys.Print)
        self.preview_action = self._action(self.tr("打印预览(&V)…"), files.print_preview)
        self.side_by_side_action = QAction(self.tr("中期、年度指标左右并排(&B)"), window)
        self.side_by_side_action.setStatusTip(
            self.tr("导出 PDF、打印和打印预览时，中期与年度绩效指标左右并排（同原表）；不勾选则上下排列")
        )
        self.side_by_side_action.setCheckable(True)
        self.side_by_side_action.setChecked(settings.pdf_side_by_side)
        self.side_by_side_action.toggled.connect(self.choose_side_by_side)
        self.quit_action = self._action(self.tr("退出(&X)"), window.close, keys.Quit)
        self.recent_menu = QMenu(self.tr("最近打开的文件(&R)"), window)
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        for action in (
            self.new_action,
            self.open_action,
            self.recent_menu.menuAction(),
            self.example_action,
            None,
            self.save_action,
            self.save_as_action,
            self.pdf_action,
            self.word_action,
            None,
            self.print_action,
            self.preview_action,
            self.side_by_side_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.edit_menu = menu_bar.addMenu(self.tr("编辑(&E)"))
        self.cut_action = self._action(self.tr("剪切(&T)"), partial(edit_focused, "cut"), keys.Cut)
        self.copy_action = self._action(self.tr("复制(&C)"), partial(edit_focused, "copy"), keys.Copy)
        self.paste_action = self._action(self.tr("粘贴(&P)"), partial(edit_focused, "paste"), keys.Paste)
        # The find bar (``find_bar()``) is made when first used: the first paint does not wait for it.
        self.find_action = self._action(self.tr("查找(&F)…"), lambda: find_bar().open_bar(), keys.Find)
        self.find_next_action = self._action(self.tr("查找下一个"), lambda: find_bar().find_next(), keys.FindNext)
        self.find_previous_action = self._action(
            self.tr("查找上一个"), lambda: find_bar().find_previous(), keys.FindPrevious
        )
        self.undo_action: QAction
        self.redo_action: QAction
        self.follow_undo_stack(undo_stack)
        self.view_menu = view_menu = menu_bar.addMenu(self.tr("视图(&V)"))
        self.page_actions: dict[Page, QAction] = {}
        for page in Page:
            action = self._action(page.title, partial(show_page, page), f"Ctrl+{page.number + 1}")
            view_menu.addAction(action)
            self.page_actions[page] = action
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("下一页"), partial(step_page, 1), "Ctrl+PgDown"))
        view_menu.addAction(self._action(self.tr("上一页"), partial(step_page, -1), "Ctrl+PgUp"))
        view_menu.addSeparator()
        problems_dock.toggleViewAction().setText(self.tr("问题面板"))
        view_menu.addAction(problems_dock.toggleViewAction())
        self.settings_menu = menu_bar.addMenu(self.tr("设置(&S)"))
        language_menu = self.settings_menu.addMenu(self.tr("界面语言（重新启动后生效）"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(window)
        for code, name in LANGUAGES.items():
            action = self._action(name, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == settings.language)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = help_menu = menu_bar.addMenu(self.tr("帮助(&H)"))
        self.keys_action = self._action(self.tr("键盘操作(&K)"), self.show_keys, QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self._action(self.tr("使用指南(&G)"), self.show_guide))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("关于 GridBudget(&A)"), self.about))
        self.help_window: HelpWindow | None = None

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def choose_side_by_side(self, checked: bool) -> None:
        """Remember the indicator layout of the PDF, the print and the preview: 中期 | 年度 side by side or stacked."""
        self.settings.pdf_side_by_side = checked
        self.settings.sync()

    def follow_undo_stack(self, stack: QUndoStack) -> None:
        """Rebuild the Edit menu around ``stack``'s Undo and Redo (each open document has its own stack)."""
        self.edit_menu.clear()
        self.undo_action = undo = stack.createUndoAction(self.window, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = redo = stack.createRedoAction(self.window, self.tr("重做"))
        # Ctrl+Y everywhere, plus the platform's own Redo keys; a key listed twice would make the action's
        # shortcut ambiguous (on Linux the platform's first Redo key is Ctrl+Y itself).
        redo_keys = [QKeySequence("Ctrl+Y")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        redo.setShortcuts(redo_keys)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            self.edit_menu.addAction(action)

    def choose_language(self, code: str) -> None:
        """Settings → Language: remember the choice; it applies from the next start."""
        from PySide6.QtWidgets import QMessageBox

        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        QMessageBox.information(
            self.window,
            self.tr("界面语言"),
            self.tr("界面语言已改为 {language}，重新启动 GridBudget 后生效。").format(language=LANGUAGES[code]),
        )

    def about_text(self) -> str:
        """The About box's text: version, what it is for, and the licences of what it bundles."""
        import platform

        return self.tr(
            "<h3>GridBudget {version}</h3>"
            "<p>区级项目申报书与绩效目标表编辑器。</p>"
            "<p>Qt {qt}，PySide6 {pyside}，Python {python}</p>"
            "<p><b>字体</b>：AR PL UMing（文鼎明体），Arphic Public License，"
            "全文见 resources/fonts/ARPHICPL.TXT。</p>"
            "<p><b>程序库</b>：Qt 与 PySide6（LGPL-3.0），openpyxl（MIT），reportlab（BSD），defusedxml（PSF），"
            "python-calamine（MIT），python-docx（MIT），xlrd（BSD）。</p>"
            "<p>GridBudget 以 MIT 许可发布。</p>"
        ).format(version=__version__, qt=qVersion(), pyside=pyside_version, python=platform.python_version())

    def _show_help(self, title: str, html: str) -> None:
        # One help window, reused: F1 again brings it forward instead of stacking copies.
        if self.help_window is None:
            from gridbudget_gui.ui.help import HelpWindow

            self.help_window = HelpWindow(title, html, self.window)
        self.help_window.setWindowTitle(title)
        self.help_window.browser.setHtml(html)
        self.help_window.show()
        self.help_window.activateWindow()

    def show_keys(self) -> None:
        """Help → Keyboard (F1): the keys of the editor in a table."""
        from gridbudget_gui.ui.help import keyboard_html

        self._show_help(self.tr("键盘操作"), keyboard_html())

    def show_guide(self) -> None:
        """Help → Guide: filling a declaration, step by step."""
        from gridbudget_gui.ui.help import guide_html

        self._show_help(self.tr("使用指南"), guide_html())

    def about(self) -> None:
        """Help → About: the version and the licences."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self.window, self.tr("关于 GridBudget"), self.about_text())
