"""What the command modules share: opening the workspace, the acting user, output."""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from counter.cli._output import print_json as print_json  # the one printer of JSON
from counter.roles import Actor, Role


def add_actor_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=None, help="who acts (default: the system user name)")
    parser.add_argument(
        "--role", choices=[r.value for r in Role], default=Role.OFFICER.value,
        help="the role acted in (default: officer)",
    )


def actor_from(args: argparse.Namespace) -> Actor:
    name = args.user or getpass.getuser() or "cli"
    return Actor(name, Role(args.role))


def open_workspace(args: argparse.Namespace) -> Any:
    from counter.workspace import Workspace

    return Workspace(args.data_dir)
