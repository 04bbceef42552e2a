"""Accounts, for the administrator: create, reset a password, disable or enable."""

from __future__ import annotations

from counter.accounts import (
    AccountInfo,
    create_account,
    list_accounts,
    reset_password,
    set_active,
)
from counter.errors import CounterError, InputError
from counter.roles import ACCOUNT_ROLES, Role
from ui.context import AppContext, Session
from ui.formatting import format_moment
from ui.i18n import role_label
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import FieldMessage, title_label


class AccountsScreen(QWidget):
    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(title_label(self.tr("Tài khoản")))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"),
                                              self.tr("Vai trò"), self.tr("Trạng thái"),
                                              self.tr("Đăng nhập gần nhất")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):  # whole texts; the name takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("Khoá / mở khoá tài khoản"))
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(title_label(self.tr("Thêm tài khoản / đặt lại mật khẩu"), "sectionTitle"))
        form = QFormLayout()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in ACCOUNT_ROLES:
            self.role.addItem(role_label(role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Họ và tên"), self.full_name)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Mật khẩu (ít nhất 8 ký tự)"), self.password)
        right.addLayout(form)
        self.message = FieldMessage()
        right.addWidget(self.message)
        create = QPushButton(self.tr("Tạo tài khoản"))
        create.setObjectName("primary")
        create.clicked.connect(self.create_account)
        for edit in (self.username, self.full_name, self.password):  # Enter: create
            edit.returnPressed.connect(self.create_account)
        reset = QPushButton(self.tr("Đặt lại mật khẩu cho tài khoản đang chọn"))
        reset.clicked.connect(self.reset_password)
        right.addWidget(create)
        right.addWidget(reset)
        right.addStretch(1)
        layout.addLayout(right, 2)

    def activate(self) -> None:
        workspace = self.context.workspace
        self.context.tasks.run_query(lambda: list_accounts(workspace), on_done=self.show_accounts)

    def show_accounts(self, accounts: list[AccountInfo]) -> None:
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            values = (account.username, account.full_name, role_label(account.role),
                      self.tr("Đang dùng") if account.active else self.tr("Đã khoá"),
                      format_moment(account.last_login_at))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, account)
                self.table.setItem(row, column, item)

    def selected(self) -> AccountInfo | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _run(self, work: object, done: str) -> None:
        self.message.clear_message()
        self.context.tasks.run_change(
            work, label=self.tr("Đang lưu…"),  # type: ignore[arg-type]
            on_done=lambda _r: self.saved(done),
            on_error=self._failed)

    def saved(self, done: str) -> None:
        self.message.show_hint(done)
        self.activate()

    def _failed(self, error: CounterError) -> None:
        self.message.show_error(error.reason if isinstance(error, InputError) else error.message)

    def create_account(self) -> None:
        workspace, actor = self.context.workspace, self.session.actor
        username, name = self.username.text(), self.full_name.text()
        role, password = Role(self.role.currentData()), self.password.text()
        self.password.clear()
        self._run(lambda: create_account(workspace, actor, username, name, role, password),
                  self.tr("Đã tạo tài khoản."))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            self.message.show_error(self.tr("Chọn một tài khoản trong danh sách."))
            return
        workspace, actor, password = self.context.workspace, self.session.actor, self.password.text()
        self.password.clear()
        self._run(lambda: reset_password(workspace, actor, account.username, password),
                  self.tr("Đã đặt lại mật khẩu."))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            self.message.show_error(self.tr("Chọn một tài khoản trong danh sách."))
            return
        if account.username == self.session.account.username:
            self.message.show_error(self.tr("Không tự khoá tài khoản đang đăng nhập."))
            return
        workspace, actor = self.context.workspace, self.session.actor
        self._run(lambda: set_active(workspace, actor, account.username, not account.active),
                  self.tr("Đã cập nhật."))
