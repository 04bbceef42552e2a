"""Storage: migrations match the models, a newer database is refused, the core has no Qt."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from counter import audit
from counter.db.models import AuditEvent, Base
from counter.db.store import Store
from counter.errors import DatabaseTooNewError, StorageError
from tests.core.conftest import OFFICER

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    store = Store(tmp_path / "counter.db")

    def ours(name: str | None, type_: str, *_: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("dossier_fts"))

    with store.writer.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": ours})
        assert compare_metadata(context, Base.metadata) == []
    with store.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.dispose()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    Store(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="phiên bản mới hơn"):
        Store(path)
    assert path.read_bytes() == before


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from counter.db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_from_files() == script.get_current_head()


def test_opening_a_database_at_the_head_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    Store(path).dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from counter.db.store import Store\n"
        f"Store(Path({str(path)!r})).dispose()\n"
        "print(sorted(n for n in sys.modules if n == 'alembic' or n.startswith('alembic.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError):
        Store(path)


def test_an_unwritable_data_directory_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="thư mục dữ liệu"):
        Store(blocker / "sub" / "counter.db")


def test_audit_chain_detects_edits_and_removals(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.store.write() as session:
        for n in range(4):
            audit.record(session, OFFICER, "dossier.print", "dossier", f"X-{n}")
    with workspace.store.read() as session:
        assert audit.verify_chain(session) is None
    with workspace.store.write() as session:
        row = session.query(AuditEvent).filter_by(object_ref="X-1").one()
        row.actor = "someone-else"
        edited_id = row.id
    with workspace.store.read() as session:
        assert audit.verify_chain(session) == edited_id
    with workspace.store.write() as session:
        session.query(AuditEvent).filter_by(object_ref="X-1").delete()
    with workspace.store.read() as session:
        assert audit.verify_chain(session) == edited_id + 1


def test_the_core_never_imports_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, counter, sync\n"
        "for pkg in (counter, sync):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
