"""``report``: a supervisor writes the period report; others and bad input are refused."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from counter import clock
from tests.core.test_cli import (
    OFFICER_PASSWORD,
    SUPERVISOR_PASSWORD,
    as_user,
    run,
    set_up,
)


def test_report_command_writes_each_format(tmp_path: Path) -> None:
    data = tmp_path / "data"
    set_up(data)
    intake = tmp_path / "in.json"
    intake.write_text('{"procedure_code": "1.004222", "applicant": {"full_name": "Phạm Minh '
                      'Tuấn", "id_number": "036095001122"}}', encoding="utf-8")
    assert as_user(data, "canbo1", OFFICER_PASSWORD, "intake", "--json", str(intake)
                   ).returncode == 0
    today = clock.now().date().isoformat()
    first_of_month = clock.now().date().replace(day=1).isoformat()
    for form in ("xlsx", "pdf", "csv"):
        out = tmp_path / f"bao-cao.{form}"
        done = as_user(data, "giamsat", SUPERVISOR_PASSWORD, "report", "--from", first_of_month,
                       "--to", today, "--format", form, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert "tiếp nhận 1" in done.stdout
    sheet = load_workbook(tmp_path / "bao-cao.xlsx")["Tổng hợp"]
    assert sheet["B6"].value == 1
    assert "TÌNH HÌNH, KẾT QUẢ" in PdfReader(io.BytesIO((tmp_path / "bao-cao.pdf").read_bytes())
                                           ).pages[0].extract_text()
    assert ",received,1," in (tmp_path / "bao-cao.csv").read_text("utf-8-sig")

    officer = as_user(data, "canbo1", OFFICER_PASSWORD, "report", "--from", first_of_month,
                      "--to", today, "--out", str(tmp_path / "no.xlsx"))
    assert officer.returncode == 2 and "không được phép" in officer.stderr
    assert not (tmp_path / "no.xlsx").exists()
    backwards = as_user(data, "giamsat", SUPERVISOR_PASSWORD, "report", "--from", today,
                        "--to", "2000-01-01", "--out", str(tmp_path / "bad.xlsx"))
    assert backwards.returncode == 2 and "ngày cuối kỳ" in backwards.stderr
    typo = as_user(data, "giamsat", SUPERVISOR_PASSWORD, "report", "--from", "31/02/2026",
                   "--to", today, "--out", str(tmp_path / "bad.xlsx"))
    assert typo.returncode == 2 and "--from" in typo.stderr
    anonymous = run(data, "report", "--from", today, "--to", today, "--out",
                    str(tmp_path / "bad.xlsx"))
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    assert not (tmp_path / "bad.xlsx").exists()
