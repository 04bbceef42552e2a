"""An empty data directory opens on the first-run set-up; errors stay next to their field."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter.accounts import create_account, create_first_admin, list_accounts
from counter.errors import PermissionDeniedError
from counter.roles import Role
from counter.setup import SetupRequest
from counter.workspace import Workspace
from tests.ui.conftest import AGENCY, make_context
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, type_text
from ui.card import CardReader
from ui.firstrun import AdminRequest, complete_first_run
from ui.main_window import MainWindow
from ui.qt import Qt


def test_first_run_then_login(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = make_context(tmp_path / "empty", CardReader(None, "none"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        window.show()
        screen = window.first_run
        assert screen is not None and window.stack.currentWidget() is screen
        qtbot.waitUntil(lambda: focused() is screen.agency_code, timeout=TIMEOUT_MS)
        type_text(qtbot, screen.agency_code, "000.00.12")
        type_text(qtbot, screen.agency_name, "Ủy ban nhân dân xã Tân Phú")
        type_text(qtbot, screen.username, "quantri")
        type_text(qtbot, screen.full_name, "Nguyễn Văn Quản")
        type_text(qtbot, screen.password, "mat-khau-1")
        type_text(qtbot, screen.confirm, "mat-khau-2")
        screen.save()  # every problem at once, the first field with one gets the keyboard
        errors = {key: f.message.text() for key, f in screen.fields.items() if f.message.text()}
        assert sorted(errors) == ["agency_code", "password_confirm", "workstation"]
        assert "QCVN 102" in errors["agency_code"] and "không khớp" in errors["password_confirm"]
        assert focused() is screen.agency_code
        assert count_accounts(context) == 0  # nothing was saved

        screen.confirm.clear()
        type_text(qtbot, screen.confirm, "mat-khau-1")
        qtbot.keyClick(screen.confirm, Qt.Key.Key_Tab)  # leaving the field put right
        assert not screen.fields["password_confirm"].message.isVisible()
        assert screen.fields["agency_code"].message.isVisible()  # not yet put right
        type_text(qtbot, screen.workstation, "Quầy 1")
        screen.agency_code.clear()
        type_text(qtbot, screen.agency_code, "000.00.12.H42")
        qtbot.keyClick(screen.agency_code, Qt.Key.Key_Tab)
        assert not screen.fields["agency_code"].message.isVisible()
        screen.save()
        qtbot.waitUntil(lambda: window.first_run is None, timeout=TIMEOUT_MS)
        assert window.login is not None and window.login.username.text() == "quantri"
        assert "Đã thiết lập xong" in window.login.message.text()
        logged_in(qtbot, window, "quantri", "mat-khau-1")
        assert window.work.session.identity.agency.code == "000.00.12.H42"
    finally:
        context.tasks.wait_idle()
        context.workspace.close()


def count_accounts(context) -> int:  # type: ignore[no-untyped-def]
    return len(list_accounts(context.workspace))


def test_a_retried_first_run_acts_as_the_account_it_logs_in_with(tmp_path: Path) -> None:
    setup = SetupRequest(AGENCY, "Quầy 1")
    with Workspace(tmp_path / "data") as workspace:
        admin = create_first_admin(workspace, "quantri", "Nguyễn Văn Quản", "mat-khau-1")
        create_account(workspace, admin.actor, "canbo1", "Trần Văn Bình", Role.OFFICER,
                       "mat-khau-2")
        officer = AdminRequest("canbo1", "Trần Văn Bình", "mat-khau-2")
        with pytest.raises(PermissionDeniedError, match="canbo1"):
            complete_first_run(workspace, setup, officer)
        complete_first_run(workspace, setup, AdminRequest("quantri", "", "mat-khau-1"))
        assert workspace.identity().agency.code == AGENCY.code
