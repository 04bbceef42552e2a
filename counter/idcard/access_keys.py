"""Which BAC keys open a citizen's chip: one rule for the desktop app and the command line.

The printed expiry date, when given, is the surest key. Without it, the QR code on the card
(when it is this card's) gives the likely expiry dates from the birth and issue dates.
Otherwise the ID number (or a passport's document number), birth date and expiry are needed.
"""

from __future__ import annotations

import re
from datetime import date

from counter.idcard.errors import MrzError
from counter.idcard.mrz import AccessKey
from counter.idcard.qr import CccdQrData

ACCESS_FIELD_LABELS = {"id_number": "số định danh (12 số)", "birth_date": "ngày sinh",
                       "expiry": "hạn thẻ"}


class MissingAccessError(MrzError):
    """Not enough to open the chip: which fields are missing, in the order to fill them."""

    def __init__(self, missing: list[str]) -> None:
        wanted = ", ".join(ACCESS_FIELD_LABELS[name] for name in missing)
        super().__init__("Đọc chip", f"nhập {wanted} — hoặc quét mã QR trên thẻ.")
        self.missing = missing


def missing_access_fields(number: str, birth: date | None, expiry: date | None) -> list[str]:
    """What the officer still has to type before the chip can be opened."""
    if not number.strip():
        return ["id_number"]
    return [name for name, value in (("birth_date", birth), ("expiry", expiry)) if value is None]


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
    if re.fullmatch(r"\d{12}", number) and (birth is None or expiry is None):
        # A CCCD's CAN is the last 6 digits of its ID number: PACE needs nothing more.
        return [AccessKey.from_can(number[-6:])]
    if birth is None or expiry is None or not (number or document_number.strip()):
        raise MissingAccessError(missing_access_fields(number or document_number, birth, expiry))
    if number:
        return [AccessKey.from_id_number(number, birth, expiry)]
    return [AccessKey(document_number.strip().upper(), birth, expiry)]
