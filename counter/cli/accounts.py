"""``accounts``: local accounts for support staff (list, create, reset a password, disable).

Passwords are never taken from the command line (other users could read them in the
process list): they are asked twice on the terminal, or read as one line from standard
input with ``--password-stdin`` for scripts.
"""

from __future__ import annotations

import argparse
import sys

from counter.cli._common import actor_from, add_actor_options
from counter.cli._output import shown

ROLES = ("officer", "supervisor", "village_team", "admin")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("accounts", help="local accounts: list, create, reset, disable")
    actions = parser.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every account, its role and state")
    listing.set_defaults(run=run_list)

    first = actions.add_parser("first-admin", help="the first administrator of a new workstation")
    first.add_argument("username")
    first.add_argument("--name", required=True, help="full name, e.g. 'Nguyễn Văn Quản'")
    first.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    first.set_defaults(run=run_first_admin)

    create = actions.add_parser("create", help="a new account (as an administrator)")
    create.add_argument("username")
    create.add_argument("--name", required=True, help="full name")
    create.add_argument("--account-role", choices=ROLES, required=True, dest="account_role",
                        help="the new account's role")
    create.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    create.set_defaults(run=run_create)

    reset = actions.add_parser("reset-password", help="set a new password; unlocks the account")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    reset.set_defaults(run=run_reset)

    for name, active in (("disable", False), ("enable", True)):
        toggle = actions.add_parser(name, help=f"{name} an account")
        toggle.add_argument("username")
        toggle.set_defaults(run=run_set_active, active=active)

    for command in actions.choices.values():
        if command not in (listing, first):  # these need no acting administrator
            add_actor_options(command)
            command.set_defaults(role="admin")


def read_password(from_stdin: bool) -> str:
    from counter.errors import InputError

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    password = getpass.getpass("Mật khẩu mới: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != password:
        raise InputError("password", "hai lần nhập mật khẩu không khớp.")
    return password


def run_list(args: argparse.Namespace) -> int:
    from counter.accounts import list_accounts
    from counter.roles import ROLE_LABELS
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        accounts = list_accounts(workspace)
    for account in accounts:
        state = "đang dùng" if account.active else "đã khoá"
        if account.locked_until:
            state += f", tạm khoá đến {account.locked_until:%H:%M:%S %d/%m/%Y}"
        print(shown(f"{account.username}\t{account.full_name}\t{ROLE_LABELS[account.role]}\t{state}"))
    if not accounts:
        print("Chưa có tài khoản nào (tạo bằng: accounts first-admin TÊN --name 'HỌ TÊN').")
    return 0


def run_first_admin(args: argparse.Namespace) -> int:
    from counter.accounts import create_first_admin
    from counter.workspace import Workspace

    password = read_password(args.password_stdin)
    with Workspace(args.data_dir) as workspace:
        account = create_first_admin(workspace, args.username, args.name, password)
    print(f"Đã tạo tài khoản quản trị {account.username}.")
    return 0


def run_create(args: argparse.Namespace) -> int:
    from counter.accounts import create_account
    from counter.roles import Role
    from counter.workspace import Workspace

    password = read_password(args.password_stdin)
    with Workspace(args.data_dir) as workspace:
        account = create_account(workspace, actor_from(args), args.username, args.name,
                                 Role(args.account_role), password)
    print(f"Đã tạo tài khoản {account.username}.")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from counter.accounts import reset_password
    from counter.workspace import Workspace

    password = read_password(args.password_stdin)
    with Workspace(args.data_dir) as workspace:
        reset_password(workspace, actor_from(args), args.username.strip().lower(), password)
    print(f"Đã đặt lại mật khẩu của {args.username}; tài khoản được mở khoá.")
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    from counter.accounts import set_active
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        set_active(workspace, actor_from(args), args.username.strip().lower(), args.active)
    print(f"Đã {'mở' if args.active else 'khoá'} tài khoản {args.username}.")
    return 0
