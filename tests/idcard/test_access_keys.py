"""One rule for the keys that open a chip, whether typed at the counter or given on the
command line: the printed expiry first, else the QR code of the same card, else the CAN of
a 12-digit ID number (PACE), else a message naming what to type."""

from __future__ import annotations

import datetime as dt

import pytest

from counter.idcard.access_keys import chip_access_keys
from counter.idcard.errors import MrzError
from counter.idcard.qr import parse_cccd_qr

QR = parse_cccd_qr(
    "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn Đoài, xã Đông Anh|15042021",
    today=dt.date(2026, 11, 1),
)
BIRTH, PRINTED = dt.date(1990, 1, 1), dt.date(2031, 1, 1)


def _keys(**given: object) -> list[tuple[str, dt.date, dt.date, str | None]]:
    keys = chip_access_keys(**given)  # type: ignore[arg-type]
    return [(k.document_number, k.birth_date, k.expiry_date, k.can) for k in keys]


def test_the_qr_of_this_card_gives_its_likely_expiries() -> None:
    from_qr = [("090123456", BIRTH, dt.date(2030, 1, 1), "123456")]
    assert _keys(qr=QR) == from_qr
    assert _keys(qr=QR, id_number=" 001090123456 ") == from_qr


def test_the_printed_expiry_is_surer_than_the_qr() -> None:
    assert _keys(qr=QR, expiry=PRINTED) == [("090123456", BIRTH, PRINTED, "123456")]


def test_a_qr_of_another_card_is_not_used() -> None:
    assert _keys(qr=QR, id_number="079301000999", birth=dt.date(2000, 2, 29),
                 expiry=PRINTED) == [("301000999", dt.date(2000, 2, 29), PRINTED, "000999")]
    # without the expiry, the typed number's own CAN, never the other card's QR
    [key] = chip_access_keys(qr=QR, id_number="079301000999", birth=dt.date(2000, 2, 29))
    assert key.can == "000999" and not key.bac


def test_typed_numbers_need_birth_and_expiry_unless_the_can_will_do() -> None:
    assert _keys(id_number="001090123456", birth=BIRTH, expiry=PRINTED) == [
        ("090123456", BIRTH, PRINTED, "123456")]
    assert _keys(document_number=" c1234567 ", birth=BIRTH, expiry=PRINTED) == [
        ("C1234567", BIRTH, PRINTED, None)]
    number = "001090123456"
    for given in ({"id_number": number, "birth": BIRTH}, {"id_number": number, "expiry": PRINTED},
                  {"id_number": number}):
        [key] = chip_access_keys(**given)  # type: ignore[arg-type]
        assert key.can == "123456" and not key.bac  # PACE with the CAN only
    for given in ({"id_number": "  ", "birth": BIRTH, "expiry": PRINTED},
                  {"document_number": "C1234567", "birth": BIRTH}):
        with pytest.raises(MrzError, match="Đọc chip"):
            chip_access_keys(**given)  # type: ignore[arg-type]
