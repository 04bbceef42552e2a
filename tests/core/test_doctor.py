"""``doctor``: each check says what is wrong and what to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import update

from counter.db.models import AuditEvent
from counter.doctor import Level, check_database, check_encryption, run_checks, workspace_checks
from counter.workspace import Workspace
from sync.client.config import SyncConfig, save_config
from sync.doctor import check_central
from tests.core.conftest import make_workspace

ROOT = Path(__file__).resolve().parents[2]


def _doctor(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), "doctor"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_healthy_installation(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    results = run_checks(workspace_checks(workspace))
    workspace.close()
    assert [r.name for r in results if r.level is Level.PROBLEM] == []
    report = _doctor(data_dir)
    assert report.returncode == 0, report.stdout + report.stderr
    assert "✔ Cơ sở dữ liệu: toàn vẹn" in report.stdout
    assert "0 lỗi" in report.stdout


def test_a_tampered_audit_trail_is_a_problem(data_dir: Path) -> None:
    workspace = make_workspace(data_dir)
    with workspace.store.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 1).values(actor="x"))
    workspace.close()
    report = _doctor(data_dir)
    assert report.returncode == 1
    assert "✖ Nhật ký kiểm toán: chuỗi băm bị đứt tại mục 1" in report.stdout
    assert "→" in report.stdout


def test_an_unencrypted_database_is_a_problem(data_dir: Path) -> None:
    workspace = Workspace(data_dir, encrypted=False)
    assert check_encryption(workspace).level is Level.PROBLEM
    assert check_database(workspace).level is Level.OK
    workspace.close()


def test_no_setup_is_reported_not_crashed(data_dir: Path) -> None:
    report = _doctor(data_dir)
    assert report.returncode == 1
    assert "chưa được thiết lập" in report.stdout


def test_an_unreachable_central_server_is_a_warning(data_dir: Path) -> None:
    save_config(data_dir, SyncConfig(server_url="http://127.0.0.1:9", token="t"))
    result = check_central(data_dir)
    assert result.level is Level.WARNING
    assert "không kết nối được" in result.detail
