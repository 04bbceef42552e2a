"""Benchmark of sync. Prints figures; asserts nothing.

    python -m tests.bench.bench_sync [--dossiers 10000] [--batches 200,5,1] [--small 200]
                                     [--stations 50] [--per-station 200] [--no-postgres]

1. One workstation pushes N dossiers from its real outbox (the core's database)
   to a central server process on loopback, SQLite then PostgreSQL: dossiers per
   second end to end (read outbox, HTTP, server commit, acknowledgement written
   back) and request bytes per dossier. Batches smaller than 200 per request push
   only ``--small`` dossiers. Beside each figure, the floor measured in the same run:
   the same request bodies posted by the same transport to a trivial uvicorn endpoint
   (tests/bench/floor_server.py) that only parses them, with TCP_NODELAY, measured just
   before and just after the app's push (the mean of the two); and the ratio.
2. A 1-message push round trip (loopback, a message the server has not seen): median and
   95th percentile of ``CentralApi.push`` with one message, beside the same for the floor.
   The batch-of-1 line of part 1 adds the workstation's own database work (outbox read,
   acknowledgement written) to this.
   In the SQLite run, the workstation side alone: the app's own push of the
   same outbox to that trivial endpoint, i.e. the share of the app's time no server can remove.
   The server alone: a push of 200 taken in by the server's own function, in its process and
   without HTTP, beside the floor's whole round trip for the same body.
3. Many workstations push at once to two server processes on one PostgreSQL (skipped with
   ``--stations 0``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import OutboxMessage
from counter.outbox import messages_between
from counter.workspace import Workspace
from sync.central.context import CentralContext, open_context
from sync.central.models import Message
from sync.central.services import workstations
from sync.central.services.common import utc_now
from sync.central.services.ingest import ingest_messages
from sync.central.services.reviews import ReviewLimits
from sync.central.settings import load_settings
from sync.client.api import CentralApi
from sync.client.outbox import as_protocol_message, push_outbox
from sync.protocol import PushResult
from sync.transport import Transport, TransportSettings, json_bytes
from tests.bench.synthetic import random_name
from tests.sync.helpers import dossier_code, enrol_workstation, received_message
from tests.sync.postgres import PostgresCluster, postgres_bin_dir
from tests.sync.processes import ServerProcess
from tests.sync.workstation import enrol_with, receive, set_up


def fill_outbox(workspace: Workspace, count: int, seed: int = 11) -> None:
    """``count`` dossier.received messages shaped like the core's (from one real snapshot),
    each with its own applicant, ID number, phone and times, so compression is not flattered."""
    rng = random.Random(seed)
    [code] = receive(workspace, 1)
    with workspace.store.write() as session:
        model = session.scalars(select(OutboxMessage)).one()
        template, agency = model.payload, code.rsplit("-", 2)[0]
        now = clock.now()
        rows = []
        for n in range(count):
            day = now + timedelta(days=1 + n // 9000)
            number_code = f"{agency}-{day:%y%m%d}-{n % 9000 + 1:04d}"
            received = day.replace(hour=8) + timedelta(seconds=rng.randrange(8 * 3600))
            applicant = {
                **template["applicant"],
                "full_name": random_name(rng),
                "id_number": f"0{rng.randrange(10**10, 10**11)}",
                "phone": f"09{rng.randrange(10**7, 10**8)}",
                "address": f"Thôn {rng.randrange(1, 30)}, xã Tân Phú, tỉnh Đồng Nai",
            }
            payload = {
                **template,
                "code": number_code,
                "applicant": applicant,
                "received_at": received.isoformat(),
                "clock_started_at": received.isoformat(),
                "due_at": (received + timedelta(days=rng.randrange(1, 8))).isoformat(),
                "book": {"volume": "1", "number": n + 2},
            }
            rows.append(
                {
                    "message_id": str(uuid.uuid4()),
                    "kind": "dossier.received",
                    "dossier_code": number_code,
                    "payload": payload,
                    "created_at": received,
                    "state": "pending",
                }
            )
        session.execute(insert(OutboxMessage), rows)


def request_bytes(workspace: Workspace, batch: int) -> tuple[float, float]:
    """Bytes per dossier of a push body: compact JSON, and gzipped as the transport sends it."""
    [first] = outbox_bodies(workspace, batch)[:1]
    body = json_bytes({"messages": first})
    return len(body) / len(first), len(gzip.compress(body, compresslevel=5)) / len(first)


class FloorServer:
    """tests/bench/floor_server.py in its own process, as the central server runs in its own."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.floor_server"],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        self.url = line.strip().rsplit(" ", 1)[-1]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=15)


def outbox_bodies(workspace: Workspace, batch: int) -> list[list[dict[str, Any]]]:
    """The waiting messages in their wire form, oldest first, ``batch`` to a body."""
    rows = [as_protocol_message(entry) for entry in messages_between(workspace.store)]
    return [rows[i : i + batch] for i in range(0, len(rows), batch)]


def floor_rate(bodies: list[list[dict[str, Any]]]) -> float:
    """Dossiers per second when the same bodies go to the trivial endpoint."""
    server = FloorServer()
    try:
        with Transport(TransportSettings(base_url=server.url, token="floor")) as transport:
            api = CentralApi(transport)
            start = time.perf_counter()
            for body in bodies:
                api.push(body)
            elapsed = time.perf_counter() - start
    finally:
        server.stop()
    return sum(len(b) for b in bodies) / elapsed


@contextmanager
def enrolled_station(
    name: str, database_url: str | None, root: Path
) -> Iterator[tuple[CentralContext, ServerProcess, Workspace, Path]]:
    """A central server process on its own province data and a workstation enrolled with it:
    (context, server, workspace, the workstation's data folder); all closed afterwards."""
    province = root / f"province-{name}"
    context = open_context(load_settings(province, database_url=database_url))
    server = ServerProcess(province, database_url)
    counter_dir = root / f"counter-{name}"
    workspace = set_up(counter_dir)
    try:
        enrol_with(workspace, counter_dir, context, server.url)
        yield context, server, workspace, counter_dir
    finally:
        workspace.close()
        server.stop()
        context.close()


def bench_one_station(
    label: str, dossiers: int, database_url: str | None, root: Path, batch: int = 200
) -> None:
    label = f"{label}, {batch} per request"
    with enrolled_station(label, database_url, root) as (context, server, workspace, counter_dir):
        fill_outbox(workspace, dossiers)
        plain, packed = request_bytes(workspace, batch)
        bodies = outbox_bodies(workspace, batch)
        floor_before = floor_rate(bodies)
        alone = workstation_side_rate(workspace, batch) if label.startswith("sqlite") else None
        with Transport(
            TransportSettings(base_url=server.url, token=_token(counter_dir))
        ) as transport:
            start = time.perf_counter()
            report = push_outbox(workspace.store, CentralApi(transport), batch_size=batch)
            elapsed = time.perf_counter() - start
        floor = (floor_before + floor_rate(bodies)) / 2  # measured before and after the app
        stored = context.database.run(lambda s: s.scalar(select(func.count()).select_from(Message)))
        rate = report.acknowledged / elapsed
        print(
            f"[{label}] {report.acknowledged} messages acknowledged in {elapsed:.1f} s: "
            f"{rate:.0f} dossiers/s; floor (trivial endpoint, same bodies) {floor:.0f} "
            f"dossiers/s; ratio {rate / floor:.2f}; request bytes per dossier: "
            f"{packed:.0f} gzipped ({plain:.0f} as JSON); server holds {stored}"
        )
        if alone is not None:
            print(
                f"[{label}, workstation side alone] the app's push of the same outbox to the "
                f"trivial endpoint: {alone:.0f} dossiers/s; ratio to the floor {alone / floor:.2f}"
            )


def workstation_side_rate(workspace: Workspace, batch: int) -> float:
    """Dossiers per second when the app's own push (outbox read, batches marked sent, answers
    recorded, each batch one synced commit) talks to the trivial endpoint: the workstation's
    share of the app's figure, with no server work at all. The outbox is put back as it was."""
    server = FloorServer()
    try:
        with Transport(TransportSettings(base_url=server.url, token="floor")) as transport:
            start = time.perf_counter()
            report = push_outbox(workspace.store, CentralApi(transport), batch_size=batch)
            elapsed = time.perf_counter() - start
    finally:
        server.stop()
    with workspace.store.write() as session:
        session.execute(
            update(OutboxMessage).values(state="pending", attempts=0, sent_at=None,
                                         acknowledged_at=None)
        )
    return report.acknowledged / elapsed


def bench_server_alone(label: str, database_url: str | None, root: Path,
                       dossiers: int = 2000) -> None:
    """The server's own work on a push of 200, in its process and without HTTP: the messages
    checked, authorised, stored with their dossiers and committed (``ingest_messages`` as the
    push endpoint calls it), beside the floor's whole round trip for the same bodies."""
    with enrolled_station(f"{label}-alone", database_url, root) as (context, _, workspace,
                                                                      counter_dir):
        fill_outbox(workspace, dossiers)
        bodies = outbox_bodies(workspace, 200)
        floor_batch = 200 / floor_rate(bodies)
        parsed = [json.loads(json_bytes(body)) for body in bodies]  # as the server reads them
        caller = context.database.run(
            lambda s: workstations.authenticate(s, f"Bearer {_token(counter_dir)}"))
        limits = ReviewLimits.of(context.settings)
        def take_in(session: Session, body: list[dict[str, Any]]) -> list[PushResult]:
            return ingest_messages(session, caller, body, source="push", received_at=utc_now(),
                                   limits=limits, check_key=context.check_key)

        times = []
        for body in parsed:
            start = time.perf_counter()
            results = context.database.run(partial(take_in, body=body))
            times.append(time.perf_counter() - start)
            assert all(r.result == "accepted" for r in results), results[0]
        median = statistics.median(times[1:]) * 1000
        print(
            f"[{label}, server alone] a push of 200 taken in, in process, without HTTP (checks, "
            f"authorisation, message and dossier rows, commit): median {median:.1f} ms; the "
            f"floor's whole round trip of the same body: {floor_batch * 1000:.1f} ms"
        )


def round_trips(url: str, token: str, bodies: list[list[dict[str, Any]]]) -> list[float]:
    """Seconds per push of each single-message body, in order."""
    times = []
    with Transport(TransportSettings(base_url=url, token=token)) as transport:
        api = CentralApi(transport)
        api.transport.request("GET", "/v1/time")  # the connection is open before timing
        for body in bodies:
            start = time.perf_counter()
            api.push(body)
            times.append(time.perf_counter() - start)
    return times


def bench_round_trip(label: str, database_url: str | None, root: Path, count: int = 60) -> None:
    with enrolled_station(f"{label}-round-trip", database_url, root) as (_, server, workspace,
                                                                           counter_dir):
        fill_outbox(workspace, 2 * count)
        bodies = outbox_bodies(workspace, 1)
        floor_server = FloorServer()
        try:  # app and floor in alternation, a fresh message each time for the app
            app: list[float] = []
            floor: list[float] = []
            for start in range(0, 2 * count, 10):
                part = bodies[start : start + 10]
                app += round_trips(server.url, _token(counter_dir), part)
                floor += round_trips(floor_server.url, "floor", part)
        finally:
            floor_server.stop()
        ordered, floor_ordered = sorted(app), sorted(floor)
        p95 = int(len(ordered) * 0.95) - 1
        print(
            f"[{label}, 1-message push round trip] median {statistics.median(ordered) * 1000:.1f}"
            f" ms, p95 {ordered[p95] * 1000:.1f} ms; floor (trivial endpoint, same bodies) median"
            f" {statistics.median(floor_ordered) * 1000:.1f} ms, p95 "
            f"{floor_ordered[p95] * 1000:.1f} ms; ratio (floor/app, medians) "
            f"{statistics.median(floor_ordered) / statistics.median(ordered):.2f}"
        )


def _token(counter_dir: Path) -> str:
    from sync.client.config import load_config

    return str(load_config(counter_dir).token)


def bench_many_stations(stations: int, per_station: int, database_url: str, root: Path) -> None:
    province = root / "province-many"
    context = open_context(load_settings(province, database_url=database_url))
    servers = [ServerProcess(province, database_url) for _ in range(2)]
    try:
        agencies = [f"000.00.{n:02d}.H42" for n in range(stations)]  # a commune each
        enrolled = [
            enrol_workstation(context, servers[0].url, agency=agency, name="Quầy 1")
            for agency in agencies
        ]
        batches: list[list[list[dict[str, Any]]]] = []
        for n, station in enumerate(enrolled):
            messages = [
                received_message(
                    dossier_code(k + 1, day=f"2609{n % 28 + 1:02d}", agency=agencies[n]),
                    station.workstation_id,
                )
                for k in range(per_station)
            ]
            batches.append([messages[i : i + 100] for i in range(0, per_station, 100)])
        latencies: list[float] = []
        durations: list[float] = []
        accepted: list[int] = []
        lock = threading.Lock()

        def run(index: int) -> None:
            api = CentralApi(
                Transport(
                    TransportSettings(base_url=servers[index % 2].url, token=enrolled[index].token)
                )
            )
            begun = time.perf_counter()
            for batch in batches[index]:
                sent = time.perf_counter()
                answer = api.push(batch)
                with lock:
                    latencies.append(time.perf_counter() - sent)
                    accepted.append(sum(r.result == "accepted" for r in answer.results))
            with lock:
                durations.append(time.perf_counter() - begun)
            api.transport.close()

        threads = [threading.Thread(target=run, args=(i,)) for i in range(stations)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=600)
        elapsed = time.perf_counter() - start
        total = stations * per_station
        stored = context.database.run(lambda s: s.scalar(select(func.count()).select_from(Message)))
        ordered = sorted(latencies)
        print(
            f"[postgres, {stations} workstations at once, 2 server processes] {total} dossiers in "
            f"{elapsed:.1f} s: {total / elapsed:.0f} dossiers/s overall, "
            f"{statistics.mean(per_station / d for d in durations):.0f} dossiers/s per "
            f"workstation; push of 100: median {statistics.median(ordered) * 1000:.0f} ms, "
            f"p95 {ordered[int(len(ordered) * 0.95) - 1] * 1000:.0f} ms; accepted {sum(accepted)}, "
            f"server holds {stored}"
        )
    finally:
        for server in servers:
            server.stop()
        context.close()


@contextmanager
def postgres_database() -> Iterator[str | None]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        print("PostgreSQL binaries not found: PostgreSQL figures skipped")
        yield None
        return
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        with cluster.fresh_database() as url:
            yield url
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--batches", default="200,5,1", help="messages per request")
    parser.add_argument("--small", type=int, default=200,
                        help="dossiers pushed with batches under 200")
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--per-station", type=int, default=200)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as temporary:
        root = Path(temporary)
        batches = [int(b) for b in args.batches.split(",")]

        def count(batch: int) -> int:
            return args.dossiers if batch >= 200 else min(args.dossiers, args.small)

        for batch in batches:
            bench_one_station("sqlite", count(batch), None, root, batch)
        bench_round_trip("sqlite", None, root)
        bench_server_alone("sqlite", None, root)
        if args.no_postgres:
            return
        for batch in batches:  # a fresh database each: the same dossier codes are pushed again
            with postgres_database() as url:
                if url is None:
                    return
                bench_one_station("postgres", count(batch), url, root, batch)
        with postgres_database() as url:
            if url is not None:
                bench_round_trip("postgres", url, root)
        with postgres_database() as url:
            if url is not None:
                bench_server_alone("postgres", url, root)
        if args.stations <= 0:
            return
        with postgres_database() as url:
            if url is not None:
                bench_many_stations(args.stations, args.per_station, url, root)


if __name__ == "__main__":
    main()
