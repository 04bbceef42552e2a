"""ISO 7816-4 command and response APDUs, and the transport a session talks through."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from counter.idcard.errors import CardProtocolError

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_FAILED = 0x6300
SW_SM_OBJECTS_MISSING = 0x6987
SW_SM_OBJECTS_INCORRECT = 0x6988
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_P1P2 = 0x6A86
SW_INCORRECT_PARAMETERS = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CONDITIONS_NOT_SATISFIED = 0x6985

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_CHALLENGE = 0x84
INS_EXTERNAL_AUTHENTICATE = 0x82
INS_MSE = 0x22
INS_GENERAL_AUTHENTICATE = 0x86


@dataclass(frozen=True)
class CommandApdu:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None  # expected length; 256 (short) or 65536 (extended) means "all"

    @property
    def extended(self) -> bool:
        return len(self.data) > 255 or (self.le is not None and self.le > 256)

    def to_bytes(self, *, force_extended: bool = False) -> bytes:
        header = bytes([self.cla, self.ins, self.p1, self.p2])
        if self.extended or force_extended:
            body = b""
            if self.data:
                body += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                le = (self.le % 65536).to_bytes(2, "big")
                body += le if self.data else b"\x00" + le
            return header + body
        body = bytes([len(self.data)]) + self.data if self.data else b""
        if self.le is not None:
            body += bytes([self.le % 256])
        return header + body

    @classmethod
    def from_bytes(cls, raw: bytes) -> CommandApdu:
        """Decode cases 1–4, short or extended; malformed input raises ``CardProtocolError``."""
        if len(raw) < 4:
            raise CardProtocolError("APDU quá ngắn", detail=raw.hex())
        cla, ins, p1, p2 = raw[:4]
        body = raw[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0] or 256)
        if body[0] != 0:
            lc = body[0]
            if len(body) == 1 + lc:
                return cls(cla, ins, p1, p2, body[1:])
            if len(body) == 2 + lc:
                return cls(cla, ins, p1, p2, body[1 : 1 + lc], body[-1] or 256)
            raise CardProtocolError("Độ dài APDU không khớp Lc", detail=raw.hex())
        if len(body) == 3:
            return cls(cla, ins, p1, p2, le=int.from_bytes(body[1:3], "big") or 65536)
        lc = int.from_bytes(body[1:3], "big")
        data = body[3 : 3 + lc]
        rest = body[3 + lc :]
        if lc == 0 or len(data) != lc or len(rest) not in (0, 2):
            raise CardProtocolError("Độ dài APDU mở rộng không khớp", detail=raw.hex())
        le = (int.from_bytes(rest, "big") or 65536) if rest else None
        return cls(cla, ins, p1, p2, data, le)


@dataclass(frozen=True)
class ResponseApdu:
    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    @classmethod
    def from_bytes(cls, raw: bytes) -> ResponseApdu:
        if len(raw) < 2:
            raise CardProtocolError(
                "Thẻ trả lời thiếu mã trạng thái (phản hồi bị cắt cụt).", detail=raw.hex()
            )
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))

    def to_bytes(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")


class Transport(Protocol):
    """One connected card: sends a command APDU, returns the raw response."""

    def transmit(self, apdu: bytes) -> bytes: ...

    def reset(self) -> None:
        """Reset the card (a warm reset): it forgets any selection and session keys."""
        ...

    def close(self) -> None: ...
