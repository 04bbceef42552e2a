"""Open the counter database: WAL, foreign keys, migrations, short sessions.

``Store.read()`` opens a deferred transaction for queries; ``Store.write()`` takes
SQLite's write lock up front (``BEGIN IMMEDIATE``) so that two processes on one
workstation (the app and a command) never interleave a read-modify-write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from counter.db import migrate
from counter.db.encrypt import encrypt_in_place, is_plaintext_sqlite, key_pragma
from counter.errors import DISK_FULL, READ_ONLY, StorageError

BUSY_TIMEOUT_MS = 15_000
SESSION_AUDIT_KEY = "audit_key"  # Session.info entry: the key that seals audit entries


def _make_engine(url: str, begin_statement: str, key: bytes | None) -> Engine:
    options: dict[str, Any] = {}
    if key is not None:
        import sqlcipher3

        options["module"] = sqlcipher3.dbapi2
    engine = create_engine(url, pool_size=4, max_overflow=8, hide_parameters=True, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if key is not None:
            cursor.execute(key_pragma(key))
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_statement)

    return engine


def storage_error(error: exc.OperationalError) -> StorageError:
    """What the person at the counter can do about a database that cannot be written."""
    text = str(error.orig).lower()
    if "disk is full" in text or "disk i/o" in text:
        message = DISK_FULL
    elif "readonly" in text or "read-only" in text or "unable to open" in text:
        message = READ_ONLY
    elif "locked" in text or "busy" in text:
        message = "Cơ sở dữ liệu đang bận quá lâu: thao tác chưa được lưu, hãy thử lại."
    else:
        message = "Không ghi được cơ sở dữ liệu: thao tác chưa được lưu."
    return StorageError(message, detail=str(error.orig))


class Store:
    """The database of one installation; encrypted with SQLCipher when given a key.

    ``audit_key`` is handed to every session in ``session.info`` (counter.audit seals entries
    with it). Functions in ``after_commit`` run after each committed write, with its session.
    """

    def __init__(self, db_path: Path, key: bytes | None = None,
                 audit_key: bytes | None = None) -> None:
        self.path = db_path
        self.encrypted = key is not None
        self.after_commit: list[Callable[[Session], None]] = []
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                f"Không tạo được thư mục dữ liệu {db_path.parent}: {error.strerror}."
            ) from error
        if key is not None and is_plaintext_sqlite(db_path):
            encrypt_in_place(db_path, key)
        url = f"sqlite:///{db_path}"
        self.reader = _make_engine(url, "BEGIN", key)
        self.writer = _make_engine(url, "BEGIN IMMEDIATE", key)
        info = {SESSION_AUDIT_KEY: audit_key} if audit_key is not None else None
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False, info=info)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False, info=info)
        try:
            migrate.upgrade(self.writer)
        except exc.OperationalError as error:
            raise storage_error(error) from error
        except (sqlite3.DatabaseError, exc.DatabaseError) as error:
            raise StorageError(
                f"Không mở được cơ sở dữ liệu {db_path.name}. "
                "Tệp có thể bị hỏng, hoặc khoá giải mã không đúng. Dữ liệu không bị thay đổi."
            ) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        except exc.OperationalError as error:
            raise storage_error(error) from error
        finally:
            session.close()  # ends the read transaction; loaded rows stay readable, detached

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: all of it is committed, or none of it (the error says why)."""
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except exc.OperationalError as error:
            session.rollback()
            raise storage_error(error) from error
        except BaseException:
            session.rollback()
            raise
        else:
            for hook in self.after_commit:
                hook(session)
        finally:
            session.close()

    def dispose(self) -> None:
        self.reader.dispose()
        self.writer.dispose()
