"""The printed forms built from real dossiers: form 01 at receipt, 02/03/06 after steps."""

from __future__ import annotations

import subprocess
from datetime import timedelta

from counter import clock
from counter.dossiers.model import IntakeRequest, ReceivedDocument
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.forms.from_dossier import (
    completion_request_pdf,
    control_slip_pdf,
    extension_apology_pdf,
    receipt_pdf,
    receipt_slip,
    refusal_pdf,
)
from counter.forms.model import Signatory, TimeUnit
from tests.core.conftest import AGENCY, OFFICER, SUPERVISOR, citizen


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, timeout=60, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def test_receipt_of_a_received_dossier(workspace) -> None:  # type: ignore[no-untyped-def]
    view = receive_dossier(workspace, IntakeRequest("1.004222", citizen()), OFFICER)
    slip = receipt_slip(view, AGENCY, "Trần Văn Bình")
    assert slip.processing_time.unit is TimeUnit.WORKING_DAYS
    assert slip.processing_time.amount == 7
    assert slip.book_entry.number == view.book_number

    text = _text(receipt_pdf(view, AGENCY, "Trần Văn Bình"))
    assert view.code in text
    assert "Nguyễn Văn An" in text and "Đăng ký thường trú" in text
    assert "Trần Văn Bình" in text


def test_documents_not_handed_in_are_not_on_the_receipt(workspace) -> None:  # type: ignore[no-untyped-def]
    documents = (
        ReceivedDocument("Tờ khai đăng ký khai sinh theo mẫu", originals=1),
        ReceivedDocument("Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác "
                         "nhận về việc sinh, hoặc giấy cam đoan về việc sinh", originals=1),
        ReceivedDocument("Biên bản xác nhận việc trẻ bị bỏ rơi (trường hợp trẻ bị bỏ rơi)",
                         originals=1, received=False),
        ReceivedDocument("Giấy tờ tùy thân của người đi đăng ký"),  # shown, not handed in
    )
    request = IntakeRequest("1.001193", citizen(), documents=documents)
    view = receive_dossier(workspace, request, OFFICER)
    names = [d.name for d in receipt_slip(view, AGENCY, "Bình").documents]
    assert names == ["Tờ khai đăng ký khai sinh theo mẫu", documents[1].name]
    assert "Đăng ký khai sinh" in _text(receipt_pdf(view, AGENCY, "Bình"))


def test_forms_of_later_steps(workspace) -> None:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    today = clock.now().date()
    waiting = apply_action(workspace, code, "request_supplement", OFFICER,
                           reason="Thiếu văn bản đồng ý của chủ hộ")
    assert "Thiếu văn bản đồng ý của chủ hộ" in _text(
        completion_request_pdf(waiting, AGENCY, "Bình", "Thiếu văn bản đồng ý của chủ hộ", today))
    back = apply_action(workspace, code, "supplement", OFFICER)
    extended = apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="Cần xác minh",
                            new_due=back.due_at + timedelta(days=2))
    apology = _text(extension_apology_pdf(extended, AGENCY, back.due_at, "Cần xác minh",
                                          Signatory("Chủ tịch", "Phạm Minh Quân"), today))
    assert "Phạm Minh Quân" in apology
    refused = apply_action(workspace, code, "refuse", OFFICER,
                           reason="Chỗ ở không hợp pháp\nKhông đủ điều kiện")
    assert "Không đủ điều kiện" in _text(
        refusal_pdf(refused, AGENCY, "Bình", "Chỗ ở không hợp pháp\nKhông đủ điều kiện", today))
    slip = _text(control_slip_pdf(refused, AGENCY))
    assert "Từ chối giải quyết" in slip and "canbo1" in slip
