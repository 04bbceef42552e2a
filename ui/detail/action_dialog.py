"""Ask what a lifecycle step needs: a reason, a new due time, a rating, who signs the letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from counter import clock
from counter.dossiers.lifecycle import ACTIONS
from counter.dossiers.model import DossierView
from counter.forms.model import Signatory
from ui.detail.collector import CollectorBox
from ui.formatting import format_day, format_moment, parse_day
from ui.i18n import action_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage

SIGNED_LETTERS = frozenset({"extend_deadline", "stop"})  # forms 04 and 05
RATINGS = (
    QT_TRANSLATE_NOOP("ActionDialog", "Rất không hài lòng"),
    QT_TRANSLATE_NOOP("ActionDialog", "Không hài lòng"),
    QT_TRANSLATE_NOOP("ActionDialog", "Bình thường"),
    QT_TRANSLATE_NOOP("ActionDialog", "Hài lòng"),
    QT_TRANSLATE_NOOP("ActionDialog", "Rất hài lòng"),
)


@dataclass(frozen=True)
class StepInput:
    action: str
    reason: str = ""
    new_due: datetime | None = None
    satisfaction: int | None = None
    signatory: Signatory | None = None
    missing: tuple[str, ...] = ()  # documents to bring or correct (request to complete)
    collected_by: dict[str, Any] | None = None  # who took the result (return step)


class ActionDialog(QDialog):
    """One step of the dossier; ``submitted`` carries the answers, the dialog stays open
    until the step is taken, so the core's refusal is shown here."""

    submitted = Signal(object)  # StepInput

    def __init__(self, dossier: DossierView, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier, self.action = dossier, action
        spec = ACTIONS[action]
        self.setWindowTitle(f"{action_label(action)} — {dossier.code}")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{action_label(action)}</b><br>{dossier.applicant.display_name}"
                                f" — {dossier.procedure_name}"))
        form = QFormLayout()
        self.reason: QPlainTextEdit | None = None
        if spec.needs_reason:
            self.reason = QPlainTextEdit()
            self.reason.setTabChangesFocus(True)
            self.reason.setPlaceholderText(self.tr("Ghi rõ lý do (mỗi lý do một dòng)"))
            self.reason.setFixedHeight(90)
            form.addRow(self.tr("Lý do *"), self.reason)
        self.missing: QListWidget | None = None
        if action == "request_supplement" and dossier.documents:
            self.missing = QListWidget()
            for document in dossier.documents:
                item = QListWidgetItem(document.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if document.to_complete
                                   else Qt.CheckState.Unchecked)
                self.missing.addItem(item)
            self.missing.setMaximumHeight(120)
            form.addRow(self.tr("Giấy tờ cần bổ sung, hoàn thiện"), self.missing)
        self.new_due_day: QLineEdit | None = None
        if action == "extend_deadline":
            self.new_due_day = QLineEdit()
            self.new_due_day.setPlaceholderText(self.tr("ngày/tháng/năm"))
            form.addRow(self.tr("Hẹn trả cũ"), QLabel(format_moment(dossier.due_at)))
            form.addRow(self.tr("Hẹn trả mới (17:00 ngày) *"), self.new_due_day)
        self.rating: QButtonGroup | None = None
        if action == "return_result":
            self.rating = QButtonGroup(self)
            row = QHBoxLayout()
            for value, label in enumerate(RATINGS, start=1):
                button = QRadioButton(f"{value} — {self.tr(str(label))}")
                self.rating.addButton(button, value)
                row.addWidget(button)
            holder = QWidget()
            holder.setLayout(row)
            form.addRow(self.tr("Mức hài lòng của công dân (phím 1–5)"), holder)
        self.collector: CollectorBox | None = None
        if action == "return_result":
            self.collector = CollectorBox(dossier.applicant.display_name)
            form.addRow(self.tr("Người nhận kết quả"), self.collector)
        self.position: QLineEdit | None = None
        self.signer: QLineEdit | None = None
        if action in SIGNED_LETTERS:
            self.position = QLineEdit(self.tr("Chủ tịch"))
            self.signer = QLineEdit()
            form.addRow(self.tr("Chức vụ người ký văn bản"), self.position)
            form.addRow(self.tr("Họ tên người ký *"), self.signer)
        layout.addLayout(form)
        self.confirm: QCheckBox | None = None
        if spec.final_decision:  # ends the dossier for good: said, and ticked on purpose
            self.confirm = QCheckBox(self.tr(
                "Tôi xác nhận «%1»: hồ sơ kết thúc, không hoàn tác được.")
                .replace("%1", action_label(action)))
            layout.addWidget(self.confirm)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Xác nhận (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setShortcut("Ctrl+Return")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ (Esc)"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.check_and_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.reason or self.new_due_day or self.signer
        if first is not None:
            first.setFocus()

    def wait_for_citizen(self) -> None:
        """The rating is asked on the citizen screen: said here, and filled when given."""
        self.message.show_hint(self.tr("Mời công dân đánh giá trên màn hình của công dân "
                                       "(phím 1–5 hoặc chạm)."))

    def set_rating(self, value: int) -> None:
        if self.rating is None or self.rating.button(value) is None:
            return
        self.rating.button(value).setChecked(True)
        self.message.show_hint(self.tr("Công dân đã đánh giá: %1 — %2.").replace(
            "%1", str(value)).replace("%2", self.tr(str(RATINGS[value - 1]))))

    def step(self) -> StepInput:
        reason = self.reason.toPlainText().strip() if self.reason else ""
        new_due = None
        if self.new_due_day is not None:
            day = parse_day(self.new_due_day.text())
            new_due = datetime.combine(day, time(17, 0), clock.VN_TZ) if day else None
        satisfaction = self.rating.checkedId() if self.rating else None
        signatory = None
        if self.position is not None and self.signer is not None and self.signer.text().strip():
            signatory = Signatory(self.position.text().strip(), self.signer.text().strip())
        missing = tuple(
            item.text() for item in (self.missing.item(i) for i in range(self.missing.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ) if self.missing is not None else ()
        return StepInput(self.action, reason, new_due,
                         satisfaction if satisfaction and satisfaction > 0 else None, signatory,
                         missing, self.collector.collector() if self.collector else None)

    def check_and_submit(self) -> None:
        """Only what the form itself can tell; the core checks the rest when the step is taken."""
        try:
            step = self.step()
        except ValueError as error:
            self.message.show_error(self.tr("Hẹn trả mới: ") + str(error))
            return
        if self.new_due_day is not None and step.new_due is None:
            self.message.show_error(self.tr("Nhập ngày hẹn trả mới, ví dụ ")
                                    + format_day(self.dossier.due_at.date()))
            return
        missing_collector = self.collector.missing() if self.collector else ""
        if missing_collector:
            self.message.show_error(self.tr("Người được ủy quyền: nhập %1.")
                                    .replace("%1", missing_collector))
            return
        if self.signer is not None and step.signatory is None:
            self.message.show_error(self.tr("Nhập họ tên người ký văn bản."))
            return
        if self.confirm is not None and not self.confirm.isChecked():
            self.message.show_error(self.tr("Bước này không hoàn tác được: đánh dấu ô xác nhận "
                                            "(phím cách) rồi bấm Xác nhận."))
            self.confirm.setFocus()
            return
        self.message.clear_message()
        self.ok_button.setEnabled(False)
        self.submitted.emit(step)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1–5 give the rating, except while typing in a field."""
        typing = isinstance(self.focusWidget(), QLineEdit | QPlainTextEdit)
        value = event.key() - Qt.Key.Key_0
        if self.rating is not None and not typing and 1 <= value <= len(RATINGS):
            button = self.rating.button(value)
            button.setChecked(True)
            button.setFocus()
            return
        super().keyPressEvent(event)

    def refused(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(message)
