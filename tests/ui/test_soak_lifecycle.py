"""Soak: the main window, its sync controller and the task runner made and torn down many
times in one process, each time with work in flight and a sync against a real central
server on 127.0.0.1 (every other time against a loopback port nothing listens on).

Before the task runner's fix, Qt objects made per task were deleted later while Python's
garbage collector freed their runner: the process died in a segmentation fault."""

from __future__ import annotations

import gc
import socket
import threading
from pathlib import Path

from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.people import Applicant
from counter.workspace import Workspace
from sync.central.context import CentralContext
from sync.client.config import load_config, save_config
from sync.client.outbox import count_waiting
from tests.sync.fixtures import StartServer, sqlite_context, start_server  # noqa: F401
from tests.sync.helpers import fast_policy
from tests.sync.workstation import enrol_with
from tests.ui.conftest import OFFICER, make_context
from ui.main_window import MainWindow
from ui.qt import QApplication, QEvent
from ui.syncing.controller import SyncController
from ui.tasks import TaskRunner

CYCLES = 30
TASKS_PER_CYCLE = 4
REQUEST = IntakeRequest(
    procedure_code="1.004194",
    applicant=Applicant(full_name="Nguyễn Văn An", id_number="001090123456", sex="Nam",
                        address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai", phone="0912345678"),
)


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def alive(kind: type) -> int:
    return sum(1 for item in gc.get_objects() if isinstance(item, kind))


def flush_deletions(app: QApplication) -> None:
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def one_cycle(app: QApplication, data_dir: Path, live: bool) -> tuple[str, int]:
    """Open the app's window, leave work in flight, start a sync, close; the sync's outcome
    line and the dossiers it found waiting."""
    context = make_context(data_dir)
    window = MainWindow(context)
    window.show()
    window.sync.policy = fast_policy(1)
    workspace, received, waiting = context.workspace, [], []
    for _ in range(TASKS_PER_CYCLE):
        context.tasks.run_change(lambda: receive_dossier(workspace, REQUEST, OFFICER),
                                 received.append)
        context.tasks.run_query(lambda: count_waiting(workspace.store), waiting.append)
    assert window.sync.sync_now()
    window.close()  # settles the work in flight while the window can still show it
    window.deleteLater()
    assert context.tasks.shutdown(20_000)
    outcome = window.status.outcome.text() if live else context.errors.last_message
    assert len(received) == TASKS_PER_CYCLE and len(waiting) == TASKS_PER_CYCLE
    if context.errors.dialog is not None:
        context.errors.dialog.close()
    context.card.close()
    context.workspace.close()
    del window, context
    flush_deletions(app)
    return outcome, max(waiting)


def test_windows_syncs_and_runners_come_and_go_without_a_crash_or_a_leftover(  # type: ignore[no-untyped-def]
    qapp, ready_dir: Path, sqlite_context: CentralContext,  # noqa: F811
    start_server: StartServer,  # noqa: F811
) -> None:
    server = start_server(sqlite_context)
    with Workspace(ready_dir) as workspace:
        enrol_with(workspace, ready_dir, sqlite_context, server.url)
    live_url, dead_url = server.url, f"http://127.0.0.1:{closed_port()}"
    flush_deletions(qapp)
    threads_before = threading.active_count()
    runners_before, windows_before = alive(TaskRunner), alive(MainWindow)

    for cycle in range(CYCLES):
        live = cycle % 2 == 0
        save_config(ready_dir, load_config(ready_dir).with_changes(
            server_url=live_url if live else dead_url))
        outcome, _waiting = one_cycle(qapp, ready_dir, live)
        if live:
            assert outcome.startswith("Đồng bộ lúc"), outcome
        else:
            assert "Không kết nối được máy chủ trung tâm" in outcome, outcome

    flush_deletions(qapp)
    assert alive(MainWindow) == windows_before
    assert alive(SyncController) == 0
    assert alive(TaskRunner) == runners_before
    assert threading.active_count() <= threads_before  # every runner's workers ended
    with Workspace(ready_dir) as workspace:  # the last live sync sent all but the last cycle's
        assert count_waiting(workspace.store) == TASKS_PER_CYCLE
