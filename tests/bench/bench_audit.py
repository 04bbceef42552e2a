"""Benchmark of the keyed audit trail. Prints figures; asserts nothing.

    python -m tests.bench.bench_audit [--entries 20000] [--writes 200]

Measures: one audited write (committed) with the local anchor rewritten and without it,
checking the whole trail (what ``doctor`` does), and re-sealing a trail of plain SHA-256
entries (the first open after migration 0006).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from counter import audit, clock
from counter.audit_seal import reseal_legacy
from counter.db.models import AuditEvent
from counter.workspace import Workspace
from tests.bench.bench_core import report, timings_ms
from tests.core.conftest import OFFICER, make_workspace


def bench_writes(workspace: Workspace, writes: int) -> None:
    counter = iter(range(10**9))

    def audited_write() -> None:
        with workspace.store.write() as session:
            audit.record(session, OFFICER, "dossier.view", "dossier", f"X-{next(counter)}")

    timings_ms(audited_write, 20)
    report("audited write, anchor rewritten", timings_ms(audited_write, writes))
    hooks = list(workspace.store.after_commit)
    workspace.store.after_commit.clear()
    report("audited write, no anchor", timings_ms(audited_write, writes))
    workspace.store.after_commit.extend(hooks)


def legacy_rows(count: int) -> list[dict[str, object]]:
    rows, previous, start = [], audit.GENESIS, clock.now() - timedelta(days=365)
    for n in range(1, count + 1):
        at = start + timedelta(minutes=n)
        ref = f"000.00.12.H42-250101-{n % 10000:04d}"
        digest = audit.legacy_digest(previous, at, "canbo1", "dossier.view", "dossier", ref, "")
        rows.append({"id": n, "seq": n, "chain_format": audit.LEGACY, "at": at,
                     "actor": "canbo1", "action": "dossier.view", "object_type": "dossier",
                     "object_ref": ref, "detail": "", "prev_hash": previous, "hash": digest})
        previous = digest
    return rows


def bench_reseal_and_check(root: Path, entries: int) -> None:
    workspace = Workspace(root / "legacy")
    with workspace.store.write() as session:
        session.execute(insert(AuditEvent), legacy_rows(entries))
    assert workspace.audit_anchor is not None
    start = time.perf_counter()
    resealed = reseal_legacy(workspace.store, workspace.audit_anchor)
    print(f"  re-seal {resealed} plain entries: {(time.perf_counter() - start) * 1000:.0f} ms")
    with workspace.store.read() as session:
        start = time.perf_counter()
        found = audit.find_break(session)
        elapsed = (time.perf_counter() - start) * 1000
    print(f"  check the whole trail ({entries + 1} entries): {elapsed:.0f} ms, break: {found}")
    workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("ONESTOP_KEY_DIR", tempfile.mkdtemp(prefix="onestop-keys-"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print("Audit trail")
        workspace = make_workspace(root / "writes")
        bench_writes(workspace, args.writes)
        workspace.close()
        bench_reseal_and_check(root, args.entries)


if __name__ == "__main__":
    main()
