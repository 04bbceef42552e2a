"""Receiving dossiers: the good path, fees, and bad intake files that write nothing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from counter.accounts import create_account
from counter.db.models import AuditEvent, Dossier, OutboxMessage, Person
from counter.dossiers.intake_file import parse_intake, read_intake_file
from counter.dossiers.model import IntakeRequest, Payment, ReceivedDocument
from counter.dossiers.receive import receive_dossier
from counter.errors import InputError, NotFoundError
from counter.people import find_returning, id_number_warnings
from counter.roles import Role
from tests.core.conftest import ADMIN, OFFICER, citizen

ROOT = Path(__file__).resolve().parents[2]

GOOD: dict[str, Any] = {
    "procedure_code": "2.000815",
    "applicant": {
        "full_name": "Lê Thị Thu Hà", "id_number": "079185001234", "birth_date": "1985-07-20",
        "sex": "Nữ", "address": "Ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai", "phone": "0987654321",
    },
    "payment": {"pages": 5, "copies": 3, "paid": True, "method": "cash"},
}


def _counts(workspace) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with workspace.store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Dossier)) or 0,
            session.scalar(select(func.count()).select_from(OutboxMessage)) or 0,
            session.scalar(select(func.count()).select_from(Person)) or 0,
        )


def test_receive_a_certified_copy_dossier(workspace) -> None:  # type: ignore[no-untyped-def]
    view = receive_dossier(workspace, parse_intake(GOOD), OFFICER)
    assert view.code.startswith("000.00.12.H42-")
    assert view.fee_amount == 3 * (2 * 2000 + 3 * 1000)
    assert view.applicant.full_name == "Lê Thị Thu Hà"
    assert view.documents[0].name.startswith("Bản chính")
    assert view.due_at.hour == 17
    assert view.book_number == 1
    assert view.warnings == ()
    assert _counts(workspace) == (1, 1, 1)


def test_fee_cap_per_copy(workspace) -> None:  # type: ignore[no-untyped-def]
    data = dict(GOOD, payment={"pages": 500, "copies": 2})
    assert receive_dossier(workspace, parse_intake(data), OFFICER).fee_amount == 400_000


def test_returning_citizen_is_found_with_latest_details(workspace) -> None:  # type: ignore[no-untyped-def]
    receive_dossier(workspace, parse_intake(GOOD), OFFICER)
    moved = dict(GOOD, applicant=dict(GOOD["applicant"], address="Số 5, phường Trấn Biên"))
    receive_dossier(workspace, parse_intake(moved), OFFICER)
    with workspace.store.read() as session:
        person = find_returning(session, "079185001234")
        assert session.scalar(select(func.count()).select_from(Person)) == 1
    assert person is not None
    assert (person.full_name, person.address, person.source) == (
        GOOD["applicant"]["full_name"], "Số 5, phường Trấn Biên", "returning")


def test_looking_up_a_returning_citizen_needs_the_right_and_is_audited(workspace) -> None:  # type: ignore[no-untyped-def]
    from counter.applicant_sources import returning_applicant
    from counter.audit import entries_for
    from counter.errors import PermissionDeniedError
    from tests.core.conftest import ADMIN

    receive_dossier(workspace, parse_intake(GOOD), OFFICER)
    with workspace.store.read() as session:
        person_id = session.scalar(select(Person.id))
    found = returning_applicant(workspace, " 079185001234 ", OFFICER)
    assert found is not None and found.full_name == "Lê Thị Thu Hà"
    assert returning_applicant(workspace, "001090999999", OFFICER) is None
    with pytest.raises(PermissionDeniedError):
        returning_applicant(workspace, "079185001234", ADMIN)
    with workspace.store.read() as session:
        looked = [(e.actor, e.action, e.detail) for e in entries_for(session, str(person_id))]
        refused = [(e.actor, e.action, e.object_type, e.detail) for e in entries_for(session, "")
                   if e.action == "refused"]
    assert looked == [(OFFICER.username, "person.view", "returning citizen at intake")]
    assert refused == [(ADMIN.username, "refused", "person", "dossier.receive")]


def test_id_number_hints() -> None:
    from datetime import date

    assert id_number_warnings("079185001234", date(1985, 7, 20), "Nữ") == []
    assert len(id_number_warnings("079085001234", date(1985, 7, 20), "Nữ")) == 1  # male digit
    assert len(id_number_warnings("079186001234", date(1985, 7, 20), "Nữ")) == 1  # year


def _with(path: str, value: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(GOOD))
    target = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return data


_DELETE = object()

ID_12_DIGITS = "số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."
BAD_FILES = [
    ("procedure_code", _DELETE, "procedure_code", "thiếu thông tin bắt buộc."),
    ("procedure_code", 42, "procedure_code", "phải là chuỗi ký tự."),
    ("applicant", "Nguyễn Văn A", "applicant", "phải là một đối tượng JSON ({...})."),
    ("applicant.full_name", "", "applicant.full_name", "thiếu thông tin bắt buộc."),
    ("applicant.full_name", "Nguyen 123", "applicant.full_name",
     "họ và tên không được chứa chữ số."),
    ("applicant.id_number", "07918500123", "applicant.id_number", ID_12_DIGITS),
    ("applicant.id_number", "07918500123X", "applicant.id_number", ID_12_DIGITS),
    ("applicant.birth_date", "1985-02-30", "applicant.birth_date",
     "ngày không hợp lệ: '1985-02-30' (cần YYYY-MM-DD)."),
    ("applicant.birth_date", "2099-01-01", "applicant.birth_date",
     "ngày sinh không hợp lệ (sau 1900 và không ở tương lai)."),
    ("applicant.sex", "M", "applicant.sex", "phải là một trong: Nam, Nữ, ."),
    ("applicant.phone", "call me", "applicant.phone", "số điện thoại không hợp lệ: 'call me'."),
    ("applicant.email", "a@", "applicant.email", "địa chỉ thư điện tử không hợp lệ: 'a@'."),
    ("channel", "internet", "channel", "phải là một trong: counter, village_team, post."),
    ("sets_count", 0, "sets_count", "phải từ 1 đến 100."),
    ("sets_count", "1", "sets_count", "phải là số nguyên."),
    ("payment.pages", -1, "payment.pages", "phải từ 0 đến 10000."),
    ("payment.amount", 999, "payment.amount",
     "số tiền 999 đ khác mức phí của thủ tục (21.000 đ)."),
    ("payment.method", "bitcoin", "payment.method", "phải là một trong: cash, transfer, card, ."),
    ("payment", {"copies": 1}, "payment.pages", "cần số trang của bản cần chứng thực để tính phí."),
    ("received_at", "2099-01-01T08:00", "received_at",
     "thời điểm tiếp nhận không được ở tương lai."),
    ("received_at", "yesterday", "received_at",
     "thời điểm không hợp lệ: 'yesterday' (cần YYYY-MM-DDTHH:MM)."),
    ("result_delivery", "post", None, None),  # has the applicant's address: accepted
    ("documents", [{"name": "Bản sao cần chứng thực", "copies": 1}], "documents",
     "thiếu giấy tờ bắt buộc: Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao. "
     "Hồ sơ chưa đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ."),
    ("documents", "all of them", "documents", "phải là một danh sách JSON ([...])."),
    ("documents", [{"name": ""}], "documents[0].name", "thiếu thông tin bắt buộc."),
]


@pytest.mark.parametrize(("path", "value", "field", "reason"), BAD_FILES)
def test_bad_intake_is_refused_naming_the_field(workspace, path, value, field, reason) -> None:  # type: ignore[no-untyped-def]
    data = _with(path, value)
    if field is None:
        receive_dossier(workspace, parse_intake(data), OFFICER)
        return
    with pytest.raises(InputError) as caught:
        receive_dossier(workspace, parse_intake(data), OFFICER)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert _counts(workspace) == (0, 0, 0)


def test_unknown_procedure_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match=r"9\.999999"):
        receive_dossier(workspace, IntakeRequest("9.999999", citizen()), OFFICER)
    assert _counts(workspace) == (0, 0, 0)


def test_missing_required_document_names_it(workspace) -> None:  # type: ignore[no-untyped-def]
    request = IntakeRequest(
        "1.000656", citizen(),
        documents=(ReceivedDocument("Tờ khai đăng ký khai tử theo mẫu", 1),),
    )
    with pytest.raises(InputError, match="Giấy báo tử"):
        receive_dossier(workspace, request, OFFICER)
    # Proof of legal residence is not required when the police can look it up.
    residence = IntakeRequest(
        "1.004194", citizen(),
        documents=(ReceivedDocument("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", 1),),
    )
    assert receive_dossier(workspace, residence, OFFICER).fee_amount == 15_000


def test_province_fee_can_be_entered_where_it_varies(workspace) -> None:  # type: ignore[no-untyped-def]
    request = IntakeRequest("1.004873", citizen(), payment=Payment(amount=5000, paid=True))
    assert receive_dossier(workspace, request, OFFICER).fee_amount == 5000


def test_nothing_half_written_when_the_commit_fails(workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import counter.dossiers.receive as receive

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("disk full")

    with workspace.store.read() as session:
        audited_at_setup = session.scalar(select(func.count()).select_from(AuditEvent))
    monkeypatch.setattr(receive.audit, "record", broken)
    with pytest.raises(OSError, match=r"^disk full$"):
        receive_dossier(workspace, parse_intake(GOOD), OFFICER)
    assert _counts(workspace) == (0, 0, 0)
    with workspace.store.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == audited_at_setup


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b"\xff\xfe\x00", b'{"procedure_code": "2.000815"}', b"null"],
)
def test_malformed_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "intake.json"
    path.write_bytes(content)
    with pytest.raises(InputError):
        read_intake_file(path)


def test_intake_command_prints_the_code_or_the_reason(tmp_path: Path, workspace) -> None:  # type: ignore[no-untyped-def]
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(GOOD), encoding="utf-8")
    bad.write_text(json.dumps(_with("applicant.id_number", "123")), encoding="utf-8")
    create_account(workspace, ADMIN, OFFICER.username, "Trần Văn Bình", Role.OFFICER,
                   "mat-khau-1")
    base = [sys.executable, "main.py", "--data-dir", str(workspace.data_dir), "intake",
            "--user", OFFICER.username, "--password-stdin", "--json"]
    ok = subprocess.run([*base, str(good)], cwd=ROOT, capture_output=True, text=True,
                        timeout=60, input="mat-khau-1\n")
    assert ok.returncode == 0, ok.stderr
    with workspace.store.read() as session:
        stored = list(session.scalars(select(Dossier.code)))
    assert [ok.stdout.strip()] == stored
    assert re.fullmatch(r"000\.00\.12\.H42-\d{6}-0001", stored[0])
    refused = subprocess.run([*base, str(bad)], cwd=ROOT, capture_output=True, text=True,
                             timeout=60, input="mat-khau-1\n")
    assert refused.returncode == 2
    assert "applicant.id_number" in refused.stderr and "12 chữ số" in refused.stderr
    assert _counts(workspace)[0] == 1


def test_a_dossier_entered_later_keeps_its_receipt_time(workspace) -> None:  # type: ignore[no-untyped-def]
    data = dict(GOOD, received_at="2026-03-02T09:30")
    view = receive_dossier(workspace, parse_intake(data), OFFICER)
    assert view.code.split("-")[-2] == "260302"
    assert view.events[0].action == "receive"
    assert view.events[0].at == view.received_at
    assert view.received_at.strftime("%Y-%m-%d %H:%M") == "2026-03-02 09:30"


def test_each_workstation_keeps_its_own_tracking_book_volume(tmp_path: Path) -> None:
    from tests.core.conftest import make_workspace

    entries = []
    for slot in (1, 2):
        workspace = make_workspace(tmp_path / f"ws{slot}", slot, 2)
        view = receive_dossier(workspace, parse_intake(GOOD), OFFICER)
        entries.append((view.book_volume, view.book_number))
        workspace.close()
    year = entries[0][0][:4]
    assert entries == [(f"{year}-Quầy 1", 1), (f"{year}-Quầy 2", 1)]


def test_a_fee_left_unpaid_at_receipt_is_a_warning(workspace) -> None:  # type: ignore[no-untyped-def]
    unpaid = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER)
    assert unpaid.warnings == ("Hồ sơ có phí, lệ phí 15.000 đ nhưng chưa đánh dấu “Đã thu tiền”.",)
    paid = receive_dossier(workspace, IntakeRequest(
        "1.004194", citizen(), payment=Payment(paid=True, method="cash")), OFFICER)
    assert paid.warnings == ()
