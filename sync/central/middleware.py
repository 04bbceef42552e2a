"""The ASGI layers around the central server's routes, outermost first.

``ServerTimeHeader`` stamps every answer; ``WorkstationGate`` knows the caller
(one short database read) before any byte of the body is read; ``BodySizeLimit``
bounds the bytes received (compressed or not); ``GzipRequestBody`` inflates,
bounded per request and by a server-wide :class:`InflationBudget`.
"""

from __future__ import annotations

import enum
import threading
import zlib
from collections.abc import Sequence

import anyio.to_thread
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from counter.clock import now
from counter.errors import CounterError
from sync.central.context import CentralContext
from sync.central.errors import TooLargeError, http_status
from sync.central.services import workstations
from sync.protocol import SERVER_TIME_HEADER, ErrorBody, ErrorDetail

MAX_JSON_BODY = 32 * 1024 * 1024
CALLER_STATE = "workstation"
INFLATE_STEP = 256 * 1024
INFLATING_AT_ONCE = 4
INFLATE_FEED = 64 * 1024
BUSY_RETRY_AFTER_SECONDS = 5
HTTP_MESSAGES = {
    404: "Không có địa chỉ này trên máy chủ trung tâm.",
    405: "Phương thức không được hỗ trợ.",
}


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[str] | None = None,
    *,
    retry_after: int | None = None,
) -> JSONResponse:
    """The project's error body; ``retry_after`` (seconds) adds a ``Retry-After`` header."""
    body = ErrorBody(error=ErrorDetail(code=code, message=message, details=details or []))
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return JSONResponse(status_code=status, content=body.model_dump(), headers=headers)


def too_large_message(limit: int) -> str:
    return f"Nội dung gửi lên quá lớn (tối đa {limit} byte)."


class ServerTimeHeader:
    """Adds the server's clock to every answer, for the workstation's clock check."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((SERVER_TIME_HEADER.lower().encode(), now().isoformat().encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_time)


class WorkstationGate:
    """Authenticates the bearer token before the body is touched (except public routes).

    The caller's identity is left in ``scope["state"]`` for the routes. A path no
    route knows is answered 404 here, so that its body is not read either.
    """

    def __init__(
        self,
        app: ASGIApp,
        context: CentralContext,
        routes: Sequence[BaseRoute],
        public_paths: frozenset[str],
        public_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.context = context
        self.routes = routes
        self.public_paths = public_paths
        # Pages with their own login (the province's): no workstation token there.
        self.public_prefixes = public_prefixes

    def _match(self, scope: Scope) -> Match:
        best = Match.NONE
        for route in self.routes:
            match, _child = route.matches(scope)
            if match == Match.FULL:
                return match
            if match == Match.PARTIAL:
                best = match
        return best

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        match = self._match(scope)
        path = scope["path"]
        if match == Match.FULL and (path in self.public_paths
                                    or path.startswith(self.public_prefixes)):
            await self.app(scope, receive, send)
            return
        if match == Match.NONE:
            await error_response(404, "http_error", HTTP_MESSAGES[404])(scope, receive, send)
            return
        header = dict(scope["headers"]).get(b"authorization")
        authorization = header.decode("latin-1") if header is not None else None
        try:
            caller = await run_in_threadpool(
                self.context.database.run,
                lambda s: workstations.authenticate(s, authorization),
            )
        except CounterError as error:
            reply = error_response(http_status(error), error.code, error.message)
            await reply(scope, receive, send)
            return
        scope.setdefault("state", {})[CALLER_STATE] = caller
        await self.app(scope, receive, send)


class RouteLimits:
    """The largest body each route takes, by path prefix."""

    def __init__(self, limits: dict[str, int], default: int) -> None:
        self.limits = limits
        self.default = default

    def of(self, path: str) -> int:
        for prefix, limit in self.limits.items():
            if path.startswith(prefix):
                return limit
        return self.default


class BodySizeLimit:
    """Refuses request bodies larger than the route allows (413), before they fill memory.

    With a ``Content-Length`` the answer comes before reading; a streamed body is
    counted as it arrives, and whatever the inner layers answer once the limit is
    passed is replaced by the 413.
    """

    def __init__(self, app: ASGIApp, limits: RouteLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.of(scope["path"])
        too_large = error_response(413, "too_large", too_large_message(limit))
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await too_large(scope, receive, send)
            return
        received = 0
        exceeded = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                exceeded = True
                raise TooLargeError(too_large_message(limit))
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                return  # the inner answer to a body cut short is replaced below
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not exceeded or started:
                raise
        if exceeded and not started:
            await too_large(scope, receive, send)


class InflationBudget:
    """Bytes being inflated or held inflated, across all requests of this server process."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.used = 0
        self._lock = threading.Lock()

    def take(self, size: int) -> bool:
        with self._lock:
            if self.used + size > self.total:
                return False
            self.used += size
            return True

    def give_back(self, size: int) -> None:
        with self._lock:
            self.used -= size


class Inflation(enum.Enum):
    DONE = "done"
    TOO_LARGE = "too_large"
    OVER_BUDGET = "over_budget"
    BROKEN = "broken"


class GzipRequestBody:
    """Accepts request bodies sent with ``Content-Encoding: gzip``.

    The compressed and the inflated bytes are both taken from the server-wide
    budget as they come (503 with ``Retry-After`` when it is spent); the inflated
    body is bounded by the route's limit and by ``max_inflated`` (413).
    """

    def __init__(
        self, app: ASGIApp, limits: RouteLimits, max_inflated: int, budget: InflationBudget
    ) -> None:
        self.app = app
        self.limits = limits
        self.max_inflated = max_inflated
        self.budget = budget
        # Few threads inflate at once: the CPU stays for the rest, and so does the memory
        # each of them uses besides the bytes taken from the budget.
        self.inflaters = anyio.CapacityLimiter(INFLATING_AT_ONCE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers", [])) if scope["type"] == "http" else {}
        encoding = headers.get(b"content-encoding", b"identity").strip().lower()
        if encoding == b"identity":
            await self.app(scope, receive, send)
            return
        if encoding != b"gzip":
            reply = error_response(415, "unsupported_encoding", "Chỉ nhận nội dung nén gzip.")
            await reply(scope, receive, send)
            return
        limit = min(self.limits.of(scope["path"]), self.max_inflated)
        compressed = bytearray()
        inflated: list[bytes] = []
        try:
            while True:
                message = await receive()
                chunk = message.get("body", b"")
                if not self.budget.take(len(chunk)):
                    await _busy()(scope, receive, send)
                    return
                compressed += chunk
                if not message.get("more_body", False):
                    break
            outcome = await anyio.to_thread.run_sync(
                self._inflate, compressed, limit, inflated, limiter=self.inflaters
            )
        finally:
            self.budget.give_back(len(compressed))
            compressed.clear()
        if outcome is not Inflation.DONE:
            await _refusal(outcome, limit)(scope, receive, send)
            return
        body = inflated.pop()
        try:
            await self._deliver(scope, body, receive, send)
        finally:
            self.budget.give_back(len(body))

    async def _deliver(self, scope: Scope, body: bytes, receive: Receive, send: Send) -> None:
        kept = [
            (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
        ]
        inner_scope = {**scope, "headers": [*kept, (b"content-length", str(len(body)).encode())]}
        delivered = False

        async def inflated_receive() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(inner_scope, inflated_receive, send)

    def _inflate(self, compressed: bytearray, limit: int, into: list[bytes]) -> Inflation:
        """Inflate step by step, taking each step from the budget; on success the body is put
        in ``into`` and stays taken.

        Nothing big is returned or raised: an idle worker thread keeps its last call's
        arguments, result and exception until its next call.
        """
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pieces: list[bytes] = []
        size = 0
        outcome = Inflation.DONE
        try:
            with memoryview(compressed) as view:
                for start in range(0, len(view), INFLATE_FEED):
                    with view[start : start + INFLATE_FEED] as fed:
                        pending: bytes | memoryview = fed
                        while pending and not inflater.eof and outcome is Inflation.DONE:
                            piece = inflater.decompress(pending, INFLATE_STEP)
                            pending = inflater.unconsumed_tail
                            outcome = self._keep(piece, size, limit)
                            size += len(piece) if outcome is Inflation.DONE else 0
                            pieces.append(piece)
                        del pending
                    if outcome is not Inflation.DONE:
                        break
            while not inflater.eof and outcome is Inflation.DONE:
                piece = inflater.decompress(b"", INFLATE_STEP)
                outcome = self._keep(piece, size, limit) if piece else Inflation.BROKEN
                size += len(piece) if outcome is Inflation.DONE else 0
                pieces.append(piece)
        except zlib.error:
            outcome = Inflation.BROKEN
        if outcome is not Inflation.DONE:
            pieces.clear()
            self.budget.give_back(size)
            return outcome
        into.append(b"".join(pieces))
        pieces.clear()
        return outcome

    def _keep(self, piece: bytes, size: int, limit: int) -> Inflation:
        if size + len(piece) > limit:
            return Inflation.TOO_LARGE
        if not self.budget.take(len(piece)):
            return Inflation.OVER_BUDGET
        return Inflation.DONE


def _refusal(outcome: Inflation, limit: int) -> JSONResponse:
    if outcome is Inflation.TOO_LARGE:
        return error_response(413, "too_large", too_large_message(limit))
    if outcome is Inflation.OVER_BUDGET:
        return _busy()
    return error_response(400, "bad_encoding", "Nội dung nén gzip bị hỏng.")


def _busy() -> JSONResponse:
    return error_response(
        503,
        "busy",
        "Máy chủ trung tâm đang bận giải nén các yêu cầu khác; hãy thử lại sau ít giây.",
        retry_after=BUSY_RETRY_AFTER_SECONDS,
    )
