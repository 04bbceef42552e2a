"""The sync protocol: message schemas shared by the workstation and the central server.

JSON over HTTPS, under versioned paths (``/v1/...``). Every response carries
the server's clock in the ``X-Server-Time`` header so a workstation can check
its own clock on each exchange. Errors come back as
``{"error": {"code": ..., "message": <Vietnamese>, "details": [...]}}``.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sync.canonical import canonical_json, message_content_hash

PROTOCOL_VERSION = 1
API_PREFIX = "/v1"
SERVER_TIME_HEADER = "X-Server-Time"

MessageKind = Literal["dossier.received", "dossier.event", "day.closed"]
DOSSIER_KINDS = frozenset({"dossier.received", "dossier.event"})

PushOutcome = Literal["accepted", "duplicate", "conflict", "rejected"]
StreamName = Literal[
    "catalogue", "agencies", "holidays", "dossier-status", "workstations", "handover"
]
# "handover": dossiers received by another agency for this one ("phi địa giới")
STREAMS: tuple[str, ...] = (
    "catalogue", "agencies", "holidays", "dossier-status", "workstations", "handover"
)

MAX_PUSH_MESSAGES = 500
MAX_DOSSIER_CODE_LENGTH = 64
# \A...\Z, not ^...$: "$" also matches before a final newline, which would let "<hash>\n" in.
SHA256_PATTERN = re.compile(r"\A[0-9a-f]{64}\Z")
DOSSIER_CODE_PATTERN = re.compile(r"\A(?P<agency>.+)-(?P<day>\d{6})-(?P<number>\d{4})\Z")


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OutboxMessage(_Schema):
    """One change that must reach the central system, made by the workstation.

    ``created_at`` is kept as the text the workstation wrote so that the
    content hash never depends on how a time is re-formatted.
    """

    id: str
    kind: MessageKind
    dossier_code: str | None = Field(default=None, max_length=MAX_DOSSIER_CODE_LENGTH)
    created_at: str
    payload: dict[str, Any]

    @field_validator("id")
    @classmethod
    def _id_is_uuid4(cls, value: str) -> str:
        try:
            parsed = uuid.UUID(value)
        except ValueError:
            raise ValueError("mã thông điệp phải là một UUID") from None
        if parsed.version != 4 or str(parsed) != value.lower():
            raise ValueError("mã thông điệp phải là UUID phiên bản 4, dạng chữ thường có gạch")
        return value

    @field_validator("created_at")
    @classmethod
    def _created_at_has_offset(cls, value: str) -> str:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("thời điểm tạo phải theo ISO 8601") from None
        if moment.tzinfo is None:
            raise ValueError("thời điểm tạo phải có múi giờ (ví dụ +07:00)")
        return value

    @model_validator(mode="after")
    def _dossier_kinds_name_a_dossier(self) -> OutboxMessage:
        if self.kind in DOSSIER_KINDS and not self.dossier_code:
            raise ValueError(f"thông điệp loại {self.kind} phải có mã hồ sơ")
        return self

    def content_hash(self) -> str:
        return message_content_hash(self.model_dump())

    def created_moment(self) -> datetime:
        return datetime.fromisoformat(self.created_at)


class PushRequest(_Schema):
    """A batch of outbox messages, in the workstation's order.

    Messages are loose objects here: each is checked on its own, so one bad
    message is answered ``rejected`` instead of blocking the whole batch.
    """

    messages: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_PUSH_MESSAGES)


class PushResult(_Schema):
    index: int
    id: str
    result: PushOutcome
    reason: str | None = None
    server_version: dict[str, Any] | None = None


class PushResponse(_Schema):
    results: list[PushResult]
    server_time: datetime


class TimeResponse(_Schema):
    server_time: datetime
    protocol_version: int = PROTOCOL_VERSION


class EnrolRequest(_Schema):
    code: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    agency_code: str = Field(min_length=1, max_length=64)
    public_key: str = Field(description="Ed25519 public key of the workstation, raw, base64")
    encryption_key: str | None = Field(
        default=None,
        description="X25519 public key (raw, base64) other workstations of the agency seal "
        "batch files to, so that the commune office can check them offline",
    )
    proof: str = Field(
        description="Ed25519 signature (base64) of enrolment_statement(...) by that key"
    )


class EnrolResponse(_Schema):
    workstation_id: str
    token: str
    agency_code: str
    central_public_key: str = Field(description="the central system's X25519 key, raw, base64")
    server_time: datetime
    release_public_key: str | None = Field(
        default=None, description="the province's Ed25519 release key, raw, base64 (pinned)"
    )


class RemoteSettingsResponse(_Schema):
    agency: dict[str, Any] = Field(default_factory=dict)
    workstation: dict[str, Any] = Field(default_factory=dict)


class LatestReleaseResponse(_Schema):
    manifest: dict[str, Any] | None = None
    signature: str | None = None


class AttachmentQuery(_Schema):
    sha256: list[str] = Field(max_length=1000)

    @field_validator("sha256")
    @classmethod
    def _hex_digests(cls, values: list[str]) -> list[str]:
        for value in values:
            if not SHA256_PATTERN.match(value):
                raise ValueError(f"'{value[:80]}' không phải mã SHA-256 (64 chữ số hex thường)")
        return values


class MissingAttachment(_Schema):
    sha256: str
    offset: int = Field(description="bytes already received: resume the upload from here")


class AttachmentQueryResponse(_Schema):
    missing: list[MissingAttachment]


class AttachmentChunkResponse(_Schema):
    sha256: str
    offset: int


class AttachmentFinishRequest(_Schema):
    size: int = Field(ge=0)


class AttachmentFinishResponse(_Schema):
    sha256: str
    size: int


class PullItem(_Schema):
    key: str
    deleted: bool = False
    data: dict[str, Any] | None = None


class PullResponse(_Schema):
    stream: StreamName
    items: list[PullItem]
    cursor: str
    more: bool


class CodeBlockRequest(_Schema):
    size: int = Field(ge=1, le=9999)
    request_id: str | None = Field(
        default=None, max_length=64, description="the same id leases the same block again"
    )
    valid_from: date | None = None
    valid_to: date | None = None

    @model_validator(mode="after")
    def _valid_range(self) -> CodeBlockRequest:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("ngày hết hiệu lực không được trước ngày bắt đầu")
        return self


class CodeBlock(_Schema):
    id: int
    agency_code: str
    first: int
    last: int
    valid_from: date
    valid_to: date | None


class CodeBlocksResponse(_Schema):
    blocks: list[CodeBlock]


class CodeUsageDay(_Schema):
    day: date
    highest: int


class CodeUsageResponse(_Schema):
    days: list[CodeUsageDay]


class BatchImportReport(_Schema):
    batch_sha256: str
    workstation_id: str
    message_count: int
    imported: int
    duplicates: int
    conflicts: int
    rejected: int
    attachments_stored: int
    results: list[PushResult]


class ErrorDetail(_Schema):
    code: str
    message: str
    details: list[str] = Field(default_factory=list)


class ErrorBody(_Schema):
    error: ErrorDetail


def normalise_enrolment_code(code: str) -> str:
    """Enrolment codes are read aloud and typed: ignore case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def enrolment_statement(
    code: str, name: str, agency_code: str, public_key: str, encryption_key: str | None = None
) -> bytes:
    """What a workstation signs at enrolment to prove it holds its private key."""
    statement = {
        "code": normalise_enrolment_code(code),
        "name": name,
        "agency_code": agency_code,
        "public_key": public_key,
        "encryption_key": encryption_key,
    }
    return b"onestop-enrol v1\x00" + canonical_json(statement)


@lru_cache(maxsize=4096)
def _code_day(text: str) -> date | None:
    """The day of a code's ``YYMMDD`` part (a push names few days, each many times)."""
    try:
        return datetime.strptime(text, "%y%m%d").date()
    except ValueError:
        return None


def parse_dossier_code(code: str) -> tuple[str, date, int] | None:
    """``<agency>-<YYMMDD>-<NNNN>`` → (agency, day, number), or None if it is not one."""
    match = DOSSIER_CODE_PATTERN.match(code)
    if not match:
        return None
    day = _code_day(match["day"])
    if day is None:
        return None
    number = int(match["number"])
    if number < 1:
        return None
    return match["agency"], day, number
