"""The citizen screen through an intake (what is recorded, then the fee's VietQR code,
read back with zbar) and a return with the rating given by keys 1-5 on the citizen's
window; nothing of a citizen's turn stays on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter.dossiers.transitions import apply_action, get_dossier
from counter.payments.payee import set_payee
from counter.payments.records import PaymentConfirmation, confirm_payment
from counter.payments.vietqr import Payee, payment_payload
from tests.ui.conftest import ADMIN, OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from tests.ui.test_desk import receive
from tests.ui.test_payment import zbar
from ui.citizen.placement import citizen_screen_index
from ui.qt import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
PAYEE = Payee("970405", "0000123456789", "UBND XA TAN PHU", "Agribank")
NAME, ID_NUMBER = "Nguyễn Thị Hồng Nhung", "001190123456"


@pytest.mark.parametrize("setting, screens, index", [
    ("off", 2, None), ("auto", 1, None), ("auto", 2, 1), ("2", 2, 1), ("1", 3, 0),
    ("3", 2, None), ("2", 1, None), ("nonsense", 2, None), (" AUTO ", 3, 1),
])
def test_which_monitor(setting: str, screens: int, index: int | None) -> None:
    assert citizen_screen_index(setting, screens) == index


def open_with_citizen_screen(qtbot, window):  # type: ignore[no-untyped-def]
    citizen = window.open_citizen_screen(size=(1024, 600))
    qtbot.addWidget(citizen)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    return citizen


def test_intake_is_mirrored_then_the_fee_code_then_nothing(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_payee(window.context.workspace, PAYEE, ADMIN)
    citizen = open_with_citizen_screen(qtbot, window)
    assert citizen.pages.currentWidget() is citizen.idle
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    type_text(qtbot, intake.picker.search, "tam tru")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    type_text(qtbot, intake.applicant.id_number, ID_NUMBER)
    type_text(qtbot, intake.applicant.full_name, NAME)
    type_text(qtbot, intake.applicant.birth_date, "05/09/1990")
    type_text(qtbot, intake.applicant.address, "Ấp Phú Lợi, xã Tân Phú")
    intake.applicant.full_name.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)  # every required paper
    values = citizen.values
    qtbot.waitUntil(lambda: "Ấp Phú Lợi" in values["address"].text(), timeout=TIMEOUT_MS)
    assert citizen.pages.currentWidget() is citizen.intake
    assert values["full_name"].text() == NAME and values["id_number"].text() == ID_NUMBER
    assert values["birth_date"].text() == "05/09/1990"
    assert values["procedure"].text() == intake.picker.procedure.name
    assert values["fee"].text() == "15.000 đ"
    assert values["appointment"].text() == intake.fee.appointment.text() != ""
    qtbot.waitUntil(lambda: "✓ " in citizen.documents.text(), timeout=TIMEOUT_MS)
    assert citizen.documents.text().count("✓") == sum(
        d.received for d in intake.checklist.documents())
    citizen.grab().save(str(tmp_path / "citizen-intake.png"))

    press(qtbot, Qt.Key.Key_Return, CTRL)  # receive and print
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: citizen.pages.currentWidget() is citizen.payment,
                    timeout=TIMEOUT_MS)
    code = intake.last.code
    assert "15.000 đ" in citizen.amount.text() and code in citizen.pay_text.text()
    shown = citizen.shown_text()
    assert NAME not in shown and ID_NUMBER not in shown  # personal data gone at receipt
    shot = tmp_path / "citizen-qr.png"
    assert citizen.qr_image.grab().save(str(shot))
    assert zbar(shot) == payment_payload(PAYEE, 15_000, code)
    qtbot.wait(300)  # the cleared form's mirror does not take the fee's code away
    assert citizen.pages.currentWidget() is citizen.payment
    assert citizen.payment_shown.isActive()  # nor does it stay there for ever

    intake.print_dialog.close()
    record = confirm_payment(window.context.workspace, code,
                             PaymentConfirmation("transfer", "FT1"), OFFICER)
    intake.payment.confirmed(record)  # what the confirmation dialog does once recorded
    assert citizen.pages.currentWidget() is citizen.idle
    assert citizen.qr_image.pixmap().isNull() and citizen.amount.text() == ""
    window.log_out()
    assert window.context.citizen is None


@pytest.mark.parametrize("key, rating", [(Qt.Key.Key_1, 1), (Qt.Key.Key_4, 4),
                                         (Qt.Key.Key_5, 5)])
def test_return_with_the_rating_given_on_the_citizen_screen(qtbot, window, key, rating) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    apply_action(workspace, code, "record_result", OFFICER)
    citizen = open_with_citizen_screen(qtbot, window)
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    buttons = [detail.step_buttons.itemAt(i).widget() for i in range(detail.step_buttons.count())]
    [step] = [b for b in buttons if "Trả kết quả" in b.text()]
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    assert citizen.pages.currentWidget() is citizen.rating
    assert dialog.rating.checkedId() == -1
    qtbot.keyClick(citizen, Qt.Key.Key_9)  # not a rating: nothing happens
    assert citizen.pages.currentWidget() is citizen.rating
    qtbot.keyClick(citizen, key)
    assert dialog.rating.checkedId() == rating
    assert citizen.pages.currentWidget() is citizen.thanks
    qtbot.keyClick(citizen, Qt.Key.Key_2)  # a second press changes nothing
    assert dialog.rating.checkedId() == rating
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    returned = get_dossier(workspace, code, OFFICER)
    assert returned.status == "returned" and returned.satisfaction == rating
    citizen.after_thanks.timeout.emit()  # the thank-you's time is up
    assert citizen.pages.currentWidget() is citizen.idle


def test_the_rating_by_touch_and_a_cancelled_return_leaves_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    apply_action(workspace, code, "record_result", OFFICER)
    citizen = open_with_citizen_screen(qtbot, window)
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    detail.ask_step("return_result")
    dialog = detail.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    [three] = [b for b in citizen.rating_buttons if b.text().startswith("3")]
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    assert dialog.rating.checkedId() == 3
    dialog.reject()  # the officer cancels: the question and the answer go
    assert citizen.pages.currentWidget() is citizen.idle
    assert get_dossier(workspace, code, OFFICER).satisfaction is None
