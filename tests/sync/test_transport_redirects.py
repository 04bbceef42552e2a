"""The client never follows a redirect: not from https to http, not to another host, not at
all (the central API never redirects). Real loopback servers answer 307."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sync.errors import ServerRejectedError
from sync.retry import RetryPolicy
from sync.transport import Transport, TransportSettings
from tests.sync.test_transport import _self_signed


class LoopbackServer:
    """Answers every request with ``status`` and ``headers``; remembers the paths asked for
    and the bodies received. With ``tls``, speaks https with that certificate."""

    def __init__(self, status: int, headers: dict[str, str], tls: tuple[Path, Path] | None = None):
        self.paths: list[str] = []
        self.bodies: list[bytes] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                owner.bodies.append(self.rfile.read(length))
                owner.paths.append(self.path)
                data = json.dumps({"ok": True}).encode()
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
        self.scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def serve() -> Iterator[Callable[..., LoopbackServer]]:
    servers: list[LoopbackServer] = []

    def make(*args: object, **kwargs: object) -> LoopbackServer:
        servers.append(LoopbackServer(*args, **kwargs))  # type: ignore[arg-type]
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def _transport(url: str, waits: list[float], **kwargs: object) -> Transport:
    policy = RetryPolicy(max_attempts=4, base_delay=0.5, max_delay=4.0, jitter=0.0)
    return Transport(
        TransportSettings(base_url=url, token="workstation-token", policy=policy, **kwargs),  # type: ignore[arg-type]
        sleep=waits.append,
    )


def test_a_redirect_from_https_to_http_is_refused_and_nothing_reaches_the_http_address(
    tmp_path: Path, serve: Callable[..., LoopbackServer]
) -> None:
    tls = _self_signed(tmp_path, "central")
    clear = serve(200, {})
    redirecting = serve(
        307, {"Location": f"{clear.url}/v1/push"}, tls=(tls.certificate, tls.private_key)
    )
    waits: list[float] = []
    transport = _transport(redirecting.url, waits, ca_bundle=tls.certificate)
    with pytest.raises(ServerRejectedError) as caught:
        transport.request("POST", "/v1/push", json={"messages": [{"name": "Nguyễn Văn An"}]})
    assert caught.value.status == 307 and caught.value.reason_code == "redirect"
    assert caught.value.message.startswith(
        "Máy chủ trung tâm trả lời chuyển hướng từ https:// sang kết nối không mã hoá "
        f"(HTTP 307) sang {clear.url}/v1/push."
    )
    assert redirecting.paths == ["/v1/push"] and waits == []
    assert clear.paths == [] and clear.bodies == []


def test_a_redirect_to_another_host_or_port_is_refused(
    serve: Callable[..., LoopbackServer],
) -> None:
    elsewhere = serve(200, {})
    redirecting = serve(307, {"Location": f"{elsewhere.url}/v1/time"})
    with pytest.raises(ServerRejectedError, match=r"chuyển hướng \(HTTP 307\)"):
        _transport(redirecting.url, []).request("GET", "/v1/time")
    assert elsewhere.paths == [] and redirecting.paths == ["/v1/time"]


def test_even_a_redirect_on_the_same_server_is_refused(
    serve: Callable[..., LoopbackServer],
) -> None:
    redirecting = serve(301, {"Location": "/v1/time-moved"})
    with pytest.raises(ServerRejectedError, match=r"\(HTTP 301\) sang /v1/time-moved\."):
        _transport(redirecting.url, []).request("GET", "/v1/time")
    assert redirecting.paths == ["/v1/time"]
