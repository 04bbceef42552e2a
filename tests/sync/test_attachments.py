"""Attachments by content hash: resumable chunked upload, hash checked at the end."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

import pytest
import requests

from sync.central.context import CentralContext, open_context
from sync.central.settings import load_settings
from sync.errors import ServerRejectedError
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import enrol_workstation


def test_upload_resumes_from_what_the_server_has(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url)
    data = os.urandom(300_000)
    digest = hashlib.sha256(data).hexdigest()
    assert station.api.upload_chunk(digest, 0, data[:100_000]) == 100_000
    # the connection is cut here; later the workstation asks where to resume
    missing = station.api.missing_attachments([digest]).missing
    assert [(m.sha256, m.offset) for m in missing] == [(digest, 100_000)]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(data)
    assert station.api.upload_attachment(scan, chunk_size=64_000) == digest
    assert station.api.missing_attachments([digest]).missing == []
    assert sqlite_context.attachments.read(digest) == data
    assert station.api.upload_attachment(scan) == digest


def test_a_chunk_sent_twice_does_no_harm(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url)
    data = os.urandom(50_000)
    digest = hashlib.sha256(data).hexdigest()
    station.api.upload_chunk(digest, 0, data[:30_000])
    station.api.upload_chunk(digest, 0, data[:30_000])
    station.api.upload_chunk(digest, 30_000, data[30_000:])
    assert station.api.finish_attachment(digest, len(data)).size == len(data)


def test_a_gap_in_the_offsets_is_refused_with_where_to_resume(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url)
    digest = hashlib.sha256(b"abc").hexdigest()
    with pytest.raises(ServerRejectedError, match="tiếp tục từ byte 0") as caught:
        station.api.upload_chunk(digest, 10, b"c")
    assert caught.value.status == 409


def test_wrong_hash_is_refused_and_the_partial_upload_discarded(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url)
    claimed = hashlib.sha256(b"the real scan").hexdigest()
    station.api.upload_chunk(claimed, 0, b"something else")
    with pytest.raises(ServerRejectedError, match="không khớp mã SHA-256") as caught:
        station.api.finish_attachment(claimed, len(b"something else"))
    assert caught.value.status == 422
    assert [m.offset for m in station.api.missing_attachments([claimed]).missing] == [0]
    assert not sqlite_context.attachments.stored_path(claimed).exists()


def test_finishing_before_all_bytes_arrived_is_refused(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url)
    data = b"0123456789"
    digest = hashlib.sha256(data).hexdigest()
    station.api.upload_chunk(digest, 0, data[:4])
    with pytest.raises(ServerRejectedError, match="mới nhận 4 trên 10 byte"):
        station.api.finish_attachment(digest, len(data))


def test_a_malformed_hash_is_refused(
    sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url)
    with pytest.raises(ServerRejectedError, match="SHA-256") as caught:
        station.api.missing_attachments(["../../etc/passwd"])
    assert caught.value.status == 422
    with pytest.raises(ServerRejectedError, match="SHA-256"):
        station.api.upload_chunk("ABC", 0, b"x")


def test_bodies_larger_than_allowed_are_refused_with_413(
    tmp_path: Path, start_server: StartServer
) -> None:
    settings = dataclasses.replace(load_settings(tmp_path / "small"), max_chunk_bytes=1000)
    context = open_context(settings)
    try:
        server: LiveServer = start_server(context)
        station = enrol_workstation(context, server.url)
        digest = hashlib.sha256(b"x" * 1200).hexdigest()
        with pytest.raises(ServerRejectedError, match="quá lớn") as caught:
            station.api.upload_chunk(digest, 0, b"x" * 1200)
        assert caught.value.status == 413
        streamed = requests.put(
            f"{server.url}/v1/attachments/{digest}",
            params={"offset": 0},
            data=iter([b"x" * 600, b"x" * 600]),
            headers={"Authorization": f"Bearer {station.token}"},
            timeout=10,
        )
        assert streamed.status_code == 413
        assert [m.offset for m in station.api.missing_attachments([digest]).missing] == [0]
    finally:
        context.close()
