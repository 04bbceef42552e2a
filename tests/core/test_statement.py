"""Bank statement import: rows matched to dossiers by code and amount, applied as
payments; every other row reported with its reason; unreadable files refused whole."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from counter import clock
from counter.audit import entries_for
from counter.db.models import FeePayment
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import get_dossier
from counter.errors import InputError, PermissionDeniedError
from counter.payments.records import payment_of
from counter.payments.statement import Outcome, import_statement, squeeze
from counter.payments.statement_file import parse_amount, read_statement
from tests.core.conftest import ADMIN, OFFICER, SUPERVISOR, citizen

PREAMBLE = (
    "NGÂN HÀNG DEMO - SAO KÊ TÀI KHOẢN\n"
    "Số tài khoản:;0000123456789\n"
    "Từ ngày:;01/03/2026;Đến ngày:;02/03/2026\n"
    "\n"
)
HEADER = "STT;Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Nội dung giao dịch\n"


def receive(workspace, name: str = "Nguyễn Văn An", paid: bool = False) -> str:  # type: ignore[no-untyped-def]
    request = IntakeRequest("1.004194", citizen(name), payment=Payment(paid=paid,
                            method="cash" if paid else ""))
    return receive_dossier(workspace, request, OFFICER).code


def payments(workspace) -> int:  # type: ignore[no-untyped-def]
    with workspace.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(FeePayment)) or 0)


@pytest.fixture
def dossiers(workspace, test_clock):  # type: ignore[no-untyped-def]
    names = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em")
    codes = [receive(workspace, name) for name in names]
    test_clock.advance(hours=2)
    return codes


def write_csv(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "saoke.csv"
    path.write_text(PREAMBLE + HEADER + "".join(line + "\n" for line in lines),
                    encoding="utf-8-sig")
    return path


def test_csv_rows_matched_refused_and_reported(workspace, dossiers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d, e = dossiers
    path = write_csv(tmp_path, [
        f"1;02/03/2026 10:15:00;FT001;;15.000;NGUYEN VAN AN NOP PHI {squeeze(a)}",  # dots dropped
        f"2;02/03/2026 10:20:00;FT002;;20.000;{b} nop phi",  # wrong amount
        f"3;02/03/2026 10:25:00;FT003;;15.000;{c} {d}",  # two dossiers
        "4;02/03/2026 10:30:00;FT004;;15.000;chuyen tien an trua",  # nothing
        f"5;02/03/2026 10:35:00;FT005;15.000;;{e}",  # money out
        f"6;hôm qua;FT006;;15.000;{e}",  # unreadable date
        f"7;02/03/2026;FT007;;15,000;{e.lower()}",  # date only, lower case
        f"8;02/03/2026 11:00:00;FT008;;15000;{e}",  # the same dossier again
    ])
    report = import_statement(workspace, path, SUPERVISOR)
    outcomes = [(r.row.line, r.outcome, r.dossier_code) for r in report.results]
    assert outcomes == [
        (6, Outcome.MATCHED, a),
        (7, Outcome.AMOUNT_MISMATCH, b),
        (8, Outcome.AMBIGUOUS, ""),
        (9, Outcome.UNMATCHED, ""),
        (10, Outcome.NOT_CREDIT, ""),
        (11, Outcome.UNREADABLE, ""),
        (12, Outcome.AMBIGUOUS, e),
        (13, Outcome.AMBIGUOUS, e),
    ]
    assert report.counts["matched"] == 1 and report.applied
    assert [r.applied for r in report.results].count(True) == 1
    record = payment_of(workspace, a)
    assert record is not None and record.source == "statement"
    assert (record.method, record.reference, record.amount) == ("transfer", "FT001", 15_000)
    assert record.paid_at == clock.parse_local("2026-03-02T10:15")
    assert record.recorded_by == SUPERVISOR.username and "saoke.csv dòng 6" in record.source_detail
    assert payments(workspace) == 1
    assert not get_dossier(workspace, b, OFFICER).fee_paid
    with workspace.store.read() as session:
        assert "dossier.confirm_payment" in [x.action for x in entries_for(session, a)]
        assert "payments.import" in [x.action for x in entries_for(session, report.sha256)]

    again = import_statement(workspace, path, SUPERVISOR)  # the same file twice
    assert again.results[0].outcome is Outcome.ALREADY_PAID and not again.results[0].applied
    assert payments(workspace) == 1


def test_xlsx_with_one_amount_column_and_a_credit_debit_marker(workspace, dossiers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = dossiers[:2]
    book = Workbook()
    sheet = book.active
    sheet.append(["Sao kê tài khoản 0000123456789"])
    sheet.append([])
    sheet.append(["Transaction date", "Reference", "Amount", "C/D", "Description"])
    sheet.append([datetime(2026, 3, 2, 10, 40), "X1", 15000, "C", f"Thu phi ho so {a}"])
    sheet.append([datetime(2026, 3, 2, 10, 41), "X2", 15000, "D", f"Hoan tien {b}"])
    sheet.append([datetime(2026, 3, 2, 10, 42), "X3", "15.000", "CR", f"{b}"])
    path = tmp_path / "statement.xlsx"
    book.save(path)
    report = import_statement(workspace, path, OFFICER)
    assert [(r.outcome, r.dossier_code) for r in report.results] == [
        (Outcome.MATCHED, a), (Outcome.NOT_CREDIT, ""), (Outcome.MATCHED, b)]
    assert payment_of(workspace, a) is not None and payment_of(workspace, b) is not None


def test_dry_run_writes_nothing(workspace, dossiers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, [f"1;02/03/2026 10:15;FT1;;15.000;{dossiers[0]}"])
    report = import_statement(workspace, path, SUPERVISOR, dry_run=True)
    assert report.results[0].outcome is Outcome.MATCHED and not report.applied
    assert payments(workspace) == 0


@pytest.mark.parametrize("content, words", [
    ("Ngày;Số tiền\n02/03/2026;15000\n", "dòng tiêu đề"),
    ("", "dòng tiêu đề"),
])
def test_file_without_a_header_we_understand_is_refused(workspace, dossiers, tmp_path, content,  # type: ignore[no-untyped-def]
                                                         words) -> None:
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=words):
        import_statement(workspace, path, SUPERVISOR)
    assert payments(workspace) == 0


def test_old_excel_damaged_or_missing_files_are_refused(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "x.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(InputError, match="xls"):
        read_statement(old)
    damaged = tmp_path / "y.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="Excel"):
        read_statement(damaged)
    with pytest.raises(InputError, match="không đọc được"):
        read_statement(tmp_path / "absent.csv")


def test_only_staff_import(workspace, dossiers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, [f"1;02/03/2026 10:15;FT1;;15.000;{dossiers[0]}"])
    with pytest.raises(PermissionDeniedError):
        import_statement(workspace, path, ADMIN)
    assert payments(workspace) == 0


@pytest.mark.parametrize("text, amount", [
    ("15.000", 15000), ("15,000", 15000), ("1.234.567", 1234567), ("15000", 15000),
    ("15.000,00", 15000), ("15,000.00 VND", 15000), ("-20.000", -20000), (15000.0, 15000),
    ("", 0), (None, 0), ("2.000.000 đ", 2000000),
])
def test_amounts_as_banks_write_them(text, amount) -> None:  # type: ignore[no-untyped-def]
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["15.5", "abc", "1,5,0", "15.000,50"])
def test_amounts_that_are_not_whole_dong(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        parse_amount(text)


def test_the_payments_benchmark_runs() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "tests.bench.bench_payments", "--dossiers",
                           "200", "--rows", "50", "--runs", "1"], cwd=root,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ratio" in done.stdout and "VietQR" in done.stdout
