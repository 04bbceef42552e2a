"""Small helpers shared by the central server's services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class WorkstationIdentity:
    """The authenticated caller, detached from the database."""

    id: str
    name: str
    agency_code: str
    public_key: str


def utc_now() -> datetime:
    """Now, as stored: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def stored_moment(value: Any) -> datetime | None:
    """An ISO 8601 text with an offset as naive UTC; None if absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def upsert_for(session: Session) -> Callable[..., Any]:
    """The dialect's ``insert`` that knows ``ON CONFLICT`` (SQLite and PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


def province_of(agency_code: str) -> str | None:
    """The province part (``Hxx``) of a QCVN 102 agency code, if it has one."""
    last = agency_code.rsplit(".", 1)[-1]
    if len(last) == 3 and last[0] in "HG" and last[1:].isdigit():
        return last
    return None


def scopes_of(agency_code: str) -> list[str]:
    """The stream scopes a workstation of this agency may read."""
    scopes = [f"agency:{agency_code}"]
    province = province_of(agency_code)
    if province:
        scopes.append(f"province:{province}")
    return scopes
