"""Sync starts by itself when the central server is reachable again: the probe and the
decision the app's timer uses, without Qt, against a real server on 127.0.0.1."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from sync.central.context import CentralContext
from sync.client.auto import Probe, probe_central, should_sync
from sync.client.config import load_config, save_config
from sync.client.state import refused_messages
from tests.sync.fixtures import StartServer
from tests.sync.workstation import enrol_with, receive, set_up, sync


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("probe", "was_online", "armed", "running", "expected"),
    [
        (Probe(True, 0), False, True, False, True),  # the server came back: offline work goes
        (Probe(True, 3), True, True, False, True),  # messages waiting while online
        (Probe(True, 3), None, True, False, True),  # first probe after login, work waiting
        (Probe(True, 0), True, True, False, False),  # online, nothing to send
        (Probe(True, 0), None, True, False, False),  # first probe, nothing to send
        (Probe(False, 5), True, True, False, False),  # unreachable: no attempt
        (Probe(None, 5), False, True, False, False),  # no central server configured
        (Probe(True, 5), False, False, False, False),  # nobody logged in
        (Probe(True, 5), False, True, True, False),  # a sync is already running
    ],
)
def test_the_decision_to_sync_by_itself(
    probe: Probe, was_online: bool | None, armed: bool, running: bool, expected: bool
) -> None:
    assert should_sync(probe, was_online=was_online, armed=armed, running=running) is expected


def test_offline_work_goes_out_when_the_probe_finds_the_server_back(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    try:
        assert probe_central(workspace) == Probe(None, 0)  # not configured yet
        server = start_server(sqlite_context)
        port = server.port
        enrol_with(workspace, data_dir, sqlite_context, server.url)
        server.stop()
        receive(workspace, 5)

        offline = probe_central(workspace, timeout=1.0)
        assert offline == Probe(False, 5)
        assert not should_sync(offline, was_online=True, armed=True, running=False)

        start_server(sqlite_context, port=port)
        back = probe_central(workspace, timeout=5.0)
        assert back == Probe(True, 5)
        assert should_sync(back, was_online=offline.online, armed=True, running=False)
        report = sync(workspace, data_dir)
        assert report.push.acknowledged == 5 and report.waiting == 0
        assert refused_messages(workspace.store) == []

        settled = probe_central(workspace, timeout=5.0)
        assert settled == Probe(True, 0)
        assert not should_sync(settled, was_online=True, armed=True, running=False)
    finally:
        workspace.close()


def test_a_configured_server_that_does_not_answer_is_offline(tmp_path: Path) -> None:
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    try:
        url = f"http://127.0.0.1:{closed_port()}"
        save_config(data_dir, load_config(data_dir).with_changes(server_url=url))
        receive(workspace, 2)
        assert probe_central(workspace, timeout=1.0) == Probe(False, 2)
    finally:
        workspace.close()
