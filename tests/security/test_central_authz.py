"""Who may write what on the central server: each workstation only its own agency's dossiers.

Two agencies, each with an enrolled workstation, on SQLite and on PostgreSQL (the
``database_url`` fixture). Each test reproduces an attack seen on the reference server and
shows the refusal, per message, with the other messages of the request taken in normally.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.batchfile import BatchIdentity, write_batch
from sync.central.context import CentralContext, open_context
from sync.central.models import (
    BatchImport,
    Dossier,
    DossierEvent,
    Message,
    ReviewBudget,
    ReviewItem,
    ReviewOverflow,
)
from sync.central.settings import load_settings
from sync.errors import ServerRejectedError
from sync.keys import x25519_public_from_b64
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import (
    BASE_TIME,
    EnrolledWorkstation,
    dossier_code,
    enrol_workstation,
    event_message,
    received_message,
)

AGENCY_A = "000.00.12.H42"
AGENCY_B = "000.00.31.H42"
FOREIGN = "thuộc cơ quan 000.00.12.H42, không phải cơ quan của máy trạm (000.00.31.H42)"


def _count(context: CentralContext, model: type) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def _two_agencies(
    context: CentralContext, url: str
) -> tuple[EnrolledWorkstation, EnrolledWorkstation]:
    first = enrol_workstation(context, url, agency=AGENCY_A, name="Một cửa xã A")
    second = enrol_workstation(context, url, agency=AGENCY_B, name="Một cửa xã B")
    return first, second


def _status(context: CentralContext, code: str) -> str | None:
    return context.database.run(
        lambda s: s.scalar(select(Dossier.status).where(Dossier.code == code))
    )


def test_snapshots_under_another_agencys_codes_are_refused_and_its_real_dossiers_still_land(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    squatted = [
        received_message(dossier_code(n, agency=AGENCY_A), b.workstation_id) for n in range(1, 500)
    ]
    own = received_message(dossier_code(1, agency=AGENCY_B), b.workstation_id)
    answer = b.api.push([*squatted, own])
    assert [r.result for r in answer.results] == ["rejected"] * 499 + ["accepted"]
    assert FOREIGN in (answer.results[0].reason or "")
    assert _count(central_context, Message) == 1
    real = [received_message(dossier_code(n, agency=AGENCY_A), a.workstation_id) for n in (1, 2)]
    assert {r.result for r in a.api.push(real).results} == {"accepted"}
    owners = central_context.database.run(
        lambda s: {
            row.code: row.agency_code
            for row in s.execute(select(Dossier.code, Dossier.agency_code))
        }
    )
    assert owners == {
        dossier_code(1, agency=AGENCY_A): AGENCY_A,
        dossier_code(2, agency=AGENCY_A): AGENCY_A,
        dossier_code(1, agency=AGENCY_B): AGENCY_B,
    }


def test_a_payload_naming_another_agency_is_refused_even_under_an_own_code(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    _a, b = _two_agencies(central_context, live_server.url)
    disguised = received_message(dossier_code(3, agency=AGENCY_B), b.workstation_id)
    disguised["payload"]["agency_code"] = AGENCY_A
    day_closed = {
        "id": "0b9a37c1-4f4e-4d53-9a55-0c6f0d2b8d11",
        "kind": "day.closed",
        "created_at": BASE_TIME.isoformat(),
        "payload": {"agency_code": AGENCY_A, "day": "2025-09-15"},
    }
    not_a_code = received_message("XYZ", b.workstation_id)
    answer = b.api.push([disguised, day_closed, not_a_code])
    assert [r.result for r in answer.results] == ["rejected", "rejected", "rejected"]
    assert "ghi cơ quan '000.00.12.H42'" in (answer.results[0].reason or "")
    assert "ghi cơ quan '000.00.12.H42'" in (answer.results[1].reason or "")
    assert "không đúng dạng" in (answer.results[2].reason or "")
    assert _count(central_context, Dossier) == 0


def test_events_on_another_agencys_dossier_are_refused_and_its_status_stays(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    code = dossier_code(5, agency=AGENCY_A)
    a.api.push([received_message(code, a.workstation_id)])
    hijack = event_message(code, "received", "returned", minute=30)
    not_yet_there = event_message(
        dossier_code(6, agency=AGENCY_A), "received", "returned", minute=5
    )
    own_code = dossier_code(5, agency=AGENCY_B)
    own = [
        received_message(own_code, b.workstation_id),
        event_message(own_code, "received", "processing", minute=10),
    ]
    answer = b.api.push([hijack, not_yet_there, *own])
    assert [r.result for r in answer.results] == ["rejected", "rejected", "accepted", "accepted"]
    assert FOREIGN in (answer.results[0].reason or "")
    assert _status(central_context, code) == "received"
    assert _status(central_context, own_code) == "processing"
    events = central_context.database.run(
        lambda s: s.scalars(select(DossierEvent.dossier_code)).all()
    )
    assert events == [own_code]
    colleague = enrol_workstation(central_context, live_server.url, agency=AGENCY_A, name="Quầy 2")
    later = colleague.api.push([event_message(code, "received", "processing", minute=40)])
    assert [r.result for r in later.results] == ["accepted"]
    assert _status(central_context, code) == "processing"


def test_a_conflict_shows_the_stored_version_only_to_the_workstation_that_sent_it(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    original = received_message(dossier_code(8, agency=AGENCY_A), a.workstation_id)
    a.api.push([original])
    probe = received_message(dossier_code(8, agency=AGENCY_B), b.workstation_id)
    probe["id"] = original["id"]
    answer = b.api.transport.request(
        "POST", "/v1/push", json={"messages": [probe]}, accept_statuses={409}
    )
    assert answer.status == 409
    assert answer.body["results"][0]["result"] == "conflict"
    assert answer.body["results"][0]["server_version"] is None
    colleague = enrol_workstation(central_context, live_server.url, agency=AGENCY_A, name="Quầy 2")
    changed = copy.deepcopy(original)
    changed["payload"]["applicant"]["full_name"] = "Trần Thị B"
    [from_colleague] = colleague.api.push([changed]).results
    assert (from_colleague.result, from_colleague.server_version) == ("conflict", None)
    [from_sender] = a.api.push([changed]).results
    assert (from_sender.result, from_sender.server_version) == ("conflict", original)


def test_text_the_database_cannot_store_is_refused_per_message(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url, agency=AGENCY_A)
    good = received_message(dossier_code(1, agency=AGENCY_A), station.workstation_id)
    nul = received_message(dossier_code(2, agency=AGENCY_A), station.workstation_id)
    nul["payload"]["applicant"]["full_name"] = "Nguyễn\u0000Văn A"
    surrogate = received_message(dossier_code(3, agency=AGENCY_A), station.workstation_id)
    surrogate["payload"]["documents"][0]["name"] = "Tờ khai \ud800"
    nul_key = received_message(dossier_code(4, agency=AGENCY_A), station.workstation_id)
    nul_key["payload"]["notes\u0000"] = "x"
    nul_extra_field = {**good, "id": nul["id"], "\u0000": 1}
    # ensure_ascii keeps the lone surrogate as a \ud800 escape, as a hostile client would send
    body = json.dumps({"messages": [good, nul, surrogate, nul_key, nul_extra_field]})
    reply = requests.post(
        f"{live_server.url}/v1/push",
        data=body.encode("ascii"),
        headers={"Authorization": f"Bearer {station.token}", "Content-Type": "application/json"},
        timeout=30,
    )
    assert reply.status_code == 200
    results = reply.json()["results"]
    assert [r["result"] for r in results] == [
        "accepted",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
    ]
    assert "payload.applicant.full_name: có ký tự NUL" in results[1]["reason"]
    assert "payload.documents[0].name: có ký tự NUL hoặc ký tự Unicode hỏng" in results[2]["reason"]
    assert "payload.notes\\u0000" in results[3]["reason"]
    assert "\\u0000: trường không được phép" in results[4]["reason"]
    assert _count(central_context, Message) == 1
    assert _count(central_context, ReviewItem) == 4


@pytest.fixture
def tight_context(tmp_path: Path, database_url: str) -> Iterator[CentralContext]:
    """A central server whose review room is small: 50 bodies, 64 KiB, 1,000 short records."""
    settings = dataclasses.replace(
        load_settings(tmp_path / "tight", database_url=database_url),
        review_items_per_workstation=50,
        review_bytes_per_workstation=64 * 1024,
        review_records_per_workstation=1000,
    )
    context = open_context(settings)
    try:
        yield context
    finally:
        context.close()


def _stored_review_bytes(context: CentralContext) -> int:
    return context.database.run(
        lambda s: s.scalar(select(func.coalesce(func.sum(func.length(ReviewItem.body)), 0)))
    )


def test_ten_thousand_invalid_messages_keep_at_most_the_review_room(
    tight_context: CentralContext, start_server: StartServer
) -> None:
    """Bound: 50 whole bodies within 64 KiB, 1,000 short records (about 0.5 KiB each), then
    only a count; the 10,000 messages below weigh about 40 MiB."""
    server = start_server(tight_context)
    station = enrol_workstation(tight_context, server.url, agency=AGENCY_A)
    filler = "x" * 4000
    for push in range(20):
        junk = [
            {"id": f"junk-{push}-{n}", "kind": "dossier.deleted", "payload": {"pad": filler}}
            for n in range(500)
        ]
        answer = station.api.push(junk)
        assert {r.result for r in answer.results} == {"rejected"}
    assert _count(tight_context, ReviewItem) <= 50
    assert _stored_review_bytes(tight_context) <= 64 * 1024
    assert _count(tight_context, ReviewOverflow) == 1000
    budget = tight_context.database.run(lambda s: s.get(ReviewBudget, station.workstation_id))
    kept = budget.kept_items + budget.overflow_items + budget.dropped_items
    assert kept == 10_000
    assert budget.kept_bytes <= 64 * 1024
    overflow = tight_context.database.run(lambda s: s.scalars(select(ReviewOverflow)).first())
    assert overflow.size > 4000 and len(overflow.content_hash) == 64
    assert overflow.message_id.startswith("junk-") and "kind" in overflow.reason
    url = tight_context.settings.effective_database_url
    if url.startswith("sqlite:///"):
        assert Path(url.removeprefix("sqlite:///")).stat().st_size < 2 * 1024 * 1024


def _batch(signer: EnrolledWorkstation, messages: list[dict]) -> bytes:
    return write_batch(
        BatchIdentity(signer.workstation_id, signer.agency_code, signer.signing_key),
        messages,
        recipients=[x25519_public_from_b64(signer.central_public_key)],
        created_at=BASE_TIME.isoformat(),
    )


def test_batch_files_carry_only_the_signers_agency_and_reach_only_its_workstations(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    village = enrol_workstation(central_context, live_server.url, agency=AGENCY_A, name="Thôn 3")
    code_a = dossier_code(9, agency=AGENCY_A)
    a.api.push([received_message(code_a, a.workstation_id)])
    village_file = _batch(
        village, [received_message(dossier_code(10, agency=AGENCY_A), village.workstation_id)]
    )
    with pytest.raises(
        ServerRejectedError, match="không được nộp tệp lô của cơ quan khác"
    ) as caught:
        b.api.upload_batch(village_file)
    assert caught.value.status == 403
    assert _count(central_context, BatchImport) == 0
    report = a.api.upload_batch(village_file)
    assert (report.imported, report.rejected) == (1, 0)
    hostile = _batch(
        b,
        [
            received_message(dossier_code(11, agency=AGENCY_A), b.workstation_id),
            event_message(code_a, "received", "returned", minute=50),
            received_message(dossier_code(11, agency=AGENCY_B), b.workstation_id),
        ],
    )
    report = b.api.upload_batch(hostile)
    assert [r.result for r in report.results] == ["rejected", "rejected", "accepted"]
    assert FOREIGN in (report.results[1].reason or "")
    assert _status(central_context, code_a) == "received"
    assert _status(central_context, dossier_code(11, agency=AGENCY_A)) is None


def test_a_dossier_squatted_before_the_fix_stays_out_of_reach_of_the_squatter(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    a, b = _two_agencies(central_context, live_server.url)
    code = dossier_code(12, agency=AGENCY_A)
    squatted = received_message(code, b.workstation_id)
    squatted["payload"]["agency_code"] = AGENCY_B

    def store_as_before(session: Session) -> None:
        session.add(
            Dossier(
                code=code,
                agency_code=AGENCY_B,
                status="received",
                workstation_id=b.workstation_id,
                snapshot_at=BASE_TIME.replace(tzinfo=None),
                status_at=BASE_TIME.replace(tzinfo=None),
                message_id=squatted["id"],
                snapshot=json.dumps(squatted["payload"]),
            )
        )

    central_context.database.run(store_as_before)
    from_squatter = b.api.push([event_message(code, "received", "returned", minute=30)])
    from_owner = a.api.push([event_message(code, "received", "processing", minute=40)])
    assert [r.result for r in from_squatter.results] == ["rejected"]
    assert FOREIGN in (from_squatter.results[0].reason or "")
    assert [r.result for r in from_owner.results] == ["rejected"]
    assert "thuộc cơ quan 000.00.31.H42" in (from_owner.results[0].reason or "")
    assert _status(central_context, code) == "received"
