"""Text that came from a server or a workstation (names, refusal reasons) is printed by the
sync and central-admin commands with its hidden characters escaped: an ESC sequence or a
bidi mark cannot steer the terminal."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from counter.db.models import OutboxMessage
from counter.workspace import Workspace
from sync.central.context import open_context
from sync.central.models import ReviewItem, Workstation
from sync.central.settings import load_settings
from tests.sync.processes import ROOT

AT = datetime(2026, 11, 2, 8, 30)
CLEAR_SCREEN = "\x1b[2J"
TITLE = "\x1b]0;pwned\x07"
RIGHT_TO_LEFT = "\u202e"


def _main(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _assert_cleaned(output: str) -> None:
    assert "\x1b" not in output and "\x07" not in output and RIGHT_TO_LEFT not in output


def test_central_admin_lists_escape_what_workstations_sent(tmp_path: Path) -> None:
    context = open_context(load_settings(tmp_path))
    try:
        context.database.run(
            lambda s: s.execute(
                insert(Workstation).values(
                    id="ws-1",
                    name=f"Quầy{CLEAR_SCREEN} 1",
                    agency_code="000.00.12.H42",
                    public_key="pk",
                    token_hash="t" * 64,
                    enrolled_at=AT,
                )
            )
        )
        context.database.run(
            lambda s: s.execute(
                insert(ReviewItem).values(
                    message_id=f"m{TITLE}1",
                    content_hash="h" * 64,
                    reason_code="conflict",
                    reason=f"khác bản đã có {RIGHT_TO_LEFT}fdp.exe",
                    workstation_id="ws-1",
                    received_at=AT,
                    body="{}",
                )
            )
        )
    finally:
        context.close()

    listed = _main(tmp_path, "central-admin", "list-workstations")
    assert listed.returncode == 0, listed.stderr
    _assert_cleaned(listed.stdout)
    assert "ws-1  000.00.12.H42  Quầy\\u001b[2J 1  (hoạt động)" in listed.stdout

    reviews = _main(tmp_path, "central-admin", "list-reviews")
    assert reviews.returncode == 0, reviews.stderr
    _assert_cleaned(reviews.stdout)
    assert (
        "2026-11-02 08:30 UTC  conflict  m\\u001b]0;pwned\\u00071  máy trạm ws-1: "
        "khác bản đã có \\u202efdp.exe"
    ) in reviews.stdout


def test_sync_status_escapes_the_reason_the_server_gave(data_dir: Path) -> None:
    Workspace(data_dir).close()
    workspace = Workspace(data_dir)
    try:
        with workspace.store.write() as session:
            session.execute(
                insert(OutboxMessage).values(
                    message_id="m-1",
                    kind="dossier.created",
                    dossier_code="000.00.12.H42-1",
                    payload={},
                    created_at=datetime.now(UTC),
                    state="rejected",
                    last_error=f"Máy chủ từ chối{CLEAR_SCREEN}{TITLE} {RIGHT_TO_LEFT}cod.exe",
                )
            )
    finally:
        workspace.close()
    status = _main(data_dir, "sync", "--status")
    assert status.returncode == 0, status.stderr
    _assert_cleaned(status.stdout)
    assert (
        "  000.00.12.H42-1 (dossier.created, m-1): Máy chủ từ chối\\u001b[2J\\u001b]0;pwned"
        "\\u0007 \\u202ecod.exe"
    ) in status.stdout
