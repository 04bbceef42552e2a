"""Dossier code blocks from the central server, kept by the core (``counter.codes.leases``):
a new block when today's leased numbers run low, floors raised from the server's view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from counter import clock
from counter.codes.leases import (
    LeasedBlock,
    leased_block_count,
    leased_numbers_left,
    raise_floors,
    take_leased_block,
)
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.protocol import CodeBlock

LOW_WATER_SHARE = 0.2


@dataclass(frozen=True)
class CodeBlockReport:
    leased: int
    floors_raised: int


def ensure_code_blocks(
    workspace: Workspace, api: CentralApi, agency_code: str, block_size: int
) -> CodeBlockReport:
    """Lease a new block when today's central numbers run low; raise floors from the server."""
    today = clock.now().date()
    usage = api.code_usage(since=today - timedelta(days=60)).days
    floors = raise_floors(workspace, agency_code, [(u.day, u.highest) for u in usage])
    for block in api.code_blocks().blocks:
        take_leased_block(workspace, agency_code, _leased(block), today)
    leased = 0
    if leased_numbers_left(workspace, agency_code, today) < max(1, int(block_size * LOW_WATER_SHARE)):
        # Named after the blocks held: asking again after a lost answer gets the same block.
        held = leased_block_count(workspace, agency_code)
        block = api.lease_code_block(block_size, request_id=f"{today.isoformat()}-{held}")
        take_leased_block(workspace, agency_code, _leased(block), today)
        leased = 1
    return CodeBlockReport(leased, floors)


def _leased(block: CodeBlock) -> LeasedBlock:
    return LeasedBlock(block.first, block.last, block.valid_from, block.valid_to)
