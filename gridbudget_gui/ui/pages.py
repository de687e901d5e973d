"""The pages of the editor: 基本信息, 测算明细, 资金来源, 总体目标, 绩效指标, 保障与签字."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridbudget_gui.domain import labels
from gridbudget_gui.domain.document import ATTRIBUTES, TERMS
from gridbudget_gui.domain.money import format_money, money_in_words
from gridbudget_gui.ui.basis import BasisList
from gridbudget_gui.ui.fields import FieldBinder, TextBox
from gridbudget_gui.ui.language import field_in_sentence, field_label
from gridbudget_gui.ui.models.base import finding_text
from gridbudget_gui.ui.session import DocumentSession, StateCommand
from gridbudget_gui.ui.system_fields import FunctionClassField, YearsPlan

# The pages after 基本信息 import their tables, the code picker and the breakdown when they are built (after the
# window's first paint): the first page does not wait for them.

FIELD_LABELS: dict[str, str] = labels.FIELD_LABELS
"""The form fields' labels, shared with the writers (show them through ``field_label()``, from ``ui.language``)."""


def scrolling(content: QWidget) -> QScrollArea:
    """Wrap a long form in a scroll area."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


class FormPage(QWidget):
    """A page of labelled fields bound to the document."""

    def __init__(self, session: DocumentSession, binder: FieldBinder) -> None:
        super().__init__()
        self.session = session
        self.binder = binder
        self.layout_ = QVBoxLayout(self)
        self.forms: list[QFormLayout] = []

    def group(self, title: str) -> QFormLayout:
        """Start a titled group of fields."""
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.layout_.addWidget(box)
        self.forms.append(form)
        return form

    def align_labels(self) -> None:
        """Give every group's labels one width, so that all fields of the page start at the same x."""
        items = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole) for form in self.forms for row in range(form.rowCount())
        ]
        labels = [widget for item in items if item is not None and (widget := item.widget()) is not None]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            if isinstance(label, QLabel):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def line(self, form: QFormLayout, path: str, placeholder: str = "") -> QLineEdit:
        """Add a one-line field."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        form.addRow(field_label(path), self.binder.bind(path, edit))
        return edit

    def text(self, form: QFormLayout, path: str, height: int = 90) -> TextBox:
        """Add a multi-line field for a long text."""
        box = TextBox()
        box.setTabChangesFocus(True)
        box.setMinimumHeight(height)
        form.addRow(field_label(path), self.binder.bind(path, box))
        return box

    def choice(self, form: QFormLayout, path: str, choices: tuple[str, ...]) -> QComboBox:
        """Add a drop-down that also takes other text."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(list(choices))
        form.addRow(field_label(path), self.binder.bind(path, combo))
        return combo


class InfoPage(FormPage):
    """基本信息: the project, the legal basis and the implementing unit."""

    def __init__(self, session: DocumentSession, binder: FieldBinder) -> None:
        super().__init__(session, binder)
        project = self.group(self.tr("项目"))
        self.line(project, "project.name")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSpecialValueText(self.tr("（未填）"))
        self.year.setMinimum(1999)
        self.year.setValue(session.document.year or 1999)
        self.year.editingFinished.connect(self._commit_year)
        session.changedPaths.connect(self._year_changed)
        project.addRow(self.tr("预算年度"), self.year)
        self.choice(project, "project.attribute", ATTRIBUTES)
        self.choice(project, "project.term", TERMS)
        self.line(project, "project.department")
        self.line(project, "project.manager.name")
        self.line(project, "project.manager.phone", self.tr("手机号或 0871-12345678"))
        self.line(project, "project.basis_kind", self.tr("如：区委或区政府发文"))
        self.basis = BasisList(session)
        project.addRow(field_label("project.basis"), self.basis)
        self.function_class = FunctionClassField(session)
        project.addRow(self.tr("支出功能分类"), self.function_class)
        unit = self.group(self.tr("项目实施单位"))
        self.line(unit, "unit.name")
        self.line(unit, "unit.code", self.tr("18位{code}").format(code=field_in_sentence("unit.code")))
        self.line(unit, "unit.address")
        self.line(unit, "unit.phone")
        self.line(unit, "unit.legal_representative")
        self.line(unit, "unit.funding_source", self.tr("如：区级财政预算"))
        self.text(unit, "unit.profile")
        texts = self.group(self.tr("项目情况"))
        for path in (
            "project.overview",
            "project.summary",
            "project.content",
            "project.funding_arrangement",
            "project.schedule",
            "project.outcomes",
        ):
            self.text(texts, path)
        self.layout_.addStretch(1)
        self.align_labels()

    def _commit_year(self) -> None:
        value = self.year.value()
        new = None if value == self.year.minimum() else value
        old = self.session.document.year
        if new != old:
            self.session.push(StateCommand(self.tr("编辑预算年度"), self._apply_year, old, new))

    def _apply_year(self, year: int | None) -> None:
        self.session.document.year = year
        self.session.changed(["year"])

    def _year_changed(self, paths: list[str]) -> None:
        if "year" in paths:
            self.year.setValue(self.session.document.year or self.year.minimum())


class CostPage(QWidget):
    """测算明细: the cost table, the total in figures and 大写, and the generated breakdown text."""

    def __init__(self, session: DocumentSession) -> None:
        from gridbudget_gui.ui.code_picker import CostCodesDelegate, classify_button
        from gridbudget_gui.ui.models.cost import CostTableModel
        from gridbudget_gui.ui.table_page import RowTable

        super().__init__()
        self.session = session
        self.model = CostTableModel(session)
        self.table = RowTable(self.model, self)
        self.table.view.setItemDelegate(CostCodesDelegate(self.model, self.table.view))
        self.table.buttons.addWidget(classify_button(self.model, self))
        self.total = QLabel()
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total.setStyleSheet("font-size: 15px; padding: 6px;")
        self.breakdown = TextBox()
        self.breakdown.setReadOnly(True)
        self.breakdown.setMaximumHeight(110)  # at 1366×768 the cost grid keeps the height
        self.breakdown.setToolTip(self.tr("由测算明细自动生成，可复制到其他文件"))
        hint = QLabel(
            self.tr(
                "提示：数量格可输入算式，如 45*4-22；输入“158人”可同时填入单位。清空数量即删除该因子；"
                "没有因子的行为“共计”金额。可从 Excel 复制整块粘贴（Ctrl+V）。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(QLabel(self.tr("自动生成的测算说明：")))
        layout.addWidget(self.breakdown)
        self._size_columns()
        self.model.columnsReshaped.connect(self._size_columns)
        session.findingsChanged.connect(self.refresh)
        self.refresh()

    def _size_columns(self) -> None:
        view = self.table.view
        for column in range(self.model.columnCount()):
            view.setColumnWidth(column, self.model.COLUMN_WIDTHS[self.model.column_kind(column)])
        header = view.horizontalHeader()
        # 支出内容 is what the clerk reads: it takes the spare width; the figures keep theirs.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.NAME_COLUMN, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        """Show the current total, its 大写 and the generated text."""
        from gridbudget_gui.domain.breakdown import breakdown_text

        document = self.session.document
        total = self.session.cost_total
        findings = self.session.findings_at("cost_total")
        colour = "#b3261e" if findings else "#1a1a1a"
        self.total.setText(
            f"<span style='color:{colour}'>"
            + self.tr("合计：<b>{total}</b> 元　　大写：{words}").format(
                total=format_money(total), words=money_in_words(total)
            )
            + "</span>"
        )
        self.total.setToolTip("\n".join(finding_text(f) for f in findings) if findings else "")
        # The generated text grows with the table; on big declarations only its head is useful on screen.
        if len(document.cost_items) <= 200:
            self.breakdown.setPlainText(breakdown_text(document))
        else:
            self.breakdown.setPlainText(
                self.tr("（共 {count} 行，测算说明见导出的 Excel 或 PDF）").format(count=len(document.cost_items))
            )


class FundingPage(QWidget):
    """资金来源: the 中期 and 年度 grid, with 总投入 following the sources."""

    def __init__(self, session: DocumentSession) -> None:
        from gridbudget_gui.ui.models.funding import FundingModel
        from gridbudget_gui.ui.table_page import GridView

        super().__init__()
        self.session = session
        self.model = FundingModel(session)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Two rows and nothing below them: the grid is exactly as tall as its rows, like a form.
        rows = self.view.verticalHeader().defaultSectionSize() * self.model.rowCount()
        self.view.setFixedHeight(rows + self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        note = QLabel(
            self.tr(
                "修改各来源金额时，总投入自动等于各来源之和；年度总投入应等于测算明细合计，且不超过中期。"
                "金额可写 5,345,800.00 或 534.58万元。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        self.years = YearsPlan(session)
        layout.addWidget(self.years)
        layout.addStretch(1)
        session.findingsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Compare 年度 总投入 with the cost total in words."""
        document = self.session.document
        annual, total = document.funding.annual.total, self.session.cost_total
        if annual == total:
            same = self.tr("一致")
        else:
            same = (
                "<b style='color:#b3261e'>"
                # One sign convention with the Problems panel (cost.total-funding): 合计 − 总投入.
                + self.tr("相差 {difference} 元（合计 − 总投入）").format(difference=format_money(total - annual))
                + "</b>"
            )
        self.summary.setText(
            self.tr("测算明细合计 {total} 元；年度总投入 {annual} 元：{same}。").format(
                total=format_money(total), annual=format_money(annual), same=same
            )
        )


class GoalsPage(FormPage):
    """总体目标: the 中期 and 年度 goal texts."""

    def __init__(self, session: DocumentSession, binder: FieldBinder) -> None:
        super().__init__(session, binder)
        goals = self.group(self.tr("总体目标"))
        self.text(goals, "goals.mid_term", 200)
        self.text(goals, "goals.annual", 200)
        self.layout_.addStretch(1)
        self.align_labels()


class OtherPage(FormPage):
    """保障措施, 预算绩效说明 and the signatures."""

    def __init__(self, session: DocumentSession, binder: FieldBinder) -> None:
        super().__init__(session, binder)
        texts = self.group(self.tr("保障与说明"))
        self.text(texts, "project.safeguards", 140)
        self.notes = self.text(texts, "project.budget_notes", 200)
        generate = QPushButton(self.tr("用测算明细重新生成预算绩效说明"))
        generate.setToolTip(self.tr("把预算绩效说明替换为由测算明细生成的文字，两处从此一致（可撤销）"))
        generate.clicked.connect(self.generate_notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(generate)
        texts.addRow("", _wrap(row))
        signatures = self.group(self.tr("签字"))
        self.line(signatures, "signatures.unit_head")
        self.line(signatures, "signatures.preparer")
        self.line(signatures, "signatures.date", self.tr("如 2020-10-26"))
        self.layout_.addStretch(1)
        self.align_labels()

    def generate_notes(self) -> None:
        """Replace 预算绩效说明 by the text generated from the cost table."""
        from gridbudget_gui.domain.breakdown import breakdown_text

        document = self.session.document
        intro = document.project.content.strip()
        text = f"{intro}\n{breakdown_text(document)}" if intro else breakdown_text(document)
        self.notes.setPlainText(text)
        self.binder.commit("project.budget_notes")


def _wrap(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    holder.setLayout(layout)
    return holder
