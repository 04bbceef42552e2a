"""First run: the agency and its code, this workstation, the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from counter.accounts import authenticate, create_first_admin, list_accounts
from counter.agencies import AgencyInfo
from counter.errors import CounterError, InputError
from counter.roles import require
from counter.setup import (
    SetupRequest,
    first_run_problems,
    load_seed_catalogue,
    set_up_workstation,
)
from counter.workspace import Workspace
from ui.context import AppContext
from ui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, LabelledField, line_edit, muted_label, title_label


@dataclass(frozen=True)
class AdminRequest:
    username: str
    full_name: str
    password: str


def complete_first_run(workspace: Workspace, setup: SetupRequest, admin: AdminRequest) -> None:
    """Create the administrator, then the agency and workstation, then the seed catalogue.

    A retry after a failure goes through: an administrator made by an earlier attempt
    is confirmed by its password instead of being created again.
    """
    if list_accounts(workspace):  # acts as the account it is, whatever its role
        account = authenticate(workspace, admin.username, admin.password)
    else:
        account = create_first_admin(workspace, admin.username, admin.full_name, admin.password)
    require(account.actor, "settings.manage")
    set_up_workstation(workspace, setup, account.actor)
    load_seed_catalogue(workspace)


class FirstRunScreen(QWidget):
    completed = Signal(str)  # the administrator's user name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(title_label(self.tr("Thiết lập lần đầu")))
        layout.addWidget(muted_label(self.tr(
            "Nhập thông tin cơ quan (mã theo QCVN 102, do tỉnh cấp), tên máy trạm này và "
            "tài khoản quản trị đầu tiên.")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.fields: dict[str, LabelledField] = {}
        self.agency_code = line_edit(self.tr("ví dụ: 000.00.12.H42"), 40)
        self.level = QComboBox()
        self.level.addItem(self.tr("Cấp xã"), "commune")
        self.level.addItem(self.tr("Cấp tỉnh"), "province")
        self.agency_name = line_edit(self.tr("ví dụ: Ủy ban nhân dân xã Tân Phú"))
        self.parent_name = line_edit(self.tr("ví dụ: Ủy ban nhân dân tỉnh Đồng Nai"))
        self.unit_name = line_edit(self.tr("ví dụ: Trung tâm Phục vụ hành chính công xã Tân Phú"))
        self.place = line_edit(self.tr("ví dụ: Tân Phú"))
        self.workstation = line_edit(self.tr("ví dụ: Quầy 1"), 120)
        self.username = line_edit(self.tr("ví dụ: quantri"), 40)
        self.full_name = line_edit()
        self.password = self._password()
        self.confirm = self._password()
        placement: tuple[tuple[str, str, QWidget], ...] = (
            ("agency_code", self.tr("Mã cơ quan (QCVN 102)"), self.agency_code),
            ("level", self.tr("Cấp"), self.level),
            ("name", self.tr("Tên cơ quan"), self.agency_name),
            ("parent_name", self.tr("Cơ quan chủ quản (in ở góc trái phiếu)"), self.parent_name),
            ("unit_name", self.tr("Bộ phận tiếp nhận (in trên phiếu)"), self.unit_name),
            ("place_name", self.tr("Địa danh (… ngày … tháng … năm)"), self.place),
            ("workstation", self.tr("Tên máy trạm"), self.workstation),
            ("", "", QWidget()),
            ("username", self.tr("Tên đăng nhập quản trị"), self.username),
            ("full_name", self.tr("Họ và tên quản trị viên"), self.full_name),
            ("password", self.tr("Mật khẩu (ít nhất 8 ký tự)"), self.password),
            ("password_confirm", self.tr("Nhập lại mật khẩu"), self.confirm),
        )
        for index, (key, caption, field) in enumerate(placement):
            if key:
                self.fields[key] = LabelledField(caption, field)
                grid.addWidget(self.fields[key], index // 2, index % 2)
                if isinstance(field, QLineEdit):
                    field.editingFinished.connect(self.recheck)
        self.shown: set[str] = set()  # fields whose problem is on screen
        layout.addLayout(grid)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.submit = QPushButton(self.tr("Lưu và bắt đầu (Ctrl+Enter)"))
        self.submit.setObjectName("primary")
        self.submit.setShortcut("Ctrl+Return")
        self.submit.clicked.connect(self.save)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.agency_code)  # the first field has the keyboard when shown

    def _password(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def requests(self) -> tuple[SetupRequest, AdminRequest]:
        name = self.agency_name.text().strip()
        agency = AgencyInfo(
            code=self.agency_code.text(), name=name, level=self.level.currentData(),
            parent_name=self.parent_name.text(), unit_name=self.unit_name.text() or name,
            place_name=self.place.text(),
        )
        setup = SetupRequest(agency, self.workstation.text())
        admin = AdminRequest(self.username.text(), self.full_name.text(), self.password.text())
        return setup, admin

    def problems(self) -> dict[str, str]:
        setup, admin = self.requests()
        found = first_run_problems(setup, admin.username, admin.full_name, admin.password)
        if self.password.text() != self.confirm.text():
            found["password_confirm"] = self.tr("Mật khẩu nhập lại không khớp.")
        return found

    def show_problems(self, problems: dict[str, str], fields: set[str]) -> None:
        for key in fields:
            if key in self.fields:
                self.fields[key].set_error(problems.get(key, ""))
        self.shown = {key for key in fields if key in problems} | (self.shown - fields)

    def recheck(self) -> None:
        """A field put right loses its red at once; others keep theirs until put right."""
        if self.shown:
            self.show_problems(self.problems(), set(self.shown))

    def save(self) -> None:
        self.message.clear_message()
        problems = self.problems()
        self.show_problems(problems, set(self.fields))
        if problems:
            first = next(key for key in self.fields if key in problems)
            self.fields[first].field.setFocus()
            return
        setup, admin = self.requests()
        workspace = self.context.workspace
        self.submit.setEnabled(False)
        self.context.tasks.run_change(
            lambda: complete_first_run(workspace, setup, admin),
            label=self.tr("Đang thiết lập…"),
            on_done=lambda _none: self.completed.emit(admin.username.strip().lower()),
            on_error=self._failed, always=lambda: self.submit.setEnabled(True),
        )

    def _failed(self, error: CounterError) -> None:
        if isinstance(error, InputError) and error.field in self.fields:
            field = self.fields[error.field]
            field.set_error(error.reason)
            self.shown.add(error.field)
            field.field.setFocus()
        else:
            self.message.show_error(error.message)
