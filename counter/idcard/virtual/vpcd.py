"""Feeding a virtual card to a vsmartcard-vpcd reader over its socket protocol.

vpcd (the PC/SC driver) and the card exchange messages of a 2-byte
big-endian length and a payload. A 1-byte payload is a control code
(0 power off, 1 power on, 2 reset, 4 send the ATR); anything longer is a
command APDU, answered with the response APDU. Inserting the card is
connecting, removing it is closing the connection.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable

from counter.idcard.virtual.card import VirtualCard
from counter.idcard.virtual.identity import VirtualIdentity
from counter.idcard.virtual.pki import TestPki

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
DEFAULT_PORT = 35963
POLL_SECONDS = 0.2

Connector = Callable[[], socket.socket]


def loopback_connector(host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> Connector:
    def connect() -> socket.socket:
        return socket.create_connection((host, port), timeout=5)

    return connect


class VpcdCardLink:
    """One virtual card in one vpcd reader slot, served by its own thread."""

    def __init__(self, card: VirtualCard, connect: Connector) -> None:
        self.card = card
        self.connect = connect
        self.sock: socket.socket | None = None
        self.thread: threading.Thread | None = None
        self.stop = threading.Event()

    @property
    def inserted(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def insert(self, card: VirtualCard | None = None) -> None:
        """Connect to vpcd (the reader sees a card) and answer it until removed."""
        self.remove()
        if card is not None:
            self.card = card
        self.card.reset()
        sock = self.connect()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(POLL_SECONDS)
        self.sock, self.stop = sock, threading.Event()
        self.thread = threading.Thread(
            target=self.serve, args=(sock, self.stop), name="virtual-card-vpcd", daemon=True
        )
        self.thread.start()

    def remove(self, timeout: float = 5.0) -> None:
        """Take the card out: close the connection (mid-command if need be)."""
        self.stop.set()
        sock, self.sock = self.sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        thread, self.thread = self.thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def receive(self, sock: socket.socket, size: int, stop: threading.Event) -> bytes | None:
        buffer = b""
        while len(buffer) < size and not stop.is_set():
            # vpcd writes the length and the payload separately: acknowledge at once
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            try:
                chunk = sock.recv(size - len(buffer))
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk:
                return None
            buffer += chunk
        return buffer if len(buffer) == size else None

    def serve(self, sock: socket.socket, stop: threading.Event) -> None:
        with contextlib.suppress(OSError):  # the connection went away: the card is out
            while not stop.is_set():
                header = self.receive(sock, 2, stop)
                if header is None:
                    return
                (length,) = struct.unpack(">H", header)
                payload = self.receive(sock, length, stop)
                if payload is None:
                    return
                answer = self.answer(payload)
                if answer is not None:
                    sock.sendall(struct.pack(">H", len(answer)) + answer)

    def answer(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            if payload[0] == GET_ATR:
                return self.card.atr
            if payload[0] in (POWER_OFF, POWER_ON, RESET):
                self.card.reset()
            return None
        return self.card.process(payload)


def start_virtual_card(
    identity: VirtualIdentity | None = None,
    *,
    pki: TestPki | None = None,
    connect: Connector | None = None,
) -> VpcdCardLink:
    """Demo mode: put a virtual CCCD (``identity`` or a demo citizen) into a vpcd reader.

    By default it connects to vpcd on 127.0.0.1:35963, the driver's usual port.
    """
    from counter.idcard.virtual.factory import make_card

    link = VpcdCardLink(make_card(identity, pki), connect or loopback_connector())
    link.insert()
    return link
