"""The applicant panel's data from a chip read (virtual card) and from a CCCD QR code."""

from __future__ import annotations

import datetime as dt

from counter.applicant_sources import applicant_from_card, applicant_from_qr
from counter.idcard.mrz import AccessKey
from counter.idcard.qr import parse_cccd_qr
from counter.idcard.reading import ReadOptions, read_identity
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.factory import make_card
from counter.idcard.virtual.identity import demo_identity, demo_passport
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.transport import CardSlot, InProcessTransport
from counter.people import check_applicant


def _read(identity):  # type: ignore[no-untyped-def]
    pki = TestPki.generate()
    transport = InProcessTransport(CardSlot(make_card(identity, pki)))
    key = AccessKey(identity.document_number, identity.birth_date, identity.expiry_date)
    return read_identity(transport, key, TrustStore(certificates=[pki.csca_cert]),
                         ReadOptions(include_photo=False))


def test_a_cccd_chip_fills_the_applicant_from_dg13() -> None:
    person = demo_identity(5)
    applicant = applicant_from_card(_read(person))
    assert (applicant.full_name, applicant.id_number) == (person.full_name, person.id_number)
    assert (applicant.birth_date, applicant.sex) == (person.birth_date, person.sex)
    assert applicant.address == person.place_of_residence
    assert applicant.source == "chip"
    check_applicant(applicant, dt.date.today())


def test_a_passport_chip_falls_back_to_the_mrz() -> None:
    person = demo_passport(2)
    applicant = applicant_from_card(_read(person))
    assert applicant.id_type == "passport"
    assert applicant.id_number == person.passport_number
    assert applicant.birth_date == person.birth_date


def test_a_qr_code_fills_the_applicant() -> None:
    data = parse_cccd_qr("001090123456|012345678|Nguyễn Văn An|01011990|Nam|"
                         "Thôn 3, xã Tân Phú, tỉnh Đồng Nai|15042021")
    applicant = applicant_from_qr(data)
    assert (applicant.full_name, applicant.birth_date) == ("Nguyễn Văn An", dt.date(1990, 1, 1))
    assert applicant.address.startswith("Thôn 3") and applicant.source == "qr"
