"""Flow: the server or the client dies in the middle of a push; nothing is lost or doubled."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter.db.models import OutboxMessage
from counter.workspace import Workspace
from sync.central.context import CentralContext, open_context
from sync.central.models import Message
from sync.central.settings import load_settings
from sync.client.config import load_config, save_config
from sync.errors import SyncError
from tests.sync.fixtures import StartServer
from tests.sync.processes import ROOT, ServerProcess
from tests.sync.proxy import AnswerDroppingProxy
from tests.sync.workstation import enrol_with, receive, set_up, sync

pytestmark = pytest.mark.slow
WAIT_LIMIT = 60


@pytest.fixture
def province(tmp_path: Path) -> Iterator[tuple[Path, CentralContext]]:
    data_dir = tmp_path / "province"
    context = open_context(load_settings(data_dir))
    yield data_dir, context
    context.close()


@pytest.fixture
def province_on(tmp_path: Path, database_url: str) -> Iterator[tuple[Path, CentralContext, str]]:
    """The province's server data on SQLite and on PostgreSQL (one run each)."""
    data_dir = tmp_path / "province"
    context = open_context(load_settings(data_dir, database_url=database_url))
    yield data_dir, context, database_url
    context.close()


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    yield data_dir, workspace
    workspace.close()


def _stored(context: CentralContext) -> int:
    return context.database.run(lambda s: s.scalar(select(func.count()).select_from(Message)))


def _outbox_states(workspace: Workspace) -> dict[str, int]:
    with workspace.store.read() as session:
        rows = session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
        ).all()
    return {state: count for state, count in rows}


def _wait_until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_LIMIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def test_server_killed_mid_push_then_restarted(
    province_on: tuple[Path, CentralContext, str], counter: tuple[Path, Workspace]
) -> None:
    province_dir, context, database_url = province_on
    counter_dir, workspace = counter
    server = ServerProcess(province_dir, database_url)
    try:
        enrol_with(workspace, counter_dir, context, server.url, push_batch_size=25)
        receive(workspace, 600)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                sync(workspace, counter_dir, attempts=2)
            except SyncError as error:
                failure.append(error)

        pusher = threading.Thread(target=run)
        pusher.start()
        _wait_until(lambda: _stored(context) >= 100, "the first batches to arrive")
        server.kill()
        pusher.join(timeout=WAIT_LIMIT)
        assert failure, "the push should have been cut"
        assert 100 <= _stored(context) < 600
        server = ServerProcess(province_dir, database_url, port=server.port)
        report = sync(workspace, counter_dir)
        assert report.waiting == 0
    finally:
        server.stop()
    assert _stored(context) == 600
    assert _outbox_states(workspace) == {"acknowledged": 600}


def test_client_process_killed_mid_push_resumes_without_duplicates(
    province: tuple[Path, CentralContext], counter: tuple[Path, Workspace]
) -> None:
    province_dir, context = province
    counter_dir, workspace = counter
    server = ServerProcess(province_dir)
    try:
        enrol_with(workspace, counter_dir, context, server.url, push_batch_size=10)
        receive(workspace, 600)
        client = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(counter_dir), "sync"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_until(lambda: _stored(context) >= 100 or client.poll() is not None, "pushes")
            client.kill()
        finally:
            client.wait(timeout=WAIT_LIMIT)
        assert client.returncode == -9, "the client finished before it could be killed"
        states = _outbox_states(workspace)
        assert states.get("acknowledged", 0) < 600
        report = sync(workspace, counter_dir)
        assert report.waiting == 0
    finally:
        server.stop()
    assert _stored(context) == 600
    assert _outbox_states(workspace) == {"acknowledged": 600}


def test_answers_lost_after_the_server_committed_do_not_double_anything(
    tmp_path: Path,
    sqlite_context: CentralContext,
    start_server: StartServer,
    counter: tuple[Path, Workspace],
) -> None:
    counter_dir, workspace = counter
    server = start_server(sqlite_context)
    proxy = AnswerDroppingProxy(server.port, drops=2)
    try:
        enrol_with(workspace, counter_dir, sqlite_context, server.url, push_batch_size=100)
        save_config(counter_dir, load_config(counter_dir).with_changes(server_url=proxy.url))
        receive(workspace, 300)
        report = sync(workspace, counter_dir, attempts=4)
    finally:
        proxy.close()
    assert report.push.acknowledged == 300 and report.waiting == 0
    assert proxy.requests_seen == 5
    assert _stored(sqlite_context) == 300
    assert _outbox_states(workspace) == {"acknowledged": 300}
