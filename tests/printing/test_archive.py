"""Printing from the core: the archive, reprints, audit and permissions."""

from __future__ import annotations

import pytest

from counter import audit
from counter.db.models import PrintedForm as PrintedFormRow
from counter.dossiers.transitions import apply_action
from counter.errors import InputError, NotFoundError, PermissionDeniedError
from counter.forms.model import Signatory
from counter.printing import (
    PrintExtras,
    get_printed_pdf,
    list_printed,
    print_form,
)
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, OFFICER, SUPERVISOR, VILLAGE
from tests.forms import pdf_tools
from tests.printing.conftest import receive, through_every_letter

STAMP = "BẢN IN LẠI - in lúc"


def _print_audits(workspace: Workspace, code: str) -> list[audit.AuditEntry]:
    with workspace.store.read() as session:
        return [e for e in audit.entries_for(session, code) if e.action == "dossier.print"]


def test_a_second_print_is_a_marked_reprint_and_both_are_archived(workspace: Workspace) -> None:
    code = receive(workspace).code
    first = print_form(workspace, code, "receipt", OFFICER)
    second = print_form(workspace, code, "receipt", VILLAGE)
    assert (first.reprint, second.reprint) == (False, True)
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.sha256 != second.sha256
    assert STAMP not in pdf_tools.text(first.pdf)
    pages = pdf_tools.page_texts(second.pdf)
    assert len(pages) == 2 and all(STAMP in page for page in pages)
    assert second.printed_at.strftime("%H:%M ngày %d/%m/%Y") in pages[0]

    records = list_printed(workspace, code)
    assert [(r.id, r.reprint, r.printed_by) for r in records] == [
        (first.id, False, OFFICER.username),
        (second.id, True, VILLAGE.username),
    ]
    assert records[0].copies == ("Liên 1", "Liên 2") and records[0].page_size == "A5"
    assert records[0].form_number == "01" and records[0].size == len(first.pdf)
    assert workspace.files.get(first.sha256) == first.pdf
    assert get_printed_pdf(workspace, code, second.id, OFFICER) == second.pdf


def test_prints_are_audited_without_personal_data(workspace: Workspace) -> None:
    view = receive(workspace)
    first = print_form(workspace, view.code, "receipt", OFFICER)
    second = print_form(workspace, view.code, "receipt", OFFICER, page_size="a4")
    entries = _print_audits(workspace, view.code)
    assert [e.actor for e in entries] == [OFFICER.username, OFFICER.username]
    assert "reprint=no" in entries[0].detail and first.sha256[:16] in entries[0].detail
    assert "reprint=yes" in entries[1].detail and second.sha256[:16] in entries[1].detail
    for entry in entries:
        assert "form=01 receipt" in entry.detail
        assert view.applicant.full_name not in entry.detail
        assert view.applicant.id_number not in entry.detail
    with workspace.store.read() as session:
        assert audit.verify_chain(session) is None


def test_a_role_without_the_print_permission_is_refused_and_audited(
    workspace: Workspace,
) -> None:
    code = receive(workspace).code
    with pytest.raises(PermissionDeniedError, match="không được phép"):
        print_form(workspace, code, "receipt", ADMIN)
    with workspace.store.read() as session:
        refused = [e for e in audit.entries_for(session, code) if e.action == "refused"]
    assert [(e.actor, e.detail) for e in refused] == [(ADMIN.username, "dossier.print")]
    assert list_printed(workspace, code) == []
    assert _print_audits(workspace, code) == []


def test_copies_printed_apart_are_first_prints_until_one_repeats(workspace: Workspace) -> None:
    code = receive(workspace).code
    one = print_form(workspace, code, "receipt", OFFICER, copies=["Liên 1"])
    two = print_form(workspace, code, "receipt", OFFICER, copies=["Liên 2"])
    both = print_form(workspace, code, "receipt", OFFICER)
    assert (one.reprint, two.reprint, both.reprint) == (False, False, True)
    assert pdf_tools.page_texts(two.pdf)[0].count("(Liên 2)") == 1
    assert "(Liên 1)" not in pdf_tools.text(two.pdf)


def test_a_form_from_a_new_step_is_a_new_print_not_a_reprint(workspace: Workspace) -> None:
    code = receive(workspace).code
    apply_action(workspace, code, "request_supplement", OFFICER, reason="Thiếu tờ khai")
    first = print_form(workspace, code, "completion-request", OFFICER)
    again = print_form(workspace, code, "completion-request", OFFICER)
    apply_action(workspace, code, "supplement", OFFICER)
    apply_action(workspace, code, "request_supplement", OFFICER, reason="Tờ khai chưa ký")
    second_request = print_form(workspace, code, "completion-request", OFFICER)
    assert (first.reprint, again.reprint, second_request.reprint) == (False, True, False)
    assert second_request.sequence == 3
    assert "Tờ khai chưa ký" in pdf_tools.text(second_request.pdf)

    slip = print_form(workspace, code, "control-slip", OFFICER)
    apply_action(workspace, code, "supplement", OFFICER)
    longer = print_form(workspace, code, "control-slip", OFFICER)
    assert not slip.reprint and not longer.reprint
    assert "Nhận hồ sơ bổ sung" in pdf_tools.text(longer.pdf)


def test_a_print_that_fails_leaves_nothing_behind(workspace: Workspace) -> None:
    code = through_every_letter(workspace)
    files_before = sorted(p.name for p in (workspace.data_dir / "files").rglob("*"))
    with pytest.raises(InputError, match="người ký"):
        print_form(workspace, code, "extension", SUPERVISOR)
    with pytest.raises(InputError, match="Khổ giấy"):
        print_form(workspace, code, "refusal", OFFICER, page_size="A3")
    with pytest.raises(InputError, match="không in theo liên"):
        print_form(workspace, code, "refusal", OFFICER, copies=["Liên 1"])
    with pytest.raises(InputError, match="Mẫu in"):
        print_form(workspace, code, "giay-khen", OFFICER)
    with pytest.raises(NotFoundError):
        print_form(workspace, "000.00.12.H42-250101-9999", "receipt", OFFICER)
    assert list_printed(workspace, code) == []
    assert _print_audits(workspace, code) == []
    assert sorted(p.name for p in (workspace.data_dir / "files").rglob("*")) == files_before
    with workspace.store.read() as session:
        assert session.query(PrintedFormRow).count() == 0


def test_an_archived_pdf_of_another_dossier_is_not_handed_out(workspace: Workspace) -> None:
    mine, other = receive(workspace).code, receive(workspace, "Lý Văn Sáu").code
    printed = print_form(workspace, other, "receipt", OFFICER)
    with pytest.raises(NotFoundError, match="không có bản in"):
        get_printed_pdf(workspace, mine, printed.id, OFFICER)
    with workspace.store.read() as session:
        reads = [e for e in audit.entries_for(session, other) if e.action == "dossier.read_print"]
    assert reads == []
    assert get_printed_pdf(workspace, other, printed.id, SUPERVISOR) == printed.pdf


def test_signed_letters_print_with_the_signatory(workspace: Workspace) -> None:
    code = through_every_letter(workspace)
    extras = PrintExtras(signatory=Signatory("Chủ tịch", "Phạm Minh Quân"))
    letter = print_form(workspace, code, "extension", SUPERVISOR, extra=extras)
    text = pdf_tools.text(letter.pdf)
    assert "CHỦ TỊCH" in text and "Phạm Minh Quân" in text
