"""``settings show``: every setting of this workstation, its value and where it comes from
(set on this PC, or by the central system for the agency or for this workstation);
``settings set KEY VALUE``: change one on this PC (administrators)."""

from __future__ import annotations

import argparse

from counter.cli._common import add_login_options, log_in, print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("settings", help="show or change this PC's settings")
    commands = parser.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    show = commands.add_parser("show", help="every setting with its current value")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    change = commands.add_parser("set", help="change one setting (administrators)")
    change.add_argument("key", help="e.g. citizen_screen")
    change.add_argument("value", help="text, or JSON for numbers and lists")
    add_login_options(change)
    change.set_defaults(run=run_set)


def run_show(args: argparse.Namespace) -> int:
    from counter.cli._output import shown
    from counter.remote_settings import current_setting_values
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        values = current_setting_values(workspace)
    if args.json:
        print_json([{"key": v.key, "value": v.value, "source": v.source} for v in values])
        return 0
    for v in values:
        print(shown(f"{v.key} = {v.value!r}  [{v.source_label}]  {v.label}"))
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
