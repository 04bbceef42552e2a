"""Pull streams from a cursor: catalogue, agencies, holiday overrides, back-office status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counter.errors import InputError
from sync.central import admin
from sync.central.context import CentralContext
from sync.errors import ServerRejectedError
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import AGENCY, dossier_code, enrol_workstation, received_message

CATALOGUE = {
    "procedures": [
        {"code": "1.001193", "version": "1", "name": "Đăng ký khai sinh"},
        {"code": "2.000815", "version": "2", "name": "Chứng thực bản sao từ bản chính"},
    ],
    "agencies": [{"code": AGENCY, "name": "UBND xã A"}],
    "holidays": [
        {"date": "2025-09-01", "kind": "day_off", "name": "Quốc khánh"},
        {"date": "2025-09-06", "kind": "working_day", "province": "H42"},
        {"date": "2025-09-08", "kind": "day_off", "agency_code": "000.00.99.H01"},
    ],
}


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_streams_are_incremental_from_the_cursor(
    tmp_path: Path, central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    loaded = admin.load_catalogue(central_context, _write(tmp_path, CATALOGUE))
    assert (loaded.procedures, loaded.agencies, loaded.holidays) == (2, 1, 3)
    first = station.api.pull("catalogue")
    assert [item.key for item in first.items] == ["1.001193|1", "2.000815|2"]
    assert first.items[0].data == CATALOGUE["procedures"][0]
    assert station.api.pull("catalogue", first.cursor).items == []
    again = admin.load_catalogue(central_context, _write(tmp_path, CATALOGUE))
    assert again.unchanged == 6
    assert station.api.pull("catalogue", first.cursor).items == []
    changed = json.loads(json.dumps(CATALOGUE))
    changed["procedures"][1]["version"] = "3"
    admin.load_catalogue(central_context, _write(tmp_path, changed))
    later = station.api.pull("catalogue", first.cursor)
    assert [(i.key, i.data["version"]) for i in later.items] == [("2.000815|3", "3")]


def test_holiday_overrides_reach_only_their_province_or_agency(
    tmp_path: Path, central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    admin.load_catalogue(central_context, _write(tmp_path, CATALOGUE))
    days = [item.data["date"] for item in station.api.pull("holidays").items if item.data]
    assert days == ["2025-09-01", "2025-09-06"]
    removal = {
        "holidays": [
            {"date": "2025-09-06", "kind": "working_day", "province": "H42", "removed": True}
        ]
    }
    cursor = station.api.pull("holidays").cursor
    admin.load_catalogue(central_context, _write(tmp_path, removal))
    items = station.api.pull("holidays", cursor).items
    assert [(i.key, i.deleted, i.data) for i in items] == [("province:H42|2025-09-06", True, None)]


def test_back_office_status_changes_reach_the_dossiers_agency(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    other = enrol_workstation(central_context, live_server.url, agency="000.00.99.H01")
    code = dossier_code(3)
    station.api.push([received_message(code, station.workstation_id)])
    admin.set_dossier_status(
        central_context, code, "result_ready", actor="chuyên viên", reason=None
    )
    items = station.api.pull("dossier-status").items
    assert [(i.key, i.data["status"]) for i in items if i.data] == [(code, "result_ready")]
    assert other.api.pull("dossier-status").items == []


def test_paging_with_more(
    central_context: CentralContext, live_server: LiveServer, tmp_path: Path
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    many = {"procedures": [{"code": f"9.{n:06d}"} for n in range(7)]}
    admin.load_catalogue(central_context, _write(tmp_path, many))
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        answer = station.api.transport.request(
            "GET",
            "/v1/pull/catalogue",
            params={"limit": 3, **({"cursor": cursor} if cursor else {})},
        ).body
        seen += [item["key"] for item in answer["items"]]
        cursor = answer["cursor"]
        if not answer["more"]:
            break
    assert seen == [f"9.{n:06d}" for n in range(7)]


def test_a_bad_cursor_or_stream_is_refused(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    with pytest.raises(ServerRejectedError, match="Con trỏ") as caught:
        station.api.pull("catalogue", "bm90LWEtY3Vyc29y")
    assert caught.value.status == 422
    agencies_cursor = station.api.pull("agencies").cursor
    with pytest.raises(ServerRejectedError, match="Con trỏ"):
        station.api.pull("catalogue", agencies_cursor)
    with pytest.raises(ServerRejectedError) as caught:
        station.api.pull("passwords")
    assert caught.value.status == 422


def test_a_bad_catalogue_file_names_the_field_and_loads_nothing(
    tmp_path: Path, central_context: CentralContext
) -> None:
    bad = {"procedures": [{"code": "1.001193"}, {"name": "không có mã"}]}
    with pytest.raises(InputError, match=r"procedures\[1\]\.code"):
        admin.load_catalogue(central_context, _write(tmp_path, bad))
    with pytest.raises(InputError, match=r"holidays\[0\]\.kind"):
        admin.load_catalogue(
            central_context, _write(tmp_path, {"holidays": [{"date": "2025-01-01"}]})
        )
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="không phải JSON hợp lệ"):
        admin.load_catalogue(central_context, broken)


def test_the_workstations_stream_names_the_agencys_keys_and_revocations(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    first = enrol_workstation(central_context, live_server.url)
    second = enrol_workstation(central_context, live_server.url, name="Quầy 2")
    enrol_workstation(central_context, live_server.url, agency="000.00.99.H01")
    page = first.api.pull("workstations")
    assert sorted(i.key for i in page.items) == sorted(
        [first.workstation_id, second.workstation_id]
    )
    admin.revoke_workstation(central_context, second.workstation_id, "hỏng máy")
    changed = first.api.pull("workstations", page.cursor).items
    assert [(i.key, i.data["revoked"]) for i in changed if i.data] == [
        (second.workstation_id, True)
    ]
