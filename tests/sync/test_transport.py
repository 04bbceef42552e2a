"""The HTTP client against real local servers: retries, no retry on 4xx, TLS and pinning."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.central.context import CentralContext
from sync.central.server import TlsFiles
from sync.client.config import SyncConfig
from sync.client.connectivity import ServerProbe, probe_server
from sync.errors import (
    CertificateError,
    ServerRejectedError,
    ServerUnreachableError,
    WorkstationRefusedError,
)
from sync.retry import RetryPolicy
from sync.transport import Transport, TransportSettings
from tests.sync.fixtures import LiveServer

Script = list[tuple[int, dict[str, str], dict[str, object]]]


class ScriptedServer:
    """Answers each request with the next scripted (status, headers, body); counts requests."""

    def __init__(self, script: Script) -> None:
        self.script = list(script)
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                owner.requests += 1
                status, headers, body = owner.script.pop(0) if owner.script else (500, {}, {})
                data = json.dumps(body).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def scripted() -> Iterator[Callable[[Script], ScriptedServer]]:
    servers: list[ScriptedServer] = []

    def make(script: Script) -> ScriptedServer:
        servers.append(ScriptedServer(script))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def _transport(url: str, waits: list[float], attempts: int = 5, **kwargs: object) -> Transport:
    policy = RetryPolicy(max_attempts=attempts, base_delay=0.5, max_delay=4.0, jitter=0.0)
    return Transport(
        TransportSettings(base_url=url, policy=policy, **kwargs),  # type: ignore[arg-type]
        sleep=waits.append,
    )


def test_503_then_200_is_retried_until_it_succeeds(
    scripted: Callable[[Script], ScriptedServer],
) -> None:
    server = scripted([(503, {}, {}), (503, {}, {}), (200, {}, {"ok": True})])
    waits: list[float] = []
    answer = _transport(server.url, waits).request("POST", "/v1/push", json={"messages": []})
    assert answer.body == {"ok": True}
    assert server.requests == 3
    assert waits == [0.5, 1.0]


def test_429_waits_as_long_as_retry_after_says(
    scripted: Callable[[Script], ScriptedServer],
) -> None:
    server = scripted([(429, {"Retry-After": "3"}, {}), (200, {}, {"ok": True})])
    waits: list[float] = []
    _transport(server.url, waits).request("GET", "/v1/time")
    assert waits == [3.0]


def test_422_is_not_retried_and_carries_the_servers_reason(
    scripted: Callable[[Script], ScriptedServer],
) -> None:
    reason = {
        "error": {
            "code": "invalid_request",
            "message": "Yêu cầu không hợp lệ.",
            "details": ["size: phải là số nguyên"],
        }
    }
    server = scripted([(422, {}, reason), (200, {}, {})])
    waits: list[float] = []
    with pytest.raises(ServerRejectedError) as caught:
        _transport(server.url, waits).request("POST", "/v1/code-blocks", json={})
    assert server.requests == 1 and waits == []
    assert caught.value.status == 422
    assert "size: phải là số nguyên" in caught.value.message


def test_403_becomes_a_refused_workstation(scripted: Callable[[Script], ScriptedServer]) -> None:
    body = {"error": {"code": "workstation_revoked", "message": "Máy trạm đã bị thu hồi."}}
    server = scripted([(403, {}, body)])
    with pytest.raises(WorkstationRefusedError, match="thu hồi"):
        _transport(server.url, []).request("GET", "/v1/pull/catalogue")


def test_persistent_5xx_gives_up_after_the_bounded_attempts(
    scripted: Callable[[Script], ScriptedServer],
) -> None:
    server = scripted([(502, {}, {})] * 10)
    waits: list[float] = []
    with pytest.raises(ServerUnreachableError, match="3 lần thử"):
        _transport(server.url, waits, attempts=3).request("GET", "/v1/time")
    assert server.requests == 3 and len(waits) == 2


def test_unreachable_server_is_retried_then_reported(
    scripted: Callable[[Script], ScriptedServer],
) -> None:
    server = scripted([])
    url = server.url
    server.close()
    waits: list[float] = []
    with pytest.raises(ServerUnreachableError, match="giữ trên máy"):
        _transport(url, waits, attempts=3).request("GET", "/v1/time")
    assert len(waits) == 2


def _self_signed(directory: Path, name: str) -> TlsFiles:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / f"{name}.pem", directory / f"{name}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return TlsFiles(cert_path, key_path)


@pytest.fixture
def tls_server(
    tmp_path: Path, sqlite_context: CentralContext, start_server: Callable[..., LiveServer]
) -> tuple[LiveServer, TlsFiles]:
    tls = _self_signed(tmp_path, "central")
    return start_server(sqlite_context, tls), tls


def test_https_with_the_servers_certificate_trusted_and_pinned(
    tls_server: tuple[LiveServer, TlsFiles],
) -> None:
    server, tls = tls_server
    transport = _transport(
        server.url, [], ca_bundle=tls.certificate, pinned_certificate=tls.certificate
    )
    assert "server_time" in transport.request("GET", "/v1/time").body


def test_https_refuses_an_untrusted_certificate_without_retrying(
    tls_server: tuple[LiveServer, TlsFiles],
) -> None:
    server, _ = tls_server
    waits: list[float] = []
    transport = _transport(server.url, waits)
    with pytest.raises(CertificateError, match="không được tin cậy"):
        transport.request("GET", "/v1/time")
    assert waits == [] and transport.attempts_made == 1


def test_https_refuses_a_trusted_certificate_that_is_not_the_pinned_one(
    tmp_path: Path, tls_server: tuple[LiveServer, TlsFiles]
) -> None:
    server, tls = tls_server
    other = _self_signed(tmp_path, "other")
    transport = _transport(
        server.url, [], ca_bundle=tls.certificate, pinned_certificate=other.certificate
    )
    with pytest.raises(CertificateError, match="đã ghim"):
        transport.request("GET", "/v1/time")


def test_every_answer_tells_the_server_time(
    sqlite_context: CentralContext, start_server: Callable[..., LiveServer]
) -> None:
    server = start_server(sqlite_context)
    heard: list[dt.datetime] = []
    with Transport(
        TransportSettings(base_url=server.url), on_server_time=heard.append
    ) as transport:
        transport.request("GET", "/v1/time")
    assert len(heard) == 1
    assert abs((heard[0] - dt.datetime.now(dt.UTC)).total_seconds()) < 60


def test_a_missing_ca_bundle_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CertificateError, match="Không tìm thấy tệp chứng chỉ CA"):
        Transport(TransportSettings(base_url="https://127.0.0.1:9", ca_bundle=tmp_path / "no.pem"))


def test_the_probe_trusts_only_the_pinned_certificate(
    tmp_path: Path, tls_server: tuple[LiveServer, TlsFiles]
) -> None:
    server, tls = tls_server
    other = _self_signed(tmp_path, "other")
    pinned = TransportSettings(base_url=server.url, ca_bundle=tls.certificate,
                               pinned_certificate=tls.certificate)
    assert probe_server(pinned, timeout=5) is True
    wrong_pin = TransportSettings(base_url=server.url, ca_bundle=tls.certificate,
                                  pinned_certificate=other.certificate)
    with pytest.raises(CertificateError, match="đã ghim"):
        probe_server(wrong_pin, timeout=5)
    config = SyncConfig(server_url=server.url, ca_bundle=str(tls.certificate),
                        pinned_certificate=str(other.certificate))
    watcher = ServerProbe.for_config(config)
    assert watcher.reachable() is False
    right = ServerProbe.for_config(
        config.with_changes(pinned_certificate=str(tls.certificate)))
    assert right.reachable() is True
