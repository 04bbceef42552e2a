"""Input hygiene: hidden characters, digits of other scripts, broken JSON, terminal output,
and dossier numbers that a refused intake must not use up."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from counter.accounts import create_account, create_first_admin
from counter.codes.format import parse_code
from counter.db.models import Dossier, Person
from counter.dossiers.intake_file import read_intake_file
from counter.dossiers.model import IntakeRequest
from counter.dossiers.queries import search_dossiers
from counter.dossiers.receive import receive_dossier
from counter.errors import CounterError, InputError, PermissionDeniedError
from counter.idcard.errors import QrFormatError
from counter.idcard.qr import parse_cccd_qr
from counter.people import find_returning
from counter.roles import Actor, Role
from counter.text import ascii_digits, escape_hidden
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, OFFICER, citizen, make_workspace

ROOT = Path(__file__).resolve().parents[2]
PROCEDURE = "1.004194"
HIDDEN = {
    "escape sequence": "\x1b[2J\x1b[H",
    "backspace": "An\x08\x08",
    "nul": "An\x00",
    "delete": "An\x7f",
    "c1 control": "An\x9b2J",
    "right-to-left override": "An\u202e",
    "left-to-right isolate": "\u2066An\u2069",
    "zero width space": "A\u200bn",
    "zero width joiner": "A\u200dn",
    "byte order mark": "\ufeffAn",
    "line separator": "An\u2028",
}


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = make_workspace(data_dir)
    yield ws
    ws.close()


@pytest.mark.parametrize("hidden", HIDDEN.values(), ids=HIDDEN.keys())
@pytest.mark.parametrize("field", ["full_name", "address", "nationality", "email"])
def test_hidden_characters_are_refused_naming_the_field(workspace, field, hidden) -> None:  # type: ignore[no-untyped-def]
    applicant = replace(citizen(), **{field: f"Nguyễn {hidden} Văn"})
    with pytest.raises(InputError) as refused:
        receive_dossier(workspace, IntakeRequest(PROCEDURE, applicant), OFFICER)
    assert refused.value.field == f"applicant.{field}"
    assert "ký tự điều khiển hoặc ký tự ẩn" in refused.value.reason
    first_hidden = next(c for c in hidden if unicodedata.category(c) in ("Cc", "Cf", "Zl"))
    assert f"U+{ord(first_hidden):04X}" in refused.value.reason
    with workspace.store.read() as session:
        assert session.scalars(select(Dossier)).all() == []


def test_delivery_address_and_notes_are_checked_too(workspace) -> None:  # type: ignore[no-untyped-def]
    request = IntakeRequest(PROCEDURE, citizen(), result_delivery="post",
                            delivery_address="Số 1\u202e ngõ 2")
    with pytest.raises(InputError) as refused:
        receive_dossier(workspace, request, OFFICER)
    assert refused.value.field == "delivery_address"
    with pytest.raises(InputError) as refused:
        receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen(), notes="x\x1b[2Jy"),
                        OFFICER)
    assert refused.value.field == "notes"
    # Notes may run over several lines.
    view = receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen(), notes="dòng 1\ndòng 2"),
                           OFFICER)
    assert view.notes == "dòng 1\ndòng 2"


def test_vietnamese_text_is_stored_in_nfc(workspace) -> None:  # type: ignore[no-untyped-def]
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    address = unicodedata.normalize("NFD", "Thôn Đông, xã Tân Phú")
    assert decomposed != "Nguyễn Thị Ánh"
    view = receive_dossier(
        workspace, IntakeRequest(PROCEDURE, replace(citizen(decomposed), address=address)),
        OFFICER)
    with workspace.store.read() as session:
        row = session.scalars(select(Dossier).where(Dossier.code == view.code)).one()
        assert row.applicant_name == "Nguyễn Thị Ánh"
        assert row.applicant["address"] == "Thôn Đông, xã Tân Phú"


FULLWIDTH = "００１０９０１２３４５６"
ARABIC_INDIC = "٠٠١٠٩٠١٢٣٤٥٦"


def test_one_digit_conversion() -> None:
    assert ascii_digits(FULLWIDTH) == "001090123456"
    assert ascii_digits(ARABIC_INDIC) == "001090123456"
    assert ascii_digits("۰۱۲۳") == "0123"  # Extended Arabic-Indic
    assert ascii_digits("²³") == "²³"  # superscripts are not decimal digits: left to be refused


@pytest.mark.parametrize("typed", [FULLWIDTH, ARABIC_INDIC], ids=["fullwidth", "arabic-indic"])
def test_id_numbers_in_other_digits_are_stored_and_found_as_ascii(workspace, typed) -> None:  # type: ignore[no-untyped-def]
    view = receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen(id_number=typed)), OFFICER)
    with workspace.store.read() as session:
        row = session.scalars(select(Dossier).where(Dossier.code == view.code)).one()
        assert row.applicant_id_number == "001090123456"
        assert session.scalars(select(Person.id_number)).all() == ["001090123456"]
    assert [d.code for d in search_dossiers(workspace, "001090123456")] == [view.code]
    assert [d.code for d in search_dossiers(workspace, typed)] == [view.code]
    assert [d.code for d in search_dossiers(workspace, ARABIC_INDIC[:8])] == [view.code]
    with workspace.store.read() as session:
        returning = find_returning(session, typed)
    assert returning is not None and returning.id_number == "001090123456"


def test_superscript_digits_are_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as refused:
        receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen(id_number="00109012345²")),
                        OFFICER)
    assert refused.value.field == "applicant.id_number"


def test_qr_reads_id_numbers_in_other_digits_as_ascii() -> None:
    qr = parse_cccd_qr(f"{FULLWIDTH}|٠١٢٣٤٥٦٧٨|Nguyễn Văn A|01011990|Nam|Thôn 3|15042021")
    assert qr.id_number == "001090123456"
    assert qr.old_id_number == "012345678"
    qr = parse_cccd_qr(f"{ARABIC_INDIC}||Nguyễn Văn A|٠١٠١١٩٩٠|Nam|Thôn 3|15042021")
    assert qr.id_number == "001090123456"
    assert qr.birth_date.year == 1990


@pytest.mark.parametrize("hidden", ["\x1b[2J", "\u202e", "\u200b", "\x08"])
def test_qr_refuses_hidden_characters_in_the_address(hidden: str) -> None:
    with pytest.raises(QrFormatError) as refused:
        parse_cccd_qr(f"001090123456||Nguyễn Văn A|01011990|Nam|Thôn{hidden} 3|15042021")
    assert "nơi thường trú" in str(refused.value)
    assert "ký tự điều khiển hoặc ký tự ẩn" in str(refused.value)


def _intake_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "in.json"
    path.write_text(body, encoding="utf-8")
    return path


def test_lone_surrogate_in_an_intake_file_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = _intake_file(tmp_path, '{"procedure_code": "1.004194", "applicant": '
                                  '{"full_name": "Nguy\\ud800n", "id_number": "001090123456"}}')
    with pytest.raises(InputError) as refused:
        read_intake_file(path)
    assert refused.value.field == "applicant.full_name"
    assert "không giải mã được" in refused.value.reason


def test_lone_surrogate_in_a_key_is_refused(tmp_path: Path) -> None:
    path = _intake_file(tmp_path, '{"procedure_code": "1.004194", "applicant": '
                                  '{"full_name": "An", "\\udc00": 1}}')
    with pytest.raises(InputError) as refused:
        read_intake_file(path)
    assert refused.value.field == "applicant"


def test_duplicate_json_keys_are_refused(tmp_path: Path) -> None:
    path = _intake_file(tmp_path, '{"procedure_code": "1.004194", "applicant": '
                                  '{"full_name": "Nguyễn Văn An", "id_number": "001090123456",'
                                  ' "id_number": "079090999999"}}')
    with pytest.raises(InputError) as refused:
        read_intake_file(path)
    assert refused.value.field == "in.json"
    assert "'id_number'" in refused.value.reason and "hai lần" in refused.value.reason


def _cli(data_dir: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, timeout=120, input=stdin)


ADMIN_LOGIN = ("--user", "quantri", "--password-stdin")
ADMIN_PASSWORD = b"mat-khau-quan-tri\n"
OFFICER_PASSWORD = b"mat-khau-can-bo\n"


def test_cli_refuses_a_broken_intake_file_without_a_traceback(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "data")
    create_account(workspace, ADMIN, "canbo1", "Cán bộ tiếp nhận", Role.OFFICER,
                   OFFICER_PASSWORD.decode().strip())
    workspace.close()
    path = _intake_file(tmp_path, '{"procedure_code": "1.004194", "applicant": '
                                  '{"full_name": "Nguy\\ud800n", "id_number": "001090123456"}}')
    result = _cli(tmp_path / "data", "intake", "--json", str(path),
                  "--user", "canbo1", "--password-stdin", stdin=OFFICER_PASSWORD)
    assert result.returncode == 2
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    assert "applicant.full_name" in stderr and "không giải mã được" in stderr


def test_escape_keeps_json_valid_and_terminal_safe() -> None:
    name = "An\x1b[2J\u202e\x9b\ud800\U000e0001"
    escaped = escape_hidden(json.dumps({"name": name}, ensure_ascii=False))
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Cs") for c in escaped)
    assert json.loads(escaped) == {"name": name}
    assert escape_hidden("dòng 1\n\tdòng 2") == "dòng 1\n\tdòng 2"


def test_cli_never_prints_raw_control_characters(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    workspace = make_workspace(data_dir)
    code = receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen()), OFFICER).code
    stored = "Nguyễn\x1b[2J\x1b[H\u202eAn\x08\x9b"
    with workspace.store.write() as session:  # a name stored before these checks existed
        session.execute(update(Dossier).where(Dossier.code == code)
                        .values(applicant_name=stored))
    create_first_admin(workspace, "quantri", "Quản trị viên", ADMIN_PASSWORD.decode().strip())
    workspace.close()
    for args in (("dossier", "list"), ("dossier", "list", "--json")):
        result = _cli(data_dir, *args, *ADMIN_LOGIN, stdin=ADMIN_PASSWORD)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8")
        assert not [c for c in out if unicodedata.category(c) in ("Cf", "Cs")
                    or (unicodedata.category(c) == "Cc" and c not in "\n\t")]
        assert code in out
    listed = json.loads(_cli(data_dir, "dossier", "list", "--json", *ADMIN_LOGIN,
                             stdin=ADMIN_PASSWORD).stdout.decode("utf-8"))
    assert listed[0]["applicant_name"] == stored


def _number(code: str) -> int:
    return parse_code(code).number


def test_refused_intakes_use_no_dossier_number(workspace) -> None:  # type: ignore[no-untyped-def]
    first = receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen()), OFFICER)
    for bad in ("An\x1b[2J", "", "Nguyễn 3"):
        with pytest.raises(InputError):
            receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen(name=bad)), OFFICER)
    with pytest.raises(CounterError):
        receive_dossier(workspace, IntakeRequest("9.999999", citizen()), OFFICER)
    with pytest.raises(PermissionDeniedError):
        receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen()),
                        Actor("quantri", Role.ADMIN))
    # A failure inside the transaction, after the number was drawn: the database refuses
    # the outbox row (a real SQLite trigger, as a full disk or a broken index would).
    with workspace.store.write() as session:
        session.execute(text("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox_message "
                             "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"))
    for _ in range(3):
        with pytest.raises(Exception, match="outbox refused"):
            receive_dossier(workspace, IntakeRequest(PROCEDURE, citizen()), OFFICER)
    with workspace.store.write() as session:
        session.execute(text("DROP TRIGGER refuse_outbox"))
    workspace.close()
    # Even after a restart (the code journal is read again from disk).
    reopened = Workspace(workspace.data_dir)
    try:
        second = receive_dossier(reopened, IntakeRequest(PROCEDURE, citizen()), OFFICER)
        third = receive_dossier(reopened, IntakeRequest(PROCEDURE, citizen()), OFFICER)
    finally:
        reopened.close()
    assert [_number(first.code), _number(second.code), _number(third.code)] == [
        _number(first.code), _number(first.code) + 1, _number(first.code) + 2]
