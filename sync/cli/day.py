"""``python main.py day close``: the supervisor closes a day; its manifest is signed."""

from __future__ import annotations

import argparse
from datetime import date

from counter.cli._output import shown


def register(subparsers: argparse._SubParsersAction) -> None:
    from counter.cli._common import add_login_options

    parser = subparsers.add_parser("day", help="duyệt và chốt ngày (supervisor)")
    commands = parser.add_subparsers(dest="day_action", metavar="ACTION", required=True)
    close = commands.add_parser("close", help="duyệt ngày và ký bản kê của ngày")
    close.add_argument(
        "--day", type=date.fromisoformat, default=None, help="ngày YYYY-MM-DD (mặc định: hôm nay)"
    )
    close.add_argument("--note", default="", help="ghi chú khi duyệt")
    add_login_options(close)
    close.set_defaults(run=run_close)


def run_close(args: argparse.Namespace) -> int:
    from counter import clock
    from counter.cli._common import log_in, open_workspace
    from sync.client.day_close import close_day

    with open_workspace(args) as workspace:
        actor = log_in(workspace, args)
        report = close_day(
            workspace, args.data_dir, args.day or clock.now().date(), actor, args.note
        )
    print(
        shown(
            f"Đã chốt ngày {report.day:%d/%m/%Y}: {report.dossier_count} hồ sơ, "
            f"{report.message_count} thông điệp; bản kê đã ký: {report.manifest_path}."
        )
    )
    return 0
