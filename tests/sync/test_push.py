"""Idempotent push: accepted, duplicate, conflict (both versions kept), rejected."""

from __future__ import annotations

import copy
import gzip
import json

import requests
from sqlalchemy import func, select

from sync.central import admin
from sync.central.context import CentralContext
from sync.central.models import Dossier, DossierEvent, Message, ReviewItem
from sync.transport import json_bytes
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import (
    dossier_code,
    enrol_workstation,
    event_message,
    received_message,
)


def _count(context: CentralContext, model: type) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def test_the_same_message_twice_is_a_duplicate_and_stored_once(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    message = received_message(dossier_code(1), station.workstation_id)
    assert [r.result for r in station.api.push([message]).results] == ["accepted"]
    assert [r.result for r in station.api.push([message, message]).results] == [
        "duplicate",
        "duplicate",
    ]
    assert _count(central_context, Message) == 1
    assert _count(central_context, Dossier) == 1


def test_the_same_id_with_other_content_is_a_409_conflict_with_both_versions_kept(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    original = received_message(dossier_code(1), station.workstation_id)
    station.api.push([original])
    changed = copy.deepcopy(original)
    changed["payload"]["applicant"]["full_name"] = "Trần Thị B"
    answer = station.api.transport.request(
        "POST", "/v1/push", json={"messages": [changed]}, accept_statuses={409}
    )
    assert answer.status == 409
    result = answer.body["results"][0]
    assert result["result"] == "conflict"
    assert result["server_version"] == original
    assert "nội dung khác" in result["reason"]
    kept = central_context.database.run(
        lambda s: [(r.reason_code, json.loads(r.body)) for r in s.scalars(select(ReviewItem))]
    )
    assert kept == [("conflict", changed)]
    [review] = admin.list_reviews(central_context)
    assert (review.reason_code, review.message_id) == ("conflict", original["id"])
    snapshot = central_context.database.run(
        lambda s: json.loads(s.scalars(select(Dossier.snapshot)).one())
    )
    assert snapshot["applicant"]["full_name"] == "Nguyễn Văn A"


def test_in_a_batch_a_conflict_is_reported_per_message_and_the_rest_accepted(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    original = received_message(dossier_code(1), station.workstation_id)
    station.api.push([original])
    changed = copy.deepcopy(original)
    changed["payload"]["status"] = "processing"
    fresh = received_message(dossier_code(2), station.workstation_id)
    answer = station.api.push([changed, fresh])
    assert [r.result for r in answer.results] == ["conflict", "accepted"]
    assert answer.results[0].server_version == original


def test_an_invalid_message_is_rejected_with_a_vietnamese_reason_without_blocking_others(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    good = received_message(dossier_code(1), station.workstation_id)
    no_offset = received_message(dossier_code(2), station.workstation_id)
    no_offset["created_at"] = "2025-09-15T08:00:00"
    wrong_kind = received_message(dossier_code(3), station.workstation_id)
    wrong_kind["kind"] = "dossier.deleted"
    answer = station.api.push([good, no_offset, wrong_kind, {"id": 5}])
    assert [r.result for r in answer.results] == ["accepted", "rejected", "rejected", "rejected"]
    assert "created_at: thời điểm tạo phải có múi giờ" in (answer.results[1].reason or "")
    assert "kind: giá trị không hợp lệ" in (answer.results[2].reason or "")
    assert "thiếu trường bắt buộc" in (answer.results[3].reason or "")
    assert _count(central_context, Message) == 1
    assert _count(central_context, ReviewItem) == 3


def test_a_code_already_used_by_another_workstation_is_rejected_and_kept_for_review(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    first = enrol_workstation(central_context, live_server.url, name="Quầy 1")
    second = enrol_workstation(central_context, live_server.url, name="Quầy 2")
    first.api.push([received_message(dossier_code(7), first.workstation_id)])
    clash = received_message(dossier_code(7), second.workstation_id)
    answer = second.api.push([clash])
    assert answer.results[0].result == "rejected"
    assert "máy trạm khác" in (answer.results[0].reason or "")
    assert second.api.push([clash]).results[0].result == "rejected"
    owner = central_context.database.run(lambda s: s.scalar(select(Dossier.workstation_id)))
    assert owner == first.workstation_id
    assert _count(central_context, Message) == 1
    assert _count(central_context, ReviewItem) == 1


def test_events_move_the_status_and_the_server_keeps_every_event(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    code = dossier_code(1)
    later = event_message(code, "processing", "result_ready", minute=30)
    earlier = event_message(code, "received", "processing", minute=10)
    answer = station.api.push([received_message(code, station.workstation_id), later, earlier])
    assert {r.result for r in answer.results} == {"accepted"}
    status = central_context.database.run(lambda s: s.scalar(select(Dossier.status)))
    assert status == "result_ready"
    assert _count(central_context, DossierEvent) == 2


def test_events_that_arrive_before_their_dossier_are_applied_when_it_arrives(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    code = dossier_code(1)
    station.api.push([event_message(code, "received", "processing", minute=10)])
    station.api.push([received_message(code, station.workstation_id)])
    status = central_context.database.run(lambda s: s.scalar(select(Dossier.status)))
    assert status == "processing"


def test_two_snapshots_of_one_dossier_in_one_push_keep_the_later_one(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    code = dossier_code(4)
    later = received_message(code, station.workstation_id, minute=20, status="processing")
    earlier = received_message(code, station.workstation_id, minute=0)
    answer = station.api.push([later, earlier])
    assert [r.result for r in answer.results] == ["accepted", "accepted"]
    status = central_context.database.run(lambda s: s.scalar(select(Dossier.status)))
    assert status == "processing"


def test_large_pushes_travel_gzipped_and_bad_encodings_are_refused(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    messages = [received_message(dossier_code(n), station.workstation_id) for n in range(1, 30)]
    sent: list[requests.PreparedRequest] = []
    station.api.transport._session.hooks["response"].append(lambda r, **_: sent.append(r.request))
    assert {r.result for r in station.api.push(messages).results} == {"accepted"}
    assert sent[-1].headers["Content-Encoding"] == "gzip"
    assert len(sent[-1].body or b"") < len(json_bytes({"messages": messages})) / 2
    url = f"{live_server.url}/v1/push"
    auth = {"Authorization": f"Bearer {station.token}", "Content-Type": "application/json"}
    broken = requests.post(
        url, data=b"not gzip", headers={**auth, "Content-Encoding": "gzip"}, timeout=10
    )
    assert broken.status_code == 400 and "gzip" in broken.json()["error"]["message"]
    bomb = gzip.compress(b"[" + b" " * (40 * 1024 * 1024) + b"]")
    refused = requests.post(
        url, data=bomb, headers={**auth, "Content-Encoding": "gzip"}, timeout=30
    )
    assert refused.status_code == 413
    other = requests.post(url, data=b"{}", headers={**auth, "Content-Encoding": "br"}, timeout=10)
    assert other.status_code == 415
