"""The applicant from the virtual card (in-process reader), from a QR string, or returning."""

from __future__ import annotations

from counter.demo import card_qr_text
from counter.dossiers.queries import search_dossiers
from counter.dossiers.transitions import get_dossier
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, press, settle, type_text
from tests.ui.test_desk import receive
from ui.formatting import format_day
from ui.qt import Qt


def open_intake(qtbot, window):  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    qtbot.waitUntil(lambda: window.context.card.card_present, timeout=TIMEOUT_MS)
    return window.work.intake


def test_qr_then_chip_fill_the_applicant(qtbot, window, card_identity) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    card, applicant = intake.card, intake.applicant
    press(qtbot, Qt.Key.Key_F7, fallback=intake)
    assert focused() is card.qr_input
    type_text(qtbot, card.qr_input, card_qr_text(card_identity))  # a scanner types it in
    qtbot.keyClick(card.qr_input, Qt.Key.Key_Return)
    assert applicant.id_number.text() == card_identity.id_number
    assert applicant.full_name.text() == card_identity.full_name
    assert applicant.source == "qr"
    assert "mã QR" in card.verdict.text()

    press(qtbot, Qt.Key.Key_F6, fallback=intake)  # the chip, keyed from the QR code
    qtbot.waitUntil(lambda: "Chip xác thực" in card.verdict.text(), timeout=TIMEOUT_MS)
    assert applicant.source == "chip"
    assert applicant.address.text() == card_identity.place_of_residence
    assert applicant.birth_date.text() == format_day(card_identity.birth_date)
    assert "TEST CSCA" in card.verdict.text()  # the trust anchor is named, never hidden
    assert card.photo.pixmap() is not None and not card.photo.pixmap().isNull()


def test_chip_keyed_from_typed_data_and_a_wrong_id(qtbot, window, card_identity) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    card, applicant = intake.card, intake.applicant
    wrong = card_identity.id_number[:-1] + str((int(card_identity.id_number[-1]) + 1) % 10)
    type_text(qtbot, applicant.id_number, wrong)
    type_text(qtbot, applicant.birth_date, format_day(card_identity.birth_date))
    type_text(qtbot, card.expiry, format_day(card_identity.expiry_date))
    card.read_chip()
    qtbot.waitUntil(lambda: card.message.is_error, timeout=TIMEOUT_MS)
    assert "số định danh" in card.message.text()  # the chip refused the key: the cause is named
    assert applicant.full_name.text() == ""

    applicant.id_number.clear()
    type_text(qtbot, applicant.id_number, card_identity.id_number)
    card.read_chip()
    qtbot.waitUntil(lambda: applicant.full_name.text() == card_identity.full_name,
                    timeout=TIMEOUT_MS)
    assert not card.message.is_error


def test_a_garbled_qr_is_refused_inline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    card = intake.card
    type_text(qtbot, card.qr_input, "001090123456|012345678|Nguy?n V?n A|01011990|Nam|x|15042021")
    qtbot.keyClick(card.qr_input, Qt.Key.Key_Return)
    assert card.message.is_error and "Unicode" in card.message.text()
    assert intake.applicant.full_name.text() == ""


def test_a_chip_read_dossier_keeps_its_source(qtbot, window, card_identity) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    intake.picker.search.setText("tam tru")
    intake.picker.run_search()
    settle(qtbot, window.context)
    intake.picker.choose_current()
    intake.card.qr_input.setText(card_qr_text(card_identity))
    intake.card.read_qr()
    intake.card.read_chip()
    qtbot.waitUntil(lambda: intake.applicant.source == "chip", timeout=TIMEOUT_MS)
    intake.checklist.receive_required()
    intake.receive_and_print()
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    [found] = search_dossiers(window.context.workspace, card_identity.id_number)
    view = get_dossier(window.context.workspace, found.code, OFFICER)
    assert view.applicant.source == "chip" and view.applicant.full_name == card_identity.full_name


def test_a_returning_citizen_is_found_by_id_number(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    receive(window.context.workspace, OFFICER, name="Phạm Thị Hồng Nhung")
    intake = open_intake(qtbot, window)
    type_text(qtbot, intake.applicant.id_number, "001190123456")
    qtbot.waitUntil(lambda: intake.returning.isVisible(), timeout=TIMEOUT_MS)
    assert intake.applicant.full_name.text() == "Phạm Thị Hồng Nhung"
    assert intake.applicant.phone.text() == "0912345678"
    assert intake.applicant.source == "returning"


def test_f6_with_nothing_typed_says_in_one_line_what_is_needed_and_puts_the_cursor_there(  # type: ignore[no-untyped-def]
    qtbot, window,
) -> None:
    intake = open_intake(qtbot, window)
    card = intake.card
    intake.picker.search.setFocus()
    press(qtbot, Qt.Key.Key_F6, fallback=intake)
    assert card.message.is_error
    assert card.message.text() == ("Đọc chip: nhập số định danh (12 số) — hoặc quét mã QR "
                                   "trên thẻ.")
    assert focused() is intake.applicant.id_number


def test_f6_with_the_id_number_alone_reads_the_chip_by_its_can(  # type: ignore[no-untyped-def]
    qtbot, window, card_identity,
) -> None:
    intake = open_intake(qtbot, window)
    card, applicant = intake.card, intake.applicant
    type_text(qtbot, applicant.id_number, card_identity.id_number)
    press(qtbot, Qt.Key.Key_F6, fallback=intake)
    qtbot.waitUntil(lambda: "Chip xác thực" in card.verdict.text(), timeout=TIMEOUT_MS)
    assert applicant.full_name.text() == card_identity.full_name
    assert applicant.birth_date.text() == format_day(card_identity.birth_date)


def test_a_chip_without_pace_asks_for_the_printed_dates_with_the_cursor_on_the_birth_date(  # type: ignore[no-untyped-def]
    qtbot, window, card_identity,
) -> None:
    from counter.idcard.virtual.card import CardQuirks
    from counter.idcard.virtual.factory import make_card

    intake = open_intake(qtbot, window)
    backend = window.context.card.service.backend
    backend.insert(make_card(card_identity, quirks=CardQuirks(pace=False)))
    card, applicant = intake.card, intake.applicant
    type_text(qtbot, applicant.id_number, card_identity.id_number)
    card.read_chip()
    qtbot.waitUntil(lambda: card.message.is_error, timeout=TIMEOUT_MS)
    assert "cần thêm ngày sinh và hạn thẻ" in card.message.text()
    assert focused() is applicant.birth_date
    type_text(qtbot, applicant.birth_date, format_day(card_identity.birth_date))
    type_text(qtbot, card.expiry, format_day(card_identity.expiry_date))
    card.read_chip()  # BAC with the three printed fields
    qtbot.waitUntil(lambda: applicant.full_name.text() == card_identity.full_name,
                    timeout=TIMEOUT_MS)
