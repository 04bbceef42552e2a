"""The reference central server: a FastAPI application over :mod:`sync.central.services`."""

from __future__ import annotations

import logging
import zlib
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from counter import __version__
from counter.clock import now
from counter.errors import CounterError
from sync.central.api import router
from sync.central.context import CentralContext
from sync.central.errors import TooLargeError, http_status
from sync.central.validation_text import describe_errors
from sync.protocol import API_PREFIX, SERVER_TIME_HEADER, ErrorBody, ErrorDetail

log = logging.getLogger(__name__)
MAX_JSON_BODY = 32 * 1024 * 1024


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


class BodySizeLimit:
    """Refuses request bodies larger than the route allows (413), before they fill memory."""

    def __init__(self, app: ASGIApp, limits: dict[str, int], default: int) -> None:
        self.app = app
        self.limits = limits
        self.default = default

    def _limit(self, path: str) -> int:
        for prefix, limit in self.limits.items():
            if path.startswith(prefix):
                return limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await error_response(413, "too_large", _too_large(limit))(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise TooLargeError(_too_large(limit))
            return message

        await self.app(scope, counting_receive, send)


class GzipRequestBody:
    """Accepts request bodies sent with ``Content-Encoding: gzip`` (bounded once inflated)."""

    def __init__(self, app: ASGIApp, max_inflated: int) -> None:
        self.app = app
        self.max_inflated = max_inflated

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
        compressed = bytearray()
        while True:
            message = await receive()
            compressed += message.get("body", b"")
            if not message.get("more_body", False):
                break
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            body = inflater.decompress(bytes(compressed), self.max_inflated + 1)
        except zlib.error:
            reply = error_response(400, "bad_encoding", "Nội dung nén gzip bị hỏng.")
            await reply(scope, receive, send)
            return
        if len(body) > self.max_inflated or inflater.unconsumed_tail:
            await error_response(413, "too_large", _too_large(self.max_inflated))(
                scope, receive, send
            )
            return
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


def _too_large(limit: int) -> str:
    return f"Nội dung gửi lên quá lớn (tối đa {limit} byte)."


def error_response(
    status: int, code: str, message: str, details: list[str] | None = None
) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(code=code, message=message, details=details or []))
    return JSONResponse(status_code=status, content=body.model_dump())


async def _counter_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, CounterError)
    return error_response(http_status(error), error.code, error.message)


async def _validation_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    details = describe_errors(error.errors())
    return error_response(422, "invalid_request", "Yêu cầu gửi lên không hợp lệ.", details)


async def _http_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    messages = {
        404: "Không có địa chỉ này trên máy chủ trung tâm.",
        405: "Phương thức không được hỗ trợ.",
    }
    message = messages.get(error.status_code, f"Lỗi HTTP {error.status_code}.")
    return error_response(error.status_code, "http_error", message)


async def _unexpected_error(_request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error in the central server", exc_info=error)
    return error_response(500, "internal", "Máy chủ trung tâm gặp lỗi nội bộ; hãy thử lại sau.")


def create_app(context: CentralContext) -> Any:
    """The ASGI application (FastAPI inside the server-time middleware)."""
    app = FastAPI(
        title="onestop-counter central server",
        version=__version__,
        description="Sync API for one-stop counter workstations (outbox push, pulls, "
        "attachments, dossier code blocks, batch files).",
    )
    app.state.context = context
    app.include_router(router)
    app.add_exception_handler(CounterError, _counter_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
    settings = context.settings
    app.add_middleware(GzipRequestBody, max_inflated=MAX_JSON_BODY)
    app.add_middleware(
        BodySizeLimit,
        limits={
            f"{API_PREFIX}/batches": settings.max_batch_bytes,
            f"{API_PREFIX}/attachments/": settings.max_chunk_bytes,
        },
        default=MAX_JSON_BODY,
    )
    app.add_middleware(ServerTimeHeader)
    return app
