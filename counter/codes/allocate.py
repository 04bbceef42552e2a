"""Issue the next dossier number of a day from the blocks this workstation holds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import event, or_, select
from sqlalchemy.orm import Session

from counter.codes.format import MAX_DAILY_NUMBER, format_code
from counter.codes.journal import CodeJournal
from counter.db.models import CodeBlock, SequenceCounter
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
    rows = session.execute(
        select(CodeBlock.first, CodeBlock.last)
        .where(
            CodeBlock.agency_code == agency_code,
            CodeBlock.valid_from <= day,
            or_(CodeBlock.valid_to.is_(None), CodeBlock.valid_to >= day),
        )
        .order_by(CodeBlock.first)
    ).all()
    return [(first, last) for first, last in rows]


def _scope(agency_code: str, day: date) -> str:
    return f"code:{agency_code}:{day:%y%m%d}"


def raise_floor(session: Session, agency_code: str, day: date, number: int) -> None:
    """Never issue ``number`` or below again for that day (e.g. the server saw it already)."""
    row = session.get(SequenceCounter, _scope(agency_code, day))
    if row is None:
        session.add(SequenceCounter(scope=_scope(agency_code, day), last=number))
    elif row.last < number:
        row.last = number


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
    row = session.get(SequenceCounter, scope)
    if row is None:
        row = SequenceCounter(scope=scope, last=0)
        session.add(row)
    blocks = blocks_for(session, agency_code, day)
    if not blocks:
        raise ConfigurationError(
            "Máy trạm chưa được cấp dải số mã hồ sơ. Hãy đồng bộ với hệ thống trung tâm "
            "hoặc thiết lập số thứ tự máy trạm (python main.py setup --slot N --slots M)."
        )
    floor = max(row.last, journal.highest(agency_code, day))
    number = next_in_blocks(blocks, floor)
    if number is None:
        raise CodeSpaceExhaustedError(
            f"Đã dùng hết dải số mã hồ sơ của máy trạm cho ngày {day:%d/%m/%Y}. "
            "Hãy đồng bộ để được cấp thêm dải số."
        )
    row.last = number
    _journal_at_commit(session, journal, agency_code, day, number)
    return format_code(agency_code, day, number)


def next_book_number(session: Session, year: int) -> int:
    """The next entry of the tracking book (Sổ theo dõi hồ sơ) of ``year`` on this workstation."""
    scope = f"book:{year}"
    row = session.get(SequenceCounter, scope)
    if row is None:
        row = SequenceCounter(scope=scope, last=0)
        session.add(row)
    row.last += 1
    return row.last
