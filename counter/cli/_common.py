"""What the command modules share: opening the workspace, logging in, output.

A command that acts as a person logs that person in, as the GUI's login screen does:
``--user NAME`` and the account's password, asked on the terminal (not echoed) or read
as one line from standard input with ``--password-stdin``. The role is the account's;
the command line cannot choose it. Passwords are never options: other users could read
them in the process list.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from counter.cli._output import print_json as print_json  # the one printer of JSON
from counter.errors import InputError

if TYPE_CHECKING:
    from counter.roles import Actor
    from counter.workspace import Workspace

NO_ACCOUNT_HINT = (
    "Máy này chưa có tài khoản nào: hãy chạy «python main.py setup ...» để tạo tài khoản "
    "quản trị đầu tiên."
)


def add_login_options(parser: argparse.ArgumentParser) -> None:
    """``--user NAME`` and ``--password-stdin``: who runs the command, proved by a password."""
    parser.add_argument("--user", default=None, metavar="NAME",
                        help="your account (tên đăng nhập); the password is asked for")
    add_password_stdin(parser, "read your password as the first line of standard input")


def add_password_stdin(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--password-stdin", action="store_true", help=help_text)


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    """One password: the next line of standard input with ``--password-stdin``, otherwise
    asked on the terminal without echo. Never read silently from a pipe."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line.strip("\r\n"):
            raise InputError("--password-stdin", "không đọc được mật khẩu từ đầu vào chuẩn.")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InputError(
            "--password-stdin",
            "cần mật khẩu: chạy lệnh trên terminal để được hỏi, hoặc đưa mật khẩu qua đầu vào "
            "chuẩn với --password-stdin.",
        )
    import getpass

    return getpass.getpass(prompt)


def log_in(workspace: Workspace, args: argparse.Namespace) -> Actor:
    """The person running the command, from their account and password; their role is the
    account's. A refusal (wrong password, unknown, disabled or locked account) is audited
    by :func:`counter.accounts.authenticate` and raised: the command does nothing."""
    from counter.accounts import AuthenticationError, authenticate, list_accounts

    if not (args.user or "").strip():
        raise InputError("--user", "cần đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP của bạn.")
    password = read_secret(args, f"Mật khẩu của {args.user.strip()}: ")
    try:
        account = authenticate(workspace, args.user, password)
    except AuthenticationError as error:
        if not list_accounts(workspace):
            raise AuthenticationError(f"{error.message} {NO_ACCOUNT_HINT}") from None
        raise
    warn_if_offline_too_long(workspace)
    return account.actor


def warn_if_offline_too_long(workspace: Workspace) -> None:
    """At every login, as in the GUI: the offline limit's warning, on standard error."""
    from counter.cli._output import shown
    from counter.offline_limits import login_notice

    notice = login_notice(workspace)
    if notice:
        print(shown(f"Cảnh báo: {notice}"), file=sys.stderr)


def open_workspace(args: argparse.Namespace) -> Any:
    from counter.workspace import Workspace

    return Workspace(args.data_dir)
