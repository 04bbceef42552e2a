"""Benchmark of reports. Prints figures; asserts nothing.

    python -m tests.bench.bench_reports [--dossiers 15000] [--province-dossiers 1000000]
                                        [--communes 3321] [--no-postgres] [--quick]

1. A year of one commune on a workstation (SQLCipher database): the period report of
   the year (its figures and the year before, by procedure, field and channel) beside the
   floor measured in the same run: one raw SQL count over the same rows (the dossiers
   received before the year's end and not finished before its start), and the ratio.
2. The province's overview page on PostgreSQL with generated dossiers spread evenly over
   ``--communes`` communes and three years (those of the last 15 days 80 % open, older
   ones finished but for 1 in 500 left open and overdue), two workstations per commune: the page over real HTTP on loopback (logged in as
   province staff), and the early-warning page, beside a trivial endpoint of the same
   server (``/v1/time``) as the floor, and the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from counter import clock
from counter.db.models import Dossier, DossierEvent
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.reporting.period import Period
from counter.reporting.report import period_report
from tests.core.conftest import OFFICER, SUPERVISOR, citizen, make_workspace

PROCEDURES = (("1.004194", 3), ("1.004222", 7), ("2.000815", 1), ("1.001193", 1))
CHUNK = 5000


def _timed(work: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _line(label: str, app: list[float], floor: list[float]) -> None:
    a, f = statistics.median(app), statistics.median(floor)
    print(f"{label:<44} app {a:9.1f} ms   floor {f:8.2f} ms   ratio {a / f:7.1f}x"
          f"   (median of {len(app)})")


def fill_workstation(workspace: Any, count: int, year: int, seed: int = 13) -> None:
    """``count`` dossiers over ``year`` and the year before, copied from one real receipt,
    each with its receive event and, when finished, its finishing event."""
    rng = random.Random(seed)
    receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER)
    with workspace.store.write() as session:
        template = dict(session.execute(select(Dossier.__table__)).mappings().one())
        event = dict(session.execute(select(DossierEvent.__table__)).mappings().first() or {})
        first_id = int(session.scalar(select(func.max(Dossier.id))) or 0) + 1
        start = clock.parse_local(f"{year - 1}-01-01T08:00")
        dossiers, events = [], []
        for n in range(count):
            code, days = PROCEDURES[n % len(PROCEDURES)]
            received = start + timedelta(days=rng.randrange(730), hours=rng.randrange(8))
            due = received + timedelta(days=days * 7 / 5)
            finished = received + timedelta(days=rng.uniform(0, days * 2)) \
                if rng.random() < 0.95 else None
            status = ("returned" if rng.random() < 0.9 else "refused") if finished else "processing"
            ident = first_id + n
            dossiers.append({**template, "id": ident, "code": f"BENCH-{n:07d}",
                             "procedure_code": code, "received_at": received,
                             "clock_started_at": received, "due_at": due,
                             "finished_at": finished, "status": status,
                             "channel": "village_team" if n % 10 == 0 else "counter",
                             "satisfaction": rng.randint(1, 5) if finished and n % 3 == 0
                             else None})
            events.append({**{k: v for k, v in event.items() if k != "id"}, "dossier_id": ident,
                           "at": received, "due_at": due, "to_status": "received"})
            if finished:
                events.append({**{k: v for k, v in event.items() if k != "id"},
                               "dossier_id": ident, "at": finished, "due_at": due,
                               "action": "record_result", "to_status": status})
        for part in range(0, len(dossiers), CHUNK):
            session.execute(insert(Dossier.__table__), dossiers[part:part + CHUNK])
        for part in range(0, len(events), CHUNK):
            session.execute(insert(DossierEvent.__table__), events[part:part + CHUNK])


def bench_workstation(count: int, runs: int) -> None:
    year = clock.now().year - 1
    with tempfile.TemporaryDirectory(prefix="bench-report-") as folder:
        data_dir = Path(folder) / "data"
        data_dir.mkdir()
        workspace = make_workspace(data_dir)
        try:
            started = time.perf_counter()
            fill_workstation(workspace, count, year)
            print(f"workstation: {count:,} dossiers over {year - 1}-{year} generated in "
                  f"{time.perf_counter() - started:.1f} s")
            period = Period.year(year)
            report = period_report(workspace, period, SUPERVISOR)
            print(f"  year {year}: received {report.figures.received:,}, finished "
                  f"{report.figures.finished:,}, late {report.figures.late:,}, "
                  f"pending {report.figures.pending:,}")
            start, end = period.start, period.end

            def floor() -> None:
                with workspace.store.read() as session:
                    session.scalar(select(func.count(Dossier.id)).where(
                        Dossier.received_at < end,
                        (Dossier.finished_at.is_(None)) | (Dossier.finished_at >= start)))

            floor()
            app = _timed(lambda: period_report(workspace, period, SUPERVISOR), runs)
            _line(f"period report, a year of one commune ({count:,})", app, _timed(floor, runs))
        finally:
            workspace.close()


def fill_province(url: str, dossiers: int, communes: int) -> None:
    """Dossiers and workstations generated inside PostgreSQL (generate_series)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    now = clock.to_utc_naive(clock.now())
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO workstations (id, name, agency_code, public_key, token_hash, "
            "enrolled_at, last_seen_at) SELECT 'ws-' || g, 'Quầy ' || (g % 2 + 1), "
            "'000.' || lpad((g / 2 % :communes)::text, 4, '0') || '.H42', 'k', md5(g::text), "
            ":now, :now - make_interval(hours => (g % 97)) FROM generate_series(0, :n - 1) g"),
            {"communes": communes, "now": now, "n": communes * 2})
        connection.execute(text(
            "INSERT INTO dossiers (code, agency_code, procedure_code, procedure_version, status, "
            "received_at, due_at, workstation_id, snapshot_at, status_at, message_id, snapshot, "
            "finished_at, channel) "
            "SELECT 'D-' || g, '000.' || lpad((g % :communes)::text, 4, '0') || '.H42', "
            "'1.004194', '1', CASE WHEN still_open THEN 'processing' ELSE 'returned' END, "
            "r, r + interval '3 days', 'ws-' || (g % :communes * 2), r, r, md5(g::text), "
            "repeat('x', 300), CASE WHEN still_open THEN NULL "
            "ELSE r + make_interval(hours => (g % 120)::int) END, 'counter' "
            "FROM (SELECT g, r, (r > :now - interval '15 days' AND g % 5 <> 0) "
            "OR g % 500 = 0 AS still_open FROM (SELECT g, :now - make_interval(mins => "
            "((g * 7919) % (3 * 365 * 1440))::int) AS r "
            "FROM generate_series(1::bigint, :n) g) t) s"),
            {"communes": communes, "now": now, "n": dossiers})
    with engine.connect() as connection:  # what autovacuum does on a live server
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("VACUUM ANALYZE"))
    engine.dispose()


def bench_province(dossiers: int, communes: int, runs: int) -> None:
    import requests

    from sync.central.context import open_context
    from sync.central.province import accounts
    from sync.central.settings import load_settings
    from tests.sync.fixtures import LiveServer
    from tests.sync.postgres import PostgresCluster, postgres_bin_dir

    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        print("province: skipped (no PostgreSQL binaries; install 'postgresql')")
        return
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        with cluster.fresh_database() as url, tempfile.TemporaryDirectory() as folder:
            context = open_context(load_settings(Path(folder), database_url=url))
            started = time.perf_counter()
            fill_province(url, dossiers, communes)
            print(f"province: {dossiers:,} dossiers, {communes:,} communes, "
                  f"{communes * 2:,} workstations generated in "
                  f"{time.perf_counter() - started:.1f} s (PostgreSQL)")
            context.database.run(lambda s: accounts.create_account(
                s, "tinh", "Cán bộ tỉnh", accounts.PROVINCE, None, "mat-khau-tinh-1"))
            server = LiveServer(context).start()
            try:
                browser = requests.Session()
                browser.post(f"{server.url}/province/login", timeout=60,
                             data={"username": "tinh", "password": "mat-khau-tinh-1"})
                today = clock.now().date()
                month = {"from": today.replace(day=1).isoformat(), "to": today.isoformat()}
                year = {"from": date(today.year, 1, 1).isoformat(), "to": today.isoformat()}

                def get(path: str, params: dict[str, str] | None = None) -> Callable[[], None]:
                    def run() -> None:
                        answer = browser.get(f"{server.url}{path}", params=params, timeout=120)
                        assert answer.status_code == 200, answer.status_code
                    return run

                floor = get("/v1/time")
                floor()
                page = browser.get(f"{server.url}/province/", params=month, timeout=120)
                print(f"  overview page: {len(page.content) / 1024:.0f} KB "
                      f"(100 communes a page of {communes:,})")
                for label, work in (("province overview, this month", get("/province/", month)),
                                    ("province overview, this year", get("/province/", year)),
                                    ("early-warning list", get("/province/warnings"))):
                    work()
                    _line(label, _timed(work, runs), _timed(floor, runs))
            finally:
                server.stop()
                context.close()
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=15000)
    parser.add_argument("--province-dossiers", type=int, default=1_000_000)
    parser.add_argument("--communes", type=int, default=3321)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--province-only", action="store_true")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (a smoke run)")
    args = parser.parse_args()
    if args.quick:
        args.dossiers, args.province_dossiers, args.communes, args.runs = 500, 20_000, 200, 3
    if not args.province_only:
        bench_workstation(args.dossiers, args.runs)
    if not args.no_postgres:
        bench_province(args.province_dossiers, args.communes, args.runs)


if __name__ == "__main__":
    main()
