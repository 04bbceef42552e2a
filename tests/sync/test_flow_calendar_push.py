"""Flow: the central system changes the working calendar (the shipped 2026 file's format,
loaded with ``central-admin load-catalogue``); a workstation pulls it and counts with it at
once, the administrator's own override still winning (a real central server on loopback)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from counter.calendar_data import calendar_folder
from counter.calendar_overrides import set_override
from counter.clock import format_minute, parse_local
from counter.deadlines import ProcessingTime, due_time
from sync.central import admin
from sync.central.context import CentralContext
from tests.sync.fixtures import StartServer
from tests.sync.workstation import enrol_with, set_up, sync


def test_central_calendar_reaches_the_workstation(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server = start_server(sqlite_context)
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    try:
        enrol_with(workspace, data_dir, sqlite_context, server.url)
        monday = parse_local("2026-11-23T09:30")
        three_days = ProcessingTime.days(3)
        assert format_minute(due_time(workspace.calendar(), monday, three_days)) == (
            "2026-11-26T09:30")  # 24/11 a working day (shipped data)

        # the shipped file loads as it is; then the province decides 24/11 is a day off
        shipped = admin.load_catalogue(sqlite_context, calendar_folder() / "vn-2026.json")
        assert shipped.holidays == 16
        decided = tmp_path / "lich-trung-tam.json"
        decided.write_text(json.dumps({"holidays": [
            {"date": "2026-11-24", "kind": "day_off", "name": "Ngày Văn hóa Việt Nam"},
            {"date": "2026-11-27", "kind": "day_off", "name": "Nghỉ riêng của tỉnh",
             "province": "H42"},
        ]}, ensure_ascii=False), encoding="utf-8")
        admin.load_catalogue(sqlite_context, decided)

        report = sync(workspace, data_dir)
        assert report.pulled["holidays"] == 17 and report.warnings == []
        calendar = workspace.calendar()
        assert not calendar.is_working_day(date(2026, 11, 24))
        assert calendar.holiday_name(date(2026, 11, 24)) == "Ngày Văn hóa Việt Nam"
        assert not calendar.is_working_day(date(2026, 11, 27))
        assert calendar.is_working_day(date(2026, 1, 10))  # the swapped Saturday, as shipped
        assert format_minute(due_time(calendar, monday, three_days)) == "2026-11-30T09:30"

        with workspace.store.write() as session:  # the administrator decides otherwise
            set_override(session, date(2026, 11, 24), "working_day", "Làm việc",
                         agency_code=None, source="local")
        workspace.forget_calendar()
        assert workspace.calendar().is_working_day(date(2026, 11, 24))
    finally:
        workspace.close()
