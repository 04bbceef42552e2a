"""PC/SC readers through pyscard: listing, card presence, and a transport per card.

Used only from the card service's device thread. Every PC/SC failure is
turned into a :class:`CardError` that tells the person at the counter what
happened (no service, no reader, reader unplugged, card removed, card in use).
"""

from __future__ import annotations

import time
from typing import Any

from counter.idcard.errors import (
    CardError,
    CardProtocolError,
    CardRemovedError,
    NoCardError,
    ReaderUnavailableError,
)

SCARD_ABSENT = 0x0002  # SCardStatus state bit (pcsclite.h), not exported by pyscard


def scard() -> Any:
    from smartcard import scard as module

    return module


def describe(hresult: int) -> str:
    try:
        return f"{scard().SCardGetErrorMessage(hresult)} (0x{hresult & 0xFFFFFFFF:08X})"
    except Exception:  # pyscard may not know the code
        return f"0x{hresult & 0xFFFFFFFF:08X}"


def no_service(detail: str) -> ReaderUnavailableError:
    return ReaderUnavailableError(
        "Dịch vụ thẻ thông minh (PC/SC) không chạy. Kiểm tra dịch vụ pcscd/Smart Card.",
        detail=detail,
    )


def reader_gone(reader: str, detail: str) -> ReaderUnavailableError:
    return ReaderUnavailableError(
        f"Không thấy đầu đọc “{reader}”: đầu đọc đã bị rút ra hoặc chưa cắm.", detail=detail
    )


class PcscTransport:
    """One exclusive connection to the card in ``reader``."""

    def __init__(self, context: Any, reader: str) -> None:
        sc = scard()
        self.reader = reader
        hresult, handle, protocol = sc.SCardConnect(
            context, reader, sc.SCARD_SHARE_EXCLUSIVE, sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1
        )
        if hresult != sc.SCARD_S_SUCCESS:
            raise self.connect_error(hresult)
        self.handle: Any = handle
        self.pci = sc.SCARD_PCI_T1 if protocol == sc.SCARD_PROTOCOL_T1 else sc.SCARD_PCI_T0

    def connect_error(self, hresult: int) -> CardError:
        sc = scard()
        detail = describe(hresult)
        if hresult in (sc.SCARD_E_NO_SMARTCARD, sc.SCARD_W_REMOVED_CARD):
            return NoCardError(f"Chưa có thẻ trên đầu đọc “{self.reader}”.", detail=detail)
        if hresult in (sc.SCARD_E_UNKNOWN_READER, sc.SCARD_E_READER_UNAVAILABLE):
            return reader_gone(self.reader, detail)
        if hresult == sc.SCARD_E_SHARING_VIOLATION:
            return CardError("Thẻ đang được một chương trình khác sử dụng.", detail=detail)
        if hresult in (sc.SCARD_W_UNRESPONSIVE_CARD, sc.SCARD_W_UNPOWERED_CARD):
            return CardError("Thẻ không phản hồi: đặt lại thẻ cho ngay ngắn.", detail=detail)
        if hresult == sc.SCARD_E_NO_SERVICE:
            return no_service(detail)
        return CardError("Không kết nối được với thẻ.", detail=detail)

    def card_still_present(self, settle_seconds: float = 1.0) -> bool:
        """After a failed exchange: is the card still there once the reader has looked?"""
        sc = scard()
        deadline = time.monotonic() + settle_seconds
        while True:
            hresult, _reader, state, _protocol, _atr = sc.SCardStatus(self.handle)
            if hresult != sc.SCARD_S_SUCCESS or state & SCARD_ABSENT:
                return False
            if time.monotonic() >= deadline:
                return True
            time.sleep(0.1)

    def transmit(self, apdu: bytes) -> bytes:
        if self.handle is None:
            raise CardRemovedError(detail="connection closed")
        sc = scard()
        hresult, response = sc.SCardTransmit(self.handle, self.pci, list(apdu))
        if hresult == sc.SCARD_S_SUCCESS:
            return bytes(response)
        detail = describe(hresult)
        if hresult in (sc.SCARD_W_REMOVED_CARD, sc.SCARD_E_NO_SMARTCARD, sc.SCARD_W_RESET_CARD):
            raise CardRemovedError(detail=detail)
        if hresult in (sc.SCARD_E_READER_UNAVAILABLE, sc.SCARD_E_UNKNOWN_READER):
            raise reader_gone(self.reader, detail)
        if hresult == sc.SCARD_E_NO_SERVICE:
            raise no_service(detail)
        if not self.card_still_present():
            raise CardRemovedError(detail=detail)
        raise CardProtocolError("Mất liên lạc với thẻ giữa chừng; đặt lại thẻ.", detail=detail)

    def reset(self) -> None:
        if self.handle is None:
            raise CardRemovedError(detail="connection closed")
        sc = scard()
        hresult, protocol = sc.SCardReconnect(
            self.handle,
            sc.SCARD_SHARE_EXCLUSIVE,
            sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1,
            sc.SCARD_RESET_CARD,
        )
        if hresult != sc.SCARD_S_SUCCESS:
            if hresult in (sc.SCARD_E_NO_SMARTCARD, sc.SCARD_W_REMOVED_CARD):
                raise CardRemovedError(detail=describe(hresult))
            raise self.connect_error(hresult)
        self.pci = sc.SCARD_PCI_T1 if protocol == sc.SCARD_PROTOCOL_T1 else sc.SCARD_PCI_T0

    def close(self) -> None:
        handle, self.handle = self.handle, None
        if handle is not None:
            sc = scard()
            sc.SCardDisconnect(handle, sc.SCARD_RESET_CARD)  # session keys end with us


class PcscBackend:
    """The PC/SC resource manager, reached again after it restarts."""

    def __init__(self) -> None:
        self.context: Any = None

    def ensure_context(self) -> Any:
        if self.context is None:
            sc = scard()
            hresult, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
            if hresult != sc.SCARD_S_SUCCESS:
                raise no_service(describe(hresult))
            self.context = context
        return self.context

    def drop_context(self) -> None:
        context, self.context = self.context, None
        if context is not None:
            scard().SCardReleaseContext(context)

    def list_readers(self) -> list[str]:
        sc = scard()
        for _ in range(2):  # once more with a fresh context after pcscd restarted
            hresult, readers = sc.SCardListReaders(self.ensure_context(), [])
            if hresult == sc.SCARD_S_SUCCESS:
                return list(readers)
            if hresult == sc.SCARD_E_NO_READERS_AVAILABLE:
                return []
            self.drop_context()
        raise no_service(describe(hresult))

    def reader_states(self) -> dict[str, bool]:
        """Each reader and whether a card is in it."""
        readers = self.list_readers()
        if not readers:
            return {}
        sc = scard()
        hresult, states = sc.SCardGetStatusChange(
            self.ensure_context(), 0, [(r, sc.SCARD_STATE_UNAWARE) for r in readers]
        )
        if hresult != sc.SCARD_S_SUCCESS:
            self.drop_context()
            return dict.fromkeys(readers, False)
        present = sc.SCARD_STATE_PRESENT
        mute = sc.SCARD_STATE_MUTE
        return {name: bool(state & present) and not state & mute for name, state, _ in states}

    def connect(self, reader: str) -> PcscTransport:
        return PcscTransport(self.ensure_context(), reader)

    def close(self) -> None:
        self.drop_context()
