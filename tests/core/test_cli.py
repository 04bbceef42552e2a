"""The command line: help, due-date, setup, dossier steps, errors as messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("due-date", "intake", "setup", "catalogue", "dossier"):
        assert command in result.stdout


def test_due_date(tmp_path: Path) -> None:
    assert run(tmp_path, "due-date", "--received", "2026-02-13T10:00", "--days", "3"
               ).stdout.strip() == "2026-02-25T10:00"
    assert run(tmp_path, "due-date", "--received", "2026-03-02T15:00", "--same-day"
               ).stdout.strip() == "2026-03-03T17:00"
    assert run(tmp_path, "due-date", "--received", "2026-03-02T11:00", "--hours", "2"
               ).stdout.strip() == "2026-03-02T14:00"
    bad = run(tmp_path, "due-date", "--received", "13/02/2026", "--days", "3")
    assert bad.returncode == 2
    assert "--received" in bad.stderr and "YYYY-MM-DDTHH:MM" in bad.stderr


def test_setup_then_process_a_dossier(tmp_path: Path) -> None:
    setup = run(tmp_path, "setup", "--agency-code", "000.00.12.H42",
                "--agency-name", "Ủy ban nhân dân xã Tân Phú", "--workstation", "Quầy 1",
                "--seed-catalogue")
    assert setup.returncode == 0, setup.stderr
    assert "Quầy 1" in setup.stdout
    intake = tmp_path / "in.json"
    intake.write_text(
        '{"procedure_code": "1.004222", "applicant": {"full_name": "Phạm Minh Tuấn",'
        ' "id_number": "036095001122"}}', encoding="utf-8")
    code = run(tmp_path, "intake", "--json", str(intake)).stdout.strip()
    step = run(tmp_path, "dossier", "act", code, "start_processing")
    assert step.returncode == 0 and "Đang xử lý" in step.stdout
    empty_reason = run(tmp_path, "dossier", "act", code, "request_supplement", "--reason", "x",
                       "--missing", "Tờ khai CT01")
    assert empty_reason.returncode == 2 and "lý do" in empty_reason.stderr
    asked = run(tmp_path, "dossier", "act", code, "request_supplement", "--reason", "Thiếu",
                "--missing", "Tờ khai CT01|Chưa có chữ ký của chủ hộ")
    assert asked.returncode == 0, asked.stderr
    shown = run(tmp_path, "dossier", "show", code)
    assert "Chưa có chữ ký của chủ hộ" in shown.stdout
    assert run(tmp_path, "dossier", "act", code, "supplement").returncode == 0
    wrong = run(tmp_path, "dossier", "act", code, "return_result")
    assert wrong.returncode == 2 and "Không thể" in wrong.stderr
    refused = run(tmp_path, "dossier", "act", code, "stop", "--reason", "x")
    assert refused.returncode == 2 and "không được phép" in refused.stderr
    listing = run(tmp_path, "dossier", "list", "--query", "pham minh")
    assert code in listing.stdout
    assert run(tmp_path, "dossier", "show", "NOPE-000000-0001").returncode == 2


def test_bad_agency_code(tmp_path: Path) -> None:
    result = run(tmp_path, "setup", "--agency-code", "H42", "--agency-name", "X",
                 "--workstation", "Q1")
    assert result.returncode == 2
    assert "QCVN 102" in result.stderr


def test_calendar_show_and_override(tmp_path: Path) -> None:
    shown = run(tmp_path, "calendar", "show", "--year", "2026")
    assert "17/02/2026\tnghỉ\tTết Nguyên Đán" in shown.stdout
    assert "22/08/2026\tlàm việc" in shown.stdout
    assert run(tmp_path, "calendar", "override", "--day", "2026-03-03", "--kind", "day_off"
               ).returncode == 0
    assert run(tmp_path, "due-date", "--received", "2026-03-02T08:00", "--days", "2"
               ).stdout.strip() == "2026-03-04T17:00"
    refused = run(tmp_path, "calendar", "override", "--day", "2026-03-04", "--kind", "day_off",
                  "--role", "officer")
    assert refused.returncode == 2 and "không được phép" in refused.stderr
