"""Errors of the ID card module, each with a message for the person at the counter.

Every failure a user can act on (no reader, card removed, wrong BAC inputs,
a card that is not an ICAO document, damaged data) is a :class:`CardError`
subclass of :class:`counter.errors.CounterError`; the message is Vietnamese
and names the cause. ``detail`` carries technical facts for the log.
"""

from __future__ import annotations

from counter.errors import CounterError, InputError


class CardError(CounterError):
    code = "card"


class ReaderUnavailableError(CardError):
    """No PC/SC service, no reader, or the reader was unplugged."""

    code = "reader_unavailable"


class NoCardError(CardError):
    code = "no_card"


class CardRemovedError(CardError):
    code = "card_removed"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(
            "Thẻ đã bị rút ra khỏi đầu đọc trong khi đang đọc. Đặt lại thẻ và đọc lại.",
            detail=detail,
        )


class CardTimeoutError(CardError):
    code = "card_timeout"


ACCESS_MESSAGES = {
    "BAC": "Thẻ từ chối khóa truy cập (BAC). Kiểm tra lại số định danh (số giấy tờ), "
    "ngày sinh và ngày hết hạn.",
    "PACE-MRZ": "Thẻ từ chối khóa truy cập (PACE). Kiểm tra lại số định danh (số giấy tờ), "
    "ngày sinh và ngày hết hạn.",
    "PACE-CAN": "Thẻ từ chối mã CAN (PACE). Kiểm tra lại số định danh: mã CAN là 6 chữ số cuối.",
}


class AccessDeniedError(CardError):
    """The chip refused the access key: the document number, birth or expiry date is wrong."""

    code = "access_denied"

    def __init__(self, detail: str | None = None, *, method: str = "BAC") -> None:
        super().__init__(ACCESS_MESSAGES[method], detail=detail)
        self.method = method


class AccessUnavailableError(CardError):
    """The chip offers no access method this reader knows (no BAC, no usable PACE)."""

    code = "access_unavailable"


class PaceUnavailableError(AccessUnavailableError):
    """Only the CAN was given and the chip offers no PACE: BAC's three fields are needed."""

    def __init__(self) -> None:
        super().__init__(
            "Chip này không mở được chỉ bằng số định danh (thẻ không có PACE): cần thêm ngày "
            "sinh và hạn thẻ in trên thẻ, hoặc quét mã QR trên thẻ.", detail="pace not offered")


class NotIcaoCardError(CardError):
    code = "not_icao"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(
            "Thẻ trong đầu đọc không phải thẻ căn cước/hộ chiếu gắn chip (ICAO 9303).",
            detail=detail,
        )


class CardProtocolError(CardError):
    """The chip answered something the protocol does not allow."""

    code = "card_protocol"


class SecureMessagingError(CardProtocolError):
    """A protected response failed its check (wrong MAC, missing object, bad padding)."""

    code = "secure_messaging"


class CardDataError(CardError):
    """A file read from the chip is malformed."""

    code = "card_data"


class TlvError(CardDataError):
    code = "tlv"


class MrzError(InputError):
    code = "mrz"


class QrFormatError(InputError):
    code = "qr_format"

    def __init__(self, message: str) -> None:
        super().__init__("Mã QR", message)
