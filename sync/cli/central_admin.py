"""``python main.py central-admin ...``: enrolment codes, catalogue, workstations, batches,
checks and upkeep of the server's folder."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counter.cli._output import shown

UPKEEP_STEP = 1000
MAX_UPKEEP_ROUNDS = 100_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "central-admin",
        help="quản trị máy chủ trung tâm (central server administration)",
        description="Quản trị máy chủ trung tâm: mã đăng ký, danh mục, máy trạm, tệp lô.",
    )
    parser.add_argument("--db", default=None, help="URL cơ sở dữ liệu của máy chủ trung tâm")
    actions = parser.add_subparsers(dest="admin_action", metavar="ACTION", required=True)

    code = actions.add_parser("enrol-code", help="tạo mã đăng ký dùng một lần cho một máy trạm")
    code.add_argument("--agency", required=True, help="mã cơ quan của máy trạm")
    code.add_argument("--days", type=int, default=None, help="số ngày hiệu lực")
    code.set_defaults(run=_with_context(_enrol_code))

    catalogue = actions.add_parser("load-catalogue", help="nạp danh mục thủ tục từ tệp JSON")
    catalogue.add_argument("file", type=Path)
    catalogue.set_defaults(run=_with_context(_load_catalogue))

    revoke = actions.add_parser("revoke", help="thu hồi một máy trạm")
    revoke.add_argument("workstation", help="mã máy trạm (xem list-workstations)")
    revoke.add_argument("--reason", default="", help="lý do thu hồi")
    revoke.set_defaults(run=_with_context(_revoke))

    listing = actions.add_parser("list-workstations", help="liệt kê các máy trạm đã đăng ký")
    listing.set_defaults(run=_with_context(_list_workstations))

    reviews = actions.add_parser(
        "list-reviews", help="thông điệp xung đột hoặc bị từ chối, giữ lại để xem xét"
    )
    reviews.add_argument("--limit", type=int, default=200)
    reviews.set_defaults(run=_with_context(_list_reviews))

    status = actions.add_parser(
        "set-status", help="ghi thay đổi trạng thái hồ sơ do bộ phận xử lý thực hiện"
    )
    status.add_argument("dossier_code")
    status.add_argument("status")
    status.add_argument("--reason", default=None)
    status.add_argument("--actor", default="back-office")
    status.set_defaults(run=_with_context(_set_status))

    batch = actions.add_parser("import-batch", help="nhập một tệp lô (từ USB) vào máy chủ")
    batch.add_argument("file", type=Path)
    batch.set_defaults(run=_with_context(_import_batch))

    doctor = actions.add_parser(
        "doctor", help="kiểm tra quyền thư mục và tệp, mã hoá tệp đính kèm, lược đồ cơ sở dữ liệu"
    )
    doctor.set_defaults(run=_doctor)

    seal = actions.add_parser(
        "seal-attachments", help="mã hoá các tệp đính kèm còn lưu dạng rõ (từ phiên bản cũ)"
    )
    seal.set_defaults(run=_with_context(_seal_attachments))

    accounts = actions.add_parser(
        "province-account", help="tài khoản xem trang theo dõi của tỉnh (province pages)")
    account_actions = accounts.add_subparsers(dest="account_action", metavar="ACTION",
                                              required=True)
    create = account_actions.add_parser("create", help="tạo tài khoản (mật khẩu hỏi riêng)")
    create.add_argument("username")
    create.add_argument("--name", required=True, help="họ và tên")
    create.add_argument("--role", required=True, choices=("province", "commune_supervisor"))
    create.add_argument("--agency", default=None, help="mã cơ quan (xã) của giám sát xã")
    create.add_argument("--password-stdin", action="store_true",
                        help="đọc mật khẩu từ dòng đầu của đầu vào chuẩn")
    create.set_defaults(run=_with_context(_create_account))
    account_list = account_actions.add_parser("list", help="liệt kê các tài khoản")
    account_list.set_defaults(run=_with_context(_list_accounts))
    disable = account_actions.add_parser("disable", help="khoá tài khoản và đóng mọi phiên")
    disable.add_argument("username")
    disable.set_defaults(run=_with_context(_disable_account))

    report = actions.add_parser(
        "report", help="số liệu theo xã của cả tỉnh (hoặc một xã) ra tệp Excel")
    report.add_argument("--from", dest="first", required=True, help="ngày đầu kỳ")
    report.add_argument("--to", dest="last", required=True, help="ngày cuối kỳ")
    report.add_argument("--agency", default=None, help="chỉ một cơ quan (xã)")
    report.add_argument("--out", required=True, type=Path, help="tệp .xlsx sẽ ghi")
    report.set_defaults(run=_with_context(_report))

    expire = actions.add_parser(
        "expire-uploads", help="xoá các lượt tải lên dở dang đã quá hạn (partial_upload_hours)"
    )
    expire.set_defaults(run=_with_context(_expire_uploads))


def _with_context(action: Callable[[Any, argparse.Namespace], int]) -> Callable[..., int]:
    def run(args: argparse.Namespace) -> int:
        from sync.central.context import open_context
        from sync.central.settings import load_settings

        context = open_context(load_settings(args.data_dir, database_url=args.db))
        try:
            return action(context, args)
        finally:
            context.close()

    return run


def _enrol_code(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    code = admin.create_enrolment_code(context, args.agency, args.days)
    print(shown(f"Mã đăng ký cho cơ quan {args.agency.strip()} (dùng một lần): {code}"))
    return 0


def _load_catalogue(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    loaded = admin.load_catalogue(context, args.file)
    print(
        shown(
            f"Đã nạp: {loaded.procedures} thủ tục, {loaded.agencies} cơ quan, "
            f"{loaded.holidays} ngày nghỉ/làm bù; {loaded.unchanged} mục không đổi."
        )
    )
    return 0


def _revoke(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    admin.revoke_workstation(context, args.workstation, args.reason)
    print(shown(f"Đã thu hồi máy trạm {args.workstation}."))
    return 0


def _list_workstations(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    rows = admin.list_workstations(context)
    if not rows:
        print("Chưa có máy trạm nào đăng ký.")
    for row in rows:
        state = f"thu hồi {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "hoạt động"
        print(shown(f"{row.id}  {row.agency_code}  {row.name}  ({state})"))
    return 0


def _list_reviews(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    rows = admin.list_reviews(context, args.limit)
    if not rows:
        print("Không có thông điệp nào cần xem xét.")
    for row in rows:
        print(
            shown(
                f"{row.received_at:%Y-%m-%d %H:%M} UTC  {row.reason_code}  {row.message_id}  "
                f"máy trạm {row.workstation_id}: {row.reason}"
            )
        )
    return 0


def _set_status(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    admin.set_dossier_status(
        context, args.dossier_code, args.status, actor=args.actor, reason=args.reason
    )
    print(shown(f"Đã ghi trạng thái '{args.status}' cho hồ sơ {args.dossier_code}."))
    return 0


def _import_batch(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    report = admin.import_batch_file(context, args.file)
    print(
        shown(
            f"Tệp lô của máy trạm {report.workstation_id}: {report.message_count} thông điệp; "
            f"nhập mới {report.imported}, trùng {report.duplicates}, xung đột {report.conflicts}, "
            f"bị từ chối {report.rejected}; {report.attachments_stored} tệp đính kèm."
        )
    )
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from counter.cli.doctor import print_results
    from counter.doctor import run_checks
    from sync.central.doctor import central_checks

    return print_results(run_checks(central_checks(args.data_dir, args.db)))


def _seal_attachments(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    total = _repeat_until_done(lambda: admin.seal_clear_attachments(context, UPKEEP_STEP))
    print(shown(f"Đã mã hoá {total} tệp đính kèm lưu dạng rõ."))
    return 0


def _expire_uploads(context: Any, args: argparse.Namespace) -> int:
    from sync.central import admin

    total = _repeat_until_done(lambda: admin.expire_partial_uploads(context, UPKEEP_STEP))
    print(shown(f"Đã xoá {total} lượt tải lên dở dang quá hạn."))
    return 0


def _create_account(context: Any, args: argparse.Namespace) -> int:
    from counter.cli._common import read_secret
    from sync.central.province import accounts

    password = read_secret(args, f"Mật khẩu cho {args.username}: ")
    user = context.database.run(lambda s: accounts.create_account(
        s, args.username, args.name, args.role, args.agency, password))
    scope = f"xã {user.agency_code}" if user.scope else "toàn tỉnh"
    print(shown(f"Đã tạo tài khoản {user.username} ({accounts.ROLES[user.role]}, {scope})."))
    return 0


def _list_accounts(context: Any, args: argparse.Namespace) -> int:
    from sync.central.province import accounts

    rows = context.database.run(accounts.list_accounts)
    if not rows:
        print("Chưa có tài khoản nào.")
    for user, active in rows:
        state = "hoạt động" if active else "đã khoá"
        print(shown(f"{user.username}  {user.full_name}  {user.role}  "
                    f"{user.agency_code or 'toàn tỉnh'}  ({state})"))
    return 0


def _disable_account(context: Any, args: argparse.Namespace) -> int:
    from sync.central.province import accounts

    context.database.run(lambda s: accounts.set_active(s, args.username, False))
    print(shown(f"Đã khoá tài khoản {args.username}; các phiên đang mở đã đóng."))
    return 0


def _report(context: Any, args: argparse.Namespace) -> int:
    from counter.atomic import write_atomically
    from counter.clock import parse_day
    from counter.reporting.period import Period
    from sync.central.province.figures import fill_names, province_view
    from sync.central.province.workbook import province_workbook

    period = Period(parse_day(args.first, "--from"), parse_day(args.last, "--to"))
    settings = context.settings

    def read(session: Any) -> Any:
        found = province_view(session, period, agency_code=(args.agency or "").strip() or None,
                              warning_days=settings.early_warning_days,
                              stale_days=settings.stale_sync_days)
        fill_names(session, found.communes)
        return found

    view = context.database.run(read)
    write_atomically(args.out, province_workbook(view))
    total = view.total
    print(shown(f"Đã ghi {args.out}: {len(view.communes)} cơ quan, tiếp nhận {total.received}, "
                f"đang giải quyết {total.pending}, quá hạn {total.overdue}; "
                f"{len(view.warnings)} hồ sơ cần cảnh báo."))
    return 0


def _repeat_until_done(step: Callable[[], int]) -> int:
    """Run ``step`` (which handles at most UPKEEP_STEP items) until it handles fewer."""
    total = 0
    for _ in range(MAX_UPKEEP_ROUNDS):
        done = step()
        total += done
        if done < UPKEEP_STEP:
            break
    return total
