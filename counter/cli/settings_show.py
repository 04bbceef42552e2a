"""``settings show``: every setting of this workstation, its value and where it comes from
(set on this PC, or by the central system for the agency or for this workstation)."""

from __future__ import annotations

import argparse

from counter.cli._common import print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("settings", help="thiết lập của máy trạm và nguồn của chúng")
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="giá trị và nguồn (local, agency, workstation)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)


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
