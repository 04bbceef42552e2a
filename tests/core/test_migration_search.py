"""Migration 0016: the name index is rebuilt with prefix indexes up to six letters and no
positions; every name stays findable, and a downgrade gives the previous index back."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, create_engine, text

from counter.db import migrate
from counter.db.store import Store

NAMES = {1: "nguyen van an", 2: "tran duc thang cong ty nguyenphat", 3: "nguyen thi anh",
         4: "do thi huong"}


def _to(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _index(engine: Engine) -> tuple[str, dict[int, str], list[int]]:
    with engine.connect() as connection:
        sql = connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'dossier_fts'")).scalar_one()
        rows: dict[int, str] = {
            r.rowid: r.name for r in connection.execute(text("SELECT rowid, name FROM dossier_fts"))}
        found = list(connection.execute(text(
            "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH '\"nguyen\"*' "
            "ORDER BY rowid DESC")).scalars())
    return sql, rows, found


def test_the_name_index_is_rebuilt_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    engine = create_engine(f"sqlite:///{path}")
    _to(engine, "0015_fleet")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO dossier_fts(rowid, name) VALUES (:id, :name)"),
                           [{"id": k, "name": v} for k, v in NAMES.items()])
    Store(path).dispose()  # upgrades to the head
    sql, rows, found = _index(engine)
    assert "prefix = '1 2 3 4 5 6'" in sql and "detail = none" in sql
    assert rows == NAMES
    assert found == [3, 2, 1]
    _to(engine, "0015_fleet", down=True)
    sql, rows, found = _index(engine)
    assert "prefix = '1 2 3'" in sql and "detail" not in sql
    assert rows == NAMES
    assert found == [3, 2, 1]
    engine.dispose()
