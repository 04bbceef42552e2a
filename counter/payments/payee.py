"""The agency's account for fees (from the settings) and the VietQR code of a dossier."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from counter import audit
from counter.access import check_permission
from counter.dossiers.transitions import load_dossier
from counter.errors import ConfigurationError, InputError
from counter.payments.vietqr import Payee, check_payee, payment_payload
from counter.roles import Actor
from counter.settings import get_setting, set_setting
from counter.workspace import Workspace

KEYS = {"bank_bin": "payee_bank_bin", "account": "payee_account",
        "account_name": "payee_account_name", "bank_name": "payee_bank_name"}


@dataclass(frozen=True)
class PaymentQr:
    """What the citizen scans to pay a dossier's fee, and what is shown beside it."""

    dossier_code: str
    amount: int
    payload: str
    payee: Payee


def stored_payee(session: Session) -> Payee:
    """The payee as the settings hold it (maybe empty or wrong: see :func:`check_payee`)."""
    return Payee(**{field: str(get_setting(session, key)) for field, key in KEYS.items()})


def usable_payee(session: Session) -> Payee | None:
    """The agency's account if it is set up correctly, else None (forms print without the
    payment code; the intake screen says what is wrong)."""
    try:
        return check_payee(stored_payee(session))
    except ConfigurationError:
        return None


def agency_payee(workspace: Workspace) -> Payee:
    """The agency's account, checked; ConfigurationError says what is missing."""
    with workspace.store.read() as session:
        return check_payee(stored_payee(session))


def save_payee(session: Session, payee: Payee) -> Payee:
    checked = check_payee(payee)
    for field, key in KEYS.items():
        set_setting(session, key, getattr(checked, field))
    return checked


def set_payee(workspace: Workspace, payee: Payee, actor: Actor) -> Payee:
    """Set the agency's account for fees (administrators); checked before anything is saved."""
    check_permission(workspace, actor, "settings.manage", "setting", "payee")
    with workspace.store.write() as session:
        checked = save_payee(session, payee)
        audit.record(session, actor, "settings.payee", "setting", "payee",
                     f"{checked.bank_bin} {checked.account}")
    return checked


def payment_qr_for(session: Session, code: str) -> PaymentQr:
    """The VietQR code for the unpaid fee of dossier ``code`` (InputError if nothing is
    owed, ConfigurationError if the agency's account is not set up)."""
    row = load_dossier(session, code)
    if row.fee_amount <= 0 or row.fee_paid:
        raise InputError("Phí, lệ phí", f"hồ sơ {row.code} không còn phí phải nộp.")
    payee = check_payee(stored_payee(session))
    return PaymentQr(row.code, row.fee_amount, payment_payload(payee, row.fee_amount, row.code),
                     payee)


def payment_qr(workspace: Workspace, code: str) -> PaymentQr:
    with workspace.store.read() as session:
        return payment_qr_for(session, code)
