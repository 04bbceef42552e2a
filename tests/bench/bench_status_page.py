"""Benchmark of the public status page. Prints figures; asserts nothing.

    python -m tests.bench.bench_status_page [--dossiers 2000] [--lookups 300]

A real central server (SQLite, in a thread on loopback) holding ``--dossiers`` dossiers with
check codes, pushed through the sync API. Measured over one kept-alive HTTP connection:
a lookup with the right codes, with a wrong check code, with an unknown dossier code, and
the floor: ``GET /v1/time`` on the same server (a trivial route through the same layers).
The two "not found" figures should be of one class (the page does the same work for
both); each figure is printed beside the floor and its ratio.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import tempfile
from pathlib import Path

import requests

from counter.citizen.check_code import new_check_code
from sync.central.context import open_context
from sync.central.settings import load_settings
from tests.bench.bench_core import report, timings_ms
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import dossier_code, enrol_workstation, received_message

PUSH_CHUNK = 200


def run(dossiers: int, lookups: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        context = open_context(load_settings(Path(folder)))
        context.settings = dataclasses.replace(
            context.settings, lookup_attempts_per_source=10**9
        )
        server = LiveServer(context).start()
        try:
            station = enrol_workstation(context, server.url)
            codes = {}
            messages = []
            for number in range(1, dossiers + 1):
                code, check = dossier_code(number), new_check_code()
                codes[code] = check
                messages.append(received_message(code, station.workstation_id,
                                                 check_code=check))
            for start in range(0, len(messages), PUSH_CHUNK):
                station.api.push(messages[start : start + PUSH_CHUNK])
            rng = random.Random(1)
            known = list(codes)
            session = requests.Session()
            page = f"{server.url}/tra-cuu"

            def right() -> None:
                code = rng.choice(known)
                assert session.post(page, data={"ma": code, "kiemtra": codes[code]}).ok

            def wrong_check() -> None:
                code = rng.choice(known)
                answer = session.post(page, data={"ma": code, "kiemtra": "AAAAAA"})
                assert answer.status_code == 404

            def wrong_code() -> None:
                code = dossier_code(dossiers + 1 + rng.randrange(9000 - dossiers), "250916")
                answer = session.post(page, data={"ma": code, "kiemtra": "AAAAAA"})
                assert answer.status_code == 404

            def floor() -> None:
                assert session.get(f"{server.url}/v1/time").ok

            for action in (floor, right, wrong_check, wrong_code):
                timings_ms(action, 20)  # warm up
            floor_ms = timings_ms(floor, lookups)
            print(f"Status page, {dossiers} dossiers, {lookups} requests each:")
            report("floor: GET /v1/time", floor_ms)
            base = statistics.median(floor_ms)
            for label, action in (("lookup, right codes", right),
                                  ("lookup, wrong check code", wrong_check),
                                  ("lookup, unknown dossier code", wrong_code)):
                figures = timings_ms(action, lookups)
                report(label, figures)
                print(f"    ratio to floor (medians): {statistics.median(figures) / base:.2f}")
        finally:
            server.stop()
            context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=2000)
    parser.add_argument("--lookups", type=int, default=300)
    args = parser.parse_args()
    run(args.dossiers, args.lookups)


if __name__ == "__main__":
    main()
