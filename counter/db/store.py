"""Open the counter database: WAL, foreign keys, migrations, short sessions.

``Store.read()`` opens a deferred transaction for queries; ``Store.write()`` takes
SQLite's write lock up front (``BEGIN IMMEDIATE``) so that two processes on one
workstation (the app and a command) never interleave a read-modify-write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from counter.db import migrate
from counter.errors import StorageError

BUSY_TIMEOUT_MS = 15_000


def _make_engine(url: str, begin_statement: str) -> Engine:
    engine = create_engine(url, pool_size=4, max_overflow=8, pool_pre_ping=False)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_statement)

    return engine


class Store:
    """The database of one installation."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                f"Không tạo được thư mục dữ liệu {db_path.parent}: {error.strerror}."
            ) from error
        url = f"sqlite:///{db_path}"
        self.reader = _make_engine(url, "BEGIN")
        self.writer = _make_engine(url, "BEGIN IMMEDIATE")
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        try:
            migrate.upgrade(self.writer)
        except (sqlite3.DatabaseError, exc.DatabaseError) as error:
            raise StorageError(
                f"Không mở được cơ sở dữ liệu {db_path.name}. "
                "Tệp có thể bị hỏng hoặc đã được mã hoá."
            ) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.reader.dispose()
        self.writer.dispose()
