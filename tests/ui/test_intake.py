"""Receiving a dossier entirely by keyboard, with inline checks, and printing form 01."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from counter.dossiers.queries import count_dossiers, search_dossiers
from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, pdf_text, press, settle, type_text
from ui.printing import PrintDialog, print_pages, render_pages
from ui.qt import QApplication, QPrinter, Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def open_intake(qtbot, window):  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    return intake


def test_receive_a_dossier_entirely_by_keyboard(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    assert focused() is intake.picker.search
    qtbot.keyClicks(focused(), "thuong tru")  # no accents: found anyway
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    assert intake.picker.procedure.code == "1.004222"
    assert "7 ngày làm việc" in intake.fee.appointment.text()  # shown as soon as chosen
    assert focused() is intake.applicant.id_number
    qtbot.keyClicks(focused(), "001090123456")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Nguyễn Văn An")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "01/02/1990")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is intake.applicant.sex
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Thôn 3, xã Tân Phú, tỉnh Đồng Nai")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "0912345678")
    press(qtbot, Qt.Key.Key_D, CTRL)  # the citizen brought every required paper
    press(qtbot, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    [found] = search_dossiers(window.context.workspace, "nguyen van an")
    assert found.procedure_code == "1.004222" and found.applicant_id_number == "001090123456"
    assert found.code in intake.banner.text()
    receipt = pdf_text(intake.print_dialog.pdf)
    assert found.code in receipt and "Nguyễn Văn An" in receipt and "Trần Văn Bình" in receipt
    assert intake.applicant.full_name.text() == ""  # ready for the next citizen

    intake.print_dialog.save_to(tmp_path / "giay-hen.pdf")
    assert (tmp_path / "giay-hen.pdf").read_bytes() == intake.print_dialog.pdf


def test_bad_input_is_shown_next_to_its_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    applicant = intake.applicant
    type_text(qtbot, applicant.id_number, "00109012345")
    press(qtbot, Qt.Key.Key_Tab)
    assert "12 chữ số" in applicant.fields["id_number"].message.text()
    type_text(qtbot, applicant.birth_date, "31/02/1990")
    press(qtbot, Qt.Key.Key_Tab)
    assert "không có thật" in applicant.fields["birth_date"].message.text()

    press(qtbot, Qt.Key.Key_Return, CTRL)  # no procedure yet: nothing is saved
    settle(qtbot, window.context)
    assert "chọn thủ tục" in intake.banner.text()
    assert count_dossiers(window.context.workspace) == 0


def test_a_mistyped_id_gets_a_hint_and_missing_documents_refuse(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    type_text(qtbot, intake.picker.search, "tam tru")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    applicant = intake.applicant
    type_text(qtbot, applicant.id_number, "001190123456")  # century-sex digit says a woman
    type_text(qtbot, applicant.full_name, "Lê Văn Tám")
    type_text(qtbot, applicant.birth_date, "05/06/1990")
    applicant.sex.setCurrentIndex(applicant.sex.findData("Nam"))
    applicant.leave_field("sex")
    assert "giới tính" in applicant.fields["id_number"].message.text()
    intake.checklist.receive_required()
    intake.checklist.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # the form is missing
    intake.receive_and_print()
    settle(qtbot, window.context)
    assert "Thiếu giấy tờ bắt buộc" in intake.documents_message.text()
    assert count_dossiers(window.context.workspace) == 0


def test_printing_rasterises_every_page_onto_the_printer(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from counter.forms.from_dossier import receipt_pdf
    from tests.ui.conftest import AGENCY, OFFICER
    from tests.ui.test_desk import receive

    view = receive(window.context.workspace, OFFICER)
    pdf = receipt_pdf(view, AGENCY, "Trần Văn Bình")
    pages = render_pages(pdf, 100)
    assert len(pages.images) == 2  # the applicant's copy and the agency's copy
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pages(pages, printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M), info
    assert "(A5)" in info  # the sheet keeps the form's size

    dialog = PrintDialog(window.context, pdf, "Giấy hẹn", "giay-hen.pdf", window)
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.printed_to is not None, timeout=TIMEOUT_MS)
    QApplication.processEvents()


def test_no_document_counts_as_received_until_the_officer_ticks_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    type_text(qtbot, intake.picker.search, "khai sinh")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    checklist = intake.checklist
    assert intake.picker.procedure.code == "1.001193"
    received = lambda: [d.received for d in checklist.documents()]  # noqa: E731
    assert received() == [False] * 5

    checklist.setFocus()
    checklist.setCurrentCell(1, 1)  # on the document's name, not its tick box
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert received() == [False, True, False, False, False]
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert received() == [False] * 5

    press(qtbot, Qt.Key.Key_D, CTRL)  # every required paper, not those of special cases
    assert received() == [True, True, False, False, True]
    assert [d.required for d in checklist.documents()] == [True, True, False, False, True]


def test_a_fee_is_never_shown_free_before_the_pages_are_counted_nor_left_unpaid_silently(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    fee = intake.fee
    type_text(qtbot, intake.picker.search, "chung thuc ban sao")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    assert intake.picker.procedure.code == "2.000815"
    assert fee.pages.value() == 0
    assert fee.amount.text() == "— nhập số trang —"
    assert not fee.paid.isEnabled()
    fee.pages.setValue(3)
    assert fee.amount.text() == "5.000 đ"
    assert fee.message.isVisible() and not fee.message.is_error
    assert "5.000 đ" in fee.message.text() and "Đã thu tiền" in fee.message.text()
    fee.paid.setChecked(True)
    assert not fee.message.isVisible()



def test_clearing_a_filled_form_asks_first_and_is_not_on_the_way_to_submit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    intake = open_intake(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL)  # nothing typed: nothing to ask
    assert intake.confirm_box is None
    type_text(qtbot, intake.applicant.full_name, "Nguyễn Văn An")
    press(qtbot, Qt.Key.Key_N, CTRL)
    box = intake.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=TIMEOUT_MS)
    assert intake.applicant.full_name.text() == "Nguyễn Văn An"
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)  # "keep": the default
    assert intake.applicant.full_name.text() == "Nguyễn Văn An"

    intake.delivery.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is intake.notify.consent  # the last field: word of the result
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is intake.submit  # "Làm mới" is not on the way

    press(qtbot, Qt.Key.Key_N, CTRL, fallback=intake)
    box = intake.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=TIMEOUT_MS)
    [yes] = [b for b in box.buttons() if b is not box.defaultButton() and "Xoá" in b.text()]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert intake.applicant.full_name.text() == ""


def test_a_same_day_appointment_on_the_next_day_says_why(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from counter.clock import parse_local

    intake = open_intake(qtbot, window)
    type_text(qtbot, intake.picker.search, "chung thuc ban sao")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    fee = intake.fee
    fee.update_appointment(parse_local("2026-03-02T10:00"))  # a Monday morning
    assert fee.appointment.text() == "17:00, Thứ Hai 02/03/2026  (Trong ngày)"
    fee.update_appointment(parse_local("2026-03-02T16:00"))
    assert fee.appointment.text() == ("17:00, Thứ Ba 03/03/2026  (Trong ngày: nhận sau 15:00 "
                                      "nên trả vào ngày làm việc tiếp theo)")
    fee.update_appointment(parse_local("2026-03-07T09:00"))  # a Saturday
    assert fee.appointment.text() == ("17:00, Thứ Hai 09/03/2026  (Trong ngày: nhận ngoài giờ "
                                      "làm việc nên trả vào ngày làm việc tiếp theo)")
