"""The login screen: local accounts, works offline; lock-out is the core's."""

from __future__ import annotations

from counter.accounts import AccountInfo, authenticate
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
        if context.demo is not None:
            row.addSpacing(32)
            row.addWidget(self._demo_box(), 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(panel)
        layout.addWidget(title_label(self.tr("Bộ phận Một cửa — tiếp nhận hồ sơ")))
        layout.addWidget(muted_label(agency_name))
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

    def _demo_box(self) -> QLabel:
        demo = self.context.demo
        assert demo is not None
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
        self.message.clear_message()
        workspace = self.context.workspace
        self.context.tasks.run_change(
            lambda: authenticate(workspace, username, password),
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

    def reset(self, notice: str = "") -> None:
        self.password.clear()
        if notice:
            self.message.show_hint(notice)
        else:
            self.message.clear_message()
        (self.password if self.username.text() else self.username).setFocus()
