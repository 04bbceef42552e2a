"""The fee on screen: the VietQR code after receipt (decoded from the screen with zbar),
the officer's confirmation, the message when the account is not set up, and the unpaid
fees on the supervisor's day."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from counter import clock
from counter.payments.payee import set_payee
from counter.payments.records import payment_of
from counter.payments.vietqr import Payee, payment_payload
from tests.environment import missing
from tests.ui.conftest import ADMIN, OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from tests.ui.intake_driver import receive_by_keyboard
from tests.ui.test_day_export import open_day
from tests.ui.test_desk import receive
from ui.formatting import format_moment
from ui.qt import Qt

PAYEE = Payee("970405", "0000123456789", "UBND XA TAN PHU", "Agribank")


def zbar(path: Path) -> str:
    if shutil.which("zbarimg") is None:
        missing("zbarimg", "zbar-tools is not installed")
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(path)], capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout.strip()


def received_at_intake(qtbot, window):  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    code = receive_by_keyboard(intake, lambda c: qtbot.waitUntil(c, timeout=TIMEOUT_MS), 7)
    settle(qtbot, window.context)
    return intake, code


def test_vietqr_after_receipt_then_the_officer_confirms(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_payee(window.context.workspace, PAYEE, ADMIN)
    intake, code = received_at_intake(qtbot, window)
    panel = intake.payment
    qtbot.waitUntil(lambda: panel.view.qr is not None, timeout=TIMEOUT_MS)
    assert panel.isVisible() and code in panel.title.text()
    assert "15.000 đ" in panel.view.caption.text()
    shot = tmp_path / "qr.png"
    assert panel.view.image.grab().save(str(shot))
    assert zbar(shot) == payment_payload(PAYEE, 15_000, code)

    window.activateWindow()  # what the window manager does when the preview closes
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier, fallback=intake)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(),
                    timeout=TIMEOUT_MS)
    dialog = panel.dialog
    dialog.method.setCurrentIndex(dialog.method.findData("transfer"))
    dialog.reference.clear()
    dialog.ok_button.click()  # no reference: the core refuses, nothing written
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT_MS)
    assert "mã giao dịch" in dialog.message.text()
    assert payment_of(window.context.workspace, code) is None
    type_text(qtbot, dialog.reference, "FT26061123")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT_MS)
    record = payment_of(window.context.workspace, code)
    assert record is not None and (record.method, record.reference) == ("transfer", "FT26061123")
    assert record.recorded_by == OFFICER.username
    assert "Đã xác nhận" in intake.banner.text()


def test_no_account_set_up_says_so_and_shows_no_code(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake, _code = received_at_intake(qtbot, window)
    panel = intake.payment
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=TIMEOUT_MS)
    assert "Chưa có số tài khoản" in panel.message.text()
    assert panel.view.qr is None and not panel.view.isVisible()


def test_the_supervisors_day_lists_unpaid_fees(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unpaid = receive(window.context.workspace, OFFICER)
    day = open_day(qtbot, window)
    assert day.unpaid.rowCount() == 1
    assert day.unpaid.item(0, 1).text() == unpaid.code
    assert day.unpaid.item(0, 3).text() == "15.000 đ"
    assert "Phí chưa thu (1: 15.000 đ)" in day.tabs.tabText(day.tabs.indexOf(day.unpaid))


def test_a_fee_paid_later_is_confirmed_from_the_dossier(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert detail.confirm_fee.isVisible() and "chưa thu" in detail.info.text()
    qtbot.mouseClick(detail.confirm_fee, Qt.MouseButton.LeftButton)
    dialog = detail.payment_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=TIMEOUT_MS)
    dialog.method.setCurrentIndex(dialog.method.findData("cash"))
    type_text(qtbot, dialog.reference, "BL-0042")
    dialog.paid_at.setText("99:99 01/01/2026")
    dialog.ok_button.click()
    assert "giờ:phút" in dialog.message.text() and payment_of(workspace, code) is None
    dialog.paid_at.setText(format_moment(clock.now()))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: detail.view.fee_paid, timeout=TIMEOUT_MS)
    assert not detail.confirm_fee.isVisible() and "BL-0042" in detail.info.text()
    assert payment_of(workspace, code).method == "cash"


def test_the_supervisor_imports_a_statement(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    paid = receive(workspace, OFFICER)
    other = receive(workspace, OFFICER, name="Trần Văn Long")
    at = f"{paid.received_at:%d/%m/%Y %H:%M}"
    statement = tmp_path / "saoke.csv"
    statement.write_text(
        "Ngày giao dịch;Số tham chiếu;Ghi nợ;Ghi có;Nội dung\n"
        f"{at};FT1;;15.000;NOP PHI {paid.code.replace('.', '').replace('-', '')}\n"
        f"{at};FT2;;10.000;{other.code}\n", encoding="utf-8")
    day = open_day(qtbot, window)
    assert day.unpaid.rowCount() == 2
    day.open_statement(statement)
    dialog = day.statement
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT_MS)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "khớp" and dialog.table.item(0, 2).text() == paid.code
    assert dialog.table.item(1, 1).text().startswith("sai số tiền")
    assert payment_of(workspace, paid.code) is None  # shown, not yet recorded
    assert dialog.record_button.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.applied,
                    timeout=TIMEOUT_MS)
    assert "Đã ghi nhận 1 khoản nộp" in dialog.summary.text()
    assert not dialog.record_button.isEnabled()
    record = payment_of(workspace, paid.code)
    assert record is not None and record.source == "statement" and record.reference == "FT1"
    qtbot.waitUntil(lambda: day.unpaid.rowCount() == 1, timeout=TIMEOUT_MS)
    assert day.unpaid.item(0, 1).text() == other.code
