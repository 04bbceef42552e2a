"""An in-process transport to a virtual card: no PC/SC at all (fast tests, GUI tests)."""

from __future__ import annotations

import threading

from counter.idcard.errors import CardRemovedError
from counter.idcard.virtual.card import VirtualCard


class CardSlot:
    """A place a virtual card can be put in or taken out of, from any thread."""

    def __init__(self, card: VirtualCard | None = None) -> None:
        self.lock = threading.Lock()
        self.card = card

    def insert(self, card: VirtualCard) -> None:
        with self.lock:
            card.reset()
            self.card = card

    def remove(self) -> None:
        with self.lock:
            self.card = None

    @property
    def present(self) -> bool:
        with self.lock:
            return self.card is not None


class InProcessTransport:
    """Talks to the card in a :class:`CardSlot`; a removed card raises ``CardRemovedError``."""

    def __init__(self, slot: CardSlot) -> None:
        self.slot = slot
        with slot.lock:
            self.card = slot.card
        if self.card is None:
            raise CardRemovedError(detail="no card in the virtual slot")
        self.card.reset()

    def transmit(self, apdu: bytes) -> bytes:
        with self.slot.lock:
            if self.slot.card is not self.card or self.card is None:
                raise CardRemovedError(detail="virtual card removed")
            card = self.card
        return card.process(apdu)

    def reset(self) -> None:
        with self.slot.lock:
            if self.slot.card is not self.card or self.card is None:
                raise CardRemovedError(detail="virtual card removed")
            card = self.card
        card.reset()

    def close(self) -> None:
        self.card = None
