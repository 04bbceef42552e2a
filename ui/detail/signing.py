"""Signing a dossier's file with the agency's token, and the verdict on a signed file.

The PIN is typed in a small dialog each time, handed to the core's sign call and cleared
from the field at once; it is never stored. The verdict (valid / changed after signing /
not trusted / not signed) is shown as the core gives it, coloured by how far to trust it.
"""

from __future__ import annotations

from collections.abc import Callable

from counter.dossiers.model import AttachmentView, DossierView
from counter.dossiers.transitions import get_dossier
from counter.signing.service import SignedAttachment, sign_attachment, verify_attachment
from counter.signing.token import MAX_PIN
from counter.signing.verify import INVALID, UNSIGNED, UNTRUSTED, VALID, SignatureVerdict
from ui.context import AppContext, Session
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)

VERDICT_STYLE = {
    VALID: ("#14532d", "#e7f5ec"),
    UNTRUSTED: ("#7a4b00", "#fff1c2"),
    INVALID: ("#9b1c1c", "#fde2e1"),
    UNSIGNED: ("#344054", "#eef0f3"),
}



def is_pdf(attachment: AttachmentView) -> bool:
    return attachment.media_type == "application/pdf" or attachment.filename.lower().endswith(
        ".pdf")


class PinDialog(QDialog):
    """Asks the token's PIN (not echoed); ``entered`` carries it once, then it is cleared."""

    entered = Signal(str)

    def __init__(self, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký số bằng token của cơ quan"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Cắm token rồi nhập mã PIN để ký tệp «%1».").replace(
            "%1", filename))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN)
        self.pin.setPlaceholderText(self.tr("Mã PIN của token"))
        layout.addWidget(self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ký (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ (Esc)"))
        buttons.accepted.connect(self.accept_pin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept_pin(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            return
        self.accept()
        self.entered.emit(pin)

    def reject(self) -> None:
        self.pin.clear()
        super().reject()


class AttachmentSigning:
    """The detail screen's signing: ask the PIN, sign in the background, show verdicts."""

    def __init__(self, context: AppContext, session: Session, verdict_line: QLabel,
                 parent: QWidget, on_signed: Callable[[DossierView], None],
                 on_error: Callable[[str], None]) -> None:
        self.context, self.session, self.line, self.parent = context, session, verdict_line, parent
        self.on_signed, self.on_error = on_signed, on_error
        self.dialog: PinDialog | None = None

    def ask_pin(self, code: str, attachment: AttachmentView) -> PinDialog | None:
        if not self.session.can("dossier.sign"):
            return None
        if not is_pdf(attachment):
            self.on_error(QCoreApplication.translate(
                "AttachmentSigning",
                "Chỉ ký số được tệp PDF: hãy chọn bản quét PDF hoặc tệp kết quả PDF."))
            return None
        dialog = PinDialog(attachment.filename, self.parent)
        dialog.entered.connect(lambda pin: self.sign(code, attachment, pin))
        dialog.finished.connect(self.forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def forget_dialog(self) -> None:
        if self.dialog is not None and is_alive(self.dialog):
            self.dialog.deleteLater()
        self.dialog = None

    def sign(self, code: str, attachment: AttachmentView, pin: str) -> None:
        workspace, actor = self.context.workspace, self.session.actor

        def work() -> tuple[SignedAttachment, DossierView, SignatureVerdict]:
            signed = sign_attachment(workspace, code, attachment.id, pin, actor)
            verdict = verify_attachment(workspace, code, signed.attachment.id, actor)
            return signed, get_dossier(workspace, code, actor), verdict

        def done(result: tuple[SignedAttachment, DossierView, SignatureVerdict]) -> None:
            signed, view, verdict = result
            self.on_signed(view)
            self.show_verdict(verdict, signed.attachment.filename)

        label = QCoreApplication.translate("AttachmentSigning", "Đang ký số…")
        self.context.tasks.run_change(work, label=label, on_done=done,
                                      on_error=lambda e: self.on_error(e.message))

    def check(self, code: str, attachment: AttachmentView) -> None:
        """The verdict on a PDF being opened (in the background)."""
        if not is_pdf(attachment):
            self.line.setVisible(False)
            return
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_query(
            lambda: verify_attachment(workspace, code, attachment.id, actor),
            on_done=lambda verdict: self.show_verdict(verdict, attachment.filename),
            on_error=lambda e: self.on_error(e.message))

    def show_verdict(self, verdict: SignatureVerdict, filename: str) -> None:
        if not is_alive(self.line):
            return
        color, background = VERDICT_STYLE[verdict.status]
        self.line.setStyleSheet(f"background: {background}; color: {color}; padding: 4px;")
        self.line.setText(f"{filename}: {verdict.describe()}")
        self.line.setVisible(True)
