"""The decided days of 2026 shipped with the app (resources/calendar/), their precedence over
the package's calendar and under the administrator's and central overrides, and the
administrator's ``calendar`` commands."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from counter.calendar_data import CalendarDay, parse_records, read_calendar_file, shipped_days
from counter.calendar_overrides import Override, build_calendar, overrides_for, set_override
from counter.clock import format_minute, parse_local
from counter.deadlines import ProcessingTime, WorkCalendar, WorkingHours, due_time
from counter.errors import InputError
from counter.workspace import Workspace
from sync.central.services.master_data import _holidays as central_holidays
from tests.core.test_cli import ADMIN_PASSWORD, OFFICER_PASSWORD, as_user, run, set_up

SHIPPED = build_calendar(WorkingHours(), [], shipped_days())


def due(received: str, processing: ProcessingTime, calendar: WorkCalendar = SHIPPED) -> str:
    return format_minute(due_time(calendar, parse_local(received), processing))


def test_every_shipped_day_has_a_name_and_a_source() -> None:
    days = {d.day: d for d in shipped_days()}
    assert days[date(2026, 1, 2)].kind == "day_off"
    assert "12729/VPCP-KGVX" in days[date(2026, 1, 2)].source
    assert days[date(2026, 1, 10)].kind == "working_day"
    assert all(d.name and d.source for d in days.values())


def test_new_year_2026_friday_2_january_off_and_saturday_10_january_worked() -> None:
    assert not SHIPPED.is_working_day(date(2026, 1, 1))
    assert not SHIPPED.is_working_day(date(2026, 1, 2))
    assert SHIPPED.is_working_day(date(2026, 1, 10))
    # the package alone does not know the swap
    assert WorkCalendar().is_working_day(date(2026, 1, 2))
    assert not WorkCalendar().is_working_day(date(2026, 1, 10))


@pytest.mark.parametrize(
    ("received", "processing", "expected"),
    [
        # the 15:00 rule on New Year's Eve: 1-4 January off, back on Monday 5
        ("2025-12-31T15:00", ProcessingTime.same_day(), "2026-01-05T17:00"),
        ("2025-12-31T14:59", ProcessingTime.same_day(), "2025-12-31T17:00"),
        # half a day on 31/12, the other half on Monday 5/1 (Friday 2/1 is off)
        ("2025-12-31T13:00", ProcessingTime.days(1), "2026-01-05T12:00"),
        # Friday 9/1 after 15:00: the swapped Saturday 10/1 is a working day
        ("2026-01-09T15:30", ProcessingTime.same_day(), "2026-01-10T17:00"),
        ("2026-01-09T13:00", ProcessingTime.days(1), "2026-01-10T12:00"),
        # Tết: 16-20 February off
        ("2026-02-13T15:30", ProcessingTime.same_day(), "2026-02-23T17:00"),
        ("2026-02-13T10:00", ProcessingTime.days(3), "2026-02-25T10:00"),
        # 30/4 and 1/5
        ("2026-04-29T15:00", ProcessingTime.same_day(), "2026-05-04T17:00"),
        # 2/9 with its adjacent day 1/9 and the swapped Monday 31/8
        ("2026-08-28T16:00", ProcessingTime.days(1), "2026-09-03T16:00"),
        # 24/11 is a working day until the Labour Code says otherwise
        ("2026-11-23T09:30", ProcessingTime.days(3), "2026-11-26T09:30"),
        ("2026-11-23T15:10", ProcessingTime.same_day(), "2026-11-24T17:00"),
    ],
)
def test_due_times_across_the_decided_days(
    received: str, processing: ProcessingTime, expected: str
) -> None:
    assert due(received, processing) == expected


def test_overrides_win_over_the_shipped_days_and_the_agency_over_nationwide() -> None:
    overrides = [
        Override(date(2026, 11, 24), "day_off", "Luật sửa đổi có hiệu lực", None, "central"),
        Override(date(2026, 1, 10), "day_off", "Nghỉ riêng của xã", "000.00.12.H42", "local"),
        Override(date(2026, 1, 10), "working_day", "", None, "central"),
    ]
    calendar = build_calendar(WorkingHours(), overrides, shipped_days())
    assert not calendar.is_working_day(date(2026, 11, 24))
    assert calendar.holiday_name(date(2026, 11, 24)) == "Luật sửa đổi có hiệu lực"
    assert not calendar.is_working_day(date(2026, 1, 10))
    assert calendar.is_working_day(date(2026, 1, 9))


def test_the_workspace_calendar_uses_the_shipped_days(workspace: Workspace) -> None:
    calendar = workspace.calendar()
    assert calendar.is_working_day(date(2026, 1, 10))
    assert calendar.is_working_day(date(2026, 11, 24))
    with workspace.store.write() as session:
        set_override(session, date(2026, 11, 24), "day_off", "Ngày Văn hóa Việt Nam",
                     source="central")
    workspace.forget_calendar()
    assert not workspace.calendar().is_working_day(date(2026, 11, 24))
    with workspace.store.read() as session:
        assert [o.source for o in overrides_for(session, "000.00.12.H42")] == ["central"]


def test_bad_records_are_refused_whole_with_the_row_named() -> None:
    good = {"date": "2026-03-03", "kind": "day_off", "name": "Nghỉ"}
    with pytest.raises(InputError) as error:
        parse_records([good, {"date": "2026-13-01", "kind": "day_off"}], "tệp")
    assert error.value.field == "tệp[1].date"
    with pytest.raises(InputError, match="day_off"):
        parse_records([{"date": "2026-03-03", "kind": "holiday"}], "tệp")
    with pytest.raises(InputError, match="hai lần"):
        parse_records([good, good], "tệp")
    with pytest.raises(InputError, match="danh sách"):
        parse_records({"date": "2026-03-03"}, "tệp")
    assert parse_records([good], "tệp") == [CalendarDay(date(2026, 3, 3), "day_off", "Nghỉ")]


def test_the_central_server_accepts_the_shipped_file_as_it_is() -> None:
    for path in sorted((Path(__file__).parents[2] / "resources" / "calendar").glob("*.json")):
        records = json.loads(path.read_text(encoding="utf-8"))["holidays"]
        checked = central_holidays(records)
        assert len(checked) == len(read_calendar_file(path))
        assert all(key.startswith("all|") for key, *_ in checked)


def test_administrator_imports_removes_and_lists_days(tmp_path: Path) -> None:
    set_up(tmp_path)
    data = tmp_path / "lich.json"
    data.write_text(json.dumps({"holidays": [
        {"date": "2026-03-03", "kind": "day_off", "name": "Nghỉ lễ hội xã"},
        {"date": "2026-03-07", "kind": "working_day", "name": "Làm bù"},
    ]}, ensure_ascii=False), encoding="utf-8")
    bad = tmp_path / "hong.json"
    bad.write_text(json.dumps({"holidays": [
        {"date": "2026-03-10", "kind": "day_off"},
        {"date": "10/03/2026", "kind": "day_off"},
    ]}), encoding="utf-8")

    refused = as_user(tmp_path, "quantri", ADMIN_PASSWORD, "calendar", "import", str(bad))
    assert refused.returncode == 2 and "hong.json: holidays[1].date" in refused.stderr
    assert run(tmp_path, "due-date", "--received", "2026-03-09T08:00", "--days", "2"
               ).stdout.strip() == "2026-03-10T17:00"  # nothing of the bad file was set

    officer = as_user(tmp_path, "canbo1", OFFICER_PASSWORD, "calendar", "import", str(data))
    assert officer.returncode == 2 and "không được phép" in officer.stderr
    done = as_user(tmp_path, "quantri", ADMIN_PASSWORD, "calendar", "import", str(data))
    assert done.returncode == 0, done.stderr
    assert run(tmp_path, "due-date", "--received", "2026-03-02T08:00", "--days", "2"
               ).stdout.strip() == "2026-03-04T17:00"
    assert run(tmp_path, "due-date", "--received", "2026-03-06T15:30", "--same-day"
               ).stdout.strip() == "2026-03-07T17:00"
    shown = run(tmp_path, "calendar", "show", "--year", "2026").stdout
    assert "03/03/2026\tnghỉ\tNghỉ lễ hội xã" in shown
    assert "10/01/2026\tlàm việc\tLàm bù cho thứ Sáu 02/01/2026" in shown

    removed = as_user(tmp_path, "quantri", ADMIN_PASSWORD, "calendar", "remove",
                      "--day", "2026-03-03")
    assert removed.returncode == 0, removed.stderr
    assert run(tmp_path, "due-date", "--received", "2026-03-02T08:00", "--days", "2"
               ).stdout.strip() == "2026-03-03T17:00"

    sources = run(tmp_path, "calendar", "sources", "--year", "2026").stdout
    assert "02/01/2026\tnghỉ\t" in sources and "12729/VPCP-KGVX" in sources
    assert "24/11/2026\tlàm việc\t" in sources
