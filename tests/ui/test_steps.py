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
