"""``python main.py sync``: enrol once, then push and pull now.

Syncing is machine work: it runs as the workstation itself (``workstation:<id>``, a role
allowed nothing else), needs no login and is audited under that name. Enrolling the
workstation is an administrator's act: ``--enrol`` needs ``--user`` and a password."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from counter.cli._common import add_login_options
from counter.cli._output import shown

if TYPE_CHECKING:
    pass


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="đồng bộ ngay với hệ thống trung tâm (push and pull now)",
        description="Gửi các thay đổi chờ gửi và nhận danh mục, ngày nghỉ, trạng thái hồ sơ, "
        "dải số mã hồ sơ. Lần đầu: --server URL --enrol MÃ để đăng ký máy trạm.",
    )
    parser.add_argument("--server", default=None, help="địa chỉ máy chủ trung tâm (https://...)")
    parser.add_argument("--enrol", metavar="CODE", default=None, help="mã đăng ký dùng một lần")
    parser.add_argument("--ca-bundle", default=None, help="tệp PEM các CA tin cậy")
    parser.add_argument("--pin-cert", default=None, help="tệp PEM chứng chỉ máy chủ được ghim")
    parser.add_argument("--status", action="store_true", help="chỉ xem số thông điệp chờ gửi")
    add_login_options(parser)
    parser.set_defaults(run=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    from counter.cli._common import log_in, open_workspace
    from counter.errors import InputError

    if args.user and not args.enrol:
        raise InputError("--user", "đồng bộ chạy với danh nghĩa máy trạm, không cần đăng nhập; "
                         "--user chỉ dùng khi đăng ký máy trạm (--enrol).")
    with open_workspace(args) as workspace:
        if args.enrol:
            if not args.server:
                raise InputError("--server", "cần địa chỉ máy chủ trung tâm để đăng ký")
            from sync.client.enrol import enrol

            config = enrol(
                workspace,
                args.data_dir,
                server_url=args.server,
                code=args.enrol,
                actor=log_in(workspace, args),
                ca_bundle=args.ca_bundle,
                pinned_certificate=args.pin_cert,
            )
            print(shown(
                f"Đã đăng ký máy trạm {config.workstation_id} (cơ quan {config.agency_code})."
            ))
        if args.status:
            return _print_status(workspace)
        from sync.client.runner import sync_as_workstation

        _print_report(sync_as_workstation(workspace))
    return 0


def _print_status(workspace: Any) -> int:
    from sync.client.outbox import count_waiting
    from sync.client.state import refused_messages

    print(shown(f"Còn {count_waiting(workspace.store)} thông điệp chờ gửi lên trung tâm."))
    refused = refused_messages(workspace.store)
    if refused:
        print(shown(f"{len(refused)} thông điệp bị trung tâm từ chối, cần giám sát xem xét:"))
    for message in refused:
        print(shown(
            f"  {message.dossier_code or '-'} ({message.kind}, {message.message_id}): {message.reason}"
        ))
    return 0


def _print_report(report: Any) -> None:
    push = report.push
    print(shown(
        f"Đã gửi: {push.acknowledged} được xác nhận, {push.rejected} bị từ chối, "
        f"{push.conflicts} xung đột; còn chờ {report.waiting}."
    ))
    pulled = ", ".join(f"{name} {count}" for name, count in report.pulled.items())
    print(shown(f"Đã nhận: {pulled}; tệp đính kèm đã tải lên: {report.attachments_uploaded}."))
    if report.code_blocks.leased:
        print("Đã nhận thêm một dải số mã hồ sơ.")
    if report.batches_forwarded:
        print(shown(f"Đã chuyển {report.batches_forwarded} tệp lô lên trung tâm."))
    if report.clock_warning:
        print(shown(f"CẢNH BÁO: {report.clock_warning}"))
    for warning in report.warnings:
        print(shown(f"Lưu ý: {warning}"))
    if report.update is not None and report.update.state in ("staged", "already_staged"):
        print(f"Đã tải và kiểm tra bản cập nhật {report.update.version}: "
              "sẽ cài khi mở lại ứng dụng.")
