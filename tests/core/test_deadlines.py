"""Deadline rules on real 2026 dates (Tết, Hùng Kings, 30/4–1/5, 2/9, a swapped Saturday)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from counter.clock import format_minute, parse_local
from counter.deadlines import (
    ProcessingTime,
    Urgency,
    WorkCalendar,
    WorkingHours,
    clock_start,
    due_time,
    due_time_after_pause,
    same_day_deferral,
    urgency,
    working_time_between,
)
from counter.errors import ConfigurationError, InputError

CAL = WorkCalendar()


def due(received: str, processing: ProcessingTime, calendar: WorkCalendar = CAL) -> str:
    return format_minute(due_time(calendar, parse_local(received), processing))


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-03-02T09:30", "2026-03-02T09:30"),  # inside working hours
        ("2026-03-02T07:10", "2026-03-02T08:00"),  # before 08:00
        ("2026-03-02T12:30", "2026-03-02T13:00"),  # lunch
        ("2026-03-02T12:00", "2026-03-02T13:00"),  # the first minute of lunch
        ("2026-03-02T17:00", "2026-03-03T08:00"),  # after 17:00
        ("2026-03-07T10:00", "2026-03-09T08:00"),  # Saturday
        ("2026-02-16T10:00", "2026-02-23T08:00"),  # Tết week
    ],
)
def test_clock_starts_at_receipt_or_next_working_start(received: str, expected: str) -> None:
    assert format_minute(clock_start(CAL, parse_local(received))) == expected


def test_monday_half_past_nine_plus_three_days_is_thursday_half_past_nine() -> None:
    assert due("2026-03-02T09:30", ProcessingTime.days(3)) == "2026-03-05T09:30"


def test_one_day_from_eight_is_due_at_five_the_same_day() -> None:
    assert due("2026-03-02T08:00", ProcessingTime.days(1)) == "2026-03-02T17:00"


def test_tet_2026_is_skipped() -> None:
    # Tết Bính Ngọ: Monday 16 to Friday 20 February 2026 are days off.
    assert due("2026-02-13T10:00", ProcessingTime.days(3)) == "2026-02-25T10:00"


def test_hung_kings_day_observed_on_monday_27_april_2026() -> None:
    assert due("2026-04-24T10:00", ProcessingTime.days(2)) == "2026-04-29T10:00"


def test_30_april_and_1_may_2026() -> None:
    # Wed 29/4 14:00 + 1 day: Thu 30/4 and Fri 1/5 are off, the weekend too.
    assert due("2026-04-29T14:00", ProcessingTime.days(1)) == "2026-05-04T14:00"


def test_national_day_2026_and_its_substituted_day() -> None:
    # 31/8 (substituted), 1/9 and 2/9 are off in 2026.
    assert due("2026-08-28T16:00", ProcessingTime.days(1)) == "2026-09-03T16:00"


def test_swapped_working_saturday_22_august_2026_counts() -> None:
    assert CAL.is_working_day(date(2026, 8, 22))
    assert due("2026-08-21T16:00", ProcessingTime.same_day()) == "2026-08-22T17:00"
    # Friday 13:00 + 8 working hours: 4 on Friday, 4 on the Saturday morning.
    assert due("2026-08-21T13:00", ProcessingTime.days(1)) == "2026-08-22T12:00"


def test_vietnam_culture_day_24_november_2026_is_off() -> None:
    assert not CAL.is_working_day(date(2026, 11, 24))
    assert due("2026-11-23T09:30", ProcessingTime.days(3)) == "2026-11-27T09:30"


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-03-02T09:00", "2026-03-02T17:00"),
        ("2026-03-02T14:59", "2026-03-02T17:00"),
        ("2026-03-02T15:00", "2026-03-03T17:00"),  # from 15:00: next working day
        ("2026-03-02T16:30", "2026-03-03T17:00"),
        ("2026-03-02T18:00", "2026-03-03T17:00"),  # outside working hours
        ("2026-03-06T15:30", "2026-03-09T17:00"),  # Friday afternoon → Monday
        ("2026-03-07T09:00", "2026-03-09T17:00"),  # Saturday → Monday
        ("2026-02-13T15:30", "2026-02-23T17:00"),  # before Tết → after Tết
    ],
)
def test_same_day_and_the_15_00_rule(received: str, expected: str) -> None:
    assert due(received, ProcessingTime.same_day()) == expected


def test_working_hours_are_walked_like_days() -> None:
    assert due("2026-03-02T11:00", ProcessingTime.hours(2)) == "2026-03-02T14:00"
    assert due("2026-03-02T16:00", ProcessingTime.hours(4)) == "2026-03-03T11:00"


def test_waiting_for_the_citizen_does_not_count() -> None:
    original = parse_local("2026-03-05T09:30")
    paused = parse_local("2026-03-03T10:00")
    resumed = parse_local("2026-03-04T10:00")  # one full working day of waiting
    moved = due_time_after_pause(CAL, original, paused, resumed)
    assert format_minute(moved) == "2026-03-06T09:30"
    # A pause over a weekend only moves by the working time inside it.
    moved = due_time_after_pause(
        CAL, original, parse_local("2026-03-06T17:00"), parse_local("2026-03-09T08:00")
    )
    assert moved == original


def test_working_time_between() -> None:
    assert working_time_between(CAL, parse_local("2026-03-02T08:00"),
                                parse_local("2026-03-02T17:00")) == 8 * 60
    assert working_time_between(CAL, parse_local("2026-03-06T16:00"),
                                parse_local("2026-03-09T09:00")) == 120
    assert working_time_between(CAL, parse_local("2026-03-09T09:00"),
                                parse_local("2026-03-06T16:00")) == 0


def test_local_overrides_win_over_the_national_calendar() -> None:
    calendar = CAL.with_overrides(days_off=[date(2026, 3, 3)], working_days=[date(2026, 3, 7)])
    assert due("2026-03-02T08:00", ProcessingTime.days(2), calendar) == "2026-03-04T17:00"
    assert due("2026-03-06T15:30", ProcessingTime.same_day(), calendar) == "2026-03-07T17:00"


def test_configurable_hours_and_cutoff() -> None:
    hours = WorkingHours(periods=((time(7, 30), time(11, 30)), (time(13, 30), time(17, 30))),
                         same_day_cutoff=time(16, 0))
    calendar = WorkCalendar(hours=hours)
    assert due("2026-03-02T15:30", ProcessingTime.same_day(), calendar) == "2026-03-02T17:30"
    assert due("2026-03-02T07:30", ProcessingTime.days(1), calendar) == "2026-03-02T17:30"


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"^Các khoảng giờ làm việc phải tăng dần và không chồng lên nhau\.$"):
        WorkingHours(periods=((time(13, 0), time(17, 0)), (time(8, 0), time(12, 0))))
    with pytest.raises(ConfigurationError, match=r"^Ngày làm việc trong tuần không hợp lệ\.$"):
        WorkingHours(weekdays=frozenset())
    with pytest.raises(InputError, match=r"^processing_time: thời hạn giải quyết phải lớn hơn 0\.$"):
        ProcessingTime.days(0)
    never_works = WorkCalendar(hours=WorkingHours(weekdays=frozenset({6})), public_holidays=False)
    never_works = never_works.with_overrides(
        days_off=[date(2026, 3, 1) + (date(2026, 3, 8) - date(2026, 3, 1)) * i
                  for i in range(0, 200)]
    )
    with pytest.raises(ConfigurationError, match=r"^Không tìm thấy ngày làm việc nào trong 3 năm tới: kiểm tra lịch làm việc\.$"):
        due_time(never_works, parse_local("2026-03-02T09:00"), ProcessingTime.days(1))


OVERLAPPING = r"^Các khoảng giờ làm việc phải tăng dần và không chồng lên nhau\.$"


def test_working_hours_need_at_least_one_period() -> None:
    with pytest.raises(ConfigurationError, match=r"^Giờ làm việc phải có ít nhất một khoảng thời gian\.$"):
        WorkingHours(periods=())


def test_periods_may_touch_and_may_start_at_midnight() -> None:
    touching = WorkingHours(periods=((time(0, 0), time(12, 0)), (time(12, 0), time(17, 0))))
    assert touching.minutes_per_day == 17 * 60
    assert touching.day_end == time(17, 0)


@pytest.mark.parametrize(
    "periods",
    [
        ((time(8, 0), time(8, 0)),),  # no length
        ((time(9, 0), time(8, 0)),),  # ends before it starts
        ((time(8, 0), time(12, 0)), (time(11, 59), time(17, 0))),  # overlaps by a minute
    ],
)
def test_empty_backwards_or_overlapping_periods_are_refused(periods) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigurationError, match=OVERLAPPING):
        WorkingHours(periods=periods)


def test_weekdays_are_0_to_6() -> None:
    every_day = WorkingHours(weekdays=frozenset(range(7)))
    assert WorkCalendar(hours=every_day, public_holidays=False).is_working_day(date(2026, 3, 8))
    for bad in (frozenset({7}), frozenset({0, 7}), frozenset({-1})):
        with pytest.raises(ConfigurationError, match=r"^Ngày làm việc trong tuần không hợp lệ\.$"):
            WorkingHours(weekdays=bad)


def test_holiday_names_come_from_the_national_calendar_only_when_it_is_used() -> None:
    assert CAL.holiday_name(date(2026, 9, 2)) == "Quốc khánh"
    assert CAL.holiday_name(date(2026, 8, 31)) == "Ngày nghỉ (thay cho ngày 22/08/2026)"
    assert CAL.holiday_name(date(2026, 3, 2)) is None
    assert WorkCalendar(public_holidays=False).holiday_name(date(2026, 9, 2)) is None


def test_overrides_keep_the_choice_of_national_holidays() -> None:
    local_only = WorkCalendar(public_holidays=False).with_overrides(days_off=[date(2026, 3, 3)])
    assert local_only.is_working_day(date(2026, 9, 2))  # a Wednesday, not a holiday here
    assert not local_only.is_working_day(date(2026, 3, 3))
    assert local_only.with_overrides().public_holidays is False
    assert CAL.with_overrides().public_holidays is True


def test_urgency() -> None:
    due_at = parse_local("2026-03-05T09:30")
    assert urgency(CAL, due_at, parse_local("2026-03-05T10:00")) is Urgency.OVERDUE
    assert urgency(CAL, due_at, parse_local("2026-03-05T08:00")) is Urgency.DUE_TODAY
    assert urgency(CAL, due_at, parse_local("2026-03-04T10:00")) is Urgency.DUE_SOON
    assert urgency(CAL, due_at, parse_local("2026-03-02T10:00")) is Urgency.ON_TRACK
    assert urgency(CAL, due_at, parse_local("2026-03-09T10:00"), finished=True) is Urgency.FINISHED


def test_stopping_early_never_changes_due_soon_or_on_track() -> None:
    from random import Random

    from counter.deadlines.compute import working_time_between

    rng = Random(14)
    start = parse_local("2026-01-26T07:00")  # around Tết, weekends and lunch breaks
    for _ in range(2000):
        since = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 40))
        until = since + timedelta(minutes=rng.randrange(0, 60 * 24 * 20))
        limit = rng.choice([0, 1, 59, 240, 480, 481, 960, 2400])
        whole = working_time_between(CAL, since, until)
        stopped = working_time_between(CAL, since, until, stop_above=limit)
        assert (stopped <= limit) == (whole <= limit), (since, until, limit)
        assert stopped == whole or stopped > limit


@pytest.mark.parametrize(
    ("received", "deferral"),
    [
        ("2026-03-02T14:59", None),
        ("2026-03-02T12:30", None),  # lunch: still due the same day
        ("2026-03-02T15:00", "after_cutoff"),
        ("2026-03-02T16:30", "after_cutoff"),
        ("2026-03-02T18:00", "outside_hours"),
        ("2026-03-07T09:00", "outside_hours"),  # Saturday
    ],
)
def test_why_a_same_day_dossier_is_due_another_day(received: str, deferral: str | None) -> None:
    assert same_day_deferral(CAL, parse_local(received), ProcessingTime.same_day()) == deferral
    assert same_day_deferral(CAL, parse_local(received), ProcessingTime.days(1)) is None


# The rules below pin boundaries that a changed comparison or constant would move.

# Made afresh in each test: WorkingHours caches its minutes per day.
def three_periods() -> WorkingHours:
    return WorkingHours(periods=(
        (time(7, 0), time(11, 30)), (time(13, 0), time(15, 0)), (time(15, 30), time(17, 0))
    ))


def one_period() -> WorkingHours:
    return WorkingHours(periods=((time(7, 0), time(11, 30)),), same_day_cutoff=time(10, 0))


def test_a_dossier_due_friday_at_five_paused_only_over_the_weekend_stays_due_friday() -> None:
    friday_five = parse_local("2026-03-06T17:00")
    moved = due_time_after_pause(
        CAL, friday_five, parse_local("2026-03-07T09:00"), parse_local("2026-03-08T16:00")
    )
    assert moved == friday_five


def test_a_pause_of_no_working_time_leaves_a_due_time_at_a_period_end_alone() -> None:
    noon = parse_local("2026-03-03T12:00")
    lunch_pause = due_time_after_pause(
        CAL, noon, parse_local("2026-03-02T12:10"), parse_local("2026-03-02T12:50")
    )
    assert lunch_pause == noon


def test_a_one_minute_pause_moves_the_due_time_by_one_minute() -> None:
    moved = due_time_after_pause(
        CAL, parse_local("2026-03-04T10:00"),
        parse_local("2026-03-02T09:00"), parse_local("2026-03-02T09:01"),
    )
    assert moved == parse_local("2026-03-04T10:01")


def test_a_one_minute_pause_at_five_moves_the_due_time_to_the_next_morning() -> None:
    moved = due_time_after_pause(
        CAL, parse_local("2026-03-06T17:00"),
        parse_local("2026-03-02T16:59"), parse_local("2026-03-02T17:30"),
    )
    assert moved == parse_local("2026-03-09T08:01")


def test_working_time_between_counts_whole_minutes_only() -> None:
    assert working_time_between(CAL, parse_local("2026-03-02T09:00:00"),
                                parse_local("2026-03-02T09:00:59")) == 0
    assert working_time_between(CAL, parse_local("2026-03-02T09:00:00"),
                                parse_local("2026-03-02T09:02:30")) == 2
    assert working_time_between(CAL, parse_local("2026-03-02T10:00"),
                                parse_local("2026-03-02T10:00")) == 0


def test_the_clock_starts_at_the_minute_of_receipt_without_seconds() -> None:
    started = clock_start(CAL, parse_local("2026-03-02T09:30:45.250000"))
    assert started == parse_local("2026-03-02T09:30")
    assert (started.second, started.microsecond) == (0, 0)
    assert clock_start(CAL, parse_local("2026-03-02T08:00:00.5")) == parse_local("2026-03-02T08:00")


def test_the_due_time_keeps_no_seconds_from_the_receipt() -> None:
    received = parse_local("2026-03-02T09:30:45.250000")
    assert due_time(CAL, received, ProcessingTime.hours(1)) == parse_local("2026-03-02T10:30")


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-03-02T06:00", "2026-03-02T17:00"),
        ("2026-03-02T14:59", "2026-03-02T17:00"),  # in the second period, before 15:00
        ("2026-03-02T15:10", "2026-03-03T17:00"),  # in the gap between periods 2 and 3
    ],
)
def test_same_day_is_due_at_the_end_of_the_last_of_three_periods(
    received: str, expected: str
) -> None:
    calendar = WorkCalendar(hours=three_periods())
    assert due_time(calendar, parse_local(received), ProcessingTime.same_day()) == parse_local(
        expected
    )


def test_same_day_with_one_period_is_due_at_its_end() -> None:
    calendar = WorkCalendar(hours=one_period())
    same_day = ProcessingTime.same_day()
    assert due_time(calendar, parse_local("2026-03-02T09:00"), same_day) == parse_local(
        "2026-03-02T11:30"
    )
    assert due_time(calendar, parse_local("2026-03-02T10:00"), same_day) == parse_local(
        "2026-03-03T11:30"
    )


def test_a_working_day_of_07_00_to_11_30_is_four_and_a_half_hours() -> None:
    calendar = WorkCalendar(hours=one_period())
    assert one_period().minutes_per_day == 270
    assert three_periods().minutes_per_day == 270 + 120 + 90
    assert ProcessingTime.days(1).working_minutes(calendar) == 270
    assert due_time(calendar, parse_local("2026-03-02T07:00"), ProcessingTime.days(1)) == (
        parse_local("2026-03-02T11:30")
    )
    assert due_time(calendar, parse_local("2026-03-02T09:00"), ProcessingTime.days(2)) == (
        parse_local("2026-03-04T09:00")
    )


def test_processing_times_in_minutes_and_in_words() -> None:
    assert ProcessingTime.same_day() == ProcessingTime("same_day", 0)
    assert ProcessingTime.same_day().working_minutes(CAL) == 0
    assert ProcessingTime.hours(1.5).working_minutes(CAL) == 90
    assert ProcessingTime.days(0.5).working_minutes(CAL) == 240
    assert ProcessingTime.same_day().label_vi() == "Trong ngày"
    assert ProcessingTime.days(3).label_vi() == "3 ngày làm việc"
    assert ProcessingTime.days(1.5).label_vi() == "1.5 ngày làm việc"
    assert ProcessingTime.hours(4).label_vi() == "4 giờ làm việc"


def test_bad_processing_times_are_refused_with_the_reason() -> None:
    with pytest.raises(InputError, match=r"^processing_time: loại thời hạn không hợp lệ: 'weeks'$") as bad_kind:
        ProcessingTime("weeks", 1)  # type: ignore[arg-type]
    assert (bad_kind.value.field, bad_kind.value.reason) == (
        "processing_time", "loại thời hạn không hợp lệ: 'weeks'"
    )
    for amount in (0, -1):
        with pytest.raises(InputError, match=r"^processing_time: thời hạn giải quyết phải lớn hơn 0\.$") as bad_amount:
            ProcessingTime.hours(amount)
        assert bad_amount.value.field == "processing_time"
    assert ProcessingTime.days(0.01).amount == 0.01
