"""Intake follows the paper: the applicant, then the documents (Tab, Ctrl+G, or at once
after the procedure when the card was read first), then the fee; the sex comes from the
personal ID number."""

from __future__ import annotations

from counter.people import sex_from_id_number
from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, press, settle, type_text
from ui.main_window import MainWindow
from ui.qt import Qt


def choose_procedure(qtbot, window: MainWindow, words: str = "tam tru") -> None:  # type: ignore[no-untyped-def]
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    intake.picker.search.setText(words)
    intake.picker.run_search()
    qtbot.waitUntil(lambda: intake.picker.results.count() > 0, timeout=TIMEOUT_MS)
    intake.picker.choose_current()
    settle(qtbot, window.context)


def test_the_sex_is_read_from_the_id_number() -> None:
    assert sex_from_id_number("001090123456") == "Nam"
    assert sex_from_id_number("001190123456") == "Nữ"
    assert sex_from_id_number("001205012345") == "Nam"  # born in the 21st century
    assert sex_from_id_number("001305012345") == "Nữ"
    assert sex_from_id_number("00119012345") == "" and sex_from_id_number("0011901234ab") == ""


def test_typing_the_id_number_fills_the_sex_but_never_overrides_a_choice(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    applicant = window.work.intake.applicant
    type_text(qtbot, applicant.id_number, "001190123456")
    assert applicant.sex.currentData() == "Nữ"
    applicant.reset()
    applicant.sex.setCurrentIndex(applicant.sex.findData("Nam"))
    type_text(qtbot, applicant.id_number, "001190123456")
    assert applicant.sex.currentData() == "Nam"  # the officer's choice stays; a hint says why
    applicant.reset()
    applicant.id_type.setCurrentIndex(applicant.id_type.findData("passport"))
    type_text(qtbot, applicant.id_number, "001190123456")
    assert applicant.sex.currentData() == ""  # not a personal ID number: nothing guessed


def test_tab_goes_from_the_applicant_to_the_documents_then_the_fee(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    choose_procedure(qtbot, window)
    intake = window.work.intake
    assert focused() is intake.applicant.id_number
    intake.applicant.email.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is intake.checklist
    assert intake.checklist.currentRow() == 0
    press(qtbot, Qt.Key.Key_Space)
    assert intake.checklist.cell(0, 0).checkState() == Qt.CheckState.Checked
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is intake.fee.sets


def test_ctrl_g_reaches_the_documents_from_anywhere(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    choose_procedure(qtbot, window)
    intake = window.work.intake
    intake.applicant.address.setFocus()
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert focused() is intake.checklist and intake.checklist.currentRow() == 0


def test_with_the_applicant_already_read_the_procedure_leads_to_the_documents(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    type_text(qtbot, intake.applicant.id_number, "001090123456")
    type_text(qtbot, intake.applicant.full_name, "Nguyễn Văn An")
    choose_procedure(qtbot, window)
    assert focused() is intake.checklist and intake.checklist.currentRow() == 0
