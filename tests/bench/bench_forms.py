"""How long the printed forms take to render. Prints figures; asserts nothing.

    .venv/bin/python tests/bench/bench_forms.py [--runs 50] [--book-rows 1000]

Target: form 01 under 40 ms (median). The first render of the process also
loads the fonts; it is reported apart and left out of the medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter.forms import (
    render_completion_request,
    render_control_slip,
    render_extension_apology,
    render_receipt,
    render_refusal,
    render_stop_notice,
    render_tracking_book,
)
from tests.forms import samples


def timed(render: Callable[[], bytes], runs: int) -> tuple[float, float, int]:
    """(median ms, max ms, size in bytes) over ``runs`` renders."""
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(render())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), size


def report(name: str, render: Callable[[], bytes], runs: int) -> None:
    median, worst, size = timed(render, runs)
    print(f"{name:<44} median {median:8.1f} ms   max {worst:8.1f} ms   {size / 1024:7.1f} KiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--book-rows", type=int, default=1000)
    args = parser.parse_args()

    start = time.perf_counter()
    render_receipt(samples.RECEIPT, copies="Liên 1")
    print(f"first render, fonts included: {(time.perf_counter() - start) * 1000:.1f} ms")
    print(f"runs per figure: {args.runs}")

    report(
        "form 01, A5, one copy", lambda: render_receipt(samples.RECEIPT, copies="Liên 1"), args.runs
    )
    report("form 01, A5, two copies (default)", lambda: render_receipt(samples.RECEIPT), args.runs)
    report(
        "form 01, A4, two copies",
        lambda: render_receipt(samples.RECEIPT, page_size="A4"),
        args.runs,
    )
    report("form 02", lambda: render_completion_request(samples.COMPLETION), args.runs)
    report("form 03", lambda: render_refusal(samples.REFUSAL), args.runs)
    report("form 04", lambda: render_extension_apology(samples.EXTENSION), args.runs)
    report("form 05", lambda: render_stop_notice(samples.STOP), args.runs)
    report("form 06", lambda: render_control_slip(samples.CONTROL), args.runs)

    rows = samples.book_rows(args.book_rows)
    last_day = rows[-1].received_at.date()
    book_runs = 5
    median, worst, size = timed(
        lambda: render_tracking_book(rows, date(2025, 6, 2), last_day, samples.HEADER), book_runs
    )
    book = render_tracking_book(rows, date(2025, 6, 2), last_day, samples.HEADER)
    pages = len(PdfReader(BytesIO(book)).pages)
    print(
        f"form 07, {args.book_rows} dossiers ({book_runs} runs)".ljust(44)
        + f" median {median:8.1f} ms   max {worst:8.1f} ms   {size / 1024:7.1f} KiB"
        + f"   {pages} pages"
    )


if __name__ == "__main__":
    main()
