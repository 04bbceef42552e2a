"""A card backend of virtual readers without PC/SC (for GUI and flow tests, demo mode)."""

from __future__ import annotations

import threading

from counter.idcard.errors import NoCardError, ReaderUnavailableError
from counter.idcard.virtual.card import VirtualCard
from counter.idcard.virtual.transport import CardSlot, InProcessTransport


class VirtualBackend:
    """Named virtual readers; cards are inserted and removed from any thread."""

    def __init__(self, reader_names: tuple[str, ...] = ("Virtual CCCD reader",)) -> None:
        self.lock = threading.Lock()
        self.slots = {name: CardSlot() for name in reader_names}

    def insert(self, card: VirtualCard, reader: str | None = None) -> None:
        self.slot(reader).insert(card)

    def remove(self, reader: str | None = None) -> None:
        self.slot(reader).remove()

    def unplug(self, reader: str) -> None:
        with self.lock:
            self.slots.pop(reader, None)

    def plug(self, reader: str) -> None:
        with self.lock:
            self.slots.setdefault(reader, CardSlot())

    def slot(self, reader: str | None) -> CardSlot:
        with self.lock:
            name = reader or next(iter(self.slots))
            return self.slots[name]

    def list_readers(self) -> list[str]:
        with self.lock:
            return list(self.slots)

    def reader_states(self) -> dict[str, bool]:
        with self.lock:
            slots = dict(self.slots)
        return {name: slot.present for name, slot in slots.items()}

    def connect(self, reader: str) -> InProcessTransport:
        with self.lock:
            slot = self.slots.get(reader)
        if slot is None:
            raise ReaderUnavailableError(f"Không thấy đầu đọc “{reader}”.")
        if not slot.present:
            raise NoCardError(f"Chưa đặt thẻ lên đầu đọc “{reader}”.")
        return InProcessTransport(slot)

    def close(self) -> None:
        """Nothing to release."""
