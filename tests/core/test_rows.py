"""Rows written through the driver (counter.db.rows) are stored exactly as the ORM stores them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc, text

from counter import clock
from counter.db import rows
from counter.db.models import OutboxMessage, Person, Procedure
from counter.db.store import Store
from counter.errors import StorageError


def _stored(store: Store, table: str, where: str) -> dict[str, Any]:
    with store.read() as session:
        found = session.execute(text(f"SELECT * FROM {table} WHERE {where}")).mappings().one()
    return {k: v for k, v in found.items() if k != "id"}


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "rows.db", None)


def test_a_person_is_stored_as_the_orm_stores_it(store: Store) -> None:
    now = clock.parse_local("2026-03-02T15:04:05.123456")
    fields = {"full_name": "Nguyễn Thị Ánh", "birth_date": date(1950, 2, 28), "sex": None,
              "address": "Thôn 3", "created_at": now, "updated_at": now}
    with store.write() as session:
        session.add(Person(id_number="001", **fields))
        rows.insert(session, Person, {"id_number": "002", **fields})
    by_orm = _stored(store, "person", "id_number = '001'")
    by_rows = _stored(store, "person", "id_number = '002'")
    assert {**by_orm, "id_number": "-"} == {**by_rows, "id_number": "-"}
    assert by_rows["sex"] == "" and by_rows["id_type"] == "cccd"  # defaults, also for None
    assert by_rows["created_at"] == "2026-03-02 08:04:05.123456"  # UTC, as the ORM writes it


def test_json_and_callable_defaults_match_the_orm(store: Store) -> None:
    now = clock.now()
    payload = {"họ_tên": "Lê Văn B", "giấy tờ": [1, 2], "z": None}
    with store.write() as session:
        session.add(OutboxMessage(message_id="m1", kind="dossier.received", payload=payload,
                                  created_at=now, state="pending"))
        rows.insert(session, OutboxMessage, {
            "message_id": "m2", "kind": "dossier.received", "payload": payload,
            "created_at": now, "state": "pending"})
        procedure = {"version": "v", "name": "Thủ tục", "imported_at": now,
                     "processing_kind": "days", "fee": {"amount": 0}, "documents": [],
                     "legal_basis": ["Nghị định 118/2025/NĐ-CP"], "valid_from": date(2026, 1, 1)}
        session.add(Procedure(code="1", **procedure))  # terms: a callable default (dict)
        rows.insert(session, Procedure, {"code": "2", **procedure})
    assert ({**_stored(store, "outbox_message", "message_id = 'm1'"), "message_id": "-"}
            == {**_stored(store, "outbox_message", "message_id = 'm2'"), "message_id": "-"})
    assert ({**_stored(store, "procedure", "code = '1'"), "code": "-"}
            == {**_stored(store, "procedure", "code = '2'"), "code": "-"})


def test_a_refused_row_raises_the_orms_error_and_writes_nothing(store: Store) -> None:
    now = clock.now()
    person = {"id_number": "003", "full_name": "A", "created_at": now, "updated_at": now}
    with pytest.raises(exc.IntegrityError), store.write() as session:
        rows.insert(session, Person, person)
        rows.insert(session, Person, person)  # the same ID number twice
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0


def test_a_locked_database_gives_the_stores_message(tmp_path: Path) -> None:
    store = Store(tmp_path / "locked.db", None)
    other = Store(tmp_path / "locked.db", None)
    now = clock.now()
    with store.write() as holding:
        rows.insert(holding, Person, {"id_number": "004", "full_name": "A",
                                                "created_at": now, "updated_at": now})
        with pytest.raises(StorageError), other.write() as session:
            session.connection().exec_driver_sql("PRAGMA busy_timeout = 10")
            rows.execute(session, "UPDATE person SET full_name = 'B'")


def test_an_unknown_column_is_refused_before_anything_is_written(store: Store) -> None:
    with pytest.raises(KeyError), store.write() as session:
        rows.insert(session, Person, {"id_number": "5", "nickname": "x"})
