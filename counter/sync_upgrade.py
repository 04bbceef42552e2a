"""Upgrade: the sync files of earlier versions, moved into the encrypted database.

Earlier versions kept in ``<data dir>/sync/``, in clear: ``sync.json`` (with the bearer
token), the workstation's private keys as PEM files, ``cursors.json``, ``peers.json`` and
the batch ledger (a SQLite file). The first time the workspace opens, they are imported in
one transaction, then removed. A crash in between imports them again at the next opening;
what the database already holds is kept, so importing twice changes nothing.

A file that cannot be read is left where it is and logged; ``doctor`` reports it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from counter.db.store import Store
from counter.sync_state import (
    SEALING,
    SETTING_FIELDS,
    SIGNING,
    Peer,
    SyncSettings,
    advance_cursor,
    has_settings,
    keep_ledger_entries,
    read_cursor,
    save_peers,
    save_settings,
    store_key,
)

log = logging.getLogger(__name__)

SYNC_FOLDER = "sync"
CONFIG_FILE = "sync.json"
SIGNING_KEY_FILE = "workstation-ed25519.pem"
SEALING_KEY_FILE = "workstation-x25519.pem"
CURSORS_FILE = "cursors.json"
PEERS_FILE = "peers.json"
LEDGER_FILE = "batch-ledger.sqlite3"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

Apply = Callable[[Session], None]


class UnreadableFile(Exception):
    pass


def _json_object(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableFile(str(error)) from error
    if not isinstance(value, dict):
        raise UnreadableFile("không phải một đối tượng JSON")
    return value


def _read_config(path: Path) -> Apply:
    raw = _json_object(path)
    try:
        settings = SyncSettings(**{k: v for k, v in raw.items() if k in SETTING_FIELDS})
    except TypeError as error:
        raise UnreadableFile(str(error)) from error

    def apply(session: Session) -> None:
        if not has_settings(session):
            save_settings(session, settings)

    return apply


def _read_key(purpose: str, kind: type[Ed25519PrivateKey] | type[X25519PrivateKey]) -> Callable[
    [Path], Apply
]:
    def read(path: Path) -> Apply:
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError) as error:
            raise UnreadableFile(str(error)) from error
        if not isinstance(key, kind):
            raise UnreadableFile(f"không chứa khóa {kind.__name__}")

        def apply(session: Session) -> None:
            store_key(session, purpose, key)

        return apply

    return read


def _read_cursors(path: Path) -> Apply:
    values = _json_object(path)

    def apply(session: Session) -> None:
        for name, value in values.items():
            if read_cursor(session, str(name)) is None:
                advance_cursor(session, str(name), value)

    return apply


def _read_peers(path: Path) -> Apply:
    raw = _json_object(path)
    try:
        peers = [Peer(**value) for value in raw.values()]
    except TypeError as error:
        raise UnreadableFile(str(error)) from error
    return lambda session: save_peers(session, peers, replace_known=False)


def _read_ledger(path: Path) -> Apply:
    try:
        with closing(sqlite3.connect(path, timeout=15)) as connection:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = connection.execute(
                "SELECT message_id, content_hash, batch_sha256, seen_at FROM seen"
            ).fetchall() if "seen" in tables else []
        entries = [
            {"message_id": message_id, "content_hash": content_hash,
             "batch_sha256": batch_sha256, "seen_at": datetime.fromisoformat(seen_at)}
            for message_id, content_hash, batch_sha256, seen_at in rows
        ]
    except (sqlite3.Error, ValueError, TypeError) as error:
        raise UnreadableFile(str(error)) from error
    return lambda session: keep_ledger_entries(session, entries)


READERS: dict[str, Callable[[Path], Apply]] = {
    CONFIG_FILE: _read_config,
    SIGNING_KEY_FILE: _read_key(SIGNING, Ed25519PrivateKey),
    SEALING_KEY_FILE: _read_key(SEALING, X25519PrivateKey),
    CURSORS_FILE: _read_cursors,
    PEERS_FILE: _read_peers,
    LEDGER_FILE: _read_ledger,
}


def clear_sync_files(data_dir: Path) -> list[Path]:
    """The files of earlier versions still in ``<data dir>/sync/`` (secrets in clear)."""
    folder = Path(data_dir) / SYNC_FOLDER
    return [folder / name for name in READERS if (folder / name).exists()]


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
        if path.name == LEDGER_FILE:
            for suffix in SQLITE_SIDE_FILES:
                path.with_name(path.name + suffix).unlink(missing_ok=True)
    except OSError as error:
        log.warning("Không xoá được tệp đồng bộ cũ %s: %s", path.name, error.strerror)


def import_clear_sync_files(store: Store, data_dir: Path) -> list[Path]:
    """Move the files of earlier versions into the database; the files imported (removed)."""
    readable: list[tuple[Path, Apply]] = []
    for path in clear_sync_files(data_dir):
        try:
            readable.append((path, READERS[path.name](path)))
        except UnreadableFile as error:
            log.warning("Tệp đồng bộ cũ %s không đọc được, chưa chuyển vào cơ sở dữ liệu: %s",
                        path.name, error)
    if not readable:
        return []
    with store.write() as session:
        for _path, apply in readable:
            apply(session)
    for path, _apply in readable:
        _remove(path)
    log.info("Đã chuyển %d tệp đồng bộ cũ vào cơ sở dữ liệu mã hoá.", len(readable))
    return [path for path, _apply in readable]
