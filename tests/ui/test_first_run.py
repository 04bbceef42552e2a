"""An empty data directory opens on the first-run set-up; errors stay next to their field."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import make_context
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle, type_text
from ui.card import CardReader
from ui.main_window import MainWindow


def test_first_run_then_login(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = make_context(tmp_path / "empty", CardReader(None, "none"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        window.show()
        screen = window.first_run
        assert screen is not None and window.stack.currentWidget() is screen
        type_text(qtbot, screen.agency_code, "000.00.12")
        type_text(qtbot, screen.agency_name, "Ủy ban nhân dân xã Tân Phú")
        type_text(qtbot, screen.workstation, "Quầy 1")
        type_text(qtbot, screen.username, "quantri")
        type_text(qtbot, screen.full_name, "Nguyễn Văn Quản")
        type_text(qtbot, screen.password, "mat-khau-1")
        type_text(qtbot, screen.confirm, "mat-khau-2")
        screen.save()
        assert "không khớp" in screen.fields["password_confirm"].message.text()

        screen.confirm.clear()
        type_text(qtbot, screen.confirm, "mat-khau-1")
        screen.save()
        settle(qtbot, context)
        assert "QCVN 102" in screen.fields["agency_code"].message.text()

        screen.agency_code.clear()
        type_text(qtbot, screen.agency_code, "000.00.12.H42")
        screen.save()  # the administrator made by the first try is confirmed, not re-made
        qtbot.waitUntil(lambda: window.first_run is None, timeout=TIMEOUT_MS)
        assert window.login is not None and window.login.username.text() == "quantri"
        assert "Đã thiết lập xong" in window.login.message.text()
        logged_in(qtbot, window, "quantri", "mat-khau-1")
        assert window.work.session.identity.agency.code == "000.00.12.H42"
    finally:
        context.tasks.wait_idle()
        context.workspace.close()
