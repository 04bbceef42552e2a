"""Benchmark of a chip ID card read: APDUs, bytes and time, in-process and through PC/SC.

    .venv/bin/python tests/bench/bench_idcard.py [--runs N]

Prints one line per case: a full identity read (BAC, EF.COM, DG1, DG13,
EF.SOD, passive authentication) and a read with the photo (DG2), with the
APDU count next to the minimum the file sizes and block size require. The
PC/SC cases go through pyscard → a private pcscd → vpcd → the virtual card
and are skipped (with the reason) where that stack cannot run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter.idcard.apdu import Transport
from counter.idcard.reading import ReadOptions, read_identity
from counter.idcard.result import CardReadResult
from counter.idcard.session import ReadSettings
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.card import CardQuirks
from counter.idcard.virtual.factory import access_key_of, make_card
from counter.idcard.virtual.identity import demo_identity
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.transport import CardSlot, InProcessTransport

CASES = (
    ("identity (no photo)", ReadOptions(include_photo=False)),
    ("identity + photo", ReadOptions(include_photo=True)),
    (
        "identity + photo, extended 0x400",
        ReadOptions(settings=ReadSettings(extended_block_size=0x400)),
    ),
)


def measure(label: str, runs: int, read: Callable[[], CardReadResult]) -> None:
    timings, result = [], None
    for _ in range(runs):
        result = read()
        timings.append(result.elapsed_ms)
    assert result is not None
    status = result.passive_authentication.status
    print(
        f"{label:<52} apdus {result.apdus:>3} (min {result.apdus_minimum:>3})  "
        f"sent {result.bytes_sent:>5} B  received {result.bytes_received:>6} B  "
        f"median {statistics.median(timings):7.1f} ms  min {min(timings):7.1f} ms  "
        f"block {result.block_size:#x}  PA {status}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    pki = TestPki.generate()
    trust = TrustStore([pki.csca_cert])
    citizen = demo_identity(7)
    key = access_key_of(citizen)
    card = make_card(citizen, pki, quirks=CardQuirks(extended_length=True))
    print(f"virtual CCCD of {citizen.full_name}, {args.runs} runs per case")

    for label, options in CASES:
        measure(
            f"in-process: {label}",
            args.runs,
            lambda o=options: read_identity(InProcessTransport(CardSlot(card)), key, trust, o),
        )

    pace_card = make_card(citizen, pki, quirks=CardQuirks(bac=False))
    measure(
        "in-process: identity + photo, PACE-CAN (no BAC)",
        args.runs,
        lambda: read_identity(InProcessTransport(CardSlot(pace_card)), key, trust),
    )

    from counter.idcard.virtual.private_pcscd import PcscdUnavailable, PrivatePcscd

    try:
        pcscd = PrivatePcscd().start()
    except PcscdUnavailable as error:
        print(f"PC/SC cases skipped: {error}")
        return 0
    try:
        os.environ["PCSCLITE_CSOCK_NAME"] = str(pcscd.socket_path)
        run_pcsc_cases(pcscd, card, key, trust, args.runs)
    finally:
        pcscd.stop()
    return 0


def run_pcsc_cases(pcscd: object, card: object, key: object, trust: TrustStore, runs: int) -> None:
    import time

    from counter.idcard.pcsc import PcscBackend
    from counter.idcard.virtual.vpcd import VpcdCardLink

    link = VpcdCardLink(card, pcscd.connect_card)  # type: ignore[arg-type, attr-defined]
    link.insert()
    backend = PcscBackend()
    reader = pcscd.slot_names[0]  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while not backend.reader_states().get(reader) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        for label, options in CASES:

            def read(o: ReadOptions = options) -> CardReadResult:
                transport: Transport = backend.connect(reader)
                try:
                    return read_identity(transport, key, trust, o)  # type: ignore[arg-type]
                finally:
                    transport.close()

            measure(f"PC/SC (pcscd+vpcd): {label}", runs, read)
    finally:
        backend.close()
        link.remove()


if __name__ == "__main__":
    sys.exit(main())
