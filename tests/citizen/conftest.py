"""A workstation enrolled with a real central server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.central.context import CentralContext
from tests.citizen.browser import browser  # noqa: F401  (the headless Chromium fixture)
from tests.citizen.helpers import Counter
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.workstation import enrol_with, set_up


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[Counter]:
    data_dir = tmp_path / "counter"
    workspace = set_up(data_dir)
    yield Counter(workspace, data_dir)
    workspace.close()


@pytest.fixture
def server(central_context: CentralContext, start_server: StartServer) -> LiveServer:
    return start_server(central_context)


@pytest.fixture
def enrolled(counter: Counter, server: LiveServer) -> Counter:
    enrol_with(counter.workspace, counter.data_dir, server.context, server.url)
    return counter


from tests.citizen.receivers import gateway, smtp_server, tls_smtp_server  # noqa: E402, F401
