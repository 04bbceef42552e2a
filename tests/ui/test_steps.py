"""Taking a dossier's steps: what the dialogs propose and what they confirm."""

from __future__ import annotations

from counter.catalogue.service import get_procedure
from counter.dossiers.model import IntakeRequest, ReceivedDocument
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.people import Applicant
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from ui.qt import Qt

BIRTH = "1.001193"


def receive_ordinary_birth(workspace) -> str:  # type: ignore[no-untyped-def]
    """Every required paper; neither the abandoned-child record nor a surrogacy paper."""
    procedure = get_procedure(workspace.store, BIRTH)
    documents = tuple(ReceivedDocument(d.name, d.originals, d.copies, received=d.required)
                      for d in procedure.documents)
    applicant = Applicant(full_name="Phạm Thị Hồng Nhung", id_number="001190123456", sex="Nữ",
                          address="Ấp Phú Lợi, xã Tân Phú", phone="0912345678")
    return receive_dossier(workspace, IntakeRequest(BIRTH, applicant, documents=documents),
                           OFFICER).code


def open_step(qtbot, window, code: str, label: str):  # type: ignore[no-untyped-def]
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    buttons = [detail.step_buttons.itemAt(i).widget() for i in range(detail.step_buttons.count())]
    [button] = [b for b in buttons if label in b.text()]
    button.click()
    qtbot.waitUntil(lambda: detail.dialog is not None and detail.dialog.isVisible(),
                    timeout=TIMEOUT_MS)
    return detail.dialog


def test_a_request_to_complete_proposes_no_paper_of_a_special_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    code = receive_ordinary_birth(workspace)
    apply_action(workspace, code, "start_processing", OFFICER)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    dialog = open_step(qtbot, window, code, "Yêu cầu bổ sung")
    missing = dialog.missing
    ticked = [missing.item(i).text() for i in range(missing.count())
              if missing.item(i).checkState() == Qt.CheckState.Checked]
    assert missing.count() == 5 and ticked == []
    assert dialog.step().missing == ()
    dialog.reject()


def step_keys(detail) -> dict[str, str]:  # type: ignore[no-untyped-def]
    buttons = [detail.step_buttons.itemAt(i).widget() for i in range(detail.step_buttons.count())]
    return {b.text().split(". ", 1)[1]: b.shortcut().toString() for b in buttons}


def test_a_step_keeps_its_key_whatever_the_status(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk import receive

    workspace = window.context.workspace
    received = receive(workspace, OFFICER).code
    processing = receive(workspace, OFFICER, name="Trần Văn Long").code
    apply_action(workspace, processing, "start_processing", OFFICER)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    detail = window.work.detail
    keys = {}
    for code in (received, processing):
        window.work.open_dossier(code)
        qtbot.waitUntil(lambda code=code: detail.view is not None and detail.view.code == code,
                        timeout=TIMEOUT_MS)
        settle(qtbot, window.context)
        keys[code] = step_keys(detail)
    assert keys[received]["Chuyển xử lý"] == "Alt+1"
    assert "Chuyển xử lý" not in keys[processing]
    for step in ("Đã có kết quả", "Yêu cầu bổ sung hồ sơ", "Từ chối giải quyết"):
        assert keys[received][step] == keys[processing][step], step
    assert keys[processing]["Từ chối giải quyết"] == "Alt+8"


def test_refusing_a_dossier_must_be_confirmed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from counter.dossiers.lifecycle import Status
    from counter.dossiers.transitions import get_dossier
    from tests.ui.helpers import type_text
    from tests.ui.test_desk import receive

    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    logged_in(qtbot, window, "canbo1", PASSWORD)
    dialog = open_step(qtbot, window, code, "Từ chối giải quyết")
    type_text(qtbot, dialog.reason, "Không thuộc thẩm quyền của xã")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.context)
    assert dialog.isVisible() and dialog.message.is_error
    assert "không hoàn tác" in dialog.message.text()
    assert get_dossier(workspace, code, OFFICER).status is Status.RECEIVED

    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)  # the focus is on the confirmation
    assert dialog.confirm.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    assert get_dossier(workspace, code, OFFICER).status is Status.REFUSED


def test_a_result_ready_is_not_shown_as_ended(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk import receive

    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    apply_action(workspace, code, "record_result", OFFICER)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    window.work.open_dossier(code)
    detail = window.work.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == code,
                    timeout=TIMEOUT_MS)
    assert detail.status_badge.text() == "Đã có kết quả"
    assert detail.urgency_badge.text() == "Giải quyết đúng hạn"


def ready_for_return(qtbot, window):  # type: ignore[no-untyped-def]
    from tests.ui.test_desk import receive

    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    apply_action(workspace, code, "record_result", OFFICER)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    return code, open_step(qtbot, window, code, "Trả kết quả")


def test_keys_1_to_5_give_the_rating_when_the_result_is_returned(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _code, dialog = ready_for_return(qtbot, window)
    dialog.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    assert dialog.rating.checkedId() == 4
    qtbot.keyClick(dialog, Qt.Key.Key_5)
    assert dialog.rating.checkedId() == 5
    dialog.collector.authorised.setChecked(True)  # typing a digit in a field is typing
    qtbot.keyClick(dialog.collector.id_number, Qt.Key.Key_2)
    assert dialog.collector.id_number.text() == "2" and dialog.rating.checkedId() == 5
    dialog.reject()


def test_the_return_records_who_took_the_result(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from counter.dossiers.transitions import get_dossier
    from tests.ui.helpers import type_text

    code, dialog = ready_for_return(qtbot, window)
    collector = dialog.collector
    collector.authorised.setChecked(True)
    type_text(qtbot, collector.name, "Lê Văn Tám")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "nhập số giấy tờ" in dialog.message.text()
    assert dialog.focusWidget() is collector.id_number
    type_text(qtbot, collector.id_number, "001085000111")
    type_text(qtbot, collector.authorisation, "Giấy ủy quyền số 12/UQ ngày 01/12/2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    settle(qtbot, window.context)
    view = get_dossier(window.context.workspace, code, OFFICER)
    assert view.events[-1].details["collected_by"] == {
        "kind": "authorised", "name": "Lê Văn Tám", "id_number": "001085000111",
        "authorisation": "Giấy ủy quyền số 12/UQ ngày 01/12/2026"}
    detail = window.work.detail
    qtbot.waitUntil(lambda: "Lê Văn Tám (được ủy quyền" in detail.info.text(),
                    timeout=TIMEOUT_MS)
