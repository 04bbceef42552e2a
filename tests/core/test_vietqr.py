"""The VietQR payload: every field, the CRC (also on published payloads), and the
PNG decoded back with zbarimg."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from counter.errors import ConfigurationError, InputError
from counter.payments.qr_image import qr_png
from counter.payments.vietqr import (
    Payee,
    crc16_ccitt_false,
    crc_is_valid,
    parse_objects,
    payment_payload,
)
from tests.environment import missing

PAYEE = Payee("970405", "0000123456789")
CODE = "000.00.12.H42-260302-0001"

# Payloads published with their CRC by other implementations (each CRC is recomputed here):
PUBLISHED = (
    # liopayvn/vietqr-php README (NAPAS IBFT v1.5.2, a static VietQR with merchant name/city)
    "00020101021138480010A00000072701300006970403011621129950446040255204581253037045802VN"
    "5910PHUONG CAC6005HANOI62110307NPS686963045802",
    # phannaly/emv-qr-code README (EMVCo MPM, dynamic, USD)
    "00020101021252044131153137210116372101160123456789ABCDE6010Phnom Penh5913Merchant Shop"
    "5802KH540510.005303840622501081234567802090124444446304A0BA",
)


def test_crc16_ccitt_false_check_value() -> None:
    # The catalogue check value of CRC-16/CCITT-FALSE: "123456789" -> 0x29B1.
    assert crc16_ccitt_false(b"123456789") == 0x29B1


@pytest.mark.parametrize("payload", PUBLISHED)
def test_published_payloads_have_the_crc_we_compute(payload: str) -> None:
    assert crc_is_valid(payload)
    assert not crc_is_valid(payload[:-1] + ("0" if payload[-1] != "0" else "1"))


def test_payload_fields_one_by_one() -> None:
    payload = payment_payload(PAYEE, 20_000, CODE)
    root = parse_objects(payload)
    assert list(root) == ["00", "01", "38", "53", "54", "58", "62", "63"]
    assert root["00"] == "01"
    assert root["01"] == "12"  # dynamic: one payment with its amount
    merchant = parse_objects(root["38"])
    assert merchant == {"00": "A000000727", "01": merchant["01"], "02": "QRIBFTTA"}
    assert parse_objects(merchant["01"]) == {"00": "970405", "01": "0000123456789"}
    assert root["53"] == "704"
    assert root["54"] == "20000"
    assert root["58"] == "VN"
    assert parse_objects(root["62"]) == {"08": CODE}
    assert payload.endswith("6304" + root["63"])
    assert root["63"] == f"{crc16_ccitt_false(payload[:-4].encode()):04X}"
    assert crc_is_valid(payload)


def test_exact_payload_is_stable() -> None:
    assert payment_payload(PAYEE, 50_000, "000.00.12.H42-230601-0003") == (
        "00020101021238570010A00000072701270006970405011300001234567890208QRIBFTTA5303704"
        "5405500005802VN62290825000.00.12.H42-230601-00036304306C"
    )


@pytest.mark.parametrize("payee, words", [
    (Payee("970405", ""), "Chưa có số tài khoản"),
    (Payee("97040", "123"), "BIN"),
    (Payee("97O405", "123"), "BIN"),
    (Payee("970405", "12-34"), "Số tài khoản"),
    (Payee("970405", "1" * 20), "Số tài khoản"),
])
def test_bad_settings_give_a_clear_message_and_no_payload(payee: Payee, words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        payment_payload(payee, 20_000, CODE)


@pytest.mark.parametrize("amount", [0, -5, 10**13, True])
def test_bad_amount(amount: int) -> None:
    with pytest.raises(InputError, match="Số tiền"):
        payment_payload(PAYEE, amount, CODE)


@pytest.mark.parametrize("reference", ["", "Nguyễn", "x" * 26])
def test_bad_reference(reference: str) -> None:
    with pytest.raises(InputError, match="Nội dung chuyển khoản"):
        payment_payload(PAYEE, 20_000, reference)


def test_malformed_payload_is_refused() -> None:
    with pytest.raises(InputError):
        parse_objects("000201011")
    with pytest.raises(InputError):
        parse_objects("00020100020")


def test_png_decodes_back_to_the_payload(tmp_path) -> None:
    payload = payment_payload(PAYEE, 1_234_000, CODE)
    image = tmp_path / "vietqr.png"
    image.write_bytes(qr_png(payload))
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        missing("zbarimg", "zbar-tools is not installed")
    out = subprocess.run([zbarimg, "--quiet", "--raw", str(image)], capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip() == payload
