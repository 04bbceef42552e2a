"""``catalogue``: import (as a supervisor or administrator who logs in), list and show
procedures (no login: the catalogue is public)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from counter.cli._common import add_login_options, log_in, print_json
from counter.cli._output import shown

if TYPE_CHECKING:
    from counter.catalogue.service import ImportReport


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("catalogue", help="the procedure catalogue")
    commands = parser.add_subparsers(dest="catalogue_command", required=True, metavar="ACTION")
    load = commands.add_parser("import", help="import or update procedures from a JSON file")
    load.add_argument("file", type=Path)
    add_login_options(load)
    load.set_defaults(run=run_import)
    seed = commands.add_parser("seed", help="import the bundled commune-level catalogue")
    add_login_options(seed)
    seed.set_defaults(run=run_seed)
    listing = commands.add_parser("list", help="list active procedures (search as you type)")
    listing.add_argument("--query", default="", help="words of the name or code, accents optional")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    show = commands.add_parser("show", help="show one procedure as JSON")
    show.add_argument("code")
    show.add_argument("--version", default=None)
    show.set_defaults(run=run_show)


def _print_report(report: ImportReport) -> None:
    print(f"Đã nhập danh mục: thêm {report.added}, cập nhật {report.updated}, "
          f"không đổi {report.unchanged}, ngừng áp dụng phiên bản cũ {report.deactivated}.")


def import_as(args: argparse.Namespace, path: Path, source: str) -> None:
    """Import a catalogue file as the person logged in (catalogue.manage), audited in the
    same transaction as the change."""
    from counter import audit
    from counter.access import check_permission
    from counter.catalogue.service import import_procedures, read_catalogue_file
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        check_permission(workspace, actor, "catalogue.manage", "catalogue", source)
        procedures = read_catalogue_file(path)
        with workspace.store.write() as session:
            report = import_procedures(session, procedures, source)
            audit.record(session, actor, "catalogue.import", "catalogue", source,
                         f"added={report.added} updated={report.updated} "
                         f"deactivated={report.deactivated}")
    _print_report(report)


def run_import(args: argparse.Namespace) -> int:
    import_as(args, args.file, "file")
    return 0


def run_seed(args: argparse.Namespace) -> int:
    from counter.paths import resources_dir
    from counter.setup import SEED_CATALOGUE

    import_as(args, resources_dir() / SEED_CATALOGUE, "seed")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from counter.catalogue.service import search_procedures
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        procedures = search_procedures(workspace.store, args.query)
    if args.json:
        print_json(procedures)
    else:
        for p in procedures:
            print(shown(f"{p.code}\t{p.version}\t{p.processing.label_vi()}\t{p.name}"))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from counter.catalogue.service import get_procedure
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        print_json(get_procedure(workspace.store, args.code, args.version))
    return 0
