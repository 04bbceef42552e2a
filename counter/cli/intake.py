"""``intake --json FILE``: receive a dossier from a JSON file and print its code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from counter.cli._common import add_login_options, log_in, print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "intake", help="receive a dossier from a JSON file; prints the dossier code"
    )
    parser.add_argument("--json", dest="json_file", type=Path, required=True,
                        help="the intake request (see docs/intake-format.md)")
    parser.add_argument("--show", action="store_true", help="print the whole dossier as JSON")
    add_login_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from counter.dossiers.intake_file import read_intake_file
    from counter.dossiers.receive import receive_dossier
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        dossier = receive_dossier(workspace, read_intake_file(args.json_file), actor)
    if args.show:
        print_json(dossier)
    else:
        print(dossier.code)
    for warning in dossier.warnings:
        print(f"Lưu ý: {warning}", file=sys.stderr)
    return 0
