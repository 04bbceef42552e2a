"""Receives dossiers in a loop and prints each code as soon as it is committed.

Run as a separate process by the tests: ``python -m tests.core.intake_worker DIR COUNT
[SLOT SLOTS]``; sets up the workstation first when the directory is new.
"""

from __future__ import annotations

import sys
from pathlib import Path

from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from tests.core.conftest import OFFICER, citizen, make_workspace


def main() -> None:
    data_dir = Path(sys.argv[1])
    count = int(sys.argv[2])
    slot, slots = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1, 1)
    workspace = make_workspace(data_dir, slot, slots)
    request = IntakeRequest(procedure_code="1.004194", applicant=citizen())
    for _ in range(count):
        view = receive_dossier(workspace, request, OFFICER)
        print(view.code, flush=True)
    workspace.close()


if __name__ == "__main__":
    main()
