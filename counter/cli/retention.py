"""``retention purge``: remove local scans and photos that are no longer needed."""

from __future__ import annotations

import argparse

from counter.cli._common import add_login_options, log_in


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("retention", help="personal data retention on this PC")
    commands = parser.add_subparsers(dest="retention_command", required=True, metavar="ACTION")
    purge = commands.add_parser(
        "purge", help="remove scans/photos of finished dossiers the central system has")
    purge.add_argument("--days", type=int, default=None,
                       help="keep files this many days after the dossier ended "
                            "(default: the retention_days setting)")
    purge.add_argument("--dry-run", action="store_true", help="only say what would go")
    add_login_options(purge)
    purge.set_defaults(run=run_purge)


def run_purge(args: argparse.Namespace) -> int:
    from counter.retention import purge_expired_files
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        report = purge_expired_files(workspace, log_in(workspace, args), days=args.days,
                                     dry_run=args.dry_run)
    verb = "Sẽ xoá" if report.dry_run else "Đã xoá"
    print(f"{verb} {report.attachments} tệp đính kèm của {len(report.dossiers)} hồ sơ "
          f"({report.bytes_freed // 1024} KB).")
    if report.draft_pages:
        print(f"Đã xoá {report.draft_pages} trang quét của hồ sơ chưa tiếp nhận (bỏ dở).")
    return 0
