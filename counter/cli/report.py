"""``report``: the period report (xlsx, pdf or csv) for a supervisor or administrator."""

from __future__ import annotations

import argparse
from pathlib import Path

from counter.cli._common import add_login_options, log_in

FORMATS = ("xlsx", "pdf", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "report", help="period report on dossiers received and handled (xlsx, pdf, csv)")
    parser.add_argument("--from", dest="first", required=True, metavar="DAY",
                        help="first day of the period (YYYY-MM-DD or dd/mm/yyyy)")
    parser.add_argument("--to", dest="last", required=True, metavar="DAY",
                        help="last day of the period, inclusive")
    parser.add_argument("--format", dest="form", choices=FORMATS, default="xlsx")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="where to write the report")
    add_login_options(parser)
    parser.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    from counter.clock import parse_day
    from counter.reporting.output import write_report
    from counter.reporting.period import Period
    from counter.reporting.report import period_report
    from counter.workspace import Workspace

    period = Period(parse_day(args.first, "--from"), parse_day(args.last, "--to"))
    with Workspace(args.data_dir) as workspace:
        report = period_report(workspace, period, log_in(workspace, args))
    size = write_report(report, args.form, args.out)
    f = report.figures
    print(f"Đã ghi báo cáo {period.label} vào {args.out} ({size // 1024 + 1} KB): "
          f"tiếp nhận {f.received}, đã giải quyết {f.finished} (quá hạn {f.late}), "
          f"đang giải quyết {f.pending} (quá hạn {f.pending_overdue}).")
    return 0
