"""Vietnam local time. Every time the core hands out is aware, in Asia/Ho_Chi_Minh."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def now() -> datetime:
    """The current time in Vietnam."""
    return datetime.now(VN_TZ)


def to_local(moment: datetime) -> datetime:
    """An aware time in Vietnam local time; a naive one is taken as already local."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(VN_TZ)


def to_utc_naive(moment: datetime) -> datetime:
    """How times are stored in the database: naive UTC."""
    return to_local(moment).astimezone(UTC).replace(tzinfo=None)


def from_utc_naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone(VN_TZ)


def parse_local(text: str) -> datetime:
    """Parse ``YYYY-MM-DDTHH:MM[:SS]`` (or with an offset) as Vietnam time."""
    return to_local(datetime.fromisoformat(text.strip()))


def format_minute(moment: datetime) -> str:
    return to_local(moment).strftime("%Y-%m-%dT%H:%M")
