"""Search by code, ID number or name, accents ignored; the desk's filters."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from counter import clock
from counter.db.models import Dossier
from counter.deadlines import Urgency
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import IntakeRequest
from counter.dossiers.queries import DossierFilter, count_dossiers, list_dossiers, search_dossiers
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.text import fold
from tests.core.conftest import OFFICER, citizen

PEOPLE = [
    ("Nguyễn Văn A", "001090000001"),
    ("Nguyễn Văn An", "001090000002"),
    ("Đỗ Thị Hương", "001190000003"),
    ("Trần Đức Thắng", "079080000004"),
    ("NGUYỄN THỊ ÁNH", "079190000005"),
]


def _receive_all(workspace) -> dict[str, str]:  # type: ignore[no-untyped-def]
    codes = {}
    for name, id_number in PEOPLE:
        view = receive_dossier(workspace, IntakeRequest("1.004194", citizen(name, id_number)),
                               OFFICER)
        codes[name] = view.code
    return codes


def test_fold() -> None:
    assert fold("Nguyễn Văn A") == "nguyen van a"
    assert fold("Đỗ  Thị\tHƯƠNG") == "do thi huong"


def test_accent_insensitive_name_search(workspace) -> None:  # type: ignore[no-untyped-def]
    _receive_all(workspace)
    names = lambda q: sorted(r.applicant_name for r in search_dossiers(workspace, q))  # noqa: E731
    assert names("nguyen van a") == ["Nguyễn Văn A", "Nguyễn Văn An"]  # prefix words
    assert names("do thi huong") == ["Đỗ Thị Hương"]  # đ folds to d
    assert names("Đỗ hương") == ["Đỗ Thị Hương"]
    assert names("thang") == ["Trần Đức Thắng"]
    assert names("anh nguyen") == ["NGUYỄN THỊ ÁNH"]
    assert names("xyz") == []
    assert names("!!!") == []


def test_search_by_code_and_id_number(workspace) -> None:  # type: ignore[no-untyped-def]
    codes = _receive_all(workspace)
    code = codes["Trần Đức Thắng"]
    assert [r.code for r in search_dossiers(workspace, code)] == [code]
    assert [r.code for r in search_dossiers(workspace, code.lower())] == [code]
    assert len(search_dossiers(workspace, "000.00.12.H42-")) == 5
    assert [r.applicant_name for r in search_dossiers(workspace, "079080000004")] == [
        "Trần Đức Thắng"]
    assert len(search_dossiers(workspace, "079")) == 0  # too short for an ID, no code's end
    number = code[-4:]  # the end of the code, as read out at the counter
    assert [r.code for r in search_dossiers(workspace, number)] == [code]
    assert [r.code for r in search_dossiers(workspace, code[-11:])] == [code]  # YYMMDD-NNNN
    assert [r.code for r in search_dossiers(workspace, code[-15:].lower())] == [code]
    assert [r.code for r in search_dossiers(workspace, str(int(number)))] == [code]  # "4"
    assert search_dossiers(workspace, "0099") == []
    assert len(search_dossiers(workspace, "079190")) == 1


def test_desk_filters(workspace) -> None:  # type: ignore[no-untyped-def]
    codes = _receive_all(workspace)
    late = codes["Nguyễn Văn A"]
    with workspace.store.write() as session:
        session.execute(update(Dossier).where(Dossier.code == late)
                        .values(due_at=clock.now() - timedelta(hours=1)))
    apply_action(workspace, codes["Đỗ Thị Hương"], "start_processing", OFFICER)
    overdue = list_dossiers(workspace, DossierFilter(overdue=True))
    assert [r.code for r in overdue] == [late]
    assert overdue[0].urgency is Urgency.OVERDUE
    processing = list_dossiers(workspace, DossierFilter(statuses=(Status.PROCESSING,)))
    assert [r.code for r in processing] == [codes["Đỗ Thị Hương"]]
    assert count_dossiers(workspace) == 5
    assert count_dossiers(workspace, DossierFilter(procedure_code="1.004194")) == 5
    assert count_dossiers(workspace, DossierFilter(channel="post")) == 0
    assert count_dossiers(workspace, DossierFilter(due_within_days=30)) == 5
    today = clock.now().date()
    assert count_dossiers(workspace, DossierFilter(received_from=today, received_to=today)) == 5
    tomorrow = today + timedelta(days=1)
    assert count_dossiers(workspace, DossierFilter(received_from=tomorrow)) == 0
    # a deadline filter or a search looks across every day, whatever the received period
    assert count_dossiers(workspace, DossierFilter(overdue=True, received_from=tomorrow)) == 1
    assert count_dossiers(workspace, DossierFilter(query=late, received_from=tomorrow)) == 1
    page = list_dossiers(workspace, offset=2, limit=2)
    assert len(page) == 2


def test_pages_by_cursor_match_pages_by_offset(workspace) -> None:  # type: ignore[no-untyped-def]
    for n in range(7):
        receive_dossier(workspace, IntakeRequest("1.004194",
                                                 citizen(f"Nguyễn Văn {chr(65 + n)}",
                                                         f"0010900000{n:02d}")), OFFICER)
    for flt in (DossierFilter(), DossierFilter(query="nguyen van")):
        by_offset = [r.code for page in range(4)
                     for r in list_dossiers(workspace, flt, offset=page * 2, limit=2)]
        by_cursor: list[str] = []
        after = None
        for _ in range(5):
            page = list_dossiers(workspace, flt, after=after, limit=2)
            if not page:
                break
            by_cursor += [r.code for r in page]
            after = page[-1].cursor
        assert by_cursor == by_offset
        assert len(by_cursor) == 7


def test_name_matches_come_newest_first_with_their_desk_fields(workspace) -> None:  # type: ignore[no-untyped-def]
    codes = _receive_all(workspace)
    found = search_dossiers(workspace, "nguyen")
    assert [r.applicant_name for r in found] == ["NGUYỄN THỊ ÁNH", "Nguyễn Văn An", "Nguyễn Văn A"]
    newest = found[0]
    assert newest.code == codes["NGUYỄN THỊ ÁNH"]
    assert (newest.applicant_id_number, newest.procedure_code, newest.channel, newest.status) == (
        "079190000005", "1.004194", "counter", Status.RECEIVED)
    assert newest.procedure_name and newest.received_at <= clock.now() < newest.due_at
    assert newest.urgency is Urgency.ON_TRACK
    assert [r.code for r in search_dossiers(workspace, "nguyen", limit=2)] == [
        codes["NGUYỄN THỊ ÁNH"], codes["Nguyễn Văn An"]]
    assert [r.cursor for r in found] == sorted((r.cursor for r in found), reverse=True)


def test_counts_of_a_name_search_alone_and_with_filters(workspace) -> None:  # type: ignore[no-untyped-def]
    codes = _receive_all(workspace)
    apply_action(workspace, codes["Nguyễn Văn A"], "start_processing", OFFICER)
    tomorrow = clock.now().date() + timedelta(days=1)
    assert count_dossiers(workspace, DossierFilter(query="nguyen")) == 3
    assert count_dossiers(workspace, DossierFilter(query="Nguyễn văn a")) == 2
    assert count_dossiers(workspace, DossierFilter(query="nguyen", received_from=tomorrow)) == 3
    assert count_dossiers(workspace, DossierFilter(query="xyz")) == 0
    assert count_dossiers(workspace, DossierFilter(query="!!!")) == 0
    processing = DossierFilter(query="nguyen", statuses=(Status.PROCESSING,))
    assert count_dossiers(workspace, processing) == 1
    assert count_dossiers(workspace, DossierFilter(query="nguyen", channel="post")) == 0
    assert count_dossiers(workspace, DossierFilter(query="nguyen", received_by="someone")) == 0
