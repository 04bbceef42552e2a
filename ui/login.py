"""The login screen: local accounts, works offline; lock-out is the core's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counter.errors import CounterError
from ui.context import AppContext
from ui.i18n import role_label
from ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, line_edit, muted_label, title_label

if TYPE_CHECKING:
    from counter.accounts import AccountInfo
    from counter.demo import DemoInfo


class LoginScreen(QWidget):
    logged_in = Signal(object)  # AccountInfo
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, agency_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = QWidget()
        panel.setFixedWidth(460)
        row.addWidget(panel)
        row.addStretch(1)
        self.row = row
        if context.demo is not None:
            self.show_demo(context.demo)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(panel)
        layout.addWidget(title_label(self.tr("Bộ phận Một cửa — tiếp nhận hồ sơ")))
        self.agency = muted_label(agency_name)  # empty until the workspace is open
        layout.addWidget(self.agency)
        layout.addSpacing(12)
        form = QFormLayout()
        self.username = line_edit(self.tr("ví dụ: canbo1"), 40)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Mật khẩu"), self.password)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if context.language == "en" else 0)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index)))
        form.addRow(self.tr("Ngôn ngữ"), self.language)
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.submit = QPushButton(self.tr("Đăng nhập (Enter)"))
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.attempt)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.attempt)
        layout.addWidget(self.submit)
        self.username.setFocus()
        self.waiting_to_log_in = False  # "log in" pressed while the workspace opens

    def show_demo(self, demo: DemoInfo) -> None:
        """The demo accounts beside the form (once the demo workspace is open)."""
        self.row.insertSpacing(2, 32)
        self.row.insertWidget(3, self._demo_box(demo), 0, Qt.AlignmentFlag.AlignTop)

    def show_agency(self, name: str) -> None:
        self.agency.setText(name)

    def _demo_box(self, demo: DemoInfo) -> QLabel:
        lines = [self.tr("<b>Chế độ demo</b> — tài khoản mẫu (mật khẩu: <b>%1</b>)")
                 .replace("%1", demo.password)]
        lines += [f"<b>{user.username}</b> — {user.full_name} ({role_label(user.role)})"
                  for user in demo.users]
        box = QLabel("<br>".join(lines))
        box.setObjectName("demoUsers")
        box.setTextFormat(Qt.TextFormat.RichText)
        return box

    def attempt(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.message.show_error(self.tr("Nhập tên đăng nhập."))
            self.username.setFocus()
            return
        self.submit.setEnabled(False)
        if not self.context.is_open:  # the app has just started: log in once it is open
            self.waiting_to_log_in = True
            self.message.show_hint(self.opening_text())
            return
        self.waiting_to_log_in = False
        self.message.clear_message()
        workspace = self.context.workspace

        def check() -> AccountInfo:
            from counter.accounts import authenticate

            return authenticate(workspace, username, password)

        self.context.tasks.run_change(
            check,
            label=self.tr("Đang đăng nhập…"),
            on_done=self._succeeded, on_error=self._failed,
            always=lambda: self.submit.setEnabled(True),
        )

    def _succeeded(self, account: AccountInfo) -> None:
        self.password.clear()
        self.message.clear_message()
        self.logged_in.emit(account)

    def _failed(self, error: CounterError) -> None:
        self.password.clear()
        self.password.setFocus()
        self.message.show_error(error.message)

    def opening_text(self) -> str:
        return self.tr("Đang mở dữ liệu…")

    def workspace_opened(self) -> None:
        """The open finished: a log-in pressed meanwhile goes ahead now."""
        if self.waiting_to_log_in:
            self.attempt()

    def reset(self, notice: str = "") -> None:
        self.password.clear()
        if notice:
            self.message.show_hint(notice)
        else:
            self.message.clear_message()
        (self.password if self.username.text() else self.username).setFocus()
