"""``calendar``: the working calendar (holidays, swapped days, local overrides)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

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
    remove = commands.add_parser("remove", help="drop a local day off or working day")
    remove.add_argument("--day", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    add_login_options(remove)
    remove.set_defaults(run=run_remove)
    load = commands.add_parser(
        "import", help="set local days off / working days from a JSON file "
        "(the format of resources/calendar/*.json)")
    load.add_argument("file", type=Path)
    add_login_options(load)
    load.set_defaults(run=run_import)
    sources = commands.add_parser("sources", help="the decided days shipped with the app, "
                                  "with their sources")
    sources.add_argument("--year", type=int, default=None)
    sources.set_defaults(run=run_sources)


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


def run_remove(args: argparse.Namespace) -> int:
    from counter import audit
    from counter.access import check_permission
    from counter.calendar_overrides import remove_override
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        check_permission(workspace, actor, "settings.manage", "calendar", args.day.isoformat())
        with workspace.store.write() as session:
            remove_override(session, args.day)
            audit.record(session, actor, "calendar.remove", "calendar", args.day.isoformat(), "")
    print(f"Đã bỏ ngày ghi riêng {args.day:%d/%m/%Y}; ngày này theo lịch chung.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from counter import audit
    from counter.access import check_permission
    from counter.calendar_data import read_calendar_file
    from counter.calendar_overrides import import_overrides
    from counter.workspace import Workspace

    days = read_calendar_file(args.file)  # the whole file is checked before anything is set
    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        check_permission(workspace, actor, "settings.manage", "calendar", args.file.name)
        with workspace.store.write() as session:
            count = import_overrides(session, days)
            audit.record(session, actor, "calendar.import", "calendar", args.file.name,
                         f"{count} ngày")
    print(f"Đã ghi {count} ngày từ {args.file.name}.")
    return 0


def run_sources(args: argparse.Namespace) -> int:
    from counter.calendar_data import shipped_days

    for entry in shipped_days():
        if args.year is not None and entry.day.year != args.year:
            continue
        what = "nghỉ" if entry.kind == "day_off" else "làm việc"
        print(shown(f"{entry.day:%d/%m/%Y}\t{what}\t{entry.name}\t{entry.source}"))
    return 0
