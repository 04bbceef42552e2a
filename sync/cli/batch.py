"""``python main.py batch export|import``: daily batch files for a USB stick."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from counter.cli._common import add_login_options
from counter.cli._output import shown


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("batch", help="tệp lô cho USB (daily batch files)")
    commands = parser.add_subparsers(dest="batch_action", metavar="ACTION", required=True)
    export = commands.add_parser("export", help="xuất tệp lô đã ký và mã hóa")
    export.add_argument("--out", type=Path, required=True, help="tệp sẽ ghi (ví dụ trên USB)")
    export.add_argument(
        "--day",
        type=date.fromisoformat,
        default=None,
        help="ngày YYYY-MM-DD (mặc định: mọi thông điệp chưa được trung tâm xác nhận)",
    )
    export.add_argument("--no-attachments", action="store_true", help="không kèm tệp quét")
    add_login_options(export)
    export.set_defaults(run=run_export)
    imported = commands.add_parser("import", help="nhập tệp lô (gửi lên trung tâm)")
    imported.add_argument("file", type=Path)
    imported.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    from counter.cli._common import log_in, open_workspace
    from sync.client.batches import export_batch

    with open_workspace(args) as workspace:
        report = export_batch(
            workspace,
            args.data_dir,
            args.out,
            actor=log_in(workspace, args),
            day=args.day,
            with_attachments=not args.no_attachments,
        )
    print(
        shown(
            f"Đã xuất {report.message_count} thông điệp ({report.dossier_count} hồ sơ, "
            f"{report.attachment_count} tệp đính kèm, {report.size} byte) vào {report.path}; "
            f"bản tóm tắt để đối chiếu: {report.summary_path}."
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from counter.workspace import Workspace
    from sync.client.api import CentralApi
    from sync.client.batches import import_batch
    from sync.client.runner import require_enrolment
    from sync.transport import Transport

    with Workspace(args.data_dir) as workspace:  # opened once for the check and the ledger
        config = require_enrolment(workspace)
        with Transport(config.transport_settings()) as transport:
            outcome = import_batch(CentralApi(transport), workspace, args.file)
    if outcome.local is not None:
        local, counts = outcome.local, outcome.local.counts
        print(
            shown(
                f"Đã kiểm tra chữ ký và nội dung tệp lô của máy trạm {local.workstation_id}: "
                f"{local.message_count} thông điệp, {len(local.dossier_codes)} hồ sơ; "
                f"mới {counts.new}, trùng {counts.duplicates}, xung đột {counts.conflicts}."
            )
        )
    if outcome.report is None:
        print(
            shown(
                f"Chưa kết nối được trung tâm: tệp lô được giữ tại {outcome.queued_at} "
                "và sẽ được gửi ở lần đồng bộ tới."
            )
        )
        return 0
    report = outcome.report
    print(
        shown(
            f"Tệp lô của máy trạm {report.workstation_id}: {report.message_count} thông điệp; "
            f"nhập mới {report.imported}, trùng (bỏ qua) {report.duplicates}, "
            f"xung đột {report.conflicts}, bị từ chối {report.rejected}."
        )
    )
    for result in report.results:
        if result.result in ("conflict", "rejected"):
            print(shown(f"  {result.id}: {result.reason}"))
    return 0
