"""The central server's database: SQLite by default, PostgreSQL for a province.

Writers on SQLite start with ``BEGIN IMMEDIATE`` so a read-then-write never
fails half-way; on PostgreSQL, transactions that lose a deadlock or a
serialisation race are run again (a bounded number of times).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from counter.errors import ConfigurationError
from sync.central import migrate

T = TypeVar("T")
RETRYABLE_SQLSTATES = {"40001", "40P01"}
MAX_TRANSACTION_ATTEMPTS = 6


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and pick the psycopg 3 driver for it."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError as error:
        raise ConfigurationError(f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url}") from error
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            make_private_database_file(Path(parsed.database))
        engine = create_engine(parsed, pool_size=8, max_overflow=16)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_size=8, max_overflow=16, pool_pre_ping=True)
    raise ConfigurationError(
        f"Chỉ hỗ trợ SQLite hoặc PostgreSQL, không hỗ trợ '{parsed.get_backend_name()}'."
    )


def make_private_database_file(path: Path) -> None:
    """Create the SQLite file readable by its owner only, and tighten an existing one (SQLite
    gives its -wal and -shm files the database file's mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        if companion.exists() and companion.stat().st_mode & 0o077:
            companion.chmod(0o600)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA busy_timeout=30000",
            "PRAGMA synchronous=NORMAL",
            "PRAGMA foreign_keys=ON",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def is_retryable_database_error(error: DBAPIError) -> bool:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in RETRYABLE_SQLSTATES:
        return True
    return isinstance(error, OperationalError) and "database is locked" in str(error.orig)


class Database:
    """An engine and a session factory, with a retrying unit of work."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def create_schema(self) -> None:
        """Create or upgrade the schema by the central migrations; refuse a newer database."""
        migrate.upgrade(self.engine)

    def run(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction and commit; retried on deadlock or serialisation loss."""
        for attempt in range(1, MAX_TRANSACTION_ATTEMPTS + 1):
            try:
                with self._sessions() as session, session.begin():
                    return work(session)
            except DBAPIError as error:
                if attempt == MAX_TRANSACTION_ATTEMPTS or not is_retryable_database_error(error):
                    raise
                time.sleep(0.01 * 2**attempt)
        raise AssertionError("unreachable: the loop returns or raises")

    def dispose(self) -> None:
        self.engine.dispose()
