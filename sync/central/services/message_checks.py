"""Checks a message passes before it is stored: text the database can keep, and ownership.

Ownership: a workstation writes only its own agency's dossiers. A dossier code is
``<agency>-<YYMMDD>-<NNNN>``: a snapshot must carry the sender's agency in its code and (if
it names one) in its payload; an event must carry the sender's agency in its code and, once
the dossier is stored, concern a dossier stored for that agency.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.central.models import Dossier
from sync.central.services.bulk import member_of
from sync.protocol import OutboxMessage, parse_dossier_code

# NUL cannot be stored in PostgreSQL text; lone surrogates cannot be encoded as UTF-8.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CHUNK = 500


def unstorable_text(value: Any) -> str | None:
    """Where in ``value`` (a JSON value) a string holds text no database can store, or None.

    Walks every key and string without recursion, so any depth is fine; the walk is only
    needed when the value's JSON text shows a candidate (``_may_hold_unstorable``)."""
    if not _may_hold_unstorable(value):
        return None
    pending: list[tuple[str, Any]] = [("", value)]
    while pending:
        where, item = pending.pop()
        if isinstance(item, str):
            if _UNSTORABLE.search(item):
                return where or "nội dung"
        elif isinstance(item, dict):
            for key, inner in item.items():
                name = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and _UNSTORABLE.search(key):
                    return storable_text(name)
                pending.append((name, inner))
        elif isinstance(item, list):
            pending.extend((f"{where}[{i}]", inner) for i, inner in enumerate(item))
    return None


def _may_hold_unstorable(value: Any) -> bool:
    """False when no string of ``value`` can hold NUL or a lone surrogate (see
    :func:`may_hold_unstorable`)."""
    try:
        text = loose_text(value)
    except (TypeError, ValueError):
        return True
    return may_hold_unstorable(text)


def loose_text(value: Any) -> str:
    """A JSON value's text as :func:`may_hold_unstorable` reads it (any key order)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def may_hold_unstorable(json_text: str) -> bool:
    """False when no string in this JSON text (written with ``ensure_ascii=False``) holds NUL
    or a lone surrogate: such a dump keeps surrogates as they are and writes NUL as the
    escape ``\\u0000``, so a text with neither has none. A literal backslash-u0000 typed by
    someone only costs the full walk (:func:`unstorable_text`)."""
    return "\\u0000" in json_text or _SURROGATE.search(json_text) is not None


def unstorable_reason(where: str) -> str:
    return (
        f"Thông điệp không hợp lệ: {storable_text(where)[:200]}: có ký tự NUL hoặc ký tự Unicode "
        "hỏng (nửa cặp thay thế), cơ sở dữ liệu không lưu được."
    )


def storable_text(text: str) -> str:
    """``text`` with unstorable characters written as ``\\uXXXX`` escapes."""
    return _UNSTORABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def loose_json(raw: Any) -> str:
    """Any decoded JSON value as storable text (for a message too broken to parse)."""
    text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
    if _UNSTORABLE.search(text):
        return json.dumps(raw, ensure_ascii=True, sort_keys=True, default=str)
    return text


def foreign_reasons(
    session: Session, agency_code: str, messages: Iterable[OutboxMessage]
) -> dict[str, str]:
    """A Vietnamese reason per message (by id) that touches another agency's dossiers."""
    messages = list(messages)
    event_codes = sorted(
        {str(m.dossier_code) for m in messages if m.kind == "dossier.event" and m.dossier_code}
    )
    owners = _stored_owners(session, event_codes)
    reasons: dict[str, str] = {}
    for message in messages:
        reason = _foreign_reason(agency_code, message, owners)
        if reason is not None:
            reasons[message.id] = reason
    return reasons


def _stored_owners(session: Session, codes: list[str]) -> dict[str, str | None]:
    owners: dict[str, str | None] = {}
    for start in range(0, len(codes), _CHUNK):
        rows = session.execute(
            select(Dossier.code, Dossier.agency_code).where(
                member_of(session, Dossier.code, codes[start : start + _CHUNK])
            )
        )
        owners.update({row.code: row.agency_code for row in rows})
    return owners


def _foreign_reason(
    agency_code: str, message: OutboxMessage, owners: dict[str, str | None]
) -> str | None:
    return _dossier_reason(agency_code, message, owners) or _payload_reason(agency_code, message)


def _dossier_reason(
    agency_code: str, message: OutboxMessage, owners: dict[str, str | None]
) -> str | None:
    if message.dossier_code is None:
        return None
    code = message.dossier_code
    parsed = parse_dossier_code(code)
    if parsed is None:
        return f"Mã hồ sơ '{code}' không đúng dạng <mã cơ quan>-<YYMMDD>-<NNNN>."
    owner = parsed[0]
    if owner == agency_code and message.kind == "dossier.event":
        # the stored dossier must be the agency's too (not one stored under its code by others)
        owner = owners.get(code) or owner
    if owner == agency_code:
        return None
    return (
        f"Hồ sơ {code} thuộc cơ quan {owner}, không phải cơ quan của máy trạm "
        f"({agency_code}); máy trạm chỉ được gửi hồ sơ của cơ quan mình."
    )


def _payload_reason(agency_code: str, message: OutboxMessage) -> str | None:
    named = message.payload.get("agency_code")
    if named is None or named == agency_code:
        return None
    return (
        f"Thông điệp ghi cơ quan '{str(named)[:64]}', không phải cơ quan của máy "
        f"trạm ({agency_code}); máy trạm chỉ được gửi hồ sơ của cơ quan mình."
    )
