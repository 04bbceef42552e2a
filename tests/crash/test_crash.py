"""The crash suite in CI: a fixed seed and a bounded number of SIGKILLs."""

from __future__ import annotations

from pathlib import Path

from tests.crash.campaign import run_campaign


def test_killed_at_random_points_the_database_stays_whole(tmp_path: Path) -> None:
    report = run_campaign(tmp_path / "data", runs=20, seed=2026, max_seconds=150)
    assert report.problems == []
    # The campaign stops early only at its time limit; each run is one SIGKILL.
    assert 5 <= report.runs <= 20
    assert report.kills == report.runs
    assert report.dossiers > 0 and report.steps_seen >= report.runs


def test_the_checks_notice_a_half_written_dossier(tmp_path: Path) -> None:
    from sqlalchemy import delete, text

    from counter.db.models import OutboxMessage
    from counter.dossiers.model import IntakeRequest
    from counter.dossiers.receive import receive_dossier
    from tests.core.conftest import OFFICER, citizen, make_workspace
    from tests.crash.campaign import check_whole

    workspace = make_workspace(tmp_path / "data")
    first = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    second = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    assert check_whole(workspace, [f"R {first}", f"R {second}"]) == []
    with workspace.store.write() as session:
        session.execute(delete(OutboxMessage).where(OutboxMessage.dossier_code == first))
        session.execute(text("DELETE FROM dossier_fts WHERE rowid = (SELECT max(id) FROM dossier)"))
    problems = check_whole(workspace, [f"R {first}", "R 000.00.12.H42-260101-0999"])
    named = {
        "committed dossier lost: 000.00.12.H42-260101-0999",
        f"{first}: outbox does not match its events",
        f"{second}: half-written (events, documents or search row missing)",
    }
    # Deleting a search row behind FTS5's back may also fail SQLite's integrity check.
    assert named <= set(problems) <= named | {"integrity_check failed"}, problems
    workspace.close()
