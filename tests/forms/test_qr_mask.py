"""The QR mask is chosen by ReportLab's own penalty, computed faster: same symbols exactly."""

from __future__ import annotations

import random
import string

import pytest
from reportlab.graphics.barcode import qrencoder

from counter.forms.codes import QR_QUIET_MODULES, module_path, qr_flowable
from counter.forms.qr_fast import create_data, modules_penalty

ALPHABET = string.ascii_letters + string.digits + "-./:?=&%"


def _payloads(count: int) -> list[str]:
    rng = random.Random(18004)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 200)))
            for _ in range(count)]


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_the_penalty_is_reportlabs_for_every_mask(level: str) -> None:
    for payload in _payloads(40):
        symbol = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        symbol.addData(payload)
        symbol.version = symbol.calculate_version()
        for mask in range(8):
            symbol.makeImpl(True, mask)
            assert modules_penalty(symbol.modules) == qrencoder.QRUtil.getLostPoint(symbol)


def test_the_dossier_qr_is_the_symbol_reportlab_makes() -> None:
    for payload in ["000.00.12.H42-250605-0003", *_payloads(20)]:
        reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(payload)
        reference.make()
        ours = qr_flowable(payload, 60).qr
        ours.make()
        assert ours.modules == reference.modules


def _unicode_payloads(count: int) -> list[str]:
    rng = random.Random(7322)
    letters = ALPHABET + "ăâđêôơưàáảãạằắẳẵặấầẩẫậđèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ{}\":,"
    return ["".join(rng.choice(letters) for _ in range(rng.randrange(1, 400)))
            for _ in range(count)]


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_the_quicker_error_correction_bytes_are_reportlabs(level: str) -> None:
    """Every version the receipt can reach, every block layout of these levels."""
    for payload in _payloads(15) + _unicode_payloads(25):
        symbol = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        symbol.addData(payload)
        try:
            symbol.version = symbol.calculate_version()
        except Exception:  # too long for this level: nothing to compare
            continue
        expected = qrencoder.QRCode.createData(symbol.version, symbol.errorCorrectLevel,
                                               symbol.dataList)
        assert create_data(symbol.version, symbol.errorCorrectLevel, symbol.dataList) == expected


def test_the_receipt_qr_is_the_symbol_reportlab_makes_and_is_made_once() -> None:
    for payload in _unicode_payloads(6):
        reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(payload)
        reference.make()
        first, second = qr_flowable(payload, 60).qr, qr_flowable(payload, 60).qr
        first.make()
        assert first is second and first.modules == reference.modules


def test_the_drawn_rectangles_cover_exactly_the_dark_modules() -> None:
    """The QR is drawn as one path, a rectangle per run of dark modules in a row: together
    they cover every dark module once and no light one, at ReportLab's places."""
    for payload in ["000.00.12.H42-250605-0003", *_unicode_payloads(4)]:
        symbol = qr_flowable(payload, 60).qr
        count = symbol.getModuleCount()
        covered = [[0] * count for _ in range(count)]
        ops = module_path(symbol, QR_QUIET_MODULES).split("\n")
        assert ops[-1] == "f"  # one fill, non-zero rule
        for op in ops[:-1]:
            x, y, width, height, name = op.split()
            assert (name, height) == ("re", "1.05")
            row = count + QR_QUIET_MODULES - 1 - int(y)
            for column in range(int(x) - QR_QUIET_MODULES, int(x) - QR_QUIET_MODULES + int(width)):
                covered[row][column] += 1
        assert covered == [[int(cell) for cell in row] for row in symbol.modules]


@pytest.mark.parametrize("length", [1, 120, 160, 420, 700])
def test_symbols_of_several_versions_are_reportlabs(length: int) -> None:
    """Versions 1, 8, 9, 17 and 22: with and without version information, 0 to 22
    alignment patterns."""
    rng = random.Random(length)
    payload = "".join(rng.choice(string.ascii_lowercase + "ăđơ{}:,") for _ in range(length))
    reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    reference.addData(payload)
    reference.make()
    ours = qr_flowable(payload, 60).qr
    assert ours.version == reference.version
    assert ours.modules == reference.modules
