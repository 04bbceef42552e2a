"""Sync secrets are sealed in the encrypted database: a copied data folder without the
installation's key can neither read the token or keys, nor sign, nor sync; files of
earlier versions are imported on the first opening and removed."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from counter import clock
from counter.doctor import Level, check_sync_secrets
from counter.errors import StorageError
from counter.sync_state import raw_private_bytes
from counter.sync_upgrade import clear_sync_files
from counter.workspace import Workspace
from sync.batchfile import BatchIdentity, write_batch
from sync.central.context import CentralContext
from sync.central.models import Message
from sync.client.batches import check_locally, export_batch
from sync.client.config import load_config, sealing_key, signing_key, sync_dir
from sync.client.cursors import CursorStore
from sync.client.ledger import BatchLedger
from sync.client.peers import PeerStore
from sync.client.runner import require_enrolment
from sync.errors import ServerRejectedError
from sync.keys import public_key_b64, x25519_public_from_b64
from tests.core.conftest import VILLAGE
from tests.sync.fixtures import StartServer
from tests.sync.helpers import api_for, dossier_code, received_message
from tests.sync.workstation import enrol_with, receive, set_up, sync

KEY_DIR_ENV = "ONESTOP_KEY_DIR"


@dataclass(frozen=True)
class Secrets:
    token: str
    keys: tuple[Ed25519PrivateKey | X25519PrivateKey, ...]

    def needles(self) -> dict[str, bytes]:
        """Every form a secret could take in a file."""
        found = {"token": self.token.encode("utf-8")}
        for number, key in enumerate(self.keys):
            raw = raw_private_bytes(key)
            der = key.private_bytes(serialization.Encoding.DER,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            found[f"key {number} raw"] = raw
            found[f"key {number} hex"] = raw.hex().encode("ascii")
            found[f"key {number} base64"] = base64.b64encode(raw)
            found[f"key {number} pkcs8"] = der
        return found


def files_holding(folder: Path, secrets: Secrets) -> list[str]:
    """'file: what' for every file of ``folder`` in which a secret appears."""
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.relative_to(folder)}: {name}"
                 for name, needle in secrets.needles().items() if needle in data]
    return hits


def secrets_of(workspace: Workspace) -> Secrets:
    token = load_config(workspace).token
    assert token
    return Secrets(token, (signing_key(workspace), sealing_key(workspace)))


@pytest.fixture
def station(tmp_path: Path, sqlite_context: CentralContext,
            start_server: StartServer) -> Iterator[tuple[Path, Workspace, str]]:
    server = start_server(sqlite_context)
    data_dir = tmp_path / "station"
    workspace = set_up(data_dir)
    enrol_with(workspace, data_dir, sqlite_context, server.url)
    yield data_dir, workspace, server.url
    workspace.close()


def test_a_copied_data_folder_without_the_installation_key_cannot_read_sign_or_sync(
    tmp_path: Path, station: tuple[Path, Workspace, str], sqlite_context: CentralContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir, workspace, url = station
    receive(workspace, 2)
    assert sync(workspace, data_dir).push.acknowledged == 2
    config = load_config(workspace)
    secrets = secrets_of(workspace)
    workspace.close()
    stolen = tmp_path / "stolen"
    shutil.copytree(data_dir, stolen)
    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "attacker-keys"))

    with pytest.raises(StorageError, match="Không tìm thấy khoá giải mã"):
        load_config(stolen)
    with pytest.raises(StorageError, match="Không tìm thấy khoá giải mã"):
        signing_key(stolen)
    with pytest.raises(StorageError, match="Không tìm thấy khoá giải mã"):
        sealing_key(stolen)
    with pytest.raises(StorageError, match="Không tìm thấy khoá giải mã"):
        require_enrolment(stolen)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"), \
            closing(sqlite3.connect(stolen / "counter.db")) as raw:
        raw.execute("SELECT * FROM sync_config").fetchall()
    assert files_holding(stolen, secrets) == []

    # What is left to an attacker: a batch signed with a key of his own, in the name of the
    # workstation, sent without the token. The central server refuses it; nothing is stored.
    forged = write_batch(
        BatchIdentity(str(config.workstation_id), str(config.agency_code),
                      Ed25519PrivateKey.generate()),
        [received_message(dossier_code(9001), str(config.workstation_id))],
        recipients=[x25519_public_from_b64(str(config.central_public_key))],
        created_at=clock.now().isoformat(),
    )
    with pytest.raises(ServerRejectedError) as refused:
        api_for(url).upload_batch(forged)
    assert refused.value.status == 401
    stored = sqlite_context.database.run(
        lambda s: s.scalar(select(func.count()).select_from(Message)))
    assert stored == 2

    # With the installation's key the very same copy opens: the key is what was missing.
    monkeypatch.undo()
    assert load_config(stolen).token == secrets.token
    assert raw_private_bytes(signing_key(stolen)) == raw_private_bytes(secrets.keys[0])


def test_no_token_or_private_key_in_any_file_of_the_data_folder(
    tmp_path: Path, station: tuple[Path, Workspace, str]
) -> None:
    data_dir, workspace, _url = station
    receive(workspace, 3)
    export_batch(workspace, data_dir, tmp_path / "usb" / "lo.oscb", actor=VILLAGE)
    assert sync(workspace, data_dir).push.acknowledged == 3
    assert CursorStore(workspace.store).get("stream:catalogue") is not None
    assert PeerStore(workspace.store).all() != {}
    secrets = secrets_of(workspace)
    assert len(secrets.needles()) == 9
    assert files_holding(data_dir, secrets) == []  # open: the write-ahead log too
    workspace.close()
    assert files_holding(data_dir, secrets) == []
    assert clear_sync_files(data_dir) == []


def test_the_scan_finds_a_secret_left_in_clear(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    secrets = Secrets("token-in-clear", (key,))
    (tmp_path / "a").write_bytes(b"x" + raw_private_bytes(key) + b"y")
    (tmp_path / "b.json").write_text('{"token": "token-in-clear"}', encoding="utf-8")
    assert files_holding(tmp_path, secrets) == ["a: key 0 raw", "b.json: token"]


# Upgrade from the files of earlier versions --------------------------------------------


@dataclass(frozen=True)
class OldFiles:
    token: str
    signing: Ed25519PrivateKey
    sealing: X25519PrivateKey
    peer_key: str


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def write_old_files(data_dir: Path) -> OldFiles:
    """The sync folder as earlier versions left it, written by hand in their format."""
    folder = data_dir / "sync"
    folder.mkdir(parents=True, exist_ok=True)
    old = OldFiles("tok-3f9a-old-format", Ed25519PrivateKey.generate(),
                   X25519PrivateKey.generate(),
                   public_key_b64(Ed25519PrivateKey.generate().public_key()))
    config = {"server_url": "https://motcua.example.vn", "ca_bundle": None,
              "pinned_certificate": "/etc/onestop/server.pem", "workstation_id": "ws-17",
              "agency_code": "000.00.12.H42", "token": old.token,
              "central_public_key": public_key_b64(X25519PrivateKey.generate().public_key()),
              "clock_tolerance_minutes": 7, "push_batch_size": 50, "code_block_size": 100}
    (folder / "sync.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    (folder / "workstation-ed25519.pem").write_bytes(_pem(old.signing))
    (folder / "workstation-x25519.pem").write_bytes(_pem(old.sealing))
    (folder / "cursors.json").write_text(
        json.dumps({"stream:catalogue": "c-41", "attachments:after_id": 12}), encoding="utf-8")
    peer = {"id": "ws-20", "name": "Thôn 3", "agency_code": "000.00.12.H42",
            "signing_key": old.peer_key, "encryption_key": None, "revoked": False}
    (folder / "peers.json").write_text(json.dumps({"ws-20": peer}, ensure_ascii=False),
                                       encoding="utf-8")
    with closing(sqlite3.connect(folder / "batch-ledger.sqlite3")) as ledger:
        ledger.execute("CREATE TABLE seen (message_id TEXT PRIMARY KEY, content_hash TEXT "
                       "NOT NULL, batch_sha256 TEXT NOT NULL, seen_at TEXT NOT NULL)")
        ledger.executemany("INSERT INTO seen VALUES (?, ?, ?, ?)", [
            ("m-1", "h-1", "b" * 64, "2026-11-02T08:00:00+07:00"),
            ("m-2", "h-2", "b" * 64, "2026-11-02T08:00:00+07:00"),
        ])
        ledger.commit()
    return old


def assert_imported(workspace: Workspace, old: OldFiles) -> None:
    config = load_config(workspace)
    assert (config.server_url, config.workstation_id, config.token) == (
        "https://motcua.example.vn", "ws-17", old.token)
    assert (config.pinned_certificate, config.clock_tolerance_minutes,
            config.push_batch_size) == ("/etc/onestop/server.pem", 7, 50)
    assert raw_private_bytes(signing_key(workspace)) == raw_private_bytes(old.signing)
    assert raw_private_bytes(sealing_key(workspace)) == raw_private_bytes(old.sealing)
    cursors = CursorStore(workspace.store)
    assert (cursors.get("stream:catalogue"), cursors.get("attachments:after_id")) == ("c-41", 12)
    peers = PeerStore(workspace.store)
    assert list(peers.all()) == ["ws-20"] and peers.all()["ws-20"].name == "Thôn 3"
    assert peers.signing_key_for("ws-20") is not None


def test_the_upgrade_imports_the_old_files_then_removes_them(data_dir: Path) -> None:
    Workspace(data_dir).close()
    old = write_old_files(data_dir)
    with Workspace(data_dir) as workspace:
        assert clear_sync_files(data_dir) == []
        assert sorted(p.name for p in sync_dir(data_dir).iterdir()) == []
        assert_imported(workspace, old)
        counts = BatchLedger(workspace.store).record("c" * 64, [("m-1", "h-1"), ("m-2", "X"),
                                                                ("m-3", "h-3")])
        assert (counts.new, counts.duplicates, counts.conflicts) == (1, 1, 1)
        assert check_sync_secrets(data_dir).level is Level.OK
        secrets = Secrets(old.token, (old.signing, old.sealing))
    assert files_holding(data_dir, secrets) == []


def test_a_crash_between_import_and_removal_imports_again_without_change(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Workspace(data_dir).close()
    old = write_old_files(data_dir)
    with monkeypatch.context() as crash:
        crash.setattr("counter.sync_upgrade._remove", lambda path: None)  # dies before unlink
        with Workspace(data_dir) as workspace, workspace.store.write() as session:
            CursorStore(workspace.store).advance(session, "stream:catalogue", "c-42")
    assert len(clear_sync_files(data_dir)) == 6
    with Workspace(data_dir) as workspace:  # imported again, then removed
        assert clear_sync_files(data_dir) == []
        assert_imported_after_crash(workspace, old)


def assert_imported_after_crash(workspace: Workspace, old: OldFiles) -> None:
    assert load_config(workspace).token == old.token
    assert raw_private_bytes(signing_key(workspace)) == raw_private_bytes(old.signing)
    assert CursorStore(workspace.store).get("stream:catalogue") == "c-42"
    counts = BatchLedger(workspace.store).record("c" * 64, [("m-1", "h-1"), ("m-2", "h-2")])
    assert (counts.new, counts.duplicates, counts.conflicts) == (0, 2, 0)


def test_an_unreadable_old_file_stays_and_doctor_says_so(data_dir: Path) -> None:
    Workspace(data_dir).close()
    old = write_old_files(data_dir)
    (data_dir / "sync" / "sync.json").write_text("{ not json", encoding="utf-8")
    with Workspace(data_dir) as workspace:
        assert [p.name for p in clear_sync_files(data_dir)] == ["sync.json"]
        assert raw_private_bytes(signing_key(workspace)) == raw_private_bytes(old.signing)
        assert load_config(workspace).enrolled is False
        result = check_sync_secrets(data_dir)
    assert result.level is Level.PROBLEM
    assert result.detail == "còn tệp cũ không mã hoá trong thư mục sync: sync.json"


def test_a_batch_sealed_to_the_office_opens_only_with_the_installation_key(
    tmp_path: Path, station: tuple[Path, Workspace, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, workspace, _url = station
    config = load_config(workspace)
    batch = write_batch(
        BatchIdentity("ws-other", str(config.agency_code), Ed25519PrivateKey.generate()),
        [], recipients=[sealing_key(workspace).public_key()], created_at=clock.now().isoformat())
    workspace.close()
    stolen = tmp_path / "stolen"
    shutil.copytree(data_dir, stolen)
    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "attacker-keys"))
    with pytest.raises(StorageError, match="Không tìm thấy khoá giải mã"):
        check_locally(stolen, batch)
