"""A loopback TCP proxy that loses the server's answers to the first pushes.

The request reaches the server (which commits), then the connection is cut
before the answer gets back: what a flaky mobile link does.
"""

from __future__ import annotations

import contextlib
import socket
import threading

CHUNK = 65536


class AnswerDroppingProxy:
    def __init__(self, upstream_port: int, drops: int, marker: bytes = b"POST /v1/push") -> None:
        self.upstream_port = upstream_port
        self.drops_left = drops
        self.marker = marker
        self.requests_seen = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30)
            client.settimeout(30)
            state = {"drop": False}
            threading.Thread(
                target=self._requests, args=(client, upstream, state), daemon=True
            ).start()
            threading.Thread(
                target=self._answers, args=(upstream, client, state), daemon=True
            ).start()

    def _requests(
        self, client: socket.socket, upstream: socket.socket, state: dict[str, bool]
    ) -> None:
        try:
            while data := client.recv(CHUNK):
                if data.startswith(self.marker):
                    with self._lock:
                        self.requests_seen += 1
                        if self.drops_left > 0:
                            self.drops_left -= 1
                            state["drop"] = True
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            _close(upstream)

    def _answers(
        self, upstream: socket.socket, client: socket.socket, state: dict[str, bool]
    ) -> None:
        try:
            while data := upstream.recv(CHUNK):
                if state["drop"]:
                    break
                client.sendall(data)
        except OSError:
            pass
        finally:
            _close(client)
            _close(upstream)

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=5)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
