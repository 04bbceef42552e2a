"""Flow: a workstation works offline, then reconnects; everything arrives exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from counter.db.models import OutboxMessage
from counter.workspace import Workspace
from sync.central.context import CentralContext
from sync.central.models import Dossier, Message
from sync.client.state import dossier_sync_states, refused_messages
from sync.errors import ServerUnreachableError
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.workstation import enrol_with, receive, set_up, sync

pytestmark = pytest.mark.slow


@pytest.fixture
def counter_dir(tmp_path: Path) -> Path:
    return tmp_path / "counter"


@pytest.fixture
def workspace(counter_dir: Path) -> Iterator[Workspace]:
    workspace = set_up(counter_dir)
    yield workspace
    workspace.close()


def _server_count(context: CentralContext, model: type) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def test_a_thousand_offline_dossiers_arrive_once_after_reconnecting(
    workspace: Workspace,
    counter_dir: Path,
    central_context: CentralContext,
    start_server: StartServer,
) -> None:
    server = start_server(central_context)
    enrol_with(workspace, counter_dir, central_context, server.url)
    port = server.port
    server.stop()
    codes = receive(workspace, 1000)
    with pytest.raises(ServerUnreachableError):
        sync(workspace, counter_dir)
    states = dossier_sync_states(workspace.store, codes)
    assert {state.state for state in states.values()} == {"waiting"}
    start_server(central_context, port=port)
    report = sync(workspace, counter_dir)
    assert report.push.acknowledged == 1000 and report.waiting == 0
    assert _server_count(central_context, Message) == 1000
    assert _server_count(central_context, Dossier) == 1000
    states = dossier_sync_states(workspace.store, codes)
    assert {state.state for state in states.values()} == {"acknowledged"}
    again = sync(workspace, counter_dir)
    assert again.push.batches == 0
    assert _server_count(central_context, Message) == 1000


def test_a_conflicting_version_surfaces_on_the_dossier(
    workspace: Workspace,
    counter_dir: Path,
    sqlite_context: CentralContext,
    start_server: StartServer,
) -> None:
    server: LiveServer = start_server(sqlite_context)
    enrol_with(workspace, counter_dir, sqlite_context, server.url)
    [code] = receive(workspace, 1)
    sync(workspace, counter_dir)
    # The workstation is restored from a backup in which the same message had other content.
    with workspace.store.write() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.dossier_code == code)).one()
        row.payload = {**row.payload, "notes": "sửa sau khi đã gửi"}
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id == row.id).values(state="pending")
        )
    report = sync(workspace, counter_dir)
    assert report.push.conflicts == 1
    state = dossier_sync_states(workspace.store, [code])[code]
    assert state.state == "rejected" and state.label == "Bị từ chối"
    assert state.reason.startswith("Xung đột:") and "nội dung khác" in state.reason
    [refused] = refused_messages(workspace.store)
    assert (refused.dossier_code, refused.kind) == (code, "dossier.received")
