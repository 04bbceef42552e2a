"""No workstation can lease its agency's whole number range (finding 6).

Before: 20 requests of size 9999 with no end date took all of 0001-9999 for
good, and every other workstation of the agency failed to sync.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests

from counter.clock import now
from sync.central.context import CentralContext
from sync.errors import ServerRejectedError
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import dossier_code, enrol_workstation, received_message


def _lease(url: str, token: str, body: dict[str, object]) -> requests.Response:
    return requests.post(
        f"{url}/v1/code-blocks",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def test_one_workstation_cannot_starve_the_others_of_its_agency(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    settings = central_context.settings
    greedy = enrol_workstation(central_context, live_server.url, name="Quầy 1")
    other = enrol_workstation(central_context, live_server.url, name="Quầy 2")
    today = now().date()
    answers = [_lease(live_server.url, greedy.token, {"size": 9999}) for _ in range(20)]
    leased = [a.json() for a in answers if a.status_code == 200]
    refused = [a for a in answers if a.status_code != 200]
    assert sum(b["last"] - b["first"] + 1 for b in leased) == settings.max_outstanding_numbers
    assert len(leased) == settings.max_outstanding_numbers // settings.max_code_block
    assert {b["valid_to"] for b in leased} == {
        (today + timedelta(days=settings.max_code_block_days)).isoformat()
    }
    assert {a.status_code for a in refused} == {409}
    error = refused[0].json()["error"]
    assert error["code"] == "code_block_cap"
    assert (
        "Quầy 1" in error["message"] and str(settings.max_outstanding_numbers) in error["message"]
    )
    block = other.api.lease_code_block(9999)
    assert (block.first, block.last) == (2001, 2500)


def test_a_repeated_request_gets_its_block_even_at_the_cap(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    first = station.api.lease_code_block(500, request_id="day-0")
    for n in range(1, 4):
        station.api.lease_code_block(500, request_id=f"day-{n}")
    assert station.api.lease_code_block(500, request_id="day-0") == first
    with pytest.raises(ServerRejectedError, match="chưa dùng") as caught:
        station.api.lease_code_block(10, request_id="day-4")
    assert caught.value.status == 409


def test_numbers_used_today_make_room_for_a_new_block(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    for _ in range(4):
        station.api.lease_code_block(500)
    with pytest.raises(ServerRejectedError):
        station.api.lease_code_block(500)
    today = now().date()
    used = received_message(dossier_code(300, day=f"{today:%y%m%d}"), station.workstation_id)
    assert station.api.push([used]).results[0].result == "accepted"
    block = station.api.lease_code_block(500)
    assert (block.first, block.last) == (2001, 2300)


def test_blocks_end_within_the_allowed_days(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    days = central_context.settings.max_code_block_days
    today = now().date()
    horizon = today + timedelta(days=days)
    too_long = _lease(
        live_server.url, station.token, {"size": 10, "valid_to": str(horizon + timedelta(days=1))}
    )
    assert too_long.status_code == 422
    assert f"tối đa {days} ngày" in too_long.json()["error"]["message"]
    too_far = _lease(
        live_server.url,
        station.token,
        {"size": 10, "valid_from": str(horizon + timedelta(days=1))},
    )
    assert too_far.status_code == 422 and "valid_from" in too_far.json()["error"]["message"]
    ok = station.api.lease_code_block(10, valid_to=horizon)
    assert ok.valid_to == horizon
    later = station.api.lease_code_block(10, valid_from=today + timedelta(days=3))
    assert (later.valid_from, later.valid_to) == (today + timedelta(days=3), horizon)
