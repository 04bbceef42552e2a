"""Turn an unencrypted database into a SQLCipher one, in place and safely.

The encrypted copy is written next to the original, checked (integrity and row counts),
then moved over it in one rename. Until that rename the original is untouched; a crash
leaves at most a stray ``.encrypting`` file, removed on the next try.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from counter.errors import StorageError

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plaintext_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _tables(connection: Any, schema: str) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'dossier_fts_%'")]
    return {name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def encrypt_in_place(path: Path, key: bytes) -> None:
    import sqlcipher3

    temporary = path.with_name(path.name + ".encrypting")
    temporary.unlink(missing_ok=True)
    source = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _tables(source, "main")
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(temporary),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
    except Exception as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(f"Không mã hoá được cơ sở dữ liệu cũ: {error}. Dữ liệu cũ còn nguyên.") \
            from error
    finally:
        source.close()
    check = sqlcipher3.connect(str(temporary), isolation_level=None)
    try:
        check.execute(key_pragma(key))
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        same = _tables(check, "main") == before
    finally:
        check.close()
    if not (ok and same):
        temporary.unlink(missing_ok=True)
        raise StorageError("Bản mã hoá của cơ sở dữ liệu không khớp bản gốc; dữ liệu cũ còn nguyên.")
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(temporary, path)
