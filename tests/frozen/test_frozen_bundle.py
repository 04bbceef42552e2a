"""The frozen app runs as a user runs it, with no Python on PATH.

``--version``, the first ``setup``, an intake from a file, ``print receipt``
with the bundled fonts embedded, a chip read from the virtual card through a
real pcscd, and ``screenshot --demo``. The bundle's size and build time are
printed (see conftest).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from pypdf import PdfReader

from counter import __version__
from counter.idcard.virtual.factory import make_card
from counter.idcard.virtual.identity import demo_identity
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.private_pcscd import PcscdUnavailable, PrivatePcscd
from counter.idcard.virtual.vpcd import VpcdCardLink
from tests.environment import missing

from .conftest import Bundle

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]
ADMIN, OFFICER = "quan-tri-1", "can-bo-123"


def test_version_and_no_python_on_path(bundle: Bundle) -> None:
    done = bundle.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"onestop-counter {__version__} (frozen)"
    assert bundle.environment()["PATH"] == str(bundle.bin_dir)
    assert list(bundle.bin_dir.iterdir()) == []


def test_setup_intake_and_receipt_with_fonts_inside(bundle: Bundle, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    setup = bundle.run(
        "--data-dir", data, "setup", "--agency-code", "000.00.12.H42",
        "--agency-name", "Ủy ban nhân dân xã Tân Phú", "--workstation", "Quầy 1",
        "--seed-catalogue", "--admin-user", "quantri", "--admin-name", "Nguyễn Văn Quản",
        "--password-stdin", stdin=f"{ADMIN}\n",
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    made = bundle.run(
        "--data-dir", data, "accounts", "create", "canbo1", "--name", "Trần Văn Bình",
        "--account-role", "officer", "--user", "quantri", "--password-stdin",
        stdin=f"{ADMIN}\n{OFFICER}\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    intake = tmp_path / "in.json"
    intake.write_text(
        json.dumps({"procedure_code": "1.004222",
                    "applicant": {"full_name": "Phạm Minh Tuấn", "id_number": "036095001122"}},
                   ensure_ascii=False),
        encoding="utf-8",
    )  # fmt: skip
    officer = ("--user", "canbo1", "--password-stdin")
    received = bundle.run("--data-dir", data, "intake", "--json", str(intake), *officer,
                          stdin=f"{OFFICER}\n")  # fmt: skip
    assert received.returncode == 0, received.stderr
    code = received.stdout.strip()
    assert code.startswith("000.00.12.H42-")
    pdf = tmp_path / "giay.pdf"
    printed = bundle.run("--data-dir", data, "print", "receipt", "--dossier", code,
                         "--out", str(pdf), *officer, stdin=f"{OFFICER}\n")  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    reader = PdfReader(str(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Phạm Minh Tuấn" in text and code in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSerif" in name for name in fonts), fonts


@pytest.fixture
def own_pcscd(tmp_path: Path) -> Iterator[PrivatePcscd]:
    daemon = PrivatePcscd(reader_name="Frozen CCCD", workdir=tmp_path / "pcscd")
    try:
        daemon.start()
    except PcscdUnavailable as error:
        missing("the PC/SC stack (private pcscd + vpcd)", str(error))
    yield daemon
    daemon.stop()


@pytest.mark.pcsc
def test_chip_read_through_pcscd(bundle: Bundle, own_pcscd: PrivatePcscd, tmp_path: Path) -> None:
    pki = TestPki.generate()
    citizen = demo_identity(21)
    link = VpcdCardLink(make_card(citizen, pki), own_pcscd.connect_card)
    env = {"PCSCLITE_CSOCK_NAME": str(own_pcscd.socket_path)}
    data = str(tmp_path / "data")
    csca = tmp_path / "csca.pem"
    csca.write_bytes(pki.csca_cert.public_bytes(serialization.Encoding.PEM))
    link.insert()
    try:
        deadline = time.monotonic() + 20
        while True:
            listed = bundle.run("--data-dir", data, "card", "readers", "--json", **env)
            assert listed.returncode == 0, listed.stderr
            if json.loads(listed.stdout)[0]["card"] or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert json.loads(listed.stdout)[0] == {"reader": own_pcscd.slot_names[0], "card": True}
        read = bundle.run(
            "--data-dir", data, "card", "read", "--id-number", citizen.id_number,
            "--birth", citizen.birth_date.isoformat(), "--expiry", citizen.expiry_date.isoformat(),
            "--trust", str(csca), "--json", **env,
        )  # fmt: skip
    finally:
        link.remove()
    assert read.returncode == 0, read.stderr
    out = json.loads(read.stdout)
    assert out["vn"]["full_name"] == citizen.full_name
    assert out["photo"]["width"] == 240
    assert out["passive_authentication"]["status"] == "verified"


def test_screenshots_of_the_demo(bundle: Bundle, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = bundle.run("--data-dir", str(tmp_path / "data"), "screenshot", "--out", str(out),
                      "--demo", timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    shots = [Path(line) for line in done.stdout.split()]
    citizen = ["citizen-intake", "citizen-payment", "citizen-rating"]  # the citizen's screen
    assert [p.stem for p in shots] == ["login", "intake", *citizen, "desk", "detail", "day",
                                       "first-run"]
    for shot in shots:
        header = shot.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        size = (1024, 600) if shot.stem in citizen else (1366, 768)
        assert (width, height) == size, shot
        assert shot.stat().st_size > 20_000, f"{shot.name} looks blank"
