"""``catalogue``: import (preview, then ``--apply``), add, edit, retire, as a supervisor or
administrator who logs in; list and show (no login: the catalogue is public)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from counter.cli._common import add_login_options, log_in, print_json
from counter.cli._output import shown

if TYPE_CHECKING:
    from counter.catalogue.service import ImportReport


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("catalogue", help="the procedure catalogue")
    commands = parser.add_subparsers(dest="catalogue_command", required=True, metavar="ACTION")
    load = commands.add_parser(
        "import", help="preview what a file would change (.json catalogue, .xlsx/.docx annex of "
                       "a province's list decision, .html portal detail page); --apply does it")
    load.add_argument("file", type=Path)
    load.add_argument("--apply", action="store_true", help="import (one transaction, audited)")
    add_login_options(load)
    load.set_defaults(run=run_import)
    seed = commands.add_parser("seed", help="import the bundled commune-level catalogue")
    add_login_options(seed)
    seed.set_defaults(run=run_seed)
    add = commands.add_parser("add", help="add a procedure from a JSON file (one procedure)")
    add.add_argument("file", type=Path)
    add_login_options(add)
    add.set_defaults(run=run_add)
    edit = commands.add_parser("edit", help="a new version of a procedure from a JSON file")
    edit.add_argument("file", type=Path)
    add_login_options(edit)
    edit.set_defaults(run=run_edit)
    retire = commands.add_parser("retire", help="stop receiving a procedure (dossiers keep it)")
    retire.add_argument("code")
    retire.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    add_login_options(retire)
    retire.set_defaults(run=run_retire)
    listing = commands.add_parser("list", help="list active procedures (search as you type)")
    listing.add_argument("--query", default="", help="words of the name or code, accents optional")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    show = commands.add_parser("show", help="show one procedure as JSON")
    show.add_argument("code")
    show.add_argument("--version", default=None)
    show.add_argument("--all-versions", action="store_true",
                      help="every version, active and retired, with their dates")
    show.set_defaults(run=run_show)


def _print_report(report: ImportReport) -> None:
    print(f"Đã nhập danh mục: thêm {report.added}, cập nhật {report.updated}, "
          f"không đổi {report.unchanged}, ngừng áp dụng phiên bản cũ {report.deactivated}.")


def import_as(args: argparse.Namespace, path: Path, source: str | None, apply: bool) -> None:
    """Log in, read the file, show what would change; with ``apply`` import it all in one
    transaction with its audit entry (catalogue.manage)."""
    from counter.access import check_permission
    from counter.catalogue.admin import apply_import, plan_import
    from counter.catalogue.importing import read_import_file
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        check_permission(workspace, actor, "catalogue.manage", "catalogue", str(path.name))
        procedures, label = read_import_file(path)
        with workspace.store.read() as session:
            plan = plan_import(session, procedures)
        for change in plan:
            print(shown(change.label))
        counts = {a: sum(c.action == a for c in plan) for a in ("add", "update", "unchanged")}
        print(f"Tổng: thêm {counts['add']}, cập nhật {counts['update']}, "
              f"không đổi {counts['unchanged']}.")
        if not apply:
            print("Chưa nhập gì: chạy lại với --apply để nhập.")
            return
        report = apply_import(workspace, procedures, actor, source or label)
    _print_report(report)


def run_import(args: argparse.Namespace) -> int:
    import_as(args, args.file, None, args.apply)
    return 0


def run_seed(args: argparse.Namespace) -> int:
    from counter.paths import resources_dir
    from counter.setup import SEED_CATALOGUE

    import_as(args, resources_dir() / SEED_CATALOGUE, "seed", apply=True)
    return 0


def _change(args: argparse.Namespace, edit: bool) -> int:
    from counter.catalogue.admin import add_procedure, edit_procedure
    from counter.catalogue.importing import read_procedure_file
    from counter.workspace import Workspace

    info = read_procedure_file(args.file)
    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        saved = (edit_procedure if edit else add_procedure)(workspace, info, actor)
    verb = "Đã lưu phiên bản mới" if edit else "Đã thêm thủ tục"
    print(shown(f"{verb} {saved.code} phiên bản {saved.version}: {saved.name}"))
    return 0


def run_add(args: argparse.Namespace) -> int:
    return _change(args, edit=False)


def run_edit(args: argparse.Namespace) -> int:
    return _change(args, edit=True)


def run_retire(args: argparse.Namespace) -> int:
    from counter.catalogue.admin import retire
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        count = retire(workspace, args.code, actor, args.on)
    print(f"Đã ngừng áp dụng thủ tục {args.code} ({count} phiên bản).")
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
    from counter.catalogue.admin import procedure_versions
    from counter.catalogue.service import get_procedure
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        if args.all_versions:
            print_json([p.to_json() for p in procedure_versions(workspace, args.code)])
        else:
            print_json(get_procedure(workspace.store, args.code, args.version).to_json())
    return 0
