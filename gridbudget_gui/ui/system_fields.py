"""Fields of the budget system on the existing pages: the 支出功能分类 on 基本信息 and the 中期 plan by year on
资金来源. Each change is one undo step (``StateCommand``) and re-checks through the session."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from gridbudget_gui.domain.codes import function_codes
from gridbudget_gui.domain.money import format_money, money_sum, parse_money, to_money
from gridbudget_gui.ui.code_picker import CodePicker
from gridbudget_gui.ui.session import DocumentSession, StateCommand


class FunctionClassField(CodePicker):
    """支出功能分类科目: pick from the bundled list (code, name or initials) or type a code."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(function_codes(), parent)
        self.session = session
        self.setToolTip(self.tr("支出功能分类科目，如 2120104 城管执法；可输入代码、名称或拼音首字母查找"))
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has its line edit
        self.edit = edit
        edit.editingFinished.connect(self._commit)
        self.activated.connect(lambda _index: self._commit())
        session.changedPaths.connect(self._changed)
        self._show()

    def _show(self) -> None:
        code = self.session.document.project.function_class
        if not self.edit.hasFocus():
            self.setCurrentText(function_codes().label(code) if code else "")

    def _changed(self, paths: list[str]) -> None:
        if any(path in ("", "project") or path.startswith("project.function_class") for path in paths):
            self._show()

    def _commit(self) -> None:
        new, old = self.code(), self.session.document.project.function_class
        if new != old:
            self.session.push(StateCommand(self.tr("编辑支出功能分类"), self._apply, old, new))

    def _apply(self, code: str) -> None:
        self.session.document.project.function_class = code
        self.session.changed(["project.function_class"])


class YearsPlan(QGroupBox):
    """中期分年度计划: one amount per year of the project's term, their sum against 中期 总投入."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("中期分年度计划（元）"))
        self.session = session
        self.grid = QGridLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.sum = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.add = QPushButton(self.tr("按三年生成"))
        self.add.setToolTip(self.tr("从预算年度起列出三个年度，第一年填入年度总投入"))
        self.add.clicked.connect(self.start_plan)
        session.changedPaths.connect(self._changed)
        self.rebuild()

    def rebuild(self) -> None:
        """One field per planned year (none yet: the button that starts a plan)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.sum, self.message, self.add):
                widget.deleteLater()
        self.edits = {}
        years = self.session.document.funding.years
        for column, (year, amount) in enumerate(sorted(years.items())):
            self.grid.addWidget(QLabel(self.tr("{year}年").format(year=year)), 0, column)
            edit = QLineEdit(format_money(amount))
            edit.editingFinished.connect(lambda year=year: self._commit(year))
            self.grid.addWidget(edit, 1, column)
            self.edits[year] = edit
        self.grid.addWidget(self.add, 2, 0)
        self.add.setVisible(not years)
        self.grid.addWidget(self.sum, 3, 0, 1, max(len(years), 1))
        self.grid.addWidget(self.message, 4, 0, 1, max(len(years), 1))
        self._show_sum()

    def _show_sum(self) -> None:
        funding = self.session.document.funding
        if not funding.years:
            self.sum.setText(self.tr("尚未填写分年度计划"))
            return
        total = money_sum(funding.years.values())
        same = self.tr("一致") if total == funding.mid_term.total else self.tr("不一致")
        self.sum.setText(
            self.tr("合计 {total} 元；中期总投入 {mid} 元：{same}").format(
                total=format_money(total), mid=format_money(funding.mid_term.total), same=same
            )
        )

    def _changed(self, paths: list[str]) -> None:
        if any(path in ("", "funding") or path.startswith("funding") or path == "year" for path in paths):
            if sorted(self.edits) != sorted(self.session.document.funding.years):
                self.rebuild()
                return
            for year, edit in self.edits.items():
                if not edit.hasFocus():
                    edit.setText(format_money(self.session.document.funding.years[year]))
            self._show_sum()

    def start_plan(self) -> None:
        """Three years from the budget year, the first at 年度 总投入, the others to fill (one undo step)."""
        document = self.session.document
        if document.year is None:
            self.message.setText(self.tr("请先填写预算年度"))
            return
        new = {str(document.year + i): Decimal(0) for i in range(3)}
        new[str(document.year)] = document.funding.annual.total
        self._push(self.tr("生成中期分年度计划"), new)

    def _commit(self, year: str) -> None:
        text = self.edits[year].text().strip()
        amount = parse_money(text) if text else Decimal(0)
        if amount is None or amount < 0:
            self.message.setText(self.tr("“{text}”不是金额").format(text=text))
            return
        self.message.clear()
        new = dict(self.session.document.funding.years)
        if new.get(year) == to_money(amount):
            return
        new[year] = to_money(amount)
        self._push(self.tr("编辑{year}年计划").format(year=year), new)

    def _push(self, text: str, new: dict[str, Decimal]) -> None:
        old = dict(self.session.document.funding.years)
        self.session.push(StateCommand(text, self._apply, old, new))

    def _apply(self, years: dict[str, Decimal]) -> None:
        self.session.document.funding.years = dict(sorted(years.items()))
        self.session.changed(["funding.years"])
