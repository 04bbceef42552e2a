"""``accounts``: local accounts for support staff (list, create, reset a password,
enable, disable), done by an administrator who logs in.

Passwords are never taken from the command line (other users could read them in the
process list): they are asked on the terminal, the new one twice, or read from standard
input with ``--password-stdin`` for scripts: the administrator's password on the first
line, the new password (for create and reset-password) on the second. The first
administrator is created by ``setup`` on an empty data folder.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counter.cli._common import add_login_options, log_in, read_secret
from counter.cli._output import shown
from counter.roles import ACCOUNT_ROLES

if TYPE_CHECKING:
    from counter.roles import Actor
    from counter.workspace import Workspace

ROLES = tuple(role.value for role in ACCOUNT_ROLES)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("accounts", help="local accounts: list, create, reset, disable")
    actions = parser.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every account, its role and state")
    listing.set_defaults(run=run_list)

    create = actions.add_parser("create", help="a new account")
    create.add_argument("username")
    create.add_argument("--name", required=True, help="full name, e.g. 'Nguyễn Văn Quản'")
    create.add_argument("--account-role", choices=ROLES, required=True, dest="account_role",
                        help="the new account's role")
    create.set_defaults(run=run_create)

    reset = actions.add_parser("reset-password", help="set a new password; unlocks the account")
    reset.add_argument("username")
    reset.set_defaults(run=run_reset)

    for name, active in (("disable", False), ("enable", True)):
        toggle = actions.add_parser(name, help=f"{name} an account")
        toggle.add_argument("username")
        toggle.set_defaults(run=run_set_active, active=active)

    for command in actions.choices.values():
        add_login_options(command)


def log_in_administrator(workspace: Workspace, args: argparse.Namespace,
                         username: str = "") -> Actor:
    """The logged-in administrator; anyone else is refused (and audited) before any new
    password is asked for."""
    from counter.access import check_permission

    actor = log_in(workspace, args)
    check_permission(workspace, actor, "accounts.manage", "account", username.strip().lower())
    return actor


def read_new_password(args: argparse.Namespace) -> str:
    """The new account password: the next line with ``--password-stdin``, otherwise asked
    twice on the terminal."""
    from counter.errors import InputError

    password = read_secret(args, "Mật khẩu mới: ")
    if not args.password_stdin and read_secret(args, "Nhập lại mật khẩu mới: ") != password:
        raise InputError("password", "hai lần nhập mật khẩu không khớp.")
    return password


def run_list(args: argparse.Namespace) -> int:
    from counter.accounts import list_accounts
    from counter.roles import ROLE_LABELS
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        log_in_administrator(workspace, args)
        accounts = list_accounts(workspace)
    for account in accounts:
        state = "đang dùng" if account.active else "đã khoá"
        if account.locked_until:
            state += f", tạm khoá đến {account.locked_until:%H:%M:%S %d/%m/%Y}"
        print(shown(f"{account.username}\t{account.full_name}\t{ROLE_LABELS[account.role]}\t{state}"))
    return 0


def run_create(args: argparse.Namespace) -> int:
    from counter.accounts import create_account
    from counter.roles import Role
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in_administrator(workspace, args, args.username)
        account = create_account(workspace, actor, args.username, args.name,
                                 Role(args.account_role), read_new_password(args))
    print(f"Đã tạo tài khoản {account.username}.")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from counter.accounts import reset_password
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in_administrator(workspace, args, args.username)
        reset_password(workspace, actor, args.username.strip().lower(), read_new_password(args))
    print(f"Đã đặt lại mật khẩu của {args.username}; tài khoản được mở khoá.")
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    from counter.accounts import set_active
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in_administrator(workspace, args, args.username)
        set_active(workspace, actor, args.username.strip().lower(), args.active)
    print(f"Đã {'mở' if args.active else 'khoá'} tài khoản {args.username}.")
    return 0
