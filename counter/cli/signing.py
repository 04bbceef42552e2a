"""``main.py sign`` / ``verify`` / ``signing-settings``: the agency's digital signature.

sign CODE --attachment ID --user NAME [--password-stdin] [--pin-stdin] [--out FILE.pdf]
    Sign attachment ID of dossier CODE with the token: a new signed attachment is added,
    the unsigned original stays. The PIN is asked on the terminal (not echoed), or read
    from standard input with --pin-stdin (after the password line with --password-stdin).
verify FILE.pdf [--trust-folder DIR] [--json]
    The verdict on the file's signatures; exit code 0 only when valid.
signing-settings [--library PATH] [--token-label L] [--trust-folder DIR]
                 [--print-receipt-direct on|off] --user ADMIN
    Show or change this workstation's signing and printing settings.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from counter.cli._common import add_login_options, log_in, print_json
from counter.cli._output import shown
from counter.errors import InputError

SETTING_OPTIONS = (
    ("library", "signing_library", "đường dẫn thư viện PKCS#11 của token (.dll/.so)"),
    ("token_label", "signing_token_label", "nhãn token (để trống: token duy nhất đang cắm)"),
    ("trust_folder", "signing_trust_folder", "thư mục chứng thư gốc tin cậy"),
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sign = subparsers.add_parser("sign", help="ký số một tệp của hồ sơ bằng token của cơ quan")
    sign.add_argument("code", metavar="CODE", help="mã hồ sơ")
    sign.add_argument("--attachment", required=True, type=int, metavar="ID",
                      help="số của tệp đính kèm (xem «dossier show CODE --json»)")
    sign.add_argument("--pin-stdin", action="store_true",
                      help="đọc mã PIN của token từ dòng tiếp theo của đầu vào chuẩn")
    sign.add_argument("--out", type=Path, metavar="FILE.pdf", help="ghi thêm bản đã ký ra tệp")
    add_login_options(sign)
    sign.set_defaults(run=run_sign)

    verify = subparsers.add_parser("verify", help="kiểm tra chữ ký số của một tệp PDF")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust-folder", metavar="DIR",
                        help="thư mục chứng thư gốc tin cậy (mặc định: theo thiết lập)")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(run=run_verify)

    settings = subparsers.add_parser("signing-settings",
                                      help="xem, sửa thiết lập token ký số và in trên máy này")
    for dest, _key, help_text in SETTING_OPTIONS:
        settings.add_argument(f"--{dest.replace('_', '-')}", dest=dest, help=help_text)
    settings.add_argument("--print-receipt-direct", choices=("on", "off"),
                          help="in giấy tiếp nhận thẳng ra máy in mặc định sau Ctrl+Enter")
    add_login_options(settings)
    settings.set_defaults(run=run_settings)


def read_pin(args: argparse.Namespace) -> str:
    """The token's PIN: a line of standard input with --pin-stdin, else asked, not echoed."""
    if args.pin_stdin:
        line = sys.stdin.readline()
        if not line.strip("\r\n"):
            raise InputError("--pin-stdin", "không đọc được mã PIN từ đầu vào chuẩn.")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InputError("--pin-stdin", "cần mã PIN của token: chạy lệnh trên terminal để được "
                                        "hỏi, hoặc đưa PIN qua đầu vào chuẩn với --pin-stdin.")
    import getpass

    return getpass.getpass("Mã PIN của token ký số: ")


def run_sign(args: argparse.Namespace) -> int:
    from counter.cli.print_forms import check_output, write_atomically
    from counter.signing.service import sign_attachment
    from counter.workspace import Workspace

    out = check_output(args.out) if args.out else None
    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        pin = read_pin(args)
        result = sign_attachment(workspace, args.code, args.attachment, pin, actor)
        if out is not None:
            write_atomically(out, workspace.files.get(result.attachment.sha256))
    print(shown(f"Đã ký số tệp {args.attachment} của hồ sơ {args.code}: tệp mới số "
                f"{result.attachment.id} «{result.attachment.filename}», người ký "
                f"{result.signer} (chứng thư do {result.issuer} cấp)."))
    if out is not None:
        print(shown(f"Đã ghi bản đã ký: {out}"))
    return 0


def _trust(args: argparse.Namespace) -> Any:
    from counter.signing.service import trust_store
    from counter.signing.trust import load_trust_store
    from counter.workspace import Workspace

    if args.trust_folder is not None:
        return load_trust_store(args.trust_folder)
    with Workspace(args.data_dir) as workspace:
        return trust_store(workspace)


def run_verify(args: argparse.Namespace) -> int:
    from counter.signing.verify import verify_pdf

    try:
        content = args.file.read_bytes()
    except OSError as error:
        raise InputError("FILE.pdf", f"không đọc được tệp {args.file} ({error.strerror}).") from None
    verdict = verify_pdf(content, _trust(args))
    if args.json:
        print_json({
            "status": verdict.status, "label": verdict.label, "reason": verdict.reason,
            "signatures": [
                {"field": c.field, "status": c.status, "reason": c.reason, "signer": c.signer,
                 "issuer": c.issuer,
                 "signed_at": c.signed_at.isoformat() if c.signed_at else None}
                for c in verdict.signatures
            ],
        })
    else:
        print(shown(verdict.describe()))
    return 0 if verdict.valid else 1


def run_settings(args: argparse.Namespace) -> int:
    from counter.access import check_permission
    from counter.settings import get_setting, set_setting
    from counter.workspace import Workspace

    changes: dict[str, Any] = {key: getattr(args, dest) for dest, key, _help in SETTING_OPTIONS
                               if getattr(args, dest) is not None}
    if args.print_receipt_direct is not None:
        changes["print_receipt_direct"] = args.print_receipt_direct == "on"
    with Workspace(args.data_dir) as workspace:
        actor = log_in(workspace, args)
        if changes:
            check_permission(workspace, actor, "settings.manage", "setting", ",".join(changes))
            if changes.get("signing_trust_folder"):
                from counter.signing.trust import load_trust_store

                load_trust_store(changes["signing_trust_folder"])  # refuse a missing folder
            with workspace.store.write() as session:
                for key, value in changes.items():
                    set_setting(session, key, value)
                from counter import audit

                audit.record(session, actor, "settings.change", "setting", ",".join(changes))
        with workspace.store.read() as session:
            keys = [key for _dest, key, _help in SETTING_OPTIONS] + ["print_receipt_direct"]
            print_json({key: get_setting(session, key) for key in keys})
    return 0
