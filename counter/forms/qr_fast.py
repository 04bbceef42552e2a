"""ReportLab's QR encoder made quicker for the longer receipt QR code, same symbol.

The receipt's QR code carries the data of Circular 01/2023/TT-VPCP (~300 bytes, version
13). ReportLab rebuilds polynomials as new lists at each Reed-Solomon division step, puts
the data in bit by bit, and places and scores the symbol module by module for each of the
eight masks. Here:

- the error-correction bytes come from a division on integers with a product table per
  generator (the same arithmetic, so the same bytes);
- the symbol is one integer of bits (:class:`Layout`): the function patterns and each
  mask's data modules are made once per version with ReportLab's own code, the data bits
  are put in place with one lookup, and ReportLab's penalty rules (``getLostPoint``, its
  quirks included) run on the whole symbol at once with shifts and masks, so the same mask
  is chosen.

``tests/forms/test_qr_mask.py`` compares the bytes, the penalties and the finished symbols
with ReportLab's for many inputs.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from dataclasses import dataclass
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


@lru_cache(maxsize=64)
def _products(ec_count: int) -> tuple[int, ...]:
    """For each byte value f, f times the generator's coefficients after the leading 1
    (GF(256) as ReportLab computes it, with its log and exp tables), as one big-endian
    integer of ``ec_count`` bytes."""
    coefficients = generator(ec_count)[1:]
    table = [0]
    for factor in range(1, 256):
        log_factor = LOG[factor]
        products = bytes(EXP[(LOG[g] + log_factor) % 255] if g else 0 for g in coefficients)
        table.append(int.from_bytes(products, "big"))
    return tuple(table)


def ec_bytes(data: list[int], ec_count: int) -> list[int]:
    """The remainder of data·x^ec_count divided by the generator (the error-correction
    bytes), ``ec_count`` long with leading zeros, as ReportLab's ``createBytes`` makes it.
    The remainder is one integer, its first byte the highest."""
    products = _products(ec_count)
    top = 8 * (ec_count - 1)
    whole = (1 << (8 * ec_count)) - 1
    remainder = 0
    for byte in data:
        factor = byte ^ (remainder >> top)
        remainder = ((remainder << 8) & whole) ^ products[factor]
    return list(remainder.to_bytes(ec_count, "big"))


def create_data(version: int, level: int, data_list: list[Any]) -> list[int]:
    """``QRCode.createData`` with the quicker error-correction step."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = BitBuffer()
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
    octets = buffer.octets()
    offset = 0
    data_blocks, ec_blocks = [], []
    for block in blocks:
        chunk = octets[offset:offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(ec_bytes(chunk, block.totalCount - block.dataCount))
    return [
        byte
        for group in itertools.chain(zip_longest(*data_blocks), zip_longest(*ec_blocks))
        for byte in group
        if byte is not None
    ]


class BitBuffer:
    """``QRBitBuffer``'s interface (what the data segments write through) on one integer."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # ReportLab's names
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:
        return self.length

    def octets(self) -> list[int]:
        """The bits as bytes, the last one padded with zero bits as ReportLab's buffer does."""
        padding = -self.length % 8
        return list((self.value << padding).to_bytes((self.length + padding) // 8, "big"))


_FINDER = (1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0)  # 1011101 0000, from the left
GAP = 1  # a light bit between rows: no run of a row goes on into the next one


@dataclass(frozen=True)
class Layout:
    """What a symbol of one version looks like before its data goes in, as one integer of
    bits: row 0 first (highest), each row ``GAP`` light bits then its columns, column 0
    highest. The penalty rules then run on the whole symbol at once."""

    size: int
    base: int  # function patterns as in ReportLab's trial placements
    masks: tuple[int, ...]  # per mask pattern: the data modules it inverts
    place: Callable[[str], tuple[str, ...]]  # data bits (+ "0") -> the symbol's bits
    positions: int  # how many data modules

    @property
    def stride(self) -> int:
        return self.size + GAP

    @property
    def bits(self) -> int:
        return self.size * self.stride


def pack(modules: list[list[bool]]) -> int:
    """A matrix of modules as the integer :class:`Layout` describes."""
    gap = "0" * GAP
    return int("".join(gap + "".join("1" if cell else "0" for cell in row) for row in modules),
               2)


def unpack(value: int, size: int) -> list[list[bool]]:
    stride = size + GAP
    text = format(value, f"0{size * stride}b")
    return [[bit == "1" for bit in text[start + GAP:start + stride]]
            for start in range(0, size * stride, stride)]


@lru_cache(maxsize=41)
def layout(version: int) -> Layout:
    """The layout of ``version``, made with ReportLab's own pattern and position code."""
    symbol = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    size = symbol.moduleCount = version * 4 + 17
    symbol.modules = [[False] * size for _ in range(size)]
    symbol.setupPositionProbePattern(0, 0)
    symbol.setupPositionProbePattern(size - 7, 0)
    symbol.setupPositionProbePattern(0, size - 7)
    symbol.setupPositionAdjustPattern()
    symbol.setupTimingPattern()
    symbol.setupTypeInfo(True, 0)  # trial placements leave type and version info light
    if version >= 7:
        symbol.setupTypeNumber(True)
    base = pack(symbol.modules)
    positions = symbol.dataPosIterator()
    stride = size + GAP
    light = len(positions)  # index of the "0" put after the data bits
    order = [light] * (size * stride)
    for index, (col, row) in enumerate(positions):
        order[row * stride + GAP + col] = index
    masks = []
    for pattern in range(8):
        test = qrencoder.QRUtil.getMask(pattern)
        bits = ["0"] * (size * stride)
        for col, row in positions:
            if test(row, col):
                bits[row * stride + GAP + col] = "1"
        masks.append(int("".join(bits), 2))
    return Layout(size, base, tuple(masks), operator.itemgetter(*order), len(positions))


@lru_cache(maxsize=41)
def _rule_masks(size: int) -> tuple[int, int, int, int]:
    """Per row the bits that have a right-hand neighbour, the bits where the finder-like
    pattern may start (ReportLab's columns 0 .. size - 12) and all the bits; and those
    last ones but for the final row (the bits that have a row below)."""
    stride = size + GAP

    def each_row(row: int, rows: int = size) -> int:
        return sum(row << (k * stride) for k in range(rows))

    cells = (1 << size) - 1
    return (
        each_row(cells >> 1),
        each_row(((1 << (size - len(_FINDER) + 1)) - 1) & ~1),
        each_row(cells),
        each_row(cells, size - 1) << stride,
    )


def best_mask(shape: Layout, data: list[int]) -> tuple[int, int]:
    """ReportLab's choice of mask (least penalty, the first on a tie) and the symbol with
    that mask, before the type information goes in."""
    text = format(int.from_bytes(bytes(data), "big"), f"0{8 * len(data)}b")
    text = text[:shape.positions].ljust(shape.positions, "0") + "0"
    unmasked = int("".join(shape.place(text)), 2)
    best, pattern, chosen = 0, 0, shape.base
    for mask in range(8):
        symbol = shape.base | (unmasked ^ shape.masks[mask])
        lost = penalty(symbol, shape.size)
        if mask == 0 or lost < best:
            best, pattern, chosen = lost, mask, symbol
    return pattern, chosen


def penalty(symbol: int, size: int) -> int:
    """ReportLab's penalty (``QRUtil.getLostPoint``) of a packed symbol."""
    pairs, finder_starts, cells, not_last = _rule_masks(size)
    stride = size + GAP
    # rule 1 along the rows: a run of n >= 5 alike scores n - 2 (n - 4 windows of five,
    # plus 2 for the run, counted at its first window)
    same = ~(symbol ^ (symbol >> 1)) & pairs
    runs = same & (same >> 1) & (same >> 2) & (same >> 3)
    score = runs.bit_count() + 2 * (runs & ~(runs >> 1)).bit_count()
    # rule 1 down the columns, the same way
    alike = ~(symbol ^ (symbol << stride)) & not_last
    runs = alike & (alike << stride) & (alike << 2 * stride) & (alike << 3 * stride)
    score += runs.bit_count() + 2 * (runs & ~(runs << stride)).bit_count()
    # rule 2: 2x2 blocks of one colour
    score += 3 * (alike & (alike >> 1) & same).bit_count()
    # rule 3: 1011101 0000 in a row (ReportLab's column pass never matches)
    found = finder_starts
    for offset, wanted in enumerate(_FINDER):
        found &= (symbol if wanted else ~symbol) >> (len(_FINDER) - 1 - offset)
    score += 40 * found.bit_count()
    # rule 4: balance of dark and light
    dark = (symbol & cells).bit_count()
    return score + 10 * (abs(100 * dark // (size * size) - 50) // 5)


def modules_penalty(modules: list[list[bool]]) -> int:
    """:func:`penalty` of a matrix of modules."""
    return penalty(pack(modules), len(modules))
