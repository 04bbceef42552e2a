"""Each role sees only what it may do; the supervisor approves the day."""

from __future__ import annotations

from sqlalchemy import select

from counter.db.models import OutboxMessage
from counter.dossiers.lifecycle import Status
from counter.dossiers.transitions import apply_action
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from tests.ui.test_desk import receive
from ui.qt import Qt


def nav_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [button.text() for button in window.work.nav_group.buttons()]


def step_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    grid = window.work.detail.step_buttons
    return [grid.itemAt(i).widget().text() for i in range(grid.count())]


def open_detail(qtbot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    window.work.open_dossier(code)
    qtbot.waitUntil(lambda: window.work.detail.view is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)


def test_officer_receives_and_processes_but_neither_extends_nor_approves(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    code = receive(window.context.workspace, OFFICER).code
    logged_in(qtbot, window, "canbo1", PASSWORD)
    assert nav_titles(window) == ["Tiếp nhận hồ sơ (F2)", "Danh sách hồ sơ (F3)"]
    assert window.work.day is None and window.work.accounts is None
    open_detail(qtbot, window, code)
    steps = step_titles(window)
    assert any("Chuyển xử lý" in s for s in steps)
    assert not any("gia hạn" in s or "Dừng giải quyết" in s for s in steps)


def test_supervisor_extends_and_approves_the_day(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    code = receive(window.context.workspace, OFFICER).code
    logged_in(qtbot, window, "giamsat", PASSWORD)
    assert "Ngày làm việc (F4)" in nav_titles(window)
    open_detail(qtbot, window, code)
    assert any("gia hạn" in s for s in step_titles(window))

    day = window.work.day
    window.work.show_screen(day)
    qtbot.waitUntil(lambda: day.picture is not None, timeout=TIMEOUT_MS)
    assert day.figures[0].text() == "1"
    assert day.dossiers.item(0, 0).text() == code
    day.approve()
    qtbot.waitUntil(lambda: "Đã duyệt" in day.approval.text(), timeout=TIMEOUT_MS)
    assert not day.approve_button.isEnabled()
    with window.context.workspace.store.read() as session:
        payload = session.scalars(select(OutboxMessage.payload)
                                  .where(OutboxMessage.kind == "day.closed")).one()
    assert payload["dossier_codes"] == [code]


def test_village_team_receives_but_takes_no_processing_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    code = receive(window.context.workspace, OFFICER).code
    logged_in(qtbot, window, "tocnso", PASSWORD)
    assert window.work.intake is not None and window.work.day is None
    open_detail(qtbot, window, code)
    assert step_titles(window) == []
    assert "Vai trò của bạn" in window.work.detail.no_actions.text()
    apply_action(window.context.workspace, code, "request_payment", OFFICER, reason="Lệ phí")
    window.work.open_dossier(code)
    qtbot.waitUntil(lambda: window.work.detail.view.status is Status.AWAITING_PAYMENT,
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert [s for s in step_titles(window) if "nghĩa vụ tài chính" in s]


def test_administrator_manages_accounts_and_receives_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "quantri", PASSWORD)
    assert window.work.intake is None
    assert "Tài khoản (F5)" in nav_titles(window)
    accounts = window.work.accounts
    window.work.show_screen(accounts)
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 4, timeout=TIMEOUT_MS)
    accounts.username.setText("canbo2")
    accounts.full_name.setText("Đỗ Thị Lan")
    accounts.password.setText("ngan")
    accounts.create_account()
    qtbot.waitUntil(lambda: accounts.message.is_error, timeout=TIMEOUT_MS)
    assert "ít nhất 8" in accounts.message.text()
    accounts.password.setText("mat-khau-dai")
    qtbot.keyClick(accounts.password, Qt.Key.Key_Return)  # Enter in the password creates
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 5, timeout=TIMEOUT_MS)
    table = accounts.table
    for column in range(table.columnCount()):  # no column cuts its texts
        needed = max(table.sizeHintForColumn(column),
                     table.horizontalHeader().sectionSizeHint(column))
        assert table.columnWidth(column) >= needed, column


def test_an_extension_asks_the_new_date_and_the_signer_and_prints_form_04(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import pdf_text, type_text

    code = receive(window.context.workspace, OFFICER).code
    logged_in(qtbot, window, "giamsat", PASSWORD)
    open_detail(qtbot, window, code)
    detail = window.work.detail
    before = detail.view.due_at
    detail.ask_step("extend_deadline")
    dialog = detail.dialog
    type_text(qtbot, dialog.reason, "Cần xác minh chỗ ở hợp pháp")
    type_text(qtbot, dialog.new_due_day, "31/02/2027")
    dialog.check_and_submit()
    assert "không có thật" in dialog.message.text()
    dialog.new_due_day.clear()
    type_text(qtbot, dialog.new_due_day, (before.date().replace(year=before.year + 1))
              .strftime("%d/%m/%Y"))
    dialog.check_and_submit()
    assert "người ký" in dialog.message.text()
    type_text(qtbot, dialog.signer, "Phạm Minh Quân")
    dialog.check_and_submit()
    qtbot.waitUntil(lambda: detail.print_dialog is not None, timeout=TIMEOUT_MS)
    assert detail.view.due_at.year == before.year + 1
    letter = pdf_text(detail.print_dialog.pdf)
    assert "Phạm Minh Quân" in letter and "Cần xác minh chỗ ở hợp pháp" in letter
    detail.print_dialog.close()
