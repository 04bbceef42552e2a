"""Benchmark of the counter core. Prints figures; asserts nothing.

    python -m tests.bench.bench_core [--sizes 100000,1000000] [--receives 300] [--quick]

Measures: receiving a dossier (service call, committed), due-date computation, and
search latency (name, code, ID number, the desk's first page) at each database size.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from counter.clock import parse_local
from counter.deadlines import ProcessingTime, due_time
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.queries import DossierFilter, list_dossiers, search_dossiers
from counter.dossiers.receive import receive_dossier
from counter.people import Applicant
from tests.bench.synthetic import bulk_dossiers, random_name
from tests.core.conftest import OFFICER, make_workspace


def timings_ms(action: Callable[[], object], repeat: int) -> list[float]:
    figures = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        figures.append((time.perf_counter() - start) * 1000)
    return figures


def report(label: str, figures: list[float]) -> None:
    ordered = sorted(figures)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"  {label:<44} median {statistics.median(ordered):8.2f} ms   "
          f"p95 {p95:8.2f} ms   max {ordered[-1]:8.2f} ms   (n={len(ordered)})")


def bench_receive(root: Path, receives: int) -> None:
    workspace = make_workspace(root / "receive")
    rng = random.Random(1)
    requests = [
        IntakeRequest(
            "2.000815",
            Applicant(full_name=random_name(rng), id_number=f"0010900{n:05d}", sex="Nam",
                      address="Thôn 3, xã Tân Phú, tỉnh Đồng Nai"),
            payment=Payment(pages=3, copies=1, paid=True, method="cash"),
        )
        for n in range(receives)
    ]
    iterator = iter(requests)
    receive_dossier(workspace, next(iterator), OFFICER)  # warm up
    figures = timings_ms(lambda: receive_dossier(workspace, next(iterator), OFFICER),
                         receives - 1)
    print("Receiving a dossier (validate, code, due time, person, outbox, audit, commit):")
    report("receive_dossier", figures)
    workspace.close()


def bench_due_dates(repeat: int) -> None:
    workspace_calendar = make_workspace(Path(tempfile.mkdtemp()) / "cal").calendar()
    received = parse_local("2026-02-12T16:30")
    for label, processing in [("same day", ProcessingTime.same_day()),
                              ("3 working days", ProcessingTime.days(3)),
                              ("30 working days", ProcessingTime.days(30))]:
        figures = timings_ms(lambda p=processing: due_time(workspace_calendar, received, p),
                             repeat)
        report(f"due_time {label}", figures)


def bench_search(root: Path, size: int, repeat: int) -> None:
    workspace = make_workspace(root / f"search-{size}")
    start = time.perf_counter()
    bulk_dossiers(workspace, size)
    print(f"Search with {size:,} dossiers (bulk insert took {time.perf_counter() - start:.1f} s):")
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
        counter = iter(range(repeat))
        report(label, timings_ms(lambda q=query, c=counter: q(next(c)), repeat))
    workspace.close()


def main() -> None:
    os.environ.setdefault("ONESTOP_KEY_DIR", tempfile.mkdtemp(prefix="bench-keys-"))
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--receives", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check it runs")
    args = parser.parse_args()
    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    receives = 20 if args.quick else args.receives
    repeat = 10 if args.quick else args.repeat
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        bench_receive(root, receives)
        print("Due-date computation:")
        bench_due_dates(repeat * 10)
        for size in sizes:
            bench_search(root, size, repeat)


if __name__ == "__main__":
    main()
