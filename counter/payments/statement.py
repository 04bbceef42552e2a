"""Match a bank statement's transfers to dossiers and apply them as confirmed payments.

A transfer matches a dossier when the dossier's code is in its description (compared on
letters and digits only: banks and payers' apps drop dots and dashes) and its amount is
the dossier's fee. Every row gets an outcome; only "matched" rows are applied, each
through :func:`counter.payments.records.apply_confirmation` (audited), all in one
transaction, and the import itself is audited with its counts. A file that cannot be
read writes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.access import check_permission
from counter.db.models import Dossier, FeePayment
from counter.payments.records import NOT_OWED, PaymentConfirmation, apply_confirmation
from counter.payments.statement_file import StatementRow, read_statement
from counter.roles import Actor
from counter.workspace import Workspace

_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


class Outcome(StrEnum):
    MATCHED = "matched"
    AMOUNT_MISMATCH = "amount_mismatch"
    AMBIGUOUS = "ambiguous"
    ALREADY_PAID = "already_paid"
    UNMATCHED = "unmatched"
    NOT_CREDIT = "not_credit"
    UNREADABLE = "unreadable"


OUTCOME_LABELS = {
    Outcome.MATCHED: "khớp",
    Outcome.AMOUNT_MISMATCH: "sai số tiền",
    Outcome.AMBIGUOUS: "không rõ hồ sơ nào",
    Outcome.ALREADY_PAID: "đã ghi nhận trước đó",
    Outcome.UNMATCHED: "không khớp hồ sơ nào",
    Outcome.NOT_CREDIT: "không phải tiền vào",
    Outcome.UNREADABLE: "dòng không đọc được",
}


@dataclass(frozen=True)
class RowResult:
    row: StatementRow
    outcome: Outcome
    dossier_code: str = ""
    detail: str = ""
    applied: bool = False


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    sha256: str
    results: tuple[RowResult, ...]
    applied: bool  # False: a dry run, nothing written

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def counts(self) -> dict[str, int]:
        return {o.value: self.count(o) for o in Outcome}


def squeeze(text: str) -> str:
    """Upper-case letters and digits only: "000.00.12.H42-260302-0001" -> "0000012H422603020001"."""
    return _NOT_ALNUM.sub("", text.upper())


@dataclass(frozen=True)
class _Candidate:
    code: str
    fee: int
    paid: bool
    owed: bool
    received_at: datetime


def _candidates(session: Session) -> dict[str, _Candidate]:
    rows = session.execute(
        select(Dossier.code, Dossier.fee_amount, Dossier.fee_paid, Dossier.status,
               Dossier.received_at)
        .where(Dossier.fee_amount > 0)
    )
    return {squeeze(code): _Candidate(code, fee, paid, status not in NOT_OWED, received)
            for code, fee, paid, status, received in rows}


def _before_receipt(row: StatementRow, received_at: datetime) -> bool:
    assert row.at is not None
    if row.date_only:
        return row.at.date() < received_at.date()
    return row.at < received_at.replace(second=0, microsecond=0)


def _recorded_references(session: Session) -> set[str]:
    rows = session.scalars(select(FeePayment.reference).where(FeePayment.method == "transfer"))
    return {reference for reference in rows if reference}


def codes_in(text: str, candidates: dict[str, _Candidate],
             lengths: frozenset[int] | None = None) -> set[str]:
    """The candidates' keys found in ``text``: every window of a key's length is looked up,
    so a row costs its length, not the number of dossiers."""
    found: set[str] = set()
    for length in lengths if lengths is not None else {len(key) for key in candidates}:
        found.update(text[i:i + length] for i in range(len(text) - length + 1)
                     if text[i:i + length] in candidates)
    return found


def classify(row: StatementRow, candidates: dict[str, _Candidate],
             recorded: set[str], lengths: frozenset[int] | None = None) -> RowResult:
    """The outcome of one row, on its own (duplicates across rows are settled after)."""
    if row.problem:
        return RowResult(row, Outcome.UNREADABLE, detail=row.problem)
    if row.credit <= 0:
        return RowResult(row, Outcome.NOT_CREDIT)
    found = sorted({candidates[key].code for key in codes_in(
        squeeze(row.description) + " " + squeeze(row.reference), candidates, lengths)})
    if not found:
        return RowResult(row, Outcome.UNMATCHED, detail="không thấy mã hồ sơ trong nội dung")
    if len(found) > 1:
        return RowResult(row, Outcome.AMBIGUOUS, detail="nội dung có nhiều mã hồ sơ: "
                         + ", ".join(found))
    candidate = candidates[squeeze(found[0])]
    if candidate.paid or (row.reference and row.reference in recorded):
        return RowResult(row, Outcome.ALREADY_PAID, candidate.code,
                         "phí của hồ sơ đã được xác nhận đã nộp")
    if not candidate.owed:
        return RowResult(row, Outcome.UNMATCHED, candidate.code,
                         "hồ sơ đã kết thúc (rút hoặc từ chối), không thu phí")
    if _before_receipt(row, candidate.received_at):
        return RowResult(row, Outcome.UNMATCHED, candidate.code,
                         "giao dịch trước lúc tiếp nhận hồ sơ")
    if row.credit != candidate.fee:
        return RowResult(row, Outcome.AMOUNT_MISMATCH, candidate.code,
                         f"nhận {row.credit} đ, phí là {candidate.fee} đ")
    return RowResult(row, Outcome.MATCHED, candidate.code)


def match_rows(rows: list[StatementRow], candidates: dict[str, _Candidate],
               recorded: set[str]) -> list[RowResult]:
    """Each row's outcome; two matched rows for one dossier are both ambiguous (which
    one paid is for a person to decide)."""
    lengths = frozenset(len(key) for key in candidates)
    results = [classify(row, candidates, recorded, lengths) for row in rows]
    per_dossier = Counter(r.dossier_code for r in results if r.outcome is Outcome.MATCHED)
    return [
        replace(r, outcome=Outcome.AMBIGUOUS,
                detail="nhiều giao dịch trong tệp cho cùng hồ sơ này")
        if r.outcome is Outcome.MATCHED and per_dossier[r.dossier_code] > 1 else r
        for r in results
    ]


def _paid_at(row: StatementRow, received_at: datetime, now: datetime) -> datetime:
    """The transfer's time; a date without a time counts from the dossier's receipt."""
    assert row.at is not None
    moment = max(row.at, received_at) if row.date_only else row.at
    return min(moment, now)


def import_statement(workspace: Workspace, path: Path, actor: Actor, *,
                     dry_run: bool = False) -> ImportReport:
    """Read the statement at ``path``, match its rows, and (unless ``dry_run``) record the
    matched transfers as payments confirmed by ``actor``."""
    check_permission(workspace, actor, "payments.import", "statement", path.name)
    rows = read_statement(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    now = clock.now()
    with (workspace.store.read() if dry_run else workspace.store.write()) as session:
        results = match_rows(rows, _candidates(session), _recorded_references(session))
        if dry_run:
            return ImportReport(path.name, digest, tuple(results), applied=False)
        applied = []
        for result in results:
            if result.outcome is not Outcome.MATCHED:
                applied.append(result)
                continue
            dossier = session.scalars(select(Dossier).where(Dossier.code == result.dossier_code)).one()
            row = result.row
            reference = row.reference or f"sao kê {digest[:8]} dòng {row.line}"
            confirmation = PaymentConfirmation(
                "transfer", reference[:120], _paid_at(row, dossier.received_at, now),
                row.credit, "statement", f"{path.name} dòng {row.line}: {row.description}"[:1000])
            apply_confirmation(session, dossier, confirmation, actor, now)
            applied.append(replace(result, applied=True))
        report = ImportReport(path.name, digest, tuple(applied), applied=True)
        counts = " ".join(f"{key}={value}" for key, value in report.counts.items() if value)
        audit.record(session, actor, "payments.import", "statement", digest, counts)
    return report
