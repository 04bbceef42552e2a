"""``catalogue``: import, list and show procedures."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from counter.cli._common import print_json
from counter.cli._output import shown

if TYPE_CHECKING:
    from counter.catalogue.service import ImportReport


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("catalogue", help="the procedure catalogue")
    commands = parser.add_subparsers(dest="catalogue_command", required=True, metavar="ACTION")
    load = commands.add_parser("import", help="import or update procedures from a JSON file")
    load.add_argument("file", type=Path)
    load.set_defaults(run=run_import)
    seed = commands.add_parser("seed", help="import the bundled commune-level catalogue")
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


def run_import(args: argparse.Namespace) -> int:
    from counter.catalogue.service import import_catalogue_file
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        _print_report(import_catalogue_file(workspace.store, args.file))
    return 0


def run_seed(args: argparse.Namespace) -> int:
    from counter.setup import load_seed_catalogue
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        _print_report(load_seed_catalogue(workspace))
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
