"""Vietnam local time. Every time the core hands out is aware, in Asia/Ho_Chi_Minh."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from counter.errors import InputError

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


DAY_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


def parse_day(text: str | None, field: str) -> date:
    """A day typed as ``YYYY-MM-DD`` or ``dd/mm/yyyy`` (also ``dd-mm-yyyy``); a clear error
    naming ``field`` otherwise."""
    if not text or not text.strip():
        raise InputError(field, "cần nhập ngày (YYYY-MM-DD hoặc dd/mm/yyyy).")
    for form in DAY_FORMATS:
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise InputError(field, f"ngày không hợp lệ: {text!r} (YYYY-MM-DD hoặc dd/mm/yyyy).")


def format_minute(moment: datetime) -> str:
    return to_local(moment).strftime("%Y-%m-%dT%H:%M")
