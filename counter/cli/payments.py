"""``payments``: the agency's account for fees, a dossier's VietQR code, confirming a
payment, and importing the bank's statement (docs/payments.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from counter.cli._common import add_login_options, log_in, print_json
from counter.cli._output import shown


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("payments", help="fees: VietQR, confirmations, bank statements")
    commands = parser.add_subparsers(dest="payments_command", required=True, metavar="ACTION")

    payee = commands.add_parser("payee", help="set the agency's account for fees (admin)")
    payee.add_argument("--bank-bin", required=True, help="the bank's 6-digit NAPAS BIN")
    payee.add_argument("--account", required=True, help="account number")
    payee.add_argument("--name", default="", help="account holder, as the bank writes it")
    payee.add_argument("--bank-name", default="", help="bank name shown on forms")
    add_login_options(payee)
    payee.set_defaults(run=run_payee)

    qr = commands.add_parser("qr", help="the VietQR payload of a dossier's unpaid fee")
    qr.add_argument("code", help="dossier code")
    qr.add_argument("--png", type=Path, default=None, help="also write the code as a PNG")
    qr.set_defaults(run=run_qr)

    confirm = commands.add_parser("confirm", help="confirm that a dossier's fee was paid")
    confirm.add_argument("code", help="dossier code")
    confirm.add_argument("--method", required=True, choices=("cash", "transfer", "card"))
    confirm.add_argument("--reference", default="",
                         help="bank transaction reference or receipt number")
    confirm.add_argument("--at", default=None, metavar="YYYY-MM-DDTHH:MM",
                         help="when it was paid, Vietnam time (default: now)")
    add_login_options(confirm)
    confirm.set_defaults(run=run_confirm)

    statement = commands.add_parser("import", help="match a bank statement (CSV/xlsx) to "
                                    "dossiers and record the matched transfers")
    statement.add_argument("file", type=Path, help="the statement as exported by the bank")
    statement.add_argument("--dry-run", action="store_true", help="report only, record nothing")
    statement.add_argument("--json", action="store_true", help="print the report as JSON")
    add_login_options(statement)
    statement.set_defaults(run=run_import)


def run_payee(args: argparse.Namespace) -> int:
    from counter.payments.payee import set_payee
    from counter.payments.vietqr import Payee
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        saved = set_payee(workspace, Payee(args.bank_bin, args.account, args.name,
                                           args.bank_name), log_in(workspace, args))
    print(shown(f"Đã lưu tài khoản nhận phí: BIN {saved.bank_bin}, số {saved.account}."))
    return 0


def run_qr(args: argparse.Namespace) -> int:
    from counter.payments.payee import payment_qr
    from counter.payments.qr_image import qr_png
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        qr = payment_qr(workspace, args.code)
    print(qr.payload)
    if args.png is not None:
        args.png.write_bytes(qr_png(qr.payload))
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    from counter import clock
    from counter.errors import InputError
    from counter.payments.records import PaymentConfirmation, confirm_payment
    from counter.workspace import Workspace

    try:
        paid_at = clock.parse_local(args.at) if args.at else None
    except ValueError:
        raise InputError("--at", f"{args.at!r} không phải thời điểm dạng 2026-03-02T09:30.") from None
    with Workspace(args.data_dir) as workspace:
        record = confirm_payment(workspace, args.code, PaymentConfirmation(
            args.method, args.reference, paid_at), log_in(workspace, args))
    print(shown(f"Đã xác nhận hồ sơ {record.dossier_code} nộp {record.amount} đ "
                f"({record.method}, {record.reference or 'không số tham chiếu'})."))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from counter.payments.statement import OUTCOME_LABELS, Outcome, import_statement
    from counter.workspace import Workspace

    with Workspace(args.data_dir) as workspace:
        report = import_statement(workspace, args.file, log_in(workspace, args),
                                  dry_run=args.dry_run)
    if args.json:
        print_json({
            "file": report.file_name, "sha256": report.sha256, "applied": report.applied,
            "counts": report.counts,
            "rows": [{"line": r.row.line, "outcome": r.outcome.value,
                      "dossier_code": r.dossier_code, "amount": r.row.credit or -r.row.debit,
                      "reference": r.row.reference, "description": r.row.description,
                      "detail": r.detail, "applied": r.applied} for r in report.results],
        })
        return 0
    for result in report.results:
        if result.outcome is Outcome.NOT_CREDIT:
            continue
        row = result.row
        print(shown(f"dòng {row.line}: {OUTCOME_LABELS[result.outcome]}"
                    f"{' → ' + result.dossier_code if result.dossier_code else ''}"
                    f" ({row.credit} đ, {row.description[:60]})"
                    f"{': ' + result.detail if result.detail else ''}"))
    verb = "Đã ghi nhận" if report.applied else "Sẽ ghi nhận (chạy thử)"
    recorded = report.count(Outcome.MATCHED)
    counts = ", ".join(f"{OUTCOME_LABELS[o]}: {report.count(o)}" for o in Outcome
                       if report.count(o))
    print(shown(f"{verb} {recorded} khoản nộp. {counts}."))
    return 0
