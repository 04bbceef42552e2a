"""Receiving for another agency of the province ("phi địa giới") at the intake screen: the
choice appears only when other agencies are known, and the dossier records it."""

from __future__ import annotations

from counter.agencies import AgencyInfo, save_agency
from counter.dossiers.queries import search_dossiers
from counter.dossiers.transitions import get_dossier
from counter.roles import Actor, Role
from tests.ui.conftest import PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, pdf_text, press, settle, type_text
from ui.qt import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
PHU_LAP = AgencyInfo(code="000.00.13.H42", name="Ủy ban nhân dân xã Phú Lập", level="commune",
                     unit_name="Trung tâm Phục vụ hành chính công xã Phú Lập")


def test_the_choice_is_hidden_without_other_agencies(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.calendar_loaded, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert not intake.handling_row.isVisible()
    assert intake.handling.currentData() is None


def test_receive_for_another_commune(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with window.context.workspace.store.write() as session:
        save_agency(session, PHU_LAP)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    intake = window.work.intake
    qtbot.waitUntil(lambda: intake.handling_row.isVisible(), timeout=TIMEOUT_MS)
    assert intake.handling.count() == 2
    qtbot.keyClicks(focused(), "tam tru")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.picker.procedure is not None, timeout=TIMEOUT_MS)
    qtbot.keyClicks(focused(), "001090123456")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Nguyễn Văn An")
    intake.applicant.address.setFocus()
    type_text(qtbot, focused(), "Thôn 3, xã Phú Lập, tỉnh Đồng Nai")
    intake.handling.setCurrentIndex(1)
    press(qtbot, Qt.Key.Key_D, CTRL)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: intake.print_dialog is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    [found] = search_dossiers(window.context.workspace, "nguyen van an")
    view = get_dossier(window.context.workspace, found.code, Actor("canbo1", Role.OFFICER))
    assert found.code.startswith("000.00.12.H42-")
    assert (view.handling_agency_code, view.handling_agency_name) == (PHU_LAP.code, PHU_LAP.name)
    assert f"Cơ quan giải quyết hồ sơ: {PHU_LAP.name}" in pdf_text(intake.print_dialog.pdf)
    assert intake.handling.currentIndex() == 0  # the next citizen starts from here again
