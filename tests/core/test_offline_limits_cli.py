"""``offline-limits`` on the command line, and the warning at every command-line login."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from counter import clock
from counter.db.models import SyncGovernance
from counter.workspace import Workspace

from .test_cli import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, as_user, run, set_up


def offline_for(data_dir: Path, days: int) -> None:
    with Workspace(data_dir) as workspace, workspace.store.write() as session:
        row = session.get(SyncGovernance, 1)
        assert row is not None
        row.counting_since = clock.now() - timedelta(days=days)


def test_limits_warning_block_and_override(tmp_path: Path) -> None:
    set_up(tmp_path)
    intake = tmp_path / "in.json"
    intake.write_text('{"procedure_code": "1.004222", "applicant": {"full_name": "Phạm Minh Tuấn",'
                      ' "id_number": "036095001122"}}', encoding="utf-8")  # fmt: skip
    refused = as_user(tmp_path, "canbo1", OFFICER_PASSWORD, "offline-limits", "set",
                      "--warn-days", "3", "--block-days", "7")  # fmt: skip
    assert refused.returncode == 2 and "không được phép" in refused.stderr
    done = as_user(tmp_path, "quantri", ADMIN_PASSWORD, "offline-limits", "set",
                   "--warn-days", "3", "--block-days", "7")  # fmt: skip
    assert done.returncode == 0, done.stderr

    offline_for(tmp_path, 4)
    warned = as_user(tmp_path, "canbo1", OFFICER_PASSWORD, "intake", "--json", str(intake))
    assert warned.returncode == 0, warned.stderr
    assert "Cảnh báo: Máy trạm đã 4 ngày chưa đồng bộ" in warned.stderr

    offline_for(tmp_path, 8)
    blocked = as_user(tmp_path, "canbo1", OFFICER_PASSWORD, "intake", "--json", str(intake))
    assert blocked.returncode == 2 and blocked.stdout == ""
    assert "Lỗi: Máy trạm đã 8 ngày chưa đồng bộ" in blocked.stderr
    shown = run(tmp_path, "offline-limits", "show", "--json")
    assert '"level": "blocked"' in shown.stdout

    allowed = as_user(tmp_path, "giamsat", SUPERVISOR_PASSWORD, "offline-limits", "override",
                      "--reason", "Mất mạng cả xã", "--hours", "2")  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    received = as_user(tmp_path, "canbo1", OFFICER_PASSWORD, "intake", "--json", str(intake))
    assert received.returncode == 0, received.stderr
    assert "Giám sát giamsat cho phép tiếp nhận tạm thời" in received.stderr
