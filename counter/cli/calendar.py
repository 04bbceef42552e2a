"""``calendar``: the working calendar (holidays, swapped days, local overrides)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from counter.cli._common import add_login_options, log_in
from counter.cli._output import shown


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("calendar", help="days off and working days of this counter")
    commands = parser.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    show = commands.add_parser("show", help="days off on weekdays and working weekend days")
    show.add_argument("--year", type=int, default=date.today().year)
    show.set_defaults(run=run_show)
    override = commands.add_parser("override", help="add a local day off or working day")
    override.add_argument("--day", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    override.add_argument("--kind", required=True, choices=["day_off", "working_day"])
    override.add_argument("--note", default="")
    add_login_options(override)
    override.set_defaults(run=run_override)


def run_show(args: argparse.Namespace) -> int:
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        calendar = workspace.calendar()
    day = date(args.year, 1, 1)
    while day.year == args.year:
        working = calendar.is_working_day(day)
        weekend = day.weekday() not in calendar.hours.weekdays
        if working == weekend:
            what = "làm việc" if working else "nghỉ"
            reason = calendar.holiday_name(day) or ("ngày làm bù" if working else "ngày nghỉ riêng")
            print(shown(f"{day:%d/%m/%Y}\t{what}\t{reason}"))
        day += timedelta(days=1)
    return 0


def run_override(args: argparse.Namespace) -> int:
    from counter import audit
    from counter.access import check_permission
    from counter.calendar_overrides import set_override
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        check_permission(workspace, actor, "settings.manage", "calendar", args.day.isoformat())
        with workspace.store.write() as session:
            set_override(session, args.day, args.kind, args.note)
            audit.record(session, actor, "calendar.override", "calendar", args.day.isoformat(),
                         args.kind)
    print(f"Đã ghi {args.day:%d/%m/%Y}: {'ngày nghỉ' if args.kind == 'day_off' else 'ngày làm việc'}.")
    return 0
