"""Many rows in one short statement (PostgreSQL: one JSON parameter, one array parameter) do
what the plain multi-row forms do, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from sync.central.context import CentralContext
from sync.central.models import Dossier, Message
from sync.central.services.bulk import insert_rows, member_of


def _message(n: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "content_hash": "a" * 64,
        "kind": "dossier.received",
        "dossier_code": None if n % 2 else f"000.00.12.H42-250915-{n:04d}",
        "workstation_id": "w1",
        "created_at": datetime(2025, 9, 15, 1, n, 30, 123456),
        "received_at": datetime(2025, 9, 15, 2, 0),
        "source": "push",
        "body": '{"a":"Nguyễn \\"Văn\\" An","b":[1,2.5,null]}',
    }
    row.update(changes)
    return row


def _keep_first(insert: object) -> object:
    table = Message.__table__
    return insert.on_conflict_do_nothing(index_elements=[table.c.id]).returning(table.c.id)  # type: ignore[attr-defined]


def test_rows_are_inserted_once_and_read_back_as_given(central_context: CentralContext) -> None:
    database = central_context.database
    rows = [_message(n) for n in range(1, 6)]
    first = database.run(lambda s: list(insert_rows(s, Message, rows, _keep_first).scalars()))
    assert first == [row["id"] for row in rows]
    again = [_message(2, body="other"), _message(9)]
    second = database.run(lambda s: list(insert_rows(s, Message, again, _keep_first).scalars()))
    assert second == [_message(9)["id"]]
    wanted = [rows[1]["id"], _message(9)["id"], "not-there"]
    stored = database.run(
        lambda s: s.execute(
            select(Message.id, Message.dossier_code, Message.created_at, Message.body)
            .where(member_of(s, Message.id, wanted))
            .order_by(Message.id)
        ).all()
    )
    assert [tuple(row) for row in stored] == [
        (r["id"], r["dossier_code"], r["created_at"], r["body"]) for r in (rows[1], _message(9))
    ]


def test_dates_and_numbers_of_a_dossier_row(central_context: CentralContext) -> None:
    from sync.central.services.dossiers import _upsert

    row = {
        "code": "000.00.12.H42-250915-0001", "agency_code": "000.00.12.H42",
        "handling_agency_code": "000.00.12.H42", "procedure_code": "1.001193",
        "procedure_version": "1", "status": "received",
        "received_at": datetime(2025, 9, 15, 1, 0), "due_at": None, "workstation_id": "w1",
        "seq_day": date(2025, 9, 15), "seq_number": 1,
        "snapshot_at": datetime(2025, 9, 15, 1, 0), "status_at": datetime(2025, 9, 15, 1, 0),
        "message_id": "m1", "snapshot": "{}", "check_hash": None, "channel": None,
        "finished_at": None,
    }
    database = central_context.database
    assert database.run(lambda s: _upsert(s, [row])) == {row["code"]}
    later = {**row, "status": "returned", "snapshot_at": datetime(2025, 9, 16, 1, 0)}
    assert database.run(lambda s: _upsert(s, [later])) == {row["code"]}
    other = {**row, "workstation_id": "w2", "snapshot_at": datetime(2025, 9, 17, 1, 0)}
    assert database.run(lambda s: _upsert(s, [other])) == set()
    stored = database.run(lambda s: s.get(Dossier, row["code"]))
    assert stored is not None
    assert (stored.status, stored.seq_day, stored.seq_number) == ("returned", date(2025, 9, 15), 1)


@pytest.mark.postgres
def test_too_long_a_text_is_refused_not_cut(postgres_url: str, tmp_path: object) -> None:
    from sync.central.database import Database

    database = Database(postgres_url)
    database.create_schema()
    try:
        with pytest.raises(DBAPIError):
            database.run(
                lambda s: list(insert_rows(s, Message, [_message(1, id="x" * 40)], _keep_first))
            )
        found = database.run(
            lambda s: s.execute(select(Message.id).where(member_of(s, Message.id, ["x" * 40])))
            .all()
        )
        assert found == []
    finally:
        database.dispose()
