"""Dossier code blocks from the central server into the core's code block table.

Once a workstation gets its numbers from the central server, its first-run
static share ends (yesterday): only leased blocks, which the server keeps
apart between workstations, are used from then on. The highest numbers the
server has seen from this workstation raise the local floor, so a workstation
restored from an old backup never issues a code twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select, update

from counter import clock
from counter.codes.allocate import add_block, raise_floor
from counter.db.models import CodeBlock, SequenceCounter
from counter.workspace import Workspace
from sync.client.api import CentralApi

LOW_WATER_SHARE = 0.2


@dataclass(frozen=True)
class CodeBlockReport:
    leased: int
    floors_raised: int


def _remaining_today(workspace: Workspace, agency_code: str, today: date) -> int:
    """Numbers still free today in central blocks, above today's floor."""
    with workspace.store.read() as session:
        blocks = session.execute(
            select(CodeBlock.first, CodeBlock.last).where(
                CodeBlock.agency_code == agency_code,
                CodeBlock.source == "central",
                CodeBlock.valid_from <= today,
                or_(CodeBlock.valid_to.is_(None), CodeBlock.valid_to >= today),
            )
        ).all()
        counter = session.get(SequenceCounter, f"code:{agency_code}:{today:%y%m%d}")
        floor = counter.last if counter else 0
    return sum(max(0, last - max(first - 1, floor)) for first, last in blocks)


def _central_block_count(workspace: Workspace, agency_code: str) -> int:
    with workspace.store.read() as session:
        ids = session.scalars(
            select(CodeBlock.id).where(
                CodeBlock.agency_code == agency_code, CodeBlock.source == "central"
            )
        ).all()
    return len(ids)


def _store_block(
    workspace: Workspace,
    agency_code: str,
    first: int,
    last: int,
    valid_from: date,
    valid_to: date | None,
    today: date,
) -> None:
    with workspace.store.write() as session:
        known = session.scalar(
            select(CodeBlock.id).where(
                CodeBlock.agency_code == agency_code,
                CodeBlock.source == "central",
                CodeBlock.first == first,
                CodeBlock.last == last,
                CodeBlock.valid_from == valid_from,
            )
        )
        if known is None:
            add_block(
                session,
                agency_code,
                first,
                last,
                valid_from=valid_from,
                valid_to=valid_to,
                source="central",
            )
        session.execute(
            update(CodeBlock)
            .where(
                CodeBlock.agency_code == agency_code,
                CodeBlock.source == "static",
                or_(CodeBlock.valid_to.is_(None), CodeBlock.valid_to >= today),
            )
            .values(valid_to=today - timedelta(days=1))
        )


def ensure_code_blocks(
    workspace: Workspace, api: CentralApi, agency_code: str, block_size: int
) -> CodeBlockReport:
    """Lease a new block when today's central numbers run low; raise floors from the server."""
    today = clock.now().date()
    floors = 0
    with workspace.store.write() as session:
        for usage in api.code_usage(since=today - timedelta(days=60)).days:
            raise_floor(session, agency_code, usage.day, usage.highest)
            floors += 1
    for block in api.code_blocks().blocks:
        _store_block(
            workspace, agency_code, block.first, block.last, block.valid_from, block.valid_to, today
        )
    leased = 0
    if _remaining_today(workspace, agency_code, today) < max(1, int(block_size * LOW_WATER_SHARE)):
        # Named after the blocks held: asking again after a lost answer gets the same block.
        held = _central_block_count(workspace, agency_code)
        block = api.lease_code_block(block_size, request_id=f"{today.isoformat()}-{held}")
        _store_block(
            workspace, agency_code, block.first, block.last, block.valid_from, block.valid_to, today
        )
        leased = 1
    return CodeBlockReport(leased, floors)
