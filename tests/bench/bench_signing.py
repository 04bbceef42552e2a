"""How long the agency's signature takes on SoftHSM2, beside the token's own floor.

    .venv/bin/python -m tests.bench.bench_signing [--runs 20]

App: sign form 01 (two copies) as the counter does it: the PKCS#11 module initialised
again, log in with the PIN, find key and certificate, PAdES signature with the visible
stamp (pyHanko), close. Also: the same signature in an already open session, and the
verification of the signed file. Floor: one raw PKCS#11 RSA signature (CKM_RSA_PKCS) of
the same SHA-256 digest in an open session. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counter.forms.from_dossier import receipt_pdf
from counter.signing.pdf_sign import sign_pdf
from counter.signing.token import find_signing_key, token_session
from counter.signing.trust import load_trust_store
from counter.signing.verify import verify_pdf
from tests.core.conftest import AGENCY, OFFICER
from tests.signing.softhsm import make_ca, make_token, write_trust_folder

SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def form_01() -> bytes:
    from counter.dossiers.model import IntakeRequest
    from counter.dossiers.receive import receive_dossier
    from tests.core.conftest import citizen, make_workspace

    with tempfile.TemporaryDirectory() as folder:
        workspace = make_workspace(Path(folder))
        view = receive_dossier(workspace, IntakeRequest("1.004222", citizen()), OFFICER)
        pdf = receipt_pdf(view, AGENCY, "Trần Văn Bình")
        workspace.close()
    return pdf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    pdf = form_01()
    with tempfile.TemporaryDirectory() as folder:
        ca = make_ca()
        token = make_token(Path(folder), ca)
        trust = load_trust_store(str(write_trust_folder(Path(folder) / "trust", ca)))

        def sign_as_the_counter() -> bytes:
            with token_session(token.module, token.pin, token.label) as session:
                return sign_pdf(pdf, session, find_signing_key(session), AGENCY.name, "bench")

        start = time.perf_counter()
        signed = sign_as_the_counter()
        print(f"first signature of the process (imports, font subset): "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        app, app_max = median_ms(sign_as_the_counter, args.runs)

        with token_session(token.module, token.pin, token.label) as session:
            key = find_signing_key(session)
            in_session, _ = median_ms(
                lambda: sign_pdf(pdf, session, key, AGENCY.name, "bench"), args.runs)
            from pkcs11 import Attribute, Mechanism, ObjectClass

            private = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=key.key_id)
            digest_info = SHA256_DIGEST_INFO + hashlib.sha256(pdf).digest()
            floor, floor_max = median_ms(
                lambda: private.sign(digest_info, mechanism=Mechanism.RSA_PKCS), args.runs)
            bits = len(private[Attribute.MODULUS]) * 8
        verified, _ = median_ms(lambda: verify_pdf(signed, trust), args.runs)

    print(f"form 01 ({len(pdf) // 1024} KiB, 2 pages), RSA-{bits} on SoftHSM2, {args.runs} runs:")
    print(f"  app: sign as the counter (init module, PIN, find key, PAdES + stamp): "
          f"median {app:.1f} ms (max {app_max:.1f})")
    print(f"  app: PAdES + stamp in an open session: median {in_session:.1f} ms")
    print(f"  floor: raw PKCS#11 RSA sign of the same SHA-256 digest: median {floor:.2f} ms "
          f"(max {floor_max:.2f})")
    print(f"  ratio app / floor: {app / floor:.0f}x (in an open session: {in_session / floor:.0f}x)")
    print(f"  verify the signed file (trust store of 1 CA): median {verified:.1f} ms; "
          f"signed file {len(signed) // 1024} KiB (+{(len(signed) - len(pdf)) // 1024} KiB)")


if __name__ == "__main__":
    main()
