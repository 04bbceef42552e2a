"""ReportLab's QR encoder made quicker for the longer receipt QR code, same symbol.

The receipt's QR code now carries the data of Circular 01/2023/TT-VPCP (~300 bytes,
version 13): ReportLab's Reed-Solomon step (polynomials rebuilt as new lists at each
division step) and the eight trial placements then take most of a receipt's time. Here the
error-correction bytes come from a table-driven division (the same arithmetic, so the same
bytes: ``tests/forms/test_qr_mask.py`` compares them with ReportLab's for many inputs), and
a finished symbol is kept per payload, so the two copies of a receipt encode it once.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from itertools import zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder

EXP = qrencoder.EXP_TABLE
LOG = qrencoder.LOG_TABLE


@lru_cache(maxsize=64)
def generator(ec_count: int) -> tuple[int, ...]:
    """ReportLab's generator polynomial for ``ec_count`` error-correction bytes."""
    return tuple(qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count).num)


def ec_bytes(data: list[int], ec_count: int) -> list[int]:
    """The remainder of data·x^ec_count divided by the generator (the error-correction
    bytes), ``ec_count`` long with leading zeros, as ReportLab's ``createBytes`` makes it."""
    poly = generator(ec_count)
    log_poly = [LOG[g] if g else -1 for g in poly[1:]]
    remainder = [0] * ec_count
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = [*remainder[1:], 0]
        if factor:
            log_factor = LOG[factor]
            for i, log_g in enumerate(log_poly):
                if log_g >= 0:
                    remainder[i] ^= EXP[(log_g + log_factor) % 255]
    return remainder


def create_data(version: int, level: int, data_list: list[Any]) -> list[int]:
    """``QRCode.createData`` with the quicker error-correction step."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8 != 0:
        buffer.putBit(False)
    for pad in itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)):
        if buffer.getLengthInBits() >= capacity:
            break
        buffer.put(pad, 8)
    offset = 0
    data_blocks, ec_blocks = [], []
    for block in blocks:
        chunk = buffer.buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(ec_bytes(chunk, block.totalCount - block.dataCount))
    return [
        byte
        for group in itertools.chain(zip_longest(*data_blocks), zip_longest(*ec_blocks))
        for byte in group
        if byte is not None
    ]
