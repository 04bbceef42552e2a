"""The intake's field group for word of the result: off until ticked, the contact taken from
the applicant's phone or e-mail, a bad contact shown under the group and nothing saved."""

from __future__ import annotations

from counter import outbox
from counter.dossiers.queries import count_dossiers
from tests.ui.helpers import TIMEOUT_MS, settle, type_text
from tests.ui.test_intake import open_intake
from ui.qt import Qt


def _fill(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, intake.picker.search, "tam tru")
    qtbot.keyClick(intake.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    applicant = intake.applicant
    type_text(qtbot, applicant.id_number, "001090123456")
    type_text(qtbot, applicant.full_name, "Nguyễn Văn An")
    type_text(qtbot, applicant.address, "Thôn 3, xã Tân Phú, tỉnh Đồng Nai")
    type_text(qtbot, applicant.phone, "0912345678")
    type_text(qtbot, applicant.email, "an@example.vn")
    intake.checklist.receive_required()


def test_consent_with_a_channel_goes_with_the_dossier(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    _fill(qtbot, intake)
    notify = intake.notify
    assert not notify.contact.isEnabled()
    notify.consent.setChecked(True)
    assert notify.contact.text() == "0912345678"  # SMS first: the applicant's phone
    notify.channel.setCurrentIndex(notify.channel.findData("email"))
    assert notify.contact.text() == "an@example.vn"
    intake.receive_and_print()
    qtbot.waitUntil(lambda: intake.last is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert intake.last.notification.consent and intake.last.notification.channel == "email"
    [message] = outbox.messages_between(window.context.workspace.store)
    assert message.payload["notification"] == {"channel": "email", "contact": "an@example.vn"}
    assert not notify.consent.isChecked()  # cleared for the next citizen


def test_a_bad_contact_is_shown_under_the_group_and_nothing_is_saved(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    _fill(qtbot, intake)
    notify = intake.notify
    notify.consent.setChecked(True)
    notify.contact.clear()
    type_text(qtbot, notify.contact, "12345")
    intake.receive_and_print()
    settle(qtbot, window.context)
    assert "không hợp lệ" in notify.message.text()
    assert "xem ô báo đỏ" in intake.banner.text()
    assert count_dossiers(window.context.workspace) == 0
