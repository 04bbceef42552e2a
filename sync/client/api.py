"""Typed calls of the sync protocol over a :class:`sync.transport.Transport`."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pydantic import BaseModel, ValidationError

from sync.errors import SyncError
from sync.keys import public_key_b64
from sync.protocol import (
    API_PREFIX,
    AttachmentChunkResponse,
    AttachmentFinishResponse,
    AttachmentQueryResponse,
    BatchImportReport,
    CodeBlock,
    CodeBlocksResponse,
    CodeUsageResponse,
    EnrolResponse,
    PullResponse,
    PushResponse,
    TimeResponse,
    enrolment_statement,
)
from sync.transport import Transport

DEFAULT_CHUNK = 1024 * 1024
Model = TypeVar("Model", bound=BaseModel)


def _parse(model: type[Model], body: Any) -> Model:
    """The server's answer as ``model``; an answer of the wrong shape is a clean error."""
    try:
        return model.model_validate(body)
    except ValidationError as error:
        raise SyncError(
            "Máy chủ trung tâm trả lời không đúng định dạng; hãy kiểm tra địa chỉ máy chủ "
            "và phiên bản phần mềm.", detail=str(error)[:2000]
        ) from None


class CentralApi:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def time(self) -> TimeResponse:
        return _parse(TimeResponse, self.transport.request("GET", f"{API_PREFIX}/time").body)

    def enrol(
        self,
        code: str,
        name: str,
        agency_code: str,
        signing_key: Ed25519PrivateKey,
        encryption_key: X25519PublicKey | None = None,
    ) -> EnrolResponse:
        public_key = public_key_b64(signing_key.public_key())
        sealing = public_key_b64(encryption_key) if encryption_key else None
        statement = enrolment_statement(code, name, agency_code, public_key, sealing)
        body = {
            "code": code,
            "name": name,
            "agency_code": agency_code,
            "public_key": public_key,
            "encryption_key": sealing,
            "proof": base64.b64encode(signing_key.sign(statement)).decode("ascii"),
        }
        answer = self.transport.request("POST", f"{API_PREFIX}/enrol", json=body)
        return _parse(EnrolResponse, answer.body)

    def push(self, messages: Sequence[Mapping[str, Any]]) -> PushResponse:
        """Push messages; a single message in conflict (409) is answered like the others."""
        answer = self.transport.request(
            "POST", f"{API_PREFIX}/push", json={"messages": list(messages)}, accept_statuses={409}
        )
        return _parse(PushResponse, answer.body)

    def missing_attachments(self, digests: Sequence[str]) -> AttachmentQueryResponse:
        answer = self.transport.request(
            "POST", f"{API_PREFIX}/attachments/query", json={"sha256": list(digests)}
        )
        return _parse(AttachmentQueryResponse, answer.body)

    def upload_chunk(self, sha256: str, offset: int, data: bytes) -> int:
        answer = self.transport.request(
            "PUT", f"{API_PREFIX}/attachments/{sha256}", content=data, params={"offset": offset}
        )
        return _parse(AttachmentChunkResponse, answer.body).offset

    def finish_attachment(self, sha256: str, size: int) -> AttachmentFinishResponse:
        answer = self.transport.request(
            "POST", f"{API_PREFIX}/attachments/{sha256}/finish", json={"size": size}
        )
        return _parse(AttachmentFinishResponse, answer.body)

    def upload_attachment(self, path: Path, *, chunk_size: int = DEFAULT_CHUNK) -> str:
        """Upload a file in clear from disk (see ``upload_content``)."""
        return self.upload_content(path.read_bytes(), chunk_size=chunk_size)

    def upload_content(self, content: bytes, *, chunk_size: int = DEFAULT_CHUNK) -> str:
        """Upload bytes by content hash, resuming from what the server already has.

        The workstation's file store is encrypted at rest: callers hand over the clear
        content (``workspace.files.get``), never the stored file.
        """
        digest = hashlib.sha256(content).hexdigest()
        missing = {m.sha256: m.offset for m in self.missing_attachments([digest]).missing}
        if digest not in missing:
            return digest
        offset = missing[digest]
        while offset < len(content):
            offset = self.upload_chunk(digest, offset, content[offset : offset + chunk_size])
        self.finish_attachment(digest, len(content))
        return digest

    def pull(self, stream: str, cursor: str | None = None) -> PullResponse:
        params = {"cursor": cursor} if cursor else None
        answer = self.transport.request("GET", f"{API_PREFIX}/pull/{stream}", params=params)
        return _parse(PullResponse, answer.body)

    def lease_code_block(
        self,
        size: int,
        *,
        request_id: str | None = None,
        valid_from: date | None = None,
        valid_to: date | None = None,
    ) -> CodeBlock:
        body: dict[str, Any] = {"size": size, "request_id": request_id}
        if valid_from:
            body["valid_from"] = valid_from.isoformat()
        if valid_to:
            body["valid_to"] = valid_to.isoformat()
        answer = self.transport.request("POST", f"{API_PREFIX}/code-blocks", json=body)
        return _parse(CodeBlock, answer.body)

    def code_blocks(self) -> CodeBlocksResponse:
        answer = self.transport.request("GET", f"{API_PREFIX}/code-blocks")
        return _parse(CodeBlocksResponse, answer.body)

    def code_usage(self, since: date | None = None) -> CodeUsageResponse:
        params = {"since": since.isoformat()} if since else None
        answer = self.transport.request("GET", f"{API_PREFIX}/code-usage", params=params)
        return _parse(CodeUsageResponse, answer.body)

    def upload_batch(self, data: bytes) -> BatchImportReport:
        answer = self.transport.request("POST", f"{API_PREFIX}/batches", content=data)
        return _parse(BatchImportReport, answer.body)
