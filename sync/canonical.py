"""Canonical JSON and content hashes: the same content always gives the same bytes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no spaces; NaN and infinities are refused."""
    return canonical_text(value).encode("utf-8")


def canonical_text(value: Any) -> str:
    """:func:`canonical_json` before its encoding to UTF-8."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def message_content_hash(message: Mapping[str, Any]) -> str:
    """The content hash of an outbox message: SHA-256 of its canonical JSON.

    Only the message's own fields count (id, kind, dossier_code, created_at,
    payload), so extra transport fields never change the hash.
    """
    content = {
        "id": message["id"],
        "kind": message["kind"],
        "dossier_code": message.get("dossier_code"),
        "created_at": message["created_at"],
        "payload": message["payload"],
    }
    return sha256_hex(canonical_json(content))
