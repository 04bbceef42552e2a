"""The administrator adds a procedure with two cases and an online fee; an officer receives
it under each case and gets that case's time and fee; a procedure not in the catalogue is
received from an empty search and shows on the supervisor's day, who adds it."""

from __future__ import annotations

from counter.catalogue.service import get_procedure, search_procedures
from counter.catalogue.terms import resolve_terms
from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, press, settle, type_text
from ui.qt import QApplication, Qt

CTRL = Qt.KeyboardModifier.ControlModifier
CODE = "9.000100"


def log_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.work.logout_requested.emit()
    qtbot.waitUntil(lambda: window.work is None and window.login is not None,
                    timeout=TIMEOUT_MS)


def add_two_case_procedure(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "quantri", PASSWORD)
    screen = window.work.catalogue
    assert screen is not None and "Danh mục (F11)" in [
        b.text() for b in window.work.nav_group.buttons()]
    press(qtbot, Qt.Key.Key_F11, fallback=window)
    qtbot.waitUntil(lambda: screen.list.count() > 40, timeout=TIMEOUT_MS)
    screen.add_button.click()
    editor = screen.editor
    qtbot.waitUntil(editor.isVisible, timeout=TIMEOUT_MS)
    type_text(qtbot, editor.code, CODE)
    type_text(qtbot, editor.name, "Cấp giấy xác nhận thử nghiệm hai trường hợp")
    type_text(qtbot, editor.field, "Thử nghiệm")
    editor.amount.setValue(3)
    editor.fee.setValue(20_000)
    editor.online_fee.setValue(10_000)
    editor.documents.setPlainText("Đơn đề nghị\nBản sao giấy tờ liên quan (nếu có)")
    editor.add_case("Không cần xác minh", "", "", "")
    editor.add_case("Cần xác minh", "7", "50000", "25000")
    editor.save_button.click()
    qtbot.waitUntil(lambda: screen.editor is None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    qtbot.waitUntil(lambda: screen.current() is not None and screen.current().code == CODE,
                    timeout=TIMEOUT_MS)
    detail = screen.detail.text()
    assert "Cần xác minh — Trực tuyến: 7 ngày làm việc, 25.000 đ" in detail
    assert "Không cần xác minh — Trực tuyến: 3 ngày làm việc, 10.000 đ" in detail
    log_out(qtbot, window)


def fill_applicant(qtbot, intake, number: int) -> None:  # type: ignore[no-untyped-def]
    applicant = intake.applicant
    type_text(qtbot, applicant.id_number, f"0010900000{number:02d}")
    type_text(qtbot, applicant.full_name, "Nguyễn Văn An")
    type_text(qtbot, applicant.birth_date, "01/02/1990")
    applicant.sex.setCurrentIndex(applicant.sex.findData("Nam"))
    type_text(qtbot, applicant.address, "Thôn 3, xã Tân Phú, tỉnh Đồng Nai")


def receive(qtbot, window, intake):  # type: ignore[no-untyped-def]
    previous = intake.last
    intake.checklist.receive_required()
    intake.receive_and_print()
    settle(qtbot, window.context)
    assert intake.last is not previous, intake.banner.text()
    qtbot.waitUntil(lambda: intake.print_dialog is not None or "bannerError" in
                    intake.banner.objectName(), timeout=TIMEOUT_MS)
    assert intake.print_dialog is not None, intake.banner.text()
    settle(qtbot, window.context)
    intake.print_dialog.close()
    QApplication.processEvents()
    return intake.last


def choose(qtbot, intake, words: str) -> None:  # type: ignore[no-untyped-def]
    intake.picker.focus_search()
    type_text(qtbot, intake.picker.search, words)
    press(qtbot, Qt.Key.Key_Return, fallback=intake.picker.search)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)


def test_admin_adds_two_cases_officer_receives_both_unlisted_goes_to_the_day(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    add_two_case_procedure(qtbot, window)
    saved = get_procedure(window.context.workspace.store, CODE)
    assert resolve_terms(saved, "", "online").fee.amount == 10_000

    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    choose(qtbot, intake, "xac nhan thu nghiem")
    assert intake.picker.procedure.code == CODE
    assert intake.case.case.isVisibleTo(intake) and intake.case.case.count() == 2
    assert intake.fee.amount.text() == "20.000 đ"
    assert "3 ngày làm việc" in intake.fee.appointment.text()
    fill_applicant(qtbot, intake, 1)
    first = receive(qtbot, window, intake)
    assert (first.processing_amount, first.fee_amount) == (3, 20_000)
    assert first.procedure_case_name == "Không cần xác minh"

    choose(qtbot, intake, "xac nhan thu nghiem")
    intake.case.case.setCurrentIndex(1)
    assert intake.fee.amount.text() == "50.000 đ"
    assert "7 ngày làm việc" in intake.fee.appointment.text()
    assert [d.name for d in intake.checklist.documents()] == [
        "Đơn đề nghị", "Bản sao giấy tờ liên quan"]
    fill_applicant(qtbot, intake, 2)
    second = receive(qtbot, window, intake)
    assert (second.processing_amount, second.fee_amount) == (7, 50_000)
    assert second.due_at > first.due_at

    # Nobody is turned away: a procedure the catalogue does not have.
    intake.picker.focus_search()
    type_text(qtbot, intake.picker.search, "khai thac cat song")
    qtbot.waitUntil(lambda: intake.picker.results.count() == 1, timeout=TIMEOUT_MS)
    assert intake.picker.results.item(0).text() == (
        "Không tìm thấy — tiếp nhận thủ tục ngoài danh mục (Ctrl+M)")
    press(qtbot, Qt.Key.Key_Return, fallback=intake.picker.search)
    dialog = intake.picker.unlisted_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=TIMEOUT_MS)
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Cấp phép khai thác cát lòng sông")
    dialog.amount.setValue(10)
    dialog.fee.setValue(100_000)
    dialog.ok_button.click()
    assert "Nhập ít nhất một giấy tờ" in dialog.message.text()  # nothing typed yet
    dialog.documents.setPlainText("Đơn đề nghị cấp phép\nBản đồ khu vực khai thác")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: intake.picker.unlisted is not None, timeout=TIMEOUT_MS)
    assert "ngoài danh mục" in intake.picker.selected.text()
    assert intake.fee.amount.text() == "100.000 đ"
    fill_applicant(qtbot, intake, 3)
    third = receive(qtbot, window, intake)
    assert third.unlisted and third.processing_amount == 10 and third.fee_amount == 100_000
    log_out(qtbot, window)

    logged_in(qtbot, window, "giamsat", PASSWORD)
    day = window.work.day
    window.work.show_screen(day)
    tab = day.unlisted
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=TIMEOUT_MS)
    assert tab.table.item(0, 0).text() == third.code
    assert day.tabs.tabText(day.tabs.indexOf(tab)) == "Thủ tục ngoài danh mục (1)"
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(),
                    timeout=TIMEOUT_MS)
    editor = tab.editor
    assert editor.name.text() == "Cấp phép khai thác cát lòng sông"
    assert editor.amount.value() == 10 and editor.fee.value() == 100_000
    type_text(qtbot, editor.code, "9.000200")
    editor.save_button.click()
    qtbot.waitUntil(lambda: tab.editor is None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert "Đã thêm" in tab.message.text()
    found = search_procedures(window.context.workspace.store, "khai thac cat")
    assert [p.code for p in found] == ["9.000200"]


def test_the_officer_picks_an_exempt_group_and_the_dossier_keeps_its_basis(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    choose(qtbot, intake, "giay xac nhan tinh trang hon nhan")
    assert intake.picker.procedure.code == "1.004873"
    exemption = intake.case.exemption
    assert exemption.isVisibleTo(intake) and exemption.count() == 4
    exemption.setCurrentIndex(exemption.findData("ho_ngheo"))
    assert intake.fee.amount.text() == "Miễn phí (0 đ)"
    assert "Điều 11" in intake.fee.note.text()
    fill_applicant(qtbot, intake, 4)
    view = receive(qtbot, window, intake)
    assert view.fee_amount == 0 and "Điều 11" in view.fee_exemption_basis
