"""The card service outlives its PC/SC service: pcscd stopped and started under it.

Windows stops its Smart Card service when the last reader is unplugged and
starts it again with the next one; a context made before answers "no
service" for ever. Here the private pcscd is really stopped and started again
while one card service (one backend, one context) keeps running.
"""

from __future__ import annotations

import time

import pytest

from counter.idcard.errors import ReaderUnavailableError
from counter.idcard.pcsc import Backoff, PcscBackend, ServiceUnavailableError
from counter.idcard.service import CardEvent, CardService
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.card import VirtualCard
from counter.idcard.virtual.factory import access_key_of
from counter.idcard.virtual.identity import VirtualIdentity
from counter.idcard.virtual.private_pcscd import PrivatePcscd
from counter.idcard.virtual.vpcd import VpcdCardLink

from .conftest import wait_until


def test_backoff_doubles_up_to_its_limit_and_starts_again_after_success() -> None:
    backoff = Backoff(first=0.25, limit=2.0)
    assert backoff.ready(0.0) and backoff.delay() == 0.0
    delays = []
    for _ in range(6):
        backoff.failed(10.0)
        delays.append(backoff.delay())
    assert delays == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]
    assert not backoff.ready(11.99) and backoff.ready(12.0)
    backoff.succeeded()
    assert backoff.ready(10.0) and backoff.delay() == 0.0


@pytest.mark.pcsc
def test_service_comes_back_after_pcscd_restarts(
    pcscd: PrivatePcscd, reader_name: str, card: VirtualCard, citizen: VirtualIdentity,
    trust: TrustStore,
) -> None:  # fmt: skip
    seen: list[CardEvent] = []
    backend = PcscBackend(Backoff(first=0.1, limit=1.0))
    link = VpcdCardLink(card, pcscd.connect_card)
    with CardService(backend, trust, poll_interval=0.05) as service:
        service.add_listener(seen.append)
        link.insert()
        assert service.wait_for_card(reader_name, timeout=10).result(15) == reader_name
        first = service.read_identity(access_key_of(citizen), include_photo=False).result(30)
        assert first.vn is not None and first.vn.full_name == citizen.full_name
        context_before = backend.context

        link.remove()
        pcscd.stop_daemon()
        try:
            assert wait_until(lambda: CardEvent("reader_removed", reader_name) in seen, 10)
            with pytest.raises(ReaderUnavailableError) as refused:
                service.read_identity(access_key_of(citizen)).result(30)
            assert "PC/SC" in refused.value.message
            attempts_before = backend.establish_attempts
            time.sleep(2.0)  # 40 polls while the service is away
            attempts_while_away = backend.establish_attempts - attempts_before
        finally:
            pcscd.start()
        # back-off: at most one try per second once it reached its limit, not one per poll
        assert 1 <= attempts_while_away <= 5, attempts_while_away

        seen.clear()
        assert wait_until(lambda: CardEvent("reader_added", reader_name) in seen, 10)
        link = VpcdCardLink(card, pcscd.connect_card)
        link.insert()
        try:
            assert service.wait_for_card(reader_name, timeout=10).result(15) == reader_name
            again = service.read_identity(access_key_of(citizen), include_photo=False).result(30)
        finally:
            link.remove()
        assert again.vn is not None and again.vn.full_name == citizen.full_name
        assert backend.context is not None and backend.context != context_before


@pytest.mark.pcsc
def test_a_backend_made_while_the_service_is_down_connects_when_it_returns(
    pcscd: PrivatePcscd, reader_name: str
) -> None:
    backend = PcscBackend(Backoff(first=0.05, limit=0.2))
    pcscd.stop_daemon()
    try:
        with pytest.raises(ServiceUnavailableError):
            backend.list_readers()
        with pytest.raises(ServiceUnavailableError):  # within the back-off: not even tried
            backend.list_readers()
        assert backend.establish_attempts == 1
    finally:
        pcscd.start()
    try:
        assert wait_until(lambda: _readers(backend) == list(pcscd.slot_names), 10)
    finally:
        backend.close()


def _readers(backend: PcscBackend) -> list[str]:
    try:
        return backend.list_readers()
    except ServiceUnavailableError:
        return []
