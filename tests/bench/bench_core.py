"""Benchmark of the counter core. Prints figures; asserts nothing.

    python -m tests.bench.bench_core [--sizes 100000,1000000] [--receives 300] [--quick]
                                     [--receive-only] [--search-only] [--keep-search-db DIR]

Measures: receiving a dossier (service call, committed) beside its floor (the same rows in
one raw SQLCipher transaction with the same pragmas) and the ratio, due-date computation,
and search latency (name, code, ID number, the desk's first page) at each database size,
with the common-word name search beside its floor (the FTS5 MATCH alone, same order and
LIMIT) and the 50 ms target. ``--quick`` only shrinks the sizes when ``--sizes`` is not given.
Building a million dossiers takes minutes: ``--keep-search-db DIR`` builds them in DIR once.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from counter.clock import parse_local
from counter.db.encrypt import key_pragma
from counter.db.store import BUSY_TIMEOUT_MS
from counter.deadlines import ProcessingTime, due_time
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.queries import (
    DossierFilter,
    count_dossiers,
    list_dossiers,
    search_dossiers,
)
from counter.dossiers.receive import receive_dossier
from counter.dossiers.views import SUMMARY_COLUMNS
from counter.people import Applicant
from counter.security.keys import installation_keys
from counter.workspace import Workspace
from tests.bench.synthetic import bulk_dossiers, random_name
from tests.core.conftest import OFFICER, make_workspace


def timings_ms(action: Callable[[], object], repeat: int) -> list[float]:
    figures = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        figures.append((time.perf_counter() - start) * 1000)
    return figures


def percentile(figures: list[float], fraction: float) -> float:
    ordered = sorted(figures)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def report(label: str, figures: list[float]) -> None:
    ordered = sorted(figures)
    p95 = percentile(figures, 0.95)
    print(f"  {label:<44} median {statistics.median(ordered):8.2f} ms   "
          f"p95 {p95:8.2f} ms   max {ordered[-1]:8.2f} ms   (n={len(ordered)})")


def intake_requests(count: int, seed: int = 1) -> list[IntakeRequest]:
    rng = random.Random(seed)
    return [
        IntakeRequest(
            "2.000815",
            Applicant(full_name=random_name(rng), id_number=f"0010900{n:05d}", sex="Nam",
                      address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai"),
            payment=Payment(pages=3, copies=1, paid=True, method="cash"),
        )
        for n in range(count)
    ]


RECEIVED_ROWS = ("person", "dossier", "dossier_document", "dossier_event", "outbox_message",
                 "audit_event")


def _template_rows(connection: Any) -> dict[str, list[dict[str, Any]]]:
    """The rows one real receive wrote (its dossier is the newest), as column dicts."""
    connection.row_factory = sqlcipher3.dbapi2.Row
    dossier = dict(connection.execute("SELECT * FROM dossier ORDER BY id DESC LIMIT 1").fetchone())
    rows = {"dossier": [dossier]}
    where = {"person": f"id = {dossier['person_id']}",
             "dossier_document": f"dossier_id = {dossier['id']}",
             "dossier_event": f"dossier_id = {dossier['id']}",
             "outbox_message": f"dossier_code = '{dossier['code']}'",
             "audit_event": f"object_ref = '{dossier['code']}'"}
    for table, condition in where.items():
        rows[table] = [dict(r) for r in connection.execute(f"SELECT * FROM {table} WHERE {condition}")]
    connection.row_factory = None
    return rows


def _insert(connection: Any, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                                list(row.values()))
    return int(cursor.lastrowid)


def _journal_line(path: Path, n: int) -> None:
    """What the app's code journal does before each commit: append one line, fsync it."""
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, f"FLOOR|000000|{n}\n".encode("ascii"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def floor_receive(data_dir: Path, journal: Path | None = None
                  ) -> tuple[Callable[[], None], Callable[[], None]]:
    """The floor: the same rows written in one raw SQLCipher transaction with the app's
    pragmas (WAL, synchronous FULL), each time with new keys; no ORM, no files beside.
    With ``journal``, also one line appended and fsynced to that file before the commit,
    as the app's code journal does. Returns (write one, close)."""
    key = installation_keys(data_dir).database
    connection = sqlcipher3.dbapi2.connect(str(data_dir / "counter.db"), isolation_level=None)
    connection.execute(key_pragma(key))
    for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "journal_mode = WAL",
                   "synchronous = FULL", "foreign_keys = ON"):
        connection.execute(f"PRAGMA {pragma}")
    template = _template_rows(connection)
    scopes = [connection.execute("SELECT scope FROM sequence_counter WHERE scope LIKE ? "
                                 "ORDER BY scope DESC LIMIT 1", (like,)).fetchone()[0]
              for like in ("code:%", "book:%")]
    counter = iter(range(10**9))

    def write_one() -> None:
        n = next(counter)
        code = f"FLOOR{'J' if journal else ''}-{n:06d}"
        connection.execute("BEGIN IMMEDIATE")
        for scope in scopes:  # today's code counter and this year's book counter
            connection.execute("UPDATE sequence_counter SET last = last + 1 WHERE scope = ?",
                               (scope,))
        person = {k: v for k, v in template["person"][0].items() if k != "id"}
        person_id = _insert(connection, "person", {**person, "id_number": f"{8 if journal else 9}{n:011d}"})
        dossier = {k: v for k, v in template["dossier"][0].items() if k != "id"}
        dossier_id = _insert(connection, "dossier", {**dossier, "code": code,
                                                     "person_id": person_id})
        for table in ("dossier_document", "dossier_event"):
            for row in template[table]:
                _insert(connection, table, {**{k: v for k, v in row.items() if k != "id"},
                                            "dossier_id": dossier_id})
        connection.execute("INSERT INTO dossier_fts(rowid, name) VALUES (?, ?)",
                           (dossier_id, dossier["applicant_name"]))
        for row in template["outbox_message"]:
            _insert(connection, "outbox_message",
                    {**{k: v for k, v in row.items() if k != "id"},
                     "message_id": str(uuid.uuid4()), "dossier_code": code})
        last_id, last_seq = connection.execute(
            "SELECT id, seq FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        for row in template["audit_event"]:
            _insert(connection, "audit_event", {**row, "id": last_id + 1, "seq": last_seq + 1,
                                                "object_ref": code})
        if journal is not None:
            _journal_line(journal, n)
        connection.execute("COMMIT")

    write_one()  # warm up
    return write_one, connection.close


def bench_receive(root: Path, receives: int, size: int = 0) -> None:
    """App and floors timed in alternation, so that a busy machine weighs on all alike. With
    ``size``, the app's database and the floor's each hold that many dossiers first."""
    floor_dir = root / f"receive-floor-{size}"
    with make_workspace(floor_dir) as twin:
        if size:
            bulk_dossiers(twin, size)
        receive_dossier(twin, intake_requests(1, seed=2)[0], OFFICER)  # the rows to copy
    write_floor, close_floor = floor_receive(floor_dir)
    write_journalled, close_journalled = floor_receive(floor_dir, floor_dir / "floor.journal")
    workspace = make_workspace(root / f"receive-{size}")
    if size:
        bulk_dossiers(workspace, size)
    iterator = iter(intake_requests(receives))
    receive_dossier(workspace, next(iterator), OFFICER)  # warm up
    figures: list[float] = []
    floor: list[float] = []
    journalled: list[float] = []
    for _ in range(receives - 1):
        figures += timings_ms(lambda: receive_dossier(workspace, next(iterator), OFFICER), 1)
        floor += timings_ms(write_floor, 1)
        journalled += timings_ms(write_journalled, 1)
    workspace.close()
    close_floor()
    close_journalled()
    print(f"Receiving a dossier into a database of {size:,} dossiers "
          "(validate, code, due time, person, outbox, audit, code journal, commit):")
    report("receive_dossier", figures)
    report("floor: same rows, one raw SQLCipher transaction", floor)
    report("floor + the code journal's fsync before commit", journalled)
    app = statistics.median(figures)
    print(f"  ratio (median app / median floor): {app / statistics.median(floor):.1f}x; "
          f"to the floor with the journal's fsync: {app / statistics.median(journalled):.1f}x")


def bench_due_dates(repeat: int) -> None:
    workspace_calendar = make_workspace(Path(tempfile.mkdtemp()) / "cal").calendar()
    received = parse_local("2026-02-12T16:30")
    for label, processing in [("same day", ProcessingTime.same_day()),
                              ("3 working days", ProcessingTime.days(3)),
                              ("30 working days", ProcessingTime.days(30))]:
        figures = timings_ms(lambda p=processing: due_time(workspace_calendar, received, p),
                             repeat)
        report(f"due_time {label}", figures)


def _search_workspace(root: Path, size: int, cache: Path | None) -> Workspace:
    """A workspace with ``size`` bulk dossiers: built in ``root``, or kept in ``cache``
    (built there the first time, reused afterwards; its keys live beside it)."""
    directory = (cache or root) / f"search-{size}"
    built = directory / "bulk-done"
    if cache is not None and built.exists():
        start = time.perf_counter()
        workspace = Workspace(directory)  # brings it to the newest schema first
        print(f"Search with {size:,} dossiers (kept database reused; opening took "
              f"{time.perf_counter() - start:.1f} s):")
        return workspace
    if directory.exists():
        shutil.rmtree(directory)  # a build that did not finish
    workspace = make_workspace(directory)
    start = time.perf_counter()
    bulk_dossiers(workspace, size)
    print(f"Search with {size:,} dossiers (bulk insert took {time.perf_counter() - start:.1f} s):")
    built.touch()
    return workspace


SUMMARY_SQL = ", ".join(f"dossier.{c.key}" for c in SUMMARY_COLUMNS)


def floor_search(workspace: Workspace) -> tuple[Callable[[str, int], int],
                                                Callable[[str, int], int], Callable[[], None]]:
    """Floors of a name search on a raw SQLCipher connection, with the app's LIMIT, newest
    first (the order the app shows among equal matches): the FTS5 MATCH alone (rowids), and
    the same MATCH joined to the desk row's columns of each dossier (what the app reads, no
    ORM, no urgency). Returns (rowids, rows, close)."""
    key = installation_keys(workspace.data_dir).database
    connection = sqlcipher3.dbapi2.connect(str(workspace.data_dir / "counter.db"),
                                           isolation_level=None)
    connection.execute(key_pragma(key))
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def rowids(match: str, limit: int) -> int:
        return len(connection.execute(
            "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, limit)).fetchall())

    def rows(match: str, limit: int) -> int:
        return len(connection.execute(
            f"SELECT {SUMMARY_SQL} FROM dossier_fts JOIN dossier ON dossier.id = dossier_fts.rowid "
            "WHERE dossier_fts MATCH ? ORDER BY dossier_fts.rowid DESC LIMIT ?",
            (match, limit)).fetchall())

    return rowids, rows, connection.close


SEARCH_TARGET_MS = 50.0


def _in_turn(query: Callable[[int], object]) -> Callable[[], object]:
    """``query`` called with 0, 1, 2, ... on each call."""
    counter = iter(range(10**9))
    return lambda: query(next(counter))


def bench_search(root: Path, size: int, repeat: int, cache: Path | None = None) -> None:
    workspace = _search_workspace(root, size, cache)
    imported = "holidays" in sys.modules  # by the receive figures, run before in this process
    start = time.perf_counter()
    search_dossiers(workspace, "nguyen")
    print(f"  first search after opening (builds the working calendar"
          f"{'' if imported else ', imports holidays'}): "
          f"{(time.perf_counter() - start) * 1000:.1f} ms")
    sample = list_dossiers(workspace, limit=1)[0]
    rng = random.Random(3)
    names = [random_name(rng) for _ in range(repeat)]
    queries: list[tuple[str, Callable[[int], object]]] = [
        ("name, 3 words ('nguyen van an')", lambda i: search_dossiers(workspace, names[i])),
        ("name, 1 common word ('nguyen')", lambda i: search_dossiers(workspace, "nguyen")),
        ("name prefix ('tran duc th')", lambda i: search_dossiers(workspace, "tran duc th")),
        ("dossier code (exact)", lambda i: search_dossiers(workspace, sample.code)),
        ("ID number (exact)", lambda i: search_dossiers(workspace, sample.applicant_id_number)),
        ("desk first page (no filter)", lambda i: list_dossiers(workspace, limit=100)),
        ("desk overdue filter", lambda i: list_dossiers(workspace, DossierFilter(overdue=True),
                                                        limit=100)),
    ]
    for label, query in queries:
        report(label, timings_ms(_in_turn(query), repeat))
    report("desk count of a common word ('nguyen')",  # the desk's total, beside each search
           timings_ms(lambda: count_dossiers(workspace, DossierFilter(query="nguyen")),
                      min(repeat, 10)))
    bench_common_word(workspace, repeat)
    workspace.close()


def bench_common_word(workspace: Workspace, repeat: int) -> None:
    """The common word ('nguyen', about 4 in 10 names) beside its floors, timed in turn."""
    floor_ids, floor_rows, close_floor = floor_search(workspace)
    limit = 50
    match = '"nguyen"*'  # what the app asks FTS5 for "nguyen" (the last word is a prefix)
    floor_ids(match, limit)  # warm up
    app: list[float] = []
    floor: list[float] = []
    rows: list[float] = []
    for _ in range(repeat):
        app += timings_ms(lambda: search_dossiers(workspace, "nguyen", limit=limit), 1)
        floor += timings_ms(lambda: floor_ids(match, limit), 1)
        rows += timings_ms(lambda: floor_rows(match, limit), 1)
    close_floor()
    print("  Common word beside its floor (timed in turn):")
    report("search_dossiers('nguyen')", app)
    report(f"floor: FTS5 MATCH, rowid DESC, LIMIT {limit}", floor)
    report("second floor: same, joined to the row columns", rows)
    app_p95 = percentile(app, 0.95)
    verdict = "met" if app_p95 < SEARCH_TARGET_MS else "NOT met"
    for name, figures in (("floor", floor), ("second floor", rows)):
        floor_p95 = percentile(figures, 0.95)
        print(f"    p95 app {app_p95:.1f} ms / {name} {floor_p95:.1f} ms: "
              f"{app_p95 / floor_p95:.1f}x   (medians: "
              f"{statistics.median(app) / statistics.median(figures):.1f}x)")
    print(f"    target: app p95 < {SEARCH_TARGET_MS:.0f} ms: {verdict}")


def main() -> None:
    os.environ.setdefault("ONESTOP_KEY_DIR", tempfile.mkdtemp(prefix="bench-keys-"))
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", help="database sizes to search (default 100000,1000000; "
                        "2000 with --quick)")
    parser.add_argument("--receives", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check it runs")
    parser.add_argument("--receive-only", action="store_true", help="only the receive figures")
    parser.add_argument("--receive-sizes", default="0",
                        help="database sizes to receive into, e.g. 0,1000000")
    parser.add_argument("--search-only", action="store_true", help="only the search figures")
    parser.add_argument("--keep-search-db", type=Path, metavar="DIR",
                        help="build the search databases (and their keys) in DIR once and "
                             "reuse them on later runs")
    args = parser.parse_args()
    if args.keep_search_db:
        args.keep_search_db.mkdir(parents=True, exist_ok=True)
        os.environ["ONESTOP_KEY_DIR"] = str(args.keep_search_db.resolve() / "keys")
    sizes_text = args.sizes or ("2000" if args.quick else "100000,1000000")
    sizes = [int(s) for s in sizes_text.split(",")]
    receives = 20 if args.quick else args.receives
    repeat = 10 if args.quick else args.repeat
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        if not args.search_only:
            for size in [int(s) for s in args.receive_sizes.split(",")]:
                bench_receive(root, receives, size)
            if args.receive_only:
                return
            print("Due-date computation:")
            bench_due_dates(repeat * 10)
        for size in sizes:
            bench_search(root, size, repeat, args.keep_search_db)


if __name__ == "__main__":
    main()
