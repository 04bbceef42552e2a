"""``scan ...``: list the scanners, scan a dossier's document into it, mark a document as
reused from an electronic record.

scan list [--json]
scan into CODE --document N [--device NAME] [--source flatbed|adf] [--pages N]
          [--mode color|grey|lineart] [--dpi N] --user NAME [--password-stdin]
scan reuse CODE --document N --from "Cơ sở dữ liệu quốc gia về dân cư" --user NAME
"""

from __future__ import annotations

import argparse
from typing import Any

from counter.cli._common import add_login_options, log_in, print_json

SCAN_TIMEOUT_SECONDS = 1800  # a feeder of 200 sheets at a slow resolution


def register(subparsers: Any) -> None:
    scan = subparsers.add_parser("scan", help="máy quét: liệt kê, quét giấy tờ vào hồ sơ")
    commands = scan.add_subparsers(dest="scan_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="liệt kê máy quét (SANE)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)

    into = commands.add_parser("into", help="quét một giấy tờ của hồ sơ thành một tệp PDF")
    into.add_argument("code", help="mã hồ sơ")
    into.add_argument("--document", type=int, required=True, metavar="N",
                      help="số thứ tự giấy tờ trong danh mục (từ 1)")
    into.add_argument("--device", help="tên máy quét (mặc định: thiết lập, hoặc máy đầu tiên)")
    into.add_argument("--source", choices=("flatbed", "adf"), help="mặt kính hoặc khay nạp giấy")
    into.add_argument("--pages", type=int, help="số trang (mặc định: hết khay, hoặc 1 trang kính)")
    into.add_argument("--mode", choices=("color", "grey", "lineart"),
                      help="chế độ quét (mặc định: theo loại giấy tờ)")
    into.add_argument("--dpi", type=int, help="độ phân giải (mặc định: theo loại giấy tờ)")
    add_login_options(into)
    into.set_defaults(run=run_into)

    reuse = commands.add_parser("reuse", help="giấy tờ lấy từ dữ liệu điện tử sẵn có, không quét")
    reuse.add_argument("code", help="mã hồ sơ")
    reuse.add_argument("--document", type=int, required=True, metavar="N")
    reuse.add_argument("--from", dest="source", required=True,
                       help="nguồn dữ liệu (để trống \"\" để bỏ)")
    add_login_options(reuse)
    reuse.set_defaults(run=run_reuse)


def run_list(args: argparse.Namespace) -> int:
    from counter.scanning.backend import platform_backend

    scanners = platform_backend().list_scanners()
    if args.json:
        print_json([{"name": s.name, "label": s.label} for s in scanners])
    elif not scanners:
        print("Không thấy máy quét nào.")
    for scanner in scanners if not args.json else ():
        print(f"{scanner.name}\t{scanner.label}")
    return 0


def run_into(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from counter.dossiers.transitions import get_dossier
    from counter.errors import InputError
    from counter.scanning.backend import platform_backend
    from counter.scanning.digitise import digitise_document, document_scan_settings
    from counter.scanning.drafts import add_page, dossier_draft, draft_pages
    from counter.scanning.model import ScanError, ScannedPage
    from counter.scanning.service import ScannerService
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        documents = get_dossier(workspace, args.code, actor).documents
        position = args.document - 1
        if not 0 <= position < len(documents):
            raise InputError("--document", f"hồ sơ có {len(documents)} giấy tờ (1 đến "
                             f"{len(documents)}).")
        settings, configured = document_scan_settings(workspace, documents[position].name)
        if args.source:
            settings = replace(settings, source=args.source)
        device = args.device or configured
        settings = replace(settings, mode=args.mode or settings.mode, dpi=args.dpi or settings.dpi)
        draft = dossier_draft(args.code)

        def keep(page: ScannedPage) -> None:
            add_page(workspace, draft, position, page, actor)

        with ScannerService(platform_backend()) as service:
            try:
                service.scan(device, settings, args.pages, keep).result(SCAN_TIMEOUT_SECONDS)
            except ScanError as error:
                waiting = len(draft_pages(workspace, draft, position))
                if waiting:
                    raise ScanError(f"{error.message} Trang đã quét đang chờ ({waiting}); chạy lại "
                                    "lệnh để quét tiếp vào cùng giấy tờ.",
                                    pages_done=error.pages_done) from error
                raise
        pages = len(draft_pages(workspace, draft, position))
        attachment = digitise_document(workspace, args.code, position, actor)
    print(f"Đã quét {pages} trang vào giấy tờ {args.document} “{documents[position].name}”: "
          f"{attachment.filename} ({attachment.size // 1024} KB, {settings.mode}, "
          f"{settings.dpi} dpi).")
    return 0


def run_reuse(args: argparse.Namespace) -> int:
    from counter.scanning.digitise import mark_reused
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        mark_reused(workspace, args.code, args.document - 1, args.source, log_in(workspace, args))
    print(f"Giấy tờ {args.document}: " + (f"dùng lại dữ liệu từ “{args.source}”."
                                          if args.source.strip() else "bỏ đánh dấu dùng lại."))
    return 0
