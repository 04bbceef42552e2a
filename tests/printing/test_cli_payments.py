"""``payments`` on the command line (beside the other commands' tests): set the account,
print the VietQR code, confirm a payment, import a statement; each acting as the person
logged in."""

from __future__ import annotations

import json
from pathlib import Path

from counter.payments.records import payment_of
from counter.payments.statement import squeeze
from counter.payments.vietqr import crc_is_valid
from tests.printing.conftest import receive, run_cli


def test_payee_qr_confirm(staffed, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code = receive(staffed).code
    refused = run_cli(data_dir, "payments", "payee", "--bank-bin", "970405", "--account", "1")
    assert refused.code == 2 and "không được phép" in refused.stderr  # an officer may not
    bad_bin = run_cli(data_dir, "payments", "payee", "--bank-bin", "97040", "--account", "1",
                      user="quantri")
    assert bad_bin.code == 2 and "BIN" in bad_bin.stderr
    no_account = run_cli(data_dir, "payments", "qr", code, user=None)
    assert no_account.code == 2 and "Chưa có số tài khoản" in no_account.stderr
    done = run_cli(data_dir, "payments", "payee", "--bank-bin", "970405", "--account",
                   "0000123456789", "--name", "UBND XA TAN PHU", user="quantri")
    assert done.code == 0, done.stderr
    png = tmp_path / "qr.png"
    shown = run_cli(data_dir, "payments", "qr", code, "--png", str(png), user=None)
    assert shown.code == 0 and crc_is_valid(shown.stdout.strip()) and png.stat().st_size > 0
    bad = run_cli(data_dir, "payments", "confirm", code, "--method", "transfer")
    assert bad.code == 2 and "mã giao dịch" in bad.stderr
    ok = run_cli(data_dir, "payments", "confirm", code, "--method", "cash", "--reference",
                 "BL-0001")
    assert ok.code == 0, ok.stderr
    record = payment_of(staffed, code)
    assert record is not None and record.recorded_by == "canbo1"


def test_import_reports_each_row(staffed, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = receive(staffed)
    code = view.code
    at = f"{view.received_at:%d/%m/%Y %H:%M}"
    statement = tmp_path / "saoke.csv"
    statement.write_text(
        "Ngày giao dịch,Số tham chiếu,Ghi nợ,Ghi có,Diễn giải\n"
        f"{at},FT1,,\"20,000\",NOP PHI {squeeze(code)}\n"
        f"{at},FT2,,\"15,000\",khong ro\n"
        f"01/01/2020 08:00,FT3,,\"20,000\",{code}\n", encoding="utf-8")
    dry = run_cli(data_dir, "payments", "import", str(statement), "--dry-run", "--json",
                  user="giamsat")
    assert dry.code == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert [r["outcome"] for r in report["rows"]] == ["matched", "unmatched", "unmatched"]
    assert report["rows"][2]["detail"] == "giao dịch trước lúc tiếp nhận hồ sơ"
    assert report["applied"] is False and payment_of(staffed, code) is None
    done = run_cli(data_dir, "payments", "import", str(statement), user="giamsat")
    assert done.code == 0, done.stderr
    assert "dòng 2: khớp → " + code in done.stdout and "Đã ghi nhận 1 khoản nộp" in done.stdout
    record = payment_of(staffed, code)
    assert record is not None and record.source == "statement"
    missing = run_cli(data_dir, "payments", "import", str(tmp_path / "none.csv"), user="giamsat")
    assert missing.code == 2 and "không đọc được" in missing.stderr


def test_citizen_screen_setting(staffed, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from counter.settings_admin import current_settings

    assert current_settings(staffed)["citizen_screen"] == "off"
    refused = run_cli(data_dir, "settings", "set", "citizen_screen", "auto")
    assert refused.code == 2 and "không được phép" in refused.stderr
    bad = run_cli(data_dir, "settings", "set", "citizen_screen", "left", user="quantri")
    assert bad.code == 2 and "off" in bad.stderr
    done = run_cli(data_dir, "settings", "set", "citizen_screen", "auto", user="quantri")
    assert done.code == 0, done.stderr
    assert current_settings(staffed)["citizen_screen"] == "auto"
