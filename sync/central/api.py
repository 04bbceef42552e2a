"""The ``/v1`` routes of the central server. Each route is one service call in one transaction."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from counter.clock import now
from sync.central.context import CentralContext
from sync.central.middleware import CALLER_STATE
from sync.central.services import (
    batches,
    code_blocks,
    enrolment_limits,
    ingest,
    releases,
    remote_settings,
    streams,
    workstations,
)
from sync.central.services.common import WorkstationIdentity, scopes_of, utc_now
from sync.central.services.reviews import ReviewLimits
from sync.protocol import (
    API_PREFIX,
    AttachmentChunkResponse,
    AttachmentFinishRequest,
    AttachmentFinishResponse,
    AttachmentQuery,
    AttachmentQueryResponse,
    BatchImportReport,
    CodeBlock,
    CodeBlockRequest,
    CodeBlocksResponse,
    CodeUsageResponse,
    EnrolRequest,
    EnrolResponse,
    LatestReleaseResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RemoteSettingsResponse,
    StreamName,
    TimeResponse,
)

router = APIRouter(prefix=API_PREFIX)


async def context_of(request: Request) -> CentralContext:
    """The server's context. The dependencies are ``async``: FastAPI would run a plain ``def``
    one in a worker thread, a thread hop per request for nothing."""
    context: CentralContext = request.app.state.context
    return context


Context = Annotated[CentralContext, Depends(context_of)]


async def current_workstation(
    request: Request, context: Context, authorization: Annotated[str | None, Header()] = None
) -> WorkstationIdentity:
    """The caller, as ``WorkstationGate`` found it before the body was read."""
    known = request.scope.get("state", {}).get(CALLER_STATE)
    if isinstance(known, WorkstationIdentity):
        return known
    return await run_in_threadpool(
        context.database.run, lambda s: workstations.authenticate(s, authorization)
    )


Caller = Annotated[WorkstationIdentity, Depends(current_workstation)]


async def _read_body(request: Request) -> bytes:
    """The raw request body (its size is limited by the ``BodySizeLimit`` middleware)."""
    return await request.body()


@router.get("/time", response_model=TimeResponse)
def server_time() -> TimeResponse:
    """The server's clock, for the workstation's clock check."""
    return TimeResponse(server_time=now())


@router.post("/enrol", response_model=EnrolResponse)
def enrol(body: EnrolRequest, request: Request, context: Context) -> EnrolResponse:
    """Register a workstation with a one-time code; answers its id and bearer token.

    Attempts are counted per source address and per code (429 past the limits);
    a successful one is not counted.
    """
    source = request.client.host if request.client else "unknown"
    enrolment = enrolment_limits.enrol_within_limits(
        context.database, context.settings, body, source
    )
    return EnrolResponse(
        workstation_id=enrolment.workstation_id,
        token=enrolment.token,
        agency_code=enrolment.agency_code,
        central_public_key=context.public_key_b64,
        server_time=now(),
        release_public_key=context.settings.release_public_key or None,
    )


@router.get("/settings", response_model=RemoteSettingsResponse)
def workstation_settings(context: Context, caller: Caller) -> RemoteSettingsResponse:
    """The settings the administrator set for the caller's agency and for the caller."""
    found = context.database.run(lambda s: remote_settings.values_for(s, caller))
    return RemoteSettingsResponse(agency=found["agency"], workstation=found["workstation"])


@router.get("/releases/latest", response_model=LatestReleaseResponse)
def latest_release(
    context: Context, caller: Caller, platform: Annotated[str, Query(max_length=40)]
) -> LatestReleaseResponse:
    """The newest signed release for ``platform`` (the workstation checks it itself)."""
    found = context.database.run(lambda s: releases.latest(s, platform))
    if found is None:
        return LatestReleaseResponse()
    return LatestReleaseResponse(manifest=found[0], signature=found[1])


@router.get("/releases/{platform}/{version}/package")
def release_package(platform: str, version: str, context: Context, caller: Caller) -> FileResponse:
    """The package's bytes; ``Range`` requests resume an interrupted download."""
    path = context.database.run(
        lambda s: releases.stored_package(s, context.settings.home, platform, version)
    )
    return FileResponse(path, media_type="application/octet-stream")


@router.post(
    "/push",
    response_model=PushResponse,
    responses={409: {"model": PushResponse, "description": "a single message in conflict"}},
)
def push(body: PushRequest, context: Context, caller: Caller) -> Response:
    """Take in outbox messages; a result per message (accepted, duplicate, conflict, rejected).

    The answer is written here, as FastAPI would write it, so that it is not checked against
    ``PushResponse`` a second time in another thread (it was just built as one)."""
    results = context.database.run(
        lambda s: ingest.ingest_messages(
            s,
            caller,
            body.messages,
            source="push",
            received_at=utc_now(),
            limits=ReviewLimits.of(context.settings),
            check_key=context.check_key,
        )
    )
    response = PushResponse(results=results, server_time=now())
    if len(results) == 1 and results[0].result == "conflict":
        return JSONResponse(status_code=409, content=response.model_dump(mode="json"))
    return Response(response.model_dump_json(), media_type="application/json")


@router.post("/attachments/query", response_model=AttachmentQueryResponse)
def query_attachments(
    body: AttachmentQuery, context: Context, caller: Caller
) -> AttachmentQueryResponse:
    """Which of these attachments the caller's agency does not hold, and how much of each the
    caller has uploaded so far."""
    missing = context.database.run(lambda s: context.attachments.missing(s, caller, body.sha256))
    return AttachmentQueryResponse(missing=missing)


@router.put("/attachments/{sha256}", response_model=AttachmentChunkResponse)
async def upload_chunk(
    sha256: str,
    request: Request,
    context: Context,
    caller: Caller,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> AttachmentChunkResponse:
    """Write one chunk of the caller's upload at ``offset`` (raw bytes in the body)."""
    data = await _read_body(request)
    received = await run_in_threadpool(
        context.database.run,
        lambda s: context.attachments.write_chunk(s, caller, sha256, offset, data),
    )
    return AttachmentChunkResponse(sha256=sha256, offset=received)


@router.post("/attachments/{sha256}/finish", response_model=AttachmentFinishResponse)
def finish_attachment(
    sha256: str, body: AttachmentFinishRequest, context: Context, caller: Caller
) -> AttachmentFinishResponse:
    """Check the uploaded bytes against the hash and keep them."""
    size = context.database.run(lambda s: context.attachments.finish(s, caller, sha256, body.size))
    return AttachmentFinishResponse(sha256=sha256, size=size)


@router.get("/pull/{stream}", response_model=PullResponse)
def pull(
    stream: StreamName,
    context: Context,
    caller: Caller,
    cursor: str | None = None,
    limit: Annotated[int | None, Query(ge=1, le=5000)] = None,
) -> PullResponse:
    """Changes of a stream after ``cursor`` (none: from the start)."""
    page = min(limit or context.settings.pull_page_size, context.settings.pull_page_size)
    scopes = scopes_of(caller.agency_code)
    return context.database.run(lambda s: streams.pull(s, stream, cursor, scopes, page))


@router.post("/code-blocks", response_model=CodeBlock)
def lease_code_block(body: CodeBlockRequest, context: Context, caller: Caller) -> CodeBlock:
    """Lease a block of dossier sequence numbers for the workstation's agency."""
    today = now().date()
    terms = code_blocks.lease_terms(
        today,
        body.valid_from,
        body.valid_to,
        size=min(body.size, context.settings.max_code_block),
        max_days=context.settings.max_code_block_days,
    )
    return context.database.run(
        lambda s: code_blocks.lease_block(
            s,
            caller,
            terms,
            today=today,
            max_outstanding=context.settings.max_outstanding_numbers,
            request_id=body.request_id,
        )
    )


@router.get("/code-blocks", response_model=CodeBlocksResponse)
def my_code_blocks(context: Context, caller: Caller) -> CodeBlocksResponse:
    """The workstation's blocks still valid today or later (e.g. after a restore)."""
    today = now().date()
    return CodeBlocksResponse(
        blocks=context.database.run(lambda s: code_blocks.blocks_of(s, caller, today))
    )


@router.get("/code-usage", response_model=CodeUsageResponse)
def code_usage(context: Context, caller: Caller, since: date | None = None) -> CodeUsageResponse:
    """The highest sequence number seen from this workstation per day, to skip past after a restore."""
    start = since or date(2000, 1, 1)
    days = context.database.run(lambda s: code_blocks.highest_numbers(s, caller, start))
    return CodeUsageResponse(days=days)


@router.post("/batches", response_model=BatchImportReport)
async def import_batch(request: Request, context: Context, caller: Caller) -> BatchImportReport:
    """Import a batch file (raw bytes) carried on a USB stick; checked whole before anything."""
    data = await _read_body(request)
    return await run_in_threadpool(
        context.database.run,
        lambda s: batches.import_batch(
            s,
            data,
            private_key=context.private_key,
            store=context.attachments,
            uploaded_by=caller,
            limits=ReviewLimits.of(context.settings),
            check_key=context.check_key,
        ),
    )
