"""``setup``: first-run set-up of this workstation, without the GUI."""

from __future__ import annotations

import argparse

from counter.cli._common import actor_from, add_actor_options


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("setup", help="set up this workstation's agency (first run)")
    parser.add_argument("--agency-code", required=True, help="QCVN 102 code, e.g. 000.00.12.H42")
    parser.add_argument("--agency-name", required=True, help="e.g. Ủy ban nhân dân xã Tân Phú")
    parser.add_argument("--level", choices=["province", "commune"], default="commune")
    parser.add_argument("--parent-name", default="", help="the parent authority (top left)")
    parser.add_argument("--unit-name", default="", help="the receiving unit on printed forms")
    parser.add_argument("--place", default="", help="place name for '<place>, ngày ...'")
    parser.add_argument("--lookup-url", default=None, help="dossier lookup URL with {code}")
    parser.add_argument("--workstation", required=True, help="this PC's name, e.g. 'Quầy 1'")
    parser.add_argument("--slot", type=int, default=1, help="this workstation's number (1..slots)")
    parser.add_argument("--slots", type=int, default=1,
                        help="how many workstations share the agency's daily codes offline")
    parser.add_argument("--seed-catalogue", action="store_true",
                        help="also load the bundled commune-level procedure catalogue")
    add_actor_options(parser)
    parser.set_defaults(run=run, role="admin")


def run(args: argparse.Namespace) -> int:
    from counter.agencies import AgencyInfo
    from counter.setup import SetupRequest, load_seed_catalogue, set_up_workstation
    from counter.workspace import Workspace

    agency = AgencyInfo(
        code=args.agency_code, name=args.agency_name, level=args.level,
        parent_name=args.parent_name, unit_name=args.unit_name or args.agency_name,
        place_name=args.place, lookup_url=args.lookup_url,
    )
    with Workspace(args.data_dir) as workspace:
        identity = set_up_workstation(
            workspace, SetupRequest(agency, args.workstation, args.slot, args.slots),
            actor_from(args),
        )
        print(f"Đã thiết lập máy trạm «{identity.workstation.name}» "
              f"của {identity.agency.name} ({identity.agency.code}).")
        if args.seed_catalogue:
            report = load_seed_catalogue(workspace)
            print(f"Danh mục thủ tục: thêm {report.added}, cập nhật {report.updated}.")
    return 0
