"""``settings show`` / ``settings set KEY VALUE``: this workstation's settings (admin)."""

from __future__ import annotations

import argparse

from counter.cli._common import add_login_options, log_in, print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("settings", help="show or change this PC's settings")
    commands = parser.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    show = commands.add_parser("show", help="every setting with its current value")
    show.set_defaults(run=run_show)
    change = commands.add_parser("set", help="change one setting (administrators)")
    change.add_argument("key", help="e.g. citizen_screen")
    change.add_argument("value", help="text, or JSON for numbers and lists")
    add_login_options(change)
    change.set_defaults(run=run_set)


def run_show(args: argparse.Namespace) -> int:
    from counter.settings_admin import current_settings
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        print_json(current_settings(workspace))
    return 0


def run_set(args: argparse.Namespace) -> int:
    from counter.cli._output import shown
    from counter.settings_admin import change_setting, typed_value
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        value = change_setting(workspace, args.key, typed_value(args.key, args.value),
                               log_in(workspace, args))
    print(shown(f"{args.key} = {value!r}"))
    return 0
