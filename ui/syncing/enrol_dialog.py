"""Enrolling this workstation with the central system, for the administrator: the server's
address, the one-time code from the central administrator, optionally a pinned certificate."""

from __future__ import annotations

from pathlib import Path

from counter.errors import CounterError, InputError
from counter.roles import Actor
from counter.workspace import Workspace
from sync.client.config import SyncConfig
from sync.transport import check_server_url, insecure_http_allowed_for_lab
from ui.context import AppContext
from ui.qt import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QShowEvent,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, centre_over, muted_label


def enrol_workstation(workspace: Workspace, actor: Actor, server_url: str, code: str,
                      pinned_certificate: str | None) -> SyncConfig:
    from sync.client.enrol import enrol

    return enrol(workspace, workspace.data_dir, server_url=server_url, code=code, actor=actor,
                 pinned_certificate=pinned_certificate)


def current_server(workspace: Workspace) -> str:
    from sync.client.config import load_config

    config = load_config(workspace)
    return config.server_url if config.enrolled else ""


class EnrolDialog(QDialog):
    enrolled = Signal(object)  # SyncConfig

    def __init__(self, context: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.setWindowTitle(self.tr("Kết nối với hệ thống trung tâm"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.current = muted_label()
        layout.addWidget(self.current)
        form = QFormLayout()
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://motcua.example.gov.vn")
        form.addRow(self.tr("Địa chỉ máy chủ trung tâm"), self.server_url)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mã đăng ký một lần do quản trị trung tâm cấp"))
        form.addRow(self.tr("Mã đăng ký"), self.code)
        pinned_row = QHBoxLayout()
        self.pinned = QLineEdit()
        self.pinned.setPlaceholderText(self.tr("không bắt buộc: tệp PEM chứng chỉ của máy chủ"))
        pinned_row.addWidget(self.pinned, 1)
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self.choose_certificate)
        pinned_row.addWidget(browse)
        form.addRow(self.tr("Chứng chỉ ghim"), pinned_row)
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Đóng (Esc)"))
        cancel.clicked.connect(self.reject)
        self.submit = QPushButton(self.tr("Đăng ký máy trạm"))
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.attempt)
        buttons.addWidget(cancel)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        workspace = context.workspace
        context.tasks.run_query(lambda: current_server(workspace), on_done=self.show_current,
                          on_error=lambda e: self.message.show_error(e.message))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        centre_over(self, self.parentWidget())

    def show_current(self, server_url: str) -> None:
        self.current.setText(
            self.tr("Máy trạm đã đăng ký với %1. Đăng ký lại sẽ thay thông tin kết nối.")
            .replace("%1", server_url) if server_url
            else self.tr("Máy trạm chưa đăng ký: hồ sơ được lưu tại máy và chờ đồng bộ."))
        if self.isVisible():
            centre_over(self, self.parentWidget())
        if server_url and not self.server_url.text():
            self.server_url.setText(server_url)

    def choose_certificate(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn chứng chỉ của máy chủ trung tâm"), "",
            self.tr("Chứng chỉ PEM (*.pem *.crt);;Mọi tệp (*)"))
        if path:
            self.pinned.setText(path)

    def checked_input(self) -> tuple[str, str, str | None]:
        url = self.server_url.text().strip().rstrip("/")
        code = self.code.text().strip()
        pinned = self.pinned.text().strip() or None
        check_server_url(url, allow_insecure_http_for_lab_only=insecure_http_allowed_for_lab())
        if not code:
            raise InputError("code", self.tr("Hãy nhập mã đăng ký do quản trị trung tâm cấp."))
        if pinned is not None and not Path(pinned).is_file():
            raise InputError("pinned", self.tr("Không tìm thấy tệp chứng chỉ ghim: %1")
                             .replace("%1", pinned))
        return url, code, pinned

    def attempt(self) -> None:
        if not self.submit.isEnabled():
            return
        try:
            url, code, pinned = self.checked_input()
        except InputError as error:
            self.message.show_error(error.reason)
            return
        self.message.show_hint(self.tr("Đang liên hệ máy chủ trung tâm…"))
        self.submit.setEnabled(False)
        workspace, actor = self.context.workspace, self.actor
        self.context.tasks.run_change(lambda: enrol_workstation(workspace, actor, url, code, pinned),
                               label=self.tr("Đang đăng ký máy trạm…"), on_done=self.done_enrolling,
                               on_error=self.refused, always=lambda: self.submit.setEnabled(True))

    def refused(self, error: CounterError) -> None:
        self.message.show_error(error.message)

    def done_enrolling(self, config: SyncConfig) -> None:
        self.enrolled.emit(config)
        self.accept()
