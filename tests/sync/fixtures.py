"""Fixtures for the sync and security tests: a real PostgreSQL, a real uvicorn server on
loopback, and enrolled workstations (loaded for every test directory by tests/conftest.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sync.central.context import CentralContext, open_context
from sync.central.server import TlsFiles, bind_socket, make_server
from sync.central.settings import load_settings
from tests.environment import missing
from tests.sync.postgres import PostgresCluster, postgres_bin_dir

SERVER_START_TIMEOUT = 20


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        missing("PostgreSQL", "no binaries under /usr/lib/postgresql (install 'postgresql')")
    cluster = PostgresCluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    with postgres_cluster.fresh_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs against SQLite and against a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def central_context(tmp_path: Path, database_url: str) -> Iterator[CentralContext]:
    context = open_context(load_settings(tmp_path / "central-data", database_url=database_url))
    try:
        yield context
    finally:
        context.close()


class LiveServer:
    """A uvicorn server in a thread, on a socket bound to 127.0.0.1:0."""

    def __init__(self, context: CentralContext, tls: TlsFiles | None = None, port: int = 0) -> None:
        self.context = context
        self.sock = bind_socket("127.0.0.1", port)
        self.port = self.sock.getsockname()[1]
        self.scheme = "https" if tls else "http"
        self.server = make_server(context, tls=tls)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.should_exit = True
            self.thread.join(timeout=15)
        self.sock.close()


StartServer = Callable[..., LiveServer]


@pytest.fixture
def start_server() -> Iterator[StartServer]:
    servers: list[LiveServer] = []

    def start(context: CentralContext, tls: TlsFiles | None = None, port: int = 0) -> LiveServer:
        server = LiveServer(context, tls, port).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def live_server(
    central_context: CentralContext, start_server: Callable[..., LiveServer]
) -> LiveServer:
    return start_server(central_context)


@pytest.fixture
def sqlite_context(tmp_path: Path) -> Iterator[CentralContext]:
    """A central server on SQLite only, for tests about the transport rather than the database."""
    context = open_context(load_settings(tmp_path / "central-sqlite"))
    try:
        yield context
    finally:
        context.close()
