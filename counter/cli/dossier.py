"""``dossier``: show, list, search and move dossiers through their lifecycle."""

from __future__ import annotations

import argparse
from typing import Any

from counter.cli._common import add_login_options, log_in, print_json
from counter.cli._output import shown


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from counter.dossiers.lifecycle import ACTIONS, Status

    parser = subparsers.add_parser("dossier", help="show, list, search and process dossiers")
    commands = parser.add_subparsers(dest="dossier_command", required=True, metavar="ACTION")

    show = commands.add_parser("show", help="one dossier as JSON")
    show.add_argument("code")
    add_login_options(show)
    show.set_defaults(run=run_show)

    listing = commands.add_parser("list", help="dossiers, newest first, with filters")
    listing.add_argument("--query", default="", help="dossier code, ID number or name")
    listing.add_argument("--status", action="append", choices=[s.value for s in Status])
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--due-today", action="store_true")
    listing.add_argument("--due-within", type=int, metavar="DAYS")
    listing.add_argument("--procedure")
    listing.add_argument("--channel", choices=["counter", "village_team", "post"])
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")
    add_login_options(listing)
    listing.set_defaults(run=run_list)

    act = commands.add_parser("act", help="apply a lifecycle step, e.g. request_supplement")
    act.add_argument("code")
    act.add_argument("action", choices=sorted(ACTIONS))
    act.add_argument("--reason", default="")
    act.add_argument("--new-due", default=None, help="for extend_deadline: YYYY-MM-DDTHH:MM")
    act.add_argument("--satisfaction", type=int, choices=range(1, 6))
    act.add_argument("--missing", action="append", default=[], metavar="NAME|REASON",
                     help="for request_supplement: a document to bring or correct, and why "
                          "(repeat for each)")
    act.add_argument("--collected-by", metavar="NAME|ID_NUMBER|AUTHORISATION",
                     help="for return_result: an authorised person took the result (default: "
                          "the applicant)")
    act.add_argument("--signer-position", help="for extend_deadline, stop: who signs the letter")
    act.add_argument("--signer-name", help="for extend_deadline, stop: the signer's full name")
    add_login_options(act)
    act.set_defaults(run=run_act)


def run_show(args: argparse.Namespace) -> int:
    from counter.dossiers.transitions import get_dossier
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        print_json(get_dossier(workspace, args.code, log_in(workspace, args)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from counter.access import check_permission
    from counter.dossiers.lifecycle import Status
    from counter.dossiers.queries import DossierFilter, list_dossiers
    from counter.workspace import Workspace

    flt = DossierFilter(
        query=args.query, statuses=tuple(Status(s) for s in args.status or ()),
        overdue=args.overdue, due_today=args.due_today, due_within_days=args.due_within,
        procedure_code=args.procedure, channel=args.channel,
    )
    with Workspace(args.data_dir) as workspace:
        check_permission(workspace, log_in(workspace, args), "dossier.view", "dossier")
        rows = list_dossiers(workspace, flt, limit=args.limit)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(shown(f"{row.code}\t{row.status_label}\t{row.due_at:%d/%m/%Y %H:%M}\t"
                    f"{row.urgency.value}\t{row.applicant_name}\t{row.procedure_name}"))
    return 0


def run_act(args: argparse.Namespace) -> int:
    from counter.clock import parse_local
    from counter.errors import InputError
    from counter.forms.model import Signatory
    from counter.printing import take_step
    from counter.workspace import Workspace

    new_due = None
    if args.new_due:
        try:
            new_due = parse_local(args.new_due)
        except ValueError:
            raise InputError("--new-due", "cần dạng YYYY-MM-DDTHH:MM.") from None
    details: dict[str, Any] | None = None
    if args.missing:
        items = []
        for text in args.missing:
            name, _, why = text.partition("|")
            items.append({"name": name, "reason": why})
        details = {"missing_items": items}
    if args.collected_by:
        name, _, rest = args.collected_by.partition("|")
        id_number, _, authorisation = rest.partition("|")
        details = {"collected_by": {"kind": "authorised", "name": name,
                                    "id_number": id_number, "authorisation": authorisation}}
    signatory = None
    if args.signer_position and args.signer_name:
        signatory = Signatory(args.signer_position, args.signer_name)
    with Workspace(args.data_dir) as workspace:
        taken = take_step(workspace, args.code, args.action, log_in(workspace, args),
                          reason=args.reason, new_due=new_due, satisfaction=args.satisfaction,
                          details=details, signatory=signatory)
        printed = taken.printed
        archived = workspace.files.path_of(printed.sha256) if printed else None
    view = taken.view
    print(f"{view.code}: {view.status_label}; hạn {view.due_at:%d/%m/%Y %H:%M}")
    if printed is not None:
        print(f"Đã in Mẫu {printed.form_number}: {printed.title} (lưu kèm hồ sơ, bản in số "
              f"{printed.id}): {archived}")
    if taken.form_error:
        print(f"Chưa in được mẫu của bước này: {taken.form_error}")
    return 0
