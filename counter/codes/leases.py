"""Dossier code blocks leased from the central system: take one, end the static share.

Once a workstation gets its numbers from the central server, its first-run static share
ends (yesterday): only leased blocks, which the server keeps apart between workstations,
are used from then on. The highest numbers the server has seen from this workstation raise
the local floor, so a workstation restored from an old backup never issues a code twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from counter.codes.allocate import add_block, raise_floor
from counter.db.models import CodeBlock, SequenceCounter
from counter.workspace import Workspace

CENTRAL = "central"


@dataclass(frozen=True)
class LeasedBlock:
    first: int
    last: int
    valid_from: date
    valid_to: date | None


def raise_floors(workspace: Workspace, agency_code: str, highest: Iterable[tuple[date, int]]) -> int:
    """Never issue again the numbers the server has seen: ``(day, highest number)`` pairs."""
    raised = 0
    with workspace.store.write() as session:
        for day, number in highest:
            raise_floor(session, agency_code, day, number)
            raised += 1
    return raised


def take_leased_block(workspace: Workspace, agency_code: str, block: LeasedBlock,
                      today: date) -> None:
    """Keep ``block`` (once, however often the server sends it) and end the static share
    yesterday."""
    with workspace.store.write() as session:
        known = session.scalar(
            select(CodeBlock.id).where(
                CodeBlock.agency_code == agency_code,
                CodeBlock.source == CENTRAL,
                CodeBlock.first == block.first,
                CodeBlock.last == block.last,
                CodeBlock.valid_from == block.valid_from,
            )
        )
        if known is None:
            add_block(session, agency_code, block.first, block.last,
                      valid_from=block.valid_from, valid_to=block.valid_to, source=CENTRAL)
        end_static_blocks(session, agency_code, today)


def end_static_blocks(session: Session, agency_code: str, today: date) -> None:
    """The first-run static share is used no more from ``today`` on."""
    session.execute(
        update(CodeBlock)
        .where(
            CodeBlock.agency_code == agency_code,
            CodeBlock.source == "static",
            or_(CodeBlock.valid_to.is_(None), CodeBlock.valid_to >= today),
        )
        .values(valid_to=today - timedelta(days=1))
    )


def leased_numbers_left(workspace: Workspace, agency_code: str, today: date) -> int:
    """Numbers still free today in leased blocks, above today's floor."""
    with workspace.store.read() as session:
        blocks = session.execute(
            select(CodeBlock.first, CodeBlock.last).where(
                CodeBlock.agency_code == agency_code,
                CodeBlock.source == CENTRAL,
                CodeBlock.valid_from <= today,
                or_(CodeBlock.valid_to.is_(None), CodeBlock.valid_to >= today),
            )
        ).all()
        counter = session.get(SequenceCounter, f"code:{agency_code}:{today:%y%m%d}")
        floor = counter.last if counter else 0
    return sum(max(0, last - max(first - 1, floor)) for first, last in blocks)


def leased_block_count(workspace: Workspace, agency_code: str) -> int:
    with workspace.store.read() as session:
        ids = session.scalars(
            select(CodeBlock.id).where(
                CodeBlock.agency_code == agency_code, CodeBlock.source == CENTRAL
            )
        ).all()
    return len(ids)
