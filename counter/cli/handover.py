"""``handover``: dossiers other agencies received for this one ("phi địa giới")."""

from __future__ import annotations

import argparse

from counter.cli._common import add_login_options, log_in
from counter.cli._output import shown


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "handover", help="dossiers received elsewhere that this agency handles")
    commands = parser.add_subparsers(dest="handover_command", required=True, metavar="ACTION")
    listing = commands.add_parser("list", help="list them, earliest due first")
    add_login_options(listing)
    listing.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    from counter import audit
    from counter.access import check_permission
    from counter.clock import format_minute
    from counter.handover import list_incoming
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        check_permission(workspace, actor, "dossier.view", "handover", "list")
        with workspace.store.write() as session:
            found = list_incoming(session)
            audit.record(session, actor, "handover.list", "handover", "", f"{len(found)}")
    if not found:
        print("Không có hồ sơ nào do cơ quan khác tiếp nhận chuyển đến.")
    for item in found:
        due = format_minute(item.due_at) if item.due_at else ""
        print(shown(f"{item.code}\t{item.receiving_agency_code}\t{item.procedure_name}\t"
                    f"{item.applicant_name}\t{due}\t{item.status}"))
    return 0
