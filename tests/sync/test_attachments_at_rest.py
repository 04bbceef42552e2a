"""The workstation's files are encrypted at rest; the server must get the clear scan (and
keeps it encrypted at rest in its turn)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from counter.attachments import add_attachment
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from sync.central.context import CentralContext
from sync.client.attachments import upload_new_attachments
from sync.client.cursors import CursorStore
from tests.core.conftest import OFFICER, citizen, make_workspace
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import enrol_workstation


def test_new_attachments_reach_the_server_in_clear_under_their_hash(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    server: LiveServer = start_server(sqlite_context)
    station = enrol_workstation(sqlite_context, server.url, agency="000.00.12.H42")
    workspace = make_workspace(tmp_path / "station")
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    scan = b"%PDF-1.4 scanned residence proof " * 2000
    view = add_attachment(workspace, code, "giay-to-cho-o.pdf", scan, OFFICER)
    assert workspace.files.path_of(view.sha256).read_bytes() != scan  # encrypted on disk
    cursors = CursorStore(workspace.store)
    assert upload_new_attachments(workspace, station.api, cursors) == 1
    stored = sqlite_context.attachments.read(view.sha256)
    assert stored == scan
    assert hashlib.sha256(stored).hexdigest() == view.sha256
    assert scan[:64] not in sqlite_context.attachments.stored_path(view.sha256).read_bytes()
    assert upload_new_attachments(workspace, station.api, cursors) == 0
    workspace.close()
