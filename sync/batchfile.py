"""Batch files for a USB stick: a signed manifest and the messages, sealed to the central key.

Inside the sealed envelope (:mod:`sync.batch_envelope`), integers big-endian::

    u32 length | manifest (canonical JSON)
    u8 length  | Ed25519 signature of the manifest by the workstation
    u32 length | messages (JSON array of outbox messages)
    u32 count  | per attachment: SHA-256 (32) | u64 length | bytes

The manifest names the workstation, agency, period, counts, dossier codes and
the content hash of every message and attachment. Reading checks the
envelope, the signature, the signer and every hash before handing anything
out, so a batch is used whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from counter.atomic import write_atomically
from sync import batch_envelope
from sync.canonical import canonical_json, message_content_hash
from sync.errors import BatchFileError
from sync.keys import public_key_b64

MANIFEST_FORMAT = 1
MANIFEST_SIGNATURE_CONTEXT = b"onestop-batch manifest v1\x00"
_U32 = struct.Struct(">I")
_U8 = struct.Struct(">B")
_ATTACHMENT_HEAD = struct.Struct(">32sQ")

SignerLookup = Callable[[str], Ed25519PublicKey | None]


@dataclass(frozen=True)
class BatchManifest:
    workstation_id: str
    agency_code: str
    signer_public_key: str
    created_at: str
    scope: str
    period_from: date | None
    period_to: date | None
    message_count: int
    dossier_codes: tuple[str, ...]
    message_hashes: tuple[tuple[str, str], ...]
    attachment_hashes: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class BatchContents:
    """A batch file that passed every check."""

    manifest: BatchManifest
    messages: list[dict[str, Any]]
    attachments: dict[str, bytes]
    file_sha256: str


@dataclass(frozen=True)
class BatchIdentity:
    """Who signs a batch: the workstation, its agency and its Ed25519 key."""

    workstation_id: str
    agency_code: str
    signing_key: Ed25519PrivateKey


def build_manifest(
    identity: BatchIdentity,
    messages: Sequence[Mapping[str, Any]],
    attachments: Mapping[str, bytes],
    *,
    created_at: str,
    scope: str,
    period: tuple[date | None, date | None],
) -> dict[str, Any]:
    codes = sorted({str(m["dossier_code"]) for m in messages if m.get("dossier_code")})
    return {
        "format": MANIFEST_FORMAT,
        "workstation_id": identity.workstation_id,
        "agency_code": identity.agency_code,
        "signer_public_key": public_key_b64(identity.signing_key.public_key()),
        "created_at": created_at,
        "scope": scope,
        "period": {
            "from": period[0].isoformat() if period[0] else None,
            "to": period[1].isoformat() if period[1] else None,
        },
        "message_count": len(messages),
        "dossier_count": len(codes),
        "dossier_codes": codes,
        "messages": [
            {"id": m["id"], "kind": m["kind"], "sha256": message_content_hash(m)} for m in messages
        ],
        "attachments": [
            {"sha256": digest, "size": len(data)} for digest, data in sorted(attachments.items())
        ],
    }


def write_batch(
    identity: BatchIdentity,
    messages: Sequence[Mapping[str, Any]],
    *,
    recipients: Sequence[X25519PublicKey],
    created_at: str,
    scope: str = "day",
    period: tuple[date | None, date | None] = (None, None),
    attachments: Mapping[str, bytes] | None = None,
) -> bytes:
    """The bytes of a sealed, signed batch file holding ``messages`` (and attachments)."""
    return sealed_batch(identity, messages, recipients=recipients, created_at=created_at,
                        scope=scope, period=period, attachments=attachments).data


@dataclass(frozen=True)
class SealedBatch:
    """A batch file's bytes and its signed manifest as written inside (canonical JSON)."""

    data: bytes
    manifest: bytes


def sealed_batch(
    identity: BatchIdentity,
    messages: Sequence[Mapping[str, Any]],
    *,
    recipients: Sequence[X25519PublicKey],
    created_at: str,
    scope: str = "day",
    period: tuple[date | None, date | None] = (None, None),
    attachments: Mapping[str, bytes] | None = None,
) -> SealedBatch:
    """Seal a batch file and keep its manifest, for a readable summary beside the file."""
    files = dict(attachments or {})
    for digest, data in files.items():
        if hashlib.sha256(data).hexdigest() != digest:
            raise ValueError(f"attachment {digest} does not match its content")
    manifest = canonical_json(
        build_manifest(identity, messages, files, created_at=created_at, scope=scope, period=period)
    )
    signature = identity.signing_key.sign(MANIFEST_SIGNATURE_CONTEXT + manifest)
    body = canonical_json([dict(m) for m in messages])
    parts = [_U32.pack(len(manifest)), manifest, _U8.pack(len(signature)), signature]
    parts += [_U32.pack(len(body)), body, _U32.pack(len(files))]
    for digest, data in sorted(files.items()):
        parts += [_ATTACHMENT_HEAD.pack(bytes.fromhex(digest), len(data)), data]
    return SealedBatch(batch_envelope.seal(b"".join(parts), recipients), manifest)


def save_batch(path: Path, data: bytes) -> None:
    """Write a batch file atomically and durably (a USB stick may be pulled out)."""
    write_atomically(path, data)


def read_batch(
    data: bytes, private_key: X25519PrivateKey, signer_key_for: SignerLookup
) -> BatchContents:
    """Open and check a batch file; raise :class:`BatchFileError` with the reason."""
    plain = batch_envelope.open_sealed(data, private_key)
    reader = _Reader(plain)
    manifest_bytes = reader.chunk(_U32)
    signature = reader.chunk(_U8)
    messages_bytes = reader.chunk(_U32)
    attachments = reader.attachments()
    reader.expect_end()
    raw_manifest = _json(manifest_bytes, "bản kê (manifest)")
    manifest = _parse_manifest(raw_manifest)
    _check_signature(manifest, manifest_bytes, signature, signer_key_for)
    messages = _json(messages_bytes, "danh sách thông điệp")
    if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
        raise BatchFileError("Danh sách thông điệp trong tệp lô không đúng dạng.")
    _check_messages(manifest, messages)
    _check_attachments(manifest, attachments)
    return BatchContents(
        manifest=manifest,
        messages=messages,
        attachments=attachments,
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offset = 0

    def _take(self, size: int) -> bytes:
        if self.offset + size > len(self.data):
            raise BatchFileError("Nội dung tệp lô không đầy đủ; không có gì được nhập.")
        piece = self.data[self.offset : self.offset + size]
        self.offset += size
        return piece

    def chunk(self, length_format: struct.Struct) -> bytes:
        (length,) = length_format.unpack(self._take(length_format.size))
        return self._take(length)

    def attachments(self) -> dict[str, bytes]:
        (count,) = _U32.unpack(self._take(_U32.size))
        found: dict[str, bytes] = {}
        for _ in range(count):
            digest, length = _ATTACHMENT_HEAD.unpack(self._take(_ATTACHMENT_HEAD.size))
            found[digest.hex()] = self._take(length)
        return found

    def expect_end(self) -> None:
        if self.offset != len(self.data):
            raise BatchFileError("Nội dung tệp lô có phần thừa không rõ; không có gì được nhập.")


def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BatchFileError(f"Không đọc được {what} trong tệp lô.") from None


def _parse_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _parse_manifest(raw: Any) -> BatchManifest:
    try:
        if raw["format"] != MANIFEST_FORMAT:
            raise BatchFileError(
                f"Bản kê của tệp lô dùng định dạng {raw['format']}, phần mềm này không đọc được."
            )
        return BatchManifest(
            workstation_id=str(raw["workstation_id"]),
            agency_code=str(raw["agency_code"]),
            signer_public_key=str(raw["signer_public_key"]),
            created_at=str(raw["created_at"]),
            scope=str(raw["scope"]),
            period_from=_parse_date(raw["period"]["from"]),
            period_to=_parse_date(raw["period"]["to"]),
            message_count=int(raw["message_count"]),
            dossier_codes=tuple(str(c) for c in raw["dossier_codes"]),
            message_hashes=tuple((str(m["id"]), str(m["sha256"])) for m in raw["messages"]),
            attachment_hashes=tuple((str(a["sha256"]), int(a["size"])) for a in raw["attachments"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BatchFileError(f"Bản kê của tệp lô thiếu hoặc sai trường: {error}") from None


def _check_signature(
    manifest: BatchManifest, manifest_bytes: bytes, signature: bytes, signer_key_for: SignerLookup
) -> None:
    known = signer_key_for(manifest.workstation_id)
    if known is None:
        raise BatchFileError(
            f"Tệp lô được ký bởi máy trạm không rõ hoặc đã bị thu hồi ({manifest.workstation_id}); "
            "không có gì được nhập."
        )
    if public_key_b64(known) != manifest.signer_public_key:
        raise BatchFileError(
            f"Khóa ký trong tệp lô không phải khóa đã đăng ký của máy trạm "
            f"{manifest.workstation_id}; không có gì được nhập."
        )
    try:
        known.verify(signature, MANIFEST_SIGNATURE_CONTEXT + manifest_bytes)
    except InvalidSignature:
        raise BatchFileError("Chữ ký của tệp lô không hợp lệ; không có gì được nhập.") from None


def _check_messages(manifest: BatchManifest, messages: list[dict[str, Any]]) -> None:
    if len(messages) != manifest.message_count or len(messages) != len(manifest.message_hashes):
        raise BatchFileError("Số thông điệp trong tệp lô không khớp với bản kê.")
    for position, (message, (expected_id, expected_hash)) in enumerate(
        zip(messages, manifest.message_hashes, strict=True), start=1
    ):
        try:
            actual = message_content_hash(message)
        except (KeyError, TypeError, ValueError):
            raise BatchFileError(f"Thông điệp thứ {position} trong tệp lô thiếu trường.") from None
        if message.get("id") != expected_id or actual != expected_hash:
            raise BatchFileError(
                f"Thông điệp thứ {position} trong tệp lô không khớp với mã băm trong bản kê."
            )
    codes = sorted({str(m["dossier_code"]) for m in messages if m.get("dossier_code")})
    if tuple(codes) != manifest.dossier_codes:
        raise BatchFileError("Danh sách mã hồ sơ trong bản kê không khớp với các thông điệp.")


def _check_attachments(manifest: BatchManifest, attachments: Mapping[str, bytes]) -> None:
    expected = dict(manifest.attachment_hashes)
    if set(expected) != set(attachments):
        raise BatchFileError("Danh sách tệp đính kèm trong tệp lô không khớp với bản kê.")
    for digest, data in attachments.items():
        if hashlib.sha256(data).hexdigest() != digest or len(data) != expected[digest]:
            raise BatchFileError(f"Tệp đính kèm {digest[:12]}… trong tệp lô bị hỏng.")
