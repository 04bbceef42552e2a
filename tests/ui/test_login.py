"""Logging in offline, the lock-out after wrong passwords, and the idle logout."""

from __future__ import annotations

from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, log_in, logged_in, press, settle
from ui.qt import Qt


def test_a_local_account_logs_in_and_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.stack.currentWidget() is window.login
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert window.stack.currentWidget() is window.work
    assert window.work.session.account.full_name == "Trần Văn Bình"
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, fallback=window.work)
    qtbot.waitUntil(lambda: window.work is None, timeout=TIMEOUT_MS)
    assert window.stack.currentWidget() is window.login


def test_wrong_passwords_lock_the_account(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    message = window.login.message
    for left in (4, 3, 2, 1):
        log_in(qtbot, window, "canbo1", "sai-mat-khau")
        settle(qtbot, window.context)
        assert message.text() == (f"Sai tên đăng nhập hoặc mật khẩu. Còn {left} lần thử trước "
                                  "khi tài khoản bị tạm khoá.")
    log_in(qtbot, window, "canbo1", "sai-mat-khau")
    settle(qtbot, window.context)
    assert "tạm khoá 30 giây" in message.text()
    log_in(qtbot, window, "canbo1", PASSWORD)  # the right password is refused while locked
    settle(qtbot, window.context)
    assert "tạm khoá" in message.text()
    assert window.work is None
    assert window.login.password.text() == ""


def test_an_idle_session_logs_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.idle.timer.setInterval(200)
    window.idle.arm()
    qtbot.waitUntil(lambda: window.work is None, timeout=TIMEOUT_MS)
    assert "không thao tác" in window.login.message.text()
