"""Fixtures of the ID card tests: a test PKI, virtual cards, and a private pcscd.

The PC/SC fixture starts its own pcscd with a vpcd reader in private mount
and network namespaces; this process reaches it through PCSCLITE_CSOCK_NAME,
set when this file is imported (see ``counter.idcard.virtual.private_pcscd``), so
it never touches a pcscd already running and vpcd only listens inside its
own loopback. Where that is impossible (not root, packages missing) the
PC/SC tests are skipped with the reason, except under CI, where they fail.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from counter.idcard.pcsc import PcscBackend
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.card import CardQuirks, VirtualCard
from counter.idcard.virtual.factory import make_card
from counter.idcard.virtual.identity import VirtualIdentity, demo_identity, demo_passport
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.private_pcscd import PcscdUnavailable, PrivatePcscd
from counter.idcard.virtual.vpcd import VpcdCardLink
from tests.environment import missing


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    return TestPki.load_or_generate(tmp_path_factory.mktemp("test-pki"))


@pytest.fixture(scope="session")
def other_pki() -> TestPki:
    """A second, unrelated PKI: its CSCA must not vouch for cards of ``pki``."""
    return TestPki.generate()


@pytest.fixture
def trust(pki: TestPki) -> TrustStore:
    return TrustStore([pki.csca_cert])


@pytest.fixture
def citizen() -> VirtualIdentity:
    return demo_identity(11)


@pytest.fixture
def traveller() -> VirtualIdentity:
    return demo_passport(12)


@pytest.fixture
def card(citizen: VirtualIdentity, pki: TestPki) -> VirtualCard:
    return make_card(citizen, pki, quirks=CardQuirks())


# libpcsclite reads the socket name once per process, at its first call, and other
# tests may make that call before ours: name our private pcscd's socket now.
PCSCD_WORKDIR = Path(tempfile.gettempdir()) / f"onestop-pcscd-{os.getpid()}"
os.environ["PCSCLITE_CSOCK_NAME"] = str(PCSCD_WORKDIR / "run" / "pcscd.comm")


@pytest.fixture(scope="session")
def pcscd() -> Iterator[PrivatePcscd]:
    daemon = PrivatePcscd(workdir=PCSCD_WORKDIR)
    try:
        daemon.start()
    except PcscdUnavailable as error:
        missing("the PC/SC stack (private pcscd + vpcd)", str(error))
    assert os.environ["PCSCLITE_CSOCK_NAME"] == str(daemon.socket_path)
    yield daemon
    daemon.stop()


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def reader_name(pcscd: PrivatePcscd) -> str:
    return pcscd.slot_names[0]


@pytest.fixture
def insert_card(
    pcscd: PrivatePcscd, reader_name: str
) -> Iterator[Callable[[VirtualCard], VpcdCardLink]]:
    """Put a virtual card into the vpcd reader and wait until PC/SC sees it."""
    backend = PcscBackend()
    links: list[VpcdCardLink] = []

    def insert(card: VirtualCard) -> VpcdCardLink:
        link = VpcdCardLink(card, pcscd.connect_card)
        link.insert()
        links.append(link)
        assert wait_until(lambda: backend.reader_states().get(reader_name) is True)
        return link

    yield insert
    for link in links:
        link.remove()
    assert wait_until(lambda: backend.reader_states().get(reader_name) is False)
    backend.close()


@pytest.fixture
def project_root() -> Path:
    return Path(__file__).resolve().parents[2]
