"""No body is read or inflated before the caller is known, and inflation is bounded server-wide.

Findings reproduced on loopback: gzip bodies inflated before the token was
checked (20 unauthenticated bombs took a server from 85 MiB to 2.2 GiB), and
a streamed body over the limit answered 500 instead of 413.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central import admin
from sync.central.context import CentralContext, open_context
from sync.central.middleware import MAX_JSON_BODY
from sync.central.settings import SETTINGS_FILE, central_home, load_settings
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import api_for, dossier_code, enrol_workstation, received_message
from tests.sync.processes import ServerProcess
from tests.sync.workstation import AGENCY

MIB = 1024 * 1024
BOMB = gzip.compress(b"\0" * (MAX_JSON_BODY + MIB), compresslevel=9)
CONCURRENT_BOMBS = 20


def _push_body(workstation_id: str) -> bytes:
    message = received_message(dossier_code(1), workstation_id)
    return gzip.compress(json.dumps({"messages": [message]}).encode())


def _error_code(response: requests.Response) -> str:
    code: str = response.json()["error"]["code"]
    return code


def _raw_exchange(url: str, head: str, timeout: float = 10) -> tuple[int, dict[str, Any]]:
    """Send only a request head (no body) and read the answer: a server that waited for the
    body would not answer at all (the socket times out)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as conn:
        conn.sendall(head.encode("latin-1"))
        answer = b""
        while b"\r\n\r\n" not in answer or not _complete(answer):
            chunk = conn.recv(65536)
            if not chunk:
                break
            answer += chunk
    head_part, _, body = answer.partition(b"\r\n\r\n")
    status = int(head_part.split(b" ", 2)[1])
    return status, json.loads(body)


def _complete(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def _head(path: str, length: int, token: str | None = None) -> str:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Encoding: gzip\r\nContent-Length: {length}\r\n{auth}\r\n"
    )


def test_the_token_is_checked_before_any_byte_of_the_body(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    for path in ("/v1/push", "/v1/batches", "/v1/attachments/" + "a" * 64, "/v1/nothing/at/all"):
        status, body = _raw_exchange(live_server.url, _head(path, 1000))
        expected = 404 if path.startswith("/v1/nothing") else 401
        assert status == expected, path
        assert set(body["error"]) == {"code", "message", "details"}
    status, body = _raw_exchange(live_server.url, _head("/v1/push", 1000, "not-a-token"))
    assert status == 401 and body["error"]["code"] == "unauthorized"
    admin.revoke_workstation(central_context, station.workstation_id, "mất máy")
    status, body = _raw_exchange(live_server.url, _head("/v1/push", 1000, station.token))
    assert status == 403 and body["error"]["code"] == "workstation_revoked"


def test_public_routes_and_the_known_caller_still_work(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    assert requests.get(f"{live_server.url}/v1/time", timeout=10).status_code == 200
    assert requests.get(f"{live_server.url}/openapi.json", timeout=10).status_code == 200
    station = enrol_workstation(central_context, live_server.url)
    compressed = _push_body(station.workstation_id)
    answer = requests.post(
        f"{live_server.url}/v1/push",
        data=compressed,
        headers={
            "Authorization": f"Bearer {station.token}",
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
        },
        timeout=10,
    )
    assert answer.status_code == 200 and answer.json()["results"][0]["result"] == "accepted"
    wrong_method = requests.delete(f"{live_server.url}/v1/push", timeout=10)
    assert wrong_method.status_code == 401


def _chunks(total: int, size: int = MIB) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        piece = min(size, total - sent)
        yield os.urandom(piece)
        sent += piece


def _post(url: str, token: str | None, data: Any, *, gzip_body: bool, method: str = "POST") -> Any:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if gzip_body:
        headers["Content-Encoding"] = "gzip"
    return requests.request(method, url, data=data, headers=headers, timeout=60)


@pytest.fixture
def small_limits(tmp_path: Path, database_url: str) -> Iterator[CentralContext]:
    settings = dataclasses.replace(
        load_settings(tmp_path / "small", database_url=database_url),
        max_chunk_bytes=4000,
        max_batch_bytes=8000,
    )
    context = open_context(settings)
    try:
        yield context
    finally:
        context.close()


def test_streamed_bodies_over_the_limit_get_413_plain_and_gzip(
    small_limits: CentralContext, start_server: StartServer
) -> None:
    server = start_server(small_limits)
    station = enrol_workstation(small_limits, server.url)
    digest = "b" * 64
    routes = [
        ("PUT", f"{server.url}/v1/attachments/{digest}?offset=0", 4000),
        ("POST", f"{server.url}/v1/batches", 8000),
        ("POST", f"{server.url}/v1/push", MAX_JSON_BODY),
    ]
    for method, url, limit in routes:
        # Streamed (chunked, no Content-Length): the limit is passed by the last chunk.
        plain = _post(
            url,
            station.token,
            _chunks(limit + 1, size=max(1, limit // 4)),
            gzip_body=False,
            method=method,
        )
        assert plain.status_code == 413, (url, plain.text)
        assert _error_code(plain) == "too_large" and str(limit) in plain.json()["error"]["message"]
        # Compressed bytes over the limit are refused before inflation.
        packed = _post(
            url,
            station.token,
            _chunks(limit + 1, size=max(1, limit // 4)),
            gzip_body=True,
            method=method,
        )
        assert packed.status_code == 413, (url, packed.text)
        # A small gzip stream that inflates past the limit.
        bomb = gzip.compress(b"\0" * (limit + 1))
        inflated = _post(
            url, station.token, iter([bomb[:100], bomb[100:]]), gzip_body=True, method=method
        )
        assert inflated.status_code == 413, (url, inflated.text)
        assert _error_code(inflated) == "too_large"
    enrol = _post(f"{server.url}/v1/enrol", None, _chunks(65 * 1024, 16 * 1024), gzip_body=False)
    assert enrol.status_code == 413 and _error_code(enrol) == "too_large"
    assert [m.offset for m in station.api.missing_attachments([digest]).missing] == [0]


def test_broken_gzip_is_refused_and_the_budget_comes_back(
    tmp_path: Path, database_url: str, start_server: StartServer
) -> None:
    settings = dataclasses.replace(
        load_settings(tmp_path / "budget", database_url=database_url),
        max_inflating_bytes=4 * MIB,
    )
    context = open_context(settings)
    try:
        server = start_server(context)
        station = enrol_workstation(context, server.url)
        push = f"{server.url}/v1/push"
        valid = _push_body(station.workstation_id)
        for broken in (valid[:-12], b"not gzip at all", b""):
            answer = _post(push, station.token, broken, gzip_body=True)
            assert answer.status_code == 400 and _error_code(answer) == "bad_encoding"
        for _ in range(5):
            busy = _post(push, station.token, BOMB, gzip_body=True)
            assert busy.status_code == 503 and _error_code(busy) == "busy"
            assert int(busy.headers["Retry-After"]) > 0
        # Every refused request gave its bytes back: a small gzip body still goes through.
        answer = _post(push, station.token, valid, gzip_body=True)
        assert answer.status_code == 200 and answer.json()["results"][0]["result"] == "accepted"
        deflate = requests.post(
            push,
            data=b"x",
            headers={"Authorization": f"Bearer {station.token}", "Content-Encoding": "br"},
            timeout=10,
        )
        assert deflate.status_code == 415
    finally:
        context.close()


def _memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in bytes."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) * 1024
    return values


def _reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def _send_bombs(url: str, token: str | None) -> list[int]:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"

    def one(_: int) -> int:
        return requests.post(f"{url}/v1/push", data=BOMB, headers=headers, timeout=120).status_code

    with ThreadPoolExecutor(CONCURRENT_BOMBS) as pool:
        return list(pool.map(one, range(CONCURRENT_BOMBS)))


def test_concurrent_gzip_bombs_keep_the_server_memory_bounded(tmp_path: Path) -> None:
    budget = 64 * MIB
    home = central_home(tmp_path)
    home.mkdir(parents=True)
    (home / SETTINGS_FILE).write_text(json.dumps({"max_inflating_bytes": budget}))
    server = ServerProcess(tmp_path)
    try:
        pid = server.process.pid
        context = open_context(load_settings(tmp_path))
        try:
            code = admin.create_enrolment_code(context, AGENCY)
        finally:
            context.close()
        token = (
            api_for(server.url).enrol(code, "Quầy 1", AGENCY, Ed25519PrivateKey.generate()).token
        )
        assert _post(f"{server.url}/v1/push", token, BOMB, gzip_body=True).status_code == 413

        _reset_peak(pid)
        before = _memory(pid)["VmRSS"]
        statuses = _send_bombs(server.url, None)
        growth = _memory(pid)["VmHWM"] - before
        assert statuses == [401] * CONCURRENT_BOMBS
        assert growth < 32 * MIB, f"{growth / MIB:.0f} MiB for unauthenticated requests"

        _reset_peak(pid)
        before = _memory(pid)["VmRSS"]
        statuses = _send_bombs(server.url, token)
        growth = _memory(pid)["VmHWM"] - before
        assert set(statuses) <= {413, 503}, statuses
        # At most the budget is inflated at once (plus the copy handed on, and the server's own).
        assert growth < budget + 64 * MIB, f"{growth / MIB:.0f} MiB for 20 inflated bombs"
        assert _post(f"{server.url}/v1/push", token, BOMB, gzip_body=True).status_code == 413
    finally:
        server.stop()
