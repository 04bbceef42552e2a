"""Attachments on the central server: who learns what, who writes where, what lies on disk.

Two agencies on SQLite and PostgreSQL. Each test reproduces an attack on the reference
server (hash probing, writing into another workstation's upload, a hash with a trailing
newline, readable files) and shows the refusal.
"""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select, update

from counter.errors import StorageError
from sync.batchfile import BatchIdentity, write_batch
from sync.central import admin
from sync.central.context import CentralContext, open_context
from sync.central.models import Attachment, AttachmentUpload
from sync.central.services.common import utc_now
from sync.central.settings import load_settings
from sync.errors import ServerRejectedError
from sync.keys import x25519_public_from_b64
from sync.protocol import SHA256_PATTERN, AttachmentQuery
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import BASE_TIME, EnrolledWorkstation, enrol_workstation

AGENCY_A = "000.00.12.H42"
AGENCY_B = "000.00.31.H42"


def _two_agencies(
    context: CentralContext, url: str
) -> tuple[EnrolledWorkstation, EnrolledWorkstation]:
    first = enrol_workstation(context, url, agency=AGENCY_A, name="Một cửa xã A")
    second = enrol_workstation(context, url, agency=AGENCY_B, name="Một cửa xã B")
    return first, second


def _offsets(station: EnrolledWorkstation, digests: list[str]) -> dict[str, int]:
    return {m.sha256: m.offset for m in station.api.missing_attachments(digests).missing}


def _stored_files(context: CentralContext) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(Attachment)))


def test_the_query_tells_another_agency_nothing_about_stored_files(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    scan = os.urandom(70_000)
    digest = hashlib.sha256(scan).hexdigest()
    never_sent = hashlib.sha256(b"never sent").hexdigest()
    a.api.upload_content(scan)
    assert _offsets(a, [digest, never_sent]) == {never_sent: 0}
    colleague = enrol_workstation(central_context, live_server.url, agency=AGENCY_A, name="Quầy 2")
    assert _offsets(colleague, [digest]) == {}
    # to another agency a stored file looks exactly like one nobody sent
    assert _offsets(b, [digest, never_sent]) == {digest: 0, never_sent: 0}
    assert b.api.upload_chunk(digest, 0, scan[:1000]) == 1000
    with pytest.raises(ServerRejectedError, match="mới nhận 1000 trên 70000 byte") as caught:
        b.api.finish_attachment(digest, len(scan))
    assert caught.value.status == 409
    # sending the whole file proves possession: then the agency holds it, stored once
    assert b.api.upload_content(scan) == digest
    assert _offsets(b, [digest]) == {}
    assert _stored_files(central_context) == 1
    assert central_context.attachments.read(digest) == scan


def test_nobody_writes_into_another_workstations_unfinished_upload(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    colleague = enrol_workstation(central_context, live_server.url, agency=AGENCY_A, name="Quầy 2")
    scan = os.urandom(200_000)
    digest = hashlib.sha256(scan).hexdigest()
    assert a.api.upload_chunk(digest, 0, scan[:100_000]) == 100_000
    for intruder in (b, colleague):
        with pytest.raises(ServerRejectedError, match="tiếp tục từ byte 0") as caught:
            intruder.api.upload_chunk(digest, 100_000, b"\x00" * 100_000)
        assert caught.value.status == 409
        assert "máy trạm khác không dùng chung" in str(caught.value)
        with pytest.raises(ServerRejectedError, match="mới nhận 0 trên 200000") as caught:
            intruder.api.finish_attachment(digest, len(scan))
        assert caught.value.status == 409
        # its own bytes at offset 0 go to its own upload, never into the other one
        assert intruder.api.upload_chunk(digest, 0, b"\xff" * 50_000) == 50_000
        assert _offsets(intruder, [digest]) == {digest: 50_000}
    assert _offsets(a, [digest]) == {digest: 100_000}
    assert a.api.upload_chunk(digest, 100_000, scan[100_000:]) == 200_000
    assert a.api.finish_attachment(digest, len(scan)).size == len(scan)
    assert central_context.attachments.read(digest) == scan


def test_stale_unfinished_uploads_expire_a_few_per_call(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url, agency=AGENCY_A)
    digests = [hashlib.sha256(f"scan {n}".encode()).hexdigest() for n in range(25)]
    for digest in digests:
        station.api.upload_chunk(digest, 0, b"partial")
    partial_dir = central_context.settings.attachments_dir / "partial" / station.workstation_id
    assert len(list(partial_dir.iterdir())) == 25
    long_ago = utc_now() - timedelta(hours=25)
    central_context.database.run(
        lambda s: s.execute(update(AttachmentUpload).values(updated_at=long_ago))
    )
    fresh = hashlib.sha256(b"fresh").hexdigest()
    station.api.upload_chunk(fresh, 0, b"new")
    assert len(list(partial_dir.iterdir())) == 25 + 1 - 20
    assert _offsets(station, [digests[-1], fresh]) == {digests[-1]: 0, fresh: 3}
    assert sorted(p.name for p in partial_dir.iterdir()) == [fresh]
    uploads = central_context.database.run(
        lambda s: s.scalars(select(AttachmentUpload.sha256)).all()
    )
    assert uploads == [fresh]


def test_a_hash_with_a_trailing_newline_is_refused_everywhere(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url, agency=AGENCY_A)
    digest = hashlib.sha256(b"x").hexdigest()
    assert SHA256_PATTERN.fullmatch(digest) and not SHA256_PATTERN.match(digest + "\n")
    with pytest.raises(ValueError, match="SHA-256"):
        AttachmentQuery(sha256=[digest + "\n"])
    with pytest.raises(ServerRejectedError, match="SHA-256") as caught:
        station.api.missing_attachments([digest + "\n"])
    assert caught.value.status == 422
    auth = {"Authorization": f"Bearer {station.token}", "Content-Type": "application/json"}
    for method, path in (("PUT", f"{digest}%0A"), ("POST", f"{digest}%0A/finish")):
        reply = requests.request(
            method,
            f"{live_server.url}/v1/attachments/{path}",
            params={"offset": 0},
            data=b"x" if method == "PUT" else b'{"size": 1}',
            headers=auth,
            timeout=10,
        )
        assert reply.status_code == 422, (method, reply.text)
        assert "SHA-256" in reply.json()["error"]["message"]
    assert not any(central_context.settings.attachments_dir.rglob(f"{digest}*"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_server_folder_database_keys_and_files_are_owner_only_and_files_encrypted(
    tmp_path: Path, start_server: StartServer
) -> None:
    data_dir = tmp_path / "data"
    (data_dir / "central").mkdir(parents=True, mode=0o755)
    database = data_dir / "central" / "central.sqlite3"
    database.touch(mode=0o644)
    os.chmod(database, 0o644)
    context = open_context(load_settings(data_dir))
    try:
        server = start_server(context)
        station = enrol_workstation(context, server.url, agency=AGENCY_A)
        scan = b"%PDF-1.4 CCCD 001090123456 Nguyen Van A " * 5000
        digest = hashlib.sha256(scan).hexdigest()
        station.api.upload_chunk(digest, 0, scan[:1000])
        partial = context.settings.attachments_dir / "partial" / station.workstation_id / digest
        assert _mode(partial) == 0o600
        station.api.upload_content(scan)
        home = context.settings.home
        assert _mode(home) == 0o700
        assert _mode(database) == 0o600
        assert _mode(Path(f"{database}-wal")) == 0o600
        assert _mode(context.settings.private_key_path) == 0o600
        assert _mode(context.settings.file_key_path) == 0o600
        assert _mode(context.settings.attachments_dir) == 0o700
        stored = context.attachments.stored_path(digest)
        assert _mode(stored) == 0o600 and _mode(stored.parent) == 0o700
        on_disk = stored.read_bytes()
        assert b"001090123456" not in on_disk and b"%PDF" not in on_disk
        assert context.attachments.read(digest) == scan
        tampered = bytearray(on_disk)
        tampered[len(tampered) // 2] ^= 1
        stored.write_bytes(bytes(tampered))
        with pytest.raises(StorageError, match="sai mã xác thực"):
            context.attachments.read(digest)
        stored.write_bytes(on_disk[: len(on_disk) - 40_000])
        with pytest.raises(StorageError):
            context.attachments.read(digest)
        # a file stored in clear before encryption stays readable
        stored.write_bytes(scan)
        assert context.attachments.read(digest) == scan
        # and the administrator encrypts such files, a bounded number per call
        assert admin.seal_clear_attachments(context) == 1
        assert b"001090123456" not in stored.read_bytes() and _mode(stored) == 0o600
        assert context.attachments.read(digest) == scan
        assert admin.seal_clear_attachments(context) == 0
    finally:
        context.close()


def test_a_batch_makes_its_signers_agency_a_holder_of_its_files(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    scan = b"scan carried on a USB stick"
    digest = hashlib.sha256(scan).hexdigest()
    data = write_batch(
        BatchIdentity(a.workstation_id, a.agency_code, a.signing_key),
        [],
        recipients=[x25519_public_from_b64(a.central_public_key)],
        created_at=BASE_TIME.isoformat(),
        attachments={digest: scan},
    )
    assert a.api.upload_batch(data).attachments_stored == 1
    assert _offsets(a, [digest]) == {}
    assert _offsets(b, [digest]) == {digest: 0}
    assert b.api.upload_content(scan) == digest
    assert _stored_files(central_context) == 1
    assert central_context.attachments.read(digest) == scan
