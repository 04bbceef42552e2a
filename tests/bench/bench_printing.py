"""How long printing from the core takes: a form built from a dossier, archived and
audited, and the tracking book read from the database. Prints figures; asserts nothing.

    .venv/bin/python tests/bench/bench_printing.py [--runs 50] [--dossiers 2000]

``--dossiers`` are spread over the last two years; the book covers the last 365 days.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter import clock
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.forms.from_dossier import receipt_pdf
from counter.printing import list_printed, print_form, print_tracking_book
from tests.bench.synthetic import bulk_dossiers
from tests.core.conftest import AGENCY, OFFICER, citizen, make_workspace


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--dossiers", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = make_workspace(Path(folder))
        # received before the synthetic dossiers (the last two years), so no code is shared
        long_ago = clock.now() - timedelta(days=800)
        request = IntakeRequest("1.004222", citizen(), received_at=long_ago)
        view = receive_dossier(workspace, request, OFFICER)
        start = time.perf_counter()
        print_form(workspace, view.code, "receipt", OFFICER)
        first = (time.perf_counter() - start) * 1000
        print(f"first print of the process (fonts load): {first:.0f} ms")

        render, render_max = median_ms(
            lambda: receipt_pdf(view, AGENCY, "Trần Văn Bình"), args.runs
        )
        print(f"form 01 render only, 2 copies: median {render:.1f} ms (max {render_max:.1f})")
        archived, archived_max = median_ms(
            lambda: print_form(workspace, view.code, "receipt", OFFICER), args.runs
        )
        print(f"form 01 print_form (reprint: build, render, store, archive, audit): "
              f"median {archived:.1f} ms (max {archived_max:.1f})")
        one, one_max = median_ms(
            lambda: print_form(workspace, view.code, "receipt", OFFICER, copies=["Liên 1"]),
            args.runs,
        )
        print(f"form 01 print_form, one copy: median {one:.1f} ms (max {one_max:.1f})")
        listed, _ = median_ms(lambda: list_printed(workspace, view.code), args.runs)
        count = len(list_printed(workspace, view.code))
        print(f"list_printed with {count} prints: median {listed:.1f} ms")

        bulk_dossiers(workspace, args.dossiers)
        today = clock.now().date()
        start = time.perf_counter()
        book = print_tracking_book(workspace, OFFICER, today - timedelta(days=364), today)
        seconds = time.perf_counter() - start
        print(f"tracking book, last 365 days ({book.dossiers} dossiers from the database): "
              f"{seconds:.2f} s, {len(book.pdf) // 1024} KiB")
        workspace.close()


if __name__ == "__main__":
    main()
