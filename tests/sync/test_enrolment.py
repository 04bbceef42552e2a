"""Enrolment with one-time codes; unknown and revoked workstations are refused."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central import admin
from sync.central.context import CentralContext
from sync.errors import ServerRejectedError, WorkstationRefusedError
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import AGENCY, api_for, dossier_code, enrol_workstation, received_message


def test_a_code_enrols_one_workstation_only(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    code = admin.create_enrolment_code(central_context, AGENCY)
    first = api_for(live_server.url).enrol(code, "Quầy 1", AGENCY, Ed25519PrivateKey.generate())
    assert first.agency_code == AGENCY and first.token
    with pytest.raises(WorkstationRefusedError, match="đã được sử dụng") as caught:
        api_for(live_server.url).enrol(code, "Quầy 2", AGENCY, Ed25519PrivateKey.generate())
    assert caught.value.status == 403
    listed = admin.list_workstations(central_context)
    assert [row.id for row in listed] == [first.workstation_id]


def test_asking_again_after_a_lost_answer_renews_the_token(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    code = admin.create_enrolment_code(central_context, AGENCY)
    key = Ed25519PrivateKey.generate()
    first = api_for(live_server.url).enrol(code, "Quầy 1", AGENCY, key)
    again = api_for(live_server.url).enrol(code.lower().replace("-", " "), "Quầy 1", AGENCY, key)
    assert again.workstation_id == first.workstation_id and again.token != first.token
    with pytest.raises(WorkstationRefusedError) as caught:
        api_for(live_server.url, first.token).code_blocks()
    assert caught.value.status == 401
    assert api_for(live_server.url, again.token).code_blocks().blocks == []


def test_code_for_another_agency_and_wrong_codes_are_refused(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    code = admin.create_enrolment_code(central_context, AGENCY)
    api = api_for(live_server.url)
    with pytest.raises(WorkstationRefusedError) as wrong_agency:
        api.enrol(code, "Quầy 1", "000.00.13.H42", Ed25519PrivateKey.generate())
    with pytest.raises(WorkstationRefusedError, match="không đúng") as unknown:
        api.enrol("AAAA-BBBB-CCCC", "Quầy 1", AGENCY, Ed25519PrivateKey.generate())
    # The same answer: a wrong agency learns nothing of the agency the code is for.
    assert str(wrong_agency.value) == str(unknown.value)
    assert AGENCY not in str(wrong_agency.value)


def test_proof_of_the_private_key_is_required(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    code = admin.create_enrolment_code(central_context, AGENCY)
    api = api_for(live_server.url)
    body = {
        "code": code,
        "name": "Quầy 1",
        "agency_code": AGENCY,
        "public_key": "A" * 43 + "=",
        "proof": "AAAA",
    }
    with pytest.raises(ServerRejectedError, match="proof") as caught:
        api.transport.request("POST", "/v1/enrol", json=body)
    assert caught.value.status == 422


def test_unknown_token_gets_401(live_server: LiveServer) -> None:
    with pytest.raises(WorkstationRefusedError, match="không đúng") as caught:
        api_for(live_server.url, "not-a-token").pull("catalogue")
    assert caught.value.status == 401


def test_a_revoked_workstation_is_refused_on_every_call_with_the_reason(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    station.api.push([received_message(dossier_code(1), station.workstation_id)])
    admin.revoke_workstation(central_context, station.workstation_id, "máy bị mất")
    attempts_before = station.api.transport.attempts_made
    calls = [
        lambda: station.api.push([received_message(dossier_code(2), station.workstation_id)]),
        lambda: station.api.pull("catalogue"),
        lambda: station.api.lease_code_block(10),
        lambda: station.api.missing_attachments(["0" * 64]),
        lambda: station.api.upload_batch(b"x"),
    ]
    for call in calls:
        with pytest.raises(WorkstationRefusedError, match="máy bị mất") as caught:
            call()
        assert caught.value.status == 403
    assert station.api.transport.attempts_made == attempts_before + len(calls)
