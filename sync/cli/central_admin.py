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

    release_key = actions.add_parser(
        "release-key", help="tạo khóa phát hành Ed25519 của tỉnh (giữ ngoại tuyến)")
    release_key.add_argument("--out", type=Path, required=True, help="tệp PEM khóa bí mật")
    release_key.set_defaults(run=_release_key)
    release = actions.add_parser("release", help="phát hành phiên bản ứng dụng (signed releases)")
    release_actions = release.add_subparsers(dest="release_action", metavar="ACTION", required=True)
    publish = release_actions.add_parser("publish", help="ký và phát hành một gói cập nhật")
    publish.add_argument("--version", required=True, help="phiên bản, ví dụ 0.2.0")
    publish.add_argument("--platform", required=True, help="linux-x86_64 hoặc windows-x86_64")
    publish.add_argument("--package", type=Path, required=True, help="tệp gói (zip)")
    publish.add_argument("--key", type=Path, required=True, help="khóa phát hành (PEM)")
    publish.add_argument("--min-schema", required=True,
                         help="phiên bản CSDL máy trạm thấp nhất có thể nâng cấp")
    publish.add_argument("--notes", default="", help="ghi chú phát hành")
    publish.set_defaults(run=_with_context(_publish_release))

    ws_settings = actions.add_parser(
        "settings", help="đặt thiết lập cho máy trạm theo cơ quan hoặc từng máy trạm")
    ws_actions = ws_settings.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    for name, help_text in (("set", "đặt một thiết lập"), ("unset", "bỏ một thiết lập")):
        one = ws_actions.add_parser(name, help=help_text)
        target = one.add_mutually_exclusive_group(required=True)
        target.add_argument("--agency", help="mã cơ quan (mọi máy trạm của cơ quan)")
        target.add_argument("--workstation", help="mã máy trạm (chỉ máy đó)")
        one.add_argument("key", help="tên thiết lập, ví dụ idle_logout_minutes")
        if name == "set":
            one.add_argument("value", help="giá trị (JSON: 10, \"chữ\", [1, 2])")
        one.set_defaults(run=_with_context(_set_setting if name == "set" else _unset_setting))

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

    notify = actions.add_parser(
        "notify",
        help="gửi thông báo đến hạn cho công dân (thư điện tử, SMS, Zalo); thử lại khi lỗi",
    )
    notify.add_argument("--rounds", type=int, default=1,
                        help="số lượt gửi (mặc định 1; ví dụ 60 với --every 60 là một giờ)")
    notify.add_argument("--every", type=int, default=60, help="số giây giữa hai lượt")
    notify.set_defaults(run=_with_context(_notify))

    notices = actions.add_parser("list-notifications", help="liệt kê các thông báo gần nhất")
    notices.add_argument("--limit", type=int, default=50)
    notices.set_defaults(run=_with_context(_list_notifications))


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


MAX_NOTIFY_ROUNDS = 100_000


def _notify(context: Any, args: argparse.Namespace) -> int:
    import time

    from counter.errors import InputError
    from sync.central.notify.run import send_due

    if not 1 <= args.rounds <= MAX_NOTIFY_ROUNDS or not 1 <= args.every <= 86_400:
        raise InputError("--rounds/--every", "số lượt 1-100000, khoảng cách 1-86400 giây.")
    failures = 0
    for number in range(args.rounds):
        if number:
            time.sleep(args.every)
        report = send_due(context)
        for error in report.errors:
            print(shown(f"Lỗi: {error}"))
        print(
            shown(
                f"Đã gửi {report.sent} thông báo; {report.retrying} sẽ thử lại; "
                f"{report.failed} bỏ sau khi thử đủ số lần."
            )
        )
        failures += report.failed
    return 1 if failures else 0


def _list_notifications(context: Any, args: argparse.Namespace) -> int:
    from sync.central.services.notifications import list_notifications

    rows = context.database.run(lambda s: list_notifications(s, args.limit))
    if not rows:
        print("Chưa có thông báo nào.")
    for row in rows:
        error = f"  lỗi cuối: {row.last_error}" if row.last_error else ""
        print(
            shown(
                f"{row.id}  {row.dossier_code}  {row.kind}  {row.channel}  {row.state}  "
                f"{row.attempts} lần{error}"
            )
        )
    return 0


def _release_key(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.keys import public_key_b64, write_private_key

    if args.out.exists():
        print(shown(f"Lỗi: tệp {args.out} đã có: không ghi đè khóa."))
        return 2
    key = Ed25519PrivateKey.generate()
    write_private_key(args.out, key)
    print(public_key_b64(key.public_key()))
    return 0


def _publish_release(context: Any, args: argparse.Namespace) -> int:
    from sync.central.services.releases import publish
    from sync.keys import load_ed25519

    key = load_ed25519(args.key)
    manifest, _signature = context.database.run(
        lambda s: publish(
            s, context.settings.home, version=args.version, platform=args.platform,
            package=args.package, min_schema=args.min_schema, notes=args.notes, key=key,
        )
    )  # fmt: skip
    print(shown(f"Đã phát hành {manifest.version} ({manifest.platform}), SHA-256 {manifest.sha256}"))
    return 0


def _scope(args: argparse.Namespace) -> tuple[str, str]:
    return ("agency", args.agency) if args.agency else ("workstation", args.workstation)


def _set_setting(context: Any, args: argparse.Namespace) -> int:
    import json

    from counter.errors import InputError
    from sync.central.services.remote_settings import set_value

    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        raise InputError(args.key, f"giá trị không phải JSON: {args.value!r}.") from None
    scope, target = _scope(args)
    context.database.run(lambda s: set_value(s, scope, target, args.key, value))
    print(shown(f"Đã đặt {args.key} = {args.value} cho {scope} {target}; "
                "máy trạm nhận khi đồng bộ."))
    return 0


def _unset_setting(context: Any, args: argparse.Namespace) -> int:
    from sync.central.services.remote_settings import unset_value

    scope, target = _scope(args)
    removed = context.database.run(lambda s: unset_value(s, scope, target, args.key))
    print(shown(f"Đã bỏ {args.key} cho {scope} {target}." if removed
                else f"{args.key} chưa được đặt cho {scope} {target}."))
    return 0
