"""绩效自评: the year-end page. The 年度 indicators against what was achieved, the money block, 总分 and grade."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.domain.dates import parse_date, to_iso
from gridbudget_gui.domain.document import Execution
from gridbudget_gui.domain.labels import qualified
from gridbudget_gui.domain.money import format_money, parse_money, to_money
from gridbudget_gui.domain.numbers import NumberError, parse_number
from gridbudget_gui.domain.scoring import two_places
from gridbudget_gui.ui.language import field_in_sentence, field_label, interface_language
from gridbudget_gui.ui.models.base import RowListModel, finding_tooltip
from gridbudget_gui.ui.models.self_evaluation import DEVIATION, SelfEvaluationModel
from gridbudget_gui.ui.session import DocumentSession, StateCommand
from gridbudget_gui.ui.table_page import GridView

_MONEY_FIELDS = ("budget", "spent")


class SelfEvaluationPage(QWidget):
    """The 自评表 in the window: typing an actual value scores it at once; every change is one undo step."""

    def __init__(self, session: DocumentSession, annual_model: RowListModel) -> None:
        super().__init__()
        self.session = session
        self.model = SelfEvaluationModel(session, annual_model)
        self.view = GridView()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DEVIATION, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "年底对照年度指标值填写实际完成值：定量指标的得分按一体化系统的公式自动计算；定性指标填写"
                " 达成（80–100%）、部分达成（60–80%）或 未达成（60%以下），并在其区间内给分。"
                "分值默认：产出 50、效益 30、满意度 10（没有满意度指标时归入效益）、预算执行率 10，组内平均分配。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.budget = QLineEdit()
        self.spent = QLineEdit()
        self.execution_weight = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("如 2022-01-15"))
        self.date.setToolTip(
            self.tr("{date}（年底填写，与申报书的{field}无关）").format(
                date=field_in_sentence("execution.date"), field=field_in_sentence("signatures.date")
            )
        )
        self.budget.setToolTip(self.tr("全年预算数；留空时按资金来源的年度总投入"))
        self.spent.setToolTip(self.tr("全年执行数，可写 5,120,000.00 或 512万元"))
        self.execution_weight.setToolTip(self.tr("预算执行率的分值，默认 10"))
        self.rate = QLabel()
        self.execution_score = QLabel()
        money = QGroupBox(self.tr("项目资金（元）"))
        grid = QGridLayout(money)
        for column, title in enumerate(
            (self.tr("全年预算数"), self.tr("全年执行数"), self.tr("分值"), self.tr("执行率"), self.tr("得分"))
        ):
            grid.addWidget(QLabel(title), 0, column)
        for column, widget in enumerate(
            (self.budget, self.spent, self.execution_weight, self.rate, self.execution_score)
        ):
            grid.addWidget(widget, 1, column)
        # The 自评表's own date, on a line of its own (the window keeps its narrowest width).
        grid.addWidget(QLabel(qualified("execution.date", interface_language())), 2, 0)
        grid.addWidget(self.date, 2, 1)
        self.budget.editingFinished.connect(lambda: self._commit("budget"))
        self.spent.editingFinished.connect(lambda: self._commit("spent"))
        self.execution_weight.editingFinished.connect(lambda: self._commit("weight"))
        self.date.editingFinished.connect(lambda: self._commit("date"))
        self.total = QLabel()
        self.total.setWordWrap(True)  # the reason or the incomplete note never widens the window
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.total.setFont(font)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(money)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        self.model.rejected.connect(self.message.setText)
        session.changedPaths.connect(lambda _paths: self.refresh())
        session.findingsChanged.connect(self._show_findings)
        self.refresh()

    def refresh(self) -> None:
        """Show the money block, 总分 and grade as the domain works them out now."""
        evaluation = self.model.evaluation
        execution, document = evaluation.execution, self.session.document
        self._show(self.budget, "" if document.execution.budget is None else format_money(document.execution.budget))
        if document.execution.budget is None and execution.budget is not None:
            self.budget.setPlaceholderText(format_money(execution.budget))
        self._show(self.spent, "" if document.execution.spent is None else format_money(document.execution.spent))
        self._show(self.execution_weight, document.execution.weight)
        self._show(self.date, document.execution.date)
        self.rate.setText("—" if execution.rate is None else f"{execution.rate * 100:.2f}%")
        self.execution_score.setText("—" if execution.score is None else two_places(execution.score))
        self.execution_weight.setPlaceholderText(two_places(execution.weight))
        note = evaluation.incomplete_note or evaluation.reason
        self.total.setText(
            self.tr("总分 {total}　等级 {grade}　（分值合计 {weights}）").format(
                total=evaluation.total_text, grade=evaluation.grade_text, weights=two_places(evaluation.weights_total)
            )
            + (f"　{note}" if note else "")
        )

    @staticmethod
    def _show(widget: QLineEdit, text: str) -> None:
        if widget.text() != text and not widget.hasFocus():
            widget.setText(text)

    def _commit(self, field: str) -> None:
        widget = {"budget": self.budget, "spent": self.spent, "weight": self.execution_weight, "date": self.date}[field]
        text = widget.text().strip()
        old = self.session.document.execution
        new = old.copy()
        if field in _MONEY_FIELDS:
            amount: Decimal | None = None
            if text:
                amount = parse_money(text)
                if amount is None or amount < 0:
                    self.message.setText(self.tr("“{text}”不是金额").format(text=text))
                    self.refresh()
                    return
                amount = to_money(amount)
            setattr(new, field, amount)
        elif field == "date":
            if text and parse_date(text) is None:
                self.message.setText(self.tr("“{text}”不是日期，请写成 2022-01-15").format(text=text))
                return
            new.date = to_iso(text) if text else ""
        else:
            if text:
                try:
                    parse_number(text)
                except NumberError as problem:
                    self.message.setText(str(problem))
                    return
            new.weight = text
        if (new.budget, new.spent, new.weight, new.date) == (old.budget, old.spent, old.weight, old.date):
            return
        self.message.clear()
        titles = {
            "budget": self.tr("全年预算数"),
            "spent": self.tr("全年执行数"),
            "weight": self.tr("执行率分值"),
            "date": field_label("signatures.date"),
        }
        self.session.push(
            StateCommand(self.tr("自评：编辑{field}").format(field=titles[field]), self._apply, old.copy(), new)
        )

    def _apply(self, execution: Execution) -> None:
        self.session.document.execution = execution.copy()
        self.session.changed(["execution"])

    def _show_findings(self) -> None:
        findings = self.session.findings_under("indicators.annual")
        weights = [f for f in findings if f.rule == "selfeval.weights-sum"]
        self.total.setToolTip(finding_tooltip(weights) if weights else "")
        self.total.setStyleSheet("color: #b3261e;" if weights else "")
