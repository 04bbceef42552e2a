"""The desk: find a dossier (accents ignored), open it, move it through its lifecycle."""

from __future__ import annotations

from counter.dossiers.lifecycle import Status
from counter.dossiers.model import DossierView, IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.people import Applicant
from counter.printing import print_form
from counter.roles import Actor
from counter.workspace import Workspace
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, pdf_text, press, settle, type_text
from ui.qt import Qt


def receive(workspace: Workspace, actor: Actor, name: str = "Phạm Thị Hồng Nhung",
            procedure: str = "1.004194") -> DossierView:
    applicant = Applicant(full_name=name, id_number="001190123456", sex="Nữ",
                          address="Ấp Phú Lợi, xã Tân Phú", phone="0912345678")
    return receive_dossier(workspace, IntakeRequest(procedure, applicant), actor)


def take(qtbot, window, label: str, reason: str = "", rating: int = 0,  # type: ignore[no-untyped-def]
         missing: int | None = None) -> None:
    detail = window.work.detail
    buttons = [detail.step_buttons.itemAt(i).widget() for i in range(detail.step_buttons.count())]
    [button] = [b for b in buttons if label in b.text()]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    if reason:
        type_text(qtbot, dialog.reason, reason)
    if rating:
        dialog.rating.button(rating).click()
    if missing is not None:
        dialog.missing.item(missing).setCheckState(Qt.CheckState.Checked)
    # Offscreen Qt never activates a dialog (no window manager), so its Ctrl+Enter
    # shortcut cannot fire here: click the button it belongs to.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    settle(qtbot, window.context)


def test_find_open_and_move_a_dossier_through_its_life(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    print_form(workspace, code, "receipt", OFFICER)  # handed to the citizen at receipt
    receive(workspace, OFFICER, name="Trần Văn Long")
    logged_in(qtbot, window, "canbo1", PASSWORD)
    work = window.work
    press(qtbot, Qt.Key.Key_F3, fallback=work)
    desk = work.desk
    qtbot.waitUntil(lambda: desk.model.rowCount() == 2, timeout=TIMEOUT_MS)
    assert focused() is desk.search
    qtbot.keyClicks(focused(), "hong nhung")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: desk.table.currentIndex().isValid(), timeout=TIMEOUT_MS)
    assert focused() is desk.table
    qtbot.keyClick(desk.table, Qt.Key.Key_Return)
    detail = work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    assert detail.status_badge.text() == "Đã tiếp nhận"

    take(qtbot, window, "Chuyển xử lý")
    take(qtbot, window, "Yêu cầu bổ sung", reason="Thiếu văn bản đồng ý của chủ hộ",
         missing=1)
    assert detail.view.status is Status.SUPPLEMENT_REQUESTED
    assert "yêu cầu bổ sung" in detail.print_dialog.windowTitle().lower()
    form = pdf_text(detail.print_dialog.pdf)
    assert "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp" in form  # the item ticked
    assert "Thiếu văn bản đồng ý của chủ hộ" in form
    detail.print_dialog.close()
    assert detail.print_dialog is None  # a closed preview is gone, with its page image
    detail.reprint_receipt()
    qtbot.waitUntil(lambda: detail.print_dialog is not None, timeout=TIMEOUT_MS)
    assert "Giấy tiếp nhận" in detail.print_dialog.windowTitle()
    assert "BẢN IN LẠI" in pdf_text(detail.print_dialog.pdf)  # printed at receipt already
    detail.print_dialog.close()
    take(qtbot, window, "Nhận hồ sơ bổ sung")
    take(qtbot, window, "Đã có kết quả")
    take(qtbot, window, "Trả kết quả", rating=5)

    stored = get_dossier(workspace, code, OFFICER)
    assert stored.status is Status.RETURNED and stored.satisfaction == 5
    assert [e.action for e in stored.events] == [
        "receive", "start_processing", "request_supplement", "supplement", "record_result",
        "return_result"]
    assert detail.step_buttons.count() == 0
    assert "đã kết thúc" in detail.no_actions.text()
    assert "Thiếu văn bản đồng ý của chủ hộ" in detail.history.toPlainText()

    with qtbot.waitActive(window):  # the window manager's job once a dialog closes
        window.activateWindow()
    press(qtbot, Qt.Key.Key_Escape, fallback=detail)
    qtbot.waitUntil(lambda: work.stack.currentWidget() is desk, timeout=TIMEOUT_MS)


def test_a_step_refused_by_the_core_stays_open_with_its_reason(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    code = receive(window.context.workspace, OFFICER).code
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.work.open_dossier(code)
    settle(qtbot, window.context)
    detail = window.work.detail
    buttons = [detail.step_buttons.itemAt(i).widget() for i in range(detail.step_buttons.count())]
    [refuse] = [b for b in buttons if "Từ chối" in b.text()]
    refuse.click()
    dialog = detail.dialog
    dialog.confirm.setChecked(True)
    dialog.check_and_submit()  # no reason given
    settle(qtbot, window.context)
    assert dialog.isVisible()
    assert "lý do" in dialog.message.text()
    assert get_dossier(window.context.workspace, code, OFFICER).status is Status.RECEIVED
    dialog.reject()


def test_a_scan_is_attached_to_the_dossier(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = receive(window.context.workspace, OFFICER).code
    scan = tmp_path / "to-khai-CT01.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned form")
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.work.open_dossier(code)
    settle(qtbot, window.context)
    detail = window.work.detail
    detail.attach(scan)
    qtbot.waitUntil(lambda: len(detail.view.attachments) == 1, timeout=TIMEOUT_MS)
    assert detail.attachments.item(0).text().startswith("to-khai-CT01.pdf")
    detail.attach(tmp_path / "missing.jpg")  # a file that is not there: said, nothing kept
    qtbot.waitUntil(lambda: detail.message.is_error, timeout=TIMEOUT_MS)
    assert "missing.jpg" in detail.message.text()
    assert len(get_dossier(window.context.workspace, code, OFFICER).attachments) == 1
