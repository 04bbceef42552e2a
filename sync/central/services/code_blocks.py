"""Blocks of dossier sequence numbers leased to workstations.

A dossier code is ``<agency>-<YYMMDD>-<NNNN>``; NNNN is the agency's sequence
of the day (0001-9999). A workstation only issues numbers from blocks it
holds, and blocks of one agency never overlap on a day when both are valid,
so offline workstations can never issue the same code. Leasing locks the
agency's row, which makes it safe with several server processes.

No workstation may starve the others of its agency: a block ends at most
``max_code_block_days`` after today, and a workstation holds at most
``max_outstanding_numbers`` unused numbers at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from counter.errors import CodeSpaceExhaustedError
from sync.central.errors import CodeBlockCapError, InvalidRequestError
from sync.central.models import AgencyLock, CodeBlock, Dossier
from sync.central.services.common import WorkstationIdentity, upsert_for, utc_now
from sync.protocol import CodeBlock as CodeBlockView
from sync.protocol import CodeUsageDay

HIGHEST_NUMBER = 9999


def _view(block: CodeBlock) -> CodeBlockView:
    return CodeBlockView(
        id=block.id,
        agency_code=block.agency_code,
        first=block.first,
        last=block.last,
        valid_from=block.valid_from,
        valid_to=block.valid_to,
    )


def first_free_range(taken: Sequence[tuple[int, int]], size: int) -> tuple[int, int] | None:
    """The lowest range of ``size`` numbers in 1..9999 clear of ``taken``; else the largest gap."""
    best: tuple[int, int] | None = None
    start = 1
    for first, last in [*sorted(taken), (HIGHEST_NUMBER + 1, HIGHEST_NUMBER + 1)]:
        if first > start:
            gap = (start, min(first - 1, HIGHEST_NUMBER))
            if gap[1] - gap[0] + 1 >= size:
                return gap[0], gap[0] + size - 1
            if best is None or gap[1] - gap[0] > best[1] - best[0]:
                best = gap
        start = max(start, last + 1)
    return best


@dataclass(frozen=True)
class LeaseTerms:
    size: int
    valid_from: date
    valid_to: date


def lease_terms(
    today: date, valid_from: date | None, valid_to: date | None, *, size: int, max_days: int
) -> LeaseTerms:
    """The days a block may cover: from today at the earliest, ``max_days`` after today at the
    latest (also the end when none is asked)."""
    start = max(valid_from or today, today)
    horizon = today + timedelta(days=max_days)
    if start > horizon:
        raise InvalidRequestError(
            f"valid_from: khối số chỉ được cấp cho tối đa {max_days} ngày tới "
            f"(đến {horizon.isoformat()})."
        )
    end = valid_to or horizon
    if end < start:
        raise InvalidRequestError("valid_to: khối số không thể hết hiệu lực trước hôm nay.")
    if end > horizon:
        raise InvalidRequestError(
            f"valid_to: khối số chỉ có hiệu lực tối đa {max_days} ngày sau hôm nay "
            f"(đến {horizon.isoformat()}); hãy xin khối mới khi hết hạn."
        )
    return LeaseTerms(size=size, valid_from=start, valid_to=end)


def outstanding_numbers(session: Session, workstation: WorkstationIdentity, today: date) -> int:
    """Numbers the workstation holds and has not used: today's above the highest number the
    server has seen from it today, and all of those in blocks that start later."""
    highest_today = session.scalar(
        select(func.max(Dossier.seq_number)).where(
            Dossier.workstation_id == workstation.id, Dossier.seq_day == today
        )
    )
    floor = highest_today or 0
    held = session.execute(
        select(CodeBlock.first, CodeBlock.last, CodeBlock.valid_from).where(
            CodeBlock.workstation_id == workstation.id,
            CodeBlock.valid_to.is_(None) | (CodeBlock.valid_to >= today),
        )
    )
    return sum(
        last - first + 1 if valid_from > today else max(0, last - max(first - 1, floor))
        for first, last, valid_from in held
    )


def lease_block(
    session: Session,
    workstation: WorkstationIdentity,
    terms: LeaseTerms,
    *,
    today: date,
    max_outstanding: int,
    request_id: str | None,
) -> CodeBlockView:
    """Lease the lowest free block for the workstation's agency (a repeated request gets the same
    one), no larger than what the workstation may still hold."""
    if request_id:
        earlier = session.scalars(
            select(CodeBlock).where(
                CodeBlock.workstation_id == workstation.id, CodeBlock.request_id == request_id
            )
        ).first()
        if earlier is not None:
            return _view(earlier)
    agency = workstation.agency_code
    session.execute(
        upsert_for(session)(AgencyLock).values(agency_code=agency).on_conflict_do_nothing()
    )
    session.execute(
        select(AgencyLock).where(AgencyLock.agency_code == agency).with_for_update()
    ).first()
    outstanding = outstanding_numbers(session, workstation, today)
    if outstanding >= max_outstanding:
        raise CodeBlockCapError(
            f"Máy trạm '{workstation.name}' đang giữ {outstanding} số thứ tự hồ sơ chưa dùng "
            f"(tối đa {max_outstanding}); hãy dùng bớt các số đã được cấp rồi xin khối mới."
        )
    size = min(terms.size, max_outstanding - outstanding)
    valid_from, valid_to = terms.valid_from, terms.valid_to
    overlapping = select(CodeBlock.first, CodeBlock.last).where(
        CodeBlock.agency_code == agency,
        or_(CodeBlock.valid_to.is_(None), CodeBlock.valid_to >= valid_from),
        CodeBlock.valid_to.is_(None) | (CodeBlock.valid_to >= CodeBlock.valid_from),
    )
    overlapping = overlapping.where(CodeBlock.valid_from <= valid_to)
    taken = [(row.first, row.last) for row in session.execute(overlapping)]
    free = first_free_range(taken, size)
    if free is None:
        raise CodeSpaceExhaustedError(
            f"Cơ quan {agency} đã hết số thứ tự hồ sơ (0001-{HIGHEST_NUMBER}) để cấp khối mới "
            "cho những ngày này; hãy để quản trị viên trung tâm thu hồi các khối không còn dùng."
        )
    block = CodeBlock(
        agency_code=agency,
        workstation_id=workstation.id,
        first=free[0],
        last=free[1],
        valid_from=valid_from,
        valid_to=valid_to,
        leased_at=utc_now(),
        request_id=request_id,
    )
    session.add(block)
    session.flush()
    return _view(block)


def blocks_of(
    session: Session, workstation: WorkstationIdentity, today: date
) -> list[CodeBlockView]:
    """The workstation's blocks still valid today or later."""
    rows = session.scalars(
        select(CodeBlock)
        .where(
            CodeBlock.workstation_id == workstation.id,
            CodeBlock.valid_to.is_(None) | (CodeBlock.valid_to >= today),
        )
        .order_by(CodeBlock.valid_from, CodeBlock.first)
    )
    return [_view(block) for block in rows]


def highest_numbers(
    session: Session, workstation: WorkstationIdentity, since: date
) -> list[CodeUsageDay]:
    """The highest sequence number the server has seen from this workstation, per day."""
    rows = session.execute(
        select(Dossier.seq_day, func.max(Dossier.seq_number))
        .where(
            Dossier.workstation_id == workstation.id,
            Dossier.seq_day.is_not(None),
            Dossier.seq_day >= since,
        )
        .group_by(Dossier.seq_day)
        .order_by(Dossier.seq_day)
    )
    return [
        CodeUsageDay(day=day, highest=highest)
        for day, highest in rows
        if day is not None and highest is not None
    ]
