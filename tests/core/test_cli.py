"""The command line: help, due-date, setup, dossier steps, errors as messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


ADMIN_PASSWORD = "quan-tri-1"
OFFICER_PASSWORD = "can-bo-123"
SUPERVISOR_PASSWORD = "giam-sat-1"


def run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120, input=stdin,
    )


def as_user(data_dir: Path, user: str, password: str, *args: str,
            stdin: str = "") -> subprocess.CompletedProcess[str]:
    """A command run by ``user``, who logs in with ``password`` on standard input."""
    return run(data_dir, *args, "--user", user, "--password-stdin",
               stdin=f"{password}\n{stdin}")


def set_up(data_dir: Path) -> None:
    """The first setup (it creates the administrator quantri), then an officer canbo1 and a
    supervisor giamsat made by that administrator, all through the command line."""
    setup = run(data_dir, "setup", "--agency-code", "000.00.12.H42",
                "--agency-name", "Ủy ban nhân dân xã Tân Phú", "--workstation", "Quầy 1",
                "--seed-catalogue", "--admin-user", "quantri", "--admin-name", "Nguyễn Văn Quản",
                "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n")
    assert setup.returncode == 0, setup.stderr
    assert "Quầy 1" in setup.stdout and "quantri" in setup.stdout
    for user, name, role, password in (
        ("canbo1", "Trần Văn Bình", "officer", OFFICER_PASSWORD),
        ("giamsat", "Lê Thị Thu Hà", "supervisor", SUPERVISOR_PASSWORD),
    ):
        made = as_user(data_dir, "quantri", ADMIN_PASSWORD, "accounts", "create", user,
                       "--name", name, "--account-role", role, stdin=f"{password}\n")
        assert made.returncode == 0, made.stderr


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
    set_up(tmp_path)
    intake = tmp_path / "in.json"
    intake.write_text(
        '{"procedure_code": "1.004222", "applicant": {"full_name": "Phạm Minh Tuấn",'
        ' "id_number": "036095001122"}}', encoding="utf-8")

    def officer(*args: str) -> subprocess.CompletedProcess[str]:
        return as_user(tmp_path, "canbo1", OFFICER_PASSWORD, *args)

    anonymous = run(tmp_path, "intake", "--json", str(intake))
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    code = officer("intake", "--json", str(intake)).stdout.strip()
    step = officer("dossier", "act", code, "start_processing")
    assert step.returncode == 0 and "Đang xử lý" in step.stdout
    empty_reason = officer("dossier", "act", code, "request_supplement", "--reason", "x",
                           "--missing", "Tờ khai CT01")
    assert empty_reason.returncode == 2 and "lý do" in empty_reason.stderr
    asked = officer("dossier", "act", code, "request_supplement", "--reason", "Thiếu",
                    "--missing", "Tờ khai CT01|Chưa có chữ ký của chủ hộ")
    assert asked.returncode == 0, asked.stderr
    shown = officer("dossier", "show", code)
    assert "Chưa có chữ ký của chủ hộ" in shown.stdout
    assert officer("dossier", "act", code, "supplement").returncode == 0
    wrong = officer("dossier", "act", code, "return_result")
    assert wrong.returncode == 2 and "Không thể" in wrong.stderr
    refused = officer("dossier", "act", code, "stop", "--reason", "x")
    assert refused.returncode == 2 and "không được phép" in refused.stderr
    stopped = as_user(tmp_path, "giamsat", SUPERVISOR_PASSWORD, "dossier", "act", code, "stop",
                      "--reason", "Công dân đề nghị dừng")
    assert stopped.returncode == 0 and "Dừng" in stopped.stdout, stopped.stderr
    listing = officer("dossier", "list", "--query", "pham minh")
    assert code in listing.stdout
    not_logged_in = run(tmp_path, "dossier", "list", "--query", "pham minh")
    assert not_logged_in.returncode == 2 and code not in not_logged_in.stdout
    assert officer("dossier", "show", "NOPE-000000-0001").returncode == 2


def test_bad_agency_code(tmp_path: Path) -> None:
    result = run(tmp_path, "setup", "--agency-code", "H42", "--agency-name", "X",
                 "--workstation", "Q1", "--admin-user", "quantri", "--admin-name", "Q",
                 "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n")
    assert result.returncode == 2
    assert "QCVN 102" in result.stderr
    assert "quantri" not in result.stdout  # no administrator made for a refused set-up


def test_calendar_show_and_override(tmp_path: Path) -> None:
    set_up(tmp_path)
    shown = run(tmp_path, "calendar", "show", "--year", "2026")
    assert "17/02/2026\tnghỉ\tTết Nguyên đán (mùng 1 Tết Bính Ngọ)" in shown.stdout
    assert "22/08/2026\tlàm việc" in shown.stdout
    assert as_user(tmp_path, "quantri", ADMIN_PASSWORD, "calendar", "override",
                   "--day", "2026-03-03", "--kind", "day_off").returncode == 0
    assert run(tmp_path, "due-date", "--received", "2026-03-02T08:00", "--days", "2"
               ).stdout.strip() == "2026-03-04T17:00"
    refused = as_user(tmp_path, "canbo1", OFFICER_PASSWORD, "calendar", "override",
                      "--day", "2026-03-04", "--kind", "day_off")
    assert refused.returncode == 2 and "không được phép" in refused.stderr
