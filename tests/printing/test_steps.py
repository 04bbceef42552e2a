"""What the forms are made from: the details a step records (checked), the step each
form is taken from, and the tracking book's rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from counter import clock
from counter.db.models import DossierEvent
from counter.dossiers.lifecycle import Status
from counter.dossiers.transitions import apply_action, load_dossier
from counter.errors import InputError
from counter.printing import book_rows, print_form
from counter.workspace import Workspace
from tests.core.conftest import AGENCY, OFFICER, SUPERVISOR
from tests.forms import pdf_tools
from tests.printing.conftest import MISSING_ITEMS, receive


def _events(workspace: Workspace, code: str) -> list[tuple[str, Any]]:
    with workspace.store.read() as session:
        return [(e.action, e.details) for e in load_dossier(session, code).events]


def test_missing_items_are_kept_with_the_request_cleaned(workspace: Workspace) -> None:
    code = receive(workspace).code
    items = [{"name": "  Văn bản  đồng ý của chủ hộ ", "reason": "Chưa có\nchữ ký"}]
    apply_action(workspace, code, "request_supplement", OFFICER, reason="Thiếu giấy tờ",
                 details={"missing_items": items})
    assert _events(workspace, code)[-1] == ("request_supplement", {"missing_items": [
        {"name": "Văn bản đồng ý của chủ hộ", "reason": "Chưa có chữ ký", "kind": "missing"}
    ]})


@pytest.mark.parametrize(
    "action, details, message",
    [
        ("request_supplement", {"missing_items": []}, "Nội dung cần bổ sung: cần danh sách"),
        ("request_supplement", {"missing_items": "giấy tờ"}, "cần danh sách"),
        ("request_supplement", {"missing_items": [{"name": "Tờ khai"}]},
         "Nội dung cần bổ sung thứ 1, lý do: không được để trống"),
        ("request_supplement", {"missing_items": [{"name": " ", "reason": "x"}]},
         "thứ 1, tên giấy tờ: không được để trống"),
        ("request_supplement",
         {"missing_items": [MISSING_ITEMS[0], {"name": "A", "reason": "B", "kind": "lost"}]},
         "thứ 2, loại: phải là một trong: missing, incorrect"),
        ("request_supplement", {"missing_items": [{"name": "A", "reason": "B", "note": 1}]},
         "Nội dung cần bổ sung thứ 1"),
        ("request_supplement", {"missing_items": [{"name": "A" * 501, "reason": "B"}]},
         "dài quá 500 ký tự"),
        ("request_supplement", {"missing_items": [MISSING_ITEMS[0]] * 51}, "từ 1 đến 50"),
        ("request_supplement", {"deadline": "mai"}, "không ghi thông tin: deadline"),
        ("start_processing", {"missing_items": MISSING_ITEMS}, "«Chuyển xử lý» không ghi"),
    ],
)
def test_bad_details_change_nothing(
    workspace: Workspace, action: str, details: dict[str, Any], message: str
) -> None:
    code = receive(workspace).code
    with pytest.raises(InputError, match=message):
        apply_action(workspace, code, action, OFFICER, reason="Thiếu giấy tờ", details=details)
    assert [action for action, _ in _events(workspace, code)] == ["receive"]


def test_without_recorded_items_the_request_lists_documents_not_handed_in(
    workspace: Workspace,
) -> None:
    code = receive(workspace).code
    apply_action(workspace, code, "request_supplement", OFFICER, reason="Cần bản có chữ ký")
    text = pdf_tools.text(print_form(workspace, code, "completion-request", OFFICER).pdf)
    assert "Thành phần hồ sơ" in text and "Cần bản có chữ ký" in text


def test_a_status_set_centrally_counts_as_the_step(workspace: Workspace) -> None:
    """A refusal recorded in the back office (pulled from the central system) prints as
    form 03, and the control slip names that step for what it is."""
    code = receive(workspace).code
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        session.add(DossierEvent(
            dossier_id=row.id, at=clock.now(), actor="trung tâm: chuyenvien2",
            action="central_update", from_status=row.status, to_status=Status.REFUSED,
            reason="Không thuộc thẩm quyền giải quyết", due_at=row.due_at,
            details={"source": "central"},
        ))
        row.status = Status.REFUSED
    refusal = pdf_tools.text(print_form(workspace, code, "refusal", OFFICER).pdf)
    assert "1. Không thuộc thẩm quyền giải quyết" in refusal
    slip = pdf_tools.text(print_form(workspace, code, "control-slip", OFFICER).pdf)
    assert "Cập nhật từ hệ thống giải quyết thủ tục hành chính" in slip
    assert "chuyenvien2" in slip


def test_book_rows_follow_the_dossiers(workspace: Workspace) -> None:
    first, second, third = (receive(workspace, name) for name in
                            ("Nguyễn Văn An", "Trần Thị Bé", "Lê Văn Cường"))
    apply_action(workspace, second.code, "record_result", OFFICER)
    returned = apply_action(workspace, second.code, "return_result", OFFICER)
    apply_action(workspace, third.code, "withdraw", OFFICER, reason="Công dân xin rút")
    today = clock.now().date()
    with workspace.store.read() as session:
        rows = book_rows(session, AGENCY, today, today)
    assert [r.dossier_code for r in rows] == [first.code, second.code, third.code]
    assert [r.number for r in rows] == [first.book_number, second.book_number, third.book_number]
    assert rows[0].applicant_address == "Thôn 3, xã Tân Phú, tỉnh Đồng Nai"
    assert rows[0].applicant_phone == "0912345678"
    assert rows[0].handling_unit == AGENCY.name and rows[0].returned_at is None
    assert rows[1].returned_at == returned.finished_at and rows[1].note == ""
    assert rows[2].note == "Công dân rút hồ sơ" and rows[2].returned_at is None


def test_a_reprinted_receipt_keeps_the_appointment_given_at_the_counter(
    workspace: Workspace,
) -> None:
    view = receive(workspace)
    first = print_form(workspace, view.code, "receipt", OFFICER, copies=["Liên 1"])
    later = view.due_at + timedelta(days=5)
    apply_action(workspace, view.code, "extend_deadline", SUPERVISOR, reason="Cần xác minh",
                 new_due=later)
    again = pdf_tools.text(print_form(workspace, view.code, "receipt", OFFICER,
                                      copies=["Liên 1"]).pdf)
    promised = f"{view.due_at:%H} giờ {view.due_at:%M} phút"
    assert promised in pdf_tools.text(first.pdf) and promised in again
    assert f"ngày {view.due_at:%d} tháng {view.due_at:%m}" in again
    assert f"ngày {later:%d} tháng {later:%m}" not in again
