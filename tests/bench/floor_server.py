"""The floor for push benchmarks: a trivial uvicorn endpoint in its own process.

    python -m tests.bench.floor_server

It parses each push body (gzip, JSON) and acknowledges every message, nothing else:
the least any server can do with the same requests. Its socket names IPPROTO_TCP and
sets TCP_NODELAY, so small answers are not held back. Prints its address when ready.
"""

from __future__ import annotations

import gzip
import json
import socket
from datetime import UTC, datetime
from typing import Any

import uvicorn


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    more = True
    while more:
        event = await receive()
        body += event.get("body", b"")
        more = event.get("more_body", False)
    if (b"content-encoding", b"gzip") in scope["headers"]:
        body = gzip.decompress(body)
    messages = json.loads(body).get("messages", []) if body else []
    answer = json.dumps({
        "results": [{"index": i, "id": m.get("id"), "result": "accepted"}
                    for i, m in enumerate(messages)],
        "server_time": datetime.now(UTC).isoformat(),
    }).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": answer})


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    print(f"floor server on http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])


if __name__ == "__main__":
    main()
