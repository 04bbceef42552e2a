"""Disk-full and read-only scenarios, run by tests inside a private mount namespace.

``python -m tests.core.fault_scenarios disk-full DIR`` fills a small filesystem mounted at
DIR while receiving dossiers with scans; ``prepare DIR`` / ``read-only DIR`` / ``verify DIR``
check a data folder that becomes read-only. Each prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from sqlalchemy import func, select

from counter.db.models import Dossier
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.errors import CounterError, StorageError
from counter.workspace import Workspace
from tests.core.conftest import OFFICER, citizen, make_workspace


def _count(workspace: Workspace) -> int:
    with workspace.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Dossier)) or 0)


def _integrity(workspace: Workspace) -> str:
    with workspace.store.read() as session:
        return str(session.connection().exec_driver_sql("PRAGMA integrity_check").scalar())


def disk_full(root: Path) -> dict[str, object]:
    workspace = make_workspace(root / "data")
    filler = root / "filler"
    free = os.statvfs(root).f_bavail * os.statvfs(root).f_frsize
    filler.write_bytes(b"\0" * max(0, free - 400_000))
    committed, message = [], ""
    for n in range(200):
        try:
            workspace.files.put(os.urandom(40_000))
            committed.append(receive_dossier(
                workspace, IntakeRequest("1.004194", citizen(id_number=f"0010900{n:05d}")),
                OFFICER).code)
        except CounterError as error:
            message = error.message
            break
    before = _count(workspace)
    filler.unlink()
    after_space = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    result = {"committed": len(committed), "stored_when_full": before, "message": message,
              "integrity": _integrity(workspace), "after_space": after_space,
              "total": _count(workspace)}
    workspace.close()
    return result


def prepare(root: Path) -> dict[str, object]:
    workspace = make_workspace(root)
    codes = [receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
             for _ in range(3)]
    workspace.close()
    return {"codes": codes}


def read_only(root: Path) -> dict[str, object]:
    try:
        workspace = Workspace(root)
    except StorageError as error:
        return {"stage": "open", "message": error.message}
    try:
        receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER)
    except StorageError as error:
        return {"stage": "receive", "message": error.message}
    finally:
        workspace.close()
    return {"stage": "none", "message": ""}


def verify(root: Path) -> dict[str, object]:
    workspace = Workspace(root)
    with workspace.store.read() as session:
        codes = sorted(session.scalars(select(Dossier.code)))
    result = {"codes": codes, "integrity": _integrity(workspace)}
    workspace.close()
    return result


if __name__ == "__main__":
    scenario, folder = sys.argv[1], Path(sys.argv[2])
    actions = {"disk-full": disk_full, "prepare": prepare, "read-only": read_only,
               "verify": verify}
    print(json.dumps(actions[scenario](folder), ensure_ascii=False))
