"""``offline-limits``: how long this workstation may stay without a sync.

    offline-limits show
    offline-limits set --warn-days 3 --block-days 7 --user quantri      (administrator)
    offline-limits override --reason "..." [--hours 8] --user giamsat  (supervisor)
"""

from __future__ import annotations

import argparse

from counter.cli._common import add_login_options, log_in, print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "offline-limits", help="giới hạn số ngày không đồng bộ (offline limits)")
    commands = parser.add_subparsers(dest="offline_command", required=True, metavar="ACTION")
    show = commands.add_parser("show", help="the limits and how long since the last sync")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    change = commands.add_parser("set", help="set the limits (administrator; 0 = off)")
    change.add_argument("--warn-days", type=int, required=True,
                        help="warn at every login after this many days without a sync")
    change.add_argument("--block-days", type=int, required=True,
                        help="receive nothing new after this many days without a sync")
    add_login_options(change)
    change.set_defaults(run=run_set)
    override = commands.add_parser(
        "override", help="let a blocked workstation receive for a few hours (supervisor)")
    override.add_argument("--reason", required=True, help="why (kept in the audit trail)")
    override.add_argument("--hours", type=int, default=8)
    add_login_options(override)
    override.set_defaults(run=run_override)


def describe(status: object) -> dict[str, object]:
    from counter.offline_limits import OfflineStatus

    assert isinstance(status, OfflineStatus)
    return {
        "level": status.level,
        "warn_after_days": status.warn_after_days,
        "block_after_days": status.block_after_days,
        "offline_since": status.offline_since.isoformat() if status.offline_since else None,
        "days_offline": status.days_offline,
        "override_until": status.override_until.isoformat() if status.override_until else None,
        "override_by": status.override_by,
        "message": status.message,
    }


def show(status: object, as_json: bool) -> None:
    described = describe(status)
    if as_json:
        print_json(described)
        return
    print(f"Nhắc sau: {described['warn_after_days']} ngày; ngừng tiếp nhận sau: "
          f"{described['block_after_days']} ngày (0: tắt)")
    print(f"Số ngày chưa đồng bộ: {described['days_offline']}")
    print(described["message"] or "Trạng thái: bình thường")


def run_show(args: argparse.Namespace) -> int:
    from counter.offline_limits import current_status
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        show(current_status(workspace), args.json)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from counter.offline_limits import set_offline_limits
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        status = set_offline_limits(workspace, log_in(workspace, args), args.warn_days,
                                    args.block_days)  # fmt: skip
    show(status, False)
    return 0


def run_override(args: argparse.Namespace) -> int:
    from counter.offline_limits import override_offline_block
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        status = override_offline_block(workspace, log_in(workspace, args), args.reason,
                                        args.hours)  # fmt: skip
    show(status, False)
    return 0
