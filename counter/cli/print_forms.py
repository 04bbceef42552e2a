"""``main.py print ...``: print a form of a dossier to a PDF file (archived with the
dossier and audited), the tracking book for a date range, or a dossier's prints.

print receipt --dossier CODE --out FILE.pdf [--a4] [--copy 1|2|both]
print completion-request --dossier CODE --out FILE.pdf [--officer-phone PHONE]
print refusal | control-slip --dossier CODE --out FILE.pdf
print extension | stop-notice --dossier CODE --out FILE.pdf --signer-position P --signer-name N
print book --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf
print history --dossier CODE [--json]

Each takes ``--user NAME`` (and ``--password-stdin``): the person printing logs in.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from counter import atomic
from counter.cli._common import add_login_options, log_in, print_json
from counter.cli._output import shown
from counter.clock import parse_day
from counter.errors import InputError

# (command, help) of forms 01-06; the same keys as ``counter.printing.FORMS``.
FORM_COMMANDS = (
    ("receipt", "mẫu 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    ("completion-request", "mẫu 02: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    ("refusal", "mẫu 03: phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    ("extension", "mẫu 04: văn bản xin lỗi và đề nghị gia hạn"),
    ("stop-notice", "mẫu 05: thông báo dừng giải quyết hồ sơ"),
    ("control-slip", "mẫu 06: phiếu kiểm soát quá trình giải quyết hồ sơ"),
)
SIGNED_FORMS = ("extension", "stop-notice")
COPY_CHOICES = {"1": ("Liên 1",), "2": ("Liên 2",), "both": ("Liên 1", "Liên 2")}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("print", help="in biểu mẫu của hồ sơ ra tệp PDF, in sổ")
    commands = parser.add_subparsers(dest="print_command", required=True, metavar="FORM")
    for key, help_text in FORM_COMMANDS:
        form = commands.add_parser(key, help=help_text)
        form.add_argument("--dossier", required=True, metavar="CODE", help="mã hồ sơ")
        _add_output(form)
        form.add_argument("--a4", action="store_true", help="khổ A4 (mặc định A5)")
        if key == "receipt":
            form.add_argument(
                "--copy", choices=sorted(COPY_CHOICES), default="both", help="liên cần in"
            )
        if key == "completion-request":
            form.add_argument("--officer-phone", help="số điện thoại người hướng dẫn")
        if key in SIGNED_FORMS:
            form.add_argument("--signer-position", help="chức vụ người ký, ví dụ Chủ tịch")
            form.add_argument("--signer-name", help="họ tên người ký")
        add_login_options(form)
        form.set_defaults(run=run_form, form=key)

    book = commands.add_parser("book", help="mẫu 07: sổ theo dõi hồ sơ theo khoảng ngày nhận")
    book.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    book.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    _add_output(book)
    add_login_options(book)
    book.set_defaults(run=run_book)

    history = commands.add_parser("history", help="các lần in biểu mẫu của một hồ sơ")
    history.add_argument("--dossier", required=True, metavar="CODE", help="mã hồ sơ")
    history.add_argument("--json", action="store_true")
    add_login_options(history)
    history.set_defaults(run=run_history)


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="tệp PDF")


def check_output(path: Path) -> Path:
    """The file to write, or a message naming what is wrong with it (before printing)."""
    folder = path.parent
    if path.is_dir():
        raise InputError("--out", f"{path} là một thư mục; hãy ghi tên tệp, ví dụ phieu.pdf.")
    if not folder.is_dir():
        raise InputError("--out", f"thư mục {folder} không tồn tại.")
    if not os.access(folder, os.W_OK):
        raise InputError("--out", f"không có quyền ghi vào thư mục {folder}.")
    return path


def write_atomically(path: Path, content: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written PDF."""
    try:
        atomic.write_atomically(path, content)
    except OSError as error:
        raise InputError("--out", f"không ghi được tệp {path} ({error.strerror}).") from error


def _extras(args: argparse.Namespace) -> Any:
    from counter.forms.model import Signatory
    from counter.printing import PrintExtras

    signatory = None
    if args.form in SIGNED_FORMS:
        if not (args.signer_position and args.signer_name):
            raise InputError(
                "--signer-position, --signer-name", "mẫu này cần chức vụ và họ tên người ký."
            )
        signatory = Signatory(args.signer_position, args.signer_name)
    return PrintExtras(signatory=signatory, officer_phone=getattr(args, "officer_phone", None))


def run_form(args: argparse.Namespace) -> int:
    from counter.printing import print_form
    from counter.workspace import Workspace

    out = check_output(args.out)
    extras = _extras(args)
    copies = COPY_CHOICES[args.copy] if args.form == "receipt" else None
    with Workspace(args.data_dir) as workspace:
        printed = print_form(
            workspace,
            args.dossier,
            args.form,
            log_in(workspace, args),
            page_size="A4" if args.a4 else "A5",
            copies=copies,
            extra=extras,
        )
    write_atomically(out, printed.pdf)
    again = " (bản in lại)" if printed.reprint else ""
    print(
        f"Đã in {printed.title}{again} của hồ sơ {printed.dossier_code}: {out} "
        f"({printed.size} byte, sha256 {printed.sha256[:16]})"
    )
    return 0


def run_book(args: argparse.Namespace) -> int:
    from counter.printing import print_tracking_book
    from counter.workspace import Workspace

    date_from = parse_day(args.date_from, "--from")
    date_to = parse_day(args.date_to, "--to")
    out = check_output(args.out)
    with Workspace(args.data_dir) as workspace:
        book = print_tracking_book(workspace, log_in(workspace, args), date_from, date_to)
    write_atomically(out, book.pdf)
    print(
        f"Đã in Sổ theo dõi hồ sơ từ {date_from:%d/%m/%Y} đến {date_to:%d/%m/%Y} "
        f"({book.dossiers} hồ sơ): {out}"
    )
    return 0


def run_history(args: argparse.Namespace) -> int:
    from counter.access import check_permission
    from counter.printing import list_printed
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        check_permission(workspace, log_in(workspace, args), "dossier.view", "dossier",
                         args.dossier)
        records = list_printed(workspace, args.dossier)
    if args.json:
        print_json(records)
        return 0
    for record in records:
        copies = f" ({', '.join(record.copies)})" if record.copies else ""
        again = "\tbản in lại" if record.reprint else ""
        print(shown(
            f"{record.id}\t{record.printed_at:%d/%m/%Y %H:%M}\t{record.printed_by}\t"
            f"Mẫu {record.form_number}: {record.title}{copies}\t{record.page_size}"
            f"\t{record.sha256[:16]}{again}"
        ))
    return 0
