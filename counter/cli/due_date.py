"""``due-date``: the legal due time of a dossier received at a given time."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "due-date", help="print the due time (YYYY-MM-DDTHH:MM) for a receipt time"
    )
    parser.add_argument("--received", required=True, help="receipt time, e.g. 2026-02-13T10:00")
    amount = parser.add_mutually_exclusive_group(required=True)
    amount.add_argument("--days", type=float, help="processing time in working days")
    amount.add_argument("--hours", type=float, help="processing time in working hours")
    amount.add_argument("--same-day", action="store_true", help="same-day procedure (15:00 rule)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from counter.clock import format_minute, parse_local
    from counter.deadlines import ProcessingTime, due_time
    from counter.errors import InputError
    from counter.workspace import Workspace

    try:
        received = parse_local(args.received)
    except ValueError:
        raise InputError("--received", f"thời điểm không hợp lệ: {args.received!r} "
                         "(cần dạng YYYY-MM-DDTHH:MM).") from None
    if args.same_day:
        processing = ProcessingTime.same_day()
    elif args.days is not None:
        processing = ProcessingTime.days(args.days)
    else:
        processing = ProcessingTime.hours(args.hours)
    with Workspace(args.data_dir) as workspace:
        print(format_minute(due_time(workspace.calendar(), received, processing)))
    return 0
