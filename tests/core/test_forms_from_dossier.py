"""The printed forms built from real dossiers: form 01 at receipt, 02/03/06 after steps."""

from __future__ import annotations

import subprocess
from datetime import UTC, timedelta

from counter import clock
from counter.deadlines.urgency import timeliness
from counter.dossiers.model import IntakeRequest, ReceivedDocument
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.forms.from_dossier import (
    completion_request_pdf,
    control_slip,
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


def test_control_slip_results_are_computed_from_the_due_time(  # type: ignore[no-untyped-def]
    workspace, test_clock
) -> None:
    """Received Monday 2/3/2026 09:30, due Thursday 5/3 09:30 (3 working days): a step on an
    earlier day is "Trước hạn", one on the due day by the due time "Đúng hạn", one after it
    "Quá hạn"; the officer who did each step is printed under "Người giao"."""
    view = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER)
    test_clock.set("2026-03-05T09:00")
    apply_action(workspace, view.code, "record_result", OFFICER)
    test_clock.set("2026-03-05T10:00")
    done = apply_action(workspace, view.code, "return_result", OFFICER)
    slip = control_slip(done, AGENCY, {"canbo1": "Trần Văn Bình"})
    assert [step.result for step in slip.steps] == ["Trước hạn", "Đúng hạn", "Quá hạn"]
    assert {step.from_officer for step in slip.steps} == {"Trần Văn Bình"}
    assert slip.steps[-1].to_party == slip.steps[-1].to_officer == "Nguyễn Văn An"
    text = _text(control_slip_pdf(done, AGENCY))
    assert "Người giao" in text and "Người nhận" in text and "Trước hạn" in text


def test_timeliness_of_a_step() -> None:
    due = clock.parse_local("2026-03-05T09:30")
    assert timeliness(clock.parse_local("2026-03-04T16:59"), due) == "Trước hạn"
    assert timeliness(clock.parse_local("2026-03-05T08:00"), due) == "Đúng hạn"
    assert timeliness(due, due) == "Đúng hạn"
    assert timeliness(clock.parse_local("2026-03-05T09:31"), due) == "Quá hạn"
    # the day is Vietnam's: 23:30 UTC on 4/3 is 06:30 on 5/3 in Vietnam
    utc = clock.parse_local("2026-03-05T06:30").astimezone(UTC)
    assert timeliness(utc, due) == "Đúng hạn"
