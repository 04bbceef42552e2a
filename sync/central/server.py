"""Running the central server with uvicorn on a socket we bind ourselves.

Binding first lets ``--port 0`` pick a free port and tell it before serving.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from sync.central.app import create_app
from sync.central.context import CentralContext


@dataclass(frozen=True)
class TlsFiles:
    certificate: Path
    private_key: Path


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket whose connections send small answers at once.

    The protocol is named (``IPPROTO_TCP``) so that asyncio recognises accepted
    connections as TCP and sets TCP_NODELAY on each; the listener carries the option
    too (Linux hands it down to accepted sockets). Without it a kept-alive answer waits
    for the client's delayed ACK (~40 ms per request)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.set_inheritable(True)
    return sock


def make_server(
    context: CentralContext, *, tls: TlsFiles | None = None, log_level: str = "warning"
) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(context),
        log_level=log_level,
        access_log=False,
        ssl_certfile=str(tls.certificate) if tls else None,
        ssl_keyfile=str(tls.private_key) if tls else None,
        timeout_graceful_shutdown=5,
    )
    return uvicorn.Server(config)
