"""Sync starts by itself when the central server is reachable again."""

from __future__ import annotations

import threading
from pathlib import Path

from counter.errors import CounterError
from sync.central.context import CentralContext
from sync.client.auto import AutoSync
from sync.client.connectivity import NullConnectivityWatcher, PollingConnectivityWatcher
from sync.client.runner import SyncReport
from sync.client.state import refused_messages
from sync.errors import ServerUnreachableError
from tests.sync.fixtures import StartServer
from tests.sync.workstation import enrol_with, receive, set_up, sync


def test_reconnecting_triggers_a_sync_that_sends_the_offline_work(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    server = start_server(sqlite_context)
    port = server.port
    enrol_with(workspace, data_dir, sqlite_context, server.url)
    server.stop()
    receive(workspace, 5)
    reports: list[SyncReport] = []
    errors: list[CounterError] = []
    done = threading.Event()

    def got(report: SyncReport) -> None:
        reports.append(report)
        done.set()

    watcher = PollingConnectivityWatcher(f"http://127.0.0.1:{port}", interval=0.05, timeout=1)
    auto = AutoSync(
        workspace,
        data_dir,
        watcher,
        on_report=got,
        on_error=errors.append,
        run=lambda ws, directory: sync(ws, directory),
    )
    auto.start()
    try:
        assert not done.wait(0.3)
        start_server(sqlite_context, port=port)
        assert done.wait(20)
        assert errors == []
        push = reports[0].push
        assert (push.acknowledged, push.rejected, push.conflicts, reports[0].waiting) == (
            5, 0, 0, 0)
        assert refused_messages(workspace.store) == []
    finally:
        auto.stop()
        workspace.close()


def test_sync_now_runs_on_request_and_reports_errors(
    tmp_path: Path, sqlite_context: CentralContext, start_server: StartServer
) -> None:
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    server = start_server(sqlite_context)
    enrol_with(workspace, data_dir, sqlite_context, server.url)
    server.stop()
    failed = threading.Event()
    errors: list[CounterError] = []

    def error(problem: CounterError) -> None:
        errors.append(problem)
        failed.set()

    auto = AutoSync(
        workspace,
        data_dir,
        NullConnectivityWatcher(),
        on_report=lambda _r: None,
        on_error=error,
        run=lambda ws, directory: sync(ws, directory, attempts=2),
    )
    auto.start()
    try:
        auto.request()
        assert failed.wait(20)
        assert isinstance(errors[0], ServerUnreachableError)
        assert errors[0].message == (
            "Không kết nối được máy chủ trung tâm sau 2 lần thử. "
            "Dữ liệu vẫn được giữ trên máy và sẽ được gửi lại khi có mạng.")
    finally:
        auto.stop()
        workspace.close()
