"""The central server's listening socket: small answers leave at once (TCP_NODELAY)."""

from __future__ import annotations

import socket

from sync.central.server import bind_socket


def test_the_bound_socket_has_tcp_nodelay_and_names_tcp() -> None:
    with bind_socket("127.0.0.1", 0) as sock:
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
        assert sock.proto == socket.IPPROTO_TCP


def test_an_accepted_connection_is_recognised_as_tcp_and_has_tcp_nodelay() -> None:
    with bind_socket("127.0.0.1", 0) as listener:
        client = socket.create_connection(listener.getsockname(), timeout=5)
        accepted, _ = listener.accept()
        with client, accepted:
            # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP
            assert accepted.proto == socket.IPPROTO_TCP
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
