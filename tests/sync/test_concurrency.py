"""Several server processes on one PostgreSQL: overlapping pushes and concurrent leasing."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sync.central.context import CentralContext, open_context
from sync.central.models import Dossier, Message
from sync.central.settings import load_settings
from tests.sync.helpers import (
    api_for,
    dossier_code,
    enrol_workstation,
    event_message,
    received_message,
)
from tests.sync.processes import ServerProcess

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def two_servers(
    tmp_path: Path, postgres_url: str
) -> Iterator[tuple[CentralContext, list[ServerProcess]]]:
    data_dir = tmp_path / "province"
    context = open_context(load_settings(data_dir, database_url=postgres_url))
    servers: list[ServerProcess] = []
    try:
        servers.append(ServerProcess(data_dir, postgres_url))
        servers.append(ServerProcess(data_dir, postgres_url))
        yield context, servers
    finally:
        for server in servers:
            server.stop()
        context.close()


def test_overlapping_pushes_through_two_processes_store_each_message_once(
    two_servers: tuple[CentralContext, list[ServerProcess]],
) -> None:
    context, servers = two_servers
    station = enrol_workstation(context, servers[0].url)
    messages = []
    for n in range(1, 301):
        messages.append(received_message(dossier_code(n), station.workstation_id, minute=n))
        messages.append(event_message(dossier_code(n), "received", "processing", minute=n + 1))
    forward = [messages[i : i + 100] for i in range(0, 400, 100)]
    backward = [messages[i : i + 100] for i in range(500, 100, -100)]
    jobs = list(itertools.chain.from_iterable(zip(forward, backward, strict=True)))

    def push(job_and_server: tuple[list[dict], str]) -> list[str]:
        batch, url = job_and_server
        return [r.result for r in api_for(url, station.token).push(batch).results]

    urls = [servers[i % 2].url for i in range(len(jobs))]
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = Counter(
            itertools.chain.from_iterable(pool.map(push, zip(jobs, urls, strict=True)))
        )
    assert set(outcomes) <= {"accepted", "duplicate"}
    assert outcomes["accepted"] == 600
    stored = context.database.run(lambda s: s.scalar(select(func.count()).select_from(Message)))
    statuses = context.database.run(lambda s: Counter(s.scalars(select(Dossier.status))))
    assert stored == 600
    assert statuses == {"processing": 300}


def test_concurrent_leasing_through_two_processes_never_overlaps(
    two_servers: tuple[CentralContext, list[ServerProcess]],
) -> None:
    context, servers = two_servers
    stations = [enrol_workstation(context, servers[0].url, name=f"Quầy {n}") for n in range(6)]

    def lease(index: int) -> list[tuple[int, int]]:
        station = stations[index % len(stations)]
        api = api_for(servers[index % 2].url, station.token)
        return [(b.first, b.last) for b in (api.lease_code_block(20) for _ in range(8))]

    with ThreadPoolExecutor(max_workers=6) as pool:
        blocks = sorted(itertools.chain.from_iterable(pool.map(lease, range(12))))
    assert len(blocks) == 96
    for (_, last), (first, _) in itertools.pairwise(blocks):
        assert first > last, f"overlapping blocks: {blocks}"
