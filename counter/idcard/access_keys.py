"""Which BAC keys open a citizen's chip: one rule for the desktop app and the command line.

The printed expiry date, when given, is the surest key. Without it, the QR code on the card
(when it is this card's) gives the likely expiry dates from the birth and issue dates.
Otherwise the ID number (or a passport's document number), birth date and expiry are needed.
"""

from __future__ import annotations

from datetime import date

from counter.idcard.errors import MrzError
from counter.idcard.mrz import AccessKey
from counter.idcard.qr import CccdQrData


def chip_access_keys(
    *,
    id_number: str = "",
    birth: date | None = None,
    expiry: date | None = None,
    qr: CccdQrData | None = None,
    document_number: str = "",
) -> list[AccessKey]:
    """The keys to try, surest first; a clear message when there is not enough to make one.

    The QR code counts only for the card it was read from: a typed ID number that differs
    from the QR's means another card.
    """
    number = id_number.strip()
    card_qr = qr if qr is not None and number in ("", qr.id_number) else None
    if card_qr is not None:
        if expiry is not None:
            return [AccessKey.from_id_number(card_qr.id_number, card_qr.birth_date, expiry)]
        return card_qr.access_keys()
    if birth is None or expiry is None or not (number or document_number.strip()):
        raise MrzError(
            "Khóa đọc chip",
            "cần số định danh, ngày sinh và hạn thẻ (in trên thẻ); hoặc quét mã QR trước.",
        )
    if number:
        return [AccessKey.from_id_number(number, birth, expiry)]
    return [AccessKey(document_number.strip().upper(), birth, expiry)]
