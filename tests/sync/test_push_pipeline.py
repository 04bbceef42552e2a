"""The push takes the next batch while one is on the wire: order, answers and failures."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from counter.db.models import OutboxMessage
from counter.workspace import Workspace
from sync.central.context import CentralContext
from sync.central.models import Message
from sync.client.api import CentralApi
from sync.client.config import load_config
from sync.client.outbox import push_outbox
from sync.errors import SyncError
from sync.protocol import PushResponse
from sync.transport import Transport
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.helpers import fast_policy
from tests.sync.workstation import enrol_with, receive, set_up


class RecordingApi(CentralApi):
    """The real client; it notes each batch's ids and can stop the server before a push."""

    def __init__(self, transport: Transport, stop_before: int | None = None,
                 server: LiveServer | None = None) -> None:
        super().__init__(transport)
        self.sent: list[list[str]] = []
        self.stop_before, self.server = stop_before, server

    def push(self, messages: Sequence[dict[str, Any]]) -> PushResponse:  # type: ignore[override]
        if self.stop_before == len(self.sent) + 1 and self.server is not None:
            self.server.stop()
        self.sent.append([m["id"] for m in messages])
        return super().push(messages)


def _transport(data_dir: Path) -> Transport:
    settings = load_config(data_dir).transport_settings()
    settings.policy = fast_policy(1)
    return Transport(settings)


def _states(workspace: Workspace) -> dict[str, tuple[str, str]]:
    with workspace.store.read() as session:
        found = session.execute(select(OutboxMessage.message_id, OutboxMessage.state,
                                       OutboxMessage.last_error).order_by(OutboxMessage.id))
        return {row[0]: (row[1], row[2]) for row in found}


@dataclass
class Station:
    data_dir: Path
    workspace: Workspace
    server: LiveServer


@pytest.fixture
def station(
    tmp_path: Path, central_context: CentralContext, start_server: StartServer
) -> Iterator[Station]:
    """A workstation enrolled with a live central server."""
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    server = start_server(central_context)
    enrol_with(workspace, data_dir, central_context, server.url)
    yield Station(data_dir, workspace, server)
    workspace.close()


def _held(context: CentralContext) -> list[str]:
    return sorted(context.database.run(lambda s: s.scalars(select(Message.id)).all()))


def test_every_batch_goes_once_in_order_and_every_answer_is_recorded(
    station: Station, central_context: CentralContext
) -> None:
    data_dir, workspace = station.data_dir, station.workspace
    receive(workspace, 11)
    order = list(_states(workspace))
    transport = _transport(data_dir)
    with transport:
        api = RecordingApi(transport)
        report = push_outbox(workspace.store, api, batch_size=4)
    assert [m for batch in api.sent for m in batch] == order  # each once, oldest first
    assert [len(batch) for batch in api.sent] == [4, 4, 3]
    assert (report.acknowledged, report.batches) == (11, 3)
    assert {state for state, _ in _states(workspace).values()} == {"acknowledged"}
    assert _held(central_context) == sorted(order)


def test_a_failed_batch_and_the_one_taken_behind_it_are_sent_again_later(
    station: Station, central_context: CentralContext, start_server: StartServer
) -> None:
    data_dir, workspace, server = station.data_dir, station.workspace, station.server
    receive(workspace, 10)
    order = list(_states(workspace))
    transport = _transport(data_dir)
    with transport, pytest.raises(SyncError):
        push_outbox(workspace.store, RecordingApi(transport, stop_before=2, server=server),
                    batch_size=3)
    states = _states(workspace)
    assert [states[m][0] for m in order[:3]] == ["acknowledged"] * 3
    assert all(states[m][0] == "sent" and states[m][1] for m in order[3:6])  # why, on each
    assert all(states[m] == ("sent", "") for m in order[6:9])  # taken, never on the wire
    assert states[order[9]][0] == "pending"

    again = start_server(central_context)
    transport = _transport(data_dir)
    with transport:
        transport.settings.base_url = again.url
        api = RecordingApi(transport)
        report = push_outbox(workspace.store, api, batch_size=3)
    assert [m for batch in api.sent for m in batch] == order[3:]
    assert report.acknowledged == 7
    assert _held(central_context) == sorted(order)  # nothing twice, nothing lost
