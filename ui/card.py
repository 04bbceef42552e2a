"""The card reader as the GUI sees it: the core's card service, handed over to the UI thread.

All card I/O stays on the card service's device thread; its callbacks (reader and
card changes, finished reads) are relayed here as Qt signals on the main thread.
Demo mode uses the in-process virtual reader with a demo citizen's card, signed by
a TEST certificate authority that the demo trust store holds (and names).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from ui.qt import QObject, Qt, Signal, Slot

if TYPE_CHECKING:  # the card stack (and cryptography) loads when a reader is opened or read
    from counter.idcard.mrz import AccessKey
    from counter.idcard.result import CardReadResult
    from counter.idcard.service import CardBackend, CardEvent, CardService
    from counter.idcard.trust import TrustStore

log = logging.getLogger(__name__)
TRUST_FOLDER = "csca"  # CSCA certificates or master lists, in the data directory


class _Relay(QObject):
    card_event = Signal(object)
    read_done = Signal(object, object)  # (result or None, error or None)


class CardReader(QObject):
    """Reader state and identity reads for the widgets; ``None`` service: no reader support."""

    state_changed = Signal()
    read_finished = Signal(object)  # CardReadResult
    read_failed = Signal(object)  # Exception

    def __init__(self, service: CardService | None, kind: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.kind = kind  # "pcsc", "virtual" or "none"
        self.readers: dict[str, bool] = {}
        self.reading = False
        self._relay = _Relay()
        self._relay.card_event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._relay.read_done.connect(self._on_read_done, Qt.ConnectionType.QueuedConnection)
        if service is not None:
            service.add_listener(self._relay.card_event.emit)
            service.start()

    @property
    def available(self) -> bool:
        return self.service is not None

    @property
    def card_present(self) -> bool:
        return any(self.readers.values())

    def read(self, keys: Sequence[AccessKey]) -> None:
        """Read the card in the reader with the first key it accepts; the answer comes by signal."""
        if self.service is None or self.reading:
            return
        self.reading = True
        future = self.service.read_identity(list(keys))
        future.add_done_callback(self._deliver)

    def _deliver(self, future: Future[CardReadResult]) -> None:
        error = future.exception()
        self._relay.read_done.emit(None if error else future.result(), error)

    @Slot(object, object)
    def _on_read_done(self, result: CardReadResult | None, error: BaseException | None) -> None:
        self.reading = False
        if error is not None:
            self.read_failed.emit(error)
        else:
            self.read_finished.emit(result)

    @Slot(object)
    def _on_event(self, event: CardEvent) -> None:
        if event.kind == "reader_removed":
            self.readers.pop(event.reader, None)
        elif event.kind == "reader_added":
            self.readers.setdefault(event.reader, False)
        else:
            self.readers[event.reader] = event.kind == "card_inserted"
        self.state_changed.emit()

    def close(self) -> None:
        if self.service is not None:
            self.service.close()
            self.service = None


def trust_store(data_dir: Path) -> TrustStore | None:
    """The CSCA certificates in the data directory; None (an empty store) without the folder."""
    folder = data_dir / TRUST_FOLDER
    if not folder.is_dir():
        return None
    from counter.idcard.trust import TrustStore

    return TrustStore.from_path(folder)


def pcsc_reader(data_dir: Path) -> CardReader:
    """The real readers through PC/SC; without pyscard the panel says reading is unavailable."""
    try:
        from counter.idcard.pcsc import PcscBackend, scard

        scard()
        from counter.idcard.service import CardService
    except ImportError as error:
        log.warning("card reading unavailable: %s", error)
        return CardReader(None, "none")
    backend: CardBackend = PcscBackend()
    return CardReader(CardService(backend, trust_store(data_dir)), "pcsc")


def virtual_reader(data_dir: Path, seed: int) -> CardReader:
    """Demo mode: a virtual reader holding the demo citizen's card (TEST PKI in the trust store)."""
    from counter import clock
    from counter.idcard.service import CardService
    from counter.idcard.trust import TrustStore
    from counter.idcard.virtual.backend import VirtualBackend
    from counter.idcard.virtual.factory import make_card
    from counter.idcard.virtual.identity import demo_identity
    from counter.idcard.virtual.pki import TestPki

    pki = TestPki.load_or_generate(data_dir / "demo-test-pki")
    backend = VirtualBackend(("Đầu đọc ảo (demo)",))
    backend.insert(make_card(demo_identity(seed, today=clock.now().date()), pki))
    trust = TrustStore(certificates=[pki.csca_cert], source="demo TEST CSCA")
    return CardReader(CardService(backend, trust), "virtual")
