"""The central server's schema by Alembic: an old database (made by create_all before
migrations) is recognised and upgraded with its rows; the migrated schema is the models'."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, insert, inspect, select, text

from counter.errors import DatabaseTooNewError, StorageError
from sync.central import migrate
from sync.central.context import open_context
from sync.central.database import make_engine
from sync.central.models import CentralBase, ReviewBudget
from sync.central.settings import load_settings
from tests.sync import central_models_before_migrations as old

SECURITY_TABLES = {
    "attachment_holders",
    "attachment_uploads",
    "audit_heads",
    "enrolment_limits",
    "review_budgets",
    "review_overflow",
}
AT = datetime(2026, 11, 2, 8, 30)


def schema_differences(engine: Engine, metadata: MetaData) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": migrate.VERSION_TABLE}
        )
        return list(compare_metadata(context, metadata))


def open_central(tmp_path: Path, database_url: str) -> Any:
    return open_context(load_settings(tmp_path / "central-data", database_url=database_url))


def fill_old_database(engine: Engine) -> None:
    """Rows as a server from before migrations wrote them."""
    with engine.begin() as connection:
        connection.execute(insert(old.SchemaInfo).values(id=1, version=old.SCHEMA_VERSION))
        connection.execute(
            insert(old.Workstation).values(
                id="ws-1",
                name="Quầy 1",
                agency_code="000.00.12.H42",
                public_key="pk",
                token_hash="t" * 64,
                enrolled_at=AT,
            )
        )
        connection.execute(
            insert(old.Message).values(
                id="m-1",
                content_hash="h" * 64,
                kind="dossier.created",
                dossier_code="D-1",
                workstation_id="ws-1",
                created_at=AT,
                received_at=AT,
                source="push",
                body="{}",
            )
        )
        connection.execute(
            insert(old.Dossier).values(
                code="D-1",
                agency_code="000.00.12.H42",
                workstation_id="ws-1",
                seq_day=date(2026, 11, 2),
                seq_number=1,
                snapshot_at=AT,
                status_at=AT,
                message_id="m-1",
                snapshot='{"code":"D-1"}',
            )
        )


def assert_old_rows_intact(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.execute(select(old.Workstation.id, old.Workstation.name)).all() == [
            ("ws-1", "Quầy 1")
        ]
        assert connection.execute(select(old.Message.id, old.Message.body)).all() == [("m-1", "{}")]
        assert connection.execute(select(old.Dossier.code, old.Dossier.seq_day)).all() == [
            ("D-1", date(2026, 11, 2))
        ]


def guard_version(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT version FROM schema_info")).scalar_one())


def test_a_database_from_before_migrations_is_upgraded_with_its_rows(
    tmp_path: Path, database_url: str
) -> None:
    engine = make_engine(database_url)
    with engine.begin() as connection:
        old.CentralBase.metadata.create_all(connection)
    fill_old_database(engine)
    assert migrate.database_revision(engine) is None

    context = open_central(tmp_path, database_url)
    try:
        assert migrate.database_revision(engine) == migrate.head_revision() == "c0003_reports"
        assert_old_rows_intact(engine)
        assert set(inspect(engine).get_table_names()) >= SECURITY_TABLES
        assert guard_version(engine) == 2
        assert schema_differences(engine, CentralBase.metadata) == []
        context.database.run(lambda s: s.add(ReviewBudget(workstation_id="ws-1")))
        kept = context.database.run(lambda s: s.get(ReviewBudget, "ws-1"))
        assert (kept.kept_items, kept.kept_bytes) == (0, 0)
    finally:
        context.close()
        engine.dispose()


def test_a_database_made_by_create_all_with_the_security_tables_is_recognised(
    tmp_path: Path, database_url: str
) -> None:
    """A server just before migrations created every table of today's models already."""
    engine = make_engine(database_url)
    with engine.begin() as connection:
        CentralBase.metadata.create_all(connection)
        connection.execute(insert(ReviewBudget).values(workstation_id="ws-9", kept_items=3))
    fill_old_database(engine)

    open_central(tmp_path, database_url).close()
    assert migrate.database_revision(engine) == migrate.head_revision()
    assert_old_rows_intact(engine)
    with engine.connect() as connection:
        assert connection.execute(select(ReviewBudget.kept_items)).scalars().all() == [3]
    assert guard_version(engine) == 2
    assert schema_differences(engine, CentralBase.metadata) == []
    engine.dispose()


def test_revision_c0001_is_the_schema_from_before_migrations(database_url: str) -> None:
    engine = make_engine(database_url)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "c0001")
    assert migrate.database_revision(engine) == "c0001"
    assert schema_differences(engine, old.CentralBase.metadata) == []
    assert guard_version(engine) == 1
    engine.dispose()


def test_a_new_database_matches_the_models_and_keeps_its_own_version_table(
    tmp_path: Path, database_url: str
) -> None:
    context = open_central(tmp_path, database_url)
    engine = context.database.engine
    try:
        assert migrate.database_revision(engine) == migrate.head_revision()
        assert schema_differences(engine, CentralBase.metadata) == []
        tables = set(inspect(engine).get_table_names())
        assert migrate.VERSION_TABLE in tables
        assert "alembic_version" not in tables
    finally:
        context.close()
    open_central(tmp_path, database_url).close()  # a second start changes nothing
    engine = make_engine(database_url)
    assert migrate.database_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_a_database_newer_than_the_server_is_refused_untouched(
    tmp_path: Path, database_url: str
) -> None:
    open_central(tmp_path, database_url).close()
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = 'c0099'"))
    with pytest.raises(DatabaseTooNewError, match=r"mới hơn phần mềm này \(lược đồ c0099\)"):
        open_central(tmp_path, database_url)
    assert migrate.database_revision(engine) == "c0099"
    engine.dispose()


def test_a_database_with_some_old_tables_only_is_not_guessed_at(
    tmp_path: Path, database_url: str
) -> None:
    engine = make_engine(database_url)
    with engine.begin() as connection:
        old.Workstation.__table__.create(connection)
    with pytest.raises(StorageError, match="không nhận ra lược đồ") as caught:
        open_central(tmp_path, database_url)
    assert "agency_locks" in caught.value.message
    assert migrate.VERSION_TABLE not in inspect(engine).get_table_names()
    engine.dispose()


def test_servers_starting_together_migrate_once(tmp_path: Path, database_url: str) -> None:
    barrier = threading.Barrier(3, timeout=30)
    outcomes: list[str] = []

    def start(index: int) -> None:
        barrier.wait()
        try:
            context = open_context(
                load_settings(tmp_path / f"server-{index}", database_url=database_url)
            )
        except Exception as error:  # the test reports what went wrong
            outcomes.append(f"{type(error).__name__}: {error}")
        else:
            context.close()
            outcomes.append("ok")

    threads = [threading.Thread(target=start, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes == ["ok", "ok", "ok"]
    engine = make_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(text(f"SELECT version_num FROM {migrate.VERSION_TABLE}")).all()
        assert rows == [(migrate.head_revision(),)]
        assert connection.execute(text("SELECT id, version FROM schema_info")).all() == [(1, 2)]
    engine.dispose()
