"""PC/SC readers through pyscard: listing, card presence, and a transport per card.

Used only from the card service's device thread. Every PC/SC failure is
turned into a :class:`CardError` that tells the person at the counter what
happened (no service, no reader, reader unplugged, card removed, card in use).

The resource manager can go away under a running app: Windows stops its
Smart Card service when the last reader is unplugged and starts it again with
the next one; pcscd may be restarted. A context made before that answers
"no service", "service stopped" or "invalid handle" for ever, so the backend
releases it and establishes a new one, no more often than a bounded back-off
allows while the service stays away.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
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


def service_lost(hresult: int) -> bool:
    """Does ``hresult`` mean the context is dead (the service stopped or restarted)?"""
    sc = scard()
    return hresult in (sc.SCARD_E_NO_SERVICE, sc.SCARD_E_SERVICE_STOPPED, sc.SCARD_E_INVALID_HANDLE)


@dataclass
class Backoff:
    """When to try to establish a context again after the service was away.

    The delay doubles after each failed attempt, from ``first`` up to ``limit``
    seconds, and starts again from nothing after a success.
    """

    first: float = 0.25
    limit: float = 4.0
    failures: int = 0
    next_attempt: float = 0.0

    def delay(self) -> float:
        if self.failures == 0:
            return 0.0
        return float(min(self.limit, self.first * 2 ** (self.failures - 1)))

    def ready(self, now: float) -> bool:
        return now >= self.next_attempt

    def failed(self, now: float) -> None:
        self.failures += 1
        self.next_attempt = now + self.delay()

    def succeeded(self) -> None:
        self.failures, self.next_attempt = 0, 0.0


class ServiceUnavailableError(ReaderUnavailableError):
    """The PC/SC service is not running (or stopped under a context made before)."""


def no_service(detail: str) -> ServiceUnavailableError:
    return ServiceUnavailableError(
        "Dịch vụ thẻ thông minh (PC/SC) không chạy. Kiểm tra dịch vụ pcscd/Smart Card.",
        detail=detail,
    )


def reader_gone(reader: str, detail: str) -> ReaderUnavailableError:
    return ReaderUnavailableError(
        f"Không thấy đầu đọc “{reader}”: đầu đọc đã bị rút ra hoặc chưa cắm.", detail=detail
    )


class PcscTransport:
    """One exclusive connection to the card in ``reader``."""

    def __init__(
        self, context: Any, reader: str, on_service_lost: Callable[[], None] | None = None
    ) -> None:
        sc = scard()
        self.reader = reader
        self.on_service_lost = on_service_lost
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
        if service_lost(hresult):
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
        if service_lost(hresult):
            if self.on_service_lost is not None:
                self.on_service_lost()
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
    """The PC/SC resource manager, reached again after it stops and comes back."""

    def __init__(
        self, backoff: Backoff | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.context: Any = None
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.establish_attempts = 0  # how often a context was asked for (tests, doctor)

    def ensure_context(self) -> Any:
        if self.context is not None:
            return self.context
        now = self.clock()
        if not self.backoff.ready(now):
            wait = self.backoff.next_attempt - now
            raise no_service(f"service away; next attempt in {wait:.2f} s")
        sc = scard()
        self.establish_attempts += 1
        hresult, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
        if hresult != sc.SCARD_S_SUCCESS:
            self.backoff.failed(now)
            raise no_service(describe(hresult))
        self.backoff.succeeded()
        self.context = context
        return context

    def drop_context(self) -> None:
        context, self.context = self.context, None
        if context is not None:
            with contextlib.suppress(Exception):  # a dead context may not even be released
                scard().SCardReleaseContext(context)

    def call(self, operation: Callable[[Any], tuple[Any, ...]]) -> tuple[Any, ...]:
        """``operation(context)``; once more with a new context if the service restarted."""
        answer = operation(self.ensure_context())
        if not service_lost(answer[0]):
            return answer
        self.drop_context()
        answer = operation(self.ensure_context())
        if service_lost(answer[0]):
            self.drop_context()
            self.backoff.failed(self.clock())
        return answer

    def list_readers(self) -> list[str]:
        sc = scard()
        hresult, readers = self.call(lambda context: sc.SCardListReaders(context, []))
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
        unaware = [(r, sc.SCARD_STATE_UNAWARE) for r in readers]
        hresult, states = self.call(lambda context: sc.SCardGetStatusChange(context, 0, unaware))
        if service_lost(hresult):
            raise no_service(describe(hresult))
        if hresult != sc.SCARD_S_SUCCESS:
            self.drop_context()
            return dict.fromkeys(readers, False)
        present = sc.SCARD_STATE_PRESENT
        mute = sc.SCARD_STATE_MUTE
        return {name: bool(state & present) and not state & mute for name, state, _ in states}

    def connect(self, reader: str) -> PcscTransport:
        try:
            return PcscTransport(self.ensure_context(), reader, self.drop_context)
        except ServiceUnavailableError:
            if self.context is None:
                raise
            self.drop_context()  # a context from before a restart: one more try
            return PcscTransport(self.ensure_context(), reader, self.drop_context)

    def close(self) -> None:
        self.drop_context()
