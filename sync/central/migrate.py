"""The central server's schema, by Alembic migrations of its own (sync/central/migrations).

Their revision is kept in ``central_alembic_version``, never in the workstation's
``alembic_version``. A database made before migrations (by ``create_all``, no version table)
(``create_all`` of the current models at that time, no version table) has every table of
revision c0001 and, depending on the server that made it, some or all of c0002's: it is
stamped at c0001 and upgraded, and c0002 creates only the tables it lacks (and raises the
``schema_info`` guard, which servers from before migrations check). A database newer than
this code is refused untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from counter.errors import DatabaseTooNewError, StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "central_alembic_version"
SCHEMA_LOCK_KEY = 80_0001
FIRST_REVISION_TABLES = frozenset(
    {
        "agency_locks",
        "attachments",
        "batch_imports",
        "code_blocks",
        "dossier_events",
        "dossiers",
        "enrolment_codes",
        "messages",
        "review_items",
        "schema_info",
        "stream_counters",
        "stream_items",
        "workstations",
    }
)
LEGACY_SCHEMA_VERSION = 1


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the central migrations have a head"
    return head


def known_revisions() -> set[str]:
    return {
        revision.revision
        for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }


def current_revision(connection: Connection) -> str | None:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return current_revision(connection)


def legacy_revision(connection: Connection) -> str | None:
    """The revision a database made by ``create_all`` before migrations matches (None: empty)."""
    tables = set(inspect(connection).get_table_names())
    if not tables & FIRST_REVISION_TABLES:
        return None
    missing = FIRST_REVISION_TABLES - tables
    if missing:
        raise StorageError(
            "Cơ sở dữ liệu của máy chủ trung tâm không có bảng phiên bản lược đồ và thiếu bảng "
            f"{', '.join(sorted(missing))}: không nhận ra lược đồ nên không nâng cấp. "
            "Hãy kiểm tra địa chỉ cơ sở dữ liệu hoặc khôi phục từ bản sao lưu."
        )
    found = connection.execute(text("SELECT version FROM schema_info WHERE id = 1")).scalar()
    if found is not None and found > LEGACY_SCHEMA_VERSION:
        raise too_new(f"schema_info {found}")
    return "c0001"


def too_new(revision: str) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        "Cơ sở dữ liệu của máy chủ trung tâm được tạo bởi phần mềm máy chủ mới hơn phần mềm "
        f"này (lược đồ {revision}). Hãy cập nhật phần mềm máy chủ; dữ liệu không bị thay đổi."
    )


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema this code knows, in one transaction (on
    PostgreSQL under an advisory lock, as several servers may start together)."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    known = known_revisions()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        config.attributes["connection"] = connection
        current = current_revision(connection)
        if current is None:
            legacy = legacy_revision(connection)
            if legacy is not None:
                command.stamp(config, legacy)
        elif current not in known:
            raise too_new(current)
        if current != script.get_current_head():
            command.upgrade(config, "head")
