"""How long matching a bank statement and drawing a VietQR code take. Prints figures;
asserts nothing.

    .venv/bin/python tests/bench/bench_payments.py [--dossiers 20000] [--rows 5000]

Matching: every row of a synthetic statement (one in four naming an unpaid dossier, dots
and dashes dropped as banks do) against every dossier with a fee, beside its floor
measured in the same run: the same rows looked up by one dict lookup of their squeezed
description (the least work that can find a code written alone). VietQR: payload + CRC +
PNG for one dossier, beside the floor of ReportLab's QR encoder alone on the same payload.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter import clock
from counter.payments.qr_image import qr_modules, qr_png
from counter.payments.statement import _Candidate, match_rows, squeeze
from counter.payments.statement_file import StatementRow
from counter.payments.vietqr import Payee, payment_payload

AGENCY = "000.00.12.H42"


def code(n: int) -> str:
    return f"{AGENCY}-26{n // 10000 % 100:02d}{(n // 100) % 28 + 1:02d}-{n % 10000:04d}"


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    received = datetime(2026, 1, 1, 8, 0, tzinfo=clock.VN_TZ)
    candidates = {squeeze(code(n)): _Candidate(code(n), 15_000, False, True, received)
                  for n in range(args.dossiers)}
    at = datetime(2026, 3, 2, 10, 0, tzinfo=clock.VN_TZ)
    rows = [StatementRow(i + 2, at, False, 15_000, 0,
                         f"NGUYEN VAN AN NOP PHI {squeeze(code(i * 4))}" if i % 4 == 0
                         else f"CHUYEN TIEN {i} AN TRUA", f"FT{i:08d}")
            for i in range(args.rows)]

    def floor() -> int:
        return sum(1 for row in rows if squeeze(row.description) in candidates)

    app = median_ms(lambda: match_rows(rows, candidates, set()), args.runs)
    base = median_ms(floor, args.runs)
    print(f"match {args.rows} rows against {args.dossiers} dossiers: app {app:8.1f} ms   "
          f"floor {base:8.1f} ms   ratio {app / base:5.1f}")

    payee = Payee("970405", "0000123456789")
    payload = payment_payload(payee, 15_000, code(1))
    app = median_ms(lambda: qr_png(payment_payload(payee, 15_000, code(1))), args.runs * 10)
    base = median_ms(lambda: qr_modules(payload), args.runs * 10)
    print(f"VietQR payload + CRC + PNG:                 app {app:8.1f} ms   "
          f"floor {base:8.1f} ms   ratio {app / base:5.1f}")


if __name__ == "__main__":
    main()
