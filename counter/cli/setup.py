"""``setup``: set up this workstation without the GUI.

On an empty data folder (no account yet) it also creates the first administrator, as the
GUI's first-run screen does: ``--admin-user`` and ``--admin-name`` (asked on the terminal
when left out) and the password (asked twice, or one line of standard input with
``--password-stdin``). Once any account exists, only a logged-in administrator may run
it again (``--user NAME``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from counter.cli._common import add_login_options, log_in, read_secret

if TYPE_CHECKING:
    from counter.roles import Actor
    from counter.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("setup", help="set up this workstation's agency (first run)")
    parser.add_argument("--agency-code", required=True, help="QCVN 102 code, e.g. 000.00.12.H42")
    parser.add_argument("--agency-name", required=True, help="e.g. Ủy ban nhân dân xã Tân Phú")
    parser.add_argument("--level", choices=["province", "commune"], default="commune")
    parser.add_argument("--parent-name", default="", help="the parent authority (top left)")
    parser.add_argument("--unit-name", default="", help="the receiving unit on printed forms")
    parser.add_argument("--place", default="", help="place name for '<place>, ngày ...'")
    parser.add_argument("--lookup-url", default=None, help="dossier lookup URL with {code}")
    parser.add_argument("--issuing-system", default="",
                        help="information system named in the receipt's QR code")
    parser.add_argument("--contact", default="",
                        help="phone or website printed on forms 02-03 for questions")
    parser.add_argument("--workstation", required=True, help="this PC's name, e.g. 'Quầy 1'")
    parser.add_argument("--slot", type=int, default=1, help="this workstation's number (1..slots)")
    parser.add_argument("--slots", type=int, default=1,
                        help="how many workstations share the agency's daily codes offline")
    parser.add_argument("--seed-catalogue", action="store_true",
                        help="also load the bundled commune-level procedure catalogue")
    parser.add_argument("--admin-user", default=None, metavar="NAME",
                        help="first run only: the first administrator's user name")
    parser.add_argument("--admin-name", default=None, metavar="FULL NAME",
                        help="first run only: the first administrator's full name")
    add_login_options(parser)
    parser.set_defaults(run=run)


def ask(args: argparse.Namespace, value: str | None, option: str, prompt: str) -> str:
    """An option's value, or asked on the terminal when it was left out."""
    from counter.errors import InputError

    if value is not None:
        return value
    if args.password_stdin or not sys.stdin.isatty():
        raise InputError(option, "cần giá trị cho lần thiết lập đầu tiên.")
    return input(prompt)


def first_administrator(workspace: Workspace, args: argparse.Namespace) -> Actor:
    """Create the first administrator of an empty data folder; they do the set-up."""
    from counter.accounts import create_first_admin
    from counter.errors import InputError

    username = ask(args, args.admin_user, "--admin-user", "Tên đăng nhập quản trị: ")
    full_name = ask(args, args.admin_name, "--admin-name", "Họ và tên quản trị viên: ")
    password = read_secret(args, "Mật khẩu quản trị (ít nhất 8 ký tự): ")
    if not args.password_stdin and read_secret(args, "Nhập lại mật khẩu: ") != password:
        raise InputError("password", "hai lần nhập mật khẩu không khớp.")
    account = create_first_admin(workspace, username, full_name, password)
    print(f"Đã tạo tài khoản quản trị {account.username} ({account.full_name}).")
    return account.actor


def acting_administrator(workspace: Workspace, args: argparse.Namespace) -> Actor:
    """Who does the set-up: the first administrator on an empty folder, otherwise an
    administrator who logs in."""
    from counter.access import check_permission
    from counter.accounts import list_accounts
    from counter.errors import InputError

    if not list_accounts(workspace):
        if args.user:
            raise InputError("--user", "máy này chưa có tài khoản nào; lần thiết lập đầu tiên "
                             "tạo quản trị viên bằng --admin-user và --admin-name.")
        return first_administrator(workspace, args)
    if args.admin_user or args.admin_name:
        raise InputError("--admin-user", "máy này đã có tài khoản quản trị; hãy đăng nhập "
                         "bằng --user TÊN_ĐĂNG_NHẬP.")
    actor = log_in(workspace, args)
    check_permission(workspace, actor, "settings.manage", "workstation", "setup")
    return actor


def run(args: argparse.Namespace) -> int:
    from counter.agencies import AgencyInfo, check_agency_code
    from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
    from counter.workspace import Workspace

    agency = AgencyInfo(
        code=args.agency_code, name=args.agency_name, level=args.level,
        parent_name=args.parent_name, unit_name=args.unit_name or args.agency_name,
        place_name=args.place, lookup_url=args.lookup_url,
        issuing_system=args.issuing_system, contact=args.contact,
    )
    check_agency_code(agency.code)  # a typo is refused before any account is created
    with Workspace(args.data_dir) as workspace:
        actor = acting_administrator(workspace, args)
        identity = set_up_workstation(
            workspace, SetupRequest(agency, args.workstation, args.slot, args.slots), actor
        )
        print(f"Đã thiết lập máy trạm «{identity.workstation.name}» "
              f"của {identity.agency.name} ({identity.agency.code}).")
        if args.seed_catalogue:
            report = load_seed_catalogue(workspace)
            print(f"Danh mục thủ tục: thêm {report.added}, cập nhật {report.updated}.")
    return 0
