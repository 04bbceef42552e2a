"""The desktop app syncing with a REAL central server on 127.0.0.1: enrolment from the GUI,
"sync now", offline and back (automatic sync), refused messages, the clock warning."""

from __future__ import annotations

from pathlib import Path

from sync.central import admin
from sync.central.context import CentralContext
from sync.client.config import load_config, save_config
from tests.sync.fixtures import StartServer, sqlite_context, start_server  # noqa: F401
from tests.sync.helpers import AGENCY, enrol_workstation, fast_policy, received_message
from tests.sync.workstation import enrol_with, receive
from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from ui.desk.model import SYNC_COLUMN
from ui.main_window import MainWindow
from ui.qt import QApplication, Qt

SYNC_TIMEOUT_MS = 20_000


def receive_in_gui(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """An officer receives one dossier through the intake screen; its code."""
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    intake.picker.search.setText("tam tru")
    intake.picker.run_search()
    qtbot.waitUntil(lambda: intake.picker.results.count() > 0, timeout=TIMEOUT_MS)
    intake.picker.choose_current()
    settle(qtbot, window.context)
    type_text(qtbot, intake.applicant.id_number, "001090123456")
    type_text(qtbot, intake.applicant.full_name, "Nguyễn Văn An")
    type_text(qtbot, intake.applicant.address, "Thôn 3, xã Tân Phú, tỉnh Đồng Nai")
    intake.checklist.receive_required()
    intake.print_dialog = None
    intake.submit.click()
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    intake.print_dialog.close()
    settle(qtbot, window.context)
    assert intake.last is not None
    return intake.last.code


def enrol_in_gui(qtbot, window: MainWindow, url: str, code: str) -> None:  # type: ignore[no-untyped-def]
    window.work.open_enrolment()
    dialog = window.work.enrol_dialog
    settle(qtbot, window.context)
    type_text(qtbot, dialog.server_url, url)
    type_text(qtbot, dialog.code, code)
    dialog.submit.click()
    settle(qtbot, window.context)


def sync_by_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """F9 where the person is working: a sync starts."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_F9, fallback=window)
    assert window.sync.running


def wait_synced(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.sync.running, timeout=SYNC_TIMEOUT_MS)
    settle(qtbot, window.context)


def desk_sync_text(qtbot, window: MainWindow, code: str) -> str:  # type: ignore[no-untyped-def]
    work = window.work
    work.show_screen(work.desk)
    work.desk.scope.setCurrentIndex(work.desk.scope.findData("all"))
    model = work.desk.model
    qtbot.waitUntil(lambda: code in [row.code for row in model.rows], timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    row = [r.code for r in model.rows].index(code)
    return str(model.data(model.index(row, SYNC_COLUMN)))


def test_enrol_sync_now_offline_then_back_by_itself(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sqlite_context: CentralContext,  # noqa: F811
    start_server: StartServer,  # noqa: F811
) -> None:
    server = start_server(sqlite_context)
    window.sync.policy = fast_policy(2)
    status = window.status
    assert status.online is None and "Chưa kết nối" in status.connection.text()

    logged_in(qtbot, window, "quantri", PASSWORD)
    enrol_in_gui(qtbot, window, server.url, "ma-sai")
    dialog = window.work.enrol_dialog
    assert dialog.isVisible() and dialog.message.is_error  # the server's refusal, in the dialog
    assert load_config(window.context.workspace.data_dir).enrolled is False
    dialog.code.clear()
    type_text(qtbot, dialog.code, admin.create_enrolment_code(sqlite_context, AGENCY))
    dialog.submit.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: status.online is True, timeout=TIMEOUT_MS)
    assert status.connection.text() == "● Trực tuyến"
    window.log_out()

    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert status.sync_button.isVisible()
    code = receive_in_gui(qtbot, window)
    qtbot.waitUntil(lambda: status.waiting_count == 1, timeout=TIMEOUT_MS)
    assert desk_sync_text(qtbot, window, code) == "Chờ gửi"

    status.sync_button.click()
    assert window.sync.running and not status.sync_button.isEnabled()
    assert window.sync.sync_now() is False  # a second click while it runs does nothing
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: status.waiting_count == 0, timeout=TIMEOUT_MS)
    assert "trung tâm xác nhận 1, bị từ chối 0" in status.outcome.text()
    qtbot.waitUntil(lambda: desk_sync_text(qtbot, window, code) == "Trung tâm đã nhận",
                    timeout=TIMEOUT_MS)

    port = server.port
    server.stop()
    second = receive_in_gui(qtbot, window)
    sync_by_key(qtbot, window)
    wait_synced(qtbot, window)
    errors = window.context.errors
    assert errors.dialog is not None and "Không kết nối được máy chủ trung tâm" in \
        errors.last_message
    errors.dialog.close()
    assert status.online is False and status.connection.text() == "○ Ngoại tuyến"
    assert status.waiting_count == 1  # nothing lost
    assert desk_sync_text(qtbot, window, second) == "Chờ gửi"

    start_server(sqlite_context, port=port)
    window.sync.timer.setInterval(100)
    qtbot.waitUntil(lambda: status.waiting_count == 0, timeout=SYNC_TIMEOUT_MS)
    wait_synced(qtbot, window)
    assert status.online is True
    qtbot.waitUntil(lambda: desk_sync_text(qtbot, window, second) == "Trung tâm đã nhận",
                    timeout=TIMEOUT_MS)
    window.log_out()
    assert not window.sync.armed and not status.sync_button.isVisible()


def test_an_enrolment_while_a_probe_is_under_way_is_seen_at_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sqlite_context: CentralContext,  # noqa: F811
    start_server: StartServer,  # noqa: F811
) -> None:
    """A probe that started before the enrolment reports "not configured"; the probe the
    enrolment asks for runs after it instead of being dropped (else 30 s of a stale state)."""
    server = start_server(sqlite_context)
    sync, status = window.sync, window.status
    logged_in(qtbot, window, "quantri", PASSWORD)
    qtbot.waitUntil(lambda: not sync.probing, timeout=TIMEOUT_MS)
    sync.probing = True  # as if the timer's probe were in flight, started before enrolment
    window.work.open_enrolment()
    dialog = window.work.enrol_dialog
    type_text(qtbot, dialog.server_url, server.url)
    type_text(qtbot, dialog.code, admin.create_enrolment_code(sqlite_context, AGENCY))
    dialog.submit.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert sync.probe_again and status.online is not True
    sync._probe_settled()  # the stale probe ends: the one asked for runs now
    qtbot.waitUntil(lambda: status.online is True, timeout=TIMEOUT_MS)
    assert not sync.probe_again


def test_a_refused_dossier_stands_out_and_the_clock_warning_stays_until_a_good_sync(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sqlite_context: CentralContext,  # noqa: F811
    start_server: StartServer,  # noqa: F811
) -> None:
    # Only the syncs this test starts: no automatic one may send the dossier first.
    window.sync.first_probe.stop()
    window.sync.timer.stop()
    qtbot.waitUntil(lambda: not window.sync.probing, timeout=TIMEOUT_MS)
    server = start_server(sqlite_context)
    workspace = window.context.workspace
    data_dir: Path = workspace.data_dir
    # A tolerance below zero: the real clock check always finds the clock off.
    enrol_with(workspace, data_dir, sqlite_context, server.url, clock_tolerance_minutes=-1)
    [code] = receive(workspace, 1)
    other = enrol_workstation(sqlite_context, server.url, name="Quầy 2")
    assert [r.result for r in other.api.push(
        [received_message(code, other.workstation_id)]).results] == ["accepted"]
    window.sync.policy = fast_policy(2)

    logged_in(qtbot, window, "giamsat", PASSWORD)
    status = window.status
    sync_by_key(qtbot, window)
    wait_synced(qtbot, window)
    assert "bị từ chối 1" in status.outcome.text()
    assert status.clock_warning.isVisible() and "Đồng hồ máy trạm" in status.clock_warning.text()
    assert desk_sync_text(qtbot, window, code) == "Bị từ chối"

    work = window.work
    work.show_screen(work.day)
    qtbot.waitUntil(lambda: work.day.refused.rowCount() == 1, timeout=TIMEOUT_MS)
    tab = work.day.tabs.indexOf(work.day.refused)
    assert work.day.tabs.tabText(tab) == "Bị trung tâm từ chối (1)"
    reason_item = work.day.refused.item(0, 0)
    assert "máy trạm khác" in reason_item.text() and work.day.refused.item(0, 1).text() == code
    work.day.refused.itemActivated.emit(reason_item)
    detail = work.detail
    qtbot.waitUntil(lambda: detail.sync_badge.state is not None, timeout=TIMEOUT_MS)
    assert detail.view.code == code
    assert detail.sync_badge.text() == "Đồng bộ: Bị từ chối"
    assert detail.sync_reason.isVisible() and "máy trạm khác" in detail.sync_reason.text()

    save_config(data_dir, load_config(data_dir).with_changes(clock_tolerance_minutes=5))
    sync_by_key(qtbot, window)
    wait_synced(qtbot, window)
    assert not status.clock_warning.isVisible()
    assert QApplication.activeModalWidget() is None
