"""The reference central server: a FastAPI application over :mod:`sync.central.services`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from counter import __version__
from counter.errors import CounterError
from sync.central import status_page
from sync.central.api import router
from sync.central.context import CentralContext
from sync.central.errors import TooManyAttemptsError, http_status
from sync.central.middleware import (
    HTTP_MESSAGES,
    MAX_JSON_BODY,
    BodySizeLimit,
    GzipRequestBody,
    InflationBudget,
    RouteLimits,
    ServerTimeHeader,
    WorkstationGate,
    error_response,
)
from sync.central.province.routes import PREFIX as PROVINCE_PREFIX
from sync.central.province.routes import router as province_router
from sync.central.validation_text import describe_errors
from sync.protocol import API_PREFIX

log = logging.getLogger(__name__)
ENROL_BODY_LIMIT = 64 * 1024


async def _counter_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, CounterError)
    retry_after = error.retry_after if isinstance(error, TooManyAttemptsError) else None
    return error_response(http_status(error), error.code, error.message, retry_after=retry_after)


async def _validation_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    details = describe_errors(error.errors())
    return error_response(422, "invalid_request", "Yêu cầu gửi lên không hợp lệ.", details)


async def _http_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    message = HTTP_MESSAGES.get(error.status_code, f"Lỗi HTTP {error.status_code}.")
    return error_response(error.status_code, "http_error", message)


async def _unexpected_error(_request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error in the central server", exc_info=error)
    return error_response(500, "internal", "Máy chủ trung tâm gặp lỗi nội bộ; hãy thử lại sau.")


def create_app(context: CentralContext) -> Any:
    """The ASGI application (FastAPI inside the layers of :mod:`sync.central.middleware`)."""
    app = FastAPI(
        title="onestop-counter central server",
        version=__version__,
        description="Sync API for one-stop counter workstations (outbox push, pulls, "
        "attachments, dossier code blocks, batch files).",
    )
    app.state.context = context
    app.include_router(router)
    app.include_router(status_page.router)
    app.include_router(province_router)
    app.add_exception_handler(CounterError, _counter_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
    settings = context.settings
    limits = RouteLimits(
        {
            f"{API_PREFIX}/batches": settings.max_batch_bytes,
            f"{API_PREFIX}/attachments/": settings.max_chunk_bytes,
            f"{API_PREFIX}/enrol": ENROL_BODY_LIMIT,
            status_page.PATH: status_page.MAX_FORM_BYTES,
        },
        default=MAX_JSON_BODY,
    )
    budget = InflationBudget(settings.max_inflating_bytes)
    # Outermost last: the clock, then the caller, then the bytes received, then inflation.
    app.add_middleware(GzipRequestBody, limits=limits, max_inflated=MAX_JSON_BODY, budget=budget)
    app.add_middleware(BodySizeLimit, limits=limits)
    app.add_middleware(
        WorkstationGate, context=context, routes=app.router.routes, public_paths=_public_paths(app),
        public_prefixes=(f"{PROVINCE_PREFIX}/",),
    )
    app.add_middleware(ServerTimeHeader)
    return app


def _public_paths(app: FastAPI) -> frozenset[str]:
    """Routes answered without a workstation's token: the clock, enrolment, the citizens'
    status page and the API docs."""
    docs = [app.openapi_url, app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url]
    public = [f"{API_PREFIX}/time", f"{API_PREFIX}/enrol", status_page.PATH]
    return frozenset([*public, *[p for p in docs if p]])
