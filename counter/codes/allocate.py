"""Issue the next dossier number of a day from the blocks this workstation holds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import event
from sqlalchemy.orm import Session

from counter.codes.format import MAX_DAILY_NUMBER, format_code
from counter.codes.journal import CodeJournal
from counter.db import rows
from counter.db.models import CodeBlock
from counter.errors import CodeSpaceExhaustedError, ConfigurationError, InputError

STATIC_VALID_FROM = date(2000, 1, 1)


def next_in_blocks(blocks: Sequence[tuple[int, int]], floor: int) -> int | None:
    """The smallest number above ``floor`` inside one of ``blocks`` (inclusive ranges)."""
    return min((max(first, floor + 1) for first, last in blocks if last > floor), default=None)


def static_block(slot: int, slots: int) -> tuple[int, int]:
    """Slot ``slot`` of ``slots`` equal shares of 1..9999 (the offline fallback)."""
    if not 1 <= slot <= slots <= 99:
        raise InputError("slot", "số thứ tự máy trạm phải từ 1 đến tổng số máy (tối đa 99).")
    size = MAX_DAILY_NUMBER // slots
    first = (slot - 1) * size + 1
    last = MAX_DAILY_NUMBER if slot == slots else slot * size
    return first, last


def add_block(
    session: Session,
    agency_code: str,
    first: int,
    last: int,
    *,
    valid_from: date = STATIC_VALID_FROM,
    valid_to: date | None = None,
    source: str = "static",
) -> None:
    if not 1 <= first <= last <= MAX_DAILY_NUMBER:
        raise InputError("block", f"dải số {first}–{last} không hợp lệ (1–{MAX_DAILY_NUMBER}).")
    session.add(
        CodeBlock(
            agency_code=agency_code,
            first=first,
            last=last,
            valid_from=valid_from,
            valid_to=valid_to,
            source=source,
        )
    )
    session.flush()


def blocks_for(session: Session, agency_code: str, day: date) -> list[tuple[int, int]]:
    found = rows.fetch_all(
        session, "SELECT first, last FROM code_block WHERE agency_code = ? AND valid_from <= ?"
                 " AND (valid_to IS NULL OR valid_to >= ?) ORDER BY first",
        (agency_code, day.isoformat(), day.isoformat()))
    return [(first, last) for first, last in found]


def _scope(agency_code: str, day: date) -> str:
    return f"code:{agency_code}:{day:%y%m%d}"


def last_issued(session: Session, scope: str) -> int:
    """The last number of a sequence (``code:…`` of a day, ``book:…`` of a year); 0 if none."""
    found = rows.fetch_one(session, "SELECT last FROM sequence_counter WHERE scope = ?", (scope,))
    return 0 if found is None else int(found[0])


def set_last_issued(session: Session, scope: str, last: int) -> None:
    rows.execute(session, "INSERT INTO sequence_counter (scope, last) VALUES (?, ?) "
                          "ON CONFLICT (scope) DO UPDATE SET last = excluded.last", (scope, last))


def raise_floor(session: Session, agency_code: str, day: date, number: int) -> None:
    """Never issue ``number`` or below again for that day (e.g. the server saw it already)."""
    scope = _scope(agency_code, day)
    if last_issued(session, scope) < number:
        set_last_issued(session, scope, number)


def _journal_at_commit(session: Session, journal: CodeJournal, agency_code: str, day: date,
                       number: int) -> None:
    """Write ``number`` to the journal once the transaction is about to commit.

    Everything else the transaction does (checks, inserts, the outbox) runs first, so a
    refused or failed intake rolls back its number with it and the next dossier gets it.
    The journal is still written before the commit: a crash in between leaves a gap, never
    a number issued twice.
    """
    def record(committing: Session) -> None:
        committing.flush()
        journal.record(agency_code, day, number)

    event.listen(session, "before_commit", record, once=True)


def allocate_code(session: Session, journal: CodeJournal, agency_code: str, day: date) -> str:
    """The next unused code of ``day``. Call inside a write transaction (it holds the lock);
    the number is used only if that transaction commits."""
    scope = _scope(agency_code, day)
    blocks = blocks_for(session, agency_code, day)
    if not blocks:
        raise ConfigurationError(
            "Máy trạm chưa được cấp dải số mã hồ sơ. Hãy đồng bộ với hệ thống trung tâm "
            "hoặc thiết lập số thứ tự máy trạm (python main.py setup --slot N --slots M)."
        )
    floor = max(last_issued(session, scope), journal.highest(agency_code, day))
    number = next_in_blocks(blocks, floor)
    if number is None:
        raise CodeSpaceExhaustedError(
            f"Đã dùng hết dải số mã hồ sơ của máy trạm cho ngày {day:%d/%m/%Y}. "
            "Hãy đồng bộ để được cấp thêm dải số."
        )
    set_last_issued(session, scope, number)
    _journal_at_commit(session, journal, agency_code, day, number)
    return format_code(agency_code, day, number)


def next_book_number(session: Session, year: int) -> int:
    """The next entry of the tracking book (Sổ theo dõi hồ sơ) of ``year`` on this workstation."""
    scope = f"book:{year}"
    number = last_issued(session, scope) + 1
    set_last_issued(session, scope, number)
    return number
