"""Receives dossiers and moves them through their lifecycle until it is killed.

``python -m tests.crash.crash_worker DIR SEED``: prints ``R <code>`` after each dossier is
committed and ``A <code> <action>`` after each step, so the harness knows what must survive.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import select

from counter.db.models import Dossier
from counter.dossiers.lifecycle import ACTIONS, FINISHED, Status, allowed_actions
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from tests.core.conftest import SUPERVISOR, citizen, make_workspace

PROCEDURES = ["1.004194", "1.004222", "1.001193", "2.000815"]
MAX_OPERATIONS = 20_000


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    workspace = make_workspace(data_dir)
    for _ in range(MAX_OPERATIONS):
        with workspace.store.read() as session:
            open_codes = list(session.scalars(
                select(Dossier.code).where(Dossier.status.not_in([str(s) for s in FINISHED]))
                .order_by(Dossier.id.desc()).limit(20)))
        if not open_codes or rng.random() < 0.4:
            procedure = rng.choice(PROCEDURES)
            request = IntakeRequest(procedure, citizen(id_number=f"00109{rng.randrange(10**7):07d}"),
                                    payment=Payment(pages=2, copies=1, paid=True))
            print(f"R {receive_dossier(workspace, request, SUPERVISOR).code}", flush=True)
            continue
        code = rng.choice(open_codes)
        with workspace.store.read() as session:
            status = Status(session.scalar(select(Dossier.status).where(Dossier.code == code)))
        choices = [a.name for a in allowed_actions(status) if a.name != "extend_deadline"]
        action = rng.choice(choices)
        reason = "Lý do kiểm thử" if ACTIONS[action].needs_reason else ""
        apply_action(workspace, code, action, SUPERVISOR, reason=reason)
        print(f"A {code} {action}", flush=True)


if __name__ == "__main__":
    main()
