"""Kill a working intake process with SIGKILL at random points, again and again, and check
that the database is always whole. Used by ``tests/crash/test_crash.py`` (fixed seed, few
runs) and by hand for long runs:

    python -m tests.crash.campaign --runs 300 --seed 7 [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from counter import audit
from counter.codes.format import parse_code
from counter.db.models import Dossier, DossierDocument, DossierEvent, OutboxMessage
from counter.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CampaignReport:
    runs: int = 0
    kills: int = 0
    dossiers: int = 0
    steps_seen: int = 0
    problems: list[str] = field(default_factory=list)


def _kill_one_run(data_dir: Path, seed: int, delay: float) -> list[str]:
    """Start a worker, let it work ``delay`` seconds after its first output, SIGKILL it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.crash_worker", str(data_dir), str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert process.stdout is not None
    lines = [process.stdout.readline()]  # blocks until the first commit (bounded by startup)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate(timeout=30)
    if process.returncode != -signal.SIGKILL:
        raise AssertionError(f"worker ended by itself ({process.returncode}): {errors[-2000:]}")
    return [line.strip() for line in lines + rest.splitlines() if line.strip()]


def check_whole(workspace: Workspace, printed: list[str]) -> list[str]:
    """Every invariant that must hold after any crash; a list of what is wrong."""
    problems: list[str] = []
    with workspace.store.read() as session:
        connection = session.connection()
        if connection.exec_driver_sql("PRAGMA integrity_check").scalar() != "ok":
            problems.append("integrity_check failed")
        if (broken := audit.verify_chain(session)) is not None:
            problems.append(f"audit chain broken at {broken}")
        anchored = workspace.audit_anchor.read() if workspace.audit_anchor else None
        if anchored is not None and (ahead := audit.compare_with_anchor(session, anchored)):
            problems.append(f"audit anchor ahead of the committed trail: {ahead}")
        dossiers = {d.code: d for d in session.scalars(select(Dossier))}
        events = Counter(session.scalars(select(DossierEvent.dossier_id)))
        documents = Counter(session.scalars(select(DossierDocument.dossier_id)))
        fts = set(connection.execute(text("SELECT rowid FROM dossier_fts")).scalars())
        outbox = Counter(
            (code, kind) for code, kind in session.execute(
                select(OutboxMessage.dossier_code, OutboxMessage.kind)).all()
        )
        newest = select(func.max(DossierEvent.id)).group_by(DossierEvent.dossier_id)
        last_status = {
            dossier_id: status for dossier_id, status in session.execute(
                select(DossierEvent.dossier_id, DossierEvent.to_status)
                .where(DossierEvent.id.in_(newest))).all()
        }
    for line in printed:
        parts = line.split()
        if parts and parts[0] in ("R", "A") and parts[1] not in dossiers:
            problems.append(f"committed dossier lost: {parts[1]}")
    for code, row in dossiers.items():
        if events[row.id] < 1 or documents[row.id] < 1 or row.id not in fts:
            problems.append(f"{code}: half-written (events, documents or search row missing)")
        if outbox[(code, "dossier.received")] != 1 or \
                outbox[(code, "dossier.event")] != events[row.id] - 1:
            problems.append(f"{code}: outbox does not match its events")
        if last_status.get(row.id) != row.status:
            problems.append(f"{code}: status differs from its last event")
    highest: dict[tuple[str, object], int] = {}
    for code in dossiers:
        parsed = parse_code(code)
        key = (parsed.agency_code, parsed.day)
        highest[key] = max(highest.get(key, 0), parsed.number)
    journal = workspace.journal()
    for (agency, day), number in highest.items():
        if journal.highest(agency, day) < number:  # type: ignore[arg-type]
            problems.append(f"journal behind the database for {agency} {day}")
    return problems


def run_campaign(data_dir: Path, runs: int, seed: int, max_seconds: float) -> CampaignReport:
    rng = random.Random(seed)
    report = CampaignReport()
    started = time.monotonic()
    printed_all: list[str] = []
    for run in range(runs):
        if time.monotonic() - started > max_seconds:
            break
        printed_all += _kill_one_run(data_dir, seed * 1000 + run, rng.uniform(0.0, 0.4))
        report.runs += 1
        report.kills += 1
        workspace = Workspace(data_dir)
        try:
            report.problems += check_whole(workspace, printed_all)
            with workspace.store.read() as session:
                report.dossiers = int(session.scalar(select(func.count()).select_from(Dossier))
                                      or 0)
        finally:
            workspace.close()
        if report.problems:
            break
    report.steps_seen = len(printed_all)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-seconds", type=float, default=3600)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("ONESTOP_KEY_DIR", tempfile.mkdtemp(prefix="crash-keys-"))
    data_dir = args.dir or Path(tempfile.mkdtemp(prefix="crash-")) / "data"
    report = run_campaign(data_dir, args.runs, args.seed, args.max_seconds)
    print(f"runs {report.runs}, kills {report.kills}, dossiers {report.dossiers}, "
          f"committed steps seen {report.steps_seen}, problems {len(report.problems)}")
    for problem in report.problems:
        print(f"  {problem}")
    sys.exit(1 if report.problems else 0)


if __name__ == "__main__":
    main()
