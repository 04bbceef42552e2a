"""Dossier code blocks: never overlapping within an agency, leased idempotently."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counter.clock import now
from sync.central import admin
from sync.central.context import CentralContext
from sync.central.services.code_blocks import first_free_range
from sync.errors import ServerRejectedError
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import dossier_code, enrol_workstation, received_message


def test_first_free_range() -> None:
    assert first_free_range([], 100) == (1, 100)
    assert first_free_range([(1, 100)], 50) == (101, 150)
    assert first_free_range([(1, 10), (21, 30)], 10) == (11, 20)
    assert first_free_range([(1, 10), (21, 30)], 11) == (31, 41)
    assert first_free_range([(1, 9990)], 20) == (9991, 9999)
    assert first_free_range([(1, 9999)], 1) is None
    assert first_free_range([(5, 20), (1, 10)], 3) == (21, 23)


def test_blocks_of_one_agency_never_overlap_and_a_repeat_gets_the_same_block(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    first = enrol_workstation(central_context, live_server.url)
    second = enrol_workstation(central_context, live_server.url)
    a = first.api.lease_code_block(100, request_id="r1")
    b = second.api.lease_code_block(100, request_id="r1")
    again = first.api.lease_code_block(100, request_id="r1")
    assert (a.first, a.last, b.first, b.last) == (1, 100, 101, 200)
    assert again == a
    assert [block.id for block in first.api.code_blocks().blocks] == [a.id]


def test_the_block_size_is_capped(central_context: CentralContext, live_server: LiveServer) -> None:
    station = enrol_workstation(central_context, live_server.url)
    block = station.api.lease_code_block(9999)
    assert block.last - block.first + 1 == central_context.settings.max_code_block


def test_a_revoked_workstations_blocks_end_today(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    lost = enrol_workstation(central_context, live_server.url)
    kept = enrol_workstation(central_context, live_server.url)
    lost_block = lost.api.lease_code_block(100)
    admin.revoke_workstation(central_context, lost.workstation_id, "mất máy")
    tomorrow = now().date() + timedelta(days=1)
    today_block = kept.api.lease_code_block(100)
    assert today_block.first == 101
    reused = kept.api.lease_code_block(100, valid_from=tomorrow)
    assert (reused.first, reused.last) == (lost_block.first, lost_block.last)


def test_a_block_ending_before_today_is_refused(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    with pytest.raises(ServerRejectedError, match="valid_to") as caught:
        station.api.lease_code_block(10, valid_to=now().date() - timedelta(days=1))
    assert caught.value.status == 422


def test_the_highest_number_seen_per_day_is_reported(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    station.api.push(
        [
            received_message(dossier_code(n, day=day), station.workstation_id)
            for n, day in [(3, "250915"), (17, "250915"), (4, "250916")]
        ]
    )
    usage = station.api.code_usage().days
    assert [(u.day.isoformat(), u.highest) for u in usage] == [
        ("2025-09-15", 17),
        ("2025-09-16", 4),
    ]
