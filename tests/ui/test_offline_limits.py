"""The offline limits at login: a warning, a block with a supervisor's override."""

from __future__ import annotations

from datetime import timedelta

from counter import audit, clock
from counter.offline_limits import OVERRIDDEN, current_status, set_offline_limits
from tests.ui.conftest import ADMIN, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle, type_text


def days_later(monkeypatch, days: float) -> None:  # type: ignore[no-untyped-def]
    moment = clock.now() + timedelta(days=days)
    monkeypatch.setattr(clock, "now", lambda: moment)


def test_warning_shown_at_login(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    set_offline_limits(window.context.workspace, ADMIN, 3, 10)
    days_later(monkeypatch, 4)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    notice = window.work.offline
    qtbot.waitUntil(notice.isVisible, timeout=TIMEOUT_MS)
    assert "4 ngày chưa đồng bộ" in notice.message.text()
    assert not notice.message.is_error
    assert not notice.override_row.isVisible()


def test_blocked_then_a_supervisor_allows_receiving(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    set_offline_limits(workspace, ADMIN, 2, 5)
    days_later(monkeypatch, 6)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    notice = window.work.offline
    qtbot.waitUntil(notice.isVisible, timeout=TIMEOUT_MS)
    assert notice.message.is_error and "không tiếp nhận hồ sơ mới" in notice.message.text()
    assert not notice.override_row.isVisible()  # an officer cannot lift it
    window.log_out()
    logged_in(qtbot, window, "giamsat", PASSWORD)
    notice = window.work.offline
    qtbot.waitUntil(notice.override_row.isVisible, timeout=TIMEOUT_MS)
    notice.allow.click()  # no reason: refused, nothing changes
    settle(qtbot, window.context)
    assert "lý do" in notice.message.text()
    type_text(qtbot, notice.reason, "Mất mạng cả xã từ thứ Hai")
    notice.allow.click()
    settle(qtbot, window.context)
    assert current_status(workspace).level == OVERRIDDEN
    assert not notice.override_row.isVisible() and "giamsat" in notice.message.text()
    with workspace.store.read() as session:
        last = audit.entries_for(session, "offline_limits")[-1]
    assert (last.actor, last.action) == ("giamsat", "offline_override")


def test_idle_logout_set_by_the_central_system(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from counter.remote_settings import apply_remote_settings

    with window.context.workspace.store.write() as session:
        apply_remote_settings(session, {"idle_logout_minutes": 3}, {}, "workstation:test")
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert window.idle.timer.interval() == 3 * 60_000
    assert window.idle.timer.isActive()


def test_the_administrator_sees_where_each_setting_comes_from(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from counter.remote_settings import apply_remote_settings

    with window.context.workspace.store.write() as session:
        apply_remote_settings(session, {"retention_days": 30, "idle_logout_minutes": 5},
                              {"idle_logout_minutes": 7}, "workstation:test")
    logged_in(qtbot, window, "quantri", PASSWORD)
    window.work.settings_button.click()
    dialog = window.work.settings_dialog
    settle(qtbot, window.context)
    table = dialog.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows["Tự đăng xuất sau bao nhiêu phút không thao tác (cảnh báo trước 1 phút)"] == (
        "7", "máy trạm")
    assert any(value == ("30", "cơ quan") for value in rows.values())
    assert rows["Ngôn ngữ giao diện"] == ('"vi"', "máy này")
    dialog.reject()
