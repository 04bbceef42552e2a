"""A half-filled intake form kept for the person who was filling it.

When the app logs someone out for being idle, what they had typed is not thrown away: it
is kept in the encrypted database under their account and offered back, once, at their
next login. Nobody else is offered it, and a draft older than a working day is dropped
rather than handed back (the citizen has long gone home).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select

from counter import clock
from counter.access import check_permission
from counter.db.models import IntakeDraft
from counter.errors import InputError
from counter.roles import Actor
from counter.workspace import Workspace

DRAFT_LIFETIME = timedelta(hours=12)
MAX_DRAFT_BYTES = 32_000
_Scalar = str | int | bool | None


@dataclass(frozen=True)
class Draft:
    saved_at: datetime
    fields: dict[str, Any]


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    """Plain named values only (text, numbers, lists of them), and small."""
    if not isinstance(fields, dict):
        raise InputError("draft", "bản nháp phải là các trường có tên.")
    for name, value in fields.items():
        if not isinstance(name, str) or not _plain(value):
            raise InputError("draft", f"trường “{name}” của bản nháp không hợp lệ.")
    if len(json.dumps(fields, ensure_ascii=False).encode()) > MAX_DRAFT_BYTES:
        raise InputError("draft", "bản nháp quá lớn để lưu.")
    return fields


def _plain(value: object) -> bool:
    if isinstance(value, list):
        return all(isinstance(v, _Scalar) for v in value)  # type: ignore[arg-type]
    return isinstance(value, _Scalar)  # type: ignore[arg-type]


def keep_intake_draft(workspace: Workspace, actor: Actor, fields: dict[str, Any]) -> None:
    """Keep ``fields`` for ``actor`` (replacing an older draft of theirs)."""
    check_permission(workspace, actor, "dossier.receive", "intake_draft", actor.username)
    fields = _checked(fields)
    with workspace.store.write() as session:
        row = session.get(IntakeDraft, actor.username)
        if row is None:
            row = IntakeDraft(username=actor.username)
            session.add(row)
        row.saved_at, row.fields = clock.now(), fields


def take_intake_draft(workspace: Workspace, actor: Actor,
                      now: datetime | None = None) -> Draft | None:
    """``actor``'s draft, removed as it is handed back; None when there is none, or when it
    is too old to be of use (then it is removed all the same)."""
    if not actor.can("dossier.receive"):
        return None
    now = now or clock.now()
    with workspace.store.write() as session:
        row = session.scalar(select(IntakeDraft).where(IntakeDraft.username == actor.username))
        if row is None:
            return None
        draft = Draft(row.saved_at, dict(row.fields))
        session.execute(delete(IntakeDraft).where(IntakeDraft.username == actor.username))
    return draft if now - draft.saved_at <= DRAFT_LIFETIME else None


def discard_intake_draft(workspace: Workspace, actor: Actor) -> None:
    with workspace.store.write() as session:
        session.execute(delete(IntakeDraft).where(IntakeDraft.username == actor.username))
