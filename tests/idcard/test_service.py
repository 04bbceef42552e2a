"""The card service with virtual readers: one device thread, futures, events, errors."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from counter.idcard.errors import (
    CardRemovedError,
    CardTimeoutError,
    NoCardError,
    ReaderUnavailableError,
)
from counter.idcard.service import THREAD_NAME, CardEvent, CardService
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.backend import VirtualBackend
from counter.idcard.virtual.card import VirtualCard
from counter.idcard.virtual.factory import access_key_of
from counter.idcard.virtual.identity import VirtualIdentity

READER = "Virtual CCCD reader"
WAIT = 10


@pytest.fixture
def backend() -> VirtualBackend:
    return VirtualBackend()


@pytest.fixture
def service(backend: VirtualBackend, trust: TrustStore) -> Iterator[CardService]:
    with CardService(backend, trust, poll_interval=0.02) as running:
        yield running


class Events:
    def __init__(self) -> None:
        self.seen: list[CardEvent] = []
        self.changed = threading.Condition()

    def __call__(self, event: CardEvent) -> None:
        with self.changed:
            self.seen.append(event)
            self.changed.notify_all()

    def expect(self, kind: str, reader: str = READER) -> None:
        event = CardEvent(kind, reader)
        with self.changed:
            assert self.changed.wait_for(lambda: event in self.seen, timeout=WAIT), (
                f"no {event} in {self.seen}"
            )


def test_read_through_the_service_on_its_device_thread(
    service: CardService, backend: VirtualBackend, card: VirtualCard, citizen: VirtualIdentity
) -> None:
    backend.insert(card)
    threads: set[str] = set()

    def progress(name: str, done: int, total: int) -> None:
        threads.add(threading.current_thread().name)

    result = service.read_identity(access_key_of(citizen), progress=progress).result(WAIT)
    assert result.reader == READER
    assert result.vn is not None
    assert (result.vn.id_number, result.vn.full_name) == (citizen.id_number, citizen.full_name)
    assert result.passive_authentication.status == "verified"
    assert threads == {THREAD_NAME}
    assert service.readers().result(WAIT) == [READER]


def test_insert_and_remove_events(
    service: CardService, backend: VirtualBackend, card: VirtualCard
) -> None:
    events = Events()
    service.add_listener(events)
    waiting = service.wait_for_card(timeout=WAIT)
    backend.insert(card)
    events.expect("card_inserted")
    assert waiting.result(WAIT) == READER
    backend.remove()
    events.expect("card_removed")
    backend.unplug(READER)
    events.expect("reader_removed")
    backend.plug("Đầu đọc mới")
    events.expect("reader_added", "Đầu đọc mới")


def test_no_card_no_reader_and_unplugged_reader(
    service: CardService, backend: VirtualBackend, citizen: VirtualIdentity
) -> None:
    key = access_key_of(citizen)
    with pytest.raises(NoCardError, match=r"Chưa đặt thẻ lên đầu đọc\."):
        service.read_identity(key).result(WAIT)
    with pytest.raises(ReaderUnavailableError, match="Không thấy đầu đọc “Khác”"):
        service.read_identity(key, reader="Khác").result(WAIT)
    backend.unplug(READER)
    with pytest.raises(ReaderUnavailableError, match="Không thấy đầu đọc thẻ nào"):
        service.read_identity(key).result(WAIT)


def test_card_removed_mid_read_through_the_service(
    service: CardService, backend: VirtualBackend, card: VirtualCard, citizen: VirtualIdentity
) -> None:
    backend.insert(card)

    def pull(name: str, done: int, total: int) -> None:
        if name == "DG2":
            backend.remove()

    future = service.read_identity(access_key_of(citizen), progress=pull)
    with pytest.raises(CardRemovedError, match=r"^Thẻ đã bị rút ra khỏi đầu đọc trong khi đang đọc\."):
        future.result(WAIT)
    backend.insert(card)  # the service keeps working afterwards
    again = service.read_identity(access_key_of(citizen)).result(WAIT)
    assert again.vn is not None
    assert (again.vn.id_number, again.passive_authentication.status) == (
        citizen.id_number, "verified")


def test_waiting_for_a_card_times_out(service: CardService) -> None:
    with pytest.raises(CardTimeoutError, match="Hết thời gian chờ"):
        service.wait_for_card(timeout=0.1).result(WAIT)


def test_a_closed_service_refuses_work(backend: VirtualBackend) -> None:
    service = CardService(backend)
    service.start()
    service.close()
    with pytest.raises(ReaderUnavailableError, match=r"Dịch vụ đọc thẻ đã dừng\."):
        service.readers().result(WAIT)
    with pytest.raises(ReaderUnavailableError, match=r"Dịch vụ đọc thẻ đã dừng\."):
        service.wait_for_card().result(WAIT)
