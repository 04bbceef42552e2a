"""The idle logout: a warning with a countdown first, and a half-filled intake kept for the
same officer (encrypted database), offered back once at their next login."""

from __future__ import annotations

from counter.drafts import take_intake_draft
from counter.settings import set_setting
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from ui.main_window import MainWindow
from ui.qt import Qt


def fill_some_intake(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    intake.picker.search.setText("tam tru")
    intake.picker.run_search()
    qtbot.waitUntil(lambda: intake.picker.results.count() > 0, timeout=TIMEOUT_MS)
    intake.picker.choose_current()
    settle(qtbot, window.context)
    type_text(qtbot, intake.applicant.id_number, "001090123456")
    type_text(qtbot, intake.applicant.full_name, "Nguyễn Thị Hoà")
    intake.checklist.cell(0, 0).setCheckState(Qt.CheckState.Checked)


def test_a_minute_before_the_idle_logout_a_notice_counts_down_and_a_key_keeps_the_session(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    idle = window.idle
    idle.warning_seconds = 1
    idle.set_minutes(1.6 / 60)  # the warning after 0.6 s, the logout 1 s later
    idle.arm()
    qtbot.waitUntil(window.idle_notice.isVisible, timeout=TIMEOUT_MS)
    assert "tự đăng xuất sau 1 giây" in window.idle_notice.text()
    assert window.work is not None
    press(qtbot, Qt.Key.Key_Shift, fallback=window)
    assert not window.idle_notice.isVisible() and not idle.warning_shown
    assert window.work is not None  # the session goes on
    qtbot.waitUntil(lambda: window.work is None, timeout=TIMEOUT_MS)  # nobody comes back
    assert not window.idle_notice.isVisible()
    assert "không thao tác" in window.login.message.text()


def test_the_idle_time_is_a_setting_read_at_login(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with window.context.workspace.store.write() as session:
        set_setting(session, "idle_logout_minutes", 5)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert window.idle.timer.interval() == 5 * 60_000
    assert window.idle.warn_timer.interval() == 4 * 60_000


def test_an_intake_half_filled_at_the_idle_logout_comes_back_for_the_same_officer_only(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    fill_some_intake(qtbot, window)
    window.idle.timed_out.emit()
    qtbot.waitUntil(lambda: window.work is None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)

    logged_in(qtbot, window, "giamsat", PASSWORD)  # another person: an empty form
    intake = window.work.intake
    assert intake.applicant.full_name.text() == "" and intake.picker.procedure is None
    window.log_out()

    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.applicant.full_name.text() == "Nguyễn Thị Hoà",
                    timeout=TIMEOUT_MS)
    assert intake.applicant.id_number.text() == "001090123456"
    assert intake.picker.procedure is not None and "tạm trú" in intake.picker.procedure.name
    assert intake.checklist.cell(0, 0).checkState() == Qt.CheckState.Checked
    assert intake.checklist.cell(1, 0).checkState() == Qt.CheckState.Unchecked
    assert "Đã khôi phục hồ sơ đang nhập dở" in intake.banner.text()
    # handed back once: it is no longer kept
    assert take_intake_draft(window.context.workspace, OFFICER) is None


def test_an_empty_form_keeps_no_draft(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.idle.timed_out.emit()
    qtbot.waitUntil(lambda: window.work is None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert take_intake_draft(window.context.workspace, OFFICER) is None
