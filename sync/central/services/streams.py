"""Pull streams (catalogue, agencies, holidays, dossier-status), read from an opaque cursor.

Each item keeps its current state and the stream's sequence number of its
last change. Writers of a stream take the next number from the stream's
counter row and hold its lock until they commit, so numbers become visible in
order and a reader following the cursor never skips a change.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sync.canonical import canonical_json
from sync.central.errors import InvalidRequestError
from sync.central.models import StreamCounter, StreamItem
from sync.central.services.common import upsert_for, utc_now
from sync.protocol import PullItem, PullResponse, StreamName

_CURSOR_PREFIX = "v1"


def encode_cursor(stream: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}:{stream}:{seq}".encode()).decode("ascii")


def decode_cursor(stream: str, cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        prefix, named, seq = base64.urlsafe_b64decode(cursor.encode("ascii")).decode().split(":")
        if prefix != _CURSOR_PREFIX or named != stream:
            raise ValueError(cursor)
        return int(seq)
    except (ValueError, UnicodeError, binascii.Error):
        raise InvalidRequestError(
            f"Con trỏ '{cursor[:40]}' không dùng được cho luồng {stream}; hãy kéo lại từ đầu."
        ) from None


def _next_seq(session: Session, stream: str) -> int:
    session.execute(
        upsert_for(session)(StreamCounter).values(stream=stream, value=0).on_conflict_do_nothing()
    )
    value = session.scalar(
        update(StreamCounter)
        .where(StreamCounter.stream == stream)
        .values(value=StreamCounter.value + 1)
        .returning(StreamCounter.value)
    )
    assert value is not None
    return int(value)


def publish(
    session: Session,
    stream: str,
    key: str,
    data: dict[str, Any] | None,
    *,
    scope: str | None = None,
    deleted: bool = False,
) -> bool:
    """Set an item's state; False (and no new sequence number) if nothing changed."""
    text = canonical_json(data or {}).decode("utf-8")
    current = session.scalars(
        select(StreamItem).where(StreamItem.stream == stream, StreamItem.key == key)
    ).first()
    if current is not None and (current.data, current.deleted, current.scope) == (
        text,
        deleted,
        scope,
    ):
        return False
    seq = _next_seq(session, stream)
    if current is None:
        session.add(
            StreamItem(
                stream=stream,
                key=key,
                scope=scope,
                seq=seq,
                deleted=deleted,
                data=text,
                updated_at=utc_now(),
            )
        )
    else:
        current.scope, current.seq, current.deleted = scope, seq, deleted
        current.data, current.updated_at = text, utc_now()
    session.flush()
    return True


def pull(
    session: Session, stream: StreamName, cursor: str | None, scopes: list[str], limit: int
) -> PullResponse:
    """The changes after ``cursor`` visible to these scopes (unscoped items are for everyone)."""
    after = decode_cursor(stream, cursor)
    rows = list(
        session.scalars(
            select(StreamItem)
            .where(
                StreamItem.stream == stream,
                StreamItem.seq > after,
                StreamItem.scope.is_(None) | StreamItem.scope.in_(scopes),
            )
            .order_by(StreamItem.seq)
            .limit(limit + 1)
        )
    )
    page = rows[:limit]
    items = [
        PullItem(
            key=row.key, deleted=row.deleted, data=None if row.deleted else json.loads(row.data)
        )
        for row in page
    ]
    last = page[-1].seq if page else after
    return PullResponse(
        stream=stream, items=items, cursor=encode_cursor(stream, last), more=len(rows) > limit
    )
